#include "gatewayevent.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

class tst_GatewayEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireNames()
    {
        QCOMPARE(wireName(GatewayEventType::FailedCall), u"call.failed"_s);
        QCOMPARE(wireName(GatewayEventType::WebhookDelivery), u"webhook.delivery"_s);
        QCOMPARE(gatewayEventTypeFromWire(u"call.failed"), std::optional(GatewayEventType::FailedCall));
        QCOMPARE(gatewayEventTypeFromWire(u"webhook.delivery"), std::optional(GatewayEventType::WebhookDelivery));
        QCOMPARE(gatewayEventTypeFromWire(u"call.succeeded"), std::nullopt);
        QCOMPARE(gatewayEventTypeFromWire(u"Call.Failed"), std::nullopt);
    }

    void type()
    {
        GatewayEvent event;
        QCOMPARE(event.type(), GatewayEventType::FailedCall);
        QVERIFY(event.failedCall());
        QVERIFY(!event.webhookDelivery());
        event.detail = WebhookDelivery();
        QCOMPARE(event.type(), GatewayEventType::WebhookDelivery);
        QVERIFY(event.webhookDelivery());
    }

    void latestAttempt()
    {
        WebhookDelivery delivery;
        QCOMPARE(delivery.latestAttempt(), nullptr);
        DeliveryAttempt first;
        first.id = u"atmpt_1"_s;
        DeliveryAttempt second;
        second.id = u"atmpt_2"_s;
        delivery.attempts = {first, second};
        QCOMPARE(delivery.latestAttempt()->id, u"atmpt_2"_s);
    }

    void mapIntegration_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("gatewaySays");
        QTest::addColumn<QString>("expected");

        // Routes below: shopify -> shopify-admin (every route), orders -> shopify-admin/orders,
        // stripe-a and stripe-b -> stripe-api/charges.
        QTest::newRow("service and route") << u"shopify-admin"_s << u"orders"_s << QString() << u"orders"_s;
        QTest::newRow("service alone") << u"shopify-admin"_s << u"products"_s << QString() << u"shopify"_s;
        QTest::newRow("service without a route") << u"shopify-admin"_s << QString() << QString() << u"shopify"_s;
        QTest::newRow("configuration wins over the gateway")
            << u"shopify-admin"_s << u"products"_s << u"shop"_s << u"shopify"_s;
        QTest::newRow("unknown service: the gateway's idea") << u"slack"_s << u"chat"_s << u"slack"_s << u"slack"_s;
        QTest::newRow("unknown service, gateway silent") << u"slack"_s << u"chat"_s << QString() << QString();
        QTest::newRow("route of another service does not count")
            << u"stripe-api"_s << u"orders"_s << QString() << QString();
        QTest::newRow("two integrations on one route: the smaller id")
            << u"stripe-api"_s << u"charges"_s << QString() << u"stripe-a"_s;
    }

    void mapIntegration()
    {
        QFETCH(QString, service);
        QFETCH(QString, route);
        QFETCH(QString, gatewaySays);
        QFETCH(QString, expected);
        const QHash<QString, GatewayRoute> routes{
            {u"shopify"_s, {u"shopify-admin"_s, QString()}},
            {u"orders"_s, {u"shopify-admin"_s, u"orders"_s}},
            {u"stripe-b"_s, {u"stripe-api"_s, u"charges"_s}},
            {u"stripe-a"_s, {u"stripe-api"_s, u"charges"_s}},
        };
        FailedCall call;
        call.service = service;
        call.route = route;
        call.integration = gatewaySays;
        QCOMPARE(gw::mapIntegration(routes, call), expected);
    }
};

QTEST_GUILESS_MAIN(tst_GatewayEvent)
#include "tst_gatewayevent.moc"
