#pragma once

#include "agentmetrics.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace gw {

class Runtime;

// Keeps the agent's metrics (AgentMetrics) up to date from a running Runtime, for its /metrics
// endpoint: every check update, pause, gateway page and recorded feed event, and the agent's own
// health (scheduling, history store, configuration). GUI thread, like the runtime.
class AgentExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentExporter)

public:
    explicit AgentExporter(Runtime &runtime, QObject *parent = nullptr);

    QByteArray page() const;
    // Nullopt once the first configuration runs; before that, why not yet.
    std::optional<QString> problem() const;

private:
    Runtime &m_runtime;
    AgentMetrics m_metrics;
    quint64 m_storeErrors = 0;
    bool m_applied = false;
    bool m_lastLoadGood = true;
    double m_loadedAtSeconds = 0;
    double m_startSeconds = 0;
};

} // namespace gw
