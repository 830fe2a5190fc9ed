#include "alertcenter.h"

#include <QDateTime>
#include <QUuid>

#include <array>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace gw {

AlertCenter::AlertCenter(AlertWatch &watch, QObject *parent) : QObject(parent), m_watch(watch), m_user(osUserName())
{
    connect(&m_watch, &AlertWatch::noticed, this, &AlertCenter::onNotice);
    connect(&m_watch, &AlertWatch::evaluated, this, &AlertCenter::onEvaluated);
}

QString AlertCenter::osUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return tr("unknown user");
}

void AlertCenter::setStore(IncidentStore *store)
{
    m_store = store;
    if (!store)
        return;
    for (const Silence &silence : std::as_const(m_silences))
        store->saveSilence(silence);
    m_silences.clear();
    for (const IncidentEvent &event : std::as_const(m_memory))
        store->append(event);
    m_memory.clear();
    connect(store, &IncidentStore::silencesChanged, this, &AlertCenter::changed, Qt::UniqueConnection);

    // Carry on with what was open when the app stopped.
    IncidentQuery recent;
    recent.limit = 5000;
    const QList<IncidentEvent> newestFirst = store->events(recent);
    for (const IncidentEvent &firing : openIncidents(newestFirst)) {
        m_watch.restoreFiring(firing.rule, firing.incidentStartMs);
        // Receivers heard it fire unless its firing was held back (then it is held back still).
        const bool heldBack = std::any_of(newestFirst.cbegin(), newestFirst.cend(), [&](const IncidentEvent &e) {
            return e.rule == firing.rule && e.incidentStartMs == firing.incidentStartMs
                   && e.kind == IncidentEvent::Kind::Suppressed;
        });
        if (heldBack) {
            AlertNotice held;
            held.rule = firing.rule;
            held.kind = AlertNotice::Kind::Firing;
            held.atMs = firing.atMs;
            held.startsAtMs = firing.incidentStartMs;
            held.severity = firing.severity;
            held.value = firing.value;
            m_heldBack.insert(firing.rule, held);
        } else {
            m_lastDelivered.insert(firing.rule, AlertNotice::Kind::Firing);
        }
    }
    const QHash<QString, Acknowledgement> acks = openAcknowledgements(newestFirst);
    for (auto it = acks.cbegin(); it != acks.cend(); ++it)
        m_acks.insert(it.key(), it.value());
    Q_EMIT changed();
}

const AlertRule *AlertCenter::rule(const QString &name) const
{
    const QList<AlertRule> &rules = m_watch.engine().rules();
    const auto it = std::find_if(rules.cbegin(), rules.cend(), [&](const AlertRule &r) { return r.name == name; });
    return it == rules.cend() ? nullptr : &*it;
}

QList<ActiveAlert> AlertCenter::active() const
{
    return activeAlerts(m_watch.engine().rules(), m_watch.engine().statuses(), m_acks,
                        m_teamSilences.value_or(silences()), m_watch.now(), m_behindGateway);
}

bool AlertCenter::needsReminder(const QString &ruleName) const
{
    const AlertStatus *status = m_watch.engine().status(ruleName);
    const AlertRule *alertRule = rule(ruleName);
    if (!status || !alertRule || status->state != AlertState::Firing)
        return false;
    const auto ack = m_acks.constFind(ruleName);
    if (ack != m_acks.cend() && status->firedAtMs && ack->incidentStartMs == *status->firedAtMs)
        return false;
    return holdReason(*alertRule, m_watch.now()).isEmpty();
}

QList<Silence> AlertCenter::silences() const
{
    return m_store ? m_store->silences() : m_silences;
}

void AlertCenter::setTeamSilences(std::optional<QList<Silence>> silences)
{
    if (silences == m_teamSilences)
        return;
    m_teamSilences = std::move(silences);
    Q_EMIT changed();
}

QList<IncidentEvent> AlertCenter::history(const IncidentQuery &query) const
{
    if (m_store)
        return m_store->events(query);
    QList<IncidentEvent> found;
    for (auto it = m_memory.crbegin(); it != m_memory.crend() && found.size() < query.limit; ++it) {
        const IncidentEvent &event = *it;
        if (!query.rule.isEmpty() && event.rule != query.rule)
            continue;
        if ((query.fromMs && event.atMs < *query.fromMs) || (query.toMs && event.atMs >= *query.toMs))
            continue;
        const std::array fields{event.rule, event.text, event.user, event.channel, machineName(event.kind)};
        if (!query.text.isEmpty() && std::none_of(fields.cbegin(), fields.cend(), [&](const QString &field) {
                return field.contains(query.text, Qt::CaseInsensitive);
            })) {
            continue;
        }
        found.append(event);
    }
    return found;
}

void AlertCenter::record(IncidentEvent event)
{
    if (m_store) {
        connect(m_store, &IncidentStore::appended, this, &AlertCenter::recorded, Qt::UniqueConnection);
        m_store->append(std::move(event));
        return;
    }
    m_memory.append(event);
    if (m_memory.size() > memoryHistoryLimit)
        m_memory.removeFirst();
    Q_EMIT recorded(event);
}

QString AlertCenter::holdReason(const AlertRule &alertRule, qint64 nowMs) const
{
    const AlertLabels labels = alertLabels(alertRule);
    const QList<Silence> all = m_teamSilences.value_or(silences());
    for (const Silence &silence : all) {
        if (silence.silences(labels, nowMs)) {
            return tr("silenced by %1 (%2, by %3)")
                .arg(silence.id, matchersText(silence.matchers), silence.createdBy);
        }
    }
    QList<AlertLabels> firing;
    for (const AlertRule &other : m_watch.engine().rules()) {
        const AlertStatus *status = m_watch.engine().status(other.name);
        if (status && status->state == AlertState::Firing)
            firing.append(alertLabels(other));
    }
    const QString inhibitor = inhibitedBy(labels, firing, m_behindGateway);
    return inhibitor.isEmpty() ? QString() : tr("held back while %1 fires").arg(inhibitor);
}

void AlertCenter::send(const AlertNotice &notice, const AlertRule &alertRule)
{
    if (notice.kind != AlertNotice::Kind::Flapping)
        m_lastDelivered.insert(notice.rule, notice.kind);
    Q_EMIT deliver(notice, alertRule);
}

void AlertCenter::onNotice(const AlertNotice &notice)
{
    record(incidentEvent(notice));
    if (notice.kind == AlertNotice::Kind::Resolved)
        m_acks.remove(notice.rule);
    const AlertRule *alertRule = rule(notice.rule);
    if (!alertRule)
        return;
    const QString reason = holdReason(*alertRule, notice.atMs);
    if (reason.isEmpty()) {
        m_heldBack.remove(notice.rule);
        // Receivers that never heard it fire are not told it resolved.
        const bool heardFiring = m_lastDelivered.value(notice.rule, AlertNotice::Kind::Resolved)
                                 == AlertNotice::Kind::Firing;
        if (notice.kind != AlertNotice::Kind::Resolved || heardFiring)
            send(notice, *alertRule);
        return;
    }
    m_heldBack.insert(notice.rule, notice);
    IncidentEvent suppressed;
    suppressed.atMs = notice.atMs;
    suppressed.rule = notice.rule;
    suppressed.incidentStartMs = notice.startsAtMs;
    suppressed.kind = IncidentEvent::Kind::Suppressed;
    suppressed.severity = notice.severity;
    suppressed.text = tr("%1 not notified: %2").arg(machineName(notice.kind), reason);
    record(suppressed);
}

void AlertCenter::onEvaluated()
{
    const qint64 now = m_watch.now();
    for (auto it = m_heldBack.begin(); it != m_heldBack.end();) {
        const AlertRule *alertRule = rule(it.key());
        if (alertRule && !holdReason(*alertRule, now).isEmpty()) {
            ++it;
            continue;
        }
        const AlertNotice held = it.value();
        it = m_heldBack.erase(it);
        if (!alertRule)
            continue;
        const AlertStatus *status = m_watch.engine().status(held.rule);
        const bool firing = status && status->state == AlertState::Firing;
        const bool heardFiring = m_lastDelivered.value(held.rule, AlertNotice::Kind::Resolved)
                                 == AlertNotice::Kind::Firing;
        AlertNotice update = held;
        update.atMs = now;
        if (firing && !heardFiring) {
            update.kind = AlertNotice::Kind::Firing;
            update.startsAtMs = status->firedAtMs.value_or(held.startsAtMs);
            update.endsAtMs.reset();
            update.value = status->value;
            send(update, *alertRule);
        } else if (!firing && heardFiring && held.kind == AlertNotice::Kind::Resolved) {
            send(update, *alertRule);
        }
    }
    Q_EMIT changed();
}

void AlertCenter::recordNotification(const AlertNotice &notice, const QString &channel, const QString &error)
{
    IncidentEvent event;
    event.atMs = m_watch.now();
    event.rule = notice.rule;
    event.incidentStartMs = notice.startsAtMs;
    event.kind = error.isEmpty() ? IncidentEvent::Kind::Notified : IncidentEvent::Kind::NotifyFailed;
    event.severity = notice.severity;
    event.channel = channel;
    event.text = error.isEmpty() ? machineName(notice.kind) : machineName(notice.kind) + u": "_s + error;
    record(event);
}

std::optional<QString> AlertCenter::acknowledge(const QString &ruleName, const QString &note)
{
    const AlertStatus *status = m_watch.engine().status(ruleName);
    if (!status || status->state != AlertState::Firing || !status->firedAtMs)
        return tr("%1 is not firing: only a firing alert can be acknowledged").arg(ruleName);
    const qint64 now = m_watch.now();
    const Acknowledgement ack{ruleName, *status->firedAtMs, m_user, note.trimmed(), now};
    m_acks.insert(ruleName, ack);
    IncidentEvent event;
    event.atMs = now;
    event.rule = ruleName;
    event.incidentStartMs = ack.incidentStartMs;
    event.kind = IncidentEvent::Kind::Acknowledged;
    if (const AlertRule *r = rule(ruleName))
        event.severity = r->severity;
    event.user = m_user;
    event.text = ack.note;
    record(event);
    Q_EMIT changed();
    return std::nullopt;
}

std::optional<QString> AlertCenter::addNote(const QString &ruleName, const QString &note)
{
    if (note.trimmed().isEmpty())
        return tr("The note is empty");
    const AlertRule *r = rule(ruleName);
    if (!r)
        return tr("There is no alert rule %1").arg(ruleName);
    const AlertStatus *status = m_watch.engine().status(ruleName);
    IncidentEvent event;
    event.atMs = m_watch.now();
    event.rule = ruleName;
    event.incidentStartMs = status && status->firedAtMs ? *status->firedAtMs : 0;
    event.kind = IncidentEvent::Kind::Note;
    event.severity = r->severity;
    event.user = m_user;
    event.text = note.trimmed();
    record(event);
    return std::nullopt;
}

Result<Silence> AlertCenter::silence(const QList<LabelMatcher> &matchers, qint64 durationMs, const QString &comment)
{
    Silence silence;
    silence.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    silence.matchers = matchers;
    silence.startsAtMs = m_watch.now();
    silence.endsAtMs = silence.startsAtMs + durationMs;
    silence.createdBy = m_user;
    silence.comment = comment.trimmed();
    if (durationMs <= 0)
        return Error{tr("a silence needs a duration, e.g. 2h")};
    if (const std::optional<QString> problem = Silence::problem(silence))
        return Error{*problem};
    if (m_store)
        m_store->saveSilence(silence);
    else
        m_silences.prepend(silence);
    IncidentEvent event;
    event.atMs = silence.startsAtMs;
    event.kind = IncidentEvent::Kind::Silenced;
    event.user = m_user;
    const QString until = QDateTime::fromMSecsSinceEpoch(silence.endsAtMs, Qt::UTC).toString(Qt::ISODate);
    event.text = silence.comment.isEmpty()
                     ? tr("%1 until %2 (silence %3)").arg(matchersText(matchers), until, silence.id)
                     : tr("%1 until %2 (silence %3): %4").arg(matchersText(matchers), until, silence.id, silence.comment);
    record(event);
    Q_EMIT changed();
    return silence;
}

std::optional<QString> AlertCenter::expireSilence(const QString &id)
{
    QList<Silence> all = silences();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Silence &s) { return s.id == id; });
    const qint64 now = m_watch.now();
    if (it == all.end() || it->state(now) == Silence::State::Expired)
        return tr("There is no active or pending silence %1").arg(id);
    if (it->startsAtMs > now)
        it->startsAtMs = now; // a pending one never starts
    it->endsAtMs = now;
    if (m_store)
        m_store->saveSilence(*it);
    else
        m_silences = all;
    IncidentEvent event;
    event.atMs = now;
    event.kind = IncidentEvent::Kind::Unsilenced;
    event.user = m_user;
    event.text = tr("%1 (silence %2)").arg(matchersText(it->matchers), id);
    record(event);
    Q_EMIT changed();
    return std::nullopt;
}

} // namespace gw
