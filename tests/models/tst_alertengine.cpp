#include "alertengine.h"

#include <QMap>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 s = 1000;
constexpr qint64 step = 15 * s; // the evaluation interval of the tables

// One series per function name ("failures", "p95", …): a step function of time, nullopt where it
// has no data. States for status() come from `states`.
class SeriesFacts final : public AlertFacts
{
public:
    QMap<QString, QMap<qint64, std::optional<double>>> series;

    std::optional<double> number(const AlertCall &call, qint64 nowMs) const override
    {
        const QMap<qint64, std::optional<double>> values = series.value(call.function);
        auto it = values.upperBound(nowMs);
        if (it == values.cbegin())
            return std::nullopt;
        return std::prev(it).value();
    }
    std::optional<QString> state(const AlertCall &, qint64) const override { return std::nullopt; }
};

AlertRule rule(const QString &when, qint64 forMs = 0, const QString &resolveWhen = {}, qint64 keepFiringForMs = 0)
{
    AlertRule r;
    r.name = u"r"_s;
    const Result<AlertExpression> parsed = AlertExpression::parse(when);
    if (!parsed)
        qFatal("%s: %s", qPrintable(when), qPrintable(parsed.error().message));
    r.when = *parsed;
    if (!resolveWhen.isEmpty())
        r.resolveWhen = *AlertExpression::parse(resolveWhen);
    r.forMs = forMs;
    r.keepFiringForMs = keepFiringForMs;
    r.severity = AlertSeverity::Critical;
    return r;
}

// "firing@15s", "resolved@45s", "flapping@300s"
QString describe(const AlertNotice &notice)
{
    return machineName(notice.kind) + u'@' + QString::number(notice.atMs / s) + u's';
}

// Values at 0, 15 s, 30 s, …; a negative value is "no data".
QMap<qint64, std::optional<double>> everyStep(const QList<double> &values)
{
    QMap<qint64, std::optional<double>> series;
    for (int i = 0; i < values.size(); ++i)
        series.insert(i * step, values.at(i) < 0 ? std::nullopt : std::optional(values.at(i)));
    return series;
}

QStringList run(AlertEngine &engine, const SeriesFacts &facts, const QList<qint64> &times)
{
    QStringList told;
    for (qint64 t : times) {
        for (const AlertNotice &notice : engine.evaluate(facts, t))
            told.append(describe(notice));
    }
    return told;
}

QList<qint64> steps(int count)
{
    QList<qint64> times;
    for (int i = 0; i < count; ++i)
        times.append(i * step);
    return times;
}

} // namespace

class tst_AlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severities()
    {
        for (AlertSeverity severity : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
            QCOMPARE(alertSeverityFromName(machineName(severity)), std::optional(severity));
        QCOMPARE(machineName(AlertSeverity::Critical), u"critical"_s);
        QCOMPARE(alertSeverityFromName(u"fatal"), std::nullopt);
        QCOMPARE(machineName(AlertNotice::Kind::Flapping), u"flapping"_s);
    }

    // promtool-style: a series, evaluations every 15 s, the notifications expected.
    void transitions_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<qint64>("forMs");
        QTest::addColumn<QString>("resolveWhen");
        QTest::addColumn<qint64>("keepFiringForMs");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QStringList>("expected");

        const QString failures = u"failures(stripe, 1m) > 0"_s;
        QTest::newRow("for 0: fires and resolves at once")
            << failures << qint64(0) << QString() << qint64(0) << u"failures"_s << QList<double>{0, 1, 1, 0}
            << QStringList{u"firing@15s"_s, u"resolved@45s"_s};
        QTest::newRow("for 30s: fires once it held for 30 s")
            << failures << 30 * s << QString() << qint64(0) << u"failures"_s << QList<double>{1, 1, 1, 0}
            << QStringList{u"firing@30s"_s, u"resolved@45s"_s};
        QTest::newRow("for 30s: one miss starts it over")
            << failures << 30 * s << QString() << qint64(0) << u"failures"_s << QList<double>{1, 1, 0, 1, 1, 1}
            << QStringList{u"firing@75s"_s};
        QTest::newRow("for longer than it holds: nothing")
            << failures << 60 * s << QString() << qint64(0) << u"failures"_s << QList<double>{1, 1, 1, 0, 1, 1, 1, 0}
            << QStringList{};
        QTest::newRow("keep_firing_for 30s")
            << failures << qint64(0) << QString() << 30 * s << u"failures"_s << QList<double>{1, 0, 0, 0, 0}
            << QStringList{u"firing@0s"_s, u"resolved@45s"_s};
        QTest::newRow("keep_firing_for: holding again starts it over")
            << failures << qint64(0) << QString() << 30 * s << u"failures"_s << QList<double>{1, 0, 1, 0, 0, 0}
            << QStringList{u"firing@0s"_s, u"resolved@75s"_s};
        QTest::newRow("resolve_when: hysteresis")
            << u"p95(chatwoot, 10m) > 1500ms"_s << qint64(0) << u"p95(chatwoot, 10m) < 1000ms"_s << qint64(0)
            << u"p95"_s << QList<double>{1600, 1200, 1400, 1100, 900, 1600}
            << QStringList{u"firing@0s"_s, u"resolved@60s"_s, u"firing@75s"_s};
        QTest::newRow("resolve_when and keep_firing_for together")
            << u"p95(chatwoot, 10m) > 1500ms"_s << qint64(0) << u"p95(chatwoot, 10m) < 1000ms"_s << 15 * s << u"p95"_s
            << QList<double>{1600, 900, 1200, 900, 900} << QStringList{u"firing@0s"_s, u"resolved@60s"_s};
        QTest::newRow("no data is not a failure")
            << failures << qint64(0) << QString() << qint64(0) << u"failures"_s << QList<double>{-1, -1, 1, -1}
            << QStringList{u"firing@30s"_s, u"resolved@45s"_s};
    }

    void transitions()
    {
        QFETCH(QString, when);
        QFETCH(qint64, forMs);
        QFETCH(QString, resolveWhen);
        QFETCH(qint64, keepFiringForMs);
        QFETCH(QString, function);
        QFETCH(QList<double>, values);
        QFETCH(QStringList, expected);

        AlertEngine engine;
        engine.setRules({rule(when, forMs, resolveWhen, keepFiringForMs)});
        SeriesFacts facts;
        facts.series.insert(function, everyStep(values));
        QCOMPARE(run(engine, facts, steps(int(values.size()))), expected);
    }

    void noticesCarryTimesAndValue()
    {
        AlertEngine engine;
        engine.setRules({rule(u"failures(stripe, 1m) > 2"_s, 15 * s)});
        SeriesFacts facts;
        facts.series.insert(u"failures"_s, everyStep({3, 4, 1}));
        QVERIFY(engine.evaluate(facts, 0).isEmpty());
        QCOMPARE(engine.status(u"r"_s)->state, AlertState::Pending);
        QCOMPARE(engine.status(u"r"_s)->activeSinceMs, std::optional<qint64>(0));

        const QList<AlertNotice> fired = engine.evaluate(facts, step);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.at(0).kind, AlertNotice::Kind::Firing);
        QCOMPARE(fired.at(0).startsAtMs, step);
        QCOMPARE(fired.at(0).endsAtMs, std::nullopt);
        QCOMPARE(fired.at(0).value, std::optional(4.0));
        QCOMPARE(fired.at(0).severity, AlertSeverity::Critical);
        QCOMPARE(engine.status(u"r"_s)->state, AlertState::Firing);

        const QList<AlertNotice> resolved = engine.evaluate(facts, 2 * step);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.at(0).kind, AlertNotice::Kind::Resolved);
        QCOMPARE(resolved.at(0).startsAtMs, step);
        QCOMPARE(resolved.at(0).endsAtMs, std::optional(2 * step));
        QCOMPARE(resolved.at(0).value, std::optional(1.0));
        QCOMPARE(engine.status(u"r"_s)->state, AlertState::Inactive);
    }

    void gapsStartTheClockOver_data()
    {
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QStringList>("expected");

        // Always failing, for: 1m, the gap limit 5 min.
        QTest::newRow("watched all along")
            << QList<qint64>{0, 15 * s, 30 * s, 45 * s, 60 * s} << QStringList{u"firing@60s"_s};
        QTest::newRow("suspended for ten minutes")
            << QList<qint64>{0, 15 * s, 615 * s, 630 * s, 660 * s, 675 * s} << QStringList{u"firing@675s"_s};
        QTest::newRow("a gap just within the limit is no gap")
            << QList<qint64>{0, 300 * s} << QStringList{u"firing@300s"_s};
        QTest::newRow("the clock set back an hour")
            << QList<qint64>{3600 * s, 3615 * s, 15 * s, 30 * s, 60 * s, 75 * s} << QStringList{u"firing@75s"_s};
    }

    void gapsStartTheClockOver()
    {
        QFETCH(QList<qint64>, times);
        QFETCH(QStringList, expected);
        AlertEngine engine;
        engine.setRules({rule(u"failures(stripe, 1m) > 0"_s, 60 * s)});
        SeriesFacts facts;
        facts.series.insert(u"failures"_s, {{-10'000 * s, 1.0}});
        QCOMPARE(run(engine, facts, times), expected);
    }

    void gapsDoNotResolveEither()
    {
        AlertEngine engine;
        engine.setRules({rule(u"failures(stripe, 1m) > 0"_s, 0, {}, 60 * s)});
        SeriesFacts facts;
        facts.series.insert(u"failures"_s, {{0, 1.0}, {10 * s, 0.0}});
        // Firing at 0, would resolve from 15 s; a ten-minute gap does not count as the minute.
        QCOMPARE(run(engine, facts, {0, 15 * s, 615 * s, 630 * s, 675 * s}),
                 (QStringList{u"firing@0s"_s, u"resolved@675s"_s}));
    }

    void flapPercent_data()
    {
        QTest::addColumn<QList<bool>>("results");
        QTest::addColumn<double>("percent");

        QTest::newRow("none") << QList<bool>{} << 0.0;
        QTest::newRow("one result") << QList<bool>{true} << 0.0;
        // The newest change weighs 1.2: 1.2 / 20 = 6 %.
        QTest::newRow("one change, newest") << QList<bool>{false, true} << 6.0;
        QList<bool> oldest(21, false);
        oldest[0] = true;
        // The oldest of 20 changes weighs 0.8: 4 %.
        QTest::newRow("one change, oldest") << oldest << 4.0;
        QList<bool> alternating;
        for (int i = 0; i < 21; ++i)
            alternating.append(i % 2 == 0);
        // Every change: the mean weight is 1.0, so 20 / 20.
        QTest::newRow("alternating") << alternating << 100.0;
        QList<bool> halves(21, false);
        for (int i = 11; i < 21; ++i)
            halves[i] = true;
        // One change between results 10 and 11, slot 10 of 0–19: 0.8 + 0.4 * 10/19.
        QTest::newRow("one change in the middle") << halves << (0.8 + 0.4 * 10.0 / 19.0) * 5.0;
    }

    void flapPercent()
    {
        QFETCH(QList<bool>, results);
        QFETCH(double, percent);
        QVERIFY2(qAbs(AlertEngine::flapPercent(results) - percent) < 1e-9,
                 qPrintable(QString::number(AlertEngine::flapPercent(results))));
    }

    // A check alternating on every evaluation: one flapping notification per episode, and the
    // rule's `for` keeps it from firing at all.
    void flappingIsOneNotice()
    {
        AlertEngine engine;
        engine.setRules({rule(u"failures(stripe, 1m) > 0"_s, 120 * s)});
        QList<double> values;
        for (int i = 0; i < 40; ++i)
            values.append(i % 2);       // an episode
        values += QList<double>(40, 0); // quiet
        for (int i = 0; i < 40; ++i)
            values.append(i % 2); // another
        SeriesFacts facts;
        facts.series.insert(u"failures"_s, everyStep(values));
        const QStringList told = run(engine, facts, steps(int(values.size())));
        // The first episode once 21 results are known (the 21st evaluation, 300 s); the second once
        // its changes weigh 50 %: nine changes in the newest slots, 1.2 down to 1.032, sum 10.04,
        // at its tenth evaluation (89 * 15 s).
        QCOMPARE(told, (QStringList{u"flapping@300s"_s, u"flapping@1335s"_s}));
    }

    void flappingSilencesTheStreamAndSaysWhereItEnds()
    {
        AlertEngine engine;
        engine.setRules({rule(u"failures(stripe, 1m) > 0"_s)});
        QList<double> values;
        for (int i = 0; i < 30; ++i)
            values.append(i % 2 == 0 ? 1 : 0);
        values += QList<double>(30, 1); // settles failing
        SeriesFacts facts;
        facts.series.insert(u"failures"_s, everyStep(values));
        const QStringList told = run(engine, facts, steps(int(values.size())));
        // Before 21 results the stream goes out; then one flapping notice; then quiet until the
        // percent falls below 25, when it is firing (it last said resolved at 285 s).
        QCOMPARE(told.size(), 20 + 1 + 1);
        QCOMPARE(told.at(19), u"resolved@285s"_s);
        QCOMPARE(told.at(20), u"flapping@300s"_s);
        QVERIFY2(told.at(21).startsWith(u"firing@"_s), qPrintable(told.join(u", ")));
        QVERIFY(!engine.status(u"r"_s)->flapping);
        QCOMPARE(engine.status(u"r"_s)->state, AlertState::Firing);
    }

    void restoredFiringCarriesOn()
    {
        // Still failing after a restart: the same incident goes on, nobody is told again.
        AlertEngine engine;
        engine.setRules({rule(u"failures(stripe, 1m) > 0"_s, 60 * s)});
        engine.restoreFiring(u"r"_s, -600 * s);
        engine.restoreFiring(u"unknown"_s, 0);
        SeriesFacts facts;
        facts.series.insert(u"failures"_s, {{-10'000 * s, 1.0}, {30 * s, 0.0}});
        QCOMPARE(engine.status(u"r"_s)->state, AlertState::Firing);
        QCOMPARE(run(engine, facts, {0, 15 * s}), QStringList{});
        QCOMPARE(engine.status(u"r"_s)->firedAtMs, std::optional<qint64>(-600 * s));

        // Recovered: resolved, as the incident it was.
        const QList<AlertNotice> resolved = engine.evaluate(facts, 30 * s);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.at(0).kind, AlertNotice::Kind::Resolved);
        QCOMPARE(resolved.at(0).startsAtMs, -600 * s);
        QVERIFY(!engine.status(u"unknown"_s));
    }

    void reloadKeepsUnchangedRules()
    {
        AlertEngine engine;
        AlertRule down = rule(u"failures(stripe, 1m) > 0"_s);
        down.name = u"down"_s;
        engine.setRules({down});
        SeriesFacts facts;
        facts.series.insert(u"failures"_s, {{0, 1.0}});
        QCOMPARE(run(engine, facts, {0}), QStringList{u"firing@0s"_s});

        // The same rule and a new one: still firing, not told again.
        AlertRule other = rule(u"failures(stripe, 1m) > 5"_s);
        other.name = u"many"_s;
        down.annotations.insert(u"summary"_s, u"Stripe fails"_s); // annotations are not the definition
        engine.setRules({other, down});
        QCOMPARE(run(engine, facts, {step}), QStringList{});
        QCOMPARE(engine.status(u"down"_s)->state, AlertState::Firing);
        QCOMPARE(engine.statuses().size(), 2);
        QCOMPARE(engine.statuses().at(0).rule, u"many"_s);

        // A changed condition is a new rule: it starts inactive.
        down.forMs = 60 * s;
        engine.setRules({down});
        QCOMPARE(engine.status(u"down"_s)->state, AlertState::Inactive);
        QVERIFY(!engine.status(u"many"_s));
    }
};

QTEST_GUILESS_MAIN(tst_AlertEngine)
#include "tst_alertengine.moc"
