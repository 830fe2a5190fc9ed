#pragma once

#include "catalog.h"
#include "prometheusapi.h"
#include "promlive.h"

#include <QObject>
#include <QTimer>

namespace gw {

// The live state of the catalog's checks as the agents that Prometheus scrapes report it, for a
// desktop that does not poll the integrations itself. Every refresh asks one instant query
// (promLiveQuery()) and publishes what changed the way Monitor does, so the overview, quotas and
// alert rules take either. While Prometheus does not answer, the last state stands and problem()
// says why: its failures are never taken for an integration's outage. GUI thread.
class PrometheusWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusWatch)

public:
    static constexpr std::chrono::milliseconds defaultRefresh{15'000}; // Prometheus's default scrape interval

    explicit PrometheusWatch(QObject *parent = nullptr);
    ~PrometheusWatch() override;

    // Where to ask and what to follow. A different server starts afresh; a new catalog keeps what
    // is known of the checks it still has.
    void setSource(const ApiServer &server, const Catalog &catalog);
    void setRefreshInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    void start(); // refreshes now and then on every interval
    void stop();
    void refresh(); // one query now, unless one is still out

    HealthStatus state(const QString &integrationId, const QString &checkId) const;
    // Why the last refresh got no answer (a sentence naming the server); empty while it answers.
    const QString &problem() const { return m_problem; }
    // When Prometheus last answered (ms since the epoch), 0 before it has.
    qint64 lastAnswerMs() const { return m_lastAnswerMs; }
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void checksUpdated(const QList<gw::CheckUpdate> &updates);
    void checkStateChanged(const QString &integrationId, const QString &checkId, gw::HealthStatus state);
    // An agent read the gateway's metrics page again: its routes' counts as the page said them.
    void gatewayRead(const gw::GatewayScrape &scrape);
    // problem() changed: Prometheus stopped answering, or answers again (empty).
    void problemChanged(const QString &problem);
    // A refresh finished, answered or not.
    void refreshed();

private:
    void take(const PromResult &result);
    void setProblem(const QString &problem);

    QTimer m_timer;
    PrometheusClient *m_client = nullptr;
    Catalog m_catalog;
    LiveSnapshot m_snapshot;
    QString m_problem;
    qint64 m_lastAnswerMs = 0;
    bool m_asking = false;
    quint64 m_generation = 0; // answers for an earlier source are dropped
};

} // namespace gw
