#include "incident.h"

#include <array>
#include <utility>

namespace gw {

namespace {

constexpr std::array kindNames{
    std::pair{IncidentEvent::Kind::Firing, u"firing"},
    std::pair{IncidentEvent::Kind::Resolved, u"resolved"},
    std::pair{IncidentEvent::Kind::Flapping, u"flapping"},
    std::pair{IncidentEvent::Kind::Acknowledged, u"acknowledged"},
    std::pair{IncidentEvent::Kind::Note, u"note"},
    std::pair{IncidentEvent::Kind::Silenced, u"silenced"},
    std::pair{IncidentEvent::Kind::Unsilenced, u"unsilenced"},
    std::pair{IncidentEvent::Kind::Suppressed, u"suppressed"},
    std::pair{IncidentEvent::Kind::Notified, u"notified"},
    std::pair{IncidentEvent::Kind::NotifyFailed, u"notify-failed"},
};

} // namespace

QString machineName(IncidentEvent::Kind kind)
{
    for (const auto &[value, name] : kindNames) {
        if (value == kind)
            return QStringView(name).toString();
    }
    return {};
}

std::optional<IncidentEvent::Kind> incidentKindFromName(QStringView name)
{
    for (const auto &[value, text] : kindNames) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

IncidentEvent incidentEvent(const AlertNotice &notice)
{
    IncidentEvent event;
    event.atMs = notice.atMs;
    event.rule = notice.rule;
    event.incidentStartMs = notice.startsAtMs;
    switch (notice.kind) {
    case AlertNotice::Kind::Firing:
        event.kind = IncidentEvent::Kind::Firing;
        break;
    case AlertNotice::Kind::Resolved:
        event.kind = IncidentEvent::Kind::Resolved;
        break;
    case AlertNotice::Kind::Flapping:
        event.kind = IncidentEvent::Kind::Flapping;
        break;
    }
    event.severity = notice.severity;
    event.value = notice.value;
    return event;
}

} // namespace gw
