#pragma once

#include "alertengine.h"

#include <QList>
#include <QString>

#include <optional>

namespace gw {

// One entry of the incident history: an alert's transition, what people did about it, and what
// they were told. An incident is one firing of one rule: from its Firing entry (its start) to
// its Resolved entry.
struct IncidentEvent
{
    enum class Kind {
        Firing,
        Resolved,
        Flapping,
        Acknowledged, // text: the note
        Note,         // text: the note
        Silenced,     // a silence was created; text: its matchers and comment; rule empty
        Unsilenced,   // a silence was expired early; text: its matchers; rule empty
        Suppressed,   // a transition was not notified; text: why (which silence, which inhibiting alert)
        Notified,     // channel: which one
        NotifyFailed, // channel: which one; text: what went wrong
    };

    qint64 id = 0; // given by the store; 0 until stored
    qint64 atMs = 0;
    QString rule;                // empty for silences
    qint64 incidentStartMs = 0;  // the incident's start (its firing's startsAt); 0 when not about one
    Kind kind = Kind::Firing;
    AlertSeverity severity = AlertSeverity::Warning;
    std::optional<double> value; // Firing, Resolved, Flapping: the measured value
    QString user;                // who acknowledged, wrote, silenced
    QString text;
    QString channel;

    bool operator==(const IncidentEvent &) const = default;
};

// "firing", "resolved", "flapping", "acknowledged", "note", "silenced", "unsilenced",
// "suppressed", "notified", "notify-failed"
QString machineName(IncidentEvent::Kind kind);
std::optional<IncidentEvent::Kind> incidentKindFromName(QStringView name);

// The history entry for an alert transition.
IncidentEvent incidentEvent(const AlertNotice &notice);

// What the history is searched by; every part given must hold.
struct IncidentQuery
{
    QString text;                 // in the rule, note, user, channel or silence (case-insensitive)
    QString rule;                 // exactly this rule
    std::optional<qint64> fromMs; // at or after
    std::optional<qint64> toMs;   // before
    int limit = 1000;             // newest first

    bool operator==(const IncidentQuery &) const = default;
};

} // namespace gw
