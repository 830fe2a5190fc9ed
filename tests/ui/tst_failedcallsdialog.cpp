#include "failedcallsdialog.h"

#include "fakehistory.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 nowMs = 1'764'583'200'000; // 2025-12-01 10:00 UTC

GatewayEvent call(const QString &id, qint64 timeMs, const QString &route, int status)
{
    FailedCall c;
    c.service = u"shopify-admin"_s;
    c.route = route;
    c.request = {u"GET"_s, u"https://shop.example/admin/api/2024-10/"_s + route + u".json"_s, {}};
    c.response = CallResponse{status, {{u"X-Request-Id"_s, id + u"-vendor"_s}}, u"{}"_s, false};
    c.durationMs = 250;
    c.vendorRequestId = id + u"-vendor"_s;
    return GatewayEvent{id, u"c_"_s + id, timeMs, c};
}

EventQuery ordersQuery()
{
    EventQuery query;
    query.service = u"shopify-admin"_s;
    query.route = u"orders"_s;
    query.fromMs = nowMs - 15 * 60'000;
    query.toMs = nowMs;
    return query;
}

} // namespace

class TestFailedCallsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheRoutesCallsInTheWindow();
    void saysWhyThereIsNothing_data();
    void saysWhyThereIsNothing();
};

void TestFailedCallsDialog::listsTheRoutesCallsInTheWindow()
{
    FakeHistory history(nowMs);
    history.gatewayEvents = {
        call(u"call_1"_s, nowMs - 10 * 60'000, u"orders"_s, 503),
        call(u"call_2"_s, nowMs - 2 * 60'000, u"orders"_s, 502),
        call(u"call_3"_s, nowMs - 3 * 60'000, u"products"_s, 500), // another route
        call(u"call_4"_s, nowMs - 20 * 60'000, u"orders"_s, 500),  // before the window
    };
    FailedCallsDialog dialog(&history, ordersQuery(), true);
    QSignalSpy loaded(&dialog, &FailedCallsDialog::loaded);
    dialog.show();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toInt(), 2);
    QCOMPARE(history.eventQueries.size(), 1);
    QCOMPARE(history.eventQueries.first(), ordersQuery());

    auto *table = dialog.findChild<QTableView *>(u"failedCallsTable"_s);
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    // Newest first, and the newest is selected with its details shown.
    QCOMPARE(table->model()->index(0, 3).data().toString(), u"502 Bad Gateway"_s);
    auto *detail = dialog.findChild<QPlainTextEdit *>(u"failedCallDetail"_s);
    QVERIFY(detail->toPlainText().contains(u"Failed call call_2"_s));
    QVERIFY(detail->toPlainText().contains(u"Vendor request id: call_2-vendor"_s));

    table->selectRow(1);
    QVERIFY(detail->toPlainText().contains(u"Failed call call_1"_s));
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"Copy details"_s)
            copy = button;
    }
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), detail->toPlainText());
    QVERIFY(dialog.windowTitle().contains(u"shopify-admin / orders"_s));
}

void TestFailedCallsDialog::saysWhyThereIsNothing_data()
{
    QTest::addColumn<bool>("withHistory");
    QTest::addColumn<bool>("feedConfigured");
    QTest::addColumn<QString>("message");
    QTest::newRow("no failed calls") << true << true << u"reported no failed calls"_s;
    QTest::newRow("no event feed") << true << false << u"Add events_url"_s;
    QTest::newRow("history off") << false << true << u"History is off"_s;
}

void TestFailedCallsDialog::saysWhyThereIsNothing()
{
    QFETCH(bool, withHistory);
    QFETCH(bool, feedConfigured);
    QFETCH(QString, message);
    FakeHistory history(nowMs);
    FailedCallsDialog dialog(withHistory ? &history : nullptr, ordersQuery(), feedConfigured);
    QSignalSpy loaded(&dialog, &FailedCallsDialog::loaded);
    dialog.show();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(dialog.callCount(), 0);
    auto *status = dialog.findChild<QLabel *>(u"failedCallsStatus"_s);
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().contains(message), qPrintable(status->text()));
}

} // namespace gw

QTEST_MAIN(gw::TestFailedCallsDialog)
#include "tst_failedcallsdialog.moc"
