#include "healthstate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

std::optional<HealthStatus> statusFromWord(QStringView word)
{
    if (word == u"up")
        return HealthStatus::Up;
    if (word == u"degraded")
        return HealthStatus::Degraded;
    if (word == u"down")
        return HealthStatus::Down;
    if (word == u"unknown")
        return HealthStatus::Unknown;
    if (word == u"paused")
        return HealthStatus::Paused;
    if (word == u"rate-limited")
        return HealthStatus::RateLimited;
    return std::nullopt;
}

} // namespace

class TestHealthState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsUnknown();
    void followsSequence_data();
    void followsSequence();
    void newThresholdsApplyToTheRunningState();
};

void TestHealthState::startsUnknown()
{
    const HealthState state(Thresholds{4, 5});
    QCOMPARE(state.status(), HealthStatus::Unknown);
    QCOMPARE(state.thresholds(), (Thresholds{4, 5}));
}

void TestHealthState::followsSequence_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("success");
    // Evaluations (up, degraded, down, unknown) and the actions pause, resume, forget.
    QTest::addColumn<QString>("events");
    // The state after each event.
    QTest::addColumn<QString>("states");

    QTest::newRow("first evaluation is taken at once") << 3 << 2 << u"up"_s << u"up"_s;
    QTest::newRow("throttling is taken at once, not debounced")
        << 3 << 2 << u"up rate-limited"_s << u"up rate-limited"_s;
    QTest::newRow("the first answer after the wait is taken at once")
        << 3 << 2 << u"up rate-limited up"_s << u"up rate-limited up"_s;
    QTest::newRow("failing after the wait is taken at once too")
        << 3 << 2 << u"up rate-limited down"_s << u"up rate-limited down"_s;
    QTest::newRow("first down is taken at once") << 3 << 2 << u"down"_s << u"down"_s;
    QTest::newRow("failure threshold") << 3 << 2 << u"up down down down"_s << u"up up up down"_s;
    QTest::newRow("a blip is ignored") << 3 << 2 << u"up down up down down"_s << u"up up up up up"_s;
    QTest::newRow("success threshold") << 3 << 2 << u"down up up"_s << u"down down up"_s;
    QTest::newRow("interrupted recovery starts over")
        << 3 << 2 << u"down up down up up"_s << u"down down down down up"_s;
    QTest::newRow("a worsening run lands on the latest")
        << 3 << 2 << u"up degraded degraded down"_s << u"up up up down"_s;
    QTest::newRow("a worsening run can end degraded") << 3 << 2 << u"up down down degraded"_s << u"up up up degraded"_s;
    QTest::newRow("degraded recovers") << 3 << 2 << u"degraded up up"_s << u"degraded degraded up"_s;
    QTest::newRow("down to degraded is an improvement")
        << 3 << 2 << u"down degraded degraded"_s << u"down down degraded"_s;
    QTest::newRow("degraded gets worse") << 3 << 2 << u"degraded down down down"_s
                                         << u"degraded degraded degraded down"_s;
    // Hand-traced against the contract: a run counts consecutive evaluations going one way, so
    // one "up" after a "down" is not two successes.
    QTest::newRow("one success after a failure is not a recovery")
        << 3 << 2 << u"degraded down up up"_s << u"degraded degraded degraded up"_s;
    QTest::newRow("a failure after a success does not count towards the failure threshold")
        << 3 << 2 << u"degraded up down down down"_s << u"degraded degraded degraded degraded down"_s;
    QTest::newRow("thresholds of one follow every change")
        << 1 << 1 << u"up down up degraded"_s << u"up down up degraded"_s;
    QTest::newRow("thresholds below one act as one") << 0 << -2 << u"up down up"_s << u"up down up"_s;
    QTest::newRow("high thresholds") << 5 << 4 << u"up down down down down down up up up up"_s
                                     << u"up up up up up down down down down up"_s;

    QTest::newRow("unknown is taken at once") << 3 << 2 << u"up unknown"_s << u"up unknown"_s;
    QTest::newRow("first evaluation after unknown is taken at once")
        << 3 << 2 << u"up unknown down"_s << u"up unknown down"_s;
    QTest::newRow("unknown breaks a run")
        << 3 << 2 << u"up down down unknown up down down"_s << u"up up up unknown up up up"_s;
    QTest::newRow("repeated unknown") << 3 << 2 << u"unknown unknown up"_s << u"unknown unknown up"_s;

    QTest::newRow("pause ignores evaluations")
        << 3 << 2 << u"up pause down down down unknown"_s << u"up paused paused paused paused paused"_s;
    QTest::newRow("resume starts from unknown") << 3 << 2 << u"down pause resume up"_s << u"down paused unknown up"_s;
    QTest::newRow("pause before any evaluation")
        << 3 << 2 << u"pause up resume degraded"_s << u"paused paused unknown degraded"_s;
    QTest::newRow("resume while running keeps the state but forgets the run")
        << 3 << 2 << u"up down down resume down down"_s << u"up up up up up up"_s;
    QTest::newRow("forget keeps the state") << 3 << 2 << u"down forget"_s << u"down down"_s;
    QTest::newRow("forget restarts the run")
        << 3 << 2 << u"up down down forget down down down"_s << u"up up up up up up down"_s;

    QTest::newRow("oscillation while up never flips")
        << 3 << 2 << u"up down up down up down up"_s << u"up up up up up up up"_s;
    QTest::newRow("oscillation while down never flips")
        << 3 << 2 << u"down up down up down up down"_s << u"down down down down down down down"_s;
    QTest::newRow("oscillation while degraded stays degraded")
        << 3 << 2 << u"degraded down up down up down up"_s
        << u"degraded degraded degraded degraded degraded degraded degraded"_s;
}

void TestHealthState::followsSequence()
{
    QFETCH(int, failure);
    QFETCH(int, success);
    QFETCH(QString, events);
    QFETCH(QString, states);

    const QStringList eventList = events.split(u' ');
    const QStringList stateList = states.split(u' ');
    QCOMPARE(eventList.size(), stateList.size());

    HealthState state(Thresholds{failure, success});
    for (qsizetype i = 0; i < eventList.size(); ++i) {
        const QString &event = eventList.at(i);
        const HealthStatus before = state.status();
        if (event == u"pause") {
            state.pause();
        } else if (event == u"resume") {
            state.resume();
        } else if (event == u"forget") {
            state.forgetRun();
        } else {
            const std::optional<HealthStatus> evaluation = statusFromWord(event);
            QVERIFY2(evaluation, qPrintable(event));
            const bool changed = state.apply(*evaluation);
            QCOMPARE(changed, state.status() != before);
        }
        const QString context = u"after event %1 (%2)"_s.arg(i + 1).arg(event);
        QVERIFY2(machineName(state.status()) == stateList.at(i),
                 qPrintable(context + u": got "_s + machineName(state.status()) + u", expected "_s + stateList.at(i)));
    }
}

void TestHealthState::newThresholdsApplyToTheRunningState()
{
    HealthState state({3, 2});
    state.apply(HealthStatus::Up);
    QVERIFY(!state.apply(HealthStatus::Down));
    QCOMPARE(state.status(), HealthStatus::Up);

    // A reload lowers the failure threshold: the run so far counts, the state is kept.
    state.setThresholds({2, 2});
    QCOMPARE(state.status(), HealthStatus::Up);
    QVERIFY(state.apply(HealthStatus::Down));
    QCOMPARE(state.status(), HealthStatus::Down);

    // Nonsense thresholds are clamped to one evaluation.
    state.setThresholds({0, -4});
    QCOMPARE(state.thresholds(), (Thresholds{1, 1}));
    QVERIFY(state.apply(HealthStatus::Up));
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestHealthState)
#include "tst_healthstate.moc"
