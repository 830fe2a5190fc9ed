#include "banner.h"
#include "gatewaypage.h"
#include "overviewmodel.h"
#include "statuspalette.h"
#include "timechartview.h"
#include "timeformat.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const qint64 baseMs = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 intervalMs = 15'000;

struct RouteSpec
{
    QString service;
    std::optional<QString> route;
    double perScrape; // requests every 15 s
    double errors5xxPerScrape = 0;
};

// Seven routes, the busiest first: ga4 · collect 200/s, shop · orders 100/s, auth · token 80/s,
// klaviyo · events 60/s, shop · products 40/s, stripe · charges 20/s and slack (no route) 2/s.
QList<RouteSpec> routeSpecs(bool slackFailing)
{
    return {
        {u"auth"_s, u"token"_s, 1200},
        {u"ga4"_s, u"collect"_s, 3000},
        {u"klaviyo"_s, u"events"_s, 900},
        {u"shop"_s, u"orders"_s, 1500},
        {u"shop"_s, u"products"_s, 600},
        {u"slack"_s, std::nullopt, 30, slackFailing ? 3.0 : 0.0}, // about 9% when failing
        {u"stripe"_s, u"charges"_s, 300},
    };
}

// `scrapes` scrapes 15 s apart, the last at baseMs + (scrapes - 1) * 15 s.
GatewayTracker trackerWith(int scrapes, bool slackFailing = false)
{
    GatewayTracker tracker;
    const QList<RouteSpec> specs = routeSpecs(slackFailing);
    for (int s = 0; s < scrapes; ++s) {
        GatewayScrape scrape;
        scrape.flavor = GatewayFlavor::Kong;
        scrape.atMs = baseMs + s * intervalMs;
        for (const RouteSpec &spec : specs) {
            RouteTotals totals;
            totals.service = spec.service;
            totals.route = spec.route;
            // A little more every scrape, so the points of a line differ: perScrape + 2s - 1 in the
            // interval that ends with scrape s.
            totals.requests = spec.perScrape * s + s * s;
            totals.errors5xx = spec.errors5xxPerScrape * s;
            scrape.routes.append(totals);
        }
        scrape.upstreams = {
            {u"auth-upstream"_s, u"auth.internal:443"_s, u"dns_error"_s},
            {u"shop-upstream"_s, u"10.0.0.1:8000"_s, u"healthy"_s},
            {u"shop-upstream"_s, u"10.0.0.2:8000"_s, u"unhealthy"_s},
            {u"slack-upstream"_s, u"slack.com:443"_s, u"healthchecks_off"_s},
        };
        scrape.datastoreReachable = true;
        tracker.observe(scrape);
    }
    return tracker;
}

PageDiagnostics diagnostics(qint64 atMs)
{
    PageDiagnostics result;
    result.atMs = atMs;
    result.flavor = GatewayFlavor::Kong;
    result.flavorRecognised = true;
    result.series = 1284;
    result.parseMs = 2.5;
    return result;
}

GatewaySpec spec()
{
    GatewaySpec result;
    result.name = u"edge"_s;
    result.metricsUrl = u"https://gw.internal/metrics"_s;
    return result;
}

QString integrationFor(const QString &service, const std::optional<QString> &)
{
    return service == u"shop" ? u"Shopify"_s : QString();
}

QTableView *table(const GatewayPage &page)
{
    return page.findChild<QTableView *>(u"gatewayRoutesTable"_s);
}

TimeChartView *chart(const GatewayPage &page, const QString &name)
{
    return page.findChild<TimeChartView *>(name);
}

QStringList seriesNames(const TimeChartView *view)
{
    QStringList names;
    for (const QAbstractSeries *series : view->chart()->series())
        names.append(series->name());
    return names;
}

QString labelText(const GatewayPage &page, const QString &name)
{
    return page.findChild<QLabel *>(name)->text();
}

// The proxy row showing a route.
int rowOf(const QTableView *view, const QString &service, const std::optional<QString> &route)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QVariant r = index.data(GatewayRoutesModel::RouteRole);
        if (index.data(GatewayRoutesModel::ServiceRole).toString() == service
            && (r.isValid() ? std::optional(r.toString()) : std::nullopt) == route)
            return row;
    }
    return -1;
}

} // namespace

class TestGatewayPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStates_data();
    void emptyStates();
    void showsAReading();
    void sortedByRateDescending();
    void rowsStayAcrossReadings();
    void doubleClickAsksForFailedCalls_data();
    void doubleClickAsksForFailedCalls();
    void contextActionAsksForTheSelectedRoute();
    void chartsShowTheBusiestRoutes();
    void troubledAndSelectedRoutesAreCharted();
    void clickingAPointAsksForItsWindow();
    void diagnosticsWarning_data();
    void diagnosticsWarning();
    void summaryCountsProblems();
    void anotherGatewayForgetsTheReading();
    void staleScrapeIsCalledOut();
    void followsThePalette();

private:
    std::unique_ptr<GatewayPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGatewayPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestGatewayPage::init()
{
    m_page = std::make_unique<GatewayPage>();
    m_page->resize(1400, 900);
    m_tester = std::make_unique<QAbstractItemModelTester>(table(*m_page)->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestGatewayPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
}

void TestGatewayPage::emptyStates_data()
{
    QTest::addColumn<std::optional<GatewaySpec>>("gateway");
    QTest::addColumn<QString>("error"); // of a page read before any scrape; empty: none read
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("problem");

    GatewaySpec withoutMetrics = spec();
    withoutMetrics.metricsUrl.clear();
    QTest::newRow("no gateway") << std::optional<GatewaySpec>() << QString() << u"gatewayEmptyState"_s
                                << u"No gateway configured"_s << QString();
    QTest::newRow("a gateway, no page yet") << std::optional(spec()) << QString() << u"gatewayWaiting"_s
                                            << u"Waiting for the first metrics page…"_s << QString();
    QTest::newRow("a gateway without a metrics page")
        << std::optional(withoutMetrics) << QString() << u"gatewayWaiting"_s << u"No metrics page configured"_s
        << QString();
    QTest::newRow("the first page could not be read")
        << std::optional(spec()) << u"not Prometheus text"_s << u"gatewayWaiting"_s
        << u"Waiting for the first metrics page…"_s << u"The last page could not be read: not Prometheus text"_s;
}

void TestGatewayPage::emptyStates()
{
    QFETCH(std::optional<GatewaySpec>, gateway);
    QFETCH(QString, error);
    QFETCH(QString, shown);
    QFETCH(QString, title);
    QFETCH(QString, problem);

    m_page->show();
    m_page->setGateway(gateway);
    if (!error.isEmpty()) {
        PageDiagnostics failed;
        failed.atMs = baseMs;
        failed.error = error;
        m_page->showReading(GatewayTracker(), failed, HealthStatus::Up, integrationFor);
    }
    auto *page = m_page->findChild<QWidget *>(shown);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(labelText(*m_page, shown + u"Title"_s), title);
    QVERIFY(!table(*m_page)->isVisible());
    auto *problemLabel = m_page->findChild<QLabel *>(u"gatewayWaitingProblem"_s);
    QCOMPARE(problemLabel->isVisible(), !problem.isEmpty());
    if (!problem.isEmpty())
        QCOMPARE(problemLabel->text(), problem);
}

void TestGatewayPage::showsAReading()
{
    m_page->setGateway(spec());
    m_page->setNow(QDateTime::fromMSecsSinceEpoch(baseMs + 2 * intervalMs + 5'000, Qt::UTC));
    m_page->show();
    const GatewayTracker tracker = trackerWith(3);
    m_page->showReading(tracker, diagnostics(baseMs + 2 * intervalMs), HealthStatus::Up, integrationFor);

    QTRY_VERIFY(table(*m_page)->isVisible());
    QCOMPARE(labelText(*m_page, u"gatewayName"_s), u"edge"_s);
    QVERIFY(labelText(*m_page, u"gatewayStatus"_s).endsWith(u"&nbsp;Up"_s));
    const QString details = labelText(*m_page, u"gatewayDetails"_s);
    for (const QString &part : {u"Kong, recognised from its metric names"_s,
                                u"last scrape %1 (5 s ago)"_s.arg(formatInstant(baseMs + 2 * intervalMs, 0)),
                                u"1,284 series"_s, u"7 routes"_s})
        QVERIFY2(details.contains(part), qPrintable(details));
    QVERIFY(!m_page->findChild<Banner *>(u"gatewayWarning"_s)->isVisible());

    // shop · orders: 1,500 + 3 requests in the last 15 s = 100.2/s, rounded.
    const QTableView *view = table(*m_page);
    QCOMPARE(view->model()->rowCount(), 7);
    const int orders = rowOf(view, u"shop"_s, u"orders"_s);
    QStringList texts;
    for (int column = 0; column <= GatewayRoutesModel::ServerErrorColumn; ++column)
        texts.append(view->model()->index(orders, column).data().toString());
    QCOMPARE(texts, (QStringList{u"shop"_s, u"orders"_s, u"Shopify"_s, u"100/s"_s, u"0%"_s}));
    QCOMPARE(view->model()->index(rowOf(view, u"slack"_s, std::nullopt), GatewayRoutesModel::RouteColumn).data(),
             QVariant(u"—"_s));

    // Upstream targets: trouble first, in words, with a datastore line for Kong.
    auto *upstreams = m_page->findChild<QTableWidget *>(u"gatewayUpstreams"_s);
    QVERIFY(upstreams->isVisible());
    QCOMPARE(upstreams->rowCount(), 4);
    QStringList rows;
    for (int row = 0; row < upstreams->rowCount(); ++row)
        rows.append(upstreams->item(row, 0)->text() + u' ' + upstreams->item(row, 1)->text() + u' '
                    + upstreams->item(row, 2)->text());
    QCOMPARE(rows, (QStringList{
                       u"auth-upstream auth.internal:443 DNS error"_s, u"shop-upstream 10.0.0.2:8000 unhealthy"_s,
                       u"slack-upstream slack.com:443 health checks off"_s, u"shop-upstream 10.0.0.1:8000 healthy"_s}));
    QCOMPARE(upstreams->item(0, 2)->data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Down));
    QCOMPARE(upstreams->item(2, 2)->data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Degraded));
    QCOMPARE(upstreams->item(3, 2)->data(OverviewModel::StatusRole).toInt(), int(HealthStatus::Up));
    QCOMPARE(labelText(*m_page, u"gatewayUpstreamsCaption"_s), u"Upstream targets: 1 of 4 healthy"_s);
    QVERIFY(labelText(*m_page, u"gatewayDatastore"_s).endsWith(u"Datastore reachable"_s));
}

void TestGatewayPage::sortedByRateDescending()
{
    m_page->setGateway(spec());
    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    const QTableView *view = table(*m_page);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(GatewayRoutesModel::RateColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QStringList services;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        services.append(GatewayRoutesModel::routeName(
            view->model()->index(row, 0).data(GatewayRoutesModel::ServiceRole).toString(),
            view->model()->index(row, 0).data(GatewayRoutesModel::RouteRole).isValid()
                ? std::optional(view->model()->index(row, 0).data(GatewayRoutesModel::RouteRole).toString())
                : std::nullopt));
    QCOMPARE(services, (QStringList{u"ga4 · collect"_s, u"shop · orders"_s, u"auth · token"_s, u"klaviyo · events"_s,
                                    u"shop · products"_s, u"stripe · charges"_s, u"slack"_s}));
}

void TestGatewayPage::rowsStayAcrossReadings()
{
    m_page->setGateway(spec());
    m_page->show();
    m_page->showReading(trackerWith(2), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    QTableView *view = table(*m_page);
    view->selectRow(rowOf(view, u"stripe"_s, u"charges"_s));
    QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);

    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    QCOMPARE(reset.count(), 0);
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(GatewayRoutesModel::ServiceRole).toString(), u"stripe"_s);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
}

void TestGatewayPage::doubleClickAsksForFailedCalls_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<std::optional<QString>>("route");

    QTest::newRow("a route") << u"stripe"_s << std::optional(u"charges"_s);
    QTest::newRow("requests that matched no route") << u"slack"_s << std::optional<QString>();
}

void TestGatewayPage::doubleClickAsksForFailedCalls()
{
    QFETCH(QString, service);
    QFETCH(std::optional<QString>, route);

    m_page->setGateway(spec());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    QTableView *view = table(*m_page);
    QTRY_VERIFY(view->isVisible());
    QSignalSpy requested(m_page.get(), &GatewayPage::failedCallsRequested);

    const QRect cell = view->visualRect(view->model()->index(rowOf(view, service, route), 0));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(requested.count(), 1);
    // The last 15 minutes up to the latest scrape.
    const qint64 latest = baseMs + 2 * intervalMs;
    const QList<QVariant> args = requested.takeFirst();
    QCOMPARE(args.at(0).toString(), service);
    QCOMPARE(args.at(1).value<std::optional<QString>>(), route);
    QCOMPARE(args.at(2).toLongLong(), latest - 15 * 60'000);
    QCOMPARE(args.at(3).toLongLong(), latest);
}

void TestGatewayPage::contextActionAsksForTheSelectedRoute()
{
    m_page->setGateway(spec());
    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    QTableView *view = table(*m_page);
    auto *action = m_page->findChild<QAction *>(u"actionShowFailedCalls"_s);
    auto *button = m_page->findChild<QPushButton *>(u"gatewayShowFailedCalls"_s);
    QVERIFY(action);
    QVERIFY(view->actions().contains(action));
    QVERIFY(!action->isEnabled());
    QVERIFY(!button->isEnabled());

    view->selectRow(rowOf(view, u"shop"_s, u"orders"_s));
    QVERIFY(action->isEnabled());
    QVERIFY(button->isEnabled());
    QSignalSpy requested(m_page.get(), &GatewayPage::failedCallsRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), u"shop"_s);
    QCOMPARE(requested.first().at(1).value<std::optional<QString>>(), std::optional(u"orders"_s));
    action->trigger();
    QCOMPARE(requested.count(), 2);
}

void TestGatewayPage::chartsShowTheBusiestRoutes()
{
    m_page->setGateway(spec());
    m_page->show();
    // One scrape has no rate: nothing to chart yet, and the page says so.
    m_page->showReading(trackerWith(1), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    TimeChartView *rate = chart(*m_page, u"gatewayRateChart"_s);
    TimeChartView *errors = chart(*m_page, u"gatewayErrorChart"_s);
    QTRY_VERIFY(m_page->findChild<QLabel *>(u"gatewayChartHint"_s)->isVisible());
    QCOMPARE(rate->chart()->series().size(), 0);

    m_page->showReading(trackerWith(4), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    const QStringList busiest{u"ga4 · collect"_s, u"shop · orders"_s, u"auth · token"_s, u"klaviyo · events"_s,
                              u"shop · products"_s};
    QTRY_COMPARE(seriesNames(rate), busiest);
    QCOMPARE(seriesNames(errors), busiest);
    QVERIFY(rate->chart()->series().size() <= GatewayPage::chartedRoutes);
    QTRY_VERIFY(!m_page->findChild<QLabel *>(u"gatewayChartHint"_s)->isVisible());
    // Three points a line, one per scrape after the first; the charts end at the latest scrape.
    auto *orders = static_cast<QLineSeries *>(rate->chart()->series().at(1));
    QCOMPARE(orders->count(), 3);
    QCOMPARE(orders->at(2), QPointF(static_cast<double>(baseMs + 3 * intervalMs), (1500.0 + 5) / 15));
    QCOMPARE(rate->toMs(), baseMs + 3 * intervalMs);
    QCOMPARE(errors->toMs(), rate->toMs());
    QCOMPARE(errors->fromMs(), rate->fromMs());
    for (const QString &name : busiest)
        QVERIFY(labelText(*m_page, u"gatewayLegend"_s).contains(name.toHtmlEscaped()));
}

void TestGatewayPage::troubledAndSelectedRoutesAreCharted()
{
    m_page->setGateway(spec());
    m_page->show();
    // slack answers about 9% with 5xx: it takes the place of the least busy, shop · products.
    m_page->showReading(trackerWith(3, true), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    TimeChartView *rate = chart(*m_page, u"gatewayRateChart"_s);
    QTRY_COMPARE(seriesNames(rate), (QStringList{u"ga4 · collect"_s, u"shop · orders"_s, u"auth · token"_s,
                                                 u"klaviyo · events"_s, u"slack"_s}));
    const QColor slackColour = static_cast<QLineSeries *>(rate->chart()->series().at(4))->color();

    // The selected route too, drawn thicker; the rest keep their colours.
    QTableView *view = table(*m_page);
    view->selectRow(rowOf(view, u"stripe"_s, u"charges"_s));
    QTRY_COMPARE(seriesNames(rate), (QStringList{u"ga4 · collect"_s, u"shop · orders"_s, u"auth · token"_s,
                                                 u"stripe · charges"_s, u"slack"_s}));
    const auto *stripe = static_cast<QLineSeries *>(rate->chart()->series().at(3));
    const auto *slack = static_cast<QLineSeries *>(rate->chart()->series().at(4));
    QVERIFY(stripe->pen().widthF() > slack->pen().widthF());
    QCOMPARE(slack->color(), slackColour);
    QVERIFY(labelText(*m_page, u"gatewayLegend"_s).contains(u"<b>stripe · charges</b>"_s));
}

void TestGatewayPage::clickingAPointAsksForItsWindow()
{
    m_page->setGateway(spec());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->showReading(trackerWith(4), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    TimeChartView *rate = chart(*m_page, u"gatewayRateChart"_s);
    QTRY_COMPARE(rate->chart()->series().size(), GatewayPage::chartedRoutes);
    QTRY_VERIFY(rate->plotArea().width() > 200);
    QSignalSpy requested(m_page.get(), &GatewayPage::failedCallsRequested);

    // The middle point of shop · orders: the interval that ended 30 s after the first scrape.
    const qint64 at = baseMs + 2 * intervalMs;
    const double value = (1500.0 + 3) / 15;
    const QPoint point(qRound(rate->xFor(at)), qRound(rate->yFor(value)));
    QTest::mouseClick(rate->viewport(), Qt::LeftButton, {}, point);
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), u"shop"_s);
    QCOMPARE(requested.first().at(1).value<std::optional<QString>>(), std::optional(u"orders"_s));
    QCOMPARE(requested.first().at(2).toLongLong(), at - intervalMs);
    QCOMPARE(requested.first().at(3).toLongLong(), at + intervalMs);

    // Far from every line: nothing.
    const QPoint empty(qRound(rate->xFor(at)), qRound(rate->plotArea().top() + 2));
    QTest::mouseClick(rate->viewport(), Qt::LeftButton, {}, empty);
    QCOMPARE(requested.count(), 1);
}

void TestGatewayPage::diagnosticsWarning_data()
{
    QTest::addColumn<qsizetype>("problems");
    QTest::addColumn<QString>("firstProblem");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("headline"); // empty: no warning
    QTest::addColumn<QString>("details");

    QTest::newRow("a clean page") << qsizetype(0) << QString() << QString() << QString() << QString();
    QTest::newRow("one bad line") << qsizetype(1) << u"line 12: expected a value"_s << QString()
                                  << u"1 line of the latest metrics page could not be read and was skipped"_s
                                  << u"line 12: expected a value"_s;
    QTest::newRow("several bad lines") << qsizetype(3) << u"line 7: bad escape"_s << QString()
                                       << u"3 lines of the latest metrics page could not be read and were skipped"_s
                                       << u"line 7: bad escape"_s;
    QTest::newRow("an unreadable page after good ones")
        << qsizetype(0) << QString() << u"not Prometheus text"_s
        << u"The latest metrics page could not be read; the page shows the reading of %1"_s.arg(
               formatInstant(baseMs + 2 * intervalMs, 0))
        << u"not Prometheus text"_s;
}

void TestGatewayPage::diagnosticsWarning()
{
    QFETCH(qsizetype, problems);
    QFETCH(QString, firstProblem);
    QFETCH(QString, error);
    QFETCH(QString, headline);
    QFETCH(QString, details);

    m_page->setGateway(spec());
    m_page->show();
    PageDiagnostics page = diagnostics(baseMs + 3 * intervalMs);
    page.problemCount = problems;
    page.firstProblem = firstProblem;
    page.error = error;
    m_page->showReading(trackerWith(3), page, HealthStatus::Up, integrationFor);
    auto *banner = m_page->findChild<Banner *>(u"gatewayWarning"_s);
    QTRY_COMPARE(banner->isVisible(), !headline.isEmpty());
    if (headline.isEmpty())
        return;
    QCOMPARE(labelText(*m_page, u"gatewayWarningHeadline"_s), headline);
    QCOMPARE(labelText(*m_page, u"gatewayWarningDetails"_s), details);
}

void TestGatewayPage::summaryCountsProblems()
{
    QSignalSpy changed(m_page.get(), &GatewayPage::summaryChanged);
    m_page->setGateway(spec());
    QCOMPARE(m_page->problemCount(), 0);
    QCOMPARE(m_page->attention(), HealthStatus::Up);

    // Two targets down (unhealthy, dns_error); healthchecks_off is not counted.
    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    QVERIFY(changed.count() >= 2);
    QCOMPARE(m_page->problemCount(), 2);
    QCOMPARE(m_page->attention(), HealthStatus::Degraded);

    // slack at about 9% 5xx is critical.
    m_page->showReading(trackerWith(3, true), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    QCOMPARE(m_page->problemCount(), 3);
    QCOMPARE(m_page->attention(), HealthStatus::Down);

    // The gateway itself down colours the tab whatever its routes say.
    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Down, integrationFor);
    QCOMPARE(m_page->attention(), HealthStatus::Down);

    m_page->setGateway(std::nullopt);
    QCOMPARE(m_page->problemCount(), 0);
    QCOMPARE(m_page->attention(), HealthStatus::Up);
}

void TestGatewayPage::anotherGatewayForgetsTheReading()
{
    m_page->setGateway(spec());
    m_page->show();
    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    QCOMPARE(table(*m_page)->model()->rowCount(), 7);

    // A new name only: the same page, still shown.
    GatewaySpec renamed = spec();
    renamed.name = u"edge-eu"_s;
    m_page->setGateway(renamed);
    QCOMPARE(table(*m_page)->model()->rowCount(), 7);
    QCOMPARE(labelText(*m_page, u"gatewayName"_s), u"edge-eu"_s);

    GatewaySpec moved = renamed;
    moved.metricsUrl = u"https://gw2.internal/metrics"_s;
    m_page->setGateway(moved);
    QCOMPARE(table(*m_page)->model()->rowCount(), 0);
    QTRY_VERIFY(m_page->findChild<QWidget *>(u"gatewayWaiting"_s)->isVisible());
}

void TestGatewayPage::staleScrapeIsCalledOut()
{
    m_page->setGateway(spec());
    const qint64 latest = baseMs + 2 * intervalMs;
    m_page->setNow(QDateTime::fromMSecsSinceEpoch(latest + 20'000, Qt::UTC));
    m_page->showReading(trackerWith(3), diagnostics(latest), HealthStatus::Up, integrationFor);
    QVERIFY(labelText(*m_page, u"gatewayDetails"_s).contains(u" (20 s ago)"_s));

    // Three intervals without a scrape: the age is shown in the warning colour.
    m_page->setNow(QDateTime::fromMSecsSinceEpoch(latest + 5 * 60'000, Qt::UTC));
    const QString colour = StatusPalette(m_page->palette()).foreground(HealthStatus::Degraded).name();
    QVERIFY2(
        labelText(*m_page, u"gatewayDetails"_s).contains(u"<span style=\"color:%1\">(5 min ago)</span>"_s.arg(colour)),
        qPrintable(labelText(*m_page, u"gatewayDetails"_s)));
}

void TestGatewayPage::followsThePalette()
{
    m_page->setGateway(spec());
    m_page->show();
    m_page->showReading(trackerWith(3), diagnostics(baseMs), HealthStatus::Up, integrationFor);
    TimeChartView *rate = chart(*m_page, u"gatewayRateChart"_s);
    QTRY_COMPARE(rate->chart()->series().size(), GatewayPage::chartedRoutes);
    const QColor lightLine = static_cast<QLineSeries *>(rate->chart()->series().constFirst())->color();

    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    m_page->setPalette(dark);
    QTRY_VERIFY(static_cast<QLineSeries *>(rate->chart()->series().constFirst())->color() != lightLine);
    QCOMPARE(rate->chart()->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
    QVERIFY(labelText(*m_page, u"gatewayStatus"_s)
                .contains(StatusPalette(dark).foreground(HealthStatus::Up).name(QColor::HexRgb)));
}

} // namespace gw

QTEST_MAIN(gw::TestGatewayPage)
#include "tst_gatewaypage.moc"
