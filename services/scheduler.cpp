#include "scheduler.h"

#include <QDateTime>

#include <algorithm>

namespace gw {

namespace {

// Jobs due within this window are dispatched together: far below any interval a check may
// have, and it keeps the event loop from waking once per check.
constexpr qint64 coalesceMs = 20;

} // namespace

Scheduler::Scheduler(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::handleTimeout);
    m_tick.setInterval(1'000);
    m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    connect(&m_tick, &QTimer::timeout, this, &Scheduler::handleTick);
}

qint64 Scheduler::phaseFor(const Job &job) const
{
    // A stable phase per job spreads checks over their interval and keeps the spread across
    // restarts and reloads; qHash of the key is deterministic within a process (seeded per run),
    // which is all we need.
    const qint64 interval = std::max<qint64>(1, job.interval.count());
    return static_cast<qint64>(qHash(job.key) % static_cast<size_t>(interval));
}

void Scheduler::setTimelineTick(std::chrono::milliseconds tick)
{
    m_tick.setInterval(tick);
}

void Scheduler::setJobs(const QList<Job> &jobs)
{
    QHash<QString, Entry> next;
    const qint64 now = nowMs();
    for (const Job &job : jobs) {
        auto old = m_entries.constFind(job.key);
        if (old != m_entries.cend() && old->job.interval == job.interval && old->job.host == job.host) {
            Entry kept = *old;
            kept.job = job;
            next.insert(job.key, kept);
        } else {
            Entry entry{job, now + phaseFor(job), false, false};
            if (old != m_entries.cend())
                entry.running = old->running; // its attempt still reports back
            next.insert(job.key, entry);
        }
    }
    // Forget waiting slots of jobs that are gone.
    for (auto &queue : m_waiting)
        queue.erase(std::remove_if(queue.begin(), queue.end(), [&](const Waiting &w) { return !next.contains(w.key); }),
                    queue.end());
    m_entries = std::move(next);
    rebuildQueue();
    rearm();
}

void Scheduler::start()
{
    m_running = true;
    m_timeline = TimelineMonitor();
    m_timeline.observe(nowMs(), m_wallClock(), m_tick.interval());
    m_tick.start();
    rearm();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_tick.stop();
}

void Scheduler::triggerAll()
{
    const qint64 now = nowMs();
    for (Entry &entry : m_entries) {
        if (!entry.running && !entry.queued)
            dispatch(entry, now);
    }
}

void Scheduler::markFinished(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || !it->running)
        return;
    it->running = false;
    release(it->job.host);
}

void Scheduler::retryIn(const QString &key, std::chrono::milliseconds delay)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    const qint64 due = nowMs() + std::max<qint64>(1, delay.count());
    if (due >= it->dueMs)
        return;
    it->dueMs = due; // the queued item with the old time is now stale
    enqueue(*it);
    rearm();
}

void Scheduler::release(const QString &host)
{
    int &inFlight = m_inFlight[host];
    inFlight = std::max(0, inFlight - 1);
    m_inFlightTotal = std::max(0, m_inFlightTotal - 1);

    auto waiting = m_waiting.find(host);
    while (waiting != m_waiting.end() && !waiting->empty() && m_inFlight[host] < m_perHostLimit) {
        const Waiting next = waiting->front();
        waiting->pop_front();
        auto entry = m_entries.find(next.key);
        if (entry == m_entries.end())
            continue;
        entry->queued = false;
        entry->running = true;
        ++m_inFlight[host];
        ++m_inFlightTotal;
        Q_EMIT jobDue(next.key, static_cast<double>(nowMs() - next.since));
    }
}

void Scheduler::dispatch(Entry &entry, qint64 nowMs)
{
    if (m_inFlight.value(entry.job.host) >= m_perHostLimit) {
        entry.queued = true;
        m_waiting[entry.job.host].push_back({entry.job.key, nowMs});
        return;
    }
    entry.running = true;
    ++m_inFlight[entry.job.host];
    ++m_inFlightTotal;
    Q_EMIT jobDue(entry.job.key, 0.0);
}

void Scheduler::handleTimeout()
{
    if (!m_running)
        return;
    const qint64 now = nowMs();
    while (!m_queue.empty() && m_queue.top().first <= now + coalesceMs) {
        const auto [due, key] = m_queue.top();
        m_queue.pop();
        auto it = m_entries.find(key);
        if (it == m_entries.end() || it->dueMs != due)
            continue; // stale
        Entry &entry = *it;
        const double lagMs = static_cast<double>(std::max<qint64>(0, now - due));
        m_lag.observe(lagMs / 1000.0);
        if (m_keepLags)
            m_lagsMs.push_back(lagMs);
        const qint64 interval = std::max<qint64>(1, entry.job.interval.count());
        // Skip whole missed intervals rather than firing a burst to catch up.
        const qint64 missed = now > due ? (now - due) / interval : 0;
        entry.dueMs = due + (missed + 1) * interval;
        enqueue(entry);
        // A check still running (or still waiting for a slot) is not started twice.
        if (!entry.running && !entry.queued)
            dispatch(entry, now);
    }
    rearm();
}

void Scheduler::rebuildQueue()
{
    m_queue = {};
    for (const Entry &entry : std::as_const(m_entries))
        enqueue(entry);
}

void Scheduler::handleTick()
{
    const TimelineMonitor::Jump jump = m_timeline.observe(nowMs(), m_wallClock(), m_tick.interval());
    if (jump == TimelineMonitor::Jump::None)
        return;
    // Whatever was in flight across the gap says nothing about the vendors: drop it and start
    // every check afresh, spread over its interval again.
    m_waiting.clear();
    m_inFlight.clear();
    m_inFlightTotal = 0;
    const qint64 now = nowMs();
    for (Entry &entry : m_entries) {
        entry.running = false;
        entry.queued = false;
        entry.dueMs =
            now + phaseFor(entry.job) % std::max<qint64>(1, std::min<qint64>(entry.job.interval.count(), 5'000));
    }
    rebuildQueue();
    Q_EMIT timelineJumped();
    rearm();
}

void Scheduler::rearm()
{
    if (!m_running || m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_queue.top().first - nowMs(), 0, 60'000);
    m_timer.start(static_cast<int>(wait));
}

} // namespace gw
