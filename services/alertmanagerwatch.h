#pragma once

#include "alertmanagerapi.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace gw {

// The silences and alerts of the team's Alertmanager, read on an interval, and silences saved and
// expired there. While Alertmanager does not answer, the last lists stand and problem() says why.
// Answers from a server that has since been replaced (or stopped) are dropped. GUI thread.
class AlertmanagerWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerWatch)

public:
    static constexpr std::chrono::milliseconds defaultRefresh{15'000};

    explicit AlertmanagerWatch(QObject *parent = nullptr);
    ~AlertmanagerWatch() override;

    // Follows `server`: refreshes now and then on every interval. A different server starts
    // afresh (its lists empty until it answers); the same one carries on.
    void setServer(const ApiServer &server);
    // Forgets the server and its lists.
    void stop();
    void refresh(); // one read now; if one is still out, another right after it
    void setRefreshInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    bool isActive() const { return m_client != nullptr; }
    // The server followed, null when stopped.
    const ApiServer *server() const { return m_server ? &*m_server : nullptr; }
    // As last read, expired silences included.
    const QList<Silence> &silences() const { return m_silences; }
    const QList<AmAlert> &alerts() const { return m_alerts; }
    // Why the last read got no answer (a sentence naming the server); empty while it answers.
    const QString &problem() const { return m_problem; }

    // Saved (or expired) in Alertmanager; after success the lists are read again. Without a server
    // the future finishes at once with a failure.
    QFuture<AmResult<QString>> saveSilence(const Silence &silence);
    QFuture<AmResult<bool>> expireSilence(const QString &id);

Q_SIGNALS:
    void silencesRead(const QList<gw::Silence> &silences);
    void alertsRead(const QList<gw::AmAlert> &alerts);
    // problem() changed: Alertmanager stopped answering, or answers again (empty).
    void problemChanged(const QString &problem);

private:
    void readAlerts(quint64 generation);
    void finishRefresh();
    void setProblem(const QString &problem);
    AmFailure notFollowed() const;

    QTimer m_timer;
    AlertmanagerClient *m_client = nullptr;
    std::optional<ApiServer> m_server;
    QList<Silence> m_silences;
    QList<AmAlert> m_alerts;
    QString m_problem;
    bool m_asking = false;
    bool m_askAgain = false;   // something changed while a read was out
    quint64 m_generation = 0; // answers for an earlier server are dropped
};

} // namespace gw
