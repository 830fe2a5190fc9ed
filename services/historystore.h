#pragma once

#include "gatewayevent.h"
#include "gatewaymetrics.h"
#include "historyquery.h"
#include "result.h"
#include "sample.h"
#include "vendorreading.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace gw {

// The history database (SQLite, WAL, synchronous=NORMAL) in one file. The store's work happens
// on a thread of its own with its own connection: recording, committing batches about once a
// second, rolling raw samples up into minute, hour and day rollups and deleting what retention
// no longer keeps, a little at a time. Every public function may be called from the thread that
// created the store and returns at once.
//
// Trouble never stops monitoring: a corrupt file is moved aside and a fresh one started; a newer
// schema, a read-only file or a full disk leave samples in memory (a bounded queue, oldest dropped
// first and counted) and writing resumes when it can. statusChanged() says what is going on.
// Gateway events are never dropped: their feed waits for each page to be committed (see
// GatewayEventFeed), so no more than a page per feed waits in memory.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    enum class Status {
        Opening,
        Ok,
        MovedAside,   // the file was corrupt; it was renamed and a fresh one is in use (message says where)
        WriteFailing, // disk full, read-only, I/O error: samples wait in memory
        Unavailable,  // cannot be used at all (newer schema, unreadable directory): history is off
    };
    Q_ENUM(Status)

    struct Options
    {
        QString path;        // the database file; its directory is created when missing
        Retention retention; // what is kept how long
        // Wall clock in ms since the epoch for retention and rollup decisions (tests and
        // benchmarks fast-forward it); the default reads the system clock.
        std::function<qint64()> clock;
        int commitIntervalMs = 1000;
        int maxQueuedSamples = 200'000; // kept in memory while writing fails
        // Successful calls a check's samples carry are kept for comparison, the newest this many
        // per check (older ones are deleted as newer ones arrive); every failed one is kept.
        int keptSuccessesPerCheck = 3;
        // A cap on the file's size (0: none); reaching it behaves like a full disk.
        qint64 maxFileBytes = 0;
    };

    explicit HistoryStore(Options options, QObject *parent = nullptr);
    ~HistoryStore() override; // commits what is queued, then stops the thread

    // Opens (creating or migrating) the database; statusChanged() reports the outcome.
    void open();
    // Samples, quota readings, certificate expiries and the calls behind them (Sample::evidence)
    // of one batch of results. What each quota series consumed since its previous reading
    // (quotaConsumption(); nothing before the first one since the store opened) is counted per
    // hour in quota_usage, which HistoryReader::quotaUsageNow() sums. A call waits and is dropped with its sample, and is stored only
    // with it: a sample recorded twice does not store its call twice.
    void record(const QList<CheckUpdate> &updates);
    // A pause or resume (a state without an attempt), so the timeline shows it.
    void recordState(const QString &integrationId, const QString &checkId, HealthStatus state, qint64 atMs);
    // What a vendor's status page said: its incidents and maintenance windows are kept by id (see
    // historyschema.h), so that scorecards of past periods find them once the page has dropped
    // them. A reading without a page changes nothing. Only what changed is written, with the next
    // batch; an open incident at every reading, which tells when it was last seen open. An incident
    // that leaves the page while open keeps no end (HistoryReader::vendorIncidentsNow() says how
    // that is read).
    void recordVendorStatus(const gw::VendorStatusReading &reading);
    // The request counters of a scrape of the gateway's metrics, of the routes `integrationOf`
    // gives an integration (those whose traffic it carries; the others are not counted): what a
    // route accrued since the file's previous reading of it (counterIncrease(), so across restarts
    // of the gateway and of Gatewatch) is counted for its integration, spread over the hours in
    // between (spreadOverHours()), in the table gateway_usage that
    // HistoryReader::gatewayRequestsNow() sums. A route's first reading only starts its count;
    // one not newer than the route's last is ignored. Counted as the readings come, in order, and
    // written with the next batch; while writing fails, the counts wait in memory (a number per
    // integration and hour).
    void recordGatewayRequests(const gw::GatewayScrape &scrape,
                               const std::function<QString(const gw::RouteTotals &route)> &integrationOf);
    // Commits what is queued and runs the rollup and retention work that is due, now; emits
    // flushed() when done (tests, shutdown, benchmarks).
    void flush();
    // Changes Options::maxFileBytes while running; writing resumes if the cap was the problem.
    void setMaxFileBytes(qint64 bytes);
    // A reloaded configuration's retention, from the next round of retention work on.
    void setRetention(const Retention &retention);

    // One page of a gateway's event feed (redacted already): its events are upserted by id (a
    // later version of a delivery replaces the earlier one; a failed call becomes a CallRecord
    // beside the checks' calls) and the feed's next cursor and the gap, if any, recorded, all in
    // one transaction and promptly. eventsCommitted() follows.
    void appendEvents(const QString &feed, const QList<GatewayEvent> &events, const QString &nextCursor,
                      const std::optional<EventGap> &gap = std::nullopt);
    // Where `feed` continues: the cursor of its last page appended (committed or waiting to be),
    // nullopt when it has none yet, an error when the history is off. The answer comes once the
    // file is open, through `done` on this thread, unless `context` was deleted by then.
    using CursorAnswer = Result<std::optional<QString>>;
    void readCursor(const QString &feed, QObject *context, std::function<void(const CursorAnswer &)> done);

    Status status() const;
    QString path() const;

    static constexpr int schemaVersion = 6;

Q_SIGNALS:
    void statusChanged(gw::HistoryStore::Status status, const QString &message);
    // A batch reached the disk: how many samples and how long the transaction took.
    void committed(int samples, double milliseconds);
    // A page of `feed` is on disk: `events` events, and `cursor` is where the feed continues.
    void eventsCommitted(const QString &feed, int events, const QString &cursor);
    void flushed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
