#include "alertinputs.h"

#include <QTest>

Q_DECLARE_METATYPE(gw::AlertCall)
Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<bool>)

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 s = 1000;
constexpr qint64 day = 86'400'000;

CheckUpdate attempt(const QString &check, qint64 atMs, int status, double latencyMs,
                    FailureClass failureClass = FailureClass::None, HealthStatus state = HealthStatus::Up)
{
    CheckUpdate update;
    update.sample.integrationId = u"shop"_s;
    update.sample.checkId = check;
    update.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    update.sample.httpStatus = status;
    update.sample.latencyMs = latencyMs;
    update.sample.failureClass = failureClass;
    update.state = state;
    return update;
}

AlertCall call(const QString &function, const QString &subject, std::optional<qint64> windowMs = {},
               const QString &qualifier = {})
{
    return AlertCall{function, subject, windowMs, qualifier, 0};
}

// shop/rest every 15 s from t0: 100–500 ms, then a timeout and a 503 (50 ms); shop/graphql once.
void fill(AlertInputs &inputs)
{
    const double latencies[] = {100, 200, 300, 400, 500};
    for (int i = 0; i < 5; ++i)
        inputs.add(attempt(u"rest"_s, t0 + i * 15 * s, 200, latencies[i]));
    inputs.add(attempt(u"rest"_s, t0 + 75 * s, 0, 5000, FailureClass::Timeout));
    inputs.add(attempt(u"rest"_s, t0 + 90 * s, 503, 50, FailureClass::HttpStatus, HealthStatus::Down));
    inputs.add(attempt(u"graphql"_s, t0 + 30 * s, 200, 1000));
}

} // namespace

class tst_AlertInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<AlertCall>("call");
        QTest::addColumn<std::optional<double>>("expected");

        const qint64 tenMinutes = 600 * s;
        // rest's latencies with a response: 100 200 300 400 500 50 (the timeout has none).
        QTest::newRow("p50 of a check") << call(u"p50"_s, u"shop/rest"_s, tenMinutes) << std::optional(200.0);
        QTest::newRow("p95 of a check") << call(u"p95"_s, u"shop/rest"_s, tenMinutes) << std::optional(500.0);
        QTest::newRow("p99 of a check") << call(u"p99"_s, u"shop/rest"_s, tenMinutes) << std::optional(500.0);
        // With graphql's 1000: seven values, p50 the 4th, p95 the 7th.
        QTest::newRow("p50 of an integration") << call(u"p50"_s, u"shop"_s, tenMinutes) << std::optional(300.0);
        QTest::newRow("p95 of an integration") << call(u"p95"_s, u"shop"_s, tenMinutes) << std::optional(1000.0);
        QTest::newRow("a window's start is outside it")
            << call(u"p50"_s, u"shop/rest"_s, 90 * s) << std::optional(300.0);
        QTest::newRow("a short window") << call(u"p50"_s, u"shop/rest"_s, 30 * s) << std::optional(50.0);
        QTest::newRow("no response in the window") << call(u"p95"_s, u"shop/rest"_s, 1) << std::optional(50.0);
        QTest::newRow("nothing in the window") << call(u"p95"_s, u"shop/graphql"_s, 30 * s) << std::optional<double>();
        // Seven attempts of rest, two failed.
        QTest::newRow("error rate") << call(u"error_rate"_s, u"shop/rest"_s, tenMinutes) << std::optional(200.0 / 7);
        QTest::newRow("error rate of one class")
            << call(u"error_rate"_s, u"shop/rest"_s, tenMinutes, u"timeout"_s) << std::optional(100.0 / 7);
        QTest::newRow("error rate of an integration")
            << call(u"error_rate"_s, u"shop"_s, tenMinutes) << std::optional(200.0 / 8);
        QTest::newRow("error rate without attempts")
            << call(u"error_rate"_s, u"shop/soap"_s, tenMinutes) << std::optional<double>();
        QTest::newRow("failures") << call(u"failures"_s, u"shop"_s, tenMinutes) << std::optional(2.0);
        QTest::newRow("failures of one class")
            << call(u"failures"_s, u"shop"_s, tenMinutes, u"http-status"_s) << std::optional(1.0);
        QTest::newRow("failures in a short window")
            << call(u"failures"_s, u"shop/rest"_s, 20 * s) << std::optional(2.0);
        QTest::newRow("failures before the window")
            << call(u"failures"_s, u"shop/rest"_s, 10 * s) << std::optional(1.0);
        QTest::newRow("a prefix is not the integration")
            << call(u"failures"_s, u"sho"_s, tenMinutes) << std::optional(0.0);
        QTest::newRow("webhooks are measured elsewhere")
            << call(u"webhook_signature_failures"_s, u"shopify"_s, tenMinutes) << std::optional<double>();
    }

    void numbers()
    {
        QFETCH(AlertCall, call);
        QFETCH(std::optional<double>, expected);
        AlertInputs inputs;
        fill(inputs);
        const std::optional<double> actual = inputs.number(call, t0 + 90 * s);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QVERIFY2(qAbs(*actual - *expected) < 1e-9, qPrintable(QString::number(*actual)));
    }

    void states()
    {
        AlertInputs inputs;
        fill(inputs);
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/rest"_s), t0), std::optional(u"down"_s));
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/graphql"_s), t0), std::optional(u"up"_s));
        QCOMPARE(inputs.state(call(u"status"_s, u"shop"_s), t0), std::optional(u"down"_s)); // the worst check's
        QCOMPARE(inputs.state(call(u"status"_s, u"stripe"_s), t0), std::nullopt);
        inputs.retainChecks({u"shop/rest"_s, u"shop/graphql"_s, u"stripe/api"_s}); // all still there
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/rest"_s), t0), std::optional(u"down"_s));
        inputs.retainChecks({u"shop/graphql"_s});
        QCOMPARE(inputs.state(call(u"status"_s, u"shop"_s), t0), std::optional(u"up"_s));
        inputs.add(attempt(u"rest"_s, t0 + 95 * s, 200, 100, FailureClass::None, HealthStatus::Down));
        inputs.forgetCheck(u"shop"_s, u"rest"_s);
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/rest"_s), t0), std::nullopt);
        QCOMPARE(inputs.number(call(u"failures"_s, u"shop"_s, 600 * s), t0 + 90 * s), std::optional(0.0));
    }

    void quotas()
    {
        // Two of shop's quotas: calls burn 1 a second with 40 left and a reset an hour away (out
        // in 40 s, before the reset); points stand still at half.
        AlertInputs inputs;
        auto reading = [](const QString &policy, double remaining) {
            QuotaReading r;
            r.policy = policy;
            r.limit = 1000;
            r.remaining = remaining;
            r.resetAt = QDateTime::fromMSecsSinceEpoch(t0 + 3600 * s, Qt::UTC);
            return r;
        };
        CheckUpdate first = attempt(u"rest"_s, t0, 200, 100);
        first.sample.quotas = {reading(u"calls"_s, 100), reading(u"points"_s, 500)};
        CheckUpdate second = attempt(u"rest"_s, t0 + 60 * s, 200, 100);
        second.sample.quotas = {reading(u"calls"_s, 40), reading(u"points"_s, 500)};
        inputs.add(first);
        inputs.add(second);
        const qint64 now = t0 + 60 * s;
        QCOMPARE(inputs.number(call(u"quota_left"_s, u"shop"_s), now), std::optional(4.0));
        QCOMPARE(inputs.number(call(u"quota_exhausts_before_reset"_s, u"shop"_s), now), std::optional(1.0));
        QCOMPARE(inputs.number(call(u"quota_left"_s, u"slack"_s), now), std::nullopt);
        QCOMPARE(inputs.number(call(u"quota_exhausts_before_reset"_s, u"slack"_s), now), std::nullopt);

        // Points alone: half left, nothing burning.
        AlertInputs calm;
        CheckUpdate only = attempt(u"rest"_s, t0, 200, 100);
        only.sample.quotas = {reading(u"points"_s, 500)};
        calm.add(only);
        QCOMPARE(calm.number(call(u"quota_left"_s, u"shop"_s), t0), std::optional(50.0));
        QCOMPARE(calm.number(call(u"quota_exhausts_before_reset"_s, u"shop"_s), t0), std::optional(0.0));
    }

    void certificates()
    {
        AlertInputs inputs;
        CheckUpdate rest = attempt(u"rest"_s, t0, 200, 100);
        rest.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + 20 * day, Qt::UTC), u"old"_s};
        inputs.add(rest);
        rest.sample.at = QDateTime::fromMSecsSinceEpoch(t0 + 60 * s, Qt::UTC); // renewed since
        rest.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + 60 * s + 10 * day, Qt::UTC), u"new"_s};
        inputs.add(rest);
        CheckUpdate graphql = attempt(u"graphql"_s, t0 + 30 * s, 200, 100);
        graphql.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + 60 * s + day * 11 / 2, Qt::UTC), u"gql"_s};
        inputs.add(graphql);
        const qint64 now = t0 + 60 * s;
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"shop/rest"_s), now), std::optional(10.0));
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"shop"_s), now), std::optional(5.5));
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"shop"_s), now + 6 * day), std::optional(-0.5)); // expired
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"stripe"_s), now), std::nullopt);
    }

    void pruneKeepsWhatWindowsNeed()
    {
        AlertInputs inputs;
        fill(inputs);
        inputs.setRetention(60 * s);
        inputs.prune(t0 + 90 * s);
        // rest keeps (30 s, 90 s]: 400, 500, the timeout and 50; graphql keeps its only, newest attempt.
        QCOMPARE(inputs.number(call(u"failures"_s, u"shop/rest"_s, 600 * s), t0 + 90 * s), std::optional(2.0));
        QCOMPARE(inputs.number(call(u"p50"_s, u"shop/rest"_s, 600 * s), t0 + 90 * s), std::optional(400.0));
        QCOMPARE(inputs.number(call(u"p50"_s, u"shop/graphql"_s, 600 * s), t0 + 90 * s), std::optional(1000.0));
    }

    void attemptsOutOfOrder()
    {
        AlertInputs inputs;
        inputs.add(attempt(u"rest"_s, t0 + 30 * s, 200, 300));
        inputs.add(attempt(u"rest"_s, t0 + 10 * s, 200, 100)); // late
        inputs.setRetention(25 * s);
        inputs.prune(t0 + 40 * s); // drops the one at 10 s, though it came last
        QCOMPARE(inputs.number(call(u"p50"_s, u"shop/rest"_s, 600 * s), t0 + 40 * s), std::optional(300.0));
    }

    // Latest attempt per integration ("id:class" or "id:class@seconds before now"), what the
    // operating system says, and whether that is the workstation's network.
    void localNetwork_data()
    {
        QTest::addColumn<QStringList>("latest");
        QTest::addColumn<std::optional<bool>>("online");
        QTest::addColumn<bool>("down");

        const std::optional<bool> unknown;
        QTest::newRow("three cut off") << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:local-network"_s} << unknown
                                       << true;
        QTest::newRow("two are not enough") << QStringList{u"a:connect"_s, u"b:dns"_s} << unknown << false;
        QTest::newRow("four of five") << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:connect"_s, u"d:connect"_s,
                                                     u"e:none"_s}
                                      << unknown << true;
        QTest::newRow("three of five") << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:connect"_s, u"d:none"_s,
                                                      u"e:none"_s}
                                       << unknown << false;
        QTest::newRow("timeouts are the vendors'")
            << QStringList{u"a:timeout"_s, u"b:timeout"_s, u"c:timeout"_s} << unknown << false;
        QTest::newRow("HTTP errors are the vendors'")
            << QStringList{u"a:http-status"_s, u"b:http-status"_s, u"c:connect"_s} << unknown << false;
        QTest::newRow("stale attempts do not count")
            << QStringList{u"a:connect@200"_s, u"b:dns@200"_s, u"c:connect"_s} << unknown << false;
        QTest::newRow("one integration with a check still reaching out")
            << QStringList{u"a:connect"_s, u"a:none"_s, u"b:dns"_s, u"c:connect"_s} << unknown << false;
        QTest::newRow("the OS says offline") << QStringList{u"a:none"_s} << std::optional(false) << true;
        QTest::newRow("the OS says online, the checks disagree")
            << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:connect"_s} << std::optional(true) << true;
        QTest::newRow("nothing attempted") << QStringList{} << unknown << false;
    }

    void localNetwork()
    {
        QFETCH(QStringList, latest);
        QFETCH(std::optional<bool>, online);
        QFETCH(bool, down);
        const qint64 now = t0 + 600 * s;
        AlertInputs inputs;
        inputs.setOnline(online);
        int n = 0;
        for (const QString &entry : latest) {
            const QString integration = entry.section(u':', 0, 0);
            const QString rest = entry.section(u':', 1);
            const FailureClass failure = failureClassFromName(rest.section(u'@', 0, 0)).value_or(FailureClass::None);
            const qint64 ago = rest.contains(u'@') ? rest.section(u'@', 1).toLongLong() * s : 5 * s;
            CheckUpdate update = attempt(u"check%1"_s.arg(n++), now - ago, failure == FailureClass::None ? 200 : 0, 10,
                                         failure);
            update.sample.integrationId = integration;
            // An older success before each latest attempt: only the latest counts.
            CheckUpdate earlier = update;
            earlier.sample.at = earlier.sample.at.addSecs(-30);
            earlier.sample.failureClass = FailureClass::None;
            inputs.add(earlier);
            inputs.add(update);
        }
        QCOMPARE(inputs.localNetworkDown(now), down);
        QCOMPARE(inputs.number(call(u"local_network_down"_s, u"workstation"_s), now), std::optional(down ? 1.0 : 0.0));
    }

    void longestWindow()
    {
        const QList<AlertExpression> expressions{
            *AlertExpression::parse(u"p95(a, 10m) > 1s and failures(a, 1h) > 0"),
            *AlertExpression::parse(u"status(a) == down"),
        };
        QCOMPARE(AlertInputs::longestWindow(expressions), 3'600'000);
        QCOMPARE(AlertInputs::longestWindow({}), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AlertInputs)
#include "tst_alertinputs.moc"
