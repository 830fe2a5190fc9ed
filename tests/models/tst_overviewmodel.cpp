#include "overviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<gw::StatusPage>)

namespace gw {

namespace {

const QDateTime baseTime = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

struct IntegrationShape
{
    QString id;
    QString name;
    QStringList checkIds;
};

Catalog makeCatalog(const QList<IntegrationShape> &shapes)
{
    Catalog catalog;
    for (const IntegrationShape &shape : shapes) {
        IntegrationSpec integration;
        integration.id = shape.id;
        integration.name = shape.name;
        for (const QString &checkId : shape.checkIds) {
            CheckSpec check;
            check.id = checkId;
            check.url = u"https://example.invalid/"_s + checkId;
            integration.checks.append(check);
        }
        catalog.integrations.append(integration);
    }
    return catalog;
}

// shopify: shop, orders; slack: auth.
Catalog standardCatalog()
{
    Catalog catalog =
        makeCatalog({{u"shopify"_s, u"Shopify"_s, {u"shop"_s, u"orders"_s}}, {u"slack"_s, QString(), {u"auth"_s}}});
    catalog.integrations[0].checks[0].name = u"Shop info"_s;
    return catalog;
}

CheckUpdate update(const QString &integrationId, const QString &checkId, HealthStatus state, const QString &reason = {},
                   qint64 secondsAfterBase = 0)
{
    CheckUpdate result;
    result.sample.integrationId = integrationId;
    result.sample.checkId = checkId;
    result.sample.at = baseTime.addSecs(secondsAfterBase);
    result.sample.verdict = state;
    result.sample.reason = reason;
    result.sample.httpStatus = state == HealthStatus::Up ? 200 : 503;
    result.sample.latencyMs = 100;
    result.state = state;
    return result;
}

} // namespace

class TestOverviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void buildsRowsPerIntegrationAndCheck();
    void integrationIsItsWorstCheck_data();
    void integrationIsItsWorstCheck();
    void integrationWithoutChecksIsUnknown();
    void updatesKeepRowsInPlace();
    void ignoresUpdatesForUnknownChecks();
    void reloadKeepsLatestResultsOfSurvivingChecks();
    void emitsOverallStatusOncePerChange();
    void setNowRefreshesLastChecked();
    void setCheckStateKeepsLatestResult();
    void openCircuitIsExplained();
    void quotaSummaryPerIntegration();
    void uptimeAndTrendFromSummaries_data();
    void uptimeAndTrendFromSummaries();
    void summariesReplaceEarlierOnes();
    void certificateExpiry_data();
    void certificateExpiry();
    void showsReasonsAndFailedConditions();
    void gatewayOutageExplainsVendorFailures();
    void vendorStatusBesideMeasured_data();
    void vendorStatusBesideMeasured();
    void vendorStatusForgotten();

private:
    QModelIndex checkIndex(int integrationRow, int checkRow, int column = OverviewModel::NameColumn) const;

    std::unique_ptr<OverviewModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOverviewModel::init()
{
    m_model = std::make_unique<OverviewModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestOverviewModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QModelIndex TestOverviewModel::checkIndex(int integrationRow, int checkRow, int column) const
{
    return m_model->index(checkRow, column, m_model->index(integrationRow, 0));
}

void TestOverviewModel::buildsRowsPerIntegrationAndCheck()
{
    m_model->setCatalog(standardCatalog());

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(OverviewModel::ColumnCount));
    const QModelIndex shopify = m_model->index(0, 0);
    const QModelIndex slack = m_model->index(1, 0);
    QCOMPARE(m_model->rowCount(shopify), 2);
    QCOMPARE(m_model->rowCount(slack), 1);
    QCOMPARE(m_model->rowCount(checkIndex(0, 0)), 0);

    QCOMPARE(shopify.data().toString(), u"Shopify"_s);
    QCOMPARE(slack.data().toString(), u"slack"_s); // no name: the id stands in
    QCOMPARE(checkIndex(0, 0).data().toString(), u"Shop info"_s);
    QCOMPARE(checkIndex(0, 1).data().toString(), u"orders"_s);
    QCOMPARE(checkIndex(0, 1).parent(), shopify);
    QCOMPARE(checkIndex(0, 1).data(OverviewModel::IntegrationIdRole).toString(), u"shopify"_s);
    QCOMPARE(checkIndex(0, 1).data(OverviewModel::CheckIdRole).toString(), u"orders"_s);
    QCOMPARE(slack.data(OverviewModel::IntegrationIdRole).toString(), u"slack"_s);

    QCOMPARE(checkIndex(1, 0, OverviewModel::StatusColumn).data(OverviewModel::StatusRole).toInt(),
             int(HealthStatus::Unknown));
    QCOMPARE(checkIndex(1, 0, OverviewModel::LastCheckedColumn).data().toString(), u"never"_s);
    QCOMPARE(m_model->overallStatus(), HealthStatus::Unknown);
    QCOMPARE(m_model->countInState(HealthStatus::Unknown), 3);
    QCOMPARE(m_model->headerData(OverviewModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
}

void TestOverviewModel::integrationIsItsWorstCheck_data()
{
    QTest::addColumn<HealthStatus>("shop");
    QTest::addColumn<HealthStatus>("orders");
    QTest::addColumn<HealthStatus>("integration");
    QTest::addColumn<QString>("summary");

    using S = HealthStatus;
    QTest::newRow("all up") << S::Up << S::Up << S::Up << u"2 of 2 up"_s;
    QTest::newRow("one degraded") << S::Up << S::Degraded << S::Degraded << u"1 of 2 up"_s;
    QTest::newRow("degraded and down") << S::Degraded << S::Down << S::Down << u"0 of 2 up"_s;
    QTest::newRow("down first") << S::Down << S::Up << S::Down << u"1 of 2 up"_s;
    QTest::newRow("one unknown") << S::Up << S::Unknown << S::Unknown << u"1 of 2 up"_s;
    QTest::newRow("one paused") << S::Paused << S::Up << S::Paused << u"1 of 2 up"_s;
    QTest::newRow("all paused") << S::Paused << S::Paused << S::Paused << u"0 of 2 up"_s;
    QTest::newRow("unknown beats paused") << S::Unknown << S::Paused << S::Unknown << u"0 of 2 up"_s;
    QTest::newRow("down beats paused") << S::Paused << S::Down << S::Down << u"0 of 2 up"_s;
}

void TestOverviewModel::integrationIsItsWorstCheck()
{
    QFETCH(HealthStatus, shop);
    QFETCH(HealthStatus, orders);
    QFETCH(HealthStatus, integration);
    QFETCH(QString, summary);

    m_model->setCatalog(standardCatalog());
    m_model->applyUpdates({update(u"shopify"_s, u"shop"_s, shop), update(u"shopify"_s, u"orders"_s, orders),
                           update(u"slack"_s, u"auth"_s, HealthStatus::Up)});

    const QModelIndex shopify = m_model->index(0, OverviewModel::StatusColumn);
    QCOMPARE(shopify.data(OverviewModel::StatusRole).toInt(), int(integration));
    QCOMPARE(shopify.data(OverviewModel::RawValueRole).toInt(), int(integration));
    QCOMPARE(shopify.data(OverviewModel::ChecksSummaryRole).toString(), summary);
    QCOMPARE(checkIndex(0, 0, OverviewModel::StatusColumn).data(OverviewModel::StatusRole).toInt(), int(shop));
    QCOMPARE(checkIndex(0, 1, OverviewModel::StatusColumn).data(OverviewModel::StatusRole).toInt(), int(orders));
    // Slack is up, so the overall state is the Shopify one.
    QCOMPARE(m_model->overallStatus(), integration);
}

void TestOverviewModel::integrationWithoutChecksIsUnknown()
{
    m_model->setCatalog(makeCatalog({{u"mcp"_s, u"MCP server"_s, {}}}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->index(0, 0).data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Unknown));
    QCOMPARE(m_model->index(0, 0).data(OverviewModel::ChecksSummaryRole).toString(), u"0 of 0 up"_s);
    QCOMPARE(m_model->index(0, OverviewModel::LastCheckedColumn).data().toString(), u"never"_s);
}

void TestOverviewModel::updatesKeepRowsInPlace()
{
    m_model->setCatalog(standardCatalog());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->applyUpdates({update(u"shopify"_s, u"orders"_s, HealthStatus::Down, u"HTTP 503"_s)});

    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    bool checkRowChanged = false;
    bool integrationRowChanged = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft == checkIndex(0, 1, 0) && bottomRight.column() == OverviewModel::ColumnCount - 1)
            checkRowChanged = true;
        if (topLeft == m_model->index(0, 0) && bottomRight.column() == OverviewModel::ColumnCount - 1)
            integrationRowChanged = true;
    }
    QVERIFY(checkRowChanged);
    QVERIFY(integrationRowChanged);
    QCOMPARE(checkIndex(0, 1, OverviewModel::ReasonColumn).data().toString(), u"HTTP 503"_s);
    QCOMPARE(checkIndex(0, 1, OverviewModel::LatencyColumn).data(OverviewModel::RawValueRole).toDouble(), 100.0);
}

void TestOverviewModel::ignoresUpdatesForUnknownChecks()
{
    m_model->setCatalog(standardCatalog());
    QSignalSpy overall(m_model.get(), &OverviewModel::overallStatusChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->applyUpdates(
        {update(u"shopify"_s, u"refunds"_s, HealthStatus::Down), update(u"stripe"_s, u"shop"_s, HealthStatus::Down)});

    QCOMPARE(changed.size(), 0);
    QCOMPARE(overall.size(), 0);
    QCOMPARE(m_model->countInState(HealthStatus::Down), 0);
}

void TestOverviewModel::reloadKeepsLatestResultsOfSurvivingChecks()
{
    m_model->setCatalog(standardCatalog());
    m_model->applyUpdates({update(u"shopify"_s, u"shop"_s, HealthStatus::Down, u"HTTP 503"_s),
                           update(u"shopify"_s, u"orders"_s, HealthStatus::Up),
                           update(u"slack"_s, u"auth"_s, HealthStatus::Degraded, u"slow"_s)});

    // Reordered checks, one new check, Slack gone, Stripe new, and a check id that moved integration.
    m_model->setCatalog(makeCatalog({{u"stripe"_s, u"Stripe"_s, {u"auth"_s}},
                                     {u"shopify"_s, u"Shopify"_s, {u"orders"_s, u"refunds"_s, u"shop"_s}}}));

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Stripe"_s);
    QCOMPARE(checkIndex(0, 0).data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Unknown));
    QCOMPARE(checkIndex(0, 0, OverviewModel::ReasonColumn).data().toString(), QString());

    QCOMPARE(checkIndex(1, 0).data(OverviewModel::CheckIdRole).toString(), u"orders"_s);
    QCOMPARE(checkIndex(1, 0).data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Up));
    QCOMPARE(checkIndex(1, 1).data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Unknown));
    QCOMPARE(checkIndex(1, 1, OverviewModel::LastCheckedColumn).data().toString(), u"never"_s);
    QCOMPARE(checkIndex(1, 2).data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Down));
    QCOMPARE(checkIndex(1, 2, OverviewModel::ReasonColumn).data().toString(), u"HTTP 503"_s);
    QCOMPARE(checkIndex(1, 2, OverviewModel::LastCheckedColumn).data(OverviewModel::RawValueRole).toDateTime(),
             baseTime);

    QCOMPARE(m_model->overallStatus(), HealthStatus::Down);
    QCOMPARE(m_model->countInState(HealthStatus::Down), 1);
    QCOMPARE(m_model->countInState(HealthStatus::Up), 1);
    QCOMPARE(m_model->countInState(HealthStatus::Unknown), 2);
    QCOMPARE(m_model->countInState(HealthStatus::Degraded), 0);
}

void TestOverviewModel::emitsOverallStatusOncePerChange()
{
    QSignalSpy overall(m_model.get(), &OverviewModel::overallStatusChanged);
    const auto lastEmitted = [&] { return overall.constLast().at(0).value<HealthStatus>(); };

    m_model->setCatalog(standardCatalog());
    QCOMPARE(overall.size(), 0); // everything unknown, as before

    m_model->applyUpdates({update(u"shopify"_s, u"shop"_s, HealthStatus::Up),
                           update(u"shopify"_s, u"orders"_s, HealthStatus::Up),
                           update(u"slack"_s, u"auth"_s, HealthStatus::Up)});
    QCOMPARE(overall.size(), 1);
    QCOMPARE(lastEmitted(), HealthStatus::Up);

    m_model->applyUpdates({update(u"slack"_s, u"auth"_s, HealthStatus::Up, {}, 30)});
    QCOMPARE(overall.size(), 1);

    // Two checks get worse in one batch: one signal, with the final state.
    m_model->applyUpdates({update(u"shopify"_s, u"shop"_s, HealthStatus::Degraded),
                           update(u"shopify"_s, u"orders"_s, HealthStatus::Down)});
    QCOMPARE(overall.size(), 2);
    QCOMPARE(lastEmitted(), HealthStatus::Down);

    // Worse then better again within one batch: no net change, no signal.
    m_model->applyUpdates(
        {update(u"slack"_s, u"auth"_s, HealthStatus::Down), update(u"slack"_s, u"auth"_s, HealthStatus::Up)});
    QCOMPARE(overall.size(), 2);

    m_model->setNow(baseTime.addSecs(60));
    QCOMPARE(overall.size(), 2);

    m_model->setCatalog(makeCatalog({{u"slack"_s, QString(), {u"auth"_s}}}));
    QCOMPARE(overall.size(), 3);
    QCOMPARE(lastEmitted(), HealthStatus::Up);

    m_model->setCatalog(Catalog());
    QCOMPARE(overall.size(), 4);
    QCOMPARE(lastEmitted(), HealthStatus::Unknown);
}

void TestOverviewModel::quotaSummaryPerIntegration()
{
    m_model->setCatalog(standardCatalog());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setQuotaSummary(u"shopify"_s, QuotaStatus::Warning, 0.2);
    QCOMPARE(changed.count(), 1);
    const QModelIndex shopify = m_model->index(0, OverviewModel::QuotaColumn);
    QCOMPARE(shopify.data().toString(), u"20% left"_s);
    QCOMPARE(static_cast<QuotaStatus>(shopify.data(OverviewModel::QuotaStatusRole).toInt()), QuotaStatus::Warning);
    QCOMPARE(shopify.data(OverviewModel::RawValueRole).toDouble(), 0.2);
    // The same again changes nothing; no quota at all shows nothing.
    m_model->setQuotaSummary(u"shopify"_s, QuotaStatus::Warning, 0.2);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->index(1, OverviewModel::QuotaColumn).data().toString().isEmpty());
    QVERIFY(!m_model->index(1, OverviewModel::QuotaColumn).data(OverviewModel::QuotaStatusRole).isValid());
    // A quota without a known limit is still indicated; a reload keeps the summary.
    m_model->setQuotaSummary(u"slack"_s, QuotaStatus::Exhausted, std::nullopt);
    QCOMPARE(m_model->index(1, OverviewModel::QuotaColumn).data().toString(), u"exhausted"_s);
    m_model->setCatalog(standardCatalog());
    QCOMPARE(m_model->index(0, OverviewModel::QuotaColumn).data().toString(), u"20% left"_s);
    // Checks carry no quota of their own.
    QVERIFY(checkIndex(0, 0, OverviewModel::QuotaColumn).data().toString().isEmpty());
}

void TestOverviewModel::uptimeAndTrendFromSummaries_data()
{
    QTest::addColumn<std::optional<double>>("availability");
    QTest::addColumn<QString>("uptime");

    QTest::newRow("everything answered") << std::optional<double>(1.0) << u"100 %"_s;
    QTest::newRow("two decimals") << std::optional<double>(0.98765) << u"98.76 %"_s;
    QTest::newRow("almost 100 is not rounded up") << std::optional<double>(0.99999) << u"99.99 %"_s;
    QTest::newRow("nothing answered") << std::optional<double>(0.0) << u"0.00 %"_s;
    QTest::newRow("no attempts in 24 h") << std::optional<double>() << QString();
}

void TestOverviewModel::uptimeAndTrendFromSummaries()
{
    QFETCH(std::optional<double>, availability);
    QFETCH(QString, uptime);

    QLocale::setDefault(QLocale::c());
    m_model->setCatalog(standardCatalog());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    IntegrationSummary shopify{u"shopify"_s, availability, {}};
    for (int minute = 0; minute < 60; ++minute)
        shopify.latencySparkline.append(QPointF(baseTime.addSecs(minute * 60).toMSecsSinceEpoch(), 100 + minute));
    m_model->setSummaries({shopify, IntegrationSummary{u"not-configured"_s, 0.5, {}}});

    // Only Shopify's two summary cells change.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, OverviewModel::TrendColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(0, OverviewModel::UptimeColumn));

    const QModelIndex uptimeCell = m_model->index(0, OverviewModel::UptimeColumn);
    QCOMPARE(uptimeCell.data().toString(), uptime);
    if (availability)
        QCOMPARE(uptimeCell.data(OverviewModel::RawValueRole).toDouble(), *availability);
    else
        QVERIFY(uptimeCell.data(OverviewModel::RawValueRole).toDouble() > 1.0); // sorts after known values

    const QModelIndex trendCell = m_model->index(0, OverviewModel::TrendColumn);
    QVERIFY(trendCell.data().toString().isEmpty()); // painted by the view, not written
    QCOMPARE(trendCell.data(OverviewModel::SparklineRole).value<QList<QPointF>>(), shopify.latencySparkline);
    QCOMPARE(trendCell.data(OverviewModel::RawValueRole).toDouble(), 129.5); // the hour's mean
    QCOMPARE(trendCell.data(Qt::ToolTipRole).toString(),
             u"Median latency over the last hour: 100–159 ms, latest 159 ms"_s);

    // Slack has no summary; checks never show one.
    QVERIFY(m_model->index(1, OverviewModel::UptimeColumn).data().toString().isEmpty());
    QVERIFY(!m_model->index(1, OverviewModel::TrendColumn).data(OverviewModel::SparklineRole).isValid());
    QVERIFY(checkIndex(0, 0, OverviewModel::UptimeColumn).data().toString().isEmpty());
    QVERIFY(!checkIndex(0, 0, OverviewModel::TrendColumn).data(OverviewModel::SparklineRole).isValid());
    QCOMPARE(checkIndex(0, 0, OverviewModel::UptimeColumn).data(OverviewModel::RawValueRole),
             m_model->index(1, OverviewModel::UptimeColumn).data(OverviewModel::RawValueRole));
    QLocale::setDefault(QLocale::system());
}

void TestOverviewModel::summariesReplaceEarlierOnes()
{
    m_model->setCatalog(standardCatalog());
    m_model->setSummaries({IntegrationSummary{u"shopify"_s, 0.99, {}}, IntegrationSummary{u"slack"_s, 1.0, {}}});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // The same again changes nothing.
    m_model->setSummaries({IntegrationSummary{u"shopify"_s, 0.99, {}}, IntegrationSummary{u"slack"_s, 1.0, {}}});
    QCOMPARE(changed.count(), 0);

    // A reload keeps what is known; a later list without Slack clears Slack.
    m_model->setCatalog(standardCatalog());
    QCOMPARE(m_model->index(1, OverviewModel::UptimeColumn).data(OverviewModel::RawValueRole).toDouble(), 1.0);
    m_model->setSummaries({IntegrationSummary{u"shopify"_s, 0.99, {}}});
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->index(1, OverviewModel::UptimeColumn).data().toString().isEmpty());
    QVERIFY(!m_model->index(0, OverviewModel::UptimeColumn).data().toString().isEmpty());

    // No history at all: every cell empty again.
    m_model->setSummaries({});
    QVERIFY(m_model->index(0, OverviewModel::UptimeColumn).data().toString().isEmpty());
    QCOMPARE(m_model->headerData(OverviewModel::UptimeColumn, Qt::Horizontal).toString(), u"Uptime (24 h)"_s);
    QCOMPARE(m_model->headerData(OverviewModel::TrendColumn, Qt::Horizontal).toString(), u"Trend"_s);
}

void TestOverviewModel::openCircuitIsExplained()
{
    m_model->setCatalog(standardCatalog());
    CheckUpdate failing = update(u"shopify"_s, u"shop"_s, HealthStatus::Down, u"HTTP 503"_s, 0);
    failing.circuit = CircuitState::Open;
    m_model->applyUpdates({failing});
    QCOMPARE(checkIndex(0, 0, OverviewModel::ReasonColumn).data().toString(),
             u"circuit open after repeated failures, checks wait for a trial: HTTP 503"_s);
    // The integration row carries its worst check's explanation.
    QCOMPARE(m_model->index(0, OverviewModel::ReasonColumn).data().toString(),
             u"Shop info: circuit open after repeated failures, checks wait for a trial: HTTP 503"_s);

    failing.circuit = CircuitState::Closed;
    m_model->applyUpdates({failing});
    QCOMPARE(checkIndex(0, 0, OverviewModel::ReasonColumn).data().toString(), u"HTTP 503"_s);
}

void TestOverviewModel::setCheckStateKeepsLatestResult()
{
    m_model->setCatalog(standardCatalog());
    m_model->applyUpdates({update(u"shopify"_s, u"shop"_s, HealthStatus::Up, {}, 0),
                           update(u"shopify"_s, u"orders"_s, HealthStatus::Up, {}, 0),
                           update(u"slack"_s, u"auth"_s, HealthStatus::Up, {}, 0)});
    QSignalSpy overall(m_model.get(), &OverviewModel::overallStatusChanged);

    m_model->setCheckState(u"shopify"_s, u"shop"_s, HealthStatus::Paused);
    const QModelIndex shop = checkIndex(0, 0, OverviewModel::StatusColumn);
    QCOMPARE(static_cast<HealthStatus>(shop.data(OverviewModel::StatusRole).toInt()), HealthStatus::Paused);
    QCOMPARE(checkIndex(0, 0, OverviewModel::ReasonColumn).data().toString(), u"paused: no requests are sent"_s);
    // The latest result stays visible.
    QCOMPARE(checkIndex(0, 0, OverviewModel::LatencyColumn).data().toString(), u"100 ms"_s);
    QCOMPARE(m_model->countInState(HealthStatus::Paused), 1);
    QCOMPARE(overall.count(), 1);
    QCOMPARE(m_model->overallStatus(), HealthStatus::Paused);

    m_model->setCheckState(u"shopify"_s, u"nope"_s, HealthStatus::Paused); // unknown check: ignored
    QCOMPARE(m_model->countInState(HealthStatus::Paused), 1);
}

void TestOverviewModel::certificateExpiry_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("display");
    QTest::addColumn<HealthStatus>("level");

    const qint64 day = 86400;
    QTest::newRow("a year") << 365 * day << u"365 d"_s << HealthStatus::Up;
    QTest::newRow("exactly 30 days") << 30 * day << u"30 d"_s << HealthStatus::Up;
    QTest::newRow("29 days and a bit") << 30 * day - 1 << u"29 d"_s << HealthStatus::Degraded;
    QTest::newRow("a week") << 7 * day << u"7 d"_s << HealthStatus::Degraded;
    QTest::newRow("six days") << 7 * day - 1 << u"6 d"_s << HealthStatus::Down;
    QTest::newRow("hours left") << qint64(5 * 3600) << u"expires today"_s << HealthStatus::Down;
    QTest::newRow("expired an hour ago") << qint64(-3600) << u"expired"_s << HealthStatus::Down;
    QTest::newRow("expired three days ago") << -3 * day << u"expired"_s << HealthStatus::Down;
}

void TestOverviewModel::certificateExpiry()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, display);
    QFETCH(HealthStatus, level);

    m_model->setCatalog(standardCatalog());
    m_model->setNow(baseTime);
    CheckUpdate withTls = update(u"shopify"_s, u"shop"_s, HealthStatus::Up);
    withTls.sample.tls = TlsInfo{baseTime.addSecs(secondsLeft), u"shop.example"_s};
    CheckUpdate laterTls = update(u"shopify"_s, u"orders"_s, HealthStatus::Up);
    laterTls.sample.tls = TlsInfo{baseTime.addSecs(secondsLeft + 400 * 86400), u"orders.example"_s};
    m_model->applyUpdates({withTls, laterTls, update(u"slack"_s, u"auth"_s, HealthStatus::Up)});

    const QModelIndex check = checkIndex(0, 0, OverviewModel::CertificateColumn);
    QCOMPARE(check.data().toString(), display);
    QCOMPARE(check.data(OverviewModel::RawValueRole).toLongLong(), secondsLeft);
    QCOMPARE(static_cast<HealthStatus>(check.data(OverviewModel::CertificateStatusRole).toInt()), level);
    QVERIFY(check.data(Qt::ToolTipRole).toString().contains(u"shop.example"_s));
    // The integration shows the certificate that expires first.
    QCOMPARE(m_model->index(0, OverviewModel::CertificateColumn).data().toString(), display);
    // Plain HTTP shows nothing and sorts last.
    const QModelIndex plain = checkIndex(1, 0, OverviewModel::CertificateColumn);
    QVERIFY(plain.data().toString().isEmpty());
    QCOMPARE(plain.data(OverviewModel::RawValueRole).toLongLong(), std::numeric_limits<qint64>::max());
}

void TestOverviewModel::setNowRefreshesLastChecked()
{
    m_model->setCatalog(standardCatalog());
    m_model->applyUpdates({update(u"shopify"_s, u"shop"_s, HealthStatus::Up, {}, 0),
                           update(u"shopify"_s, u"orders"_s, HealthStatus::Up, {}, 95)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setNow(baseTime.addSecs(125));

    bool checkCellsChanged = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        // Only the columns that depend on "now": last checked and certificate expiry.
        QCOMPARE(topLeft.column(), int(OverviewModel::LastCheckedColumn));
        QCOMPARE(bottomRight.column(), int(OverviewModel::CertificateColumn));
        if (topLeft == checkIndex(0, 0, OverviewModel::LastCheckedColumn)
            && bottomRight == checkIndex(0, 1, OverviewModel::CertificateColumn))
            checkCellsChanged = true;
    }
    QVERIFY(checkCellsChanged);
    // 125 s and 30 s before "now"; the integration shows its most recent check.
    QCOMPARE(checkIndex(0, 0, OverviewModel::LastCheckedColumn).data().toString(), u"2 min ago"_s);
    QCOMPARE(checkIndex(0, 1, OverviewModel::LastCheckedColumn).data().toString(), u"30 s ago"_s);
    QCOMPARE(m_model->index(0, OverviewModel::LastCheckedColumn).data().toString(), u"30 s ago"_s);
    QCOMPARE(m_model->index(0, OverviewModel::LastCheckedColumn).data(OverviewModel::RawValueRole).toDateTime(),
             baseTime.addSecs(95));
    QCOMPARE(m_model->index(1, OverviewModel::LastCheckedColumn).data().toString(), u"never"_s);
}

void TestOverviewModel::showsReasonsAndFailedConditions()
{
    m_model->setCatalog(standardCatalog());
    CheckUpdate failing = update(u"shopify"_s, u"shop"_s, HealthStatus::Down, u"2 conditions failed"_s);
    failing.sample.failureClass = FailureClass::Condition;
    failing.sample.failedConditions = {{u"[STATUS] == 200"_s, u"503"_s}, {u"[RESPONSE_TIME] < 800"_s, u"812"_s}};
    m_model->applyUpdates({failing, update(u"shopify"_s, u"orders"_s, HealthStatus::Degraded, u"slow"_s)});

    QCOMPARE(m_model->index(0, OverviewModel::ReasonColumn).data().toString(), u"Shop info: 2 conditions failed"_s);
    QCOMPARE(checkIndex(0, 0, OverviewModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
             u"[STATUS] == 200 (actual: 503)\n[RESPONSE_TIME] < 800 (actual: 812)"_s);
    QCOMPARE(checkIndex(0, 0).data(OverviewModel::FailureClassRole).toInt(), int(FailureClass::Condition));
    QCOMPARE(checkIndex(0, 1).data(OverviewModel::FailureClassRole).toInt(), int(FailureClass::None));
}

void TestOverviewModel::gatewayOutageExplainsVendorFailures()
{
    // gateway "edge" first; shopify's traffic crosses it (a route), and so does klaviyo's (checked
    // through the gateway's host and port); slack's does not.
    Catalog catalog = makeCatalog({{u"gateway"_s, u"edge"_s, {u"health"_s}},
                                   {u"shopify"_s, u"Shopify"_s, {u"shop"_s, u"orders"_s}},
                                   {u"slack"_s, u"Slack"_s, {u"auth"_s}},
                                   {u"klaviyo"_s, u"Klaviyo"_s, {u"lists"_s}}});
    catalog.gateway = GatewaySpec{};
    catalog.gateway->name = u"edge"_s;
    catalog.gateway->healthUrl = u"https://GW.internal/health"_s;
    catalog.gateway->routes.insert(u"shopify"_s, {u"shopify-admin"_s, {}});
    catalog.integrations[3].checks[0].url = u"https://gw.internal:443/klaviyo/api/lists"_s;
    QVERIFY(catalog.behindGateway(u"shopify"_s));
    QVERIFY(catalog.behindGateway(u"klaviyo"_s));
    QVERIFY(!catalog.behindGateway(u"slack"_s));
    QVERIFY(!catalog.behindGateway(u"gateway"_s));
    m_model->setCatalog(catalog);
    const auto consequence = [this](int row) {
        return m_model->index(row, OverviewModel::StatusColumn).data(OverviewModel::ConsequenceRole).toBool();
    };

    // Vendors failing while the gateway is up are vendor failures.
    m_model->applyUpdates({update(u"gateway"_s, u"health"_s, HealthStatus::Up),
                           update(u"shopify"_s, u"shop"_s, HealthStatus::Down, u"HTTP 502"_s),
                           update(u"shopify"_s, u"orders"_s, HealthStatus::Up),
                           update(u"slack"_s, u"auth"_s, HealthStatus::Down, u"HTTP 500"_s)});
    QVERIFY(!consequence(1));
    QCOMPARE(m_model->index(1, OverviewModel::StatusColumn).data().toString(), u"Down"_s);
    QCOMPARE(m_model->consequenceCount(), 0);

    // The gateway goes down: shopify's failure is shown as its consequence, row and failing check
    // alike (the healthy check is not); slack's is not behind the gateway and stays a vendor failure.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->applyUpdates({update(u"gateway"_s, u"health"_s, HealthStatus::Down, u"connection refused"_s)});
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                        [](const QList<QVariant> &args) { return args.at(0).toModelIndex().row() == 1; }));
    QVERIFY(consequence(1));
    QVERIFY(checkIndex(1, 0).data(OverviewModel::ConsequenceRole).toBool());
    QVERIFY(!checkIndex(1, 1).data(OverviewModel::ConsequenceRole).toBool());
    QVERIFY(!consequence(2));
    QVERIFY(!consequence(0));
    QCOMPARE(m_model->consequenceCount(), 1);
    QCOMPARE(m_model->index(1, OverviewModel::StatusColumn).data().toString(), u"Down (gateway)"_s);
    QCOMPARE(m_model->index(1, OverviewModel::StatusColumn).data(OverviewModel::StatusRole).toInt(),
             int(HealthStatus::Down));
    QCOMPARE(m_model->index(1, OverviewModel::ReasonColumn).data().toString(),
             u"Probably a consequence: the gateway edge is down (HTTP 502)"_s);
    QCOMPARE(m_model->index(2, OverviewModel::ReasonColumn).data().toString(), u"auth: HTTP 500"_s);
    QVERIFY(!consequence(3)); // klaviyo has no result yet: unknown, but nothing failed

    // The gateway recovers: the rows behind it change back.
    changed.clear();
    m_model->applyUpdates({update(u"gateway"_s, u"health"_s, HealthStatus::Up)});
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                        [](const QList<QVariant> &args) { return args.at(0).toModelIndex().row() == 1; }));
    QVERIFY(!consequence(1));
    QCOMPARE(m_model->index(1, OverviewModel::ReasonColumn).data().toString(), u"shop: HTTP 502"_s);
}

namespace {

// shopify's vendor reads a status page whose "Admin API" component stands for it; slack's vendor
// has no status page.
Catalog vendorCatalog()
{
    Catalog catalog = standardCatalog();
    VendorSpec shopify;
    shopify.id = u"shopify-inc"_s;
    shopify.name = u"Shopify"_s;
    shopify.integrations = {u"shopify"_s};
    shopify.statusPage = u"https://status.example/api/v2/summary.json"_s;
    shopify.statusComponents = {{u"Admin API"_s, u"shopify"_s}};
    VendorSpec slack;
    slack.id = u"slack"_s;
    slack.integrations = {u"slack"_s};
    catalog.vendors = {shopify, slack};
    return catalog;
}

StatusPage page(StatusIndicator indicator, ComponentStatus admin, bool withIncident)
{
    StatusPage result;
    result.indicator = indicator;
    result.description = u"Partial System Outage"_s;
    result.components = {{u"c1"_s, u"Admin API"_s, admin, {}, false},
                         {u"c2"_s, u"Storefront"_s, ComponentStatus::Operational, {}, false}};
    if (withIncident) {
        StatusIncident incident;
        incident.name = u"Elevated errors"_s;
        incident.status = u"investigating"_s;
        incident.components = {u"Admin API"_s};
        incident.updates = {{u"investigating"_s, u"We are looking into it."_s, 0}};
        incident.shortlink = u"https://stspg.io/x"_s;
        result.incidents = {incident};
    }
    return result;
}

} // namespace


void TestOverviewModel::vendorStatusBesideMeasured_data()
{
    QTest::addColumn<std::optional<StatusPage>>("statusPage");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("tooltip");

    using P = VendorStatusReading::Problem;
    QTest::newRow("operational") << std::optional(page(StatusIndicator::None, ComponentStatus::Operational, false))
                                 << int(P::None) << u"Operational"_s << int(HealthStatus::Up)
                                 << u"Shopify's status page at"_s;
    QTest::newRow("its component down, with an incident")
        << std::optional(page(StatusIndicator::Major, ComponentStatus::MajorOutage, true)) << int(P::None)
        << u"Major outage · incident"_s << int(HealthStatus::Down) << u"Incident: Elevated errors (investigating)"_s;
    QTest::newRow("an incident on an operational component")
        << std::optional(page(StatusIndicator::Minor, ComponentStatus::Operational, true)) << int(P::None)
        << u"Operational · incident"_s << int(HealthStatus::Degraded) << u"We are looking into it."_s;
    QTest::newRow("maintenance") << std::optional(page(StatusIndicator::Maintenance, ComponentStatus::UnderMaintenance, false))
                                 << int(P::None) << u"Under maintenance"_s << int(HealthStatus::Paused) << QString();
    QTest::newRow("unreachable page") << std::optional<StatusPage>() << int(P::Unreachable) << u"Page unreachable"_s
                                      << int(HealthStatus::Unknown) << u"This says nothing about Shopify itself."_s;
    QTest::newRow("unreadable page") << std::optional<StatusPage>() << int(P::BadAnswer) << u"Page unreadable"_s
                                     << int(HealthStatus::Unknown) << u"could not be read"_s;
}

void TestOverviewModel::vendorStatusBesideMeasured()
{
    QFETCH(std::optional<StatusPage>, statusPage);
    QFETCH(int, problem);
    QFETCH(QString, text);
    QFETCH(int, health);
    QFETCH(QString, tooltip);

    m_model->setCatalog(vendorCatalog());
    QVERIFY(m_model->hasVendorPages());
    const QModelIndex shopify = m_model->index(0, OverviewModel::VendorColumn);
    QCOMPARE(shopify.data().toString(), QString()); // not read yet
    QVERIFY(shopify.data(Qt::ToolTipRole).toString().contains(u"not been read yet"_s));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    VendorStatusReading reading;
    reading.vendorId = u"shopify-inc"_s;
    reading.atMs = baseTime.toMSecsSinceEpoch();
    reading.page = statusPage;
    reading.problem = VendorStatusReading::Problem(problem);
    reading.error = statusPage ? QString() : u"the status page cannot be reached: Connection refused"_s;
    m_model->setVendorStatus(reading);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), shopify);

    QCOMPARE(shopify.data().toString(), text);
    QCOMPARE(shopify.data(OverviewModel::VendorStatusRole).toInt(), health);
    QVERIFY2(shopify.data(Qt::ToolTipRole).toString().contains(tooltip), qPrintable(shopify.data(Qt::ToolTipRole).toString()));
    // The measured status is untouched by what the vendor says.
    QCOMPARE(m_model->index(0, OverviewModel::StatusColumn).data(OverviewModel::StatusRole).toInt(),
             int(HealthStatus::Unknown));
    // Slack's vendor has no status page: nothing to say.
    QCOMPARE(m_model->index(1, OverviewModel::VendorColumn).data().toString(), QString());
    QCOMPARE(m_model->index(1, OverviewModel::VendorColumn).data(Qt::ToolTipRole), QVariant());
}

void TestOverviewModel::vendorStatusForgotten()
{
    m_model->setCatalog(standardCatalog());
    QVERIFY(!m_model->hasVendorPages());
    m_model->setCatalog(vendorCatalog());
    VendorStatusReading reading;
    reading.vendorId = u"shopify-inc"_s;
    reading.page = page(StatusIndicator::None, ComponentStatus::Operational, false);
    m_model->setVendorStatus(reading);
    QCOMPARE(m_model->index(0, OverviewModel::VendorColumn).data().toString(), u"Operational"_s);
    m_model->forgetVendorStatus(u"shopify-inc"_s);
    QCOMPARE(m_model->index(0, OverviewModel::VendorColumn).data().toString(), QString());
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestOverviewModel)
#include "tst_overviewmodel.moc"
