#include "fakehistory.h"
#include "statuspalette.h"
#include "webhookdeliveriesmodel.h"
#include "webhookspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 hour = 3'600'000;
const qint64 nowMs = QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch();

GatewayEvent delivery(const QString &id, const QString &source, qint64 receivedMs,
                      std::optional<WebhookVerdict> verdict, const QString &attemptStatus = u"success"_s)
{
    WebhookDelivery d;
    d.source = source;
    d.topic = u"orders/create"_s;
    d.receivedAtMs = receivedMs;
    d.headers = {{u"Content-Type"_s, u"application/json"_s},
                 {u"X-Shopify-Hmac-Sha256"_s, u"QmFkU2lnbmF0dXJl"_s},
                 {u"X-Shopify-Event-Id"_s, u"evt-"_s + id}};
    d.body = R"({"id":820982911946154500,"email":"jon@example.com"})";
    d.verdict = u"accepted"_s;
    d.responseStatus = 200;
    if (!attemptStatus.isEmpty())
        d.attempts = {DeliveryAttempt{u"atmpt_1"_s, receivedMs + 20, attemptStatus == u"success" ? 200 : 503, u"ok"_s,
                                      35.0, attemptStatus, u"scheduled"_s}};
    if (verdict) {
        WebhookVerification v;
        v.verdict = *verdict;
        v.scheme = u"shopify"_s;
        v.header = u"X-Shopify-Hmac-Sha256"_s;
        v.expected = u"Q29ycmVjdFNpZ25hdHVyZQ=="_s;
        v.received = u"QmFkU2lnbmF0dXJl"_s;
        v.dedupeId = u"evt-"_s + id;
        v.message = *verdict == WebhookVerdict::BadSignature
                        ? u"expected Q29ycmVjdFNpZ25hdHVyZQ==, received QmFkU2lnbmF0dXJl"_s
                        : QString();
        if (isAuthentic(*verdict))
            v.matchedSecret = u"current"_s;
        d.verification = v;
    }
    d.sentAtMs = receivedMs - 1500;
    return GatewayEvent{id, u"c_"_s + id, receivedMs, d};
}

// Four sources over the last hours, and shopify at the same hour on the three days before.
QList<GatewayEvent> sampleEvents()
{
    QList<GatewayEvent> events;
    const qint64 nine = nowMs - 90 * 60'000; // 09:00, the last complete hour
    events.append(delivery(u"d_1"_s, u"shopify"_s, nine + 5 * 60'000, WebhookVerdict::Valid));
    GatewayEvent forged = delivery(u"d_2"_s, u"shopify"_s, nine + 10 * 60'000, WebhookVerdict::BadSignature, {});
    std::get<WebhookDelivery>(forged.detail).verdict = u"rejected"_s;
    std::get<WebhookDelivery>(forged.detail).verdictReason = u"bad_signature"_s;
    std::get<WebhookDelivery>(forged.detail).responseStatus = 401;
    events.append(forged);
    events.append(delivery(u"d_3"_s, u"stripe"_s, nowMs - 20 * 60'000, WebhookVerdict::Duplicate));
    GatewayEvent retrying = delivery(u"d_4"_s, u"github"_s, nowMs - 10 * 60'000, std::nullopt, u"failed"_s);
    std::get<WebhookDelivery>(retrying.detail).nextAttemptMs = nowMs + 5 * 60'000;
    std::get<WebhookDelivery>(retrying.detail).sentAtMs.reset();
    events.append(retrying);
    for (int day = 1; day <= 3; ++day) {
        for (int i = 0; i < 2; ++i)
            events.append(delivery(u"old_%1_%2"_s.arg(day).arg(i), u"shopify"_s, nine - day * 24 * hour + i * 60'000,
                                   WebhookVerdict::Valid));
    }
    return events;
}

QStringList shownIds(const WebhooksPage &page)
{
    const auto *table = page.findChild<QTableView *>(u"webhookDeliveries"_s);
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids.append(table->model()->index(row, 0).data(WebhookDeliveriesModel::IdRole).toString());
    return ids;
}

void select(WebhooksPage &page, const QString &id)
{
    auto *table = page.findChild<QTableView *>(u"webhookDeliveries"_s);
    const int row = int(shownIds(page).indexOf(id));
    QVERIFY(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
}

} // namespace

class TestWebhooksPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutHistory()
    {
        WebhooksPage page;
        page.setProvider(nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<QLabel *>(u"webhooksEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(!page.findChild<QTableWidget *>(u"webhookHealth"_s)->isVisible());
    }

    void listsTheWindowNewestFirst()
    {
        FakeHistory history(nowMs);
        history.gatewayEvents = sampleEvents();
        WebhooksPage page;
        page.setClock([] { return nowMs; });
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&page, &WebhooksPage::refreshed);
        page.setProvider(&history);
        page.show();
        QTRY_VERIFY(refreshed.size() >= 1);

        // The last 24 hours by default: the deliveries of the days before are only counted.
        QCOMPARE(shownIds(page), (QStringList{u"d_4"_s, u"d_3"_s, u"d_2"_s, u"d_1"_s}));
        const EventQuery asked = history.eventQueries.constLast();
        QCOMPARE(asked.type, GatewayEventType::WebhookDelivery);
        QCOMPARE(asked.fromMs, nowMs - 24 * hour);
        QCOMPARE(page.findChild<QLabel *>(u"webhooksCount"_s)->text(), u"4 deliveries"_s);

        // Failures stand out: d_2's signature and the gateway's rejection in red, d_3's duplicate in amber.
        const QAbstractItemModel *shown = page.findChild<QTableView *>(u"webhookDeliveries"_s)->model();
        const StatusPalette colours(page.palette());
        auto colour = [shown](int row, int column) {
            return shown->index(row, column).data(Qt::ForegroundRole).value<QColor>();
        };
        QCOMPARE(colour(2, WebhookDeliveriesModel::SignatureColumn), colours.foreground(HealthStatus::Down));
        QCOMPARE(colour(2, WebhookDeliveriesModel::GatewayColumn), colours.foreground(HealthStatus::Down));
        QCOMPARE(colour(1, WebhookDeliveriesModel::SignatureColumn), colours.foreground(HealthStatus::Degraded));
        QCOMPARE(colour(0, WebhookDeliveriesModel::ForwardedColumn), colours.foreground(HealthStatus::Down));
        QVERIFY(!colour(3, WebhookDeliveriesModel::SignatureColumn).isValid());

        auto *window = page.findChild<QComboBox *>(u"webhooksWindow"_s);
        window->setCurrentIndex(window->findText(u"Last hour"_s));
        QTRY_COMPARE(shownIds(page), (QStringList{u"d_4"_s, u"d_3"_s}));
    }

    void healthPerSource()
    {
        FakeHistory history(nowMs);
        history.gatewayEvents = sampleEvents();
        WebhooksPage page;
        page.setClock([] { return nowMs; });
        QSignalSpy attention(&page, &WebhooksPage::attentionChanged);
        page.setProvider(&history);
        page.show();
        QTRY_COMPARE(page.health().size(), 3);

        const QList<WebhookSourceHealth> health = page.health();
        QCOMPARE(health.at(0).source, u"github"_s);
        QCOMPARE(health.at(0).retrying, 1);
        QCOMPARE(health.at(0).checked, 0);
        const WebhookSourceHealth &shopify = health.at(1);
        QCOMPARE(shopify.deliveries, 2);
        QCOMPARE(shopify.rejected, 1);
        QCOMPARE(shopify.signatureFailures, 1);
        QCOMPARE(shopify.volumeLastHour, 2);
        QCOMPARE(shopify.usualVolume, std::optional(2.0)); // two at 09:00 on each of the three days before
        QCOMPARE(health.at(2).duplicates, 1);
        QCOMPARE(page.attention(), 1); // shopify: a signature failure
        QCOMPARE(attention.constLast().at(0).toInt(), 1);

        auto *table = page.findChild<QTableWidget *>(u"webhookHealth"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 0)->text(), u"shopify"_s);
        QCOMPARE(table->item(1, 2)->text(), u"100 %"_s);
        QCOMPARE(table->item(1, 3)->text(), u"50 % (1)"_s);
        QCOMPARE(table->item(1, 5)->text(), u"1.5 s / 1.5 s"_s);
        QCOMPARE(table->item(1, 6)->text(), u"2 (usual 2)"_s);
        QCOMPARE(table->item(0, 2)->text(), u"— (1 in progress)"_s);
        QCOMPARE(table->item(0, 3)->text(), u"not checked"_s);
        QCOMPARE(table->item(0, 6)->text(), u"0 (no usual level yet)"_s);
        QCOMPARE(table->item(2, 3)->text(), u"0 %"_s);
        QCOMPARE(table->item(0, 5)->text(), u"—"_s);

        // A click on a source shows its deliveries.
        const QRect cell = table->visualItemRect(table->item(2, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(shownIds(page), QStringList{u"d_3"_s});
        QCOMPARE(page.findChild<QComboBox *>(u"webhooksSource"_s)->currentText(), u"stripe"_s);
        QCOMPARE(page.findChild<QLabel *>(u"webhooksCount"_s)->text(), u"1 of 4 deliveries"_s);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");

        QTest::newRow("all") << u"All deliveries"_s << QString() << QStringList{u"d_4"_s, u"d_3"_s, u"d_2"_s, u"d_1"_s};
        QTest::newRow("any problem") << u"Any problem"_s << QString() << QStringList{u"d_4"_s, u"d_3"_s, u"d_2"_s};
        QTest::newRow("signature failures") << u"Signature failures"_s << QString() << QStringList{u"d_2"_s};
        QTest::newRow("rejected") << u"Rejected by the gateway"_s << QString() << QStringList{u"d_2"_s};
        QTest::newRow("not forwarded") << u"Not forwarded"_s << QString() << QStringList{u"d_4"_s};
        QTest::newRow("duplicates") << u"Duplicates"_s << QString() << QStringList{u"d_3"_s};
        QTest::newRow("text: an id") << u"All deliveries"_s << u"D_1"_s << QStringList{u"d_1"_s};
        QTest::newRow("text: a verdict") << u"All deliveries"_s << u"bad-sig"_s << QStringList{u"d_2"_s};
        QTest::newRow("text: a dedupe id") << u"All deliveries"_s << u"evt-d_3"_s << QStringList{u"d_3"_s};
        QTest::newRow("text and kind") << u"Any problem"_s << u"d_1"_s << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QStringList, ids);

        FakeHistory history(nowMs);
        history.gatewayEvents = sampleEvents();
        WebhooksPage page;
        page.setClock([] { return nowMs; });
        page.setProvider(&history);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 4);
        auto *kinds = page.findChild<QComboBox *>(u"webhooksKind"_s);
        kinds->setCurrentIndex(kinds->findText(kind));
        page.findChild<QLineEdit *>(u"webhooksText"_s)->setText(text);
        QTRY_COMPARE(shownIds(page), ids);
        QCOMPARE(page.visibleDeliveries(), ids.size());
    }

    void detailWorksThroughTheVerification()
    {
        FakeHistory history(nowMs);
        history.gatewayEvents = sampleEvents();
        WebhooksPage page;
        page.setClock([] { return nowMs; });
        page.setProvider(&history);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 4);

        select(page, u"d_2"_s);
        QTRY_VERIFY(page.shownDelivery());
        QCOMPARE(page.shownDelivery()->id, u"d_2"_s);
        QCOMPARE(
            page.findChild<QLabel *>(u"webhookSentence"_s)->text(),
            u"shopify orders/create, rejected by the gateway. Signature: bad-signature. Forwarded: not forwarded."_s);
        const QString verification = page.findChild<QTextBrowser *>(u"webhookVerification"_s)->toPlainText();
        for (const QString &part :
             {u"bad_signature"_s, u"answered 401"_s, u"bad-signature"_s, u"shopify"_s, u"X-Shopify-Hmac-Sha256"_s,
              u"Q29ycmVjdFNpZ25hdHVyZQ=="_s, u"QmFkU2lnbmF0dXJl"_s, u"evt-d_2"_s, u"lag 1.5 s"_s})
            QVERIFY2(verification.contains(part), qPrintable(part + u" in "_s + verification));
        QCOMPARE(page.findChild<QTableWidget *>(u"webhookHeaders"_s)->rowCount(), 3);
        QCOMPARE(page.findChild<QLabel *>(u"webhookNextAttempt"_s)->text(),
                 u"Not forwarded: the gateway rejected it."_s);

        // The payload, pretty and as the bytes the signature covers.
        auto *payload = page.findChild<QPlainTextEdit *>(u"webhookPayload"_s);
        QVERIFY(payload->toPlainText().contains(u"\n    \"email\": \"jon@example.com\""_s));
        page.findChild<QCheckBox *>(u"webhookPretty"_s)->setChecked(false);
        QCOMPARE(payload->toPlainText(), uR"({"id":820982911946154500,"email":"jon@example.com"})"_s);
        QCOMPARE(page.findChild<QLabel *>(u"webhookPayloadSize"_s)->text(), u"application/json, 51 B"_s);

        select(page, u"d_4"_s);
        QTRY_COMPARE(page.shownDelivery()->id, u"d_4"_s);
        auto *attempts = page.findChild<QTableWidget *>(u"webhookAttempts"_s);
        QCOMPARE(attempts->rowCount(), 1);
        QCOMPARE(attempts->item(0, 1)->text(), u"failed"_s);
        QCOMPARE(attempts->item(0, 2)->text(), u"503"_s);
        QVERIFY(page.findChild<QLabel *>(u"webhookNextAttempt"_s)->text().startsWith(u"Next attempt at "_s));
        QVERIFY(page.findChild<QTextBrowser *>(u"webhookVerification"_s)
                    ->toPlainText()
                    .contains(u"not checked: the configuration has no webhooks: entry for github"_s));
    }

    void copiesASummaryAndThePayload()
    {
        FakeHistory history(nowMs);
        history.gatewayEvents = sampleEvents();
        WebhooksPage page;
        page.setClock([] { return nowMs; });
        page.setProvider(&history);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 4);
        select(page, u"d_2"_s);
        QTRY_VERIFY(page.shownDelivery());

        page.findChild<QPushButton *>(u"copyWebhookSummary"_s)->click();
        const QString summary = QApplication::clipboard()->text();
        QCOMPARE(summary, u"**Webhook delivery** `d_2` from shopify (orders/create)\n"
                          "- Received: 2026-12-01T09:10:00Z (lag 1.5 s)\n"
                          "- Gateway: rejected (bad_signature), answered 401\n"
                          "- Forwarded: not forwarded\n"
                          "- Signature (Gatewatch): bad-signature: expected Q29ycmVjdFNpZ25hdHVyZQ==, received "
                          "QmFkU2lnbmF0dXJl\n"_s);
        page.findChild<QPushButton *>(u"copyPayload"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), uR"({"id":820982911946154500,"email":"jon@example.com"})"_s);
    }

    void selectionFollowsItsDeliveryAcrossRefreshes()
    {
        FakeHistory history(nowMs);
        history.gatewayEvents = sampleEvents();
        WebhooksPage page;
        page.setClock([] { return nowMs; });
        page.setProvider(&history);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 4);
        select(page, u"d_3"_s);
        QTRY_COMPARE(page.shownDelivery()->id, u"d_3"_s);

        // A newer delivery arrives on top, and d_3 progresses.
        history.gatewayEvents.append(delivery(u"d_5"_s, u"slack"_s, nowMs - 60'000, WebhookVerdict::Valid));
        for (GatewayEvent &event : history.gatewayEvents) {
            if (event.id == u"d_3")
                std::get<WebhookDelivery>(event.detail)
                    .attempts.append(
                        DeliveryAttempt{u"atmpt_2"_s, nowMs - 60'000, 200, u"ok"_s, 20.0, u"success"_s, u"manual"_s});
        }
        QSignalSpy refreshed(&page, &WebhooksPage::refreshed);
        page.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(shownIds(page).constFirst(), u"d_5"_s);
        QCOMPARE(page.shownDelivery()->id, u"d_3"_s);
        QCOMPARE(page.shownDelivery()->webhookDelivery()->attempts.size(), 2);
        QCOMPARE(page.findChild<QTableWidget *>(u"webhookAttempts"_s)->rowCount(), 2);
        auto *table = page.findChild<QTableView *>(u"webhookDeliveries"_s);
        QCOMPARE(table->currentIndex().data(WebhookDeliveriesModel::IdRole).toString(), u"d_3"_s);
    }

    void emptyWindowSaysWhereDeliveriesComeFrom()
    {
        FakeHistory history(nowMs);
        WebhooksPage page;
        page.setClock([] { return nowMs; });
        QSignalSpy refreshed(&page, &WebhooksPage::refreshed);
        page.setProvider(&history);
        page.show();
        QTRY_VERIFY(!refreshed.isEmpty());
        QCOMPARE(page.findChild<QLabel *>(u"webhooksCount"_s)->text(), u"0 deliveries"_s);
        QVERIFY(page.findChild<QLabel *>(u"webhookDetailHint"_s)->text().contains(u"gateway's event feed"_s));
        QVERIFY(!page.findChild<QTableWidget *>(u"webhookHealth"_s)->isVisible());
    }
};

} // namespace gw

QTEST_MAIN(gw::TestWebhooksPage)
#include "tst_webhookspage.moc"
