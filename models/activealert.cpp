#include "activealert.h"

#include <QSet>

#include <algorithm>

namespace gw {

namespace {

const QString localNetwork = QStringLiteral("local-network");
const QString gatewayIntegration = QStringLiteral("gateway"); // Catalog::gatewayId

} // namespace

AlertRule localNetworkRule()
{
    AlertRule rule;
    rule.name = localNetwork;
    rule.when = *AlertExpression::parse(u"local_network_down(workstation)");
    rule.severity = AlertSeverity::Critical;
    rule.labels.insert(QStringLiteral("scope"), QStringLiteral("workstation"));
    rule.annotations.insert(QStringLiteral("summary"),
                            QStringLiteral("This workstation has lost the network; vendor alerts are held back"));
    return rule;
}

QString inhibitedBy(const AlertLabels &labels, const QList<AlertLabels> &firing, const QSet<QString> &behindGateway)
{
    const QString name = labels.value(QStringLiteral("alertname"));
    const QString integration = labels.value(QStringLiteral("integration"));
    QString byGateway;
    for (const AlertLabels &source : firing) {
        const QString sourceName = source.value(QStringLiteral("alertname"));
        if (sourceName == name)
            continue;
        if (sourceName == localNetwork)
            return sourceName;
        if (byGateway.isEmpty() && !integration.isEmpty() && behindGateway.contains(integration)
            && source.value(QStringLiteral("integration")) == gatewayIntegration
            && source.value(QStringLiteral("severity")) == machineName(AlertSeverity::Critical))
            byGateway = sourceName;
    }
    return byGateway;
}

QList<ActiveAlert> activeAlerts(const QList<AlertRule> &rules, const QList<AlertStatus> &statuses,
                                const QHash<QString, Acknowledgement> &acknowledgements,
                                const QList<Silence> &silences, qint64 nowMs, const QSet<QString> &behindGateway)
{
    QHash<QString, const AlertStatus *> byRule;
    for (const AlertStatus &status : statuses)
        byRule.insert(status.rule, &status);
    QList<AlertLabels> firing;
    for (const AlertRule &rule : rules) {
        const AlertStatus *status = byRule.value(rule.name);
        if (status && status->state == AlertState::Firing)
            firing.append(alertLabels(rule));
    }
    QList<ActiveAlert> active;
    for (const AlertRule &rule : rules) {
        const AlertStatus *status = byRule.value(rule.name);
        if (!status || (status->state == AlertState::Inactive && !status->flapping))
            continue;
        ActiveAlert alert;
        alert.rule = rule.name;
        alert.severity = rule.severity;
        alert.state = status->state == AlertState::Firing ? AlertState::Firing : AlertState::Pending;
        alert.flapping = status->flapping;
        alert.sinceMs = status->firedAtMs.value_or(status->activeSinceMs.value_or(status->lastEvaluationMs.value_or(0)));
        alert.incidentStartMs = status->firedAtMs.value_or(0);
        alert.value = status->value;
        alert.expression = rule.when.text();
        if (const QList<AlertCall> calls = rule.when.calls(); !calls.isEmpty()) {
            for (const AlertFunction &function : alertFunctions()) {
                if (function.name == calls.constFirst().function)
                    alert.valueKind = function.kind;
            }
        }
        alert.labels = alertLabels(rule);
        alert.annotations = rule.annotations;
        const auto ack = acknowledgements.constFind(rule.name);
        if (ack != acknowledgements.cend() && status->firedAtMs && ack->incidentStartMs == *status->firedAtMs)
            alert.acknowledgement = *ack;
        alert.silencedBy = silencing(silences, alert.labels, nowMs);
        alert.inhibitedBy = inhibitedBy(alert.labels, firing, behindGateway);
        active.append(alert);
    }
    std::stable_sort(active.begin(), active.end(), [](const ActiveAlert &a, const ActiveAlert &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.state != b.state)
            return a.state == AlertState::Firing;
        return a.sinceMs < b.sinceMs;
    });
    return active;
}

QList<IncidentEvent> openIncidents(const QList<IncidentEvent> &newestFirst)
{
    QList<IncidentEvent> open;
    QSet<QString> decided;
    for (const IncidentEvent &event : newestFirst) {
        if (event.rule.isEmpty() || decided.contains(event.rule))
            continue;
        if (event.kind == IncidentEvent::Kind::Resolved) {
            decided.insert(event.rule);
        } else if (event.kind == IncidentEvent::Kind::Firing) {
            decided.insert(event.rule);
            open.append(event);
        }
    }
    return open;
}

QHash<QString, Acknowledgement> openAcknowledgements(const QList<IncidentEvent> &newestFirst)
{
    QHash<QString, qint64> openStart;
    for (const IncidentEvent &firing : openIncidents(newestFirst))
        openStart.insert(firing.rule, firing.incidentStartMs);
    QHash<QString, Acknowledgement> acks;
    for (const IncidentEvent &event : newestFirst) {
        if (event.kind != IncidentEvent::Kind::Acknowledged || acks.contains(event.rule))
            continue;
        const auto start = openStart.constFind(event.rule);
        if (start == openStart.cend() || *start != event.incidentStartMs)
            continue;
        acks.insert(event.rule, Acknowledgement{event.rule, event.incidentStartMs, event.user, event.text, event.atMs});
    }
    return acks;
}

} // namespace gw
