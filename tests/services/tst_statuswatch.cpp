#include "loopbackserver.h"
#include "references.h"
#include "statuswatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;
using Problem = VendorStatusReading::Problem;

Q_DECLARE_METATYPE(std::optional<bool>)

namespace {

class NoSecrets final : public SecretSource
{
public:
    std::optional<QString> secret(const QString &) const override { return std::nullopt; }
};

// A status.json as Statuspage serves it when all is well, and a summary.json admitting trouble
// (the shape of metastatuspage.com/api's example, cut down to what is read here).
const QByteArray operational =
    R"({"page":{"id":"kctbh9vrtdwd","name":"GitHub","url":"https://www.githubstatus.com","updated_at":"2026-11-30T10:00:00Z"},)"
    R"("status":{"indicator":"none","description":"All Systems Operational"}})";
const QByteArray incident =
    R"({"page":{"id":"y2j98763l56x","name":"Atlassian Statuspage","url":"https://metastatuspage.com","updated_at":"2026-11-30T10:00:00Z"},)"
    R"("components":[{"id":"b13yz5g2cw10","name":"API","status":"partial_outage"}],)"
    R"("incidents":[{"id":"cp306tmzcl0y","name":"Unplanned Database Outage","status":"identified","impact":"major",)"
    R"("created_at":"2026-11-30T09:50:00Z","components":[{"id":"b13yz5g2cw10","name":"API","status":"partial_outage"}],)"
    R"("incident_updates":[{"id":"jdy3tw5mt5r5","status":"identified","body":"Our database is down.","created_at":"2026-11-30T09:55:00Z"}]}],)"
    R"("scheduled_maintenances":[],"status":{"indicator":"major","description":"Partial System Outage"}})";

Catalog catalogFor(const QString &statusPage, std::chrono::milliseconds timeout = std::chrono::milliseconds(2'000))
{
    Catalog catalog;
    catalog.settings.timeout = timeout;
    IntegrationSpec integration;
    integration.id = u"vendor-api"_s;
    catalog.integrations.append(integration);
    VendorSpec vendor;
    vendor.id = u"vendor"_s;
    vendor.name = u"Vendor"_s;
    vendor.integrations = {u"vendor-api"_s};
    vendor.statusPage = statusPage;
    catalog.vendors.append(vendor);
    return catalog;
}

} // namespace

class tst_StatusWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reading_data();
    void reading();
    void unreachableHosts();
    void unresolvedReference();
    void reloadKeepsUnchangedPages();
};

void tst_StatusWatch::reading_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("error");
    QTest::addColumn<std::optional<bool>>("incident");

    using M = LoopbackServer::Mode;
    QTest::newRow("operational") << int(M::Respond) << LoopbackServer::response(200, operational) << true
                                 << int(Problem::None) << QString() << std::optional(false);
    QTest::newRow("incident") << int(M::Respond) << LoopbackServer::response(200, incident) << true
                              << int(Problem::None) << QString() << std::optional(true);
    QTest::newRow("server error") << int(M::Respond) << LoopbackServer::response(503, "busy", {}, "text/plain")
                                  << false << int(Problem::Unreachable)
                                  << u"the status page answered HTTP 503"_s << std::optional<bool>();
    QTest::newRow("not found") << int(M::Respond) << LoopbackServer::response(404, "{}") << false
                               << int(Problem::BadAnswer) << u"the status page answered HTTP 404"_s
                               << std::optional<bool>();
    QTest::newRow("an HTML page") << int(M::Respond)
                                  << LoopbackServer::response(200, "<html><body>Status</body></html>", {}, "text/html")
                                  << false << int(Problem::BadAnswer) << u"not a Statuspage document"_s
                                  << std::optional<bool>();
    QTest::newRow("JSON without a status") << int(M::Respond) << LoopbackServer::response(200, R"({"page":{}})")
                                           << false << int(Problem::BadAnswer) << u"status"_s
                                           << std::optional<bool>();
    QTest::newRow("connection reset") << int(M::Reset) << QByteArray() << false << int(Problem::Unreachable)
                                      << u"the status page cannot be reached"_s << std::optional<bool>();
    QTest::newRow("no answer") << int(M::Stall) << QByteArray() << false << int(Problem::Unreachable)
                               << u"no answer within 0.5 s"_s << std::optional<bool>();
    QTest::newRow("endless body") << int(M::HugeChunked) << QByteArray() << false << int(Problem::BadAnswer)
                                  << u"larger than 4 MiB"_s << std::optional<bool>();
}

void tst_StatusWatch::reading()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    QFETCH(int, problem);
    QFETCH(QString, error);
    QFETCH(std::optional<bool>, incident);

    LoopbackServer server(LoopbackServer::Mode(mode), response);
    StatusWatch watch;
    watch.setClock([] { return qint64(1'764'496'800'000); });
    QSignalSpy read(&watch, &StatusWatch::statusRead);
    watch.setCatalog(catalogFor(server.url(u"/api/v2/summary.json"_s), std::chrono::milliseconds(500)), NoSecrets());
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 10'000);

    const auto reading = read.first().first().value<VendorStatusReading>();
    QCOMPARE(reading.vendorId, u"vendor"_s);
    QCOMPARE(reading.atMs, qint64(1'764'496'800'000));
    QCOMPARE(reading.ok(), ok);
    QCOMPARE(int(reading.problem), problem);
    QVERIFY2(reading.error.contains(error), qPrintable(reading.error));
    QCOMPARE(reading.reportsIncident(), incident);
    QCOMPARE(watch.readings().value(u"vendor"_s), reading);
    QVERIFY(server.lastRequest.startsWith("GET /api/v2/summary.json HTTP/1.1\r\n"));
    QVERIFY(server.lastRequest.contains("Accept: application/json"));
}

void tst_StatusWatch::unreachableHosts()
{
    // A port nobody listens on: refused at once.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    StatusWatch watch;
    QSignalSpy read(&watch, &StatusWatch::statusRead);
    watch.setCatalog(catalogFor(u"http://127.0.0.1:%1/api/v2/summary.json"_s.arg(closedPort)), NoSecrets());
    watch.start();
    QTRY_COMPARE(read.size(), 1);
    const auto reading = read.first().first().value<VendorStatusReading>();
    QCOMPARE(reading.problem, Problem::Unreachable);
    QVERIFY2(reading.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(reading.error));
    QCOMPARE(reading.reportsIncident(), std::nullopt);
}

void tst_StatusWatch::unresolvedReference()
{
    // The page's URL needs a secret that is not there: said so, and nothing is requested.
    LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, operational));
    StatusWatch watch;
    QSignalSpy read(&watch, &StatusWatch::statusRead);
    watch.setCatalog(catalogFor(server.url(u"/api/v2/summary.json?token=${secret:status-token}"_s)), NoSecrets());
    watch.start();
    QTRY_COMPARE(read.size(), 1);
    const auto reading = read.first().first().value<VendorStatusReading>();
    QCOMPARE(reading.problem, Problem::Unreachable);
    QVERIFY2(reading.error.contains(u"status-token"_s), qPrintable(reading.error));
    QCOMPARE(server.requests, 0);
}

void tst_StatusWatch::reloadKeepsUnchangedPages()
{
    LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, operational));
    StatusWatch watch;
    QSignalSpy read(&watch, &StatusWatch::statusRead);
    QSignalSpy forgotten(&watch, &StatusWatch::statusForgotten);
    const Catalog catalog = catalogFor(server.url(u"/api/v2/status.json"_s));
    watch.setCatalog(catalog, NoSecrets());
    watch.start();
    QTRY_COMPARE(read.size(), 1);

    // The same page again: not read again before its interval, its reading kept.
    watch.setCatalog(catalog, NoSecrets());
    QCoreApplication::processEvents();
    QCOMPARE(server.requests, 1);
    QVERIFY(watch.readings().contains(u"vendor"_s));

    // Another URL: read at once.
    watch.setCatalog(catalogFor(server.url(u"/api/v2/summary.json"_s)), NoSecrets());
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(server.requests, 2);

    // refresh() reads now.
    watch.refresh(u"vendor"_s);
    QTRY_COMPARE(read.size(), 3);

    // The vendor loses its page: its reading goes.
    watch.setCatalog(catalogFor(QString()), NoSecrets());
    QCOMPARE(forgotten.size(), 1);
    QCOMPARE(forgotten.first().first().toString(), u"vendor"_s);
    QVERIFY(watch.readings().isEmpty());
}

QTEST_GUILESS_MAIN(tst_StatusWatch)
#include "tst_statuswatch.moc"
