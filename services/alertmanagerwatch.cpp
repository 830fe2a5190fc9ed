#include "alertmanagerwatch.h"

namespace gw {

AlertmanagerWatch::AlertmanagerWatch(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(defaultRefresh);
    connect(&m_timer, &QTimer::timeout, this, &AlertmanagerWatch::refresh);
}

AlertmanagerWatch::~AlertmanagerWatch() = default;

void AlertmanagerWatch::setServer(const ApiServer &server)
{
    const bool sameServer = m_server == server;
    if (sameServer && m_client) {
        if (!m_timer.isActive())
            m_timer.start();
        return;
    }
    stop();
    m_server = server;
    m_client = new AlertmanagerClient(server, this);
    m_timer.start();
    refresh();
}

void AlertmanagerWatch::stop()
{
    m_timer.stop();
    ++m_generation;
    m_asking = false;
    m_askAgain = false;
    delete m_client;
    m_client = nullptr;
    m_server.reset();
    const bool hadLists = !m_silences.isEmpty() || !m_alerts.isEmpty();
    m_silences.clear();
    m_alerts.clear();
    if (hadLists) {
        Q_EMIT silencesRead(m_silences);
        Q_EMIT alertsRead(m_alerts);
    }
    setProblem({});
}

void AlertmanagerWatch::refresh()
{
    if (!m_client)
        return;
    if (m_asking) {
        // The read that is out may have been answered before what changed.
        m_askAgain = true;
        return;
    }
    m_asking = true;
    const quint64 generation = m_generation;
    m_client->silences().then(this, [this, generation](const AmResult<QList<Silence>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            setProblem(result.error().message);
            finishRefresh();
            return;
        }
        m_silences = result.value();
        Q_EMIT silencesRead(m_silences);
        readAlerts(generation);
    });
}

void AlertmanagerWatch::readAlerts(quint64 generation)
{
    m_client->alerts().then(this, [this, generation](const AmResult<QList<AmAlert>> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            m_alerts = result.value();
            Q_EMIT alertsRead(m_alerts);
            setProblem({});
        } else {
            setProblem(result.error().message);
        }
        finishRefresh();
    });
}

void AlertmanagerWatch::finishRefresh()
{
    m_asking = false;
    if (m_askAgain) {
        m_askAgain = false;
        refresh();
    }
}

void AlertmanagerWatch::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(m_problem);
}

AmFailure AlertmanagerWatch::notFollowed() const
{
    return {AmFailure::Kind::Unreachable, tr("No Alertmanager is followed.")};
}

QFuture<AmResult<QString>> AlertmanagerWatch::saveSilence(const Silence &silence)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(AmResult<QString>(notFollowed()));
    const quint64 generation = m_generation;
    return m_client->saveSilence(silence).then(this, [this, generation](const AmResult<QString> &saved) {
        if (saved && generation == m_generation)
            refresh();
        return saved;
    });
}

QFuture<AmResult<bool>> AlertmanagerWatch::expireSilence(const QString &id)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(AmResult<bool>(notFollowed()));
    const quint64 generation = m_generation;
    return m_client->expireSilence(id).then(this, [this, generation](const AmResult<bool> &expired) {
        if (expired && generation == m_generation)
            refresh();
        return expired;
    });
}

} // namespace gw
