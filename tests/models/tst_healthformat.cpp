#include "healthformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// The example response from draft-inadarei-api-health-check-06, section 8, abridged
// (links, affectedEndpoints and some ids dropped); root "pass" while some checks warn.
const QByteArray draftExample = R"json({
  "status": "pass",
  "version": "1",
  "releaseId": "1.2.2",
  "notes": [""],
  "output": "",
  "serviceId": "f03e522f-1f44-4062-9b55-9587f91c9c41",
  "description": "health of authz service",
  "checks": {
    "cassandra:responseTime": [
      {"componentId": "dfd6cf2b-1b6e-4412-a0b8-f6f7797a60d2", "componentType": "datastore",
       "observedValue": 250, "observedUnit": "ms", "status": "pass", "time": "2018-01-17T03:36:48Z", "output": ""}
    ],
    "cassandra:connections": [
      {"componentId": "dfd6cf2b-1b6e-4412-a0b8-f6f7797a60d2", "componentType": "datastore",
       "observedValue": 75, "status": "warn", "time": "2018-01-17T03:36:48Z", "output": ""}
    ],
    "uptime": [
      {"componentType": "system", "observedValue": 1209600.245, "observedUnit": "s", "status": "pass",
       "time": "2018-01-17T03:36:48Z"}
    ],
    "cpu:utilization": [
      {"componentId": "6fd416e0-8920-410f-9c7b-c479000f7227", "node": 1, "componentType": "system",
       "observedValue": 85, "observedUnit": "percent", "status": "warn", "time": "2018-01-17T03:36:48Z", "output": ""},
      {"componentId": "6fd416e0-8920-410f-9c7b-c479000f7227", "node": 2, "componentType": "system",
       "observedValue": 85, "observedUnit": "percent", "status": "pass", "time": "2018-01-17T03:36:48Z", "output": ""}
    ],
    "memory:utilization": [
      {"componentId": "6fd416e0-8920-410f-9c7b-c479000f7227", "node": 1, "componentType": "system",
       "observedValue": 8.5, "observedUnit": "GiB", "status": "warn", "time": "2018-01-17T03:36:48Z", "output": ""},
      {"componentId": "6fd416e0-8920-410f-9c7b-c479000f7227", "node": 2, "componentType": "system",
       "observedValue": 5500, "observedUnit": "MiB", "status": "pass", "time": "2018-01-17T03:36:48Z", "output": ""}
    ]
  }
})json"_ba;

const QByteArray draftFailing = R"json({
  "status": "fail",
  "output": "database unreachable",
  "checks": {
    "database:connections": [{"componentType": "datastore", "observedValue": 0, "status": "fail"}],
    "database:responseTime": [{"componentType": "datastore", "observedValue": 12, "status": "pass"}],
    "uptime": [{"componentType": "system", "observedValue": 3600, "status": "pass"}]
  }
})json"_ba;

// Spring Boot reference documentation, "Actuator: Health" sample response.
const QByteArray actuatorUp = R"json({
  "status": "UP",
  "components": {
    "db": {"status": "UP", "details": {"database": "H2", "validationQuery": "isValid()"}},
    "diskSpace": {"status": "UP", "details": {"total": 76887154688, "free": 51460292608,
                  "threshold": 10485760, "path": "/home/user/app/.", "exists": true}},
    "ping": {"status": "UP"}
  }
})json"_ba;

const QByteArray actuatorDown = R"json({
  "status": "DOWN",
  "components": {
    "db": {"status": "DOWN", "details": {"error": "org.springframework.jdbc.CannotGetJdbcConnectionException"}},
    "diskSpace": {"status": "UP"},
    "ping": {"status": "UP"},
    "redis": {"status": "DOWN", "details": {"error": "io.lettuce.core.RedisConnectionException"}}
  }
})json"_ba;

// A composite contributor (two data sources) reports its members under its own "components".
const QByteArray actuatorNested = R"json({
  "status": "DOWN",
  "components": {
    "db": {"status": "DOWN", "components": {
      "primary": {"status": "UP", "details": {"database": "PostgreSQL"}},
      "replica": {"status": "DOWN", "details": {"error": "timeout"}}
    }},
    "ping": {"status": "UP"}
  }
})json"_ba;

// Spring Boot 2.0/2.1 nested contributors under "details".
const QByteArray actuatorLegacy = R"json({
  "status": "OUT_OF_SERVICE",
  "details": {
    "diskSpace": {"status": "UP", "details": {"total": 1000, "free": 10}},
    "maintenance": {"status": "OUT_OF_SERVICE"}
  }
})json"_ba;

const QByteArray actuatorCustom = R"json({
  "status": "DEGRADED",
  "components": {"search": {"status": "DEGRADED"}, "ping": {"status": "UP"}}
})json"_ba;

} // namespace

class TestHealthFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interprets_data();
    void interprets();
    void survivesGarbage_data();
    void survivesGarbage();
};

void TestHealthFormat::interprets_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status"); // "none" when the body is not a recognised health document
    QTest::addColumn<QString>("summary");

    const QByteArray healthJson = "application/health+json"_ba;
    const QByteArray json = "application/json"_ba;

    QTest::newRow("draft spec example") << healthJson << draftExample << u"up"_s
                                        << u"pass: cassandra:connections, cpu:utilization, memory:utilization"_s;
    QTest::newRow("draft failing check") << healthJson << draftFailing << u"down"_s << u"fail: database:connections"_s;
    QTest::newRow("draft fail without checks uses output")
        << healthJson << R"({"status":"fail","output":"disk full"})"_ba << u"down"_s << u"fail: disk full"_s;
    QTest::newRow("draft warn") << healthJson
                                << R"({"status":"warn","checks":{"cpu:utilization":[{"status":"warn"}]}})"_ba
                                << u"degraded"_s << u"warn: cpu:utilization"_s;
    QTest::newRow("draft pass") << healthJson << R"({"status":"pass"})"_ba << u"up"_s << u"pass"_s;
    QTest::newRow("draft alias ok") << healthJson << R"({"status":"ok"})"_ba << u"up"_s << u"pass"_s;
    QTest::newRow("draft alias up") << healthJson << R"({"status":"up"})"_ba << u"up"_s << u"pass"_s;
    QTest::newRow("draft alias error") << healthJson << R"({"status":"error"})"_ba << u"down"_s << u"fail"_s;
    QTest::newRow("draft alias down") << healthJson << R"({"status":"down"})"_ba << u"down"_s << u"fail"_s;
    QTest::newRow("draft status is case-insensitive")
        << healthJson << R"({"status":"Fail"})"_ba << u"down"_s << u"fail"_s;
    QTest::newRow("upper-case UP under health+json") << healthJson << R"({"status":"UP"})"_ba << u"up"_s << u"pass"_s;
    QTest::newRow("content type with parameters") << "Application/Health+JSON; charset=utf-8"_ba
                                                  << R"({"status":"warn"})"_ba << u"degraded"_s << u"warn"_s;
    QTest::newRow("check given as a lone object")
        << healthJson << R"({"status":"fail","checks":{"db:ping":{"status":"fail"}}})"_ba << u"down"_s
        << u"fail: db:ping"_s;
    QTest::newRow("draft recognised without content type")
        << json << draftFailing << u"down"_s << u"fail: database:connections"_s;
    QTest::newRow("health+json with an unknown status")
        << healthJson << R"({"status":"green"})"_ba << u"unknown"_s << u"unrecognised status 'green'"_s;

    QTest::newRow("actuator up (Spring docs)") << json << actuatorUp << u"up"_s << u"UP"_s;
    QTest::newRow("actuator down") << json << actuatorDown << u"down"_s << u"DOWN: db, redis"_s;
    QTest::newRow("actuator nested names the deepest") << json << actuatorNested << u"down"_s << u"DOWN: db/replica"_s;
    QTest::newRow("actuator legacy details") << "application/vnd.spring-boot.actuator.v2+json"_ba << actuatorLegacy
                                             << u"down"_s << u"OUT_OF_SERVICE: maintenance"_s;
    QTest::newRow("actuator unknown") << json << R"({"status":"UNKNOWN"})"_ba << u"unknown"_s << u"UNKNOWN"_s;
    QTest::newRow("actuator custom status") << json << actuatorCustom << u"degraded"_s << u"DEGRADED: search"_s;
    QTest::newRow("actuator without content type")
        << QByteArray() << R"({"status":"DOWN"})"_ba << u"down"_s << u"DOWN"_s;

    QTest::newRow("not JSON") << json << "<html>OK</html>"_ba << u"none"_s << QString();
    QTest::newRow("JSON array") << json << R"([{"status":"UP"}])"_ba << u"none"_s << QString();
    QTest::newRow("no status") << json << R"({"shop":{"id":1}})"_ba << u"none"_s << QString();
    QTest::newRow("status is a number") << json << R"({"status":200})"_ba << u"none"_s << QString();
    QTest::newRow("other API's status word")
        << json << R"({"status":"success","data":{}})"_ba << u"none"_s << QString();
    QTest::newRow("custom upper-case word alone") << json << R"({"status":"ACTIVE"})"_ba << u"none"_s << QString();
    QTest::newRow("health+json with no status") << healthJson << R"({"checks":{}})"_ba << u"none"_s << QString();
    QTest::newRow("empty body") << healthJson << QByteArray() << u"none"_s << QString();
}

void TestHealthFormat::interprets()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(QString, summary);

    const std::optional<HealthDocument> document = interpretHealthDocument(contentType, body);
    if (status == u"none") {
        QVERIFY(!document);
        return;
    }
    QVERIFY(document);
    QCOMPARE(machineName(document->status), status);
    QCOMPARE(document->summary, summary);
}

void TestHealthFormat::survivesGarbage_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("truncated") << R"({"status":"UP","components":{"db":)"_ba;
    QTest::newRow("checks is a string") << R"({"status":"fail","checks":"db"})"_ba;
    QTest::newRow("check entries are numbers") << R"({"status":"fail","checks":{"a":[1,2,null]}})"_ba;
    QTest::newRow("components is an array") << R"({"status":"DOWN","components":[{"status":"DOWN"}]})"_ba;
    QTest::newRow("component is a string") << R"({"status":"DOWN","components":{"db":"DOWN"}})"_ba;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"status\"", 12);
    QByteArray deep = R"({"status":"DOWN")"_ba;
    for (int i = 0; i < 200; ++i)
        deep += R"(,"components":{"c":{"status":"DOWN")"_ba;
    deep += QByteArray(400, '}');
    QTest::newRow("deeply nested") << deep;
}

void TestHealthFormat::survivesGarbage()
{
    QFETCH(QByteArray, body);
    // Only that it returns; what it returns for garbage is not specified.
    const std::optional<HealthDocument> document = interpretHealthDocument("application/health+json", body);
    if (document)
        QVERIFY(!machineName(document->status).isEmpty());
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestHealthFormat)
#include "tst_healthformat.moc"
