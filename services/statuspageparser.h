#pragma once

#include "result.h"
#include "vendorstatus.h"

#include <QByteArrayView>

namespace gw {

// Larger bodies are refused unread; a probe can stop downloading at this size.
inline constexpr qsizetype maxStatusPageBytes = 4 * 1024 * 1024;

// An Atlassian Statuspage v2 document, /api/v2/summary.json or /api/v2/status.json, read into a
// StatusPage.
//
// Refused with an Error naming the field, because the page would say nothing reliable: a body
// over maxStatusPageBytes, empty, not JSON (the error's position is the byte), JSON other than an
// object, no `status` object, a `status.indicator` missing or not one of Statuspage's five, a field
// read here of the wrong JSON type ("components[2].status: expected a string, found a number"), a
// time that is not ISO 8601, and a component, incident or maintenance without its name or status.
//
// Read leniently, because real pages differ: unknown fields are ignored; missing or null
// optional fields and lists are empty (status.json has only `page` and `status`); times may have
// any offset and fraction digits, and a time without an offset is taken as UTC; a component
// status Statuspage may add later reads as DegradedPerformance (not operational, or the vendor
// would say so, but not proof of an outage); incident and maintenance words are kept as written.
Result<StatusPage> parseStatusPage(QByteArrayView json);

} // namespace gw
