#include "prometheuswatch.h"

#include <QDateTime>

namespace gw {

PrometheusWatch::PrometheusWatch(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(defaultRefresh);
    connect(&m_timer, &QTimer::timeout, this, &PrometheusWatch::refresh);
}

PrometheusWatch::~PrometheusWatch() = default;

void PrometheusWatch::setSource(const ApiServer &server, const Catalog &catalog)
{
    const bool sameServer = m_client && m_client->options() == server;
    if (sameServer) {
        // Checks the new catalog adds are published from the next answer on, with the others.
        if (catalog != m_catalog)
            m_snapshot = {};
        m_catalog = catalog;
        return;
    }
    m_catalog = catalog;
    delete m_client;
    m_client = new PrometheusClient(server, this);
    ++m_generation;
    m_asking = false;
    // What the old server said is not known of the new one: every check starts unknown again.
    const LiveChanges gone = liveChanges(m_snapshot, {}, m_catalog);
    m_snapshot = {};
    m_lastAnswerMs = 0;
    for (const auto &[integrationId, checkId, state] : gone.states)
        Q_EMIT checkStateChanged(integrationId, checkId, state);
    setProblem({});
    if (m_timer.isActive())
        refresh();
}

void PrometheusWatch::start()
{
    m_timer.start();
    refresh();
}

void PrometheusWatch::stop()
{
    m_timer.stop();
}

void PrometheusWatch::refresh()
{
    if (!m_client || m_asking)
        return;
    m_asking = true;
    const quint64 generation = m_generation;
    m_client->query(promLiveQuery(), QDateTime::currentMSecsSinceEpoch())
        .then(this, [this, generation](const PromResult &result) {
            if (generation != m_generation)
                return;
            m_asking = false;
            take(result);
            Q_EMIT refreshed();
        });
}

void PrometheusWatch::take(const PromResult &result)
{
    if (!result) {
        setProblem(result.error().message);
        return;
    }
    m_lastAnswerMs = QDateTime::currentMSecsSinceEpoch();
    const LiveSnapshot now = readLiveSnapshot(result.value());
    const LiveChanges changes = liveChanges(m_snapshot, now, m_catalog);
    m_snapshot = now;
    setProblem({});
    for (const auto &[integrationId, checkId, state] : changes.states)
        Q_EMIT checkStateChanged(integrationId, checkId, state);
    if (!changes.updates.isEmpty())
        Q_EMIT checksUpdated(changes.updates);
    if (changes.gateway)
        Q_EMIT gatewayRead(*changes.gateway);
}

void PrometheusWatch::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(m_problem);
}

HealthStatus PrometheusWatch::state(const QString &integrationId, const QString &checkId) const
{
    return m_snapshot.checks.value(integrationId + u'/' + checkId).state;
}

} // namespace gw
