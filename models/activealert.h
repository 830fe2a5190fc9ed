#pragma once

#include "alertengine.h"
#include "incident.h"
#include "silence.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

// Someone said they are on it: for one incident of one rule (it ends with the incident).
struct Acknowledgement
{
    QString rule;
    qint64 incidentStartMs = 0;
    QString user;
    QString note;
    qint64 atMs = 0;

    bool operator==(const Acknowledgement &) const = default;
};

// The built-in rule "local-network": this workstation has lost the network
// (local_network_down(workstation), see AlertInputs::localNetworkDown), critical, at once. While it
// fires, every other alert is held back (inhibited), as the vendors are not what failed. A rule of
// that name in the configuration replaces it.
AlertRule localNetworkRule();

// The firing alert that holds back notices of the alert with these labels (empty: none), as
// Alertmanager's inhibit rules would:
// - "local-network" holds back every other alert;
// - a critical alert on the gateway (integration=<Catalog::gatewayId>) holds back the alerts of
//   the integrations behind it (`behindGateway`: those its routes carry); they are grouped under it.
// `firing` are the labels of the alerts firing now (alertname included).
QString inhibitedBy(const AlertLabels &labels, const QList<AlertLabels> &firing, const QSet<QString> &behindGateway);

// One row of the Alerts page: a rule that is pending, firing or flapping now.
struct ActiveAlert
{
    QString rule;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertState state = AlertState::Pending; // Pending or Firing
    bool flapping = false;
    qint64 sinceMs = 0;                      // firing: when it fired; pending: when its condition started to hold
    qint64 incidentStartMs = 0;              // firing: the incident's start; 0 otherwise
    std::optional<double> value;
    AlertValueKind valueKind = AlertValueKind::Count; // what value measures
    QString expression;                      // the rule's `when`
    AlertLabels labels;
    QMap<QString, QString> annotations;
    std::optional<Acknowledgement> acknowledgement;
    QStringList silencedBy; // ids of the silences that keep it quiet now
    QString inhibitedBy;    // the alert that holds it back (inhibitedBy())

    bool operator==(const ActiveAlert &) const = default;
};

// The rules that are pending, firing or flapping at `nowMs`, most severe first, then firing before
// pending, then the longest-standing first. An acknowledgement counts only for the incident it
// was given for.
QList<ActiveAlert> activeAlerts(const QList<AlertRule> &rules, const QList<AlertStatus> &statuses,
                                const QHash<QString, Acknowledgement> &acknowledgements,
                                const QList<Silence> &silences, qint64 nowMs,
                                const QSet<QString> &behindGateway = {});

// The incidents still open according to a history (newest entries first, as the store answers):
// for each rule whose latest Firing has no later Resolved, that Firing. Lets a restarted app carry
// on with the same incident instead of opening a new one.
QList<IncidentEvent> openIncidents(const QList<IncidentEvent> &newestFirst);

// The acknowledgement in force for each open incident, from the same history.
QHash<QString, Acknowledgement> openAcknowledgements(const QList<IncidentEvent> &newestFirst);

} // namespace gw
