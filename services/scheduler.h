#pragma once

#include "secondshistogram.h"
#include "timeline.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <queue>
#include <vector>

namespace gw {

// Decides when each check runs. Monotonic clock; checks are spread over their interval (a stable
// per-check phase, so no thundering herd at start-up); a check never runs twice at once; at most
// `perHostLimit` attempts are in flight per host:port, and the wait for a slot is measured apart
// from latency. A suspend/resume or wall-clock step is detected and everything restarts cleanly.
// GUI thread.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    struct Job
    {
        QString key;  // unique, e.g. "shopify/admin-rest"
        QString host; // "host:port", the unit of the connection limit
        std::chrono::milliseconds interval{30'000};
    };

    explicit Scheduler(QObject *parent = nullptr);

    // Replaces the job set; jobs whose key and interval persist keep their phase and run state.
    void setJobs(const QList<Job> &jobs);
    void start();
    void stop();
    // Every job due now (used by "check --once" and tests); spreading does not apply.
    void triggerAll();
    // Report that an attempt of `key` ended, freeing its host slot.
    void markFinished(const QString &key);
    // Runs `key` again after `delay` when that comes before its next regular run: a check held back
    // (rate limit, backoff, budget) goes as soon as it may instead of losing a whole interval.
    void retryIn(const QString &key, std::chrono::milliseconds delay);

    void setPerHostLimit(int limit) { m_perHostLimit = limit; }
    // How often the timeline is checked for jumps, and the wall clock it is compared with
    // (milliseconds since the epoch); both replaceable so tests can step the clock.
    void setTimelineTick(std::chrono::milliseconds tick);
    void setWallClock(std::function<qint64()> wallClock) { m_wallClock = std::move(wallClock); }
    int inFlight() const { return m_inFlightTotal; }

    // How late after its due time each dispatch came, since the start (fixed size; the agent's
    // gatewatch_agent_scheduling_lag_seconds).
    const SecondsHistogram &lag() const { return m_lag; }
    // Every dispatch's lag besides, for benchmarks' percentiles; off by default (it grows).
    void setKeepLagSamples(bool keep) { m_keepLags = keep; }
    const std::vector<double> &lagSamplesMs() const { return m_lagsMs; }
    void clearLagSamples() { m_lagsMs.clear(); }

Q_SIGNALS:
    // `queueMs`: time spent waiting for a free connection slot to the job's host.
    void jobDue(const QString &key, double queueMs);
    // The timeline jumped (suspend/resume, clock step): running attempts should be cancelled
    // without a verdict; every job is rescheduled.
    void timelineJumped();

private:
    struct Entry
    {
        Job job;
        qint64 dueMs = 0;
        bool running = false;
        bool queued = false;
    };
    struct Waiting
    {
        QString key;
        qint64 since = 0;
    };

    void rearm();
    void handleTimeout();
    void handleTick();
    void dispatch(Entry &entry, qint64 nowMs);
    void release(const QString &host);
    qint64 phaseFor(const Job &job) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    void enqueue(const Entry &entry) { m_queue.push({entry.dueMs, entry.job.key}); }
    void rebuildQueue();

    QHash<QString, Entry> m_entries;
    // Due times, earliest first. Entries are not removed when a job is rescheduled or dropped;
    // a popped item whose time no longer matches its job is stale and skipped.
    using Due = std::pair<qint64, QString>;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_queue;
    QHash<QString, int> m_inFlight;                // per host
    QHash<QString, std::deque<Waiting>> m_waiting; // per host
    int m_inFlightTotal = 0;
    int m_perHostLimit = 6;
    bool m_running = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_tick; // for timeline checks
    std::function<qint64()> m_wallClock;
    TimelineMonitor m_timeline;
    SecondsHistogram m_lag;
    bool m_keepLags = false;
    std::vector<double> m_lagsMs;
};

} // namespace gw
