#include "webhookhealth.h"

#include <QDateTime>
#include <QTest>

Q_DECLARE_METATYPE(QList<gw::WebhookDelivery>)
Q_DECLARE_METATYPE(QList<gw::WebhookVolume>)
Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(gw::Forwarding)

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hour = 3'600'000;
constexpr qint64 day = 24 * hour;

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// One delivery: the gateway's verdict, its attempts' statuses (oldest first), whether a next
// attempt is planned, Gatewatch's verdict (empty: not checked).
WebhookDelivery delivery(const QString &source, const QString &gateway, const QStringList &attempts,
                         bool nextPlanned = false, const QString &signature = {}, const QString &reason = {})
{
    WebhookDelivery d;
    d.source = source;
    d.topic = u"orders/create"_s;
    d.receivedAtMs = at("2026-12-01T10:00:00Z");
    d.verdict = gateway;
    d.verdictReason = reason;
    for (const QString &status : attempts)
        d.attempts.append(DeliveryAttempt{u"a"_s, d.receivedAtMs, 200, {}, 10.0, status, u"scheduled"_s});
    if (nextPlanned)
        d.nextAttemptMs = d.receivedAtMs + 5000;
    if (!signature.isEmpty()) {
        WebhookVerification verification;
        verification.verdict = *webhookVerdictFromName(signature);
        d.verification = verification;
    }
    return d;
}

WebhookDelivery withLag(WebhookDelivery d, qint64 lagMs)
{
    d.sentAtMs = d.receivedAtMs - lagMs;
    return d;
}

} // namespace

class tst_WebhookHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QList<WebhookDelivery>>("deliveries");
        QTest::addColumn<QList<int>>("expected"); // deliveries, rejected, delivered, undelivered, retrying,
                                                  // checked, signature failures, duplicates

        const QString s = u"shopify"_s;
        QTest::newRow("none") << QList<WebhookDelivery>{} << QList<int>{};
        QTest::newRow("one delivered") << QList{delivery(s, u"accepted"_s, {u"success"_s})}
                                       << QList<int>{1, 0, 1, 0, 0, 0, 0, 0};
        QTest::newRow("failed, then delivered on the retry")
            << QList{delivery(s, u"accepted"_s, {u"failed"_s, u"success"_s})} << QList<int>{1, 0, 1, 0, 0, 0, 0, 0};
        QTest::newRow("failed with a retry planned")
            << QList{delivery(s, u"accepted"_s, {u"failed"_s}, true)} << QList<int>{1, 0, 0, 0, 1, 0, 0, 0};
        QTest::newRow("failed for good") << QList{delivery(s, u"accepted"_s, {u"failed"_s, u"failed"_s})}
                                         << QList<int>{1, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("accepted, not forwarded yet")
            << QList{delivery(s, u"accepted"_s, {})} << QList<int>{1, 0, 0, 0, 1, 0, 0, 0};
        QTest::newRow("sending") << QList{delivery(s, u"accepted"_s, {u"sending"_s})}
                                 << QList<int>{1, 0, 0, 0, 1, 0, 0, 0};
        QTest::newRow("rejected for its signature")
            << QList{delivery(s, u"rejected"_s, {}, false, u"bad-signature"_s, u"bad_signature"_s)}
            << QList<int>{1, 1, 0, 0, 0, 1, 1, 0};
        QTest::newRow("every failing verdict counts")
            << QList{delivery(s, u"accepted"_s, {}, false, u"bad-signature"_s),
                     delivery(s, u"accepted"_s, {}, false, u"missing-signature"_s),
                     delivery(s, u"accepted"_s, {}, false, u"malformed-header"_s),
                     delivery(s, u"accepted"_s, {}, false, u"stale"_s),
                     delivery(s, u"accepted"_s, {}, false, u"future"_s)}
            << QList<int>{5, 0, 0, 0, 5, 5, 5, 0};
        QTest::newRow("signed ones are no failure")
            << QList{delivery(s, u"accepted"_s, {}, false, u"valid"_s),
                     delivery(s, u"accepted"_s, {}, false, u"valid-previous-secret"_s),
                     delivery(s, u"accepted"_s, {}, false, u"no-secret"_s),
                     delivery(s, u"accepted"_s, {}, false, u"unknown-scheme"_s)}
            << QList<int>{4, 0, 0, 0, 4, 4, 0, 0};
        QTest::newRow("duplicates by either verdict, once each")
            << QList{delivery(s, u"accepted"_s, {u"success"_s}, false, u"duplicate"_s),
                     delivery(s, u"rejected"_s, {}, false, u"valid"_s, u"duplicate"_s),
                     delivery(s, u"rejected"_s, {}, false, u"duplicate"_s, u"duplicate"_s)}
            << QList<int>{3, 2, 1, 0, 0, 3, 0, 3};
    }

    void counts()
    {
        QFETCH(QList<WebhookDelivery>, deliveries);
        QFETCH(QList<int>, expected);

        const QList<WebhookSourceHealth> health = webhookHealth(deliveries, {}, at("2026-12-01T10:30:00Z"));
        if (expected.isEmpty()) {
            QVERIFY(health.isEmpty());
            return;
        }
        QCOMPARE(health.size(), 1);
        const WebhookSourceHealth &h = health.constFirst();
        QCOMPARE(h.source, u"shopify"_s);
        const QList<int> actual{h.deliveries, h.rejected, h.delivered,         h.undelivered,
                                h.retrying,   h.checked,  h.signatureFailures, h.duplicates};
        QCOMPARE(actual, expected);
        QCOMPARE(h.volumeHourMs, at("2026-12-01T09:00:00Z"));
        QCOMPARE(h.volumeLastHour, 0);
        QVERIFY(!h.usualVolume);
    }

    // Gatewatch's verdict when it reached one about the signature, else the gateway's reason.
    void signatureFailureByEither_data()
    {
        QTest::addColumn<QString>("gatewatch"); // empty: not checked
        QTest::addColumn<QString>("gateway");   // the gateway's verdict, then its reason
        QTest::addColumn<bool>("failed");

        QTest::newRow("Gatewatch: bad") << u"bad-signature"_s << u"accepted"_s << true;
        QTest::newRow("Gatewatch: stale") << u"stale"_s << u"accepted"_s << true;
        QTest::newRow("Gatewatch: future") << u"future"_s << u"accepted"_s << true;
        QTest::newRow("Gatewatch: missing") << u"missing-signature"_s << u"accepted"_s << true;
        QTest::newRow("Gatewatch: malformed") << u"malformed-header"_s << u"accepted"_s << true;
        QTest::newRow("Gatewatch: valid, whatever the gateway says")
            << u"valid"_s << u"rejected:bad_signature"_s << false;
        QTest::newRow("Gatewatch: a previous secret") << u"valid-previous-secret"_s << u"accepted"_s << false;
        QTest::newRow("Gatewatch: a duplicate is signed") << u"duplicate"_s << u"rejected:duplicate"_s << false;
        QTest::newRow("Gatewatch has no secret: the gateway's bad_signature")
            << u"no-secret"_s << u"rejected:bad_signature"_s << true;
        QTest::newRow("Gatewatch knows no scheme: the gateway's stale")
            << u"unknown-scheme"_s << u"rejected:stale"_s << true;
        QTest::newRow("not checked: the gateway's missing_signature")
            << QString() << u"rejected:missing_signature"_s << true;
        QTest::newRow("not checked: accepted, though the gateway found it bad")
            << QString() << u"accepted:bad_signature"_s << true;
        QTest::newRow("not checked: the gateway's duplicate") << QString() << u"rejected:duplicate"_s << false;
        QTest::newRow("not checked: the gateway's previous_secret")
            << QString() << u"accepted:previous_secret"_s << false;
        QTest::newRow("not checked: another reason") << QString() << u"rejected:rate_limited"_s << false;
        QTest::newRow("not checked: accepted") << QString() << u"accepted"_s << false;
    }

    void signatureFailureByEither()
    {
        QFETCH(QString, gatewatch);
        QFETCH(QString, gateway);
        QFETCH(bool, failed);
        const WebhookDelivery d =
            delivery(u"shopify"_s, gateway.section(u':', 0, 0), {}, false, gatewatch, gateway.section(u':', 1));
        QCOMPARE(isSignatureFailureByEither(d), failed);
    }

    void forwarding_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QStringList>("attempts");
        QTest::addColumn<bool>("nextPlanned");
        QTest::addColumn<Forwarding>("expected");

        QTest::newRow("rejected") << u"rejected"_s << QStringList{} << false << Forwarding::Rejected;
        QTest::newRow("delivered") << u"accepted"_s << QStringList{u"success"_s} << false << Forwarding::Delivered;
        QTest::newRow("delivered on a retry")
            << u"accepted"_s << QStringList{u"failed"_s, u"success"_s} << false << Forwarding::Delivered;
        QTest::newRow("failed for good") << u"accepted"_s << QStringList{u"failed"_s} << false
                                         << Forwarding::Undelivered;
        QTest::newRow("failed, a retry planned")
            << u"accepted"_s << QStringList{u"failed"_s} << true << Forwarding::InProgress;
        QTest::newRow("not forwarded yet") << u"accepted"_s << QStringList{} << false << Forwarding::InProgress;
        QTest::newRow("sending") << u"accepted"_s << QStringList{u"sending"_s} << false << Forwarding::InProgress;
        QTest::newRow("pending") << u"accepted"_s << QStringList{u"pending"_s} << false << Forwarding::InProgress;
    }

    void forwarding()
    {
        QFETCH(QString, gateway);
        QFETCH(QStringList, attempts);
        QFETCH(bool, nextPlanned);
        QFETCH(Forwarding, expected);
        QCOMPARE(gw::forwarding(delivery(u"shopify"_s, gateway, attempts, nextPlanned)), expected);
    }

    void rates()
    {
        const QString s = u"stripe"_s;
        // 3 delivered, 1 failed for good: 75 %; 1 of 4 checked failed its signature: 25 %.
        const QList<WebhookDelivery> deliveries{
            delivery(s, u"accepted"_s, {u"success"_s}, false, u"valid"_s),
            delivery(s, u"accepted"_s, {u"success"_s}, false, u"valid"_s),
            delivery(s, u"accepted"_s, {u"failed"_s, u"success"_s}, false, u"valid-previous-secret"_s),
            delivery(s, u"accepted"_s, {u"failed"_s}, false, u"stale"_s),
            delivery(s, u"accepted"_s, {u"failed"_s}, true),
        };
        const WebhookSourceHealth h = webhookHealth(deliveries, {}, 0).constFirst();
        QCOMPARE(h.deliveryRate(), std::optional(0.75));
        QCOMPARE(h.signatureFailureRate(), std::optional(0.25));
        QVERIFY(h.needsAttention());

        const WebhookSourceHealth quiet =
            webhookHealth({delivery(s, u"accepted"_s, {u"success"_s})}, {}, 0).constFirst();
        QCOMPARE(quiet.deliveryRate(), std::optional(1.0));
        QCOMPARE(quiet.signatureFailureRate(), std::nullopt);
        QVERIFY(!quiet.needsAttention());

        const WebhookSourceHealth waiting = webhookHealth({delivery(s, u"accepted"_s, {})}, {}, 0).constFirst();
        QCOMPARE(waiting.deliveryRate(), std::nullopt);
    }

    void lag_data()
    {
        QTest::addColumn<QList<qint64>>("lags");
        QTest::addColumn<qint64>("p50");
        QTest::addColumn<qint64>("p95");

        // Nearest rank: the ceil(p * n)-th smallest.
        QTest::newRow("one") << QList<qint64>{250} << qint64(250) << qint64(250);
        QTest::newRow("five") << QList<qint64>{400, 100, 10'000, 300, 200} << qint64(300) << qint64(10'000);
        QTest::newRow("four") << QList<qint64>{40, 10, 30, 20} << qint64(20) << qint64(40);
        QTest::newRow("a clock ahead of ours") << QList<qint64>{-2000, 100, 200} << qint64(100) << qint64(200);
        QList<qint64> twenty;
        for (qint64 i = 1; i <= 20; ++i)
            twenty.append(i * 100);
        QTest::newRow("twenty") << twenty << qint64(1000) << qint64(1900);
    }

    void lag()
    {
        QFETCH(QList<qint64>, lags);
        QFETCH(qint64, p50);
        QFETCH(qint64, p95);

        QList<WebhookDelivery> deliveries;
        for (qint64 lag : lags)
            deliveries.append(withLag(delivery(u"slack"_s, u"accepted"_s, {}), lag));
        deliveries.append(delivery(u"slack"_s, u"accepted"_s, {})); // GitHub-like: no timestamp, no lag
        const WebhookSourceHealth h = webhookHealth(deliveries, {}, 0).constFirst();
        QCOMPARE(h.lagP50Ms, std::optional(p50));
        QCOMPARE(h.lagP95Ms, std::optional(p95));
    }

    void noLagWithoutTimestamps()
    {
        const WebhookSourceHealth h = webhookHealth({delivery(u"github"_s, u"accepted"_s, {})}, {}, 0).constFirst();
        QCOMPARE(h.lagP50Ms, std::nullopt);
        QCOMPARE(h.lagP95Ms, std::nullopt);
    }

    void volume_data()
    {
        QTest::addColumn<QList<WebhookVolume>>("volumes");
        QTest::addColumn<int>("lastHour");
        QTest::addColumn<std::optional<double>>("usual");

        const QString s = u"shopify"_s;
        const qint64 nine = at("2026-12-01T09:00:00Z"); // the last complete hour at 10:30
        QTest::newRow("no history before today") << QList{WebhookVolume{s, nine, 30}} << 30 << std::optional<double>();
        QTest::newRow("three days, median of three")
            << QList{WebhookVolume{s, nine - 3 * day - hour, 5}, WebhookVolume{s, nine - 3 * day, 40},
                     WebhookVolume{s, nine - 2 * day, 20}, WebhookVolume{s, nine - day, 10}, WebhookVolume{s, nine, 30}}
            << 30 << std::optional(20.0);
        QTest::newRow("a quiet day in the middle counts as zero")
            << QList{WebhookVolume{s, nine - 3 * day, 40}, WebhookVolume{s, nine - day, 10}, WebhookVolume{s, nine, 30}}
            << 30 << std::optional(10.0);
        QTest::newRow("median of an even count")
            << QList{WebhookVolume{s, nine - 2 * day, 20}, WebhookVolume{s, nine - day, 10}} << 0
            << std::optional(15.0);
        QTest::newRow("only the seven days before count") << QList{WebhookVolume{s, nine - 8 * day, 1000},
                                                                   WebhookVolume{s, nine - 7 * day, 6},
                                                                   WebhookVolume{s, nine - 6 * day, 6},
                                                                   WebhookVolume{s, nine - 5 * day, 6},
                                                                   WebhookVolume{s, nine - 4 * day, 8},
                                                                   WebhookVolume{s, nine - 3 * day, 8},
                                                                   WebhookVolume{s, nine - 2 * day, 8},
                                                                   WebhookVolume{s, nine - day, 8},
                                                                   WebhookVolume{s, nine, 7}}
                                                          << 7 << std::optional(8.0);
        QTest::newRow("other hours do not count")
            << QList{WebhookVolume{s, nine - day + hour, 50}, WebhookVolume{s, nine - day, 4},
                     WebhookVolume{s, nine + hour, 99}}
            << 0 << std::optional(4.0);
    }

    void volume()
    {
        QFETCH(QList<WebhookVolume>, volumes);
        QFETCH(int, lastHour);
        QFETCH(std::optional<double>, usual);

        const QList<WebhookSourceHealth> health = webhookHealth({}, volumes, at("2026-12-01T10:30:00Z"));
        QCOMPARE(health.size(), 1);
        const WebhookSourceHealth &h = health.constFirst();
        QCOMPARE(h.deliveries, 0);
        QCOMPARE(h.volumeHourMs, at("2026-12-01T09:00:00Z"));
        QCOMPARE(h.volumeLastHour, lastHour);
        QCOMPARE(h.usualVolume, usual);
    }

    void volumeRatio()
    {
        const qint64 nine = at("2026-12-01T09:00:00Z");
        const qint64 now = at("2026-12-01T10:00:00Z"); // on the hour: 09:00 has just completed
        auto health = [&](int today, int before) {
            return webhookHealth({}, {WebhookVolume{u"s"_s, nine - day, before}, WebhookVolume{u"s"_s, nine, today}},
                                 now)
                .constFirst();
        };
        QCOMPARE(health(30, 20).volumeRatio(), std::optional(1.5));
        QVERIFY(!health(30, 20).needsAttention());
        QVERIFY(health(9, 20).needsAttention());  // under half
        QVERIFY(health(41, 20).needsAttention()); // over twice
        QVERIFY(!health(40, 20).needsAttention());
        QCOMPARE(health(5, 0).volumeRatio(), std::nullopt); // nothing usually: no ratio
    }

    void sourcesInOrder()
    {
        const QList<WebhookSourceHealth> health =
            webhookHealth({delivery(u"stripe"_s, u"accepted"_s, {}), delivery(u"github"_s, u"accepted"_s, {}),
                           delivery(u"stripe"_s, u"accepted"_s, {})},
                          {WebhookVolume{u"chatwoot"_s, 0, 3}}, 0);
        QStringList sources;
        for (const WebhookSourceHealth &h : health)
            sources.append(h.source);
        QCOMPARE(sources, (QStringList{u"chatwoot"_s, u"github"_s, u"stripe"_s}));
        QCOMPARE(health.at(2).deliveries, 2);
        QCOMPARE(health.at(0).deliveries, 0);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookHealth)
#include "tst_webhookhealth.moc"
