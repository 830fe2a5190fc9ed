#include "alertsmodel.h"

#include "duration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::AlertValue)
};

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

QString alertValueText(const std::optional<double> &value, AlertValueKind kind)
{
    if (!value)
        return {};
    const QLocale locale;
    switch (kind) {
    case AlertValueKind::Duration:
        return *value >= 10'000 ? Text::tr("%1 s").arg(locale.toString(*value / 1000, 'f', 1))
                                : Text::tr("%1 ms").arg(locale.toString(*value, 'f', 0));
    case AlertValueKind::Percent:
        return Text::tr("%1 %").arg(locale.toString(*value, 'f', *value < 10 ? 2 : 1));
    case AlertValueKind::Days:
        return Text::tr("%1 days").arg(locale.toString(*value, 'f', 1));
    case AlertValueKind::Boolean:
        return *value != 0 ? Text::tr("yes") : Text::tr("no");
    case AlertValueKind::State:
        return {};
    case AlertValueKind::Count:
        break;
    }
    return locale.toString(*value, 'g', 6);
}

QString severityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return Text::tr("Info");
    case AlertSeverity::Warning:
        return Text::tr("Warning");
    case AlertSeverity::Critical:
        return Text::tr("Critical");
    }
    return {};
}

// --- ActiveAlertsModel ---

ActiveAlertsModel::ActiveAlertsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActiveAlertsModel::setAlerts(const QList<ActiveAlert> &alerts)
{
    bool sameRows = alerts.size() == m_alerts.size();
    for (qsizetype i = 0; sameRows && i < alerts.size(); ++i)
        sameRows = alerts.at(i).rule == m_alerts.at(i).rule;
    if (!sameRows) {
        beginResetModel();
        m_alerts = alerts;
        endResetModel();
        return;
    }
    if (alerts == m_alerts)
        return;
    m_alerts = alerts;
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_alerts.size()) - 1, ColumnCount - 1));
}

const ActiveAlert *ActiveAlertsModel::alert(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int ActiveAlertsModel::rowOf(const QString &rule) const
{
    for (qsizetype i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).rule == rule)
            return int(i);
    }
    return -1;
}

int ActiveAlertsModel::unhandledFiring() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const ActiveAlert &alert) {
        return alert.state == AlertState::Firing && !alert.flapping && !alert.acknowledgement
               && alert.silencedBy.isEmpty() && alert.inhibitedBy.isEmpty();
    }));
}

std::optional<AlertSeverity> ActiveAlertsModel::worstFiring() const
{
    std::optional<AlertSeverity> worst;
    for (const ActiveAlert &alert : m_alerts) {
        if (alert.state == AlertState::Firing && (!worst || alert.severity > *worst))
            worst = alert.severity;
    }
    return worst;
}

int ActiveAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int ActiveAlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActiveAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActiveAlert &alert = m_alerts.at(index.row());
    switch (role) {
    case RuleRole:
        return alert.rule;
    case SeverityRole:
        return int(alert.severity);
    case RawValueRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(alert.severity);
        case SinceColumn:
            return alert.sinceMs;
        case ValueColumn:
            return alert.value ? QVariant(*alert.value) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(alert.severity);
        case AlertColumn: {
            const QString summary = alert.annotations.value(u"summary"_s);
            return summary.isEmpty() ? alert.rule : alert.rule + u" — "_s + summary;
        }
        case StateColumn:
            if (alert.flapping)
                return tr("Flapping");
            return alert.state == AlertState::Firing ? tr("Firing") : tr("Pending");
        case SinceColumn:
            return timeText(alert.sinceMs);
        case ValueColumn:
            return alertValueText(alert.value, alert.valueKind);
        case HandlingColumn: {
            QStringList parts;
            if (alert.acknowledgement) {
                parts.append(alert.acknowledgement->note.isEmpty()
                                 ? tr("Acknowledged by %1").arg(alert.acknowledgement->user)
                                 : tr("Acknowledged by %1: %2")
                                       .arg(alert.acknowledgement->user, alert.acknowledgement->note));
            }
            if (!alert.silencedBy.isEmpty())
                parts.append(tr("Silenced"));
            if (alert.inhibitedBy == u"local-network")
                parts.append(tr("Held back: the local network is down"));
            else if (!alert.inhibitedBy.isEmpty())
                parts.append(tr("Grouped under %1").arg(alert.inhibitedBy));
            return parts.join(u"; "_s);
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AlertColumn: {
            QString text = tr("When %1").arg(alert.expression);
            for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it)
                text += u'\n' + it.key() + u": "_s + it.value();
            return text;
        }
        case StateColumn:
            if (alert.flapping)
                return tr("Its condition keeps changing: notifications pause until it settles");
            return alert.state == AlertState::Pending ? tr("The condition holds, but not yet for as long as the rule's "
                                                           "`for` asks")
                                                      : QVariant();
        case HandlingColumn:
            if (!alert.silencedBy.isEmpty())
                return tr("Silenced by %1").arg(alert.silencedBy.join(u", "_s));
            break;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActiveAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case AlertColumn:
        return tr("Alert");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case ValueColumn:
        return tr("Value");
    case HandlingColumn:
        return tr("Handled");
    }
    return {};
}

// --- SilencesModel ---

SilencesModel::SilencesModel(QObject *parent) : QAbstractTableModel(parent) {}

void SilencesModel::setSilences(const QList<Silence> &silences, qint64 nowMs)
{
    beginResetModel();
    m_silences = silences;
    m_nowMs = nowMs;
    endResetModel();
}

const Silence *SilencesModel::silence(int row) const
{
    return row >= 0 && row < m_silences.size() ? &m_silences.at(row) : nullptr;
}

int SilencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_silences.size());
}

int SilencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Silence &silence = m_silences.at(index.row());
    const Silence::State state = silence.state(m_nowMs);
    if (role == IdRole)
        return silence.id;
    if (role == StateRole)
        return int(state);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        switch (state) {
        case Silence::State::Pending:
            return tr("Pending");
        case Silence::State::Active:
            return tr("Active");
        case Silence::State::Expired:
            return tr("Expired");
        }
        break;
    case MatchersColumn:
        return matchersText(silence.matchers);
    case StartsColumn:
        return timeText(silence.startsAtMs);
    case EndsColumn:
        return timeText(silence.endsAtMs);
    case CreatedByColumn:
        return silence.createdBy;
    case CommentColumn:
        return silence.comment;
    }
    return {};
}

QVariant SilencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case MatchersColumn:
        return tr("Matchers");
    case StartsColumn:
        return tr("Starts");
    case EndsColumn:
        return tr("Ends");
    case CreatedByColumn:
        return tr("Created by");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

// --- IncidentHistoryModel ---

IncidentHistoryModel::IncidentHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void IncidentHistoryModel::setEvents(const QList<IncidentEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

const IncidentEvent *IncidentHistoryModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

QString IncidentHistoryModel::kindText(IncidentEvent::Kind kind)
{
    switch (kind) {
    case IncidentEvent::Kind::Firing:
        return tr("Fired");
    case IncidentEvent::Kind::Resolved:
        return tr("Resolved");
    case IncidentEvent::Kind::Flapping:
        return tr("Started flapping");
    case IncidentEvent::Kind::Acknowledged:
        return tr("Acknowledged");
    case IncidentEvent::Kind::Note:
        return tr("Note");
    case IncidentEvent::Kind::Silenced:
        return tr("Silence created");
    case IncidentEvent::Kind::Unsilenced:
        return tr("Silence expired early");
    case IncidentEvent::Kind::Suppressed:
        return tr("Not notified");
    case IncidentEvent::Kind::Notified:
        return tr("Notified");
    case IncidentEvent::Kind::NotifyFailed:
        return tr("Notification failed");
    }
    return {};
}

int IncidentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int IncidentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentEvent &event = m_events.at(index.row());
    switch (role) {
    case RuleRole:
        return event.rule;
    case KindRole:
        return int(event.kind);
    case RawValueRole:
        return index.column() == TimeColumn ? QVariant(event.atMs) : data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(event.atMs);
        case AlertColumn:
            return event.rule;
        case WhatColumn:
            if (event.kind == IncidentEvent::Kind::Notified || event.kind == IncidentEvent::Kind::NotifyFailed)
                return QString(kindText(event.kind) + u" ("_s + event.channel + u')');
            return kindText(event.kind);
        case WhoColumn:
            return event.user;
        case DetailsColumn:
            if (event.value && event.text.isEmpty())
                return tr("value %1").arg(QLocale().toString(*event.value, 'f', std::abs(*event.value) < 100 ? 1 : 0));
            return event.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn)
            return event.text;
        break;
    default:
        break;
    }
    return {};
}

QVariant IncidentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AlertColumn:
        return tr("Alert");
    case WhatColumn:
        return tr("What happened");
    case WhoColumn:
        return tr("Who");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

// --- AlertRulesModel ---

AlertRulesModel::AlertRulesModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertRulesModel::setRules(const QList<AlertRule> &rules)
{
    if (rules == m_rules)
        return;
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int AlertRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AlertRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRule &rule = m_rules.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == WhenColumn) {
        QString text = rule.when.text();
        if (rule.resolveWhen)
            text += u'\n' + tr("Resolves when %1").arg(rule.resolveWhen->text());
        return text;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return rule.name;
    case WhenColumn:
        return rule.when.text();
    case ForColumn:
        return formatDuration(std::chrono::milliseconds(rule.forMs));
    case SeverityColumn:
        return severityText(rule.severity);
    }
    return {};
}

QVariant AlertRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Rule");
    case WhenColumn:
        return tr("When");
    case ForColumn:
        return tr("For");
    case SeverityColumn:
        return tr("Severity");
    }
    return {};
}

} // namespace gw
