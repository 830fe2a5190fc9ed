#include "gatewaycallsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

GatewayEvent failedCall(const QString &id, qint64 timeMs, std::optional<int> status, const QString &error = {})
{
    FailedCall call;
    call.integration = u"shopify"_s;
    call.service = u"shopify-admin"_s;
    call.route = u"orders"_s;
    call.request = {u"GET"_s,
                    u"https://shop.example/admin/api/2024-10/orders.json?limit=50"_s,
                    {{u"Accept"_s, u"application/json"_s}}};
    if (status)
        call.response = CallResponse{*status, {{u"X-Request-Id"_s, u"req-1"_s}}, u"{\"errors\":\"down\"}"_s, true};
    call.error = error;
    call.durationMs = 1520.4;
    call.attempt = 2;
    call.retryDecision = u"retry"_s;
    call.retryAfterMs = 2000;
    call.vendorRequestId = status ? u"req-1"_s : QString();
    call.gatewayRequestId = u"gw-9"_s;
    return GatewayEvent{id, u"c_"_s + id, timeMs, call};
}

GatewayEvent delivery()
{
    WebhookDelivery d;
    d.source = u"stripe"_s;
    return GatewayEvent{u"whd_1"_s, u"c_w"_s, 5, d};
}

} // namespace

class TestGatewayCallsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void showsFailedCallsOnly();
    void outcome_data();
    void outcome();
    void attempt_data();
    void attempt();
    void detailTextHasTheEvidence();
};

void TestGatewayCallsModel::showsFailedCallsOnly()
{
    GatewayCallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents({failedCall(u"call_2"_s, 2000, 503), delivery(), failedCall(u"call_1"_s, 1000, {}, u"timeout"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(GatewayCallsModel::ColumnCount));
    QCOMPARE(model.event(0).id, u"call_2"_s);
    QCOMPARE(model.index(0, GatewayCallsModel::TimeColumn).data(GatewayCallsModel::RawValueRole).toLongLong(), 2000);
    QCOMPARE(model.index(0, GatewayCallsModel::RouteColumn).data().toString(), u"shopify-admin / orders"_s);
    QCOMPARE(model.index(0, GatewayCallsModel::RequestColumn).data().toString(),
             u"GET /admin/api/2024-10/orders.json?limit=50"_s);
    QCOMPARE(model.index(0, GatewayCallsModel::RequestColumn).data(Qt::ToolTipRole).toString(),
             u"GET https://shop.example/admin/api/2024-10/orders.json?limit=50"_s);
    QCOMPARE(model.index(0, GatewayCallsModel::OutcomeColumn).data().toString(), u"503 Service Unavailable"_s);
    QCOMPARE(model.index(1, GatewayCallsModel::OutcomeColumn).data().toString(), u"timeout"_s);
    QCOMPARE(model.index(1, GatewayCallsModel::OutcomeColumn).data(GatewayCallsModel::RawValueRole).toInt(), 0);
    QCOMPARE(model.index(0, GatewayCallsModel::DurationColumn).data(GatewayCallsModel::RawValueRole).toDouble(),
             1520.4);
    QCOMPARE(model.index(0, GatewayCallsModel::VendorRequestIdColumn).data().toString(), u"req-1"_s);
    QCOMPARE(model.headerData(GatewayCallsModel::OutcomeColumn, Qt::Horizontal).toString(), u"Outcome"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGatewayCallsModel::outcome_data()
{
    QTest::addColumn<std::optional<int>>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("text");
    QTest::newRow("a known status") << std::optional(429) << QString() << u"429 Too Many Requests"_s;
    QTest::newRow("an unusual status") << std::optional(599) << QString() << u"599"_s;
    QTest::newRow("no response, an error")
        << std::optional<int>() << u"connection_refused"_s << u"connection refused"_s;
    QTest::newRow("no response, no error") << std::optional<int>() << QString() << u"no response"_s;
}

void TestGatewayCallsModel::outcome()
{
    QFETCH(std::optional<int>, status);
    QFETCH(QString, error);
    QFETCH(QString, text);
    QCOMPARE(GatewayCallsModel::outcomeText(*failedCall(u"c"_s, 0, status, error).failedCall()), text);
}

void TestGatewayCallsModel::attempt_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<std::optional<qint64>>("afterMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("retry after a delay") << u"retry"_s << std::optional<qint64>(2000) << u"attempt 2, retry in 2 s"_s;
    QTest::newRow("retry, no delay given") << u"retry"_s << std::optional<qint64>() << u"attempt 2, retried"_s;
    QTest::newRow("gave up") << u"give_up"_s << std::optional<qint64>() << u"attempt 2, gave up"_s;
    QTest::newRow("no retry") << u"none"_s << std::optional<qint64>() << u"attempt 2"_s;
}

void TestGatewayCallsModel::attempt()
{
    QFETCH(QString, decision);
    QFETCH(std::optional<qint64>, afterMs);
    QFETCH(QString, text);
    GatewayEvent event = failedCall(u"c"_s, 0, 503);
    FailedCall &call = std::get<FailedCall>(event.detail);
    call.retryDecision = decision;
    call.retryAfterMs = afterMs;
    QCOMPARE(GatewayCallsModel::attemptText(call), text);
}

void TestGatewayCallsModel::detailTextHasTheEvidence()
{
    const QString text = GatewayCallsModel::detailText(failedCall(u"call_7"_s, 1'764'583'200'000, 503));
    for (const QString &part :
         {u"Failed call call_7 at 2025-12-01T10:00:00.000Z"_s, u"Route: shopify-admin / orders (integration shopify)"_s,
          u"Outcome: 503 Service Unavailable after 1,520.4 ms, attempt 2, retry in 2 s"_s,
          u"Vendor request id: req-1"_s, u"Gateway request id: gw-9"_s,
          u"Request: GET https://shop.example/admin/api/2024-10/orders.json?limit=50"_s,
          u"  Accept: application/json"_s, u"  X-Request-Id: req-1"_s, u"{\"errors\":\"down\"}"_s,
          u"[body truncated]"_s}) {
        QVERIFY2(text.contains(part), qPrintable(part + u"\nnot in\n"_s + text));
    }
    QVERIFY(GatewayCallsModel::detailText(delivery()).isEmpty());
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestGatewayCallsModel)
#include "tst_gatewaycallsmodel.moc"
