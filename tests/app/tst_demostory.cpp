#include "runtime.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

// One alert rule of the demo configuration and the trouble of the demo story it is there for
// (services/simulator/scenario.cpp), in seconds from the simulator's start; and how long after the
// trouble it may take to resolve, at most (a window to empty, a status page to be read again).
struct Expected
{
    const char16_t *rule;
    int troubleFrom;
    int troubleTo;
    int resolveWithin;
};

// The story repeats every 300 s; one round, and the last resolves after it.
constexpr int storyPeriod = 300;
constexpr int runSeconds = 355;

const Expected story[] = {
    {u"chatwoot-slow", 20, 80, 120},         // 1.5 s answers; p95 over a minute
    {u"stripe-down", 45, 120, 90},           // 503s
    {u"stripe-admits-incident", 45, 120, 150}, // its status page, 15 s late, polled
    {u"shopify-rate-limited", 90, 130, 90},  // 429s
    {u"klaviyo-timeouts", 150, 180, 150},    // stalls; failures over two minutes
    {u"gateway-slow", 200, 245, 100},        // +300 ms; p95 over a minute
    {u"google-analytics-down", 250, 290, 60}, // 500s
    // A backfill job squeezes the MCP server's quota from 0:10; it runs out at about 4:00, and a
    // fresh window begins at 5:00.
    {u"mcp-quota-running-out", 10, 300, 55},
};

} // namespace

// The demo's story, as `gatewatch --demo` runs it, watched for one round in real time: each of its
// troubles raises its alert during the trouble (or just after, as `for` says) and resolves it
// after, each once, and nothing else fires: no flapping, no local-network alert, nothing in the
// calm between.
class tst_DemoStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertsFollowTheStory()
    {
        sim::Simulator::Options options;
        options.scenario = u"demo"_s;
        sim::Simulator simulator(options);
        QVERIFY(!simulator.start());
        QElapsedTimer sinceStart;
        sinceStart.start();
        for (const auto &[name, value] : simulator.configEnvironment())
            qputenv(name.toLocal8Bit().constData(), value.toUtf8());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(simulator.configYaml().toUtf8());
        file.close();

        struct Seen
        {
            QString rule;
            AlertNotice::Kind kind;
            double atSeconds;
        };
        QList<Seen> seen;
        Runtime runtime(path, dir.filePath(u"data"_s));
        connect(&runtime.alerts(), &AlertWatch::noticed, this, [&](const AlertNotice &notice) {
            seen.append({notice.rule, notice.kind, double(sinceStart.elapsed()) / 1000.0});
            qInfo("%s %s at %.1f s", qPrintable(notice.rule), qPrintable(machineName(notice.kind)),
                  seen.constLast().atSeconds);
        });
        QVERIFY(runtime.start().isEmpty());
        // Only time passing makes the story: wait for the round to end, whatever happens before.
        QTRY_VERIFY_WITH_TIMEOUT(sinceStart.elapsed() >= runSeconds * 1000, (runSeconds + 10) * 1000);
        runtime.monitor().stop();

        QStringList lines;
        for (const Seen &s : seen)
            lines.append(u"%1 %2 at %3 s"_s.arg(s.rule, machineName(s.kind)).arg(s.atSeconds, 0, 'f', 1));
        const QString log = lines.join(u"; "_s);

        // The gateway's certificate is close to its expiry all along: it fires once, in the
        // first minutes, and stays.
        QStringList expected{u"gateway-certificate-expiring"_s};
        for (const Expected &e : story)
            expected.append(QString::fromUtf16(e.rule));
        for (const Seen &s : seen)
            QVERIFY2(expected.contains(s.rule) && s.kind != AlertNotice::Kind::Flapping,
                     qPrintable(u"unexpected: %1 %2 (all: %3)"_s.arg(s.rule, machineName(s.kind), log)));

        const auto of = [&seen](const QString &rule, AlertNotice::Kind kind) {
            QList<double> times;
            for (const Seen &s : seen) {
                if (s.rule == rule && s.kind == kind)
                    times.append(s.atSeconds);
            }
            return times;
        };
        const QList<double> certificate = of(u"gateway-certificate-expiring"_s, AlertNotice::Kind::Firing);
        QVERIFY2(certificate.size() == 1 && certificate.at(0) < 150, qPrintable(log));
        QVERIFY2(of(u"gateway-certificate-expiring"_s, AlertNotice::Kind::Resolved).isEmpty(), qPrintable(log));

        for (const Expected &e : story) {
            const QString rule = QString::fromUtf16(e.rule);
            // The next round's trouble may raise it again before the run ends.
            QList<double> fired = of(rule, AlertNotice::Kind::Firing);
            fired.removeIf([&e](double t) { return t >= storyPeriod + e.troubleFrom; });
            QVERIFY2(fired.size() == 1, qPrintable(u"%1 fired %2 times (all: %3)"_s.arg(rule).arg(fired.size()).arg(log)));
            // During its trouble, or as `for` lets it, within a minute after it.
            QVERIFY2(fired.at(0) > e.troubleFrom && fired.at(0) < e.troubleTo + 60,
                     qPrintable(u"%1 fired at %2 s (all: %3)"_s.arg(rule).arg(fired.at(0)).arg(log)));
            const QList<double> resolved = of(rule, AlertNotice::Kind::Resolved);
            QVERIFY2(!resolved.isEmpty(), qPrintable(u"%1 never resolved (all: %2)"_s.arg(rule, log)));
            QVERIFY2(resolved.at(0) > e.troubleTo && resolved.at(0) < e.troubleTo + e.resolveWithin,
                     qPrintable(u"%1 resolved at %2 s (all: %3)"_s.arg(rule).arg(resolved.at(0)).arg(log)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_DemoStory)
#include "tst_demostory.moc"
