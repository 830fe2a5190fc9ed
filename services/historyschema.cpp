#include "historyschema.h"

#include "gatewayfeed.h"
#include "historycodec.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace gw {

DbError DbError::from(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    // Extended codes carry the primary one in their low byte.
    return DbError{ok ? (native & 0xff) : static_cast<int>(SqliteCode::Error), error.text()};
}

namespace historyschema {

namespace {

Q_LOGGING_CATEGORY(lcSchema, "gatewatch.history")

// 2 -> 3: failed calls of the gateway's feed move from `events` into `calls`, as records.
std::optional<DbError> moveFailedCalls(const QSqlDatabase &db)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(u"SELECT feed, data FROM events WHERE type = 'call.failed' ORDER BY time_ms, id"_s))
        return DbError::from(select.lastError());
    CallWriter writer(db);
    if (auto error = writer.prepareError())
        return error;
    int skipped = 0;
    while (select.next()) {
        const Result<GatewayEvent> event =
            parseEvent(QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object());
        const FailedCall *call = event ? event->failedCall() : nullptr;
        if (!call) {
            ++skipped; // unreadable before as well: the reader left it out
            continue;
        }
        if (auto error = writer.write(callRecordFromGateway(*event, *call), &event.value(), select.value(0).toString()))
            return error;
    }
    if (skipped > 0)
        qCWarning(lcSchema, "%d failed calls that could not be read were dropped when moving them to their own table",
                  skipped);
    return exec(db, u"DELETE FROM events WHERE type = 'call.failed'"_s);
}

struct Step
{
    QStringList statements;
    // Runs after the statements, in the same transaction: what SQL alone cannot convert.
    std::function<std::optional<DbError>(const QSqlDatabase &)> convert = {};
};

// Append only: a released step never changes, a new version is a new step.
const QList<Step> &steps()
{
    static const QList<Step> all{
        // 0 -> 1
        {{
            u"CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID"_s,
            u"CREATE TABLE checks(id INTEGER PRIMARY KEY, integration TEXT NOT NULL, check_id TEXT NOT NULL,"
            " rolled_1m INTEGER NOT NULL DEFAULT 0, rolled_1h INTEGER NOT NULL DEFAULT 0,"
            " rolled_1d INTEGER NOT NULL DEFAULT 0, UNIQUE(integration, check_id))"_s,
            u"CREATE TABLE samples(check_ref INTEGER NOT NULL, t_ms INTEGER NOT NULL, state INTEGER NOT NULL,"
            " latency_us INTEGER, queue_us INTEGER, http_status INTEGER, failure_class INTEGER, reason TEXT,"
            " PRIMARY KEY(check_ref, t_ms)) WITHOUT ROWID"_s,
            u"CREATE TABLE rollup_1m(check_ref INTEGER NOT NULL, start_s INTEGER NOT NULL, data BLOB NOT NULL,"
            " PRIMARY KEY(check_ref, start_s)) WITHOUT ROWID"_s,
            u"CREATE TABLE rollup_1h(check_ref INTEGER NOT NULL, start_s INTEGER NOT NULL, data BLOB NOT NULL,"
            " PRIMARY KEY(check_ref, start_s)) WITHOUT ROWID"_s,
            u"CREATE TABLE rollup_1d(check_ref INTEGER NOT NULL, start_s INTEGER NOT NULL, data BLOB NOT NULL,"
            " PRIMARY KEY(check_ref, start_s)) WITHOUT ROWID"_s,
            u"CREATE TABLE quota_series(id INTEGER PRIMARY KEY, integration TEXT NOT NULL, policy TEXT NOT NULL,"
            " UNIQUE(integration, policy))"_s,
            u"CREATE TABLE quota_readings(series_ref INTEGER NOT NULL, minute_s INTEGER NOT NULL,"
            " t_ms INTEGER NOT NULL, remaining REAL NOT NULL, quota_limit REAL, reset_ms INTEGER,"
            " PRIMARY KEY(series_ref, minute_s)) WITHOUT ROWID"_s,
            u"CREATE TABLE tls_expiry(check_ref INTEGER NOT NULL, t_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,"
            " PRIMARY KEY(check_ref, t_ms)) WITHOUT ROWID"_s,
        }},
        // 1 -> 2
        {{
            u"CREATE TABLE events(id TEXT PRIMARY KEY NOT NULL, feed TEXT NOT NULL, cursor TEXT NOT NULL,"
            " type TEXT NOT NULL, time_ms INTEGER NOT NULL, integration TEXT, service TEXT, route TEXT,"
            " status INTEGER, verdict TEXT, source TEXT, topic TEXT, data TEXT NOT NULL)"_s,
            u"CREATE INDEX events_time ON events(type, time_ms)"_s,
            u"CREATE INDEX events_route ON events(service, route, time_ms)"_s,
            u"CREATE INDEX events_integration ON events(integration, time_ms)"_s,
            u"CREATE TABLE feed_cursors(feed TEXT PRIMARY KEY NOT NULL, cursor TEXT, updated_ms INTEGER NOT NULL)"
            " WITHOUT ROWID"_s,
            u"CREATE TABLE event_gaps(id INTEGER PRIMARY KEY, t_ms INTEGER NOT NULL, feed TEXT NOT NULL,"
            " reason TEXT NOT NULL, after_cursor TEXT, missed INTEGER, resumes_at TEXT)"_s,
            u"CREATE INDEX event_gaps_time ON event_gaps(t_ms)"_s,
        }},
        // 2 -> 3
        {{
             u"CREATE TABLE calls(id INTEGER PRIMARY KEY, t_ms INTEGER NOT NULL, origin INTEGER NOT NULL,"
             " integration TEXT NOT NULL, check_or_route TEXT NOT NULL, service TEXT, route TEXT,"
             " attempt INTEGER NOT NULL, method TEXT NOT NULL, url TEXT NOT NULL, status INTEGER NOT NULL,"
             " failure_class INTEGER NOT NULL, reason TEXT NOT NULL, total_ms REAL NOT NULL, vendor_id TEXT,"
             " gateway_id TEXT, succeeded INTEGER NOT NULL, event_id TEXT)"_s,
             // A record is many times the size of its columns (eight in bench_calls): apart, a scan
             // of the columns (a text filter) and a page of rows read that much less.
             u"CREATE TABLE call_data(id INTEGER PRIMARY KEY, data TEXT NOT NULL)"_s,
             u"CREATE TRIGGER calls_deleted AFTER DELETE ON calls BEGIN DELETE FROM call_data WHERE id = old.id; END"_s,
             // Lists go through this in time order, every filter but the text evaluated in the index.
             u"CREATE INDEX calls_time ON calls(t_ms, id, succeeded, origin, integration, failure_class, status,"
             " check_or_route)"_s,
             // One value of a column: its rows in time order; `succeeded` so counts stay in the index.
             u"CREATE INDEX calls_integration ON calls(integration, t_ms, id, succeeded)"_s,
             u"CREATE INDEX calls_class ON calls(failure_class, t_ms, id, succeeded)"_s,
             u"CREATE INDEX calls_status ON calls(status, t_ms, id, succeeded)"_s,
             u"CREATE INDEX calls_check ON calls(check_or_route, t_ms, id, succeeded)"_s,
             // The few successes kept per check.
             u"CREATE INDEX calls_kept ON calls(succeeded, integration, check_or_route, t_ms) WHERE succeeded = 1"_s,
             u"CREATE UNIQUE INDEX calls_event ON calls(event_id) WHERE event_id IS NOT NULL"_s,
         },
         moveFailedCalls},
        // 3 -> 4: a webhook delivery's dedupe id and receipt time, to find the ones sent again.
        {{
            u"ALTER TABLE events ADD COLUMN dedupe_id TEXT"_s,
            u"ALTER TABLE events ADD COLUMN received_ms INTEGER"_s,
            u"CREATE INDEX events_dedupe ON events(source, dedupe_id, received_ms) WHERE dedupe_id IS NOT NULL"_s,
            // A gateway service's calls and its routes' are a range of check_or_route, of the
            // gateway's origin only: with `origin` their count stays in the index too.
            u"DROP INDEX calls_check"_s,
            u"CREATE INDEX calls_check ON calls(check_or_route, t_ms, id, succeeded, origin)"_s,
        }},
        // 4 -> 5: vendors' declared incidents and announced maintenance, which their pages forget.
        {{
            u"CREATE TABLE vendor_notices(vendor TEXT NOT NULL, id TEXT NOT NULL, kind INTEGER NOT NULL,"
            " name TEXT NOT NULL, impact TEXT, status TEXT, start_ms INTEGER NOT NULL, end_ms INTEGER,"
            " components TEXT, updated_ms INTEGER NOT NULL, PRIMARY KEY(vendor, kind, id)) WITHOUT ROWID"_s,
            u"CREATE INDEX vendor_notices_time ON vendor_notices(vendor, kind, start_ms)"_s,
        }},
        // 5 -> 6: usage, for vendors' cost: the requests the gateway carried for each integration
        // and what each quota series consumed, per hour; each route's counter as last read, where
        // counting goes on after a restart.
        {{
            u"CREATE TABLE gateway_usage(integration TEXT NOT NULL, hour_s INTEGER NOT NULL, requests REAL NOT NULL,"
            " PRIMARY KEY(integration, hour_s)) WITHOUT ROWID"_s,
            u"CREATE INDEX gateway_usage_time ON gateway_usage(hour_s)"_s,
            u"CREATE TABLE gateway_totals(service TEXT NOT NULL, route TEXT NOT NULL, requests REAL NOT NULL,"
            " t_ms INTEGER NOT NULL, PRIMARY KEY(service, route)) WITHOUT ROWID"_s,
            u"CREATE TABLE quota_usage(integration TEXT NOT NULL, policy TEXT NOT NULL, unit TEXT NOT NULL,"
            " hour_s INTEGER NOT NULL, amount REAL NOT NULL, PRIMARY KEY(integration, policy, unit, hour_s))"
            " WITHOUT ROWID"_s,
            u"CREATE INDEX quota_usage_time ON quota_usage(hour_s)"_s,
        }},
    };
    return all;
}

} // namespace

int latestVersion()
{
    return static_cast<int>(steps().size());
}

std::optional<DbError> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return DbError::from(query.lastError());
    return std::nullopt;
}

std::optional<int> version(const QSqlDatabase &db, DbError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        if (error)
            *error = DbError::from(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<DbError> migrate(QSqlDatabase &db, const QString &writerVersion, int targetVersion)
{
    DbError error;
    const std::optional<int> current = version(db, &error);
    if (!current)
        return error;
    const int target = targetVersion < 0 ? latestVersion() : std::min(targetVersion, latestVersion());
    for (int v = *current; v < target; ++v) {
        if (auto failed = exec(db, u"BEGIN IMMEDIATE"_s))
            return failed;
        const Step &step = steps().at(v);
        std::optional<DbError> failed;
        for (const QString &sql : step.statements) {
            if ((failed = exec(db, sql)))
                break;
        }
        if (!failed && step.convert)
            failed = step.convert(db);
        if (!failed)
            failed = exec(db, u"INSERT OR REPLACE INTO meta(key, value) VALUES('schema_written_by', '%1')"_s.arg(
                                  QString(writerVersion).replace(u'\'', u'_')));
        if (!failed)
            failed = exec(db, u"PRAGMA user_version = %1"_s.arg(v + 1));
        if (!failed)
            failed = exec(db, u"COMMIT"_s);
        if (failed) {
            exec(db, u"ROLLBACK"_s);
            return failed;
        }
    }
    return std::nullopt;
}

QString rollupTable(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Minute:
        return u"rollup_1m"_s;
    case Resolution::Hour:
        return u"rollup_1h"_s;
    case Resolution::Day:
        return u"rollup_1d"_s;
    case Resolution::Raw:
        break;
    }
    return {};
}

} // namespace historyschema

} // namespace gw
