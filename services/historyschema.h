#pragma once

#include "rollup.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace gw {

// SQLite result codes the history reacts to (the primary code of QSqlError::nativeErrorCode()).
enum class SqliteCode {
    Ok = 0,
    Error = 1,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

// A failed statement: the SQLite code (primary) and the driver's message.
struct DbError
{
    int code = 0;
    QString message;

    bool is(SqliteCode c) const { return code == static_cast<int>(c); }
    bool meansCorrupt() const { return is(SqliteCode::Corrupt) || is(SqliteCode::NotADatabase); }
    static DbError from(const QSqlError &error);
};

// The history database's layout and its forward migrations. Version N of the schema is what
// PRAGMA user_version says; migration step i brings a file from version i to i + 1, in one
// transaction each, so an interrupted upgrade leaves the last complete version behind.
//
// Version 1:
//   meta(key, value)                              what wrote the file
//   checks(id, integration, check_id,             one row per check ever seen; rolled_* (ms) are the
//          rolled_1m, rolled_1h, rolled_1d)       watermarks: everything before them is rolled up
//   samples(check_ref, t_ms, state, latency_us, queue_us, http_status, failure_class, reason)
//   rollup_1m / rollup_1h / rollup_1d(check_ref, start_s, data)   data: see historycodec.h
//   quota_series(id, integration, policy)
//   quota_readings(series_ref, minute_s, t_ms, remaining, quota_limit, reset_ms)   one per minute
//   tls_expiry(check_ref, t_ms, expires_ms)       when the expiry changed, or hourly
// Every time series is WITHOUT ROWID with the primary key (series, time), so reads are range
// scans of one series.
//
// Version 2 adds the gateway's event feed:
//   events(id, feed, cursor, type, time_ms,       one row per event id, the latest version of it;
//          integration, service, route,           the columns are for finding, data (the redacted
//          status, verdict, source, topic, data)  event in the wire format, JSON) is the event.
//                                                 status: HTTP status of a call's response or a
//                                                 delivery's latest attempt; verdict: a call's
//                                                 error ("timeout", …) or a delivery's verdict
//   feed_cursors(feed, cursor, updated_ms)        where each feed continues
//   event_gaps(id, t_ms, feed, reason, after_cursor, missed, resumes_at)   events a gateway skipped
//
// Version 3 gives failed calls, of check attempts and of the gateway's feed, one table; the
// feed's 'call.failed' events move there from `events`, which keeps the webhook deliveries:
//   calls(id, t_ms, origin, integration,          one row per call, for lists and filters. origin:
//         check_or_route, service, route,         0 check, 1 gateway; status 0: no response;
//         attempt, method, url, status,           succeeded: a good answer kept for comparison (the
//         failure_class, reason, total_ms,        newest few per check); event_id: the gateway's,
//         vendor_id, gateway_id, succeeded,       unique, so a re-sent event upserts
//         event_id)
//   call_data(id, data)                           the record (see historycodec.h), same id; deleted
//                                                 with its call (trigger calls_deleted)
// Indexes: calls_time(t_ms, id, and every filtered column but the text) for lists in time order;
// (integration | failure_class | status | check_or_route, t_ms, id, succeeded) for one value of a
// column in time order and its count; calls_kept(succeeded, integration, check_or_route, t_ms)
// over the successes only; calls_event(event_id) unique.
//
// Version 4 keeps a webhook delivery's dedupe id and receipt time (events.dedupe_id, received_ms;
// index events_dedupe) and adds `origin` to calls_check.
//
// Version 5 remembers what vendors' status pages said, since a page shows only the current
// incidents and maintenance (and a few recently resolved):
//   vendor_notices(vendor, id, kind,              one row per incident (kind 0) or maintenance (1),
//                  name, impact, status,          by the page's id, as last seen. start/end (ms):
//                  start_ms, end_ms, components,  an incident's start (or creation) and resolution,
//                  updated_ms)                    NULL while open; a maintenance's planned window.
//                                                 components: a JSON array of names; updated_ms:
//                                                 the reading that last wrote it (for an open
//                                                 incident, when it was last seen open)
// Index vendor_notices_time(vendor, kind, start_ms) for a vendor's notices in a range of time.
//
// Version 6 counts usage, for vendors' cost:
//   gateway_usage(integration, hour_s, requests)  requests of the integration's routes in the UTC
//                                                 hour starting at hour_s (s)
//   gateway_totals(service, route, requests, t_ms)   each route's counter as last read (route ''
//                                                 when the gateway has none), where the next
//                                                 reading's increase is measured from
//   quota_usage(integration, policy, unit,        what a quota series consumed in the hour
//               hour_s, amount)                   (quotaConsumption()); unit: machineName()
// Indexes gateway_usage_time(hour_s) and quota_usage_time(hour_s) for retention.
namespace historyschema {

int latestVersion();

// The version the file says it has; 0 for a new or empty file.
std::optional<int> version(const QSqlDatabase &db, DbError *error);

// Brings `db` (open, writable, at version <= latestVersion()) up to `targetVersion` (-1: the latest;
// an earlier one only for tests of migrations).
std::optional<DbError> migrate(QSqlDatabase &db, const QString &writerVersion, int targetVersion = -1);

// Runs one statement; the error when it fails.
std::optional<DbError> exec(const QSqlDatabase &db, const QString &sql);

// The rollup table of a resolution other than Raw ("rollup_1m", …).
QString rollupTable(Resolution resolution);

} // namespace historyschema

} // namespace gw
