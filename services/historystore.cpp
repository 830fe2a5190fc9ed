#include "historystore.h"

#include "gatewayfeed.h"
#include "gatewaymetrics.h"
#include "historycodec.h"
#include "historyschema.h"
#include "quotatracker.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <climits>
#include <deque>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

Q_LOGGING_CATEGORY(lcHistory, "gatewatch.history")

// A minute is rolled up once this long has passed after its end, so that samples of attempts
// that started in it (and finished up to a timeout later) are in.
constexpr qint64 rollupGraceMs = 2 * 60'000;
constexpr int maintenanceIntervalMs = 5'000;
// Work per transaction, so that no transaction keeps the file (and queued samples) waiting long.
constexpr int rowsPerTransaction = 10'000;
constexpr int samplesPerTransaction = 20'000;
// Pages are never split; more than one goes into a transaction up to this many events.
constexpr qsizetype eventsPerTransaction = 5'000;
constexpr qint64 tlsEveryMs = 3'600'000;
// Integrity checking reads the whole file; the thorough check only on small files.
constexpr qint64 integrityCheckMaxBytes = 64LL * 1024 * 1024;
// Calls waiting with their samples while writing fails: beyond this, the oldest samples go.
constexpr qsizetype maxQueuedCallBytes = 64LL * 1024 * 1024;

using CheckKey = std::pair<QString, QString>; // integration, check

struct QueuedSample
{
    QString integrationId;
    QString checkId;
    HistorySample sample;
    std::optional<CallRecord> call; // the attempt's evidence
    qsizetype callBytes = 0;        // about what `call` holds in memory
};

qsizetype approximateBytes(const HeaderPairs &headers)
{
    qsizetype n = 0;
    for (const auto &[name, value] : headers)
        n += 2 * (name.size() + value.size()) + 32;
    return n;
}

qsizetype approximateBytes(const CallRecord &call)
{
    qsizetype n = 512 + call.requestBody.size() + approximateBytes(call.request.headers)
                  + 2 * (call.request.url.size() + call.reason.size());
    if (call.response)
        n += 2 * call.response->bodyExcerpt.size() + approximateBytes(call.response->headers);
    return n;
}

struct QueuedQuota
{
    QString integrationId;
    QString policy;
    QuotaPoint point;
    QuotaReading reading; // whole, for what was consumed since the series' previous reading
};

// What a quota series consumed in one hour: (integration, policy, unit, hour start in s).
using QuotaUsageKey = std::tuple<QString, QString, QString, qint64>;

struct QueuedTls
{
    QString integrationId;
    QString checkId;
    qint64 atMs = 0;
    qint64 expiresMs = 0;
};

struct Batch
{
    QList<QueuedSample> samples;
    QList<QueuedQuota> quotas;
    QList<QueuedTls> tls;
};

// One route's request counter in a scrape, and the integration whose traffic it carries.
struct RouteRequests
{
    QString integrationId;
    QString service;
    QString route; // '' for a gateway without routes (Traefik's services, Envoy's clusters)
    double requests = 0;
};

using RouteKey = std::pair<QString, QString>; // service, route ('' for none)

// A gateway route's request counter at one reading, and the integration it counts for.
struct RouteReading
{
    QString integrationId;
    double requests = 0;
    qint64 atMs = 0;
};

// One page of an event feed, committed whole.
struct EventBatch
{
    QString feed;
    QList<GatewayEvent> events;
    QString cursor;
    std::optional<EventGap> gap;
};

// An incident or maintenance of a vendor's status page, as a row of vendor_notices.
struct VendorNotice
{
    enum class Kind { Incident = 0, Maintenance = 1 }; // the stored codes

    Kind kind = Kind::Incident;
    QString id;
    QString name;
    QString impact; // empty: NULL
    QString status;
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    QString components; // a JSON array of names
    bool open = false;  // an incident not closed: written at every reading, as last seen

    bool operator==(const VendorNotice &) const = default;
};

using NoticeKey = std::pair<int, QString>; // kind, id

// A vendor's notices of one reading of its page.
struct NoticeBatch
{
    QString vendor;
    qint64 atMs = 0;
    QList<VendorNotice> notices;
};

// Status pages are the vendor's public words, but nothing stored is unbounded.
constexpr qsizetype maxNoticeText = 500;
// Gateway readings that wait for the file to open: days of live ones, or the demo's two months
// of hourly readings made up at once.
constexpr qsizetype maxEarlyRouteReadings = 5000;
constexpr qsizetype maxNoticeWord = 100; // ids, impact, status
constexpr qsizetype maxNoticeComponents = 50;

QString bounded(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    // Never half a surrogate pair.
    return text.left(text.at(max - 1).isHighSurrogate() ? max - 1 : max);
}

QString componentsJson(const QStringList &names)
{
    QJsonArray array;
    for (const QString &name : names.mid(0, maxNoticeComponents))
        array.append(bounded(name, maxNoticeText));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// What of a page the history keeps. An incident starts when the page says it started, else when
// it was created, and ends when it was resolved; one closed without a resolution time (a
// postmortem) ends at its newest update. A maintenance keeps its planned window whatever its
// status (an overrun is the vendor's, not excused); one without a start has no window.
QList<VendorNotice> noticesOf(const StatusPage &page)
{
    QList<VendorNotice> notices;
    for (const StatusIncident &incident : page.incidents) {
        const qint64 start = incident.startedAtMs.value_or(incident.createdAtMs);
        if (incident.id.isEmpty() || start <= 0)
            continue;
        VendorNotice n;
        n.kind = VendorNotice::Kind::Incident;
        n.id = bounded(incident.id, maxNoticeWord);
        n.name = bounded(incident.name, maxNoticeText);
        n.impact = bounded(incident.impact, maxNoticeWord);
        n.status = bounded(incident.status, maxNoticeWord);
        n.startMs = start;
        n.open = incident.open();
        if (!n.open) {
            std::optional<qint64> end = incident.resolvedAtMs;
            if (!end) {
                for (const StatusUpdate &update : incident.updates) {
                    if (update.atMs > 0)
                        end = std::max(end.value_or(0), update.atMs);
                }
            }
            if (end)
                n.endMs = std::max(*end, start);
        }
        n.components = componentsJson(incident.components);
        notices.append(n);
    }
    for (const StatusMaintenance &maintenance : page.maintenances) {
        if (maintenance.id.isEmpty() || !maintenance.scheduledForMs)
            continue;
        VendorNotice n;
        n.kind = VendorNotice::Kind::Maintenance;
        n.id = bounded(maintenance.id, maxNoticeWord);
        n.name = bounded(maintenance.name, maxNoticeText);
        n.status = bounded(maintenance.status, maxNoticeWord);
        n.startMs = *maintenance.scheduledForMs;
        if (maintenance.scheduledUntilMs)
            n.endMs = std::max(*maintenance.scheduledUntilMs, n.startMs);
        n.components = componentsJson(maintenance.components);
        notices.append(n);
    }
    return notices;
}

using CursorReply = std::function<void(const HistoryStore::CursorAnswer &)>;

// What is rolled up for one check: every sample before rolled1m is in the minute rollups, every
// minute before rolled1h in the hourly ones, every hour before rolled1d in the daily ones.
struct Watermarks
{
    qint64 rolled1m = 0;
    qint64 rolled1h = 0;
    qint64 rolled1d = 0;
};

struct CheckState
{
    qint64 ref = 0;
    Watermarks marks;
    // Retention done up to these times (ms), so that a pass only deletes when the cutoff moved.
    std::array<qint64, 4> retainedTo{};
    qint64 tlsRetainedTo = 0;
};

struct QuotaSlot
{
    qint64 minuteStart = 0;
    QuotaPoint point;
    bool dirty = false;
};

struct TlsLast
{
    qint64 atMs = 0;
    qint64 expiresMs = 0;
};

qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

// Copies committed pages from the WAL into the database file, on a thread of its own with a
// connection of its own: a checkpoint syncs the disk, which must not hold up a commit. SQLite
// lets a passive checkpoint run while the store's connection writes.
class HistoryCheckpointer final : public QObject
{
public:
    HistoryCheckpointer(QString path, QString connectionName)
        : m_path(std::move(path)), m_connectionName(std::move(connectionName))
    {}

    std::atomic<bool> pending{false};

    void checkpoint()
    {
        pending = false;
        if (!m_db.isValid()) {
            m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
            m_db.setDatabaseName(m_path);
            if (!m_db.open() || historyschema::exec(m_db, u"PRAGMA synchronous=NORMAL"_s)) {
                close();
                return;
            }
        }
        if (auto error = historyschema::exec(m_db, u"PRAGMA wal_checkpoint(PASSIVE)"_s))
            qCDebug(lcHistory, "checkpoint: %s", qUtf8Printable(error->message));
    }

    void close()
    {
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

// The store's work: lives on the store thread and owns the connection there. Everything it
// learns goes back to the HistoryStore through the callbacks, which post to the GUI thread.
class HistoryStoreWorker final : public QObject
{
public:
    using Status = HistoryStore::Status;

    HistoryStoreWorker(HistoryStore::Options options, QString connectionName)
        : m_options(std::move(options)), m_connectionName(std::move(connectionName)), m_commitTimer(new QTimer(this)),
          m_maintenanceTimer(new QTimer(this))
    {
        if (!m_options.clock)
            m_options.clock = systemClock;
        m_commitTimer->setSingleShot(true);
        QObject::connect(m_commitTimer, &QTimer::timeout, this, &HistoryStoreWorker::handleCommitTimer);
        m_maintenanceTimer->setInterval(maintenanceIntervalMs);
        QObject::connect(m_maintenanceTimer, &QTimer::timeout, this, &HistoryStoreWorker::runMaintenance);
    }

    std::function<void(Status, const QString &)> statusChanged;
    std::function<void(int, double)> committed;
    std::function<void(const QString &, int, const QString &)> eventsCommitted;
    std::function<void()> flushed;

    void open();
    void enqueue(const Batch &batch);
    void enqueueEvents(const EventBatch &batch);
    void enqueueNotices(const NoticeBatch &batch);
    void enqueueRouteRequests(qint64 atMs, const QList<RouteRequests> &routes);
    // What the quota's series consumed since its previous reading, to m_quotaUsage.
    void countConsumption(const QueuedQuota &quota);
    void readCursor(const QString &feed, const CursorReply &reply);
    void flush();
    void shutdown();
    void setMaxFileBytes(qint64 bytes);
    void setRetention(const Retention &retention) { m_options.retention = retention; }

private:
    enum class Failure { None, Full, ReadOnly, Other };

    QString fileName() const { return QFileInfo(m_options.path).fileName(); }

    void setStatus(Status status, const QString &message);
    bool openDatabase(bool checkIntegrity);
    bool openConnection();
    void closeConnection();
    bool moveAside(const DbError &why);
    bool prepareStatements();
    bool loadState();
    void applyPageLimit();

    void scheduleCommit(int delayMs);
    void handleCommitTimer();
    bool commitChunk();
    bool commitEvents();
    std::optional<DbError> writeEvents(const EventBatch &batch, qint64 nowMs);
    // After a successful commit: says that writing resumed, or what was dropped while opening.
    void writeSucceeded();
    HistoryStore::CursorAnswer storedCursor(const QString &feed);
    void answerCursorRequests();
    // `stored` says whether the sample is new (not stored before).
    std::optional<DbError> writeSample(const QueuedSample &queued, QHash<CheckKey, CheckState> &created, bool *stored);
    // A check's call; a success is counted in `kept` for pruneKept().
    std::optional<DbError> writeCall(const CallRecord &call, QSet<CheckKey> &kept);
    std::optional<DbError> writeNotice(const QString &vendor, const VendorNotice &notice, qint64 seenMs);
    // The route's increase since its stored total, added to its integration's hours; the new total.
    // What the route accrued since its previous reading, to m_gatewayUsage.
    void countRouteRequests(const RouteKey &key, const RouteReading &reading);
    // Deletes the check's successes but the newest Options::keptSuccessesPerCheck.
    std::optional<DbError> pruneKept(const CheckKey &check);
    std::optional<DbError> mergeLate(qint64 ref, const Watermarks &marks, const HistorySample &sample);
    std::optional<DbError> checkRef(const QString &integrationId, const QString &checkId,
                                    QHash<CheckKey, CheckState> &created, CheckState *state);
    std::optional<DbError> seriesRef(const QString &integrationId, const QString &policy,
                                     QHash<CheckKey, qint64> &created, qint64 *ref);
    void handleWriteFailure(const DbError &error);
    QString failureMessage() const;
    void dropOverflow();
    // Quota readings or certificate expiries wait to be written.
    bool otherPending() const
    {
        return !m_tlsQueue.isEmpty() || !m_quotaClosed.isEmpty() || !m_noticesPending.isEmpty()
               || !m_routeTotalsDirty.isEmpty() || !m_gatewayUsage.empty() || !m_quotaUsage.empty()
               || std::any_of(m_quotas.cbegin(), m_quotas.cend(), [](const QuotaSlot &s) { return s.dirty; });
    }

    void runMaintenance();
    // One transaction of rollup and retention work; true when more is due.
    bool maintenanceSlice(bool *failed);
    // One bounded step for one check; the rows it touched (0: nothing to do).
    std::optional<DbError> stepCheck(CheckState &check, qint64 nowMs, int budget, int *rows);
    std::optional<DbError> rollMinutes(CheckState &check, qint64 nowMs, int budget, int *rows);
    std::optional<DbError> rollCoarser(CheckState &check, Resolution resolution, int budget, int *rows);
    std::optional<DbError> retain(CheckState &check, qint64 nowMs, int budget, int *rows);
    // The check's watermarks, in the transaction of the rollups they cover.
    std::optional<DbError> saveMarks(const CheckState &check);
    // Deletes up to about `budget` rows of `table` before `cutoff`, of one key (all rows when
    // `keyColumn` is empty).
    std::optional<DbError> deleteBelow(const QString &table, const QString &keyColumn, const QString &timeColumn,
                                       const QVariant &key, qint64 cutoff, int budget, int *rows, bool *complete);

    bool begin(std::optional<DbError> *error);
    std::optional<DbError> commit();
    void rollback();

    void startCheckpointer();
    void stopCheckpointer();
    void requestCheckpoint();

    HistoryStore::Options m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer *m_commitTimer;
    QTimer *m_maintenanceTimer;

    Status m_status = Status::Opening;
    QString m_message;
    bool m_writable = false;    // open, current schema, accepting writes
    bool m_reopen = false;      // the connection must be opened again before the next try
    bool m_unavailable = false; // no retries
    Failure m_failure = Failure::None;
    QString m_failureText;
    quint64 m_dropped = 0;
    bool m_maintenanceChained = false;
    bool m_movingAside = false;

    std::deque<QueuedSample> m_queue;
    qsizetype m_queuedCallBytes = 0;
    std::deque<EventBatch> m_eventQueue;
    QList<std::pair<QString, CursorReply>> m_cursorRequests; // until the file is open
    QHash<CheckKey, QuotaSlot> m_quotas;                     // the current minute per series
    QList<std::pair<CheckKey, QuotaSlot>> m_quotaClosed;     // earlier minutes not written yet
    QList<QueuedTls> m_tlsQueue;
    QHash<CheckKey, TlsLast> m_tlsLast;
    // By vendor: notices to write (with the time of the reading), and what the file holds of
    // those the vendor's page still shows, so that what did not change is not written again.
    QHash<QString, QHash<NoticeKey, std::pair<VendorNotice, qint64>>> m_noticesPending;
    QHash<QString, QHash<NoticeKey, VendorNotice>> m_noticesWritten;
    // By gateway route: its latest reading not written yet, and its total as the file holds it.
    // By gateway route: its latest reading (the file's until a newer one comes), and the routes
    // whose latest reading the file does not hold yet; what the routes accrued per integration and
    // hour, not written yet. Readings that come before the file's are known wait, in order.
    QHash<RouteKey, RouteReading> m_routeTotals;
    QSet<RouteKey> m_routeTotalsDirty;
    std::map<std::pair<QString, qint64>, double> m_gatewayUsage;
    bool m_routeTotalsLoaded = false;
    QList<std::pair<qint64, QList<RouteRequests>>> m_routeReadingsEarly;
    // By quota series: its latest reading (and when); what it consumed, per hour, not written yet.
    QHash<CheckKey, std::pair<QuotaReading, qint64>> m_quotaLast;
    std::map<QuotaUsageKey, double> m_quotaUsage;
    qint64 m_usageRetainedTo = 0;

    QHash<CheckKey, CheckState> m_checks;
    QHash<qint64, CheckKey> m_checkKeys;
    QHash<CheckKey, qint64> m_series;
    QHash<qint64, qint64> m_seriesRetainedTo;
    QHash<QString, qint64> m_eventsRetainedTo; // by event type
    qint64 m_callsRetainedTo = 0;
    QList<qint64> m_maintenanceOrder;
    qsizetype m_maintenanceCursor = 0;

    std::optional<QSqlQuery> m_insertSample;
    std::optional<QSqlQuery> m_insertCheck;
    std::optional<QSqlQuery> m_selectSamples;
    std::optional<QSqlQuery> m_updateMarks;
    std::array<std::optional<QSqlQuery>, 4> m_selectCell;
    std::array<std::optional<QSqlQuery>, 4> m_writeCell;
    std::array<std::optional<QSqlQuery>, 4> m_selectCells;
    std::optional<QSqlQuery> m_insertSeries;
    std::optional<QSqlQuery> m_writeQuota;
    std::optional<QSqlQuery> m_writeTls;
    std::optional<QSqlQuery> m_upsertEvent;
    std::optional<QSqlQuery> m_seenDelivery;
    std::optional<CallWriter> m_callWriter;
    std::optional<QSqlQuery> m_pruneKept;
    std::optional<QSqlQuery> m_writeCursor;
    std::optional<QSqlQuery> m_insertGap;
    std::optional<QSqlQuery> m_selectCursor;
    std::optional<QSqlQuery> m_upsertNotice;
    std::optional<QSqlQuery> m_addUsage;
    std::optional<QSqlQuery> m_addQuotaUsage;
    std::optional<QSqlQuery> m_writeRouteTotal;
    QHash<QString, std::pair<std::optional<QSqlQuery>, std::optional<QSqlQuery>>> m_deletes; // by table

    std::unique_ptr<QThread> m_checkpointThread;
    HistoryCheckpointer *m_checkpointer = nullptr;
};

void HistoryStoreWorker::setStatus(Status status, const QString &message)
{
    if (status == m_status && message == m_message)
        return;
    const bool changed = status != m_status;
    m_status = status;
    m_message = message;
    if (changed && status != Status::Ok && status != Status::Opening)
        qCWarning(lcHistory, "%s", qUtf8Printable(message));
    if (status == Status::Unavailable)
        answerCursorRequests();
    if (statusChanged)
        statusChanged(status, message);
}

void HistoryStoreWorker::open()
{
    if (m_writable || m_unavailable)
        return;
    m_reopen = !openDatabase(true);
    if (m_writable) {
        m_maintenanceTimer->start();
        scheduleCommit(m_options.commitIntervalMs);
    } else if (m_reopen) {
        scheduleCommit(m_options.commitIntervalMs);
    }
}

bool HistoryStoreWorker::openConnection()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_options.path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    return m_db.open();
}

void HistoryStoreWorker::closeConnection()
{
    stopCheckpointer();
    m_insertSample.reset();
    m_insertCheck.reset();
    m_selectSamples.reset();
    m_updateMarks.reset();
    for (auto *list : {&m_selectCell, &m_writeCell, &m_selectCells}) {
        for (auto &query : *list)
            query.reset();
    }
    m_insertSeries.reset();
    m_writeQuota.reset();
    m_writeTls.reset();
    m_upsertEvent.reset();
    m_seenDelivery.reset();
    m_callWriter.reset();
    m_pruneKept.reset();
    m_writeCursor.reset();
    m_insertGap.reset();
    m_selectCursor.reset();
    m_upsertNotice.reset();
    m_addUsage.reset();
    m_addQuotaUsage.reset();
    m_writeRouteTotal.reset();
    m_deletes.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_writable = false;
}

// Returns false when opening should be tried again later; the status says why.
bool HistoryStoreWorker::openDatabase(bool checkIntegrity)
{
    const QFileInfo info(m_options.path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_unavailable = true;
        setStatus(
            Status::Unavailable,
            HistoryStore::tr("History is off: the folder %1 cannot be created").arg(nativePath(info.absolutePath())));
        return true;
    }
    if (info.exists() && !info.isFile()) {
        m_unavailable = true;
        setStatus(Status::Unavailable,
                  HistoryStore::tr("History is off: %1 is not a file").arg(nativePath(m_options.path)));
        return true;
    }
    // SQLite would open a read-only file read-only and fail only at the first write.
    if (info.exists() && !info.isWritable()) {
        m_failure = Failure::ReadOnly;
        m_failureText = HistoryStore::tr("%1 is read-only").arg(nativePath(m_options.path));
        setStatus(Status::WriteFailing, failureMessage());
        return false;
    }
    if (!openConnection()) {
        const DbError error = DbError::from(m_db.lastError());
        closeConnection();
        m_failure = Failure::Other;
        m_failureText = HistoryStore::tr("%1 cannot be opened: %2").arg(nativePath(m_options.path), error.message);
        setStatus(Status::WriteFailing, failureMessage());
        return false;
    }

    // Nothing is written before the version is known: a newer file stays exactly as it is.
    DbError error;
    const std::optional<int> version = historyschema::version(m_db, &error);
    if (!version) {
        if (error.meansCorrupt())
            return moveAside(error);
        closeConnection();
        m_failure = Failure::Other;
        m_failureText = HistoryStore::tr("%1 cannot be read: %2").arg(nativePath(m_options.path), error.message);
        setStatus(Status::WriteFailing, failureMessage());
        return false;
    }
    if (*version > HistoryStore::schemaVersion) {
        closeConnection();
        m_unavailable = true;
        setStatus(Status::Unavailable,
                  HistoryStore::tr("History is off: %1 was written by a newer Gatewatch (schema %2; this one "
                                   "knows %3). Use the newer version, or move the file away.")
                      .arg(fileName())
                      .arg(*version)
                      .arg(HistoryStore::schemaVersion));
        return true;
    }

    if (checkIntegrity && info.exists() && info.size() > 0) {
        QSqlQuery check(m_db);
        const bool thorough = info.size() <= integrityCheckMaxBytes;
        if (!check.exec(thorough ? u"PRAGMA integrity_check(10)"_s : u"PRAGMA quick_check(10)"_s))
            return moveAside(DbError::from(check.lastError()));
        QStringList problems;
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != u"ok")
                problems.append(line);
        }
        if (!problems.isEmpty())
            return moveAside(DbError{static_cast<int>(SqliteCode::Corrupt), problems.join(u"; "_s)});
    }

    auto fail = [this](const DbError &e) {
        const bool corrupt = e.meansCorrupt();
        if (!corrupt) {
            closeConnection();
            handleWriteFailure(e);
        }
        return corrupt ? moveAside(e) : false;
    };
    QSqlQuery pragma(m_db);
    if (!pragma.exec(u"PRAGMA journal_mode=WAL"_s))
        return fail(DbError::from(pragma.lastError()));
    // A read-only file cannot switch to WAL and says so by staying in its old mode.
    const QString journal = pragma.next() ? pragma.value(0).toString() : QString();
    pragma.finish();
    if (journal.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(
            DbError{static_cast<int>(SqliteCode::ReadOnly), HistoryStore::tr("the journal cannot be switched to WAL")});
    for (const QString &sql : {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA temp_store=MEMORY"_s,
                               u"PRAGMA cache_size=-16000"_s, u"PRAGMA foreign_keys=OFF"_s,
                               // Checkpoints are the checkpointer's; this is only a backstop.
                               u"PRAGMA wal_autocheckpoint=16000"_s, u"PRAGMA journal_size_limit=67108864"_s}) {
        if (auto e = historyschema::exec(m_db, sql))
            return fail(*e);
    }
    applyPageLimit();
    if (auto e = historyschema::migrate(m_db, QStringLiteral(GATEWATCH_VERSION)))
        return fail(*e);
    if (!prepareStatements() || !loadState())
        return fail(DbError::from(m_db.lastError()));

    m_writable = true;
    m_reopen = false;
    startCheckpointer();
    answerCursorRequests();
    if (m_status == Status::Opening && !m_movingAside)
        setStatus(Status::Ok, HistoryStore::tr("History is recorded in %1").arg(nativePath(m_options.path)));
    return true;
}

bool HistoryStoreWorker::moveAside(const DbError &why)
{
    closeConnection();
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_options.clock()).toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_options.path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_options.path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_options.path, target)) {
        m_unavailable = true;
        setStatus(Status::Unavailable, HistoryStore::tr("History is off: %1 is damaged (%2) and cannot be moved aside")
                                           .arg(nativePath(m_options.path), why.message));
        return true;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_options.path + suffix))
            QFile::rename(m_options.path + suffix, target + suffix);
    }
    m_movingAside = true;
    const bool opened = openDatabase(false);
    m_movingAside = false;
    if (m_writable) {
        setStatus(Status::MovedAside,
                  HistoryStore::tr("%1 was damaged (%2); it was moved aside to %3 and a new history started")
                      .arg(fileName(), why.message, nativePath(target)));
    }
    return opened;
}

void HistoryStoreWorker::applyPageLimit()
{
    if (!m_db.isOpen())
        return;
    QSqlQuery query(m_db);
    qint64 pages = 2'147'483'646; // SQLite's own ceiling ("no limit")
    if (m_options.maxFileBytes > 0 && query.exec(u"PRAGMA page_size"_s) && query.next())
        pages = std::max<qint64>(1, m_options.maxFileBytes / std::max(1, query.value(0).toInt()));
    query.exec(u"PRAGMA max_page_count=%1"_s.arg(pages));
}

bool HistoryStoreWorker::prepareStatements()
{
    auto prepare = [this](std::optional<QSqlQuery> &query, const QString &sql) {
        query.emplace(m_db);
        return query->prepare(sql);
    };
    bool ok =
        prepare(m_insertSample, u"INSERT OR IGNORE INTO samples(check_ref, "_s + sampleColumns()
                                    + u") VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s)
        && prepare(m_insertCheck, u"INSERT INTO checks(integration, check_id) VALUES(?, ?)"_s)
        && prepare(m_selectSamples, u"SELECT t_ms, state, latency_us, failure_class FROM samples"
                                    " WHERE check_ref = ? AND t_ms >= ? AND t_ms < ? ORDER BY t_ms LIMIT ?"_s)
        && prepare(m_updateMarks, u"UPDATE checks SET rolled_1m = ?, rolled_1h = ?, rolled_1d = ? WHERE id = ?"_s)
        && prepare(m_insertSeries, u"INSERT INTO quota_series(integration, policy) VALUES(?, ?)"_s)
        && prepare(m_writeQuota, u"INSERT OR REPLACE INTO quota_readings(series_ref, minute_s, t_ms, remaining,"
                                 " quota_limit, reset_ms) VALUES(?, ?, ?, ?, ?, ?)"_s)
        && prepare(m_writeTls, u"INSERT OR REPLACE INTO tls_expiry(check_ref, t_ms, expires_ms) VALUES(?, ?, ?)"_s)
        // The newer version of an event wins, whichever arrives last (a feed read again after a gap).
        && prepare(m_upsertEvent,
                   u"INSERT INTO events(id, feed, cursor, type, time_ms, integration, service, route, status, verdict,"
                   " source, topic, data, dedupe_id, received_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT(id) DO UPDATE SET"
                   " feed = excluded.feed, cursor = excluded.cursor, type = excluded.type, time_ms = excluded.time_ms,"
                   " integration = excluded.integration, service = excluded.service, route = excluded.route,"
                   " status = excluded.status, verdict = excluded.verdict, source = excluded.source,"
                   " topic = excluded.topic, data = excluded.data, dedupe_id = excluded.dedupe_id,"
                   " received_ms = excluded.received_ms WHERE excluded.time_ms >= events.time_ms"_s)
        // The first receipt of a dedupe id is the original; every later one (by receipt, then id) repeats it.
        && prepare(m_seenDelivery, u"SELECT 1 FROM events WHERE source = ? AND dedupe_id = ? AND id <> ?"
                                   " AND (received_ms < ? OR (received_ms = ? AND id < ?)) LIMIT 1"_s)
        && prepare(m_pruneKept,
                   u"DELETE FROM calls WHERE succeeded = 1 AND integration = ? AND check_or_route = ? AND origin = 0"
                   " AND id NOT IN (SELECT id FROM calls WHERE succeeded = 1 AND integration = ?"
                   " AND check_or_route = ? AND origin = 0 ORDER BY t_ms DESC, id DESC LIMIT ?)"_s)
        && prepare(m_writeCursor, u"INSERT OR REPLACE INTO feed_cursors(feed, cursor, updated_ms) VALUES(?, ?, ?)"_s)
        && prepare(m_insertGap, u"INSERT INTO event_gaps(t_ms, feed, reason, after_cursor, missed, resumes_at)"
                                " VALUES(?, ?, ?, ?, ?, ?)"_s)
        && prepare(m_selectCursor, u"SELECT cursor FROM feed_cursors WHERE feed = ?"_s)
        // A reading older than the row (clocks are not always in order) does not undo it.
        && prepare(m_upsertNotice,
                   u"INSERT INTO vendor_notices(vendor, id, kind, name, impact, status, start_ms, end_ms, components,"
                   " updated_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(vendor, kind, id) DO UPDATE SET"
                   " name = excluded.name, impact = excluded.impact, status = excluded.status,"
                   " start_ms = excluded.start_ms, end_ms = excluded.end_ms, components = excluded.components,"
                   " updated_ms = excluded.updated_ms WHERE excluded.updated_ms >= vendor_notices.updated_ms"_s)
        && prepare(m_addUsage, u"INSERT INTO gateway_usage(integration, hour_s, requests) VALUES(?, ?, ?)"
                               " ON CONFLICT(integration, hour_s) DO UPDATE SET requests = requests + excluded.requests"_s)
        && prepare(m_addQuotaUsage,
                   u"INSERT INTO quota_usage(integration, policy, unit, hour_s, amount) VALUES(?, ?, ?, ?, ?)"
                   " ON CONFLICT(integration, policy, unit, hour_s) DO UPDATE SET amount = amount + excluded.amount"_s)
        && prepare(m_writeRouteTotal,
                   u"INSERT OR REPLACE INTO gateway_totals(service, route, requests, t_ms) VALUES(?, ?, ?, ?)"_s);
    for (const Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
        const QString table = historyschema::rollupTable(r);
        const auto i = static_cast<std::size_t>(r);
        ok = ok && prepare(m_selectCell[i], u"SELECT data FROM "_s + table + u" WHERE check_ref = ? AND start_s = ?"_s)
             && prepare(m_writeCell[i],
                        u"INSERT OR REPLACE INTO "_s + table + u"(check_ref, start_s, data) VALUES(?, ?, ?)"_s)
             && prepare(m_selectCells[i], u"SELECT start_s, data FROM "_s + table
                                              + u" WHERE check_ref = ? AND start_s >= ? AND start_s < ?"
                                                " ORDER BY start_s LIMIT ?"_s);
    }
    m_callWriter.emplace(m_db);
    return ok && !m_callWriter->prepareError();
}

bool HistoryStoreWorker::loadState()
{
    m_checks.clear();
    m_checkKeys.clear();
    m_series.clear();
    m_maintenanceOrder.clear();
    m_maintenanceCursor = 0;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, integration, check_id, rolled_1m, rolled_1h, rolled_1d FROM checks ORDER BY id"_s))
        return false;
    while (query.next()) {
        CheckState state;
        state.ref = query.value(0).toLongLong();
        state.marks = {query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()};
        const CheckKey key{query.value(1).toString(), query.value(2).toString()};
        m_checks.insert(key, state);
        m_checkKeys.insert(state.ref, key);
        m_maintenanceOrder.append(state.ref);
    }
    if (!query.exec(u"SELECT id, integration, policy FROM quota_series"_s))
        return false;
    while (query.next())
        m_series.insert({query.value(1).toString(), query.value(2).toString()}, query.value(0).toLongLong());
    // The newest stored expiry per check, so a restart does not store the same one again.
    if (!query.exec(u"SELECT c.integration, c.check_id, t.t_ms, t.expires_ms FROM checks c JOIN tls_expiry t"
                    " ON t.check_ref = c.id AND t.t_ms = (SELECT MAX(t_ms) FROM tls_expiry WHERE check_ref = c.id)"_s))
        return false;
    while (query.next()) {
        m_tlsLast.insert({query.value(0).toString(), query.value(1).toString()},
                         {query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    // The file's last reading of each route, unless one newer is known already.
    if (!query.exec(u"SELECT service, route, requests, t_ms FROM gateway_totals"_s))
        return false;
    while (query.next()) {
        const RouteKey key{query.value(0).toString(), query.value(1).toString()};
        const RouteReading stored{{}, query.value(2).toDouble(), query.value(3).toLongLong()};
        const auto known = m_routeTotals.constFind(key);
        if (known == m_routeTotals.cend() || known->atMs < stored.atMs) {
            m_routeTotals.insert(key, stored);
            m_routeTotalsDirty.remove(key);
        }
    }
    if (!m_routeTotalsLoaded) {
        m_routeTotalsLoaded = true;
        const auto early = std::exchange(m_routeReadingsEarly, {});
        for (const auto &[atMs, routes] : early)
            enqueueRouteRequests(atMs, routes);
    }
    return true;
}

void HistoryStoreWorker::enqueue(const Batch &batch)
{
    for (const QueuedSample &sample : batch.samples) {
        m_queue.push_back(sample);
        m_queuedCallBytes += sample.callBytes;
    }
    dropOverflow();
    for (const QueuedQuota &quota : batch.quotas) {
        countConsumption(quota);
        const qint64 minute = bucketStart(quota.point.atMs, Resolution::Minute);
        const CheckKey key{quota.integrationId, quota.policy};
        QuotaSlot &slot = m_quotas[key];
        // One reading per series and minute: the lowest, so a dip within the minute is kept.
        if (slot.minuteStart == minute) {
            if (quota.point.remaining <= slot.point.remaining || !slot.dirty)
                slot = {minute, quota.point, true};
        } else if (minute > slot.minuteStart) {
            if (slot.dirty)
                m_quotaClosed.append({key, slot});
            slot = {minute, quota.point, true};
        } else {
            m_quotaClosed.append({key, {minute, quota.point, true}});
        }
    }
    for (const QueuedTls &tls : batch.tls) {
        TlsLast &last = m_tlsLast[{tls.integrationId, tls.checkId}];
        if (last.expiresMs == tls.expiresMs && tls.atMs - last.atMs < tlsEveryMs && tls.atMs >= last.atMs)
            continue;
        last = {tls.atMs, tls.expiresMs};
        m_tlsQueue.append(tls);
    }
    if (!m_commitTimer->isActive() && (m_writable || m_reopen))
        scheduleCommit(m_options.commitIntervalMs);
}

void HistoryStoreWorker::enqueueEvents(const EventBatch &batch)
{
    m_eventQueue.push_back(batch);
    // Promptly: the feed waits for the commit before it fetches more.
    if (m_writable || m_reopen)
        scheduleCommit(m_failure == Failure::None ? 0 : m_options.commitIntervalMs);
}

void HistoryStoreWorker::enqueueNotices(const NoticeBatch &batch)
{
    QHash<NoticeKey, VendorNotice> &written = m_noticesWritten[batch.vendor];
    QHash<NoticeKey, std::pair<VendorNotice, qint64>> &pending = m_noticesPending[batch.vendor];
    // What the page no longer shows is forgotten here (not in the file): the cache stays as small
    // as the page.
    QHash<NoticeKey, VendorNotice> shown;
    for (const VendorNotice &notice : batch.notices) {
        const NoticeKey key{static_cast<int>(notice.kind), notice.id};
        const auto stored = written.constFind(key);
        if (stored != written.cend()) {
            shown.insert(key, *stored);
            if (*stored == notice && !notice.open) {
                pending.remove(key);
                continue;
            }
        }
        pending.insert(key, {notice, batch.atMs});
    }
    written = std::move(shown);
    const bool due = !pending.isEmpty();
    if (!due)
        m_noticesPending.remove(batch.vendor);
    if (written.isEmpty())
        m_noticesWritten.remove(batch.vendor);
    if (due && !m_commitTimer->isActive() && (m_writable || m_reopen))
        scheduleCommit(m_options.commitIntervalMs);
}

void HistoryStoreWorker::countConsumption(const QueuedQuota &quota)
{
    const CheckKey key{quota.integrationId, quota.policy};
    const qint64 atMs = quota.point.atMs;
    const auto last = m_quotaLast.find(key);
    if (last == m_quotaLast.end()) {
        m_quotaLast.insert(key, {quota.reading, atMs});
        return;
    }
    if (atMs <= last->second)
        return; // late: the consumption since was counted from the newer one
    const std::optional<QuotaConsumption> consumed =
        quotaConsumption(last->first, QDateTime::fromMSecsSinceEpoch(last->second, Qt::UTC), quota.reading,
                         QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
    if (consumed && consumed->seconds > 0) {
        const qint64 fromMs = atMs - std::llround(consumed->seconds * 1000.0);
        const QString unit = machineName(quota.reading.unit);
        for (const auto &[hourS, part] : spreadOverHours(fromMs, atMs, consumed->amount))
            m_quotaUsage[{quota.integrationId, quota.policy, unit, hourS}] += part;
    }
    *last = {quota.reading, atMs};
}

void HistoryStoreWorker::enqueueRouteRequests(qint64 atMs, const QList<RouteRequests> &routes)
{
    if (!m_routeTotalsLoaded) {
        if (m_unavailable)
            return;
        // Until the file says where each route's count stands; a bounded wait.
        m_routeReadingsEarly.append({atMs, routes});
        if (m_routeReadingsEarly.size() > maxEarlyRouteReadings)
            m_routeReadingsEarly.removeFirst();
        return;
    }
    for (const RouteRequests &route : routes)
        countRouteRequests({route.service, route.route}, {route.integrationId, route.requests, atMs});
    if (!routes.isEmpty() && !m_commitTimer->isActive() && (m_writable || m_reopen))
        scheduleCommit(m_options.commitIntervalMs);
}

void HistoryStoreWorker::readCursor(const QString &feed, const CursorReply &reply)
{
    for (auto it = m_eventQueue.crbegin(); it != m_eventQueue.crend(); ++it) {
        if (it->feed == feed) {
            reply(it->cursor.isEmpty() ? std::optional<QString>() : std::optional<QString>(it->cursor));
            return;
        }
    }
    if (m_unavailable) {
        reply(Error{m_message});
        return;
    }
    if (!m_writable) {
        m_cursorRequests.append({feed, reply});
        return;
    }
    reply(storedCursor(feed));
}

HistoryStore::CursorAnswer HistoryStoreWorker::storedCursor(const QString &feed)
{
    QSqlQuery &q = *m_selectCursor;
    q.bindValue(0, feed);
    if (!q.exec())
        return Error{HistoryStore::tr("The feed's cursor cannot be read: %1").arg(q.lastError().text())};
    std::optional<QString> cursor;
    if (q.next() && !q.value(0).isNull())
        cursor = q.value(0).toString();
    q.finish();
    return cursor;
}

void HistoryStoreWorker::answerCursorRequests()
{
    const auto requests = std::exchange(m_cursorRequests, {});
    for (const auto &[feed, reply] : requests) {
        if (m_writable)
            readCursor(feed, reply);
        else
            reply(Error{m_message});
    }
}

void HistoryStoreWorker::dropOverflow()
{
    const auto limit = static_cast<std::size_t>(std::max(1, m_options.maxQueuedSamples));
    while (m_queue.size() > limit || (m_queuedCallBytes > maxQueuedCallBytes && m_queue.size() > 1)) {
        m_queuedCallBytes -= m_queue.front().callBytes;
        m_queue.pop_front();
        ++m_dropped;
    }
    // Quota readings and expiries are few (one per series per minute); bounded all the same.
    if (m_tlsQueue.size() > 10'000)
        m_tlsQueue.remove(0, m_tlsQueue.size() - 10'000);
    if (m_quotaClosed.size() > 100'000)
        m_quotaClosed.remove(0, m_quotaClosed.size() - 100'000);
}

void HistoryStoreWorker::scheduleCommit(int delayMs)
{
    if (!m_commitTimer->isActive() || m_commitTimer->remainingTime() > delayMs)
        m_commitTimer->start(std::max(0, delayMs));
}

void HistoryStoreWorker::handleCommitTimer()
{
    if (m_unavailable)
        return;
    if (m_reopen) {
        closeConnection();
        if (!openDatabase(false)) {
            if (!m_unavailable)
                scheduleCommit(m_options.commitIntervalMs);
            return;
        }
        m_maintenanceTimer->start();
    }
    if (!m_writable)
        return;
    const bool ok = commitEvents() && commitChunk();
    if (!ok)
        scheduleCommit(m_options.commitIntervalMs);
    else if (!m_queue.empty() || !m_eventQueue.empty())
        scheduleCommit(0);
}

bool HistoryStoreWorker::begin(std::optional<DbError> *error)
{
    *error = historyschema::exec(m_db, u"BEGIN IMMEDIATE"_s);
    return !*error;
}

std::optional<DbError> HistoryStoreWorker::commit()
{
    return historyschema::exec(m_db, u"COMMIT"_s);
}

void HistoryStoreWorker::rollback()
{
    historyschema::exec(m_db, u"ROLLBACK"_s);
}

std::optional<DbError> HistoryStoreWorker::checkRef(const QString &integrationId, const QString &checkId,
                                                    QHash<CheckKey, CheckState> &created, CheckState *state)
{
    const CheckKey key{integrationId, checkId};
    auto known = m_checks.constFind(key);
    if (known != m_checks.cend()) {
        *state = *known;
        return std::nullopt;
    }
    auto fresh = created.constFind(key);
    if (fresh != created.cend()) {
        *state = *fresh;
        return std::nullopt;
    }
    m_insertCheck->bindValue(0, integrationId);
    m_insertCheck->bindValue(1, checkId);
    if (!m_insertCheck->exec())
        return DbError::from(m_insertCheck->lastError());
    CheckState inserted;
    inserted.ref = m_insertCheck->lastInsertId().toLongLong();
    created.insert(key, inserted);
    *state = inserted;
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::seriesRef(const QString &integrationId, const QString &policy,
                                                     QHash<CheckKey, qint64> &created, qint64 *ref)
{
    const CheckKey key{integrationId, policy};
    if (auto it = m_series.constFind(key); it != m_series.cend()) {
        *ref = *it;
        return std::nullopt;
    }
    if (auto it = created.constFind(key); it != created.cend()) {
        *ref = *it;
        return std::nullopt;
    }
    m_insertSeries->bindValue(0, integrationId);
    m_insertSeries->bindValue(1, policy);
    if (!m_insertSeries->exec())
        return DbError::from(m_insertSeries->lastError());
    *ref = m_insertSeries->lastInsertId().toLongLong();
    created.insert(key, *ref);
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::writeSample(const QueuedSample &queued, QHash<CheckKey, CheckState> &created,
                                                       bool *stored)
{
    CheckState check;
    if (auto error = checkRef(queued.integrationId, queued.checkId, created, &check))
        return error;
    const HistorySample &s = queued.sample;
    QSqlQuery &q = *m_insertSample;
    q.bindValue(0, check.ref);
    q.bindValue(1, s.atMs);
    q.bindValue(2, storageCode(s.state));
    q.bindValue(3, s.latencyMs ? QVariant(toMicroseconds(*s.latencyMs)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(4, s.queueMs > 0 ? QVariant(toMicroseconds(s.queueMs)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(5, s.httpStatus != 0 ? QVariant(s.httpStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(6, s.failureClass != FailureClass::None ? QVariant(storageCode(s.failureClass))
                                                        : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(7, s.state != HealthStatus::Up && !s.reason.isEmpty() ? QVariant(s.reason)
                                                                      : QVariant(QMetaType(QMetaType::QString)));
    if (!q.exec())
        return DbError::from(q.lastError());
    // A sample for a period already rolled up (the machine slept, a clock moved) joins its rollups;
    // one that was stored before (the same check and millisecond) is not counted twice.
    *stored = q.numRowsAffected() == 1;
    if (*stored && s.atMs < check.marks.rolled1m)
        return mergeLate(check.ref, check.marks, s);
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::writeCall(const CallRecord &call, QSet<CheckKey> &kept)
{
    if (call.succeeded) {
        if (m_options.keptSuccessesPerCheck <= 0)
            return std::nullopt;
        kept.insert({call.integration, call.check});
    }
    return m_callWriter->write(call);
}

void HistoryStoreWorker::countRouteRequests(const RouteKey &key, const RouteReading &reading)
{
    const auto total = m_routeTotals.find(key);
    if (total == m_routeTotals.end()) {
        m_routeTotals.insert(key, reading); // where its count starts
        m_routeTotalsDirty.insert(key);
        return;
    }
    if (reading.atMs <= total->atMs)
        return; // not newer than what was counted up to
    // Hours without requests count too: they were counted, as none.
    const double increase = counterIncrease(total->requests, reading.requests);
    for (const auto &[hourS, part] : spreadOverHours(total->atMs, reading.atMs, increase))
        m_gatewayUsage[{reading.integrationId, hourS}] += part;
    *total = reading;
    m_routeTotalsDirty.insert(key);
}

std::optional<DbError> HistoryStoreWorker::writeNotice(const QString &vendor, const VendorNotice &notice, qint64 seenMs)
{
    auto text = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
    };
    QSqlQuery &q = *m_upsertNotice;
    q.bindValue(0, vendor);
    q.bindValue(1, notice.id);
    q.bindValue(2, static_cast<int>(notice.kind));
    q.bindValue(3, notice.name);
    q.bindValue(4, text(notice.impact));
    q.bindValue(5, text(notice.status));
    q.bindValue(6, notice.startMs);
    q.bindValue(7, notice.endMs ? QVariant(*notice.endMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(8, text(notice.components));
    q.bindValue(9, seenMs);
    if (!q.exec())
        return DbError::from(q.lastError());
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::pruneKept(const CheckKey &check)
{
    QSqlQuery &q = *m_pruneKept;
    q.bindValue(0, check.first);
    q.bindValue(1, check.second);
    q.bindValue(2, check.first);
    q.bindValue(3, check.second);
    q.bindValue(4, m_options.keptSuccessesPerCheck);
    if (!q.exec())
        return DbError::from(q.lastError());
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::mergeLate(qint64 ref, const Watermarks &marks, const HistorySample &sample)
{
    const std::array<std::pair<Resolution, qint64>, 3> tiers{
        {{Resolution::Minute, marks.rolled1m}, {Resolution::Hour, marks.rolled1h}, {Resolution::Day, marks.rolled1d}}};
    for (const auto &[resolution, mark] : tiers) {
        if (sample.atMs >= mark)
            break;
        const auto i = static_cast<std::size_t>(resolution);
        const qint64 start = bucketStart(sample.atMs, resolution);
        QSqlQuery &select = *m_selectCell[i];
        select.bindValue(0, ref);
        select.bindValue(1, start / 1000);
        if (!select.exec())
            return DbError::from(select.lastError());
        RollupCell cell;
        cell.rollup.startMs = start;
        if (select.next()) {
            Result<RollupCell> stored = RollupCell::fromBlob(select.value(0).toByteArray(), start);
            if (stored)
                cell = std::move(stored).value();
            else
                qCWarning(lcHistory, "replacing an unreadable rollup: %s", qUtf8Printable(stored.error().message));
        }
        select.finish();
        cell.add(sample);
        QSqlQuery &write = *m_writeCell[i];
        write.bindValue(0, ref);
        write.bindValue(1, start / 1000);
        write.bindValue(2, cell.toBlob());
        if (!write.exec())
            return DbError::from(write.lastError());
    }
    return std::nullopt;
}

bool HistoryStoreWorker::commitChunk()
{
    const std::size_t n = std::min<std::size_t>(m_queue.size(), samplesPerTransaction);
    if (n == 0 && !otherPending())
        return true;

    QElapsedTimer timer;
    timer.start();
    std::optional<DbError> error;
    QHash<CheckKey, CheckState> createdChecks;
    QHash<CheckKey, qint64> createdSeries;
    QSet<CheckKey> kept;
    if (begin(&error)) {
        for (std::size_t i = 0; i < n && !error; ++i) {
            const QueuedSample &queued = m_queue[i];
            bool stored = false;
            error = writeSample(queued, createdChecks, &stored);
            if (!error && stored && queued.call)
                error = writeCall(*queued.call, kept);
        }
        for (auto it = kept.cbegin(); it != kept.cend() && !error; ++it)
            error = pruneKept(*it);
        auto writeQuota = [&](const CheckKey &key, const QuotaSlot &slot) -> std::optional<DbError> {
            qint64 ref = 0;
            if (auto e = seriesRef(key.first, key.second, createdSeries, &ref))
                return e;
            QSqlQuery &q = *m_writeQuota;
            q.bindValue(0, ref);
            q.bindValue(1, slot.minuteStart / 1000);
            q.bindValue(2, slot.point.atMs);
            q.bindValue(3, slot.point.remaining);
            q.bindValue(4, slot.point.limit ? QVariant(*slot.point.limit) : QVariant(QMetaType(QMetaType::Double)));
            q.bindValue(5, slot.point.resetAtMs ? QVariant(*slot.point.resetAtMs)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
            if (!q.exec())
                return DbError::from(q.lastError());
            return std::nullopt;
        };
        for (qsizetype i = 0; i < m_quotaClosed.size() && !error; ++i)
            error = writeQuota(m_quotaClosed.at(i).first, m_quotaClosed.at(i).second);
        for (auto it = m_quotas.cbegin(); it != m_quotas.cend() && !error; ++it) {
            if (it->dirty)
                error = writeQuota(it.key(), it.value());
        }
        for (qsizetype i = 0; i < m_tlsQueue.size() && !error; ++i) {
            const QueuedTls &tls = m_tlsQueue.at(i);
            CheckState check;
            error = checkRef(tls.integrationId, tls.checkId, createdChecks, &check);
            if (error)
                break;
            QSqlQuery &q = *m_writeTls;
            q.bindValue(0, check.ref);
            q.bindValue(1, tls.atMs);
            q.bindValue(2, tls.expiresMs);
            if (!q.exec())
                error = DbError::from(q.lastError());
        }
        for (auto vendor = m_noticesPending.cbegin(); vendor != m_noticesPending.cend() && !error; ++vendor) {
            for (auto it = vendor->cbegin(); it != vendor->cend() && !error; ++it)
                error = writeNotice(vendor.key(), it->first, it->second);
        }
        for (auto it = m_gatewayUsage.cbegin(); it != m_gatewayUsage.cend() && !error; ++it) {
            QSqlQuery &q = *m_addUsage;
            q.bindValue(0, it->first.first);
            q.bindValue(1, it->first.second);
            q.bindValue(2, it->second);
            if (!q.exec())
                error = DbError::from(q.lastError());
        }
        for (auto it = m_routeTotalsDirty.cbegin(); it != m_routeTotalsDirty.cend() && !error; ++it) {
            const RouteReading &total = m_routeTotals.value(*it);
            QSqlQuery &q = *m_writeRouteTotal;
            q.bindValue(0, it->first);
            q.bindValue(1, it->second);
            q.bindValue(2, total.requests);
            q.bindValue(3, total.atMs);
            if (!q.exec())
                error = DbError::from(q.lastError());
        }
        for (auto it = m_quotaUsage.cbegin(); it != m_quotaUsage.cend() && !error; ++it) {
            QSqlQuery &q = *m_addQuotaUsage;
            const auto &[integration, policy, unit, hourS] = it->first;
            q.bindValue(0, integration);
            q.bindValue(1, policy);
            q.bindValue(2, unit);
            q.bindValue(3, hourS);
            q.bindValue(4, it->second);
            if (!q.exec())
                error = DbError::from(q.lastError());
        }
        if (!error)
            error = commit();
        if (error)
            rollback();
    }
    if (error) {
        handleWriteFailure(*error);
        return false;
    }

    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    for (std::size_t i = 0; i < n; ++i)
        m_queuedCallBytes -= m_queue[i].callBytes;
    m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(n));
    for (QuotaSlot &slot : m_quotas)
        slot.dirty = false;
    m_quotaClosed.clear();
    m_tlsQueue.clear();
    for (auto vendor = m_noticesPending.cbegin(); vendor != m_noticesPending.cend(); ++vendor) {
        QHash<NoticeKey, VendorNotice> &written = m_noticesWritten[vendor.key()];
        for (auto it = vendor->cbegin(); it != vendor->cend(); ++it)
            written.insert(it.key(), it->first);
    }
    m_noticesPending.clear();
    m_routeTotalsDirty.clear();
    m_gatewayUsage.clear();
    m_quotaUsage.clear();
    for (auto it = createdChecks.cbegin(); it != createdChecks.cend(); ++it) {
        m_checks.insert(it.key(), it.value());
        m_checkKeys.insert(it->ref, it.key());
        m_maintenanceOrder.append(it->ref);
    }
    for (auto it = createdSeries.cbegin(); it != createdSeries.cend(); ++it)
        m_series.insert(it.key(), it.value());

    writeSucceeded();
    requestCheckpoint();
    if (n > 0 && committed)
        committed(static_cast<int>(n), ms);
    return true;
}

void HistoryStoreWorker::writeSucceeded()
{
    if (m_failure != Failure::None) {
        const bool wasFull = m_failure == Failure::Full;
        const quint64 dropped = m_dropped;
        m_failure = Failure::None;
        m_dropped = 0;
        QString message = HistoryStore::tr("Writing history resumed");
        if (dropped > 0) {
            message =
                wasFull
                    ? HistoryStore::tr("Writing history resumed; %n samples were dropped while the disk was full", "",
                                       static_cast<int>(std::min<quint64>(dropped, INT_MAX)))
                    : HistoryStore::tr("Writing history resumed; %n samples were dropped while it could not be written",
                                       "", static_cast<int>(std::min<quint64>(dropped, INT_MAX)));
        }
        setStatus(Status::Ok, message);
    } else if (m_dropped > 0) {
        // Dropped while opening: said once, then forgotten.
        setStatus(m_status, HistoryStore::tr("%n samples recorded before the history was open were dropped", "",
                                             static_cast<int>(std::min<quint64>(m_dropped, INT_MAX))));
        m_dropped = 0;
    }
}

bool HistoryStoreWorker::commitEvents()
{
    if (m_eventQueue.empty())
        return true;
    std::size_t pages = 0;
    qsizetype events = 0;
    while (pages < m_eventQueue.size()
           && (pages == 0 || events + m_eventQueue[pages].events.size() <= eventsPerTransaction)) {
        events += m_eventQueue[pages].events.size();
        ++pages;
    }
    const qint64 now = m_options.clock();
    std::optional<DbError> error;
    if (begin(&error)) {
        for (std::size_t i = 0; i < pages && !error; ++i)
            error = writeEvents(m_eventQueue[i], now);
        if (!error)
            error = commit();
        if (error)
            rollback();
    }
    if (error) {
        handleWriteFailure(*error);
        return false;
    }
    QList<EventBatch> done;
    for (std::size_t i = 0; i < pages; ++i) {
        done.append(std::move(m_eventQueue.front()));
        m_eventQueue.pop_front();
    }
    writeSucceeded();
    requestCheckpoint();
    if (eventsCommitted) {
        for (const EventBatch &batch : std::as_const(done))
            eventsCommitted(batch.feed, static_cast<int>(batch.events.size()), batch.cursor);
    }
    return true;
}

std::optional<DbError> HistoryStoreWorker::writeEvents(const EventBatch &batch, qint64 nowMs)
{
    auto text = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
    };
    auto number = [](const std::optional<int> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
    };
    QSqlQuery &q = *m_upsertEvent;
    for (const GatewayEvent &event : batch.events) {
        if (const FailedCall *call = event.failedCall()) {
            if (auto error = m_callWriter->write(callRecordFromGateway(event, *call), &event, batch.feed))
                return error;
            continue;
        }
        q.bindValue(0, event.id);
        q.bindValue(1, batch.feed);
        q.bindValue(2, event.cursor);
        q.bindValue(3, wireName(event.type()));
        q.bindValue(4, event.timeMs);
        QString data;
        if (const WebhookDelivery *delivery = event.webhookDelivery()) {
            const QString dedupeId = delivery->verification ? delivery->verification->dedupeId : QString();
            std::optional<bool> repeated;
            if (!dedupeId.isEmpty() && isAuthentic(delivery->verification->verdict)) {
                QSqlQuery &seen = *m_seenDelivery;
                seen.bindValue(0, delivery->source);
                seen.bindValue(1, dedupeId);
                seen.bindValue(2, event.id);
                seen.bindValue(3, delivery->receivedAtMs);
                seen.bindValue(4, delivery->receivedAtMs);
                seen.bindValue(5, event.id);
                if (!seen.exec())
                    return DbError::from(seen.lastError());
                repeated = seen.next();
                seen.finish();
            }
            if (repeated.value_or(false)) {
                GatewayEvent marked = event;
                WebhookVerification &v = *std::get<WebhookDelivery>(marked.detail).verification;
                v.verdict = WebhookVerdict::Duplicate;
                v.message = HistoryStore::tr("%1 was received before").arg(dedupeId.left(128));
                data = QString::fromUtf8(QJsonDocument(eventToJson(marked)).toJson(QJsonDocument::Compact));
            }
            q.bindValue(13, text(dedupeId));
            q.bindValue(14, delivery->receivedAtMs);
            const DeliveryAttempt *latest = delivery->latestAttempt();
            q.bindValue(5, text({}));
            q.bindValue(6, text({}));
            q.bindValue(7, text({}));
            q.bindValue(8, number(latest ? latest->responseStatusCode : std::nullopt));
            q.bindValue(9, text(delivery->verdict));
            q.bindValue(10, text(delivery->source));
            q.bindValue(11, text(delivery->topic));
        }
        q.bindValue(12, data.isEmpty()
                            ? QString::fromUtf8(QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact))
                            : data);
        if (!q.exec())
            return DbError::from(q.lastError());
    }
    QSqlQuery &cursor = *m_writeCursor;
    cursor.bindValue(0, batch.feed);
    cursor.bindValue(1, text(batch.cursor));
    cursor.bindValue(2, nowMs);
    if (!cursor.exec())
        return DbError::from(cursor.lastError());
    if (batch.gap) {
        QSqlQuery &gap = *m_insertGap;
        gap.bindValue(0, nowMs);
        gap.bindValue(1, batch.feed);
        gap.bindValue(2, batch.gap->reason);
        gap.bindValue(3, text(batch.gap->after));
        gap.bindValue(4, batch.gap->missed ? QVariant(*batch.gap->missed) : QVariant(QMetaType(QMetaType::LongLong)));
        gap.bindValue(5, text(batch.gap->resumesAt));
        if (!gap.exec())
            return DbError::from(gap.lastError());
    }
    return std::nullopt;
}

void HistoryStoreWorker::handleWriteFailure(const DbError &error)
{
    const QString path = nativePath(m_options.path);
    if (error.is(SqliteCode::Full)) {
        m_failure = Failure::Full;
        m_failureText = HistoryStore::tr("The disk is full: %1 cannot grow (%2)").arg(path, error.message);
    } else if (error.is(SqliteCode::ReadOnly)) {
        m_failure = Failure::ReadOnly;
        m_failureText = HistoryStore::tr("%1 is read-only (%2)").arg(path, error.message);
        m_reopen = true;
    } else if (error.is(SqliteCode::Busy) || error.is(SqliteCode::Locked)) {
        m_failure = Failure::Other;
        m_failureText = HistoryStore::tr("%1 is locked by another program (%2)").arg(path, error.message);
    } else {
        m_failure = Failure::Other;
        m_failureText = HistoryStore::tr("%1 cannot be written: %2").arg(path, error.message);
        // A damaged file is found and moved aside by the check when it is opened again.
        m_reopen = error.is(SqliteCode::IoError) || error.is(SqliteCode::CantOpen) || error.meansCorrupt();
    }
    setStatus(Status::WriteFailing, failureMessage());
}

QString HistoryStoreWorker::failureMessage() const
{
    QString message =
        m_failureText + u"; "_s + HistoryStore::tr("samples wait in memory and the gateway's event feed pauses");
    if (m_dropped > 0)
        message += u"; "_s
                   + HistoryStore::tr("%n of the oldest were dropped", "",
                                      static_cast<int>(std::min<quint64>(m_dropped, INT_MAX)));
    return message;
}

void HistoryStoreWorker::runMaintenance()
{
    if (!m_writable || m_failure != Failure::None || m_maintenanceChained)
        return;
    // A commit that is due goes first: maintenance never holds samples back for long.
    if (!m_queue.empty() && !m_commitTimer->isActive())
        commitChunk();
    bool failed = false;
    if (maintenanceSlice(&failed) && !failed) {
        m_maintenanceChained = true;
        QTimer::singleShot(0, this, [this] {
            m_maintenanceChained = false;
            runMaintenance();
        });
    }
}

bool HistoryStoreWorker::maintenanceSlice(bool *failed)
{
    *failed = false;
    if (!m_writable)
        return false;
    const qint64 now = m_options.clock();
    std::optional<DbError> error;
    if (!begin(&error)) {
        handleWriteFailure(*error);
        *failed = true;
        return false;
    }
    // Changes apply to the cache only when the transaction commits.
    QHash<qint64, CheckState> changed;
    int budget = rowsPerTransaction;
    const qsizetype count = m_maintenanceOrder.size();
    qsizetype visited = 0;
    while (count > 0 && budget > 0 && visited < count && !error) {
        const qint64 ref = m_maintenanceOrder.at(m_maintenanceCursor % count);
        CheckState state = changed.contains(ref) ? changed.value(ref) : m_checks.value(m_checkKeys.value(ref));
        int rows = 0;
        error = stepCheck(state, now, budget, &rows);
        if (error)
            break;
        changed.insert(ref, state);
        if (rows == 0) {
            // Nothing (more) to do for this check: on to the next.
            m_maintenanceCursor = (m_maintenanceCursor + 1) % count;
            ++visited;
        } else {
            budget -= rows;
        }
    }
    // Quota readings: by series, like minute rollups.
    if (!error && budget > 0 && m_options.retention.minute) {
        const qint64 cutoff = now - m_options.retention.minute->count();
        for (auto it = m_series.cbegin(); it != m_series.cend() && budget > 0 && !error; ++it) {
            qint64 &done = m_seriesRetainedTo[*it];
            if (cutoff < done + 60'000)
                continue;
            int rows = 0;
            bool complete = false;
            error = deleteBelow(u"quota_readings"_s, u"series_ref"_s, u"minute_s"_s, *it, cutoff / 1000, budget, &rows,
                                &complete);
            budget -= rows + 1;
            if (!error && complete)
                done = cutoff;
        }
    }
    // Counted usage (the gateway's requests, quotas' consumption), kept as long as daily rollups.
    if (!error && budget > 0 && m_options.retention.day) {
        const qint64 cutoff = now - m_options.retention.day->count();
        if (cutoff >= m_usageRetainedTo + 3'600'000) {
            int rows = 0;
            bool complete = false;
            error = deleteBelow(u"gateway_usage"_s, {}, u"hour_s"_s, {}, cutoff / 1000, budget, &rows, &complete);
            budget -= rows + 1;
            if (!error && complete) {
                int quotaRows = 0;
                error = deleteBelow(u"quota_usage"_s, {}, u"hour_s"_s, {}, cutoff / 1000, budget, &quotaRows, &complete);
                budget -= quotaRows + 1;
            }
            if (!error && complete)
                m_usageRetainedTo = cutoff;
        }
    }
    // Gateway events and calls, oldest first, as their retention says.
    if (!error && budget > 0 && m_options.retention.events) {
        const qint64 cutoff = now - m_options.retention.events->count();
        const QString name = wireName(GatewayEventType::WebhookDelivery);
        qint64 &done = m_eventsRetainedTo[name];
        if (cutoff >= done + 60'000) {
            int rows = 0;
            bool complete = false;
            error = deleteBelow(u"events"_s, u"type"_s, u"time_ms"_s, name, cutoff, budget, &rows, &complete);
            budget -= rows + 1;
            if (!error && complete)
                done = cutoff;
        }
        if (!error && budget > 0 && cutoff >= m_callsRetainedTo + 60'000) {
            int rows = 0;
            bool complete = false;
            error = deleteBelow(u"calls"_s, {}, u"t_ms"_s, {}, cutoff, budget, &rows, &complete);
            budget -= rows + 1;
            if (!error && complete)
                m_callsRetainedTo = cutoff;
        }
    }
    if (!error)
        error = commit();
    if (error) {
        rollback();
        m_seriesRetainedTo.clear();
        m_eventsRetainedTo.clear();
        m_callsRetainedTo = 0;
        m_usageRetainedTo = 0;
        handleWriteFailure(*error);
        *failed = true;
        return false;
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        m_checks.insert(m_checkKeys.value(it.key()), it.value());
    requestCheckpoint();
    return budget <= 0;
}

std::optional<DbError> HistoryStoreWorker::stepCheck(CheckState &check, qint64 nowMs, int budget, int *rows)
{
    *rows = 0;
    if (auto error = rollMinutes(check, nowMs, budget, rows); error || *rows > 0)
        return error;
    if (auto error = rollCoarser(check, Resolution::Hour, budget, rows); error || *rows > 0)
        return error;
    if (auto error = rollCoarser(check, Resolution::Day, budget, rows); error || *rows > 0)
        return error;
    return retain(check, nowMs, budget, rows);
}

std::optional<DbError> HistoryStoreWorker::rollMinutes(CheckState &check, qint64 nowMs, int budget, int *rows)
{
    const qint64 target = bucketStart(nowMs - rollupGraceMs, Resolution::Minute);
    if (check.marks.rolled1m >= target)
        return std::nullopt;
    const int limit = std::clamp(budget, 100, rowsPerTransaction);
    auto select = [&](qint64 from, qint64 to, int max, QList<HistorySample> &out) -> std::optional<DbError> {
        QSqlQuery &q = *m_selectSamples;
        q.bindValue(0, check.ref);
        q.bindValue(1, from);
        q.bindValue(2, to);
        q.bindValue(3, max);
        if (!q.exec())
            return DbError::from(q.lastError());
        while (q.next()) {
            HistorySample s;
            s.atMs = q.value(0).toLongLong();
            s.state = healthStatusFromStorage(q.value(1).toInt()).value_or(HealthStatus::Unknown);
            if (!q.value(2).isNull())
                s.latencyMs = static_cast<double>(q.value(2).toLongLong()) / 1000.0;
            if (!q.value(3).isNull())
                s.failureClass = failureClassFromStorage(q.value(3).toInt()).value_or(FailureClass::None);
            out.append(s);
        }
        q.finish();
        return std::nullopt;
    };

    QList<HistorySample> samples;
    if (auto error = select(check.marks.rolled1m, target, limit, samples))
        return error;
    qint64 end = target;
    if (samples.size() == limit) {
        // Cut at the last whole minute; a single minute with more samples than the limit is
        // taken whole.
        const qint64 first = bucketStart(samples.constFirst().atMs, Resolution::Minute);
        const qint64 last = bucketStart(samples.constLast().atMs, Resolution::Minute);
        if (last > first) {
            end = last;
            while (!samples.isEmpty() && samples.constLast().atMs >= end)
                samples.removeLast();
        } else {
            end = first + bucketMs(Resolution::Minute);
            samples.clear();
            if (auto error = select(first, end, std::numeric_limits<int>::max(), samples))
                return error;
        }
    }

    QSqlQuery &write = *m_writeCell[static_cast<std::size_t>(Resolution::Minute)];
    RollupCell cell;
    auto flushCell = [&]() -> std::optional<DbError> {
        write.bindValue(0, check.ref);
        write.bindValue(1, cell.rollup.startMs / 1000);
        write.bindValue(2, cell.toBlob());
        if (!write.exec())
            return DbError::from(write.lastError());
        return std::nullopt;
    };
    bool open = false;
    for (const HistorySample &s : std::as_const(samples)) {
        const qint64 minute = bucketStart(s.atMs, Resolution::Minute);
        if (open && minute != cell.rollup.startMs) {
            if (auto error = flushCell())
                return error;
            open = false;
        }
        if (!open) {
            cell = RollupCell();
            cell.rollup.startMs = minute;
            open = true;
        }
        cell.add(s);
    }
    if (open) {
        if (auto error = flushCell())
            return error;
    }
    check.marks.rolled1m = end;
    if (auto error = saveMarks(check))
        return error;
    *rows = static_cast<int>(samples.size()) + 1;
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::saveMarks(const CheckState &check)
{
    QSqlQuery &marks = *m_updateMarks;
    marks.bindValue(0, check.marks.rolled1m);
    marks.bindValue(1, check.marks.rolled1h);
    marks.bindValue(2, check.marks.rolled1d);
    marks.bindValue(3, check.ref);
    if (!marks.exec())
        return DbError::from(marks.lastError());
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::rollCoarser(CheckState &check, Resolution resolution, int budget, int *rows)
{
    const Resolution finer = resolution == Resolution::Hour ? Resolution::Minute : Resolution::Hour;
    qint64 &mark = resolution == Resolution::Hour ? check.marks.rolled1h : check.marks.rolled1d;
    const qint64 finerMark = resolution == Resolution::Hour ? check.marks.rolled1m : check.marks.rolled1h;
    const qint64 target = bucketStart(finerMark, resolution);
    if (mark >= target)
        return std::nullopt;
    // A bucket holds at most 60 (or 24) finer rows, so the limit always leaves a whole one.
    const int limit = std::clamp(budget, 100, rowsPerTransaction);
    QSqlQuery &q = *m_selectCells[static_cast<std::size_t>(finer)];
    q.bindValue(0, check.ref);
    q.bindValue(1, mark / 1000);
    q.bindValue(2, target / 1000);
    q.bindValue(3, limit);
    if (!q.exec())
        return DbError::from(q.lastError());
    QList<Rollup> cells;
    while (q.next()) {
        const qint64 start = q.value(0).toLongLong() * 1000;
        Result<RollupCell> cell = RollupCell::fromBlob(q.value(1).toByteArray(), start);
        if (!cell) {
            qCWarning(lcHistory, "skipping an unreadable rollup: %s", qUtf8Printable(cell.error().message));
            continue;
        }
        cells.append(std::move(cell).value().rollup);
    }
    q.finish();
    qint64 end = target;
    if (cells.size() >= limit) {
        end = bucketStart(cells.constLast().startMs, resolution);
        while (!cells.isEmpty() && cells.constLast().startMs >= end)
            cells.removeLast();
    }
    QSqlQuery &write = *m_writeCell[static_cast<std::size_t>(resolution)];
    for (const Rollup &rollup : rollUp(cells, resolution)) {
        RollupCell cell;
        cell.rollup.startMs = rollup.startMs;
        cell.merge(rollup);
        write.bindValue(0, check.ref);
        write.bindValue(1, rollup.startMs / 1000);
        write.bindValue(2, cell.toBlob());
        if (!write.exec())
            return DbError::from(write.lastError());
    }
    mark = end;
    if (auto error = saveMarks(check))
        return error;
    *rows = static_cast<int>(cells.size()) + 1;
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::retain(CheckState &check, qint64 nowMs, int budget, int *rows)
{
    const Retention &retention = m_options.retention;
    // Nothing is deleted that the next resolution has not taken in yet.
    const std::array<std::pair<Resolution, std::optional<qint64>>, 4> tiers{{
        {Resolution::Raw,
         retention.raw ? std::optional(std::min(nowMs - retention.raw->count(), check.marks.rolled1m)) : std::nullopt},
        {Resolution::Minute, retention.minute
                                 ? std::optional(std::min(nowMs - retention.minute->count(), check.marks.rolled1h))
                                 : std::nullopt},
        {Resolution::Hour, retention.hour
                               ? std::optional(std::min(nowMs - retention.hour->count(), check.marks.rolled1d))
                               : std::nullopt},
        {Resolution::Day, retention.day ? std::optional(nowMs - retention.day->count()) : std::nullopt},
    }};
    for (const auto &[resolution, cutoff] : tiers) {
        auto &done = check.retainedTo[static_cast<std::size_t>(resolution)];
        if (!cutoff || *cutoff < done + 60'000)
            continue;
        bool complete = false;
        const bool raw = resolution == Resolution::Raw;
        if (auto error = deleteBelow(raw ? u"samples"_s : historyschema::rollupTable(resolution), u"check_ref"_s,
                                     raw ? u"t_ms"_s : u"start_s"_s, check.ref, raw ? *cutoff : *cutoff / 1000, budget,
                                     rows, &complete))
            return error;
        *rows += 1;
        if (complete)
            done = *cutoff;
        return std::nullopt;
    }
    if (retention.minute) {
        const qint64 cutoff = nowMs - retention.minute->count();
        if (cutoff >= check.tlsRetainedTo + 60'000) {
            bool complete = false;
            if (auto error =
                    deleteBelow(u"tls_expiry"_s, u"check_ref"_s, u"t_ms"_s, check.ref, cutoff, budget, rows, &complete))
                return error;
            *rows += 1;
            if (complete)
                check.tlsRetainedTo = cutoff;
        }
    }
    return std::nullopt;
}

std::optional<DbError> HistoryStoreWorker::deleteBelow(const QString &table, const QString &keyColumn,
                                                       const QString &timeColumn, const QVariant &key, qint64 cutoff,
                                                       int budget, int *rows, bool *complete)
{
    // DELETE … LIMIT is not in every SQLite build: find the time below which `budget` rows lie.
    auto &statements = m_deletes[table];
    const QString ofKey = keyColumn.isEmpty() ? QString() : keyColumn + u" = ? AND "_s;
    if (!statements.first) {
        statements.first.emplace(m_db);
        statements.first->prepare(
            u"SELECT %1 FROM %2 WHERE %3%1 < ? ORDER BY %1 LIMIT 1 OFFSET ?"_s.arg(timeColumn, table, ofKey));
        statements.second.emplace(m_db);
        statements.second->prepare(u"DELETE FROM %1 WHERE %2%3 < ?"_s.arg(table, ofKey, timeColumn));
    }
    const int first = keyColumn.isEmpty() ? 0 : 1;
    QSqlQuery &q = *statements.first;
    if (first > 0)
        q.bindValue(0, key);
    q.bindValue(first, cutoff);
    q.bindValue(first + 1, std::max(1, budget));
    if (!q.exec())
        return DbError::from(q.lastError());
    qint64 below = cutoff;
    *complete = true;
    if (q.next()) {
        below = q.value(0).toLongLong();
        *complete = false;
    }
    q.finish();
    QSqlQuery &del = *statements.second;
    if (first > 0)
        del.bindValue(0, key);
    del.bindValue(first, below);
    if (!del.exec())
        return DbError::from(del.lastError());
    *rows = std::max(0, del.numRowsAffected());
    return std::nullopt;
}

void HistoryStoreWorker::startCheckpointer()
{
    stopCheckpointer();
    m_checkpointThread = std::make_unique<QThread>();
    m_checkpointThread->setObjectName(u"gatewatch-history-checkpoint"_s);
    m_checkpointer = new HistoryCheckpointer(m_options.path, m_connectionName + u"-checkpoint"_s);
    m_checkpointer->moveToThread(m_checkpointThread.get());
    m_checkpointThread->start();
}

void HistoryStoreWorker::stopCheckpointer()
{
    if (!m_checkpointer)
        return;
    HistoryCheckpointer *checkpointer = m_checkpointer;
    QMetaObject::invokeMethod(
        checkpointer, [checkpointer] { checkpointer->close(); }, Qt::BlockingQueuedConnection);
    m_checkpointThread->quit();
    m_checkpointThread->wait();
    delete checkpointer;
    m_checkpointer = nullptr;
    m_checkpointThread.reset();
}

// At most one checkpoint waits at a time; commits while one runs are taken in by the next.
void HistoryStoreWorker::requestCheckpoint()
{
    if (!m_checkpointer || m_checkpointer->pending.exchange(true))
        return;
    HistoryCheckpointer *checkpointer = m_checkpointer;
    QMetaObject::invokeMethod(
        checkpointer, [checkpointer] { checkpointer->checkpoint(); }, Qt::QueuedConnection);
}

void HistoryStoreWorker::flush()
{
    if (m_reopen && !m_unavailable) {
        closeConnection();
        if (openDatabase(false))
            m_maintenanceTimer->start();
    }
    while (m_writable && (!m_queue.empty() || otherPending() || !m_eventQueue.empty())) {
        if (!commitEvents() || !commitChunk()) {
            scheduleCommit(m_options.commitIntervalMs);
            break;
        }
    }
    if (m_writable && m_failure == Failure::None) {
        bool failed = false;
        while (maintenanceSlice(&failed) && !failed) {
            if (!m_queue.empty())
                commitChunk();
        }
    }
    if (flushed)
        flushed();
}

void HistoryStoreWorker::shutdown()
{
    m_commitTimer->stop();
    m_maintenanceTimer->stop();
    while (m_writable && !m_eventQueue.empty()) {
        if (!commitEvents())
            break;
    }
    while (m_writable && !m_queue.empty()) {
        if (!commitChunk())
            break;
    }
    if (m_writable && otherPending())
        commitChunk();
    if (m_db.isValid() && m_db.isOpen())
        historyschema::exec(m_db, u"PRAGMA optimize"_s);
    closeConnection();
}

void HistoryStoreWorker::setMaxFileBytes(qint64 bytes)
{
    m_options.maxFileBytes = bytes;
    applyPageLimit();
}

// -------------------------------------------------------------------------------------------------

struct HistoryStore::Private
{
    Options options;
    Status status = Status::Opening;
    QThread thread;
    HistoryStoreWorker *worker = nullptr;
};

namespace {
std::atomic<quint64> storeSerial{0};
}

HistoryStore::HistoryStore(Options options, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->worker = new HistoryStoreWorker(d->options, u"gw-history-store-%1"_s.arg(++storeSerial));
    d->worker->statusChanged = [this](Status status, const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [this, status, message] {
                d->status = status;
                Q_EMIT statusChanged(status, message);
            },
            Qt::QueuedConnection);
    };
    d->worker->committed = [this](int samples, double ms) {
        QMetaObject::invokeMethod(
            this, [this, samples, ms] { Q_EMIT committed(samples, ms); }, Qt::QueuedConnection);
    };
    d->worker->eventsCommitted = [this](const QString &feed, int events, const QString &cursor) {
        QMetaObject::invokeMethod(
            this, [this, feed, events, cursor] { Q_EMIT eventsCommitted(feed, events, cursor); }, Qt::QueuedConnection);
    };
    d->worker->flushed = [this] {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT flushed(); }, Qt::QueuedConnection);
    };
    d->thread.setObjectName(u"gatewatch-history"_s);
    d->worker->moveToThread(&d->thread);
    d->thread.start();
}

HistoryStore::~HistoryStore()
{
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete worker;
}

void HistoryStore::open()
{
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->open(); }, Qt::QueuedConnection);
}

void HistoryStore::record(const QList<CheckUpdate> &updates)
{
    Batch batch;
    batch.samples.reserve(updates.size());
    for (const CheckUpdate &update : updates) {
        const Sample &s = update.sample;
        if (!s.at.isValid())
            continue;
        const qint64 atMs = s.at.toMSecsSinceEpoch();
        QueuedSample queued;
        queued.integrationId = s.integrationId;
        queued.checkId = s.checkId;
        queued.sample = roundedToMicroseconds(HistorySample::from(s));
        if (s.evidence) {
            // The call belongs to the sample's check, whatever the probe filled in.
            CallRecord call = *s.evidence;
            call.id = 0;
            call.origin = CallOrigin::Check;
            call.integration = s.integrationId;
            call.check = s.checkId;
            if (call.timeMs == 0)
                call.timeMs = atMs;
            queued.callBytes = approximateBytes(call);
            queued.call = std::move(call);
        }
        batch.samples.append(std::move(queued));
        for (const QuotaReading &reading : s.quotas) {
            QuotaPoint point;
            point.atMs = atMs;
            point.remaining = reading.remaining;
            point.limit = reading.limit;
            if (reading.resetAt && reading.resetAt->isValid())
                point.resetAtMs = reading.resetAt->toMSecsSinceEpoch();
            batch.quotas.append({s.integrationId, reading.policy, point, reading});
        }
        if (s.tls && s.tls->expiresAt.isValid())
            batch.tls.append({s.integrationId, s.checkId, atMs, s.tls->expiresAt.toMSecsSinceEpoch()});
    }
    if (batch.samples.isEmpty())
        return;
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, batch = std::move(batch)] { worker->enqueue(batch); }, Qt::QueuedConnection);
}

void HistoryStore::recordState(const QString &integrationId, const QString &checkId, HealthStatus state, qint64 atMs)
{
    Batch batch;
    QueuedSample queued;
    queued.integrationId = integrationId;
    queued.checkId = checkId;
    queued.sample.atMs = atMs;
    queued.sample.state = state;
    batch.samples.append(queued);
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, batch = std::move(batch)] { worker->enqueue(batch); }, Qt::QueuedConnection);
}

void HistoryStore::recordVendorStatus(const VendorStatusReading &reading)
{
    if (!reading.page || reading.vendorId.isEmpty())
        return;
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, batch = NoticeBatch{reading.vendorId, reading.atMs, noticesOf(*reading.page)}] {
            worker->enqueueNotices(batch);
        },
        Qt::QueuedConnection);
}

void HistoryStore::recordGatewayRequests(const GatewayScrape &scrape,
                                         const std::function<QString(const RouteTotals &)> &integrationOf)
{
    QList<RouteRequests> routes;
    for (const RouteTotals &route : scrape.routes) {
        const QString integrationId = integrationOf(route);
        if (!integrationId.isEmpty())
            routes.append({integrationId, route.service, route.route.value_or(u""_s), route.requests});
    }
    if (routes.isEmpty())
        return;
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, atMs = scrape.atMs, routes = std::move(routes)] { worker->enqueueRouteRequests(atMs, routes); },
        Qt::QueuedConnection);
}

void HistoryStore::flush()
{
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->flush(); }, Qt::QueuedConnection);
}

void HistoryStore::setMaxFileBytes(qint64 bytes)
{
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, bytes] { worker->setMaxFileBytes(bytes); }, Qt::QueuedConnection);
}

void HistoryStore::setRetention(const Retention &retention)
{
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, retention] { worker->setRetention(retention); }, Qt::QueuedConnection);
}

void HistoryStore::appendEvents(const QString &feed, const QList<GatewayEvent> &events, const QString &nextCursor,
                                const std::optional<EventGap> &gap)
{
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, batch = EventBatch{feed, events, nextCursor, gap}] { worker->enqueueEvents(batch); },
        Qt::QueuedConnection);
}

void HistoryStore::readCursor(const QString &feed, QObject *context, std::function<void(const CursorAnswer &)> done)
{
    // Answered through this object, on its thread, where `context` may be asked whether it lives.
    CursorReply reply = [this, guard = QPointer<QObject>(context), done = std::move(done)](const CursorAnswer &answer) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, answer] {
                if (guard)
                    done(answer);
            },
            Qt::QueuedConnection);
    };
    HistoryStoreWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, feed, reply = std::move(reply)] { worker->readCursor(feed, reply); }, Qt::QueuedConnection);
}

HistoryStore::Status HistoryStore::status() const
{
    return d->status;
}

QString HistoryStore::path() const
{
    return d->options.path;
}

} // namespace gw
