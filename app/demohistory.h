#pragma once

#include "historybackfill.h"

#include <QObject>
#include <QPointer>

namespace gw {

class HistoryStore;

// Fills a fresh demo history with [fromMs, toMs) (sim::HistoryBackfill), a few hours at a
// time and never far ahead of what the store has committed, so its queue never overflows and the
// window stays responsive while it runs. GUI thread.
class DemoHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHistory)

public:
    DemoHistory(HistoryStore *store, sim::HistoryBackfill backfill, qint64 fromMs, qint64 toMs,
                QObject *parent = nullptr);

    // Sends the first slices; nothing is sent before.
    void start();
    bool isDone() const { return m_nextMs >= m_toMs; }

Q_SIGNALS:
    void finished(qint64 samples);

private:
    void sendMore();

    QPointer<HistoryStore> m_store;
    sim::HistoryBackfill m_backfill;
    qint64 m_nextMs;
    qint64 m_toMs;
    qint64 m_sent = 0;
    qint64 m_committed = 0;
    bool m_started = false;
};

} // namespace gw
