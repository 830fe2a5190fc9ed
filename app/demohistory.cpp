#include "demohistory.h"

#include "historystore.h"

namespace gw {

namespace {

constexpr qint64 sliceMs = 3 * 3'600'000;
// Samples handed to the store and not yet committed: well under its queue's bound.
constexpr qint64 maxInFlight = 60'000;

} // namespace

DemoHistory::DemoHistory(HistoryStore *store, sim::HistoryBackfill backfill, qint64 fromMs, qint64 toMs,
                         QObject *parent)
    : QObject(parent), m_store(store), m_backfill(std::move(backfill)), m_nextMs(fromMs), m_toMs(toMs)
{
    connect(store, &HistoryStore::committed, this, [this](int samples) {
        if (!m_started)
            return; // another backfill's samples, or live ones, before this one began
        m_committed += samples;
        sendMore();
    });
}

void DemoHistory::start()
{
    m_started = true;
    sendMore();
}

void DemoHistory::sendMore()
{
    while (m_store && !isDone() && m_sent - m_committed < maxInFlight) {
        const qint64 until = std::min(m_toMs, m_nextMs + sliceMs);
        m_backfill.generate(m_nextMs, until, [this](const QList<CheckUpdate> &batch) {
            m_store->record(batch);
            m_sent += batch.size();
            return true;
        });
        m_nextMs = until;
        if (isDone())
            Q_EMIT finished(m_sent);
    }
}

} // namespace gw
