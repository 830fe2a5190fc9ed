#include "gatewayroutesmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

RouteTotals route(const QString &service, std::optional<QString> routeName, double requests, double errors5xx = 0,
                  double errors4xx = 0, double rateLimited = 0, HistogramBuckets latency = {})
{
    RouteTotals totals;
    totals.service = service;
    totals.route = std::move(routeName);
    totals.requests = requests;
    totals.errors5xx = errors5xx;
    totals.errors4xx = errors4xx;
    totals.rateLimited = rateLimited;
    totals.latency = std::move(latency);
    return totals;
}

GatewayScrape scrapeAt(qint64 seconds, QList<RouteTotals> routes)
{
    GatewayScrape scrape;
    scrape.flavor = GatewayFlavor::Kong;
    scrape.atMs = seconds * 1000;
    scrape.routes = std::move(routes);
    return scrape;
}

// Two scrapes ten seconds apart; see rowTexts_data() for what they work out to.
QList<GatewayScrape> tenSeconds()
{
    return {
        scrapeAt(0, {route(u"inventory"_s, std::nullopt, 0), route(u"orders"_s, std::nullopt, 40),
                     route(u"orders"_s, u"create"_s, 1000, 10, 40, 20, {{100, 100}, {250, 300}, {inf, 400}}),
                     route(u"payments"_s, u"charge"_s, 200), route(u"search"_s, u"query"_s, 10000)}),
        scrapeAt(10, {route(u"inventory"_s, std::nullopt, 12345), route(u"orders"_s, std::nullopt, 40),
                      route(u"orders"_s, u"create"_s, 1500, 35, 60, 25, {{100, 300}, {250, 750}, {inf, 900}}),
                      route(u"payments"_s, u"charge"_s, 230, 1), route(u"search"_s, u"query"_s, 12500, 0, 1)}),
    };
}

QStringList textsOfRow(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < GatewayRoutesModel::TrendColumn; ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

QStringList routeNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        names.append(GatewayRoutesModel::routeName(index.data(GatewayRoutesModel::ServiceRole).toString(),
                                                   index.data(GatewayRoutesModel::RouteRole).isValid() ? std::optional(
                                                       index.data(GatewayRoutesModel::RouteRole).toString())
                                                                                                       : std::nullopt));
    }
    return names;
}

} // namespace

class TestGatewayRoutesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowTexts_data();
    void rowTexts();
    void numberFormats_data();
    void numberFormats();
    void firstScrapeHasNoRate();
    void integrations();
    void rawValuesSort_data();
    void rawValuesSort();
    void severityThresholds_data();
    void severityThresholds();
    void upstreamStates_data();
    void upstreamStates();
    void sameRoutesOnlyChangeData();
    void routesComeAndGo();
    void sparklineFollowsTheTrend();
    void toolTipsExplain();
    void emptyTrackerHasNoRows();

private:
    std::unique_ptr<GatewayRoutesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGatewayRoutesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGatewayRoutesModel::init()
{
    m_model = std::make_unique<GatewayRoutesModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestGatewayRoutesModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestGatewayRoutesModel::rowTexts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<GatewayRoutesModel::Severity>("severity");

    // Sorted by service, then route (none first).
    QTest::newRow("0 → 12,345 requests in 10 s: 1,234.5/s, rounded; no errors")
        << 0
        << QStringList{u"inventory"_s, u"—"_s, u""_s, u"1,235/s"_s, u"0%"_s, u"0%"_s, u"0%"_s, u"—"_s, u"—"_s, u"—"_s}
        << GatewayRoutesModel::Severity::Healthy;
    QTest::newRow("no requests in the interval: a rate of 0, no ratios")
        << 1 << QStringList{u"orders"_s, u"—"_s, u""_s, u"0/s"_s, u"—"_s, u"—"_s, u"—"_s, u"—"_s, u"—"_s, u"—"_s}
        << GatewayRoutesModel::Severity::Healthy;
    // 500 requests (50/s): 25 5xx = 5%, 20 4xx = 4%, 5 429 = 1%. Latency buckets grew by 200 ≤ 100 ms,
    // 450 ≤ 250 ms, 500 in all: the median (rank 250) is 50 of 250 into (100, 250]: 130 ms; p95 and
    // p99 fall into +Inf, which reads as the highest finite bound, 250 ms.
    QTest::newRow("orders · create: critical at exactly 5% 5xx")
        << 2 << QStringList{u"orders"_s, u"create"_s, u""_s,       u"50/s"_s,   u"5.0%"_s,
                            u"4.0%"_s,   u"1.0%"_s,   u"130 ms"_s, u"250 ms"_s, u"250 ms"_s}
        << GatewayRoutesModel::Severity::Critical;
    // 30 requests (3/s), one 5xx: 3.33%.
    QTest::newRow("payments · charge: a warning at 3.3%")
        << 3 << QStringList{u"payments"_s, u"charge"_s, u""_s,  u"3.0/s"_s, u"3.3%"_s,
                            u"0%"_s,       u"0%"_s,     u"—"_s, u"—"_s,     u"—"_s}
        << GatewayRoutesModel::Severity::Warning;
    // 2,500 requests (250/s), one 4xx: 0.04%.
    QTest::newRow("search · query: small ratios keep two decimals")
        << 4
        << QStringList{u"search"_s, u"query"_s, u""_s, u"250/s"_s, u"0%"_s, u"0.04%"_s, u"0%"_s, u"—"_s, u"—"_s, u"—"_s}
        << GatewayRoutesModel::Severity::Healthy;
}

void TestGatewayRoutesModel::rowTexts()
{
    QFETCH(int, row);
    QFETCH(QStringList, texts);
    QFETCH(GatewayRoutesModel::Severity, severity);

    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    m_model->update(tracker, {});

    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(textsOfRow(*m_model, row), texts);
    QCOMPARE(m_model->severity(row), severity);
    QCOMPARE(m_model->index(row, GatewayRoutesModel::RateColumn).data(GatewayRoutesModel::StatusRole).toInt(),
             static_cast<int>(severity));
    QCOMPARE(m_model->headerData(GatewayRoutesModel::ServerErrorColumn, Qt::Horizontal).toString(), u"5xx"_s);
}

void TestGatewayRoutesModel::numberFormats_data()
{
    QTest::addColumn<double>("requests");
    QTest::addColumn<double>("errors5xx");
    QTest::addColumn<double>("latencyBound"); // every request at most this many ms: the median is half of it
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<QString>("median");

    // Ten seconds between the scrapes.
    QTest::newRow("slow route, sub-millisecond median") << 3.0 << 0.0 << 1.0 << u"0.30/s"_s << u"0%"_s << u"0.5 ms"_s;
    QTest::newRow("a tiny share") << 1'000'000.0 << 4.0 << 30.0 << u"100,000/s"_s << u"<0.01%"_s << u"15 ms"_s;
    QTest::newRow("a large share, rounded") << 100.0 << 42.0 << 2500.0 << u"10/s"_s << u"42%"_s << u"1,250 ms"_s;
    QTest::newRow("everything failed, slowly") << 10.0 << 10.0 << 30000.0 << u"1.0/s"_s << u"100%"_s << u"15.0 s"_s;
}

void TestGatewayRoutesModel::numberFormats()
{
    QFETCH(double, requests);
    QFETCH(double, errors5xx);
    QFETCH(double, latencyBound);
    QFETCH(QString, rate);
    QFETCH(QString, ratio);
    QFETCH(QString, median);

    GatewayTracker tracker;
    tracker.observe(scrapeAt(0, {route(u"api"_s, std::nullopt, 0, 0, 0, 0, {{latencyBound, 0}, {inf, 0}})}));
    tracker.observe(scrapeAt(
        10, {route(u"api"_s, std::nullopt, requests, errors5xx, 0, 0, {{latencyBound, requests}, {inf, requests}})}));
    m_model->update(tracker, {});
    QCOMPARE(m_model->index(0, GatewayRoutesModel::RateColumn).data().toString(), rate);
    QCOMPARE(m_model->index(0, GatewayRoutesModel::ServerErrorColumn).data().toString(), ratio);
    QCOMPARE(m_model->index(0, GatewayRoutesModel::P50Column).data().toString(), median);
}

void TestGatewayRoutesModel::firstScrapeHasNoRate()
{
    GatewayTracker tracker;
    tracker.observe(tenSeconds().constFirst());
    m_model->update(tracker, {});

    // orders · create since its counters started: 10 of 1,000 5xx = 1%, a warning; the median (rank
    // 200) is 100 of 200 into (100, 250]: 175 ms.
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(textsOfRow(*m_model, 2), (QStringList{u"orders"_s, u"create"_s, u""_s, u"—"_s, u"1.0%"_s, u"4.0%"_s,
                                                   u"2.0%"_s, u"175 ms"_s, u"250 ms"_s, u"250 ms"_s}));
    QCOMPARE(m_model->severity(2), GatewayRoutesModel::Severity::Warning);
    QCOMPARE(m_model->index(2, GatewayRoutesModel::RateColumn).data(Qt::ToolTipRole).toString(),
             u"Known after the second scrape"_s);
    QCOMPARE(m_model->index(2, GatewayRoutesModel::ServerErrorColumn).data(Qt::ToolTipRole).toString(),
             u"5xx over all requests since the gateway's counters started"_s);
    QVERIFY(!m_model->index(2, GatewayRoutesModel::TrendColumn).data(GatewayRoutesModel::SparklineRole).isValid());
}

void TestGatewayRoutesModel::integrations()
{
    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    // A whole service, and one route of another; the rest are unmapped.
    m_model->update(tracker, [](const QString &service, const std::optional<QString> &route) {
        if (service == u"orders")
            return u"Shopify"_s;
        if (service == u"payments" && route == u"charge"_s)
            return u"Stripe"_s;
        return QString();
    });
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->index(row, GatewayRoutesModel::IntegrationColumn).data().toString());
    QCOMPARE(shown, (QStringList{u""_s, u"Shopify"_s, u"Shopify"_s, u"Stripe"_s, u""_s}));
    QCOMPARE(m_model->index(0, GatewayRoutesModel::IntegrationColumn).data(Qt::ToolTipRole).toString(),
             u"No integration is mapped to this route (routes in the gateway section of the configuration)"_s);

    // The mapping changes with the configuration; the next update follows it.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->update(tracker, {});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 3);
    QCOMPARE(m_model->index(1, GatewayRoutesModel::IntegrationColumn).data().toString(), QString());
}

void TestGatewayRoutesModel::rawValuesSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariantList>("raw");

    QTest::newRow("service") << int(GatewayRoutesModel::ServiceColumn)
                             << QVariantList{u"inventory"_s, u"orders"_s, u"orders"_s, u"payments"_s, u"search"_s};
    QTest::newRow("route: none is empty")
        << int(GatewayRoutesModel::RouteColumn) << QVariantList{u""_s, u""_s, u"create"_s, u"charge"_s, u"query"_s};
    QTest::newRow("rate") << int(GatewayRoutesModel::RateColumn) << QVariantList{1234.5, 0.0, 50.0, 3.0, 250.0};
    QTest::newRow("5xx: unknown below every ratio")
        << int(GatewayRoutesModel::ServerErrorColumn) << QVariantList{0.0, -1.0, 0.05, 1.0 / 30.0, 0.0};
    QTest::newRow("p50: unknown below every latency")
        << int(GatewayRoutesModel::P50Column) << QVariantList{-1.0, -1.0, 130.0, -1.0, -1.0};
    QTest::newRow("trend: the latest rate")
        << int(GatewayRoutesModel::TrendColumn) << QVariantList{1234.5, 0.0, 50.0, 3.0, 250.0};
}

void TestGatewayRoutesModel::rawValuesSort()
{
    QFETCH(int, column);
    QFETCH(QVariantList, raw);

    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    m_model->update(tracker, {});
    QCOMPARE(m_model->rowCount(), raw.size());
    for (int row = 0; row < raw.size(); ++row) {
        const QVariant actual = m_model->index(row, column).data(GatewayRoutesModel::RawValueRole);
        if (raw.at(row).typeId() == QMetaType::Double)
            QVERIFY2(qFuzzyCompare(actual.toDouble() + 2, raw.at(row).toDouble() + 2),
                     qPrintable(u"row %1: %2"_s.arg(row).arg(actual.toDouble())));
        else
            QCOMPARE(actual, raw.at(row));
    }
}

void TestGatewayRoutesModel::severityThresholds_data()
{
    QTest::addColumn<std::optional<double>>("ratio");
    QTest::addColumn<GatewayRoutesModel::Severity>("severity");

    QTest::newRow("no requests") << std::optional<double>() << GatewayRoutesModel::Severity::Healthy;
    QTest::newRow("none failed") << std::optional<double>(0.0) << GatewayRoutesModel::Severity::Healthy;
    QTest::newRow("just below 1%") << std::optional<double>(0.0099) << GatewayRoutesModel::Severity::Healthy;
    QTest::newRow("1%") << std::optional<double>(0.01) << GatewayRoutesModel::Severity::Warning;
    QTest::newRow("just below 5%") << std::optional<double>(0.0499) << GatewayRoutesModel::Severity::Warning;
    QTest::newRow("5%") << std::optional<double>(0.05) << GatewayRoutesModel::Severity::Critical;
    QTest::newRow("all") << std::optional<double>(1.0) << GatewayRoutesModel::Severity::Critical;
}

void TestGatewayRoutesModel::severityThresholds()
{
    QFETCH(std::optional<double>, ratio);
    QFETCH(GatewayRoutesModel::Severity, severity);
    QCOMPARE(GatewayRoutesModel::severityOf(ratio), severity);
}

void TestGatewayRoutesModel::upstreamStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<GatewayRoutesModel::Severity>("severity");
    QTest::addColumn<QString>("text");

    QTest::newRow("healthy") << u"healthy"_s << GatewayRoutesModel::Severity::Healthy << u"healthy"_s;
    QTest::newRow("unhealthy") << u"unhealthy"_s << GatewayRoutesModel::Severity::Critical << u"unhealthy"_s;
    QTest::newRow("dns_error") << u"dns_error"_s << GatewayRoutesModel::Severity::Critical << u"DNS error"_s;
    QTest::newRow("healthchecks_off") << u"healthchecks_off"_s << GatewayRoutesModel::Severity::Warning
                                      << u"health checks off"_s;
    QTest::newRow("a state Gatewatch does not know")
        << u"draining"_s << GatewayRoutesModel::Severity::Warning << u"draining"_s;
}

void TestGatewayRoutesModel::upstreamStates()
{
    QFETCH(QString, state);
    QFETCH(GatewayRoutesModel::Severity, severity);
    QFETCH(QString, text);
    QCOMPARE(GatewayRoutesModel::severityOf(UpstreamTarget{u"orders-upstream"_s, u"10.0.0.1:8080"_s, state}), severity);
    QCOMPARE(GatewayRoutesModel::stateText(state), text);
}

void TestGatewayRoutesModel::sameRoutesOnlyChangeData()
{
    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    m_model->update(tracker, {});
    const QPersistentModelIndex payments = m_model->index(3, GatewayRoutesModel::RateColumn);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // Ten seconds later only payments · charge moved: 30 more requests, none failed.
    GatewayScrape third = tenSeconds().constLast();
    third.atMs = 20'000;
    third.routes[0].requests = 12345;
    third.routes[3].requests = 260;
    third.routes[4].requests = 12500;
    tracker.observe(third);
    m_model->update(tracker, {});

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QVERIFY(changed.count() >= 1);
    QVERIFY(payments.isValid());
    QCOMPARE(payments.row(), 3);
    QCOMPARE(payments.data().toString(), u"3.0/s"_s);
    QCOMPARE(m_model->index(3, GatewayRoutesModel::ServerErrorColumn).data().toString(), u"0%"_s);

    // The very same reading again: nothing to tell.
    changed.clear();
    m_model->update(tracker, {});
    QCOMPARE(changed.count(), 0);
}

void TestGatewayRoutesModel::routesComeAndGo()
{
    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    m_model->update(tracker, {});
    const QPersistentModelIndex payments = m_model->index(3, 0);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // search · query and inventory leave the page; billing and a new orders route arrive.
    GatewayScrape third = tenSeconds().constLast();
    third.atMs = 20'000;
    third.routes.removeAt(4);
    third.routes.removeAt(0);
    third.routes.prepend(route(u"billing"_s, std::nullopt, 10));
    third.routes.insert(3, route(u"orders"_s, u"list"_s, 10));
    tracker.observe(third);
    m_model->update(tracker, {});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(routeNames(*m_model), (QStringList{u"billing"_s, u"orders"_s, u"orders · create"_s, u"orders · list"_s,
                                                u"payments · charge"_s}));
    // Removed from the bottom up, then inserted from the top down.
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 4);
    QCOMPARE(removed.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(payments.row(), 4);
    QCOMPARE(payments.data().toString(), u"payments"_s);

    // Everything gone: no rows, still no reset.
    GatewayScrape empty = scrapeAt(30, {});
    tracker.observe(empty);
    m_model->update(tracker, {});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!payments.isValid());
}

void TestGatewayRoutesModel::sparklineFollowsTheTrend()
{
    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    GatewayScrape third = tenSeconds().constLast();
    third.atMs = 20'000;
    third.routes[2].requests = 1700; // orders · create: 20/s after 50/s
    tracker.observe(third);
    m_model->update(tracker, {});

    const QList<QPointF> points = m_model->index(2, GatewayRoutesModel::TrendColumn)
                                      .data(GatewayRoutesModel::SparklineRole)
                                      .value<QList<QPointF>>();
    QCOMPARE(points, (QList<QPointF>{{10'000, 50}, {20'000, 20}}));
    QVERIFY(!m_model->index(2, GatewayRoutesModel::RateColumn).data(GatewayRoutesModel::SparklineRole).isValid());
    QCOMPARE(m_model->index(2, GatewayRoutesModel::TrendColumn).data(Qt::ToolTipRole).toString(),
             u"Requests per second over the last 1 min: 20/s to 50/s, latest 20/s"_s);
    QCOMPARE(m_model->index(2, GatewayRoutesModel::TrendColumn).data().toString(), QString());
}

void TestGatewayRoutesModel::toolTipsExplain()
{
    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    m_model->update(tracker, {});
    const auto tip = [this](int row, int column) {
        return m_model->index(row, column).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(tip(2, GatewayRoutesModel::ServerErrorColumn), u"5xx over all requests between the last two scrapes"_s);
    QCOMPARE(tip(2, GatewayRoutesModel::ClientErrorColumn),
             u"4xx (429 included) over all requests between the last two scrapes"_s);
    QCOMPARE(tip(2, GatewayRoutesModel::RateLimitedColumn),
             u"429 (rate limited) over all requests between the last two scrapes"_s);
    QCOMPARE(tip(2, GatewayRoutesModel::P95Column),
             u"95th percentile of the latency between the last two scrapes, from the gateway's histogram"_s);
    QCOMPARE(tip(1, GatewayRoutesModel::ServerErrorColumn), u"No requests to judge"_s);
    QCOMPARE(tip(1, GatewayRoutesModel::P50Column), u"No latency histogram for this route, or no requests"_s);
    QCOMPARE(tip(2, GatewayRoutesModel::RouteColumn), u"Route create of service orders"_s);
    QCOMPARE(m_model->headerData(GatewayRoutesModel::ServerErrorColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"Share of requests answered with 5xx. A route needs attention from 1% and is critical from 5%."_s);
}

void TestGatewayRoutesModel::emptyTrackerHasNoRows()
{
    m_model->update(GatewayTracker(), {});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(GatewayRoutesModel::ColumnCount));
    QCOMPARE(m_model->problemCount(), 0);

    GatewayTracker tracker;
    for (const GatewayScrape &scrape : tenSeconds())
        tracker.observe(scrape);
    m_model->update(tracker, {});
    QCOMPARE(m_model->problemCount(), 2);
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestGatewayRoutesModel)
#include "tst_gatewayroutesmodel.moc"
