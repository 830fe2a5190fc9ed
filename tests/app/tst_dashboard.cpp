#include "alerttray.h"
#include "dashboard.h"
#include "scorecardsmodel.h"
#include "scorecardspage.h"
#include "simulator.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The window on the demo environment, as `gatewatch --demo` composes it (offscreen).
class tst_Dashboard : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
    }

    static int visibleRows(const QTreeView *tree) { return tree->model() ? tree->model()->rowCount() : 0; }

    static QString cell(const QTreeView *tree, const QString &integrationName, int column)
    {
        const QAbstractItemModel *model = tree->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == integrationName)
                return model->index(row, column).data().toString();
        }
        return {};
    }

    // The demo's vendors on a calm day (fast answers), their secrets in the environment; null when
    // it cannot start.
    static std::unique_ptr<sim::Simulator> calmSimulator()
    {
        sim::Simulator::Options options;
        options.scenario = u"calm"_s;
        options.latencyScale = 0.05;
        auto simulator = std::make_unique<sim::Simulator>(options);
        if (simulator->start())
            return nullptr;
        for (const auto &[name, value] : simulator->configEnvironment())
            qputenv(name.toLocal8Bit().constData(), value.toUtf8());
        return simulator;
    }

    // The demo's configuration, polled faster and without debouncing so that tests are quick.
    static QString quickDemoConfig(const sim::Simulator &simulator)
    {
        QString yaml = simulator.configYaml();
        yaml.replace(u"  interval: 10s\n"_s, u"  interval: 2s\n  failure_threshold: 1\n  success_threshold: 1\n"_s);
        yaml.replace(u"  timeout: 5s\n"_s, u"  timeout: 1900ms\n"_s);
        // Response-time budgets are about the vendors, not this machine (sanitizer builds are slow).
        yaml.replace(QRegularExpression(uR"(\[RESPONSE_TIME\] < \d+)"_s), u"[RESPONSE_TIME] < 60000"_s);
        return yaml;
    }

private Q_SLOTS:
    void demoShowsEveryIntegrationAndReacts()
    {
        const std::unique_ptr<sim::Simulator> calm = calmSimulator();
        QVERIFY(calm);
        sim::Simulator &simulator = *calm;

        const QString yaml = quickDemoConfig(simulator);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml.toUtf8());
        file.close();

        Dashboard dashboard(path);
        dashboard.start();
        dashboard.window().show();
        auto *tree = dashboard.window().findChild<QTreeView *>(u"overviewTree"_s);
        QVERIFY(tree);

        QTRY_COMPARE_WITH_TIMEOUT(visibleRows(tree), sim::Simulator::vendorNames().size(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.model().overallStatus(), HealthStatus::Up, 20'000);
        // The title follows the model on the next turn of the event loop (changes are coalesced).
        QTRY_VERIFY2_WITH_TIMEOUT(dashboard.window().windowTitle().contains(u"all up"_s),
                                  qPrintable(dashboard.window().windowTitle()), 5'000);
        // Shopify reports its call bucket on every answer: the overview shows how much is left.
        QTRY_VERIFY_WITH_TIMEOUT(cell(tree, u"Shopify"_s, OverviewModel::QuotaColumn).endsWith(u"% left"_s), 10'000);

        // Stripe starts failing: the row, the title and the reason say so.
        sim::Fault outage;
        outage.kind = sim::Fault::Kind::Status;
        outage.status = 503;
        simulator.setFault(u"stripe"_s, QString(), outage);
        QTRY_COMPARE_WITH_TIMEOUT(cell(tree, u"Stripe"_s, OverviewModel::StatusColumn), u"Down"_s, 20'000);
        QTRY_VERIFY2_WITH_TIMEOUT(dashboard.window().windowTitle().contains(u"down"_s),
                                  qPrintable(dashboard.window().windowTitle()), 5'000);
        QVERIFY2(cell(tree, u"Stripe"_s, OverviewModel::ReasonColumn).contains(u"503"_s),
                 qPrintable(cell(tree, u"Stripe"_s, OverviewModel::ReasonColumn)));

        // And recovers.
        simulator.clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(cell(tree, u"Stripe"_s, OverviewModel::StatusColumn), u"Up"_s, 20'000);

        // Pausing the integration from its row (as Ctrl+P does) pauses every check of it.
        auto *pause = dashboard.window().findChild<QAction *>(u"actionPause"_s);
        auto *resume = dashboard.window().findChild<QAction *>(u"actionResume"_s);
        QVERIFY(pause && resume);
        QAbstractItemModel *model = tree->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == u"Stripe"_s)
                tree->setCurrentIndex(model->index(row, 0));
        }
        QVERIFY(pause->isEnabled());
        QVERIFY(!resume->isEnabled());
        pause->trigger();
        QTRY_COMPARE(cell(tree, u"Stripe"_s, OverviewModel::StatusColumn), u"Paused"_s);
        QCOMPARE(dashboard.runtime().monitor().state(u"stripe"_s, u"balance"_s), HealthStatus::Paused);
        QVERIFY(!pause->isEnabled());
        QVERIFY(resume->isEnabled());
        resume->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cell(tree, u"Stripe"_s, OverviewModel::StatusColumn), u"Up"_s, 20'000);
    }

    // The buttons of an alert's desktop notification act on it as the Alerts page does.
    void notificationButtonsActOnTheAlert()
    {
        const std::unique_ptr<sim::Simulator> calm = calmSimulator();
        QVERIFY(calm);
        sim::Simulator &simulator = *calm;
        QString yaml = quickDemoConfig(simulator);
        const QString slowRule = u"    when: status(stripe) == down\n    for: 30s\n"_s;
        QVERIFY(yaml.contains(slowRule));
        yaml.replace(slowRule, u"    when: status(stripe) == down\n    for: 1s\n"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        write(path, yaml.toUtf8());

        Dashboard dashboard(path, dir.filePath(u"data"_s));
        dashboard.start();
        dashboard.window().show();
        auto *tray = dashboard.window().findChild<AlertTray *>();
        QVERIFY(tray);
        const auto stripeDown = [&dashboard]() -> std::optional<ActiveAlert> {
            for (const ActiveAlert &alert : dashboard.runtime().alertCenter().active()) {
                if (alert.rule == u"stripe-down"_s && alert.state == AlertState::Firing)
                    return alert;
            }
            return std::nullopt;
        };
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.runtime().monitor().state(u"stripe"_s, u"balance"_s), HealthStatus::Up,
                                  20'000);
        sim::Fault outage;
        outage.kind = sim::Fault::Kind::Status;
        outage.status = 503;
        simulator.setFault(u"stripe"_s, QString(), outage);
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.runtime().monitor().state(u"stripe"_s, u"balance"_s), HealthStatus::Down,
                                  20'000);
        QTRY_VERIFY_WITH_TIMEOUT(stripeDown().has_value(), 20'000);

        Q_EMIT tray->acknowledgeRequested(u"stripe-down"_s);
        QTRY_VERIFY(stripeDown() && stripeDown()->acknowledgement);
        QCOMPARE(stripeDown()->acknowledgement->note, u"Acknowledged from the desktop notification"_s);
        QCOMPARE(stripeDown()->acknowledgement->user, AlertCenter::osUserName());

        Q_EMIT tray->silenceRequested(u"stripe-down"_s, 3'600'000);
        QTRY_COMPARE(dashboard.runtime().alertCenter().silences().size(), 1);
        const Silence silence = dashboard.runtime().alertCenter().silences().constFirst();
        QCOMPARE(matchersText(silence.matchers), uR"({alertname="stripe-down", integration="stripe"})"_s);
        QCOMPARE(silence.endsAtMs - silence.startsAtMs, qint64(3'600'000));
        QCOMPARE(silence.comment, u"Silenced from the desktop notification"_s);
        QTRY_VERIFY(!stripeDown()->silencedBy.isEmpty());

        // A button of a notification whose alert has resolved since: the status bar says why
        // nothing happened.
        Q_EMIT tray->acknowledgeRequested(u"shopify-down"_s);
        QVERIFY2(dashboard.window().statusBar()->currentMessage().contains(u"not firing"_s),
                 qPrintable(dashboard.window().statusBar()->currentMessage()));
    }

    void brokenReloadKeepsTheLastGoodConfiguration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        write(path, "integrations:\n  - id: one\n    name: One\n    checks: []\n  - id: two\n    checks: []\n");
        Dashboard dashboard(path);
        dashboard.start();
        dashboard.window().show();
        const auto *tree = dashboard.window().findChild<QTreeView *>(u"overviewTree"_s);
        QTRY_COMPARE_WITH_TIMEOUT(visibleRows(tree), 2, 10'000);

        write(path, "integrations:\n  - id: one\n    intervall: 5s\n");
        const auto *banner = dashboard.window().findChild<QWidget *>(u"configBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
        QCOMPARE(visibleRows(tree), 2);

        write(path, "integrations:\n  - id: one\n    checks: []\n");
        QTRY_COMPARE_WITH_TIMEOUT(visibleRows(tree), 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10'000);
    }

    void budgetNoticeShowsWhileItApplies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        // Two checks every 30 s would send 240 an hour: four times the budget. (Nothing answers on
        // port 9; the checks are paused at once, only the schedule matters here.)
        const QByteArray checks = "    checks:\n"
                                  "      - id: a\n        url: http://127.0.0.1:9/a\n"
                                  "      - id: b\n        url: http://127.0.0.1:9/b\n";
        write(path, "integrations:\n  - id: shop\n    name: Shop\n    budget: 60/h\n" + checks);
        Dashboard dashboard(path);
        dashboard.start();
        dashboard.window().show();
        const auto *notice = dashboard.window().findChild<QWidget *>(u"noticeBanner"_s);
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10'000);
        const auto *details = dashboard.window().findChild<QLabel *>(u"noticeBannerDetails"_s);
        QVERIFY(details);
        QVERIFY2(details->text().startsWith(u"Shop: its checks would send 240 requests per 1h"_s)
                     && details->text().contains(u"stretched 4.0 times"_s),
                 qPrintable(details->text()));

        // A budget that fits: the notice goes.
        write(path, "integrations:\n  - id: shop\n    name: Shop\n    budget: 300/h\n" + checks);
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 10'000);
    }

    // The Scorecards page asks, the history answers on the pool, and a saved note comes back in the
    // vendor's review with its rating counted.
    void scorecardsPageShowsTheVendorsAndKeepsNotes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        write(path, "integrations:\n  - id: shop\n    checks: []\n  - id: mail\n    checks: []\n"
                    "vendors:\n  - id: shopco\n    name: Shop Co\n    integrations: [shop]\n"
                    "    support: { rating: 2 }\n"
                    "  - id: mailco\n    name: Mail Co\n    integrations: [mail]\n");
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));

        Dashboard dashboard(path, data);
        dashboard.start();
        dashboard.window().show();
        ScorecardsPage *page = dashboard.window().scorecardsPage();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.history(), 10'000);
        page->show(); // as when its tab is picked
        dashboard.window().findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10'000);
        QVERIFY(page->model()->rowOf(u"shopco"_s) >= 0);
        QVERIFY(page->model()->rowOf(u"mailco"_s) >= 0);
        QCOMPARE(page->model()->scorecard(page->model()->rowOf(u"shopco"_s)).supportRating, std::optional<int>(2));

        page->selectVendor(u"shopco"_s);
        auto *rating = page->findChild<QComboBox *>(u"ratingPicker"_s);
        rating->setCurrentIndex(rating->findData(5));
        Q_EMIT rating->activated(rating->currentIndex());
        page->findChild<QPlainTextEdit *>(u"notesEdit"_s)->setPlainText(u"Renewal in March"_s);
        QTest::mouseClick(page->findChild<QPushButton *>(u"saveNoteButton"_s), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(page->model()->scorecard(page->model()->rowOf(u"shopco"_s)).supportRating,
                                  std::optional<int>(5), 10'000);
        const IncidentStore *store = dashboard.runtime().alertCenter().store();
        QVERIFY(store);
        const std::optional<ScorecardNote> note = store->scorecardNote(u"shopco"_s, page->period());
        QVERIFY(note);
        QCOMPARE(note->notes, u"Renewal in March"_s);
        QCOMPARE(note->rating, std::optional<int>(5));
        QVERIFY(!note->updatedBy.isEmpty());
    }

    void damagedHistoryIsSetAsideAndSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        write(path, "integrations:\n  - id: shop\n    checks: []\n");
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        write(data + u"/history.sqlite"_s, QByteArray(8192, '\x5a'));

        Dashboard dashboard(path, data);
        dashboard.start();
        dashboard.window().show();
        const auto *banner = dashboard.window().findChild<QWidget *>(u"historyBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
        const auto *headline = dashboard.window().findChild<QLabel *>(u"historyBannerHeadline"_s);
        QVERIFY2(headline->text().contains(u"damaged"_s), qPrintable(headline->text()));
        const QStringList setAside = QDir(data).entryList({u"history.sqlite.corrupt-*"_s});
        QCOMPARE(setAside.size(), 1);
        // The fresh history is in use: the reader answers.
        QVERIFY(dashboard.history());
        const ChartData chart =
            dashboard.history()->chartNow(HistoryQuery{u"shop"_s, {}, 0, QDateTime::currentMSecsSinceEpoch(), 100, 10});
        QVERIFY(chart.timeline.size() <= 10);
    }
};

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
