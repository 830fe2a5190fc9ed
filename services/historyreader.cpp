#include "historyreader.h"

#include "downsample.h"
#include "gatewayfeed.h"
#include "historycodec.h"
#include "historyschema.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <map>
#include <queue>
#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

Q_LOGGING_CATEGORY(lcReader, "gatewatch.history")

constexpr qint64 defaultIntervalMs = 10'000;
constexpr qint64 dayMs = 86'400'000;
constexpr qint64 hourMs = 3'600'000;
constexpr qint64 minuteMs = 60'000;
// Pages further in than this may be read from the other end (see callRows()).
constexpr qint64 flipAfterRows = 10'000;
// An open notice is written at every reading of the page (every two minutes by default); one not
// seen for this long left the page unresolved.
constexpr qint64 noticeSeenWithinMs = 15 * minuteMs;

std::atomic<quint64> readerSerial{0};
std::atomic<quint64> threadCounter{0};
thread_local const quint64 threadSerial = ++threadCounter;

QString trReader(const char *text)
{
    return QCoreApplication::translate("gw::HistoryReader", text);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a / b + ((a % b != 0 && ((a < 0) == (b < 0))) ? 1 : 0);
}

// Seconds that a start time in ms must reach to be at or after `ms`.
qint64 secondsFrom(qint64 ms)
{
    return ceilDiv(ms, 1000);
}

struct CheckRow
{
    qint64 ref = 0;
    QString integrationId;
    QString checkId;
    qint64 rolled1m = 0;
    qint64 rolled1h = 0;
    qint64 rolled1d = 0;

    qint64 mark(Resolution resolution) const
    {
        switch (resolution) {
        case Resolution::Minute:
            return rolled1m;
        case Resolution::Hour:
            return rolled1h;
        case Resolution::Day:
            return rolled1d;
        case Resolution::Raw:
            break;
        }
        return 0;
    }
};

// A snapshot: every query of one answer sees the same state of the file.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~ReadTransaction()
    {
        if (m_open)
            m_db.commit();
    }
    Q_DISABLE_COPY_MOVE(ReadTransaction)

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Rollups merged into equal buckets from `origin`; bucket i covers [origin + i * width, …).
class Grid
{
public:
    Grid(qint64 origin, qint64 width, qint64 count) : m_origin(origin), m_width(std::max<qint64>(width, 1))
    {
        m_cells.resize(static_cast<std::size_t>(std::max<qint64>(count, 0)));
        for (std::size_t i = 0; i < m_cells.size(); ++i)
            m_cells[i].startMs = m_origin + static_cast<qint64>(i) * m_width;
    }

    void add(const Rollup &rollup)
    {
        if (Rollup *cell = cellAt(rollup.startMs))
            cell->merge(rollup);
    }
    void add(const HistorySample &sample)
    {
        if (Rollup *cell = cellAt(sample.atMs))
            cell->add(sample);
    }

    qint64 width() const { return m_width; }
    const std::vector<Rollup> &cells() const { return m_cells; }
    QList<Rollup> nonEmpty() const
    {
        QList<Rollup> result;
        for (const Rollup &cell : m_cells) {
            if (cell.total() > 0)
                result.append(cell);
        }
        return result;
    }

private:
    Rollup *cellAt(qint64 atMs)
    {
        if (atMs < m_origin)
            return nullptr;
        const auto index = static_cast<std::size_t>((atMs - m_origin) / m_width);
        return index < m_cells.size() ? &m_cells[index] : nullptr;
    }

    qint64 m_origin;
    qint64 m_width;
    std::vector<Rollup> m_cells;
};

// The statements one answer needs, prepared once per answer and bound per check.
struct Statements
{
    explicit Statements(const QSqlDatabase &db)
    {
        samples.emplace(db);
        samples->setForwardOnly(true);
        samples->prepare(u"SELECT "_s + sampleColumns()
                         + u" FROM samples WHERE check_ref = ? AND t_ms >= ? AND t_ms < ? ORDER BY t_ms"_s);
        for (const Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
            auto &q = rollups[static_cast<std::size_t>(r)];
            q.emplace(db);
            q->setForwardOnly(true);
            q->prepare(u"SELECT start_s, data FROM "_s + historyschema::rollupTable(r)
                       + u" WHERE check_ref = ? AND start_s >= ? AND start_s < ? ORDER BY start_s"_s);
        }
    }

    std::optional<QSqlQuery> samples;
    std::array<std::optional<QSqlQuery>, 4> rollups;
};

bool runSamples(QSqlQuery &q, qint64 ref, qint64 fromMs, qint64 toMs)
{
    q.bindValue(0, ref);
    q.bindValue(1, fromMs);
    q.bindValue(2, toMs);
    if (!q.exec()) {
        qCWarning(lcReader, "history query failed: %s", qUtf8Printable(q.lastError().text()));
        return false;
    }
    return true;
}

bool runRollups(QSqlQuery &q, qint64 ref, qint64 fromMs, qint64 toMs)
{
    q.bindValue(0, ref);
    q.bindValue(1, secondsFrom(fromMs));
    q.bindValue(2, secondsFrom(toMs));
    if (!q.exec()) {
        qCWarning(lcReader, "history query failed: %s", qUtf8Printable(q.lastError().text()));
        return false;
    }
    return true;
}

std::optional<Rollup> rollupFromRow(const QSqlQuery &q)
{
    const qint64 start = q.value(0).toLongLong() * 1000;
    Result<RollupCell> cell = RollupCell::fromBlob(q.value(1).toByteArray(), start);
    if (!cell) {
        qCWarning(lcReader, "skipping an unreadable rollup: %s", qUtf8Printable(cell.error().message));
        return std::nullopt;
    }
    return std::move(cell).value().rollup;
}

// Visits one check's history in [fromMs, toMs) at `resolution` as far as it is rolled up, and
// finer where it is not yet: stored rollups of that resolution, then the finer ones past its
// watermark, then the raw samples past the minute watermark. Every row is visited once.
template<typename OnRollup, typename OnSample>
void visit(Statements &st, const CheckRow &check, Resolution resolution, qint64 fromMs, qint64 toMs,
           OnRollup &&onRollup, OnSample &&onSample)
{
    qint64 from = fromMs;
    for (const Resolution tier : {Resolution::Day, Resolution::Hour, Resolution::Minute}) {
        if (static_cast<int>(tier) > static_cast<int>(resolution) || resolution == Resolution::Raw)
            continue;
        const qint64 until = std::min(toMs, check.mark(tier));
        if (until > from) {
            QSqlQuery &q = *st.rollups[static_cast<std::size_t>(tier)];
            if (runRollups(q, check.ref, from, until)) {
                while (q.next()) {
                    if (const std::optional<Rollup> rollup = rollupFromRow(q))
                        onRollup(*rollup);
                }
                q.finish();
            }
        }
        from = std::max(from, check.mark(tier));
    }
    if (toMs > from && runSamples(*st.samples, check.ref, from, toMs)) {
        while (st.samples->next())
            onSample(sampleFromRow(*st.samples));
        st.samples->finish();
    }
}

// A LIKE pattern that finds `text` anywhere, with the wildcards in it taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The filter as a WHERE clause. For a page (`ordered`), a list of integrations and a range of
// statuses are marked with SQLite's unary + so that they do not pick the index: their index
// would give the rows out of time order (a sort of every match), where calls_time gives them in
// order with every column but the text in the index.
SqlStatement callWhere(const CallFilter &filter, bool ordered)
{
    QStringList terms;
    QVariantList values;
    if (!filter.includeSucceeded)
        terms.append(u"succeeded = 0"_s);
    if (filter.integrations.size() == 1) {
        terms.append(u"integration = ?"_s);
        values.append(filter.integrations.constFirst());
    } else if (filter.integrations.size() > 1) {
        QStringList marks;
        for (const QString &integration : filter.integrations) {
            marks.append(u"?"_s);
            values.append(integration);
        }
        terms.append((ordered ? u"+integration IN ("_s : u"integration IN ("_s) + marks.join(u", "_s) + u')');
    }
    if (filter.origin == CallOrigin::Gateway && !filter.checkOrRoute.isEmpty() && !filter.checkOrRoute.contains(u'/')) {
        // A gateway service alone stands for each of its routes as well: "payments" holds
        // "payments/refunds". One range of the index, ["payments", "payments0"), holds both ('0'
        // follows '/'); of it, what lies between the two but is not the service ("payments-eu")
        // is left out.
        // A page in time order reads the time index instead: a range of calls_check is not in time order.
        terms.append(
            ordered ? u"+check_or_route >= ? AND +check_or_route < ? AND (check_or_route = ? OR check_or_route >= ?)"_s
                    : u"check_or_route >= ? AND check_or_route < ? AND (check_or_route = ? OR check_or_route >= ?)"_s);
        values.append(filter.checkOrRoute);
        values.append(QString(filter.checkOrRoute + u'0'));
        values.append(filter.checkOrRoute);
        values.append(QString(filter.checkOrRoute + u'/'));
    } else if (!filter.checkOrRoute.isEmpty()) {
        terms.append(u"check_or_route = ?"_s);
        values.append(filter.checkOrRoute);
    }
    if (filter.origin) {
        terms.append(u"origin = ?"_s);
        values.append(storageCode(*filter.origin));
    }
    if (filter.failureClass) {
        terms.append(u"failure_class = ?"_s);
        values.append(storageCode(*filter.failureClass));
    }
    if (filter.statusFrom == filter.statusTo && filter.statusFrom != 0) {
        terms.append(u"status = ?"_s);
        values.append(filter.statusFrom);
    } else if (filter.statusFrom != 0 || filter.statusTo != 0) {
        terms.append(ordered ? u"+status BETWEEN ? AND ?"_s : u"status BETWEEN ? AND ?"_s);
        values += {filter.statusFrom, filter.statusTo};
    }
    if (filter.fromMs != 0) {
        terms.append(u"t_ms >= ?"_s);
        values.append(filter.fromMs);
    }
    if (filter.toMs != 0) {
        terms.append(u"t_ms < ?"_s);
        values.append(filter.toMs);
    }
    if (!filter.text.isEmpty()) {
        const QString pattern = containsPattern(filter.text);
        terms.append(u"(url LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\' OR vendor_id LIKE ? ESCAPE '\\'"
                     " OR gateway_id LIKE ? ESCAPE '\\')"_s);
        values += {pattern, pattern, pattern, pattern};
    }
    return {terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s), values};
}

// Nothing narrows the list but leaving out the kept successes: the count comes from the table's
// size and the few successes (see callCountStatement()), almost for free.
bool unfiltered(const CallFilter &filter)
{
    CallFilter plain;
    plain.includeSucceeded = filter.includeSucceeded;
    plain.newestFirst = filter.newestFirst;
    return filter == plain;
}

std::optional<QSqlQuery> runStatement(const QSqlDatabase &db, const SqlStatement &statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement.sql)) {
        qCWarning(lcReader, "call query failed: %s", qUtf8Printable(q.lastError().text()));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < statement.values.size(); ++i)
        q.bindValue(static_cast<int>(i), statement.values.at(i));
    if (!q.exec()) {
        qCWarning(lcReader, "call query failed: %s", qUtf8Printable(q.lastError().text()));
        return std::nullopt;
    }
    return q;
}

std::optional<CallRecord> callFromRow(const QSqlQuery &q)
{
    Result<CallRecord> record = callFromData(q.value(1).toString().toUtf8());
    if (!record) {
        qCWarning(lcReader, "skipping an unreadable call: %s", qUtf8Printable(record.error().message));
        return std::nullopt;
    }
    CallRecord call = std::move(record).value();
    call.id = q.value(0).toLongLong();
    return call;
}

// Each x range's lowest and highest reading, so a quota running dry never disappears.
QList<QuotaPoint> thinQuotas(const QList<QuotaPoint> &points, int maxPoints)
{
    if (points.size() <= maxPoints)
        return points;
    QList<QPointF> xy;
    xy.reserve(points.size());
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < points.size(); ++i) {
        xy.append(QPointF(static_cast<double>(points.at(i).atMs), points.at(i).remaining));
        index.insert(points.at(i).atMs, i);
    }
    QList<QuotaPoint> result;
    for (const QPointF &p : minMaxDownsample(xy, maxPoints))
        result.append(points.at(index.value(static_cast<qint64>(p.x()))));
    return result;
}

} // namespace

struct HistoryReader::Private
{
    QString path;
    Retention retention;
    std::function<qint64()> clock;
    quint64 serial = ++readerSerial;
    std::unique_ptr<QThreadPool> pool;
    QMutex mutex;
    QStringList connections;

    qint64 now() const { return clock ? clock() : QDateTime::currentMSecsSinceEpoch(); }

    // This thread's read-only connection; invalid when the file cannot be read (yet).
    QSqlDatabase connection()
    {
        const QString name = u"gw-history-reader-%1-%2"_s.arg(serial).arg(threadSerial);
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name, false);
        if (!QFileInfo(path).isFile())
            return {};
        bool usable = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (db.open()) {
                DbError error;
                const std::optional<int> version = historyschema::version(db, &error);
                usable = version && *version >= 1 && *version <= HistoryStore::schemaVersion
                         && !historyschema::exec(db, u"PRAGMA query_only=1"_s);
                if (!usable)
                    db.close();
            }
        }
        if (!usable) {
            QSqlDatabase::removeDatabase(name);
            return {};
        }
        QMutexLocker lock(&mutex);
        connections.append(name);
        return QSqlDatabase::database(name, false);
    }

    QList<CheckRow> checks(const QSqlDatabase &db, const QString &integrationId, const QString &checkId) const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString sql = u"SELECT id, integration, check_id, rolled_1m, rolled_1h, rolled_1d FROM checks"_s;
        if (!integrationId.isEmpty())
            sql += checkId.isEmpty() ? u" WHERE integration = ?"_s : u" WHERE integration = ? AND check_id = ?"_s;
        q.prepare(sql + u" ORDER BY id"_s);
        if (!integrationId.isEmpty()) {
            q.bindValue(0, integrationId);
            if (!checkId.isEmpty())
                q.bindValue(1, checkId);
        }
        QList<CheckRow> rows;
        if (!q.exec())
            return rows;
        while (q.next()) {
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                         q.value(4).toLongLong(), q.value(5).toLongLong()});
        }
        return rows;
    }

    // The interval at which the checks together produced samples lately (10 s when unknown).
    static qint64 typicalInterval(const QSqlDatabase &db, const QList<CheckRow> &checks)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT t_ms FROM samples WHERE check_ref = ? ORDER BY t_ms DESC LIMIT 21"_s);
        double perMs = 0;
        for (const CheckRow &check : checks) {
            q.bindValue(0, check.ref);
            if (!q.exec())
                continue;
            std::vector<qint64> times;
            while (q.next())
                times.push_back(q.value(0).toLongLong());
            if (times.size() < 2)
                continue;
            std::vector<qint64> gaps;
            for (std::size_t i = 1; i < times.size(); ++i)
                gaps.push_back(times[i - 1] - times[i]);
            std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
            perMs += 1.0 / static_cast<double>(std::max<qint64>(gaps[gaps.size() / 2], 1));
        }
        if (perMs <= 0)
            return defaultIntervalMs;
        return std::max<qint64>(1, std::llround(1.0 / perMs));
    }

    ChartData chart(const HistoryQuery &query);
    QList<CheckSample> failures(const HistoryQuery &query, int limit);
    QList<IntegrationSummary> summaries(const QStringList &integrationIds, qint64 nowMs);
    QList<GatewayEvent> events(const EventQuery &query);
    QList<WebhookVolume> webhookVolumes(qint64 fromMs, qint64 toMs);
    QList<GatewayEvent> failedCallEvents(const QSqlDatabase &db, const EventQuery &query);
    QList<RecordedGap> gaps(qint64 fromMs, qint64 toMs, int limit);
    // Rows of vendor_notices of one kind overlapping [fromMs, toMs), by start: `row` is called
    // with name, impact, start, end (NULL while open) and last written.
    void vendorNotices(const QString &vendorId, int kind, qint64 fromMs, qint64 toMs,
                       const std::function<void(const QSqlQuery &)> &row);
    QList<ChartAnnotation> annotations(const QString &vendorId, qint64 fromMs, qint64 toMs);
    QString readUsage(const QString &select, const QString &integrationId, qint64 fromMs, qint64 toMs,
                      const std::function<void(const QSqlQuery &)> &row);
    qint64 countCalls(const CallFilter &filter);
    static qint64 countCallsIn(const QSqlDatabase &db, const CallFilter &filter);
    QList<CallSummary> callRows(const CallFilter &filter, qint64 offset, int limit);
    std::optional<CallRecord> call(qint64 id);
    std::optional<CallRecord> lastSuccess(const QString &integration, const QString &check, qint64 beforeMs);
};

qint64 HistoryReader::Private::countCalls(const CallFilter &filter)
{
    QSqlDatabase db = connection();
    return db.isValid() ? countCallsIn(db, filter) : 0;
}

qint64 HistoryReader::Private::countCallsIn(const QSqlDatabase &db, const CallFilter &filter)
{
    std::optional<QSqlQuery> q = runStatement(db, callCountStatement(filter));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

QList<CallSummary> HistoryReader::Private::callRows(const CallFilter &filter, qint64 offset, int limit)
{
    QList<CallSummary> rows;
    QSqlDatabase db = connection();
    if (!db.isValid() || limit <= 0 || offset < 0)
        return rows;
    ReadTransaction snapshot(db);
    // Unfiltered, a jump past the middle walks the index from the other end, so no jump walks more
    // than half of it. (Filtered, the count that needs costs about as much as the walk it saves.)
    CallFilter walk = filter;
    qint64 from = offset;
    qint64 count = limit;
    bool flipped = false;
    if (offset >= flipAfterRows && unfiltered(filter)) {
        const qint64 total = countCallsIn(db, filter);
        if (offset >= total)
            return rows;
        if (offset > total / 2) {
            const qint64 end = std::min<qint64>(total, offset + limit);
            walk.newestFirst = !filter.newestFirst;
            from = total - end;
            count = end - offset;
            flipped = true;
        }
    }
    // The page's ids from the index alone, then their rows.
    QList<qint64> ids;
    if (std::optional<QSqlQuery> q = runStatement(db, callPageStatement(walk, from, static_cast<int>(count)))) {
        while (q->next())
            ids.append(q->value(0).toLongLong());
    }
    if (ids.isEmpty())
        return rows;
    if (flipped)
        std::reverse(ids.begin(), ids.end());
    QStringList list;
    for (const qint64 id : std::as_const(ids))
        list.append(QString::number(id));
    std::optional<QSqlQuery> q = runStatement(
        db, {u"SELECT "_s + callSummaryColumns() + u" FROM calls WHERE id IN ("_s + list.join(u',') + u')', {}});
    if (!q)
        return rows;
    QHash<qint64, CallSummary> byId;
    while (q->next()) {
        CallSummary summary = callSummaryFromRow(*q);
        byId.insert(summary.id, std::move(summary));
    }
    rows.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        if (auto it = byId.constFind(id); it != byId.cend())
            rows.append(*it);
    }
    return rows;
}

std::optional<CallRecord> HistoryReader::Private::call(qint64 id)
{
    QSqlDatabase db = connection();
    if (!db.isValid())
        return std::nullopt;
    std::optional<QSqlQuery> q = runStatement(db, {u"SELECT id, data FROM call_data WHERE id = ?"_s, {id}});
    if (!q || !q->next())
        return std::nullopt;
    return callFromRow(*q);
}

std::optional<CallRecord> HistoryReader::Private::lastSuccess(const QString &integration, const QString &check,
                                                              qint64 beforeMs)
{
    QSqlDatabase db = connection();
    if (!db.isValid())
        return std::nullopt;
    std::optional<QSqlQuery> q =
        runStatement(db, {u"SELECT c.id, d.data FROM calls c JOIN call_data d ON d.id = c.id WHERE c.succeeded = 1"
                          " AND c.integration = ? AND c.check_or_route = ? AND c.origin = ? AND c.t_ms < ?"
                          " ORDER BY c.t_ms DESC, c.id DESC LIMIT 1"_s,
                          {integration, check, storageCode(CallOrigin::Check), beforeMs}});
    if (!q || !q->next())
        return std::nullopt;
    return callFromRow(*q);
}

// Failed calls of the gateway as the events they came as, from `calls`.
QList<GatewayEvent> HistoryReader::Private::failedCallEvents(const QSqlDatabase &db, const EventQuery &query)
{
    QList<GatewayEvent> result;
    QString sql = u"SELECT d.data FROM calls c JOIN call_data d ON d.id = c.id WHERE c.origin = ?"
                  " AND c.event_id IS NOT NULL AND c.t_ms >= ? AND c.t_ms < ?"_s;
    QVariantList values{storageCode(CallOrigin::Gateway), query.fromMs, query.toMs};
    for (const auto &[column, value] : {std::pair(u"integration"_s, query.integration),
                                        std::pair(u"service"_s, query.service), std::pair(u"route"_s, query.route)}) {
        if (!value.isEmpty()) {
            sql += u" AND c."_s + column + u" = ?"_s;
            values.append(value);
        }
    }
    // A whole route is one value of check_or_route, which has an index in time order.
    if (!query.service.isEmpty() && !query.route.isEmpty()) {
        sql += u" AND c.check_or_route = ?"_s;
        values.append(QString(query.service + u'/' + query.route));
    }
    sql += u" ORDER BY c.t_ms DESC, c.id DESC LIMIT ?"_s;
    values.append(query.limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return result;
    while (q.next()) {
        Result<GatewayEvent> event = gatewayEventFromData(q.value(0).toString().toUtf8());
        if (event)
            result.append(std::move(event).value());
        else
            qCWarning(lcReader, "skipping an unreadable call: %s", qUtf8Printable(event.error().message));
    }
    return result;
}

QList<GatewayEvent> HistoryReader::Private::events(const EventQuery &query)
{
    QList<GatewayEvent> result;
    QSqlDatabase db = connection();
    if (!db.isValid() || query.limit <= 0 || query.toMs <= query.fromMs)
        return result;
    // Failed calls have their own table since schema 3; a file the store has not migrated yet
    // keeps them among the events.
    if (query.type == GatewayEventType::FailedCall && historyschema::version(db, nullptr).value_or(0) >= 3)
        return failedCallEvents(db, query);
    QString sql = u"SELECT data FROM events WHERE type = ? AND time_ms >= ? AND time_ms < ?"_s;
    QVariantList values{wireName(query.type), query.fromMs, query.toMs};
    for (const auto &[column, value] :
         {std::pair(u"integration"_s, query.integration), std::pair(u"service"_s, query.service),
          std::pair(u"route"_s, query.route), std::pair(u"source"_s, query.source)}) {
        if (!value.isEmpty()) {
            sql += u" AND "_s + column + u" = ?"_s;
            values.append(value);
        }
    }
    sql += u" ORDER BY time_ms DESC, id DESC LIMIT ?"_s;
    values.append(query.limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    // A file of schema 1 has no events yet.
    if (!q.exec())
        return result;
    while (q.next()) {
        const QByteArray data = q.value(0).toString().toUtf8();
        Result<GatewayEvent> event = parseEvent(QJsonDocument::fromJson(data).object());
        if (event)
            result.append(std::move(event).value());
        else
            qCWarning(lcReader, "skipping an unreadable event: %s", qUtf8Printable(event.error().message));
    }
    return result;
}

QList<WebhookVolume> HistoryReader::Private::webhookVolumes(qint64 fromMs, qint64 toMs)
{
    QList<WebhookVolume> result;
    QSqlDatabase db = connection();
    constexpr qint64 hour = 3'600'000;
    // Whole hours: the first that starts at or after fromMs, up to toMs.
    const qint64 from = (fromMs + hour - 1) / hour * hour;
    if (!db.isValid() || toMs <= from)
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT source, time_ms / 3600000, COUNT(*) FROM events WHERE type = ? AND time_ms >= ? AND time_ms < ?"
              " GROUP BY source, time_ms / 3600000 ORDER BY source, time_ms / 3600000"_s);
    q.bindValue(0, wireName(GatewayEventType::WebhookDelivery));
    q.bindValue(1, from);
    q.bindValue(2, toMs);
    // A file of schema 1 has no events yet.
    if (!q.exec())
        return result;
    while (q.next())
        result.append(WebhookVolume{q.value(0).toString(), q.value(1).toLongLong() * hour, q.value(2).toInt()});
    return result;
}

QList<RecordedGap> HistoryReader::Private::gaps(qint64 fromMs, qint64 toMs, int limit)
{
    QList<RecordedGap> result;
    QSqlDatabase db = connection();
    if (!db.isValid() || limit <= 0 || toMs <= fromMs)
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT t_ms, feed, reason, after_cursor, missed, resumes_at FROM event_gaps"
              " WHERE t_ms >= ? AND t_ms < ? ORDER BY t_ms DESC, id DESC LIMIT ?"_s);
    q.bindValue(0, fromMs);
    q.bindValue(1, toMs);
    q.bindValue(2, limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        RecordedGap gap;
        gap.atMs = q.value(0).toLongLong();
        gap.feed = q.value(1).toString();
        gap.gap.reason = q.value(2).toString();
        gap.gap.after = q.value(3).toString();
        if (!q.value(4).isNull())
            gap.gap.missed = q.value(4).toLongLong();
        gap.gap.resumesAt = q.value(5).toString();
        result.append(gap);
    }
    return result;
}

void HistoryReader::Private::vendorNotices(const QString &vendorId, int kind, qint64 fromMs, qint64 toMs,
                                           const std::function<void(const QSqlQuery &)> &row)
{
    QSqlDatabase db = connection();
    if (!db.isValid() || toMs <= fromMs)
        return;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A notice without an end lasts until it was last written; one of no length counts where it is.
    q.prepare(u"SELECT name, impact, start_ms, end_ms, updated_ms FROM vendor_notices"
              " WHERE vendor = ? AND kind = ? AND start_ms < ? AND (coalesce(end_ms, updated_ms) > ? OR start_ms >= ?)"
              " ORDER BY start_ms, id"_s);
    q.bindValue(0, vendorId);
    q.bindValue(1, kind);
    q.bindValue(2, toMs);
    q.bindValue(3, fromMs);
    q.bindValue(4, fromMs);
    // A file before schema 5 has no notices yet.
    if (!q.exec())
        return;
    while (q.next())
        row(q);
}

// Both kinds of notice, by start. One without an end is still open while the page keeps showing
// it; once it has not been seen for a while it ends where it was last seen, as in
// vendorIncidentsNow(), and is not drawn as going on for ever.
QList<ChartAnnotation> HistoryReader::Private::annotations(const QString &vendorId, qint64 fromMs, qint64 toMs)
{
    QList<ChartAnnotation> result;
    const qint64 seenSince = now() - noticeSeenWithinMs;
    for (const auto kind : {ChartAnnotation::Kind::Incident, ChartAnnotation::Kind::Maintenance}) {
        const int code = kind == ChartAnnotation::Kind::Incident ? 0 : 1;
        vendorNotices(vendorId, code, fromMs, toMs, [&](const QSqlQuery &q) {
            ChartAnnotation annotation;
            annotation.kind = kind;
            annotation.title = q.value(0).toString();
            if (kind == ChartAnnotation::Kind::Incident)
                annotation.impact = q.value(1).toString();
            annotation.fromMs = q.value(2).toLongLong();
            if (!q.value(3).isNull())
                annotation.toMs = q.value(3).toLongLong();
            else if (const qint64 lastSeen = q.value(4).toLongLong(); lastSeen < seenSince)
                annotation.toMs = lastSeen;
            // A window announced without an end and last seen before it began has no length; an
            // incident of none counts where it is.
            const bool empty = annotation.toMs
                               && (kind == ChartAnnotation::Kind::Maintenance ? *annotation.toMs <= annotation.fromMs
                                                                              : *annotation.toMs < annotation.fromMs);
            if (!empty)
                result.append(annotation);
        });
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ChartAnnotation &a, const ChartAnnotation &b) { return a.fromMs < b.fromMs; });
    return result;
}

ChartData HistoryReader::Private::chart(const HistoryQuery &query)
{
    ChartData data;
    data.query = query;
    const qint64 from = query.fromMs;
    const qint64 to = query.toMs;
    const int maxPoints = std::max(query.maxPoints, 3);
    QSqlDatabase db = connection();
    if (!db.isValid() || to <= from)
        return data;
    ReadTransaction snapshot(db);
    // Extras: a vendor's notices that cannot be read leave the charts without them, nothing more.
    if (!query.vendorId.isEmpty())
        data.annotations = annotations(query.vendorId, from, to);
    const QList<CheckRow> rows = checks(db, query.integrationId, query.checkId);
    if (rows.isEmpty() || query.integrationId.isEmpty())
        return data;
    const Resolution resolution = pickResolution(query, now(), retention, typicalInterval(db, rows));
    data.resolution = resolution;
    Statements st(db);

    // Latencies and errors per displayed bucket: whole buckets of the resolution (minutes for raw).
    const Resolution base = resolution == Resolution::Raw ? Resolution::Minute : resolution;
    const qint64 origin = bucketStart(from, base);
    const qint64 buckets = ceilDiv(to - origin, bucketMs(base));
    const qint64 width = ceilDiv(buckets, maxPoints) * bucketMs(base);
    Grid grid(origin, width, ceilDiv(to - origin, width));

    if (resolution == Resolution::Raw) {
        // Cells exactly as timelineCells() cuts them, so that each sample lands in its own cell.
        const int maxCells = std::max(query.maxCells, 1);
        const qint64 cellWidth = ceilDiv(to - from, maxCells);
        Grid cells(from, cellWidth, ceilDiv(to - from, cellWidth));
        QList<QPointF> points;
        for (const CheckRow &check : rows) {
            visit(
                st, check, Resolution::Raw, from, to, [](const Rollup &) {},
                [&](const HistorySample &s) {
                    grid.add(s);
                    cells.add(s);
                    if (s.latencyMs)
                        points.append(QPointF(static_cast<double>(s.atMs), *s.latencyMs));
                });
        }
        if (rows.size() > 1)
            std::stable_sort(points.begin(), points.end(),
                             [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        data.latencyRaw = lttb(points, maxPoints);
        if (query.maxCells > 0)
            data.timeline = timelineCells(cells.nonEmpty(), cellWidth, from, to, query.maxCells);
    } else {
        for (const CheckRow &check : rows) {
            visit(
                st, check, resolution, origin, to, [&](const Rollup &r) { grid.add(r); },
                [&](const HistorySample &s) { grid.add(s); });
        }
        if (query.maxCells > 0)
            data.timeline = timelineCells(grid.nonEmpty(), grid.width(), origin, to, query.maxCells);
    }

    data.total.startMs = origin;
    for (const Rollup &cell : grid.cells()) {
        data.total.merge(cell);
        if (const auto p50 = cell.latency.quantile(0.5))
            data.latencyP50.append(QPointF(static_cast<double>(cell.startMs), *p50));
        if (const auto p95 = cell.latency.quantile(0.95))
            data.latencyP95.append(QPointF(static_cast<double>(cell.startMs), *p95));
        const quint64 attempts = cell.total() - cell.count(HealthStatus::Paused);
        if (attempts == 0)
            continue;
        ErrorBucket bucket;
        bucket.startMs = cell.startMs;
        bucket.endMs = std::min(cell.startMs + grid.width(), to);
        bucket.attempts = static_cast<quint32>(std::min<quint64>(attempts, UINT32_MAX));
        bucket.byClass = cell.failures;
        data.errors.append(bucket);
    }

    // Quotas belong to the integration, whichever of its checks is asked about. One series at a
    // time, numbers only: over a month that is tens of thousands of rows.
    QSqlQuery series(db);
    series.setForwardOnly(true);
    series.prepare(u"SELECT id, policy FROM quota_series WHERE integration = ? ORDER BY policy"_s);
    series.bindValue(0, query.integrationId);
    QSqlQuery readings(db);
    readings.setForwardOnly(true);
    readings.prepare(u"SELECT t_ms, remaining, quota_limit, reset_ms FROM quota_readings"
                     " WHERE series_ref = ? AND minute_s >= ? AND minute_s < ? ORDER BY minute_s"_s);
    QList<std::pair<qint64, QString>> policies;
    if (series.exec()) {
        while (series.next())
            policies.append({series.value(0).toLongLong(), series.value(1).toString()});
    }
    for (const auto &[ref, policy] : std::as_const(policies)) {
        readings.bindValue(0, ref);
        readings.bindValue(1, bucketStart(from, Resolution::Minute) / 1000);
        readings.bindValue(2, secondsFrom(to));
        if (!readings.exec())
            continue;
        QList<QuotaPoint> points;
        while (readings.next()) {
            QuotaPoint point;
            point.atMs = readings.value(0).toLongLong();
            if (point.atMs < from || point.atMs >= to)
                continue;
            point.remaining = readings.value(1).toDouble();
            if (!readings.value(2).isNull())
                point.limit = readings.value(2).toDouble();
            if (!readings.value(3).isNull())
                point.resetAtMs = readings.value(3).toLongLong();
            points.append(point);
        }
        if (!points.isEmpty())
            data.quotas.insert(policy, thinQuotas(points, maxPoints));
    }

    // Days left on the certificate that expires first, as it was known at each reading.
    QSqlQuery tls(db);
    tls.setForwardOnly(true);
    // The range and the last reading before it, which says what was known at its start.
    tls.prepare(u"SELECT t_ms, expires_ms FROM tls_expiry WHERE check_ref = ? AND t_ms < ? AND t_ms >="
                " coalesce((SELECT max(t_ms) FROM tls_expiry WHERE check_ref = ? AND t_ms < ?), ?) ORDER BY t_ms"_s);
    std::multimap<qint64, std::pair<qint64, qint64>> events; // at -> (check, expires)
    for (const CheckRow &check : rows) {
        tls.bindValue(0, check.ref);
        tls.bindValue(1, to);
        tls.bindValue(2, check.ref);
        tls.bindValue(3, from);
        tls.bindValue(4, from);
        if (!tls.exec())
            continue;
        std::optional<std::pair<qint64, qint64>> before;
        while (tls.next()) {
            const qint64 at = tls.value(0).toLongLong();
            const qint64 expires = tls.value(1).toLongLong();
            if (at < from)
                before = {from, expires};
            else
                events.emplace(at, std::pair(check.ref, expires));
        }
        if (before)
            events.emplace(before->first, std::pair(check.ref, before->second));
    }
    QHash<qint64, qint64> latest;
    for (const auto &[at, event] : events) {
        latest.insert(event.first, event.second);
        const qint64 earliest = *std::min_element(latest.cbegin(), latest.cend());
        data.tlsDaysLeft.append(QPointF(static_cast<double>(at), static_cast<double>(earliest - at) / dayMs));
    }
    data.tlsDaysLeft = lttb(data.tlsDaysLeft, maxPoints);
    return data;
}

QList<CheckSample> HistoryReader::Private::failures(const HistoryQuery &query, int limit)
{
    QList<CheckSample> result;
    QSqlDatabase db = connection();
    if (!db.isValid() || limit <= 0 || query.toMs <= query.fromMs)
        return result;
    ReadTransaction snapshot(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + sampleColumns()
              + u" FROM samples WHERE check_ref = ? AND t_ms >= ? AND t_ms < ? AND state NOT IN (?, ?)"
                " ORDER BY t_ms DESC LIMIT ?"_s);
    for (const CheckRow &check : checks(db, query.integrationId, query.checkId)) {
        q.bindValue(0, check.ref);
        q.bindValue(1, query.fromMs);
        q.bindValue(2, query.toMs);
        q.bindValue(3, storageCode(HealthStatus::Up));
        q.bindValue(4, storageCode(HealthStatus::Paused));
        q.bindValue(5, limit);
        if (!q.exec())
            continue;
        while (q.next())
            result.append({check.integrationId, check.checkId, sampleFromRow(q)});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CheckSample &a, const CheckSample &b) { return a.sample.atMs > b.sample.atMs; });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

QList<IntegrationSummary> HistoryReader::Private::summaries(const QStringList &integrationIds, qint64 nowMs)
{
    QList<IntegrationSummary> result;
    QSqlDatabase db = connection();
    std::optional<ReadTransaction> snapshot;
    std::optional<Statements> st;
    if (db.isValid()) {
        snapshot.emplace(db);
        st.emplace(db);
    }
    const qint64 dayFrom = nowMs - dayMs;
    const qint64 wholeHours = ceilDiv(dayFrom, hourMs) * hourMs;
    const qint64 sparkFrom = bucketStart(nowMs - hourMs, Resolution::Minute);
    for (const QString &id : integrationIds) {
        IntegrationSummary summary;
        summary.integrationId = id;
        if (st) {
            Rollup day;
            Grid spark(sparkFrom, minuteMs, ceilDiv(nowMs - sparkFrom, minuteMs));
            for (const CheckRow &check : checks(db, id, {})) {
                // Whole hours from hourly rollups where they exist, the ragged start from minutes.
                auto addToDay = [&day](const auto &item) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(item)>, Rollup>)
                        day.merge(item);
                    else
                        day.add(item);
                };
                visit(*st, check, Resolution::Minute, dayFrom, std::min(wholeHours, nowMs), addToDay, addToDay);
                if (wholeHours < nowMs)
                    visit(*st, check, Resolution::Hour, wholeHours, nowMs, addToDay, addToDay);
                visit(
                    *st, check, Resolution::Minute, sparkFrom, nowMs, [&](const Rollup &r) { spark.add(r); },
                    [&](const HistorySample &s) { spark.add(s); });
            }
            summary.availability24h = day.availability();
            for (const Rollup &cell : spark.cells()) {
                if (const auto p50 = cell.latency.quantile(0.5))
                    summary.latencySparkline.append(QPointF(static_cast<double>(cell.startMs), *p50));
            }
        }
        result.append(summary);
    }
    return result;
}

HistoryReader::HistoryReader(QString path, Retention retention, std::function<qint64()> clock)
    : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->retention = retention;
    d->clock = std::move(clock);
    d->pool = std::make_unique<QThreadPool>();
    d->pool->setMaxThreadCount(2);
    // Threads that never expire keep their connections valid for the reader's lifetime.
    d->pool->setExpiryTimeout(-1);
}

HistoryReader::~HistoryReader()
{
    d->pool.reset(); // waits for running queries; the threads end
    QMutexLocker lock(&d->mutex);
    for (const QString &name : std::as_const(d->connections))
        QSqlDatabase::removeDatabase(name);
}

QFuture<ChartData> HistoryReader::chart(const HistoryQuery &query) const
{
    return QtConcurrent::run(d->pool.get(), [this, query] { return d->chart(query); });
}

QFuture<QList<CheckSample>> HistoryReader::failures(const HistoryQuery &query, int limit) const
{
    return QtConcurrent::run(d->pool.get(), [this, query, limit] { return d->failures(query, limit); });
}

QFuture<QList<IntegrationSummary>> HistoryReader::summaries(const QStringList &integrationIds, qint64 nowMs) const
{
    return QtConcurrent::run(d->pool.get(),
                             [this, integrationIds, nowMs] { return d->summaries(integrationIds, nowMs); });
}

ChartData HistoryReader::chartNow(const HistoryQuery &query) const
{
    return d->chart(query);
}

QFuture<QList<GatewayEvent>> HistoryReader::events(const EventQuery &query) const
{
    return QtConcurrent::run(d->pool.get(), [this, query] { return d->events(query); });
}

QFuture<QList<WebhookVolume>> HistoryReader::webhookVolumes(qint64 fromMs, qint64 toMs) const
{
    return QtConcurrent::run(d->pool.get(), [this, fromMs, toMs] { return d->webhookVolumes(fromMs, toMs); });
}

QList<WebhookVolume> HistoryReader::webhookVolumesNow(qint64 fromMs, qint64 toMs) const
{
    return d->webhookVolumes(fromMs, toMs);
}

QFuture<QList<RecordedGap>> HistoryReader::eventGaps(qint64 fromMs, qint64 toMs, int limit) const
{
    return QtConcurrent::run(d->pool.get(), [this, fromMs, toMs, limit] { return d->gaps(fromMs, toMs, limit); });
}

QList<GatewayEvent> HistoryReader::eventsNow(const EventQuery &query) const
{
    return d->events(query);
}

QList<RecordedGap> HistoryReader::eventGapsNow(qint64 fromMs, qint64 toMs, int limit) const
{
    return d->gaps(fromMs, toMs, limit);
}

QFuture<qint64> HistoryReader::countCalls(const CallFilter &filter) const
{
    return QtConcurrent::run(d->pool.get(), [this, filter] { return d->countCalls(filter); });
}

QFuture<QList<CallSummary>> HistoryReader::callRows(const CallFilter &filter, qint64 offset, int limit) const
{
    return QtConcurrent::run(d->pool.get(),
                             [this, filter, offset, limit] { return d->callRows(filter, offset, limit); });
}

QFuture<std::optional<CallRecord>> HistoryReader::call(qint64 id) const
{
    return QtConcurrent::run(d->pool.get(), [this, id] { return d->call(id); });
}

QFuture<std::optional<CallRecord>> HistoryReader::lastSuccess(const QString &integration, const QString &check,
                                                              qint64 beforeMs) const
{
    return QtConcurrent::run(
        d->pool.get(), [this, integration, check, beforeMs] { return d->lastSuccess(integration, check, beforeMs); });
}

qint64 HistoryReader::countCallsNow(const CallFilter &filter) const
{
    return d->countCalls(filter);
}

QList<CallSummary> HistoryReader::callRowsNow(const CallFilter &filter, qint64 offset, int limit) const
{
    return d->callRows(filter, offset, limit);
}

std::optional<CallRecord> HistoryReader::callNow(qint64 id) const
{
    return d->call(id);
}

std::optional<CallRecord> HistoryReader::lastSuccessNow(const QString &integration, const QString &check,
                                                        qint64 beforeMs) const
{
    return d->lastSuccess(integration, check, beforeMs);
}

QList<DeclaredIncident> HistoryReader::vendorIncidentsNow(const QString &vendorId, qint64 fromMs, qint64 toMs) const
{
    QList<DeclaredIncident> result;
    d->vendorNotices(vendorId, 0, fromMs, toMs, [&result](const QSqlQuery &q) {
        DeclaredIncident incident;
        incident.name = q.value(0).toString();
        incident.impact = q.value(1).toString();
        incident.startMs = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            incident.endMs = q.value(3).toLongLong();
        result.append(incident);
    });
    return result;
}

namespace {

// The hours whose middle lies in [fromMs, toMs), as [first, end) of hour starts in seconds.
std::pair<qint64, qint64> hoursWithMiddleIn(qint64 fromMs, qint64 toMs)
{
    constexpr qint64 halfHourMs = 1'800'000;
    const auto ceilSeconds = [](qint64 ms) { return ms / 1000 + (ms % 1000 > 0 ? 1 : 0); };
    return {ceilSeconds(fromMs - halfHourMs), ceilSeconds(toMs - halfHourMs)};
}

} // namespace

// Runs `select` (the integration and the first and end hour bound to its three placeholders) on
// the usage the history counted, calling `row` per row; an error when the history cannot be read.
// A file before schema 6, or an empty range, has no rows.
QString HistoryReader::Private::readUsage(const QString &select, const QString &integrationId, qint64 fromMs,
                                          qint64 toMs, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlDatabase db = connection();
    if (!db.isValid())
        return trReader("The history at %1 cannot be read").arg(path);
    if (historyschema::version(db, nullptr).value_or(0) < 6 || toMs <= fromMs)
        return {};
    const auto [first, end] = hoursWithMiddleIn(fromMs, toMs);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select);
    q.bindValue(0, integrationId);
    q.bindValue(1, first);
    q.bindValue(2, end);
    if (!q.exec())
        return trReader("The history at %1 cannot be read: %2").arg(path, q.lastError().text());
    while (q.next())
        row(q);
    return {};
}

Result<std::optional<double>, QString> HistoryReader::gatewayRequestsNow(const QString &integrationId, qint64 fromMs,
                                                                        qint64 toMs) const
{
    std::optional<double> requests;
    const QString problem = d->readUsage(
        u"SELECT count(*), total(requests) FROM gateway_usage WHERE integration = ? AND hour_s >= ? AND hour_s < ?"_s,
        integrationId, fromMs, toMs, [&requests](const QSqlQuery &q) {
            if (q.value(0).toLongLong() > 0)
                requests = q.value(1).toDouble();
        });
    if (!problem.isEmpty())
        return problem;
    return requests;
}

Result<QMap<QString, double>, QString> HistoryReader::quotaUsageNow(const QString &integrationId, qint64 fromMs,
                                                                    qint64 toMs) const
{
    QMap<QString, double> usage;
    const QString problem = d->readUsage(
        u"SELECT unit, total(amount) FROM quota_usage WHERE integration = ? AND hour_s >= ? AND hour_s < ?"
        " GROUP BY policy, unit"_s,
        integrationId, fromMs, toMs, [&usage](const QSqlQuery &q) {
            double &amount = usage[q.value(0).toString()];
            amount = std::max(amount, q.value(1).toDouble());
        });
    if (!problem.isEmpty())
        return problem;
    return usage;
}

QList<Exclusion> HistoryReader::vendorMaintenanceNow(const QString &vendorId, qint64 fromMs, qint64 toMs) const
{
    QList<Exclusion> result;
    d->vendorNotices(vendorId, 1, fromMs, toMs, [&result](const QSqlQuery &q) {
        const qint64 start = q.value(2).toLongLong();
        const qint64 end = q.value(3).isNull() ? q.value(4).toLongLong() : q.value(3).toLongLong();
        if (end > start)
            result.append({start, end, Exclusion::Reason::Maintenance, q.value(0).toString()});
    });
    return result;
}

SqlStatement HistoryReader::callCountStatement(const CallFilter &filter)
{
    // Without a filter, SQLite counts a table's rows from its b-tree's page headers; the few kept
    // successes come off through their own index.
    if (unfiltered(filter)) {
        return {filter.includeSucceeded ? u"SELECT count(*) FROM calls"_s
                                        : u"SELECT (SELECT count(*) FROM calls)"
                                          " - (SELECT count(*) FROM calls WHERE succeeded = 1)"_s,
                {}};
    }
    const SqlStatement where = callWhere(filter, false);
    return {u"SELECT count(*) FROM calls"_s + where.sql, where.values};
}

SqlStatement HistoryReader::callPageStatement(const CallFilter &filter, qint64 offset, int limit)
{
    SqlStatement statement = callWhere(filter, true);
    statement.sql = u"SELECT id FROM calls"_s + statement.sql
                    + (filter.newestFirst ? u" ORDER BY t_ms DESC, id DESC"_s : u" ORDER BY t_ms, id"_s)
                    + u" LIMIT ? OFFSET ?"_s;
    statement.values += {limit, offset};
    return statement;
}

QString HistoryReader::exportSamples(const HistoryQuery &query,
                                     const std::function<bool(const CheckSample &)> &sink) const
{
    QSqlDatabase db = d->connection();
    if (!db.isValid())
        return trReader("The history at %1 cannot be read").arg(d->path);
    ReadTransaction snapshot(db);
    const QList<CheckRow> rows = d->checks(db, query.integrationId, query.checkId);

    // One forward-only cursor per check, in primary key order, merged by time.
    struct Cursor
    {
        const CheckRow *check;
        std::unique_ptr<QSqlQuery> query;
        HistorySample current;
    };
    std::vector<Cursor> cursors;
    cursors.reserve(static_cast<std::size_t>(rows.size()));
    for (const CheckRow &check : rows) {
        auto q = std::make_unique<QSqlQuery>(db);
        q->setForwardOnly(true);
        q->prepare(u"SELECT "_s + sampleColumns()
                   + u" FROM samples WHERE check_ref = ? AND t_ms >= ? AND t_ms < ? ORDER BY t_ms"_s);
        if (!runSamples(*q, check.ref, query.fromMs, query.toMs))
            return trReader("The history query failed: %1").arg(q->lastError().text());
        if (q->next())
            cursors.push_back({&check, std::move(q), {}});
    }
    auto later = [&cursors](std::size_t a, std::size_t b) {
        const qint64 ta = cursors[a].current.atMs;
        const qint64 tb = cursors[b].current.atMs;
        return ta != tb ? ta > tb : cursors[a].check->ref > cursors[b].check->ref;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < cursors.size(); ++i) {
        cursors[i].current = sampleFromRow(*cursors[i].query);
        heap.push(i);
    }
    while (!heap.empty()) {
        const std::size_t i = heap.top();
        heap.pop();
        Cursor &c = cursors[i];
        if (!sink({c.check->integrationId, c.check->checkId, c.current}))
            return {};
        if (c.query->next()) {
            c.current = sampleFromRow(*c.query);
            heap.push(i);
        }
    }
    return {};
}

QString HistoryReader::exportRollups(
    const HistoryQuery &query, Resolution resolution,
    const std::function<bool(const QString &integrationId, const QString &checkId, const Rollup &rollup)> &sink) const
{
    if (resolution == Resolution::Raw)
        return trReader("Raw samples are exported one by one, not as rollups");
    QSqlDatabase db = d->connection();
    if (!db.isValid())
        return trReader("The history at %1 cannot be read").arg(d->path);
    ReadTransaction snapshot(db);
    const QList<CheckRow> rows = d->checks(db, query.integrationId, query.checkId);
    const qint64 origin = bucketStart(query.fromMs, resolution);

    // Per check: the stored rollups streamed, then the part not rolled up yet, computed from the
    // finer data (at most a bucket or two per check, unless rolling up is far behind).
    struct Cursor
    {
        const CheckRow *check;
        std::unique_ptr<QSqlQuery> query;
        std::map<qint64, Rollup> tail;
        Rollup current;

        bool next()
        {
            while (query) {
                if (query->next()) {
                    if (std::optional<Rollup> r = rollupFromRow(*query)) {
                        current = std::move(*r);
                        return true;
                    }
                    continue;
                }
                query.reset();
            }
            if (tail.empty())
                return false;
            current = std::move(tail.begin()->second);
            tail.erase(tail.begin());
            return true;
        }
    };
    std::vector<Cursor> cursors;
    cursors.reserve(static_cast<std::size_t>(rows.size()));
    Statements st(db);
    for (const CheckRow &check : rows) {
        Cursor c{&check, std::make_unique<QSqlQuery>(db), {}, {}};
        const qint64 stored = std::min(query.toMs, check.mark(resolution));
        c.query->setForwardOnly(true);
        c.query->prepare(u"SELECT start_s, data FROM "_s + historyschema::rollupTable(resolution)
                         + u" WHERE check_ref = ? AND start_s >= ? AND start_s < ? ORDER BY start_s"_s);
        if (!runRollups(*c.query, check.ref, origin, std::max(origin, stored)))
            return trReader("The history query failed: %1").arg(c.query->lastError().text());
        const qint64 tailFrom = std::max(origin, check.mark(resolution));
        if (tailFrom < query.toMs) {
            auto bucket = [&c, resolution](qint64 atMs) -> Rollup & {
                const qint64 start = bucketStart(atMs, resolution);
                Rollup &r = c.tail[start];
                r.startMs = start;
                return r;
            };
            visit(
                st, check, resolution, tailFrom, query.toMs, [&](const Rollup &r) { bucket(r.startMs).merge(r); },
                [&](const HistorySample &s) { bucket(s.atMs).add(s); });
        }
        if (c.next())
            cursors.push_back(std::move(c));
    }
    auto later = [&cursors](std::size_t a, std::size_t b) {
        const qint64 ta = cursors[a].current.startMs;
        const qint64 tb = cursors[b].current.startMs;
        return ta != tb ? ta > tb : cursors[a].check->ref > cursors[b].check->ref;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < cursors.size(); ++i)
        heap.push(i);
    while (!heap.empty()) {
        const std::size_t i = heap.top();
        heap.pop();
        Cursor &c = cursors[i];
        if (!sink(c.check->integrationId, c.check->checkId, c.current))
            return {};
        if (c.next())
            heap.push(i);
    }
    return {};
}

} // namespace gw
