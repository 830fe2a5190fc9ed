#include "alertspage.h"
#include "condition.h"
#include "configloader.h"
#include "duration.h"
#include "failedcallspage.h"
#include "fakehistory.h"
#include "gatewaypage.h"
#include "historypanel.h"
#include "httpprobe.h"
#include "mainwindow.h"
#include "scorecardspage.h"
#include "overviewmodel.h"
#include "quotamodel.h"
#include "references.h"
#include "statuspalette.h"
#include "translations.h"
#include "webhookspage.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include "statusstrip.h"

using namespace Qt::StringLiterals;

// Produces one user-visible message through the call the application itself makes.
using MessageCall = QString (*)();
Q_DECLARE_METATYPE(MessageCall)

namespace gw {

namespace {

CheckSpec check(const QString &id, const QString &name)
{
    CheckSpec spec;
    spec.id = id;
    spec.name = name;
    return spec;
}

IntegrationSpec integration(const QString &id, const QString &name, QList<CheckSpec> checks)
{
    IntegrationSpec spec;
    spec.id = id;
    spec.name = name;
    spec.checks = std::move(checks);
    return spec;
}

Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.integrations = {
        integration(u"shopify"_s, u"Shopify"_s,
                    {check(u"storefront"_s, u"Storefront API"_s), check(u"admin"_s, u"Admin API"_s)}),
        integration(u"slack"_s, u"Slack"_s, {check(u"web"_s, u"Web API"_s)}),
        integration(u"stripe"_s, u"Stripe"_s,
                    {check(u"balance"_s, u"Balance"_s), check(u"webhooks"_s, u"Webhook endpoint"_s)}),
    };
    return catalog;
}

CheckUpdate update(const QString &integrationId, const QString &checkId, HealthStatus state, const QDateTime &at,
                   double latencyMs = 120, const QString &reason = {})
{
    CheckUpdate result;
    result.sample.integrationId = integrationId;
    result.sample.checkId = checkId;
    result.sample.at = at;
    result.sample.verdict = state;
    result.sample.latencyMs = latencyMs;
    if (state != HealthStatus::Paused && state != HealthStatus::Unknown)
        result.sample.httpStatus = state == HealthStatus::Down ? 503 : 200;
    result.sample.reason = reason;
    if (state == HealthStatus::Down)
        result.sample.failureClass = FailureClass::HttpStatus;
    result.state = state;
    return result;
}

// Every check of sampleCatalog() in one state, at `at`.
QList<CheckUpdate> allIn(HealthStatus state, const QDateTime &at)
{
    QList<CheckUpdate> updates;
    for (const IntegrationSpec &spec : sampleCatalog().integrations) {
        for (const CheckSpec &c : spec.checks)
            updates.append(update(spec.id, c.id, state, at));
    }
    return updates;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x22, 0x23, 0x26));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

void saveScreenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("GATEWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let pending layout requests settle; grab() does not process them itself.
    QCoreApplication::sendPostedEvents();
    QVERIFY(window.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

QStringList visibleTopLevelNames(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, OverviewModel::NameColumn).data().toString());
    return names;
}

QuotaReading quota(double remaining, double limit, const QString &policy = u"default"_s)
{
    QuotaReading r;
    r.policy = policy;
    r.remaining = remaining;
    r.limit = limit;
    return r;
}

CheckUpdate withQuotas(const QString &integrationId, const QString &checkId, const QDateTime &at,
                       QList<QuotaReading> quotas)
{
    CheckUpdate result = update(integrationId, checkId, HealthStatus::Up, at);
    result.sample.quotas = std::move(quotas);
    return result;
}

// A few minutes of realistic readings: Shopify's REST bucket hovering near 32/40 used, Klaviyo's
// minute window draining and resetting, GA4's daily tokens going slowly.
QList<CheckUpdate> realisticQuotaUpdates(const QDateTime &end)
{
    QList<CheckUpdate> updates;
    constexpr int steps = 40;
    const QDateTime ga4Reset = end.addSecs(6 * 3600);
    for (int i = 0; i < steps; ++i) {
        const QDateTime at = end.addSecs((i - steps + 1) * 15);
        QuotaReading shopify = quota(6 + (i * 7) % 5 + (i < 20 ? 10 : 0), 40);
        shopify.source = QuotaSource::ShopifyRest;
        shopify.restorePerSecond = 2;
        updates.append(withQuotas(u"shopify"_s, u"admin"_s, at, {shopify}));

        const int inWindow = i % 16; // four 15 s steps a minute: the window resets every 4 minutes here
        QuotaReading klaviyo = quota(75 - inWindow * 6.0, 75);
        klaviyo.source = QuotaSource::Klaviyo;
        klaviyo.windowSeconds = 240;
        klaviyo.resetAt = at.addSecs((16 - inWindow) * 15);
        updates.append(withQuotas(u"stripe"_s, u"balance"_s, at, {klaviyo}));

        QuotaReading tokens = quota(200000 - 8000 - i * 35, 200000, u"tokensPerDay"_s);
        tokens.unit = QuotaUnit::Tokens;
        tokens.source = QuotaSource::Ga4;
        tokens.resetAt = ga4Reset;
        QuotaReading hourly = quota(40000 - 31000 - i * 60, 40000, u"tokensPerHour"_s);
        hourly.unit = QuotaUnit::Tokens;
        hourly.source = QuotaSource::Ga4;
        hourly.resetAt = end.addSecs(20 * 60);
        updates.append(withQuotas(u"slack"_s, u"web"_s, at, {tokens, hourly}));
    }
    return updates;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsOneRowPerIntegration();
    void summaryFollowsHealth_data();
    void summaryFollowsHealth();
    void titleAndSummaryChangeWhenACheckGoesDown();
    void filterHidesNonMatchingRows_data();
    void filterHidesNonMatchingRows();
    void expansionSurvivesCatalogReload();
    void keyboardReachesFilterAndTree();
    void configBannerAppearsAndDisappears();
    void noticesShowAndClear();
    void configErrorPageWhenNothingLoaded();
    void emptyCatalogShowsEmptyState();
    void statusColoursKeepContrast_data();
    void statusColoursKeepContrast();
    void quotasTabStartsEmpty();
    void quotasTabShowsRowsAndCountsProblems();
    void shortcutsSwitchTabs();
    void gatewayTabCountsTrouble();
    void gatewayRowStaysFirst();
    void webhooksTabCountsSources();
    void alertsTabCountsUnhandled();
    void historyFollowsTheCurrentRow();
    void alertChartOpensTheIntegrationsHistory();
    void redStatusCellOpensItsFailedCalls();
    void overviewShowsUptimeAndTrend();
    void screenshots();
    void everyLayerTranslates_data();
    void everyLayerTranslates();
    // Installs translators for the rest of the process, so it runs last.
    void germanTranslationLoads();

private:
    QPalette m_lightPalette;
};

void TestMainWindow::initTestCase()
{
    // A fixed style and font so screenshots look the same on every machine.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
    m_lightPalette = QApplication::style()->standardPalette();
    QApplication::setPalette(m_lightPalette);
}

void TestMainWindow::showsOneRowPerIntegration()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    QVERIFY(tree);
    QVERIFY(tree->isVisible());
    QCOMPARE(visibleTopLevelNames(tree->model()), (QStringList{u"Shopify"_s, u"Slack"_s, u"Stripe"_s}));
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        QVERIFY2(tree->isExpanded(tree->model()->index(row, 0)), "integrations start expanded");
    QVERIFY(tree->uniformRowHeights());
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2); // Shopify's two checks
}

void TestMainWindow::summaryFollowsHealth_data()
{
    QTest::addColumn<QList<HealthStatus>>("states"); // for storefront, admin, web, balance, webhooks
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("headline");

    using H = HealthStatus;
    QTest::newRow("everything up") << QList<H>{H::Up, H::Up, H::Up, H::Up, H::Up} << u"Gatewatch — all up"_s
                                   << u"All systems up"_s;
    QTest::newRow("one down") << QList<H>{H::Up, H::Down, H::Up, H::Up, H::Up} << u"Gatewatch — 1 down"_s
                              << u"1 down"_s;
    QTest::newRow("two down, one degraded") << QList<H>{H::Down, H::Down, H::Degraded, H::Up, H::Up}
                                            << u"Gatewatch — 2 down, 1 degraded"_s << u"2 down, 1 degraded"_s;
    QTest::newRow("no results yet") << QList<H>{H::Unknown, H::Unknown, H::Unknown, H::Unknown, H::Unknown}
                                    << u"Gatewatch — waiting for results"_s << u"Waiting for the first results"_s;
    QTest::newRow("some unknown among up")
        << QList<H>{H::Up, H::Unknown, H::Up, H::Up, H::Up} << u"Gatewatch — 1 unknown"_s << u"1 unknown"_s;
    QTest::newRow("everything paused") << QList<H>{H::Paused, H::Paused, H::Paused, H::Paused, H::Paused}
                                       << u"Gatewatch — all paused"_s << u"All checks paused"_s;
}

void TestMainWindow::summaryFollowsHealth()
{
    QFETCH(QList<HealthStatus>, states);
    QFETCH(QString, title);
    QFETCH(QString, headline);

    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();

    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-5);
    QList<CheckUpdate> updates = allIn(HealthStatus::Up, at);
    QCOMPARE(updates.size(), states.size());
    for (qsizetype i = 0; i < updates.size(); ++i)
        updates[i].state = states[i];
    model.applyUpdates(updates);

    QTRY_COMPARE(window.windowTitle(), title);
    QCOMPARE(window.findChild<QLabel *>(u"overallLabel"_s)->text(), headline);
    QCOMPARE(window.findChild<QLabel *>(u"statusSummary"_s)->text(), headline);
}

void TestMainWindow::titleAndSummaryChangeWhenACheckGoesDown()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-30);
    model.applyUpdates(allIn(HealthStatus::Up, first));
    QTRY_COMPARE(window.windowTitle(), u"Gatewatch — all up"_s);
    auto *badgeDown = window.findChild<QLabel *>(u"badge-down"_s);
    QVERIFY(badgeDown);
    QVERIFY(badgeDown->isHidden());

    const QDateTime second = first.addSecs(20);
    model.applyUpdates(
        {update(u"stripe"_s, u"webhooks"_s, HealthStatus::Down, second, 80, u"HTTP 503 Service Unavailable"_s)});
    QTRY_COMPARE(window.windowTitle(), u"Gatewatch — 1 down"_s);
    auto *overall = window.findChild<QLabel *>(u"overallLabel"_s);
    QCOMPARE(overall->text(), u"1 down"_s);
    QVERIFY(!badgeDown->isHidden());
    QVERIFY(badgeDown->text().contains(u"1 down"_s));
    QCOMPARE(overall->palette().color(QPalette::WindowText),
             StatusPalette(window.palette()).foreground(HealthStatus::Down));

    const QString expectedTime = second.toLocalTime().time().toString(u"HH:mm:ss"_s);
    QCOMPARE(window.findChild<QLabel *>(u"statusLastUpdate"_s)->text(), u"Last update "_s + expectedTime);

    // The reason is in the tree and, in full, in its tooltip.
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    const QAbstractItemModel *view = tree->model();
    const QModelIndex stripe = view->index(2, 0);
    QCOMPARE(stripe.data().toString(), u"Stripe"_s);
    const QModelIndex webhookReason = view->index(1, OverviewModel::ReasonColumn, stripe);
    QCOMPARE(webhookReason.data().toString(), u"HTTP 503 Service Unavailable"_s);
    QCOMPARE(webhookReason.data(Qt::ToolTipRole).toString(), u"HTTP 503 Service Unavailable"_s);
    QVERIFY2(tree->isExpanded(stripe), "an update must not collapse anything");
}

void TestMainWindow::filterHidesNonMatchingRows_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("integrations");
    QTest::addColumn<QList<int>>("checksShown");

    QTest::newRow("integration name keeps all its checks") << u"shop"_s << QStringList{u"Shopify"_s} << QList<int>{2};
    QTest::newRow("check name keeps its integration") << u"webhook"_s << QStringList{u"Stripe"_s} << QList<int>{1};
    QTest::newRow("case does not matter") << u"SLACK"_s << QStringList{u"Slack"_s} << QList<int>{1};
    QTest::newRow("a check name in several integrations")
        << u"api"_s << QStringList{u"Shopify"_s, u"Slack"_s} << QList<int>{2, 1};
    QTest::newRow("surrounding spaces are ignored") << u"  stripe "_s << QStringList{u"Stripe"_s} << QList<int>{2};
    QTest::newRow("nothing matches") << u"zendesk"_s << QStringList{} << QList<int>{};
}

void TestMainWindow::filterHidesNonMatchingRows()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, integrations);
    QFETCH(QList<int>, checksShown);

    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();

    auto *edit = window.findChild<QLineEdit *>(u"filterEdit"_s);
    QVERIFY(edit);
    QCOMPARE(edit->placeholderText(), u"Filter integrations…"_s);
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    QTest::keyClicks(edit, filter);

    const QAbstractItemModel *view = tree->model();
    QCOMPARE(visibleTopLevelNames(view), integrations);
    for (int row = 0; row < view->rowCount(); ++row) {
        QCOMPARE(view->rowCount(view->index(row, 0)), checksShown.at(row));
        QVERIFY2(tree->isExpanded(view->index(row, 0)), "matches are shown expanded");
    }

    edit->clear();
    QCOMPARE(view->rowCount(), 3);
}

void TestMainWindow::expansionSurvivesCatalogReload()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();

    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    const QAbstractItemModel *view = tree->model();
    QCOMPARE(view->index(1, 0).data().toString(), u"Slack"_s);
    tree->collapse(view->index(1, 0));

    // A reload that adds an integration resets the model.
    Catalog reloaded = sampleCatalog();
    reloaded.integrations.append(integration(u"klaviyo"_s, u"Klaviyo"_s, {check(u"lists"_s, u"Lists API"_s)}));
    model.setCatalog(reloaded);

    QCOMPARE(visibleTopLevelNames(view), (QStringList{u"Klaviyo"_s, u"Shopify"_s, u"Slack"_s, u"Stripe"_s}));
    QVERIFY2(tree->isExpanded(view->index(0, 0)), "a new integration starts expanded");
    QVERIFY(tree->isExpanded(view->index(1, 0)));
    QVERIFY2(!tree->isExpanded(view->index(2, 0)), "Slack stays collapsed");
    QVERIFY(tree->isExpanded(view->index(3, 0)));

    // Filtering expands matches for the moment only.
    auto *edit = window.findChild<QLineEdit *>(u"filterEdit"_s);
    edit->setText(u"slack"_s);
    QVERIFY(tree->isExpanded(view->index(0, 0)));
    edit->clear();
    QCOMPARE(view->index(2, 0).data().toString(), u"Slack"_s);
    QVERIFY(!tree->isExpanded(view->index(2, 0)));
}

void TestMainWindow::keyboardReachesFilterAndTree()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *edit = window.findChild<QLineEdit *>(u"filterEdit"_s);
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY(tree->hasFocus());
}

void TestMainWindow::configBannerAppearsAndDisappears()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();

    auto *holder = window.findChild<QWidget *>(u"configBannerHolder"_s);
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    QVERIFY(holder);
    QVERIFY(!holder->isVisible());

    const QStringList problems{u"gatewatch.yaml:4:7: unknown key 'intervall' (did you mean 'interval'?)"_s,
                               u"gatewatch.yaml:12:3: expected a URL"_s};
    window.showConfigProblems(problems, true);
    QVERIFY(holder->isVisible());
    QCOMPARE(window.findChild<QLabel *>(u"configBannerHeadline"_s)->text(),
             u"The configuration has errors — the last good configuration keeps running."_s);
    QCOMPARE(window.findChild<QLabel *>(u"configBannerDetails"_s)->text(), problems.join(u'\n'));
    QCOMPARE(pages->currentWidget()->objectName(), u"overviewPage"_s);

    window.showConfigProblems({}, true);
    QVERIFY(!holder->isVisible());
    QCOMPARE(pages->currentWidget()->objectName(), u"overviewPage"_s);
}

void TestMainWindow::noticesShowAndClear()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();

    auto *holder = window.findChild<QWidget *>(u"noticeBannerHolder"_s);
    QVERIFY(holder);
    QVERIFY(!holder->isVisible());
    QStringList notices;
    for (int i = 1; i <= 7; ++i)
        notices.append(u"Vendor %1: its checks would send 120 requests per 1h, more than its budget of 60/h"_s.arg(i));
    window.showNotices(notices);
    QVERIFY(holder->isVisible());
    QCOMPARE(window.findChild<QLabel *>(u"noticeBannerHeadline"_s)->text(),
             u"Gatewatch adjusted how often some checks run"_s);
    // Five lines, then a count; the tooltip has them all.
    const QStringList shown = window.findChild<QLabel *>(u"noticeBannerDetails"_s)->text().split(u'\n');
    QCOMPARE(shown.size(), 6);
    QCOMPARE(shown.mid(0, 5), notices.mid(0, 5));
    QCOMPARE(shown.constLast(), u"…and 2 more"_s);
    QCOMPARE(window.findChild<QWidget *>(u"noticeBanner"_s)->toolTip(), notices.join(u'\n'));
    // A configuration problem and a notice can show together.
    window.showConfigProblems({u"gatewatch.yaml:3:5: unknown key"_s}, true);
    QVERIFY(window.findChild<QWidget *>(u"configBannerHolder"_s)->isVisible());
    QVERIFY(holder->isVisible());

    window.showNotices({});
    QVERIFY(!holder->isVisible());
}

void TestMainWindow::configErrorPageWhenNothingLoaded()
{
    OverviewModel model;
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.setConfigPath(u"/home/ops/.config/gatewatch/gatewatch.yaml"_s);
    window.show();

    const QStringList problems{u"gatewatch.yaml:2:1: integrations must be a list"_s};
    window.showConfigProblems(problems, false);
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"configErrorPage"_s);
    QVERIFY(!window.findChild<QWidget *>(u"configBannerHolder"_s)->isVisible());
    auto *text = window.findChild<QPlainTextEdit *>(u"configErrorText"_s);
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), problems.first());
    QCOMPARE(window.findChild<QLabel *>(u"configErrorPath"_s)->text(), u"/home/ops/.config/gatewatch/gatewatch.yaml"_s);
    QCOMPARE(window.windowTitle(), u"Gatewatch — configuration error"_s);
    saveScreenshot(window, u"config-error"_s);

    // Fixed: the good catalog arrives and the problems are cleared.
    model.setCatalog(sampleCatalog());
    window.showConfigProblems({}, true);
    QCOMPARE(pages->currentWidget()->objectName(), u"overviewPage"_s);
}

void TestMainWindow::emptyCatalogShowsEmptyState()
{
    OverviewModel model;
    model.setCatalog(Catalog{});
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.setConfigPath(u"/home/ops/.config/gatewatch/gatewatch.yaml"_s);
    window.show();

    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"emptyPage"_s);
    QCOMPARE(window.findChild<QLabel *>(u"emptyTitle"_s)->text(), u"No integrations configured yet"_s);
    QCOMPARE(window.findChild<QLabel *>(u"emptyPathLabel"_s)->text(), u"/home/ops/.config/gatewatch/gatewatch.yaml"_s);
    QCOMPARE(window.windowTitle(), u"Gatewatch"_s);
    saveScreenshot(window, u"empty"_s);

    model.setCatalog(sampleCatalog());
    QCOMPARE(pages->currentWidget()->objectName(), u"overviewPage"_s);
    model.setCatalog(Catalog{});
    QCOMPARE(pages->currentWidget()->objectName(), u"emptyPage"_s);
}

void TestMainWindow::statusColoursKeepContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << m_lightPalette << false;
    QTest::newRow("dark") << darkPalette() << true;
    QPalette grey = m_lightPalette;
    grey.setColor(QPalette::Base, QColor(0x80, 0x80, 0x80)); // a theme with a mid-grey base
    grey.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    QTest::newRow("mid grey") << grey << false;
}

void TestMainWindow::statusColoursKeepContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);

    // WCAG 2 reference points: black on white is 21:1, a colour against itself 1:1.
    QCOMPARE(StatusPalette::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(StatusPalette::contrastRatio(Qt::red, Qt::red), 1.0);

    const StatusPalette colours(palette);
    QCOMPARE(colours.isDark(), dark);
    const QColor base = palette.color(QPalette::Base);
    QList<QColor> seen;
    for (HealthStatus status :
         {HealthStatus::Up, HealthStatus::Paused, HealthStatus::Unknown, HealthStatus::Degraded, HealthStatus::Down}) {
        const QColor colour = colours.foreground(status);
        QVERIFY2(StatusPalette::contrastRatio(colour, base) >= 4.5, qPrintable(colour.name()));
        QVERIFY2(!seen.contains(colour), "every state has its own colour");
        seen.append(colour);
        // Normal text on a tinted pill stays readable.
        QVERIFY(StatusPalette::contrastRatio(palette.color(QPalette::Text), colours.tint(status)) >= 4.5
                || palette.color(QPalette::Base) == QColor(0x80, 0x80, 0x80));
    }
}

void TestMainWindow::quotasTabStartsEmpty()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();

    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 7);
    QCOMPARE(tabs->tabText(0), u"Overview"_s);
    QCOMPARE(tabs->tabText(1), u"Quotas"_s);
    QCOMPARE(tabs->tabText(2), u"Gateway"_s);
    QCOMPARE(tabs->tabText(3), u"Failed calls"_s);
    QCOMPARE(tabs->tabText(4), u"Webhooks"_s);
    QCOMPARE(tabs->tabText(5), u"Alerts"_s);
    QCOMPARE(tabs->tabText(6), u"Scorecards"_s);
    QCOMPARE(tabs->currentIndex(), 0);

    // Results without any quota reading leave the page empty.
    model.applyUpdates(allIn(HealthStatus::Up, QDateTime::currentDateTimeUtc()));
    quotas.applyUpdates(allIn(HealthStatus::Up, QDateTime::currentDateTimeUtc()));
    tabs->setCurrentIndex(1);
    auto *empty = window.findChild<QWidget *>(u"quotasEmptyState"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(window.findChild<QLabel *>(u"quotasEmptyTitle"_s)->text(), u"No quota information yet"_s);
    QVERIFY(!window.findChild<QTableView *>(u"quotasTable"_s)->isVisible());
    QCOMPARE(tabs->tabText(1), u"Quotas"_s);
}

void TestMainWindow::quotasTabShowsRowsAndCountsProblems()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    quotas.setCatalog(sampleCatalog());
    MainWindow window(&model, &quotas);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    tabs->setCurrentIndex(1);
    auto *table = window.findChild<QTableView *>(u"quotasTable"_s);

    // 30/40 is fine; 8/40 = 20% and 2/75 = 2.7% need attention.
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-2);
    quotas.applyUpdates({withQuotas(u"shopify"_s, u"admin"_s, at, {quota(30, 40)}),
                         withQuotas(u"slack"_s, u"web"_s, at, {quota(8, 40)})});
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(tabs->tabText(1), u"Quotas (1)"_s);
    QCOMPARE(table->model()->index(0, QuotaModel::IntegrationColumn).data().toString(), u"Slack"_s);
    QCOMPARE(table->model()->index(0, QuotaModel::RemainingColumn).data().toString(), u"8 of 40 requests"_s);
    QCOMPARE(window.findChild<QLabel *>(u"quotasSummary"_s)->text(), u"1 quota needs attention"_s);

    quotas.applyUpdates({withQuotas(u"stripe"_s, u"balance"_s, at, {quota(2, 75)})});
    QTRY_COMPARE(tabs->tabText(1), u"Quotas (2)"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, QuotaModel::IntegrationColumn).data().toString(), u"Stripe"_s);
    QCOMPARE(tabs->tabBar()->tabTextColor(1), StatusPalette(window.palette()).foreground(QuotaStatus::Critical));

    // The most urgent quota is charted until the user picks another.
    QTRY_COMPARE(window.findChild<QLabel *>(u"quotaChartTitle"_s)->text(),
                 u"Stripe · ietf-ratelimit — remaining over time"_s);

    // Back to plenty: the count goes.
    const QDateTime later = at.addSecs(1);
    quotas.applyUpdates({withQuotas(u"slack"_s, u"web"_s, later, {quota(40, 40)}),
                         withQuotas(u"stripe"_s, u"balance"_s, later, {quota(75, 75)})});
    QTRY_COMPARE(tabs->tabText(1), u"Quotas"_s);
    QVERIFY(!tabs->tabBar()->tabTextColor(1).isValid());
}

void TestMainWindow::shortcutsSwitchTabs()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentIndex(), 3);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget(), window.webhooksPage());
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget(), window.alertsPage());
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget(), window.scorecardsPage());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentIndex(), 0);
    // Filtering is about the overview, so it brings the overview back.
    tabs->setCurrentIndex(1);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentIndex(), 0);
}

void TestMainWindow::alertsTabCountsUnhandled()
{
    OverviewModel model;
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    const int alertsTab = tabs->indexOf(window.alertsPage());
    QCOMPARE(tabs->tabText(alertsTab), u"Alerts"_s);

    ActiveAlert critical;
    critical.rule = u"stripe-down"_s;
    critical.severity = AlertSeverity::Critical;
    critical.state = AlertState::Firing;
    ActiveAlert acknowledged = critical;
    acknowledged.rule = u"shopify-down"_s;
    acknowledged.acknowledgement = Acknowledgement{acknowledged.rule, 0, u"ana"_s, {}, 0};
    ActiveAlert pending = critical;
    pending.rule = u"chatwoot-slow"_s;
    pending.state = AlertState::Pending;
    window.alertsPage()->setAlerts({critical, acknowledged, pending});
    QCOMPARE(tabs->tabText(alertsTab), u"Alerts (1)"_s);
    QCOMPARE(tabs->tabBar()->tabTextColor(alertsTab), StatusPalette(window.palette()).foreground(HealthStatus::Down));

    window.alertsPage()->setAlerts({acknowledged, pending});
    QCOMPARE(tabs->tabText(alertsTab), u"Alerts"_s);
    QCOMPARE(tabs->tabBar()->tabTextColor(alertsTab), QColor());

    window.showAlerts(u"shopify-down"_s);
    QCOMPARE(tabs->currentWidget(), window.alertsPage());
    QCOMPARE(window.alertsPage()->selectedAlert()->rule, u"shopify-down"_s);
}

void TestMainWindow::gatewayTabCountsTrouble()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    GatewayPage *page = window.gatewayPage();
    QVERIFY(page);
    QCOMPARE(tabs->indexOf(page), 2);
    QCOMPARE(tabs->tabText(2), u"Gateway"_s);
    QVERIFY(page->findChild<QWidget *>(u"gatewayEmptyState"_s));

    // One route answering 10% of its requests with 5xx between two scrapes.
    GatewaySpec gateway;
    gateway.name = u"edge"_s;
    gateway.metricsUrl = u"https://gw.internal/metrics"_s;
    page->setGateway(gateway);
    GatewayTracker tracker;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    for (int s = 0; s < 2; ++s) {
        RouteTotals totals;
        totals.service = u"payments"_s;
        totals.requests = 100.0 * s;
        totals.errors5xx = 10.0 * s;
        tracker.observe(GatewayScrape{GatewayFlavor::Kong, at - 15'000 * (1 - s), {totals}, {}, {}, {}});
    }
    PageDiagnostics diagnostics;
    diagnostics.atMs = at;
    page->showReading(tracker, diagnostics, HealthStatus::Up, {});
    QTRY_COMPARE(tabs->tabText(2), u"Gateway (1)"_s);
    QCOMPARE(tabs->tabBar()->tabTextColor(2), StatusPalette(window.palette()).foreground(HealthStatus::Down));

    page->setGateway(std::nullopt);
    QTRY_COMPARE(tabs->tabText(2), u"Gateway"_s);
    QVERIFY(!tabs->tabBar()->tabTextColor(2).isValid());
}

void TestMainWindow::webhooksTabCountsSources()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    const int tab = tabs->indexOf(window.webhooksPage());
    QCOMPARE(tabs->tabText(tab), u"Webhooks"_s);

    // One source with a forged delivery, one without trouble: the tab counts one, while hidden.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    FakeHistory history(now);
    auto delivery = [now](const QString &id, const QString &source, WebhookVerdict verdict) {
        WebhookDelivery d;
        d.source = source;
        d.topic = u"orders/create"_s;
        d.receivedAtMs = now - 60'000;
        d.verdict = u"accepted"_s;
        WebhookVerification verification;
        verification.verdict = verdict;
        d.verification = verification;
        return GatewayEvent{id, id, d.receivedAtMs, d};
    };
    history.gatewayEvents = {delivery(u"d_1"_s, u"shopify"_s, WebhookVerdict::BadSignature),
                             delivery(u"d_2"_s, u"stripe"_s, WebhookVerdict::Valid)};
    window.setHistoryProvider(&history);
    QTRY_COMPARE(tabs->tabText(tab), u"Webhooks (1)"_s);
    QCOMPARE(tabs->tabBar()->tabTextColor(tab), StatusPalette(window.palette()).foreground(HealthStatus::Degraded));

    window.showWebhooks(u"shopify"_s);
    QCOMPARE(tabs->currentWidget(), window.webhooksPage());
    QTRY_COMPARE(window.webhooksPage()->visibleDeliveries(), 1);

    window.setHistoryProvider(nullptr);
    QTRY_COMPARE(tabs->tabText(tab), u"Webhooks"_s);
}

void TestMainWindow::gatewayRowStaysFirst()
{
    OverviewModel model;
    Catalog catalog = sampleCatalog();
    catalog.integrations.append(integration(u"zendesk"_s, u"zendesk"_s, {check(u"api"_s, u"API"_s)}));
    catalog.integrations.prepend(integration(u"gateway"_s, u"edge"_s, {check(u"health"_s, u"Health"_s)}));
    catalog.gateway = GatewaySpec{};
    catalog.gateway->name = u"edge"_s;
    model.setCatalog(catalog);
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);

    // Names sort without regard to case, and the gateway leads in either order.
    QCOMPARE(visibleTopLevelNames(tree->model()),
             (QStringList{u"edge (API gateway)"_s, u"Shopify"_s, u"Slack"_s, u"Stripe"_s, u"zendesk"_s}));
    tree->sortByColumn(OverviewModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(visibleTopLevelNames(tree->model()),
             (QStringList{u"edge (API gateway)"_s, u"zendesk"_s, u"Stripe"_s, u"Slack"_s, u"Shopify"_s}));
    QVERIFY(tree->model()->index(0, 0).data(OverviewModel::GatewayRole).toBool());
    QVERIFY(tree->model()->index(0, 0, tree->model()->index(0, 0)).data(OverviewModel::GatewayRole).toBool());
    QVERIFY(!tree->model()->index(1, 0).data(OverviewModel::GatewayRole).toBool());
}

void TestMainWindow::historyFollowsTheCurrentRow()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *splitter = window.findChild<QSplitter *>(u"overviewSplitter"_s);
    QVERIFY(splitter);
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    auto *panel = window.findChild<HistoryPanel *>(u"historyPanel"_s);
    QCOMPARE(splitter->widget(0), tree);
    QCOMPARE(splitter->widget(1), panel);
    QVERIFY(panel->isVisible());
    QVERIFY2(tree->height() >= tree->fontMetrics().height() * 6, "the list keeps room for a few rows");
    QCOMPARE(window.findChild<QLabel *>(u"historyMessageTitle"_s)->text(), u"History is off"_s);

    FakeHistory history(QDateTime::currentMSecsSinceEpoch());
    window.setHistoryProvider(&history);
    QCOMPARE(window.findChild<QLabel *>(u"historyMessageTitle"_s)->text(), u"Select an integration or a check"_s);

    // A check: its own history, titled with its integration.
    const QAbstractItemModel *view = tree->model();
    const QModelIndex stripe = view->index(2, 0);
    tree->setCurrentIndex(view->index(1, 0, stripe));
    QTRY_VERIFY(panel->shownQuery().has_value());
    QCOMPARE(panel->shownQuery()->integrationId, u"stripe"_s);
    QCOMPARE(panel->shownQuery()->checkId, u"webhooks"_s);
    QCOMPARE(window.findChild<QLabel *>(u"historyTitle"_s)->text(), u"Stripe · Webhook endpoint"_s);

    // An integration: all of its checks.
    tree->setCurrentIndex(stripe);
    // While the new subject loads nothing is shown: ask only an engaged query for its check.
    QTRY_VERIFY(panel->shownQuery() && panel->shownQuery()->checkId.isEmpty());
    QCOMPARE(window.findChild<QLabel *>(u"historyTitle"_s)->text(), u"Stripe"_s);

    // A reload keeps the subject.
    tree->setCurrentIndex(view->index(1, 0, stripe));
    QTRY_COMPARE(panel->shownQuery().value_or(HistoryQuery{}).checkId, u"webhooks"_s);
    model.setCatalog(sampleCatalog());
    QCOMPARE(panel->currentQuery().checkId, u"webhooks"_s);
    QCOMPARE(tree->currentIndex().data().toString(), u"Webhook endpoint"_s);

    window.setHistoryProvider(nullptr);
    QCOMPARE(window.findChild<QLabel *>(u"historyMessageTitle"_s)->text(), u"History is off"_s);
}

// From an alert to its integration's charts around the time it started, in one click.
void TestMainWindow::alertChartOpensTheIntegrationsHistory()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FakeHistory history(QDateTime::currentMSecsSinceEpoch());
    window.setHistoryProvider(&history);
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    auto *panel = window.findChild<HistoryPanel *>(u"historyPanel"_s);
    // A filter that hides the row is cleared: the row must be there to be picked.
    window.findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"shopify"_s);
    tabs->setCurrentWidget(window.alertsPage());

    const qint64 from = 1'796'200'000'000;
    Q_EMIT window.alertsPage()->chartRequested(u"stripe"_s, from, from + 3'600'000);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(tree->currentIndex().data(OverviewModel::IntegrationIdRole).toString(), u"stripe"_s);
    QCOMPARE(panel->range(), HistoryPanel::Range::Custom);
    QCOMPARE(panel->currentQuery().integrationId, u"stripe"_s);
    QCOMPARE(panel->currentQuery().fromMs, from);
    QCOMPARE(panel->currentQuery().toMs, from + 3'600'000);

    // An integration no longer configured leaves the view as it was.
    window.showHistory(u"gone"_s, {}, from, 0);
    QCOMPARE(tree->currentIndex().data(OverviewModel::IntegrationIdRole).toString(), u"stripe"_s);
}

void TestMainWindow::redStatusCellOpensItsFailedCalls()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.resize(1280, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FakeHistory history(QDateTime::currentMSecsSinceEpoch());
    window.setHistoryProvider(&history);

    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    auto *panel = window.findChild<HistoryPanel *>(u"historyPanel"_s);
    const QModelIndex stripe = tree->model()->index(2, 0);
    tree->setCurrentIndex(tree->model()->index(1, 0, stripe));
    QTRY_VERIFY(panel->shownQuery().has_value());
    auto *strip = window.findChild<StatusStrip *>(u"statusStrip"_s);
    int red = -1;
    for (int i = 0; i < strip->cells().size() && red < 0; ++i) {
        if (strip->cells().at(i).state == HealthStatus::Down)
            red = i;
    }
    QVERIFY(red >= 0);
    const TimelineCell cell = strip->cells().at(red);

    QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(red).center());
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    QTRY_COMPARE(tabs->currentWidget(), window.failedCallsPage());
    const CallFilter filter = window.failedCallsPage()->filter();
    QCOMPARE(filter.integrations, QStringList{u"stripe"_s});
    QCOMPARE(filter.checkOrRoute, u"webhooks"_s);
    QCOMPARE(filter.fromMs, cell.startMs);
    QCOMPARE(filter.toMs, cell.endMs);
}

void TestMainWindow::overviewShowsUptimeAndTrend()
{
    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.show();
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    const QAbstractItemModel *view = tree->model();
    QVERIFY(view->index(0, OverviewModel::UptimeColumn).data().toString().isEmpty());

    // Shortly after a provider arrives, the window asks for every configured integration.
    FakeHistory history(QDateTime::currentMSecsSinceEpoch());
    window.setHistoryProvider(&history);
    QTRY_COMPARE(history.summaryRequests.size(), 1);
    QCOMPARE(history.summaryRequests.constFirst(), (QStringList{u"shopify"_s, u"slack"_s, u"stripe"_s}));
    QTRY_VERIFY(!view->index(0, OverviewModel::UptimeColumn).data().toString().isEmpty());
    QVERIFY(view->index(0, OverviewModel::TrendColumn).data(OverviewModel::SparklineRole).isValid());
    QVERIFY(tree->columnWidth(OverviewModel::UptimeColumn)
            >= tree->fontMetrics().horizontalAdvance(view->index(1, OverviewModel::UptimeColumn).data().toString()));
    // Sorting by uptime puts the worst first.
    tree->sortByColumn(OverviewModel::UptimeColumn, Qt::AscendingOrder);
    QCOMPARE(view->index(0, OverviewModel::NameColumn).data().toString(), u"Stripe"_s);

    // No history: the columns empty again.
    window.setHistoryProvider(nullptr);
    QVERIFY(view->index(0, OverviewModel::UptimeColumn).data().toString().isEmpty());
}

void TestMainWindow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("GATEWATCH_SCREENSHOT_DIR"))
        QSKIP("set GATEWATCH_SCREENSHOT_DIR to save screenshots");

    OverviewModel model;
    Catalog catalog = sampleCatalog();
    catalog.integrations.append(
        integration(u"ga4"_s, u"Google Analytics 4"_s, {check(u"realtime"_s, u"Realtime report"_s)}));
    catalog.integrations.append(integration(
        u"gateway"_s, u"API gateway"_s, {check(u"health"_s, u"Health endpoint"_s), check(u"metrics"_s, u"Metrics"_s)}));
    model.setCatalog(catalog);
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.setConfigPath(u"/home/ops/.config/gatewatch/gatewatch.yaml"_s);
    window.resize(1100, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.applyUpdates({
        update(u"shopify"_s, u"storefront"_s, HealthStatus::Up, now.addSecs(-4), 182),
        update(u"shopify"_s, u"admin"_s, HealthStatus::Degraded, now.addSecs(-9), 2310,
               u"response took 2310 ms (degraded above 1500 ms)"_s),
        update(u"slack"_s, u"web"_s, HealthStatus::Up, now.addSecs(-12), 95),
        update(u"stripe"_s, u"balance"_s, HealthStatus::Up, now.addSecs(-20), 240),
        update(u"stripe"_s, u"webhooks"_s, HealthStatus::Down, now.addSecs(-3), 61,
               u"HTTP 503 Service Unavailable: condition [STATUS] == 200 failed (actual 503); upstream says "
               "\"maintenance window in progress, retry after 120 seconds\""_s),
        update(u"ga4"_s, u"realtime"_s, HealthStatus::Paused, now.addSecs(-400), 0),
        update(u"gateway"_s, u"health"_s, HealthStatus::Up, now.addSecs(-1), 12),
    });
    QTRY_COMPARE(window.windowTitle(), u"Gatewatch — 1 down, 1 degraded, 1 unknown"_s);
    auto *tree = window.findChild<QTreeView *>(u"overviewTree"_s);
    tree->setCurrentIndex(tree->model()->index(1, 0));
    saveScreenshot(window, u"overview-light"_s);

    window.showConfigProblems({u"gatewatch.yaml:14:9: unknown key 'intervall' (did you mean 'interval'?)"_s}, true);
    saveScreenshot(window, u"banner-light"_s);

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(StatusPalette(window.palette()).isDark());
    saveScreenshot(window, u"banner-dark"_s);
    window.showConfigProblems({}, true);
    saveScreenshot(window, u"overview-dark"_s);
    QApplication::setPalette(m_lightPalette);

    // The history of a check with an outage, below the list.
    FakeHistory history(now.toMSecsSinceEpoch());
    history.options.tls = true;
    window.setHistoryProvider(&history);
    window.resize(1280, 900);
    auto *panel = window.findChild<HistoryPanel *>(u"historyPanel"_s);
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Stripe"_s);
    QCOMPARE(found.size(), 1);
    const QModelIndex stripe = found.constFirst();
    tree->setCurrentIndex(tree->model()->index(1, 0, stripe));
    QTRY_VERIFY(panel->shownQuery().has_value());
    QTRY_VERIFY(!tree->model()->index(0, OverviewModel::UptimeColumn).data().toString().isEmpty());
    saveScreenshot(window, u"history-light"_s);
    auto *strip = window.findChild<StatusStrip *>(u"statusStrip"_s);
    int red = -1;
    for (int i = 0; i < strip->cells().size(); ++i) {
        if (strip->cells().at(i).state == HealthStatus::Down
            && (red < 0 || strip->cells().at(i).failures > strip->cells().at(red).failures))
            red = i;
    }
    QVERIFY(red >= 0);
    QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(red).center());
    QTRY_VERIFY(window.findChild<QTableView *>(u"failuresTable"_s)->model()->rowCount() > 0);
    saveScreenshot(window, u"failed-calls-light"_s);
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(0); // the cell opened Failed calls
    saveScreenshot(window, u"history-failures-light"_s);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(StatusPalette(window.palette()).isDark());
    saveScreenshot(window, u"history-failures-dark"_s);
    QApplication::setPalette(m_lightPalette);

    // The last hour, every attempt, with the crosshair on the outage.
    panel->clearSelection();
    QSignalSpy shown(panel, &HistoryPanel::chartShown);
    panel->setRange(HistoryPanel::Range::Hour);
    QTRY_VERIFY(!shown.isEmpty());
    auto *latency = window.findChild<QAbstractScrollArea *>(u"latencyChart"_s);
    QVERIFY(latency);
    QWidget *viewport = latency->viewport();
    QMouseEvent hover(QEvent::MouseMove, QPointF(viewport->width() * 0.3, 60),
                      viewport->mapToGlobal(QPointF(viewport->width() * 0.3, 60)), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport, &hover);
    saveScreenshot(window, u"history-hover-light"_s);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(StatusPalette(window.palette()).isDark());
    saveScreenshot(window, u"history-hover-dark"_s);
    QApplication::setPalette(m_lightPalette);

    // A week, from minute rollups, once the mouse has left; then a check without history yet.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(latency, &leave);
    panel->setRange(HistoryPanel::Range::Days7);
    QTRY_COMPARE(panel->shownQuery().value_or(HistoryQuery{}).toMs - panel->shownQuery().value_or(HistoryQuery{}).fromMs,
                 7 * 24 * 3'600'000LL);
    saveScreenshot(window, u"history-week-light"_s);
    FakeHistory nothing(now.toMSecsSinceEpoch());
    nothing.options.empty = true;
    window.setHistoryProvider(&nothing);
    QTRY_VERIFY(window.findChild<QLabel *>(u"historyMessageTitle"_s)->text().startsWith(u"No history yet"_s));
    saveScreenshot(window, u"history-empty-light"_s);
    window.setHistoryProvider(nullptr);
    window.resize(1100, 600);

    Catalog quotaCatalog = catalog;
    quotaCatalog.integrations[1].name = u"GA4"_s;     // slack's checks stand in for GA4's
    quotaCatalog.integrations[2].name = u"Klaviyo"_s; // and stripe's for Klaviyo's
    quotas.setCatalog(quotaCatalog);
    quotas.applyUpdates(realisticQuotaUpdates(now));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    tabs->setCurrentIndex(1);
    QTRY_VERIFY(window.findChild<QTableView *>(u"quotasTable"_s)->isVisible());
    QTRY_VERIFY(window.findChild<QLabel *>(u"quotaChartTitle"_s)->text().contains(u"Klaviyo"_s));
    window.resize(1100, 720);
    saveScreenshot(window, u"quotas-light"_s);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(StatusPalette(window.palette()).isDark());
    saveScreenshot(window, u"quotas-dark"_s);
    QApplication::setPalette(m_lightPalette);
}

void TestMainWindow::everyLayerTranslates_data()
{
    QTest::addColumn<MessageCall>("call");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    QTest::newRow("models: Condition::parse error")
        << MessageCall([] { return Condition::parse(u""_s).error().message; })
        << u"empty condition (expected e.g. [STATUS] == 200)"_s
        << u"leere Bedingung (erwartet wird z. B. [STATUS] == 200)"_s;
    QTest::newRow("models: parseDuration error, with a nested message")
        << MessageCall([] { return parseDuration(u"5x").error().message; })
        << u"unknown unit 'x' in '5x' (use ms, s, m, h or d)"_s
        << u"unbekannte Einheit 'x' in '5x' (verwenden Sie ms, s, m, h oder d)"_s;
    QTest::newRow("models: OverviewModel header") << MessageCall([] {
        return OverviewModel().headerData(OverviewModel::LastCheckedColumn, Qt::Horizontal).toString();
    }) << u"Last checked"_s << u"Zuletzt geprüft"_s;
    QTest::newRow("services: ConfigLoader on bad YAML") << MessageCall([] {
        return ConfigLoader::loadText("settings: {interval: 5s\n"_ba, u"gatewatch.yaml"_s).error().constFirst().message;
    }) << u"invalid YAML: end of map flow not found"_s << u"ungültiges YAML: end of map flow not found"_s;
    QTest::newRow("services: ConfigLoader on the wrong top-level type")
        << MessageCall(
               [] { return ConfigLoader::loadText("- 1\n"_ba, u"gatewatch.yaml"_s).error().constFirst().message; })
        << u"expected a map with the keys settings and integrations at the top level, found a list"_s
        << u"auf oberster Ebene wird eine Zuordnung mit den Schlüsseln settings und integrations erwartet, "
           u"gefunden: eine Liste"_s;
    QTest::newRow("services: References::validate")
        << MessageCall([] { return References::validate(u"${vault:token}"_s)->message; })
        << u"unknown reference kind 'vault' (allowed: secret, env)"_s
        << u"unbekannte Referenzart 'vault' (erlaubt: secret, env)"_s;
    QTest::newRow("services: HttpProbe::judge on 429") << MessageCall([] {
        ResponseFacts response;
        response.status = 429;
        return HttpProbe::judge(ProbeRequest(), response).reason;
    }) << u"rate limited (HTTP 429)"_s << u"Anfragelimit erreicht (HTTP 429)"_s;
    QTest::newRow("services: HttpProbe::judge on a failed condition")
        << MessageCall([] {
               ProbeRequest request;
               request.conditions = {Condition::parse(u"[HEADER].X-Request-Id == abc"_s).value()};
               ResponseFacts response;
               response.status = 200;
               return HttpProbe::judge(request, response).reason;
           })
        << u"[HEADER].X-Request-Id == abc (actual: no such header)"_s
        << u"[HEADER].X-Request-Id == abc (tatsächlich: Header nicht vorhanden)"_s;
}

// The German catalog only helps if lupdate filed each message under the context the code asks
// for at run time; a mismatch leaves the English text in place.
void TestMainWindow::everyLayerTranslates()
{
    QFETCH(MessageCall, call);
    QFETCH(QString, english);
    QFETCH(QString, german);

    QCOMPARE(call(), english);

    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/gatewatch_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    QCOMPARE(call(), german);
}

void TestMainWindow::germanTranslationLoads()
{
    QVERIFY2(installTranslations(*qApp, u"de"_s), "the catalog is embedded as :/i18n/gatewatch_de.qm");
    QVERIFY(QFile::exists(u":/i18n/gatewatch_de.qm"_s));
    QVERIFY2(QFile::exists(u":/icons/gatewatch.svg"_s), "the application icon is embedded too");
    QCOMPARE(QCoreApplication::translate("gw::MainWindow", "All systems up"), u"Alle Systeme in Betrieb"_s);
    QCOMPARE(QCoreApplication::translate("gw::MainWindow", "%n down", "count of checks", 2), u"2 ausgefallen"_s);
    QCOMPARE(QCoreApplication::translate("gw::OverviewModel", "%n min ago", nullptr, 1), u"vor 1 Min."_s);

    OverviewModel model;
    model.setCatalog(sampleCatalog());
    QuotaModel quotas;
    MainWindow window(&model, &quotas);
    window.setConfigPath(u"/home/ops/.config/gatewatch/gatewatch.yaml"_s);
    window.show();
    model.applyUpdates({update(u"slack"_s, u"web"_s, HealthStatus::Down, QDateTime::currentDateTimeUtc().addSecs(-2),
                               45, u"connection refused"_s)});
    QTRY_COMPARE(window.windowTitle(), u"Gatewatch — 1 ausgefallen, 4 unbekannt"_s);
    QCOMPARE(window.findChild<QLineEdit *>(u"filterEdit"_s)->placeholderText(), u"Integrationen filtern …"_s);
    saveScreenshot(window, u"overview-de"_s);
}

} // namespace gw

QTEST_MAIN(gw::TestMainWindow)
#include "tst_mainwindow.moc"
