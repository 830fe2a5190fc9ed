#pragma once

#include "activealert.h"
#include "alertwatch.h"
#include "incident.h"
#include "incidentstore.h"
#include "silence.h"

#include <QObject>

#include <functional>

namespace gw {

// What happens to alerts between the rules and the people: every transition goes into the
// incident history; a transition that an active silence matches, or that another firing alert
// inhibits (inhibitedBy(): the local network, a critical gateway alert over the integrations behind
// the gateway), is recorded as suppressed and held back instead of delivered; the others are handed
// to the notifier through deliver(). When what held a transition back ends (the silence expires,
// the inhibiting alert resolves), receivers are brought up to date as Alertmanager does: an alert
// still firing is delivered then, and a resolve is delivered only to those that heard it fire. People
// acknowledge (with a note, under their OS user name), write notes, silence by label matchers
// for a while and expire silences early; all of it is recorded too. The same for the window and
// the agent. GUI thread.
class AlertCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    static constexpr int memoryHistoryLimit = 10'000; // kept without a store

    explicit AlertCenter(AlertWatch &watch, QObject *parent = nullptr);

    // Who acts: the OS user name unless set.
    void setUser(const QString &user) { m_user = user; }
    const QString &user() const { return m_user; }
    static QString osUserName();

    // The integrations behind the gateway (the gateway's routes), for grouping.
    void setBehindGateway(const QSet<QString> &integrations) { m_behindGateway = integrations; }

    // Keeps the history and the silences there from now on (and reads the silences, open
    // incidents and acknowledgements it holds, so a restarted app carries on with them). Call it
    // after the watch has its rules. Without a store, history is kept in memory only.
    void setStore(IncidentStore *store);
    IncidentStore *store() const { return m_store; }

    QList<ActiveAlert> active() const;
    // Whether people are still to be reminded of a firing alert: nobody has acknowledged its
    // incident, and no silence or other alert holds it back.
    bool needsReminder(const QString &rule) const;
    // This desktop's own silences.
    QList<Silence> silences() const;
    // While the team's Alertmanager is followed, its silences are the ones that count: they hold
    // back notices and mark active alerts silenced instead of this desktop's own. nullopt: this
    // desktop's own count again.
    void setTeamSilences(std::optional<QList<Silence>> silences);
    QList<IncidentEvent> history(const IncidentQuery &query) const;

    // Acknowledges the rule's current incident; an error when it is not firing.
    std::optional<QString> acknowledge(const QString &rule, const QString &note);
    // A note on the rule's current incident (or on the rule, when it is not firing).
    std::optional<QString> addNote(const QString &rule, const QString &note);
    // A silence from now for `durationMs`; an error says why it cannot be (Silence::problem).
    Result<Silence> silence(const QList<LabelMatcher> &matchers, qint64 durationMs, const QString &comment);
    // Ends a silence now; an error when there is no such active or pending silence.
    std::optional<QString> expireSilence(const QString &id);

public Q_SLOTS:
    // What a notification channel reported about a delivered transition (error empty: sent).
    void recordNotification(const gw::AlertNotice &notice, const QString &channel, const QString &error);

Q_SIGNALS:
    // Tell people: not silenced.
    void deliver(const gw::AlertNotice &notice, const gw::AlertRule &rule);
    // Active alerts, acknowledgements or silences may have changed (after every evaluation too).
    void changed();
    void recorded(const gw::IncidentEvent &event);

private:
    void onNotice(const AlertNotice &notice);
    void onEvaluated();
    // Why a transition of this rule is not to be delivered now (empty: it is).
    QString holdReason(const AlertRule &rule, qint64 nowMs) const;
    void send(const AlertNotice &notice, const AlertRule &rule);
    void record(IncidentEvent event);
    const AlertRule *rule(const QString &name) const;

    AlertWatch &m_watch;
    IncidentStore *m_store = nullptr;
    QString m_user;
    QHash<QString, Acknowledgement> m_acks;
    QList<Silence> m_silences; // without a store
    std::optional<QList<Silence>> m_teamSilences;
    QList<IncidentEvent> m_memory; // without a store, newest last
    QSet<QString> m_behindGateway;
    QHash<QString, AlertNotice> m_heldBack;            // the latest transition held back, by rule
    QHash<QString, AlertNotice::Kind> m_lastDelivered; // what receivers last heard, by rule
};

} // namespace gw
