// The false-alert budget: alerts people can trust do not fire on noise.
#include "alertengine.h"
#include "alertinputs.h"
#include "healthstate.h"

#include <QTest>

#include <random>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 minute = 60'000;

CheckUpdate attempt(const QString &integration, qint64 atMs, bool failed, HealthStatus state)
{
    CheckUpdate update;
    update.sample.integrationId = integration;
    update.sample.checkId = u"api"_s;
    update.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    update.sample.failureClass = failed ? FailureClass::HttpStatus : FailureClass::None;
    update.sample.httpStatus = failed ? 503 : 200;
    update.sample.latencyMs = 120;
    update.state = state;
    return update;
}

AlertRule downRule(const QString &integration)
{
    AlertRule rule;
    rule.name = integration + u"-down"_s;
    rule.when = *AlertExpression::parse(u"status(%1) == down"_s.arg(integration));
    rule.severity = AlertSeverity::Critical;
    return rule;
}

} // namespace

class tst_AlertBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 2,000 checks, each failing independently at random 0.1 % of the time, attempted and
    // evaluated every five minutes for seven days, with the default debouncing (three failures in a row
    // before a check is down) and a rule per check that fires as soon as it is down: at most one
    // alert. (Three failures in a row happen with probability 1e-9 per attempt; there are
    // about 4e6 attempts.)
    void randomFailuresDoNotAlert()
    {
        constexpr int checks = 2000;
        constexpr qint64 rounds = 7 * 24 * 12;
        constexpr qint64 step = 5 * minute;
        std::mt19937 random(20261202);
        std::bernoulli_distribution fails(0.001);

        QList<AlertRule> rules;
        QStringList integrations;
        for (int i = 0; i < checks; ++i) {
            integrations.append(u"vendor%1"_s.arg(i));
            rules.append(downRule(integrations.constLast()));
        }
        AlertEngine engine;
        engine.setRules(rules);
        AlertInputs inputs;
        inputs.setRetention(30 * minute);
        QList<HealthState> states(checks);

        int failures = 0;
        QStringList fired;
        for (qint64 round = 0; round < rounds; ++round) {
            const qint64 now = t0 + round * step;
            for (int i = 0; i < checks; ++i) {
                const bool failed = fails(random);
                failures += failed ? 1 : 0;
                states[i].apply(failed ? HealthStatus::Down : HealthStatus::Up);
                inputs.add(attempt(integrations.at(i), now - 1000, failed, states.at(i).status()));
            }
            if (round % 6 == 0)
                inputs.prune(now);
            for (const AlertNotice &notice : engine.evaluate(inputs, now)) {
                if (notice.kind == AlertNotice::Kind::Firing)
                    fired.append(notice.rule);
            }
        }
        // The noise was there: about 0.1 % of 4e6 attempts.
        QVERIFY2(failures > 3'000 && failures < 5'000, qPrintable(QString::number(failures)));
        QVERIFY2(fired.size() <= 1, qPrintable(fired.join(u", "_s)));
    }

    // A check whose condition alternates at every evaluation: one flapping notification per
    // episode, not a stream of firing and resolved ones.
    void alternatingIsOneFlappingPerEpisode()
    {
        AlertEngine engine;
        engine.setRules({downRule(u"shaky"_s)});
        AlertInputs inputs;
        QList<QStringList> told; // per episode
        qint64 now = t0;
        const auto evaluate = [&](bool down) {
            now += minute;
            inputs.add(attempt(u"shaky"_s, now - 1000, down, down ? HealthStatus::Down : HealthStatus::Up));
            for (const AlertNotice &notice : engine.evaluate(inputs, now))
                told.last().append(machineName(notice.kind));
        };
        constexpr int episodes = 3;
        for (int episode = 0; episode < episodes; ++episode) {
            told.append(QStringList());
            for (int i = 0; i < 120; ++i) // two hours of up, down, up, down…
                evaluate(i % 2 == 1);
            for (int i = 0; i < 60; ++i) // an hour of calm
                evaluate(false);
        }
        for (int episode = 0; episode < episodes; ++episode) {
            const QStringList &notices = told.at(episode);
            // Each change is told until the evaluations show it flapping (at most 21 of them; fewer
            // when the engine saw it flap before); then one flapping notice and nothing more for
            // the rest of the alternation; once calm, where it stands if receivers last heard
            // otherwise (it fired last: resolved).
            QCOMPARE(notices.count(u"flapping"_s), 1);
            const qsizetype flapping = notices.indexOf(u"flapping"_s);
            QVERIFY2(flapping <= 21, qPrintable(notices.join(u' ')));
            const bool heardFiring = flapping > 0 && notices.at(flapping - 1) == u"firing";
            QCOMPARE(notices.mid(flapping + 1), heardFiring ? QStringList{u"resolved"_s} : QStringList{});
        }
    }
};

QTEST_APPLESS_MAIN(tst_AlertBudget)
#include "tst_alertbudget.moc"
