#include "webhookdeliveriesmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

GatewayEvent deliveryEvent(const QString &id, const QString &source = u"shopify"_s)
{
    WebhookDelivery delivery;
    delivery.source = source;
    delivery.topic = u"orders/create"_s;
    delivery.receivedAtMs = QDateTime(QDate(2026, 12, 1), QTime(9, 30, 5), Qt::UTC).toMSecsSinceEpoch();
    delivery.verdict = u"accepted"_s;
    return GatewayEvent{id, u"c_"_s + id, delivery.receivedAtMs, delivery};
}

GatewayEvent failedCallEvent(const QString &id)
{
    return GatewayEvent{id, u"c_"_s + id, 0, FailedCall{}};
}

WebhookDelivery &detail(GatewayEvent &event)
{
    return std::get<WebhookDelivery>(event.detail);
}

QString cell(const WebhookDeliveriesModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class tst_WebhookDeliveriesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("TZ", "UTC");
        tzset();
    }

    void keepsOnlyDeliveries()
    {
        WebhookDeliveriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeliveries({deliveryEvent(u"d_2"_s), failedCallEvent(u"c_1"_s), deliveryEvent(u"d_1"_s)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(WebhookDeliveriesModel::ColumnCount));
        QCOMPARE(cell(model, 0, WebhookDeliveriesModel::IdColumn), u"d_2"_s);
        QCOMPARE(cell(model, 1, WebhookDeliveriesModel::IdColumn), u"d_1"_s);
        QCOMPARE(model.rowOf(u"d_1"_s), 1);
        QCOMPARE(model.rowOf(u"c_1"_s), -1);
        QVERIFY(model.delivery(1));
        QVERIFY(!model.delivery(2));
        QVERIFY(!model.event(-1));
    }

    void cells_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("toolTip");

        using M = WebhookDeliveriesModel;
        QTest::newRow("received") << int(M::ReceivedColumn) << u"2026-12-01 09:30:05"_s
                                  << u"*"_s; // QLocale's long format: any text
        QTest::newRow("source") << int(M::SourceColumn) << u"stripe"_s << QString();
        QTest::newRow("topic") << int(M::TopicColumn) << u"orders/create"_s << QString();
        QTest::newRow("gateway verdict with its reason")
            << int(M::GatewayColumn) << u"accepted: previous_secret"_s << u"accepted: previous_secret"_s;
        QTest::newRow("attempts") << int(M::AttemptsColumn) << u"2"_s << QString();
        QTest::newRow("latest attempt with its status code")
            << int(M::ForwardedColumn) << u"failed (503)"_s << u"Next attempt at 2026-12-01 09:35:05"_s;
        QTest::newRow("lag, vendor timestamp to receipt")
            << int(M::LagColumn) << u"2.5 s"_s << u"Sent by the vendor at 2026-12-01 09:30:02"_s;
        QTest::newRow("Gatewatch's verdict")
            << int(M::SignatureColumn) << u"valid-previous-secret"_s << u"signed with previous 1"_s;
    }

    void cells()
    {
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QString, toolTip);

        GatewayEvent event = deliveryEvent(u"d_1"_s, u"stripe"_s);
        WebhookDelivery &d = detail(event);
        d.verdictReason = u"previous_secret"_s;
        d.attempts = {DeliveryAttempt{u"a1"_s, d.receivedAtMs, 500, {}, 12.0, u"failed"_s, u"scheduled"_s},
                      DeliveryAttempt{u"a2"_s, d.receivedAtMs + 5000, 503, {}, 15.0, u"failed"_s, u"scheduled"_s}};
        d.nextAttemptMs = d.receivedAtMs + 300'000;
        d.sentAtMs = d.receivedAtMs - 2500;
        WebhookVerification verification;
        verification.verdict = WebhookVerdict::ValidPreviousSecret;
        verification.matchedSecret = u"previous 1"_s;
        verification.message = u"signed with previous 1"_s;
        d.verification = verification;

        WebhookDeliveriesModel model;
        model.setDeliveries({event});
        QCOMPARE(cell(model, 0, column), display);
        if (toolTip == u"*")
            QVERIFY(!cell(model, 0, column, Qt::ToolTipRole).isEmpty());
        else
            QCOMPARE(cell(model, 0, column, Qt::ToolTipRole), toolTip);
        QCOMPARE(model.index(0, 0).data(WebhookDeliveriesModel::ProblemRole).toBool(), true); // forwarding failed
    }

    void emptyStates()
    {
        GatewayEvent event = deliveryEvent(u"d_1"_s, u"github"_s);
        WebhookDeliveriesModel model;
        model.setDeliveries({event});
        QCOMPARE(cell(model, 0, WebhookDeliveriesModel::SignatureColumn), u"not checked"_s);
        QCOMPARE(cell(model, 0, WebhookDeliveriesModel::SignatureColumn, Qt::ToolTipRole),
                 u"The configuration has no webhooks: entry for github"_s);
        QCOMPARE(cell(model, 0, WebhookDeliveriesModel::ForwardedColumn), u"waiting"_s);
        QCOMPARE(cell(model, 0, WebhookDeliveriesModel::LagColumn), QString());
        QVERIFY(model.index(0, WebhookDeliveriesModel::LagColumn).data(WebhookDeliveriesModel::RawValueRole).isNull());
        QCOMPARE(model.index(0, 0).data(WebhookDeliveriesModel::ProblemRole).toBool(), false);

        detail(event).verdict = u"rejected"_s;
        model.setDeliveries({event});
        QCOMPARE(cell(model, 0, WebhookDeliveriesModel::ForwardedColumn), u"not forwarded"_s);
        QCOMPARE(model.index(0, 0).data(WebhookDeliveriesModel::ProblemRole).toBool(), true);
    }

    void lagText_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("sub-second") << qint64(250) << u"0.3 s"_s;
        QTest::newRow("seconds, one decimal") << qint64(9'940) << u"9.9 s"_s;
        QTest::newRow("whole seconds") << qint64(42'500) << u"42 s"_s;
        QTest::newRow("minutes") << qint64(3'900'000) << u"65 min"_s;
        QTest::newRow("negative: the vendor's clock is ahead") << qint64(-1'500) << u"-1.5 s"_s;
    }

    void lagText()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(WebhookDeliveriesModel::lagText(ms), text);
    }

    void updatesInPlace()
    {
        WebhookDeliveriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<GatewayEvent> events{deliveryEvent(u"d_2"_s), deliveryEvent(u"d_1"_s)};
        model.setDeliveries(events);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setDeliveries(events); // nothing new
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 0);

        detail(events[1]).attempts.append(DeliveryAttempt{u"a1"_s, 0, 200, {}, 12.0, u"success"_s, u"scheduled"_s});
        model.setDeliveries(events); // the same deliveries, one progressed
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(cell(model, 1, WebhookDeliveriesModel::ForwardedColumn), u"success (200)"_s);

        events.prepend(deliveryEvent(u"d_3"_s)); // a new one arrived
        model.setDeliveries(events);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(u"d_3"_s), 0);

        model.setDeliveries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void headers()
    {
        WebhookDeliveriesModel model;
        QStringList titles;
        for (int c = 0; c < model.columnCount(); ++c)
            titles.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(titles, (QStringList{u"Received"_s, u"Source"_s, u"Topic"_s, u"Signature"_s, u"Gateway"_s,
                                      u"Forwarded"_s, u"Attempts"_s, u"Lag"_s, u"Id"_s}));
        QVERIFY(model.headerData(0, Qt::Vertical).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_WebhookDeliveriesModel)
#include "tst_webhookdeliveriesmodel.moc"
