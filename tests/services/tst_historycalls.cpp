#include "gatewayfeed.h"
#include "historycodec.h"
#include "historyreader.h"
#include "historyschema.h"
#include "historystore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

Q_DECLARE_METATYPE(gw::CallFilter)
Q_DECLARE_METATYPE(gw::GatewayEvent)

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 t0 = 1'789'948'800'000; // 2026-09-21T00:00:00Z
constexpr qint64 minute = 60'000;
constexpr qint64 day = 24 * 60 * minute;

class FastClock
{
public:
    explicit FastClock(qint64 start) : m_now(std::make_shared<std::atomic<qint64>>(start)) {}
    std::function<qint64()> function() const
    {
        return [now = m_now] { return now->load(); };
    }
    void set(qint64 ms) { m_now->store(ms); }

private:
    std::shared_ptr<std::atomic<qint64>> m_now;
};

// A check's call as a probe would attach it: what the store is given.
CallRecord checkCall(const QString &url, int status, FailureClass failureClass, const QString &reason = {})
{
    CallRecord call;
    call.request = {u"GET"_s, url, {{u"Accept"_s, u"application/json"_s}}};
    if (status > 0) {
        call.response = CallResponse{
            status, {{u"X-Request-Id"_s, u"vendor-"_s + url.section(u'/', -1)}}, u"{\"error\":\"x\"}"_s, false};
    }
    call.failureClass = failureClass;
    call.reason = reason.isEmpty() ? u"HTTP %1"_s.arg(status) : reason;
    call.timing.totalMs = 120.5;
    call.timing.connectMs = 3.25;
    call.vendorRequestId = status > 0 ? u"vendor-"_s + url.section(u'/', -1) : QString();
    return call;
}

CheckUpdate attempt(const QString &integration, const QString &check, qint64 atMs, std::optional<CallRecord> evidence)
{
    CheckUpdate u;
    u.sample.integrationId = integration;
    u.sample.checkId = check;
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    const bool up = evidence && evidence->succeeded;
    u.sample.verdict = up || !evidence ? HealthStatus::Up : HealthStatus::Down;
    if (evidence) {
        u.sample.httpStatus = evidence->response ? evidence->response->status : 0;
        u.sample.failureClass = evidence->failureClass;
        u.sample.reason = up ? QString() : evidence->reason;
        u.sample.latencyMs = evidence->timing.totalMs;
    }
    u.sample.evidence = std::move(evidence);
    u.state = u.sample.verdict;
    return u;
}

CallRecord success(const QString &url)
{
    CallRecord call = checkCall(url, 200, FailureClass::None, u"ok"_s);
    call.succeeded = true;
    return call;
}

GatewayEvent gatewayCall(const QString &id, qint64 timeMs, const QString &integration, const QString &service,
                         const QString &route, const QString &url, std::optional<int> status, const QString &error = {})
{
    GatewayEvent event;
    event.id = id;
    event.cursor = u"c_"_s + id;
    event.timeMs = timeMs;
    FailedCall call;
    call.integration = integration;
    call.service = service;
    call.route = route;
    call.request = {u"POST"_s, url, {{u"Idempotency-Key"_s, u"k-"_s + id}}};
    if (status)
        call.response = CallResponse{*status, {{u"Content-Type"_s, u"text/html"_s}}, u"<html>bad</html>"_s, true};
    call.error = error;
    call.durationMs = 30'000.5;
    call.attempt = 2;
    call.retryDecision = u"give_up"_s;
    call.gatewayRequestId = u"gw-"_s + id;
    event.detail = call;
    return event;
}

// A connection of the test's own to look into the file.
class Inspector
{
public:
    explicit Inspector(const QString &path) : m_name(u"calls-inspector-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Inspector()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Inspector)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }
    QString plan(const SqlStatement &statement) const
    {
        QSqlQuery q(database());
        if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + statement.sql))
            return q.lastError().text();
        for (qsizetype i = 0; i < statement.values.size(); ++i)
            q.bindValue(static_cast<int>(i), statement.values.at(i));
        if (!q.exec())
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines.append(q.value(3).toString());
        return lines.join(u" | "_s);
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QStringList urlsOf(const QList<CallSummary> &rows)
{
    QStringList labels;
    for (const CallSummary &row : rows)
        labels.append(row.url.section(u'/', -1));
    return labels;
}

} // namespace

class tst_HistoryCalls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_fixture;

    QString freshPath() { return m_dir.filePath(u"calls-%1/history.sqlite"_s.arg(++m_n)); }

    static HistoryStore::Options options(const QString &path, const FastClock &clock)
    {
        HistoryStore::Options o;
        o.path = path;
        o.clock = clock.function();
        o.commitIntervalMs = 50;
        return o;
    }

    static bool openOk(HistoryStore &store)
    {
        store.open();
        return QTest::qWaitFor([&] { return store.status() != HistoryStore::Status::Opening; }, 10'000)
               && store.status() == HistoryStore::Status::Ok;
    }

    static bool flushed(HistoryStore &store)
    {
        QSignalSpy spy(&store, &HistoryStore::flushed);
        store.flush();
        return spy.wait(60'000);
    }

    static bool append(HistoryStore &store, const QList<GatewayEvent> &events, const QString &cursor)
    {
        QSignalSpy committed(&store, &HistoryStore::eventsCommitted);
        store.appendEvents(u"gateway"_s, events, cursor);
        return committed.wait(10'000);
    }

    static EventQuery allFailedCalls()
    {
        EventQuery query;
        query.fromMs = 0;
        query.toMs = 4'000'000'000'000;
        query.limit = 1000;
        return query;
    }

    // Eleven calls, each named by the last part of its URL (c1 … c11), one a minute apart:
    //
    //  name t   origin   integration route or check          status class          other
    //  c1   1   check    stripe      charges                 503    http-status    vendor id req_AAA
    //  c2   2   check    stripe      charges                 —      timeout
    //  c3   3   check    stripe      balance                 429    rate-limited
    //  c4   4   check    shopify     orders                  500    http-status    URL …/orders/c4
    //  c5   5   gateway  shopify     shopify-admin/orders    502    http-status    URL …/orders/c5, gw-e5
    //  c6   6   gateway  stripe      stripe-api/charges      —      timeout        error "timeout"
    //  c7   7   gateway  slack       slack-api               429    rate-limited
    //  c8   8   check    shopify     orders                  200    (none)         a kept success
    //  c9   9   check    stripe      charges                 404    http-status    reason "quota 100% used_up"
    //  c10  10  check    stripe      charges                 401    http-status    reason "quota 1000 usedXup"
    //  c11  10  check    slack       post                    503    http-status    same time as c10, later id
    const QString &fixture()
    {
        if (!m_fixture.isEmpty())
            return m_fixture;
        m_fixture = freshPath();
        FastClock clock(t0 + day);
        HistoryStore store(options(m_fixture, clock));
        if (!openOk(store))
            return m_fixture;
        CallRecord c1 = checkCall(u"https://api.stripe.example/v1/charges/c1"_s, 503, FailureClass::HttpStatus);
        c1.vendorRequestId = u"req_AAA"_s;
        store.record({
            attempt(u"stripe"_s, u"charges"_s, t0 + minute, c1),
            attempt(u"stripe"_s, u"charges"_s, t0 + 2 * minute,
                    checkCall(u"https://api.stripe.example/v1/charges/c2"_s, 0, FailureClass::Timeout,
                              u"timed out after 10 s"_s)),
            attempt(u"stripe"_s, u"balance"_s, t0 + 3 * minute,
                    checkCall(u"https://api.stripe.example/v1/balance/c3"_s, 429, FailureClass::RateLimited)),
            attempt(u"shopify"_s, u"orders"_s, t0 + 4 * minute,
                    checkCall(u"https://shop.example/admin/orders/c4"_s, 500, FailureClass::HttpStatus)),
            attempt(u"shopify"_s, u"orders"_s, t0 + 8 * minute, success(u"https://shop.example/admin/orders/c8"_s)),
            attempt(u"stripe"_s, u"charges"_s, t0 + 9 * minute,
                    checkCall(u"https://api.stripe.example/v1/charges/c9"_s, 404, FailureClass::HttpStatus,
                              u"quota 100% used_up"_s)),
            attempt(u"stripe"_s, u"charges"_s, t0 + 10 * minute,
                    checkCall(u"https://api.stripe.example/v1/charges/c10"_s, 401, FailureClass::HttpStatus,
                              u"quota 1000 usedXup"_s)),
            attempt(u"slack"_s, u"post"_s, t0 + 10 * minute,
                    checkCall(u"https://slack.example/api/chat.postMessage/c11"_s, 503, FailureClass::HttpStatus)),
        });
        if (!flushed(store))
            return m_fixture;
        append(store,
               {
                   gatewayCall(u"e5"_s, t0 + 5 * minute, u"shopify"_s, u"shopify-admin"_s, u"orders"_s,
                               u"https://shop.example/admin/orders/c5"_s, 502),
                   gatewayCall(u"e6"_s, t0 + 6 * minute, u"stripe"_s, u"stripe-api"_s, u"charges"_s,
                               u"https://api.stripe.example/v1/charges/c6"_s, std::nullopt, u"timeout"_s),
                   gatewayCall(u"e7"_s, t0 + 7 * minute, u"slack"_s, u"slack-api"_s, QString(),
                               u"https://slack.example/api/c7"_s, 429),
               },
               u"c_e7"_s);
        return m_fixture;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void storesTheEvidenceOfFailedAttempts()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        CallRecord failed = checkCall(u"https://api.example/v1/orders/1"_s, 503, FailureClass::HttpStatus);
        failed.integration = u"not-this"_s; // the sample says whose call it is
        failed.timeMs = t0 + 1000 - 25;     // the attempt's own start is kept
        failed.failedConditions = {{u"[STATUS] == 200"_s, u"503"_s}};
        failed.requestBody = "{\"q\":1}";
        CallRecord timedOut = checkCall(u"https://api.example/v1/orders/2"_s, 0, FailureClass::Timeout, u"t"_s);
        store.record({
            attempt(u"vendor"_s, u"orders"_s, t0 + 1000, failed),
            attempt(u"vendor"_s, u"orders"_s, t0 + 2000, std::nullopt), // up, nothing kept
            attempt(u"vendor"_s, u"health"_s, t0 + 3000, timedOut),
        });
        QVERIFY(flushed(store));

        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 3);
        QCOMPARE(db.count(u"SELECT count(*) FROM calls"_s), 2);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT t_ms, origin, integration, check_or_route, service, route, attempt, method, url,"
                       " status, failure_class, reason, total_ms, vendor_id, gateway_id, succeeded, event_id"
                       " FROM calls ORDER BY t_ms"_s));
        QVERIFY(q.next());
        const QVariantList first{t0 + 975,
                                 0,
                                 u"vendor"_s,
                                 u"orders"_s,
                                 QVariant(),
                                 QVariant(),
                                 1,
                                 u"GET"_s,
                                 u"https://api.example/v1/orders/1"_s,
                                 503,
                                 5,
                                 u"HTTP 503"_s,
                                 120.5,
                                 u"vendor-1"_s,
                                 QVariant(),
                                 0,
                                 QVariant()};
        for (int i = 0; i < first.size(); ++i) {
            if (first.at(i).isValid())
                QCOMPARE(q.value(i).toString(), first.at(i).toString());
            else
                QVERIFY2(q.value(i).isNull(), qPrintable(QString::number(i)));
        }
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), t0 + 3000); // no time of its own: the sample's
        QCOMPARE(q.value(9).toInt(), 0);              // no response
        QCOMPARE(q.value(10).toInt(), 4);             // timeout

        HistoryReader reader(path, Retention());
        const QList<CallSummary> rows = reader.callRowsNow({}, 0, 10);
        QCOMPARE(rows.size(), 2);
        CallRecord expected = failed;
        expected.id = rows.at(1).id;
        expected.integration = u"vendor"_s;
        expected.check = u"orders"_s;
        QCOMPARE(reader.callNow(rows.at(1).id), std::optional(expected));
        QCOMPARE(reader.callNow(rows.at(0).id)->timeMs, t0 + 3000);
        QCOMPARE(reader.callNow(12345), std::nullopt);
        QFuture<std::optional<CallRecord>> future = reader.call(rows.at(1).id);
        future.waitForFinished();
        QCOMPARE(future.result(), std::optional(expected));
    }

    void cutsBodiesToTheLimit()
    {
        CallRecord call = checkCall(u"https://api.example/x"_s, 500, FailureClass::HttpStatus);
        call.requestBody = QByteArray(70'000, 'r');
        // 30,000 three-byte characters: 90,000 bytes of UTF-8, cut between characters.
        call.response->bodyExcerpt = QString(30'000, QChar(0x20AC));
        const Result<CallRecord> back = callFromData(callToData(call));
        QVERIFY(back);
        QCOMPARE(back->requestBody, QByteArray(65'536, 'r'));
        QCOMPARE(back->response->bodyExcerpt, QString(21'845, QChar(0x20AC))); // 65,535 bytes
        QVERIFY(back->response->bodyTruncated);
        // Within the limit nothing changes.
        call.requestBody = "{}";
        call.response->bodyExcerpt = u"short"_s;
        QCOMPARE(callFromData(callToData(call)).value(), call);
    }

    void keepsTheNewestSuccessesPerCheck_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("successes");
        QTest::addColumn<QList<int>>("kept"); // minutes of the successes kept, per check, newest first

        QTest::newRow("default: 3 of 5") << 3 << 5 << QList<int>{5, 4, 3};
        QTest::newRow("fewer than kept") << 3 << 2 << QList<int>{2, 1};
        QTest::newRow("1 of 4") << 1 << 4 << QList<int>{4};
        QTest::newRow("none kept") << 0 << 3 << QList<int>{};
    }

    void keepsTheNewestSuccessesPerCheck()
    {
        QFETCH(int, keep);
        QFETCH(int, successes);
        QFETCH(QList<int>, kept);
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore::Options o = options(path, clock);
        o.keptSuccessesPerCheck = keep;
        HistoryStore store(o);
        QVERIFY(openOk(store));
        // Two checks, a success each minute (one batch, one commit each) and a failure between.
        for (int m = 1; m <= successes; ++m) {
            store.record({attempt(u"v"_s, u"a"_s, t0 + m * minute, success(u"https://v.example/a%1"_s.arg(m))),
                          attempt(u"v"_s, u"b"_s, t0 + m * minute, success(u"https://v.example/b%1"_s.arg(m))),
                          attempt(u"v"_s, u"a"_s, t0 + m * minute + 30'000,
                                  checkCall(u"https://v.example/fail%1"_s.arg(m), 500, FailureClass::HttpStatus))});
            QVERIFY(flushed(store));
        }
        HistoryReader reader(path, Retention());
        for (const QString &check : {u"a"_s, u"b"_s}) {
            CallFilter filter;
            filter.checkOrRoute = check;
            filter.includeSucceeded = true;
            QStringList expected;
            for (const int m : kept)
                expected.append(u"%1%2"_s.arg(check).arg(m));
            QStringList got;
            for (const CallSummary &row : reader.callRowsNow(filter, 0, 100)) {
                if (row.status == 200)
                    got.append(row.url.section(u'/', -1));
            }
            QCOMPARE(got, expected);
        }
        // Failures are all kept.
        CallFilter failures;
        failures.checkOrRoute = u"a"_s;
        QCOMPARE(reader.countCallsNow(failures), qint64(successes));
        // A success pruned takes its record along.
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM call_data"_s), successes + 2 * kept.size());
        QCOMPARE(db.count(u"SELECT count(*) FROM call_data WHERE id NOT IN (SELECT id FROM calls)"_s), 0);
        // The newest success before a time, for comparison.
        const std::optional<CallRecord> last = reader.lastSuccessNow(u"v"_s, u"a"_s, t0 + successes * minute + 1);
        if (kept.isEmpty()) {
            QCOMPARE(last, std::nullopt);
        } else {
            QVERIFY(last);
            QCOMPARE(last->request.url, u"https://v.example/a%1"_s.arg(successes));
            QVERIFY(last->succeeded);
        }
    }

    void answersTheLastSuccess_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<qint64>("before");
        QTest::addColumn<QString>("expected"); // the URL's last part, empty: none

        QTest::newRow("after the newest") << u"a"_s << t0 + 60 * minute << u"s9"_s;
        QTest::newRow("just after the middle one") << u"a"_s << t0 + 5 * minute + 1 << u"s5"_s;
        QTest::newRow("at the middle one: before it") << u"a"_s << t0 + 5 * minute << u"s1"_s;
        QTest::newRow("before the first") << u"a"_s << t0 + minute << QString();
        QTest::newRow("another check") << u"b"_s << t0 + 60 * minute << QString();
        QTest::newRow("a failure is no success") << u"c"_s << t0 + 60 * minute << QString();
    }

    void answersTheLastSuccess()
    {
        QFETCH(QString, check);
        QFETCH(qint64, before);
        QFETCH(QString, expected);
        static QString path;
        if (path.isEmpty()) {
            path = freshPath();
            FastClock clock(t0 + day);
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
            store.record({
                attempt(u"v"_s, u"a"_s, t0 + minute, success(u"https://v.example/s1"_s)),
                attempt(u"v"_s, u"a"_s, t0 + 5 * minute, success(u"https://v.example/s5"_s)),
                attempt(u"v"_s, u"a"_s, t0 + 9 * minute, success(u"https://v.example/s9"_s)),
                attempt(u"v"_s, u"c"_s, t0 + 9 * minute,
                        checkCall(u"https://v.example/f9"_s, 500, FailureClass::HttpStatus)),
                attempt(u"w"_s, u"b"_s, t0 + 9 * minute, success(u"https://w.example/s9"_s)),
            });
            QVERIFY(flushed(store));
        }
        HistoryReader reader(path, Retention());
        QFuture<std::optional<CallRecord>> future = reader.lastSuccess(u"v"_s, check, before);
        future.waitForFinished();
        const std::optional<CallRecord> got = future.result();
        QCOMPARE(got ? got->request.url.section(u'/', -1) : QString(), expected);
        if (got)
            QCOMPARE(got->check, check);
    }

    void upsertsGatewayCallsByEventId()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        const GatewayEvent first =
            gatewayCall(u"call_1"_s, t0, u"stripe"_s, u"stripe-api"_s, u"charges"_s, u"https://s.example/1"_s, 502);
        GatewayEvent later = first;
        later.timeMs = t0 + 1000;
        later.cursor = u"c_9"_s;
        std::get<FailedCall>(later.detail).response->status = 503;
        QVERIFY(append(store, {first}, u"c_1"_s));
        QVERIFY(append(store, {later}, u"c_9"_s));
        HistoryReader reader(path, Retention());
        QCOMPARE(reader.countCallsNow({}), qint64(1));
        const qint64 id = reader.callRowsNow({}, 0, 10).constFirst().id;
        QCOMPARE(reader.callRowsNow({}, 0, 10).constFirst().status, 503);
        // The earlier version again (a feed read again after a gap) does not undo the later one.
        QVERIFY(append(store, {first}, u"c_1"_s));
        const QList<CallSummary> rows = reader.callRowsNow({}, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().id, id);
        QCOMPARE(rows.constFirst().status, 503);
        QCOMPARE(reader.eventsNow(allFailedCalls()), QList<GatewayEvent>{later});
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM events"_s), 0);
        QCOMPARE(db.value(u"SELECT event_id FROM calls"_s).toString(), u"call_1"_s);
        QCOMPARE(db.count(u"SELECT count(*) FROM call_data"_s), 1);
        QCOMPARE(db.value(u"SELECT cursor FROM feed_cursors"_s).toString(), u"c_1"_s);
    }

    void givesGatewayEventsBackAsTheyCame_data()
    {
        QTest::addColumn<GatewayEvent>("event");
        GatewayEvent plain = gatewayCall(u"e1"_s, t0, u"shopify"_s, u"shopify-admin"_s, u"orders"_s,
                                         u"https://shop.example/admin/orders.json"_s, 500);
        QTest::newRow("a response") << plain;
        GatewayEvent noResponse = gatewayCall(u"e2"_s, t0, QString(), u"svc"_s, QString(), u"https://x.example/"_s,
                                              std::nullopt, u"connection_refused"_s);
        std::get<FailedCall>(noResponse.detail).retryAfterMs = 1500;
        std::get<FailedCall>(noResponse.detail).retryDecision = QString();
        QTest::newRow("no response, no integration, no route") << noResponse;
        // The record finds the vendor's id among the headers; the event had none of its own.
        GatewayEvent fromHeaders = plain;
        std::get<FailedCall>(fromHeaders.detail).response->headers.append({u"X-Request-Id"_s, u"abc"_s});
        QTest::newRow("vendor id only in the headers") << fromHeaders;
        GatewayEvent given = fromHeaders;
        std::get<FailedCall>(given.detail).vendorRequestId = u"abc"_s;
        QTest::newRow("vendor id given and in the headers") << given;
    }

    void givesGatewayEventsBackAsTheyCame()
    {
        QFETCH(GatewayEvent, event);
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        QVERIFY(append(store, {event}, event.cursor));
        HistoryReader reader(path, Retention());
        QCOMPARE(reader.eventsNow(allFailedCalls()), QList<GatewayEvent>{event});
        const CallRecord record = callRecordFromGateway(event, *event.failedCall());
        const QList<CallSummary> rows = reader.callRowsNow({}, 0, 10);
        QCOMPARE(rows.size(), 1);
        CallRecord expected = record;
        expected.id = rows.constFirst().id;
        QCOMPARE(reader.callNow(expected.id), std::optional(expected));
    }

    void migratesVersion2Files()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        const GatewayEvent call1 = gatewayCall(u"call_1"_s, t0, u"stripe"_s, u"stripe-api"_s, u"charges"_s,
                                               u"https://api.stripe.example/v1/charges"_s, 429);
        const GatewayEvent call2 = gatewayCall(u"call_2"_s, t0 + minute, QString(), u"shopify-admin"_s, QString(),
                                               u"https://shop.example/admin/orders.json"_s, std::nullopt, u"timeout"_s);
        GatewayEvent delivery;
        delivery.id = u"whd_1"_s;
        delivery.cursor = u"c_3"_s;
        delivery.timeMs = t0 + 2 * minute;
        WebhookDelivery d;
        d.source = u"github"_s;
        d.topic = u"push"_s;
        d.receivedAtMs = t0 + 2 * minute;
        d.body = "{}";
        d.verdict = u"accepted"_s;
        delivery.detail = d;
        {
            // A file as schema 2 left it: two failed calls, a delivery and an unreadable call.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(historyschema::migrate(db, u"0.2.0"_s, 2), std::nullopt);
            QSqlQuery q(db);
            QVERIFY(q.prepare(
                u"INSERT INTO events(id, feed, cursor, type, time_ms, data) VALUES(?, 'gateway', ?, ?, ?, ?)"_s));
            for (const GatewayEvent &e : {call1, call2, delivery}) {
                q.bindValue(0, e.id);
                q.bindValue(1, e.cursor);
                q.bindValue(2, wireName(e.type()));
                q.bindValue(3, e.timeMs);
                q.bindValue(4, QString::fromUtf8(QJsonDocument(eventToJson(e)).toJson(QJsonDocument::Compact)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(u"INSERT INTO events(id, feed, cursor, type, time_ms, data)"
                           " VALUES('bad', 'gateway', 'c_0', 'call.failed', 1, '{\"id\":')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);

        FastClock clock(t0 + day);
        {
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
        }
        Inspector db(path);
        QCOMPARE(db.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::schemaVersion);
        QCOMPARE(db.count(u"SELECT count(*) FROM events"_s), 1);
        QCOMPARE(db.value(u"SELECT id FROM events"_s).toString(), u"whd_1"_s);
        QCOMPARE(db.count(u"SELECT count(*) FROM calls"_s), 2);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT t_ms, origin, integration, check_or_route, status, failure_class, event_id, succeeded"
                       " FROM calls ORDER BY t_ms"_s));
        // call_1: HTTP 429 is rate-limited (7); call_2: no response, "timeout" (4), no integration.
        const QList<QVariantList> expected{
            {t0, 1, u"stripe"_s, u"stripe-api/charges"_s, 429, 7, u"call_1"_s, 0},
            {t0 + minute, 1, QString(), u"shopify-admin"_s, 0, 4, u"call_2"_s, 0},
        };
        for (const QVariantList &row : expected) {
            QVERIFY(q.next());
            for (int i = 0; i < row.size(); ++i)
                QCOMPARE(q.value(i).toString(), row.at(i).toString());
        }
        QCOMPARE(db.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

        HistoryReader reader(path, Retention());
        QCOMPARE(reader.eventsNow(allFailedCalls()), (QList<GatewayEvent>{call2, call1}));
        EventQuery deliveries = allFailedCalls();
        deliveries.type = GatewayEventType::WebhookDelivery;
        QCOMPARE(reader.eventsNow(deliveries), QList<GatewayEvent>{delivery});
    }

    void lists_data()
    {
        QTest::addColumn<CallFilter>("filter");
        QTest::addColumn<QStringList>("expected");

        const QStringList all{u"c11"_s, u"c10"_s, u"c9"_s, u"c7"_s, u"c6"_s,
                              u"c5"_s,  u"c4"_s,  u"c3"_s, u"c2"_s, u"c1"_s};
        CallFilter f;
        QTest::newRow("everything, newest first") << f << all;
        f.newestFirst = false;
        QTest::newRow("oldest first") << f << QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s,  u"c5"_s,
                                                          u"c6"_s, u"c7"_s, u"c9"_s, u"c10"_s, u"c11"_s};
        f = {};
        f.includeSucceeded = true;
        QTest::newRow("with the kept successes")
            << f << QStringList{u"c11"_s, u"c10"_s, u"c9"_s, u"c8"_s, u"c7"_s, u"c6"_s,
                                u"c5"_s,  u"c4"_s,  u"c3"_s, u"c2"_s, u"c1"_s};
        f = {};
        f.integrations = {u"stripe"_s};
        QTest::newRow("one integration") << f << QStringList{u"c10"_s, u"c9"_s, u"c6"_s, u"c3"_s, u"c2"_s, u"c1"_s};
        f.integrations = {u"stripe"_s, u"slack"_s};
        QTest::newRow("two integrations")
            << f << QStringList{u"c11"_s, u"c10"_s, u"c9"_s, u"c7"_s, u"c6"_s, u"c3"_s, u"c2"_s, u"c1"_s};
        f.newestFirst = false;
        QTest::newRow("two integrations, oldest first")
            << f << QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c6"_s, u"c7"_s, u"c9"_s, u"c10"_s, u"c11"_s};
        f = {};
        f.checkOrRoute = u"charges"_s;
        QTest::newRow("a check") << f << QStringList{u"c10"_s, u"c9"_s, u"c2"_s, u"c1"_s};
        f.checkOrRoute = u"shopify-admin/orders"_s;
        QTest::newRow("a gateway route") << f << QStringList{u"c5"_s};
        f.checkOrRoute = u"slack-api"_s;
        QTest::newRow("a gateway service without routes") << f << QStringList{u"c7"_s};
        f.origin = CallOrigin::Gateway;
        QTest::newRow("a gateway service alone") << f << QStringList{u"c7"_s};
        f.checkOrRoute = u"shopify-admin"_s;
        QTest::newRow("a gateway service and its routes") << f << QStringList{u"c5"_s};
        f.checkOrRoute = u"shopify"_s;
        QTest::newRow("a prefix of a service is not the service") << f << QStringList();
        f.origin = std::nullopt;
        f.checkOrRoute = u"shopify-admin"_s;
        QTest::newRow("a service is a route only for the gateway") << f << QStringList();
        f = {};
        f.origin = CallOrigin::Gateway;
        QTest::newRow("from the gateway") << f << QStringList{u"c7"_s, u"c6"_s, u"c5"_s};
        f.origin = CallOrigin::Check;
        QTest::newRow("from checks") << f
                                     << QStringList{u"c11"_s, u"c10"_s, u"c9"_s, u"c4"_s, u"c3"_s, u"c2"_s, u"c1"_s};
        f = {};
        f.failureClass = FailureClass::Timeout;
        QTest::newRow("timeouts") << f << QStringList{u"c6"_s, u"c2"_s};
        f.failureClass = FailureClass::RateLimited;
        QTest::newRow("rate-limited") << f << QStringList{u"c7"_s, u"c3"_s};
        f = {};
        f.statusFrom = 500;
        f.statusTo = 599;
        QTest::newRow("5xx") << f << QStringList{u"c11"_s, u"c5"_s, u"c4"_s, u"c1"_s};
        f.statusFrom = 400;
        f.statusTo = 499;
        QTest::newRow("4xx") << f << QStringList{u"c10"_s, u"c9"_s, u"c7"_s, u"c3"_s};
        f.statusFrom = 429;
        f.statusTo = 429;
        QTest::newRow("429 alone") << f << QStringList{u"c7"_s, u"c3"_s};
        f.statusFrom = 0;
        f.statusTo = 99;
        QTest::newRow("no response") << f << QStringList{u"c6"_s, u"c2"_s};
        f.statusFrom = 0;
        f.statusTo = 0;
        QTest::newRow("0/0 is any status") << f << all;
        f.statusFrom = 500;
        f.statusTo = 400;
        QTest::newRow("an empty range") << f << QStringList();
        f = {};
        f.fromMs = t0 + 3 * minute;
        f.toMs = t0 + 7 * minute;
        QTest::newRow("time window, end excluded") << f << QStringList{u"c6"_s, u"c5"_s, u"c4"_s, u"c3"_s};
        f.fromMs = t0 + 9 * minute;
        f.toMs = 0;
        QTest::newRow("open-ended window") << f << QStringList{u"c11"_s, u"c10"_s, u"c9"_s};
        f = {};
        f.text = u"ORDERS"_s;
        QTest::newRow("text in the URL, any case") << f << QStringList{u"c5"_s, u"c4"_s};
        f.text = u"REQ_aaa"_s;
        QTest::newRow("text in the vendor id") << f << QStringList{u"c1"_s};
        f.text = u"gw-E5"_s;
        QTest::newRow("text in the gateway's id") << f << QStringList{u"c5"_s};
        f.text = u"timed out"_s;
        QTest::newRow("text in the reason") << f << QStringList{u"c2"_s};
        f.text = u"100%"_s;
        QTest::newRow("% is a percent sign") << f << QStringList{u"c9"_s};
        f.text = u"used_up"_s;
        QTest::newRow("_ is an underscore") << f << QStringList{u"c9"_s};
        f.text = u"\\"_s;
        QTest::newRow("\\ is a backslash") << f << QStringList();
        f = {};
        f.integrations = {u"stripe"_s};
        f.failureClass = FailureClass::HttpStatus;
        f.statusFrom = 400;
        f.statusTo = 499;
        QTest::newRow("integration, class and status") << f << QStringList{u"c10"_s, u"c9"_s};
        f = {};
        f.integrations = {u"github"_s};
        QTest::newRow("nothing matches") << f << QStringList();
    }

    void lists()
    {
        QFETCH(CallFilter, filter);
        QFETCH(QStringList, expected);
        HistoryReader reader(fixture(), Retention());
        QCOMPARE(urlsOf(reader.callRowsNow(filter, 0, 100)), expected);
        QCOMPARE(reader.countCallsNow(filter), qint64(expected.size()));
        // Pages of three, at every offset.
        for (int offset = 0; offset <= expected.size(); ++offset)
            QCOMPARE(urlsOf(reader.callRowsNow(filter, offset, 3)), expected.mid(offset, 3));
        QFuture<qint64> count = reader.countCalls(filter);
        QFuture<QList<CallSummary>> rows = reader.callRows(filter, 1, 2);
        count.waitForFinished();
        rows.waitForFinished();
        QCOMPARE(count.result(), qint64(expected.size()));
        QCOMPARE(urlsOf(rows.result()), expected.mid(1, 2));
    }

    void summarisesEachRow()
    {
        HistoryReader reader(fixture(), Retention());
        CallFilter filter;
        filter.newestFirst = false;
        const QList<CallSummary> rows = reader.callRowsNow(filter, 0, 6);
        QCOMPARE(rows.size(), 6);
        CallSummary c1;
        c1.id = rows.at(0).id;
        c1.timeMs = t0 + minute;
        c1.origin = CallOrigin::Check;
        c1.integration = u"stripe"_s;
        c1.checkOrRoute = u"charges"_s;
        c1.method = u"GET"_s;
        c1.url = u"https://api.stripe.example/v1/charges/c1"_s;
        c1.status = 503;
        c1.failureClass = FailureClass::HttpStatus;
        c1.reason = u"HTTP 503"_s;
        c1.totalMs = 120.5;
        c1.vendorRequestId = u"req_AAA"_s;
        QCOMPARE(rows.at(0), c1);
        const CallSummary &c5 = rows.at(4);
        QCOMPARE(c5.origin, CallOrigin::Gateway);
        QCOMPARE(c5.checkOrRoute, u"shopify-admin/orders"_s);
        QCOMPARE(c5.attempt, 2);
        QCOMPARE(c5.method, u"POST"_s);
        QCOMPARE(c5.status, 502);
        QCOMPARE(c5.totalMs, 30'000.5);
        QCOMPARE(c5.vendorRequestId, QString());
        const CallSummary &c6 = rows.at(5);
        QCOMPARE(c6.status, 0);
        QCOMPARE(c6.failureClass, FailureClass::Timeout);
        QCOMPARE(c6.reason, u"No response arrived (timeout)"_s);
    }

    void answersFailedCallEventsFromCalls_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all, newest first")
            << QString() << QString() << QString() << QStringList{u"e7"_s, u"e6"_s, u"e5"_s};
        QTest::newRow("integration") << u"stripe"_s << QString() << QString() << QStringList{u"e6"_s};
        QTest::newRow("service") << QString() << u"slack-api"_s << QString() << QStringList{u"e7"_s};
        QTest::newRow("service and route") << QString() << u"shopify-admin"_s << u"orders"_s << QStringList{u"e5"_s};
        QTest::newRow("a check is not a route") << QString() << u"stripe"_s << u"charges"_s << QStringList();
    }

    void answersFailedCallEventsFromCalls()
    {
        QFETCH(QString, integration);
        QFETCH(QString, service);
        QFETCH(QString, route);
        QFETCH(QStringList, expected);
        HistoryReader reader(fixture(), Retention());
        EventQuery query = allFailedCalls();
        query.integration = integration;
        query.service = service;
        query.route = route;
        QStringList got;
        for (const GatewayEvent &event : reader.eventsNow(query))
            got.append(event.id);
        QCOMPARE(got, expected);
    }

    void retentionDeletesOldCalls()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore::Options o = options(path, clock);
        o.retention.events = std::chrono::days(2);
        HistoryStore store(o);
        QVERIFY(openOk(store));
        // A check's failed call, a kept success and a gateway call a day apart for five days.
        QList<GatewayEvent> events;
        for (int i = 0; i < 5; ++i) {
            store.record({attempt(u"v"_s, u"a"_s, t0 + i * day,
                                  checkCall(u"https://v.example/a%1"_s.arg(i), 500, FailureClass::HttpStatus)),
                          attempt(u"v"_s, u"b"_s, t0 + i * day, success(u"https://v.example/b%1"_s.arg(i)))});
            events.append(gatewayCall(u"g%1"_s.arg(i), t0 + i * day + 1000, u"v"_s, u"svc"_s, u"r"_s,
                                      u"https://v.example/g%1"_s.arg(i), 502));
        }
        QVERIFY(append(store, events, u"c_g4"_s));
        // Four and a half days on, two days back reaches to t0 + 2.5 days: days 3 and 4 stay.
        clock.set(t0 + 4 * day + 12 * 3'600'000);
        QVERIFY(flushed(store));
        HistoryReader reader(path, Retention());
        CallFilter filter;
        filter.includeSucceeded = true;
        filter.newestFirst = false;
        QCOMPARE(urlsOf(reader.callRowsNow(filter, 0, 100)),
                 (QStringList{u"a3"_s, u"b3"_s, u"g3"_s, u"a4"_s, u"b4"_s, u"g4"_s}));
        QCOMPARE(reader.countCallsNow(filter), qint64(6));
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM call_data"_s), 6);
    }

    void keepsCallsWhileWritingFails()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        store.setMaxFileBytes(1); // not a page more than the file has now
        QList<CheckUpdate> all;
        for (int i = 0; i < 600; ++i) {
            CallRecord call = checkCall(u"https://v.example/%1"_s.arg(i), 503, FailureClass::HttpStatus);
            call.response->bodyExcerpt = u"unavailable "_s.repeated(40);
            all.append(attempt(u"v"_s, u"a"_s, t0 + i * 1000LL, call));
        }
        store.record(all.mid(0, 300));
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::WriteFailing, 10'000);
        store.record(all.mid(300));
        store.record(all.mid(100, 50)); // recorded twice: stored once
        store.setMaxFileBytes(0);
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::Ok, 10'000);
        QVERIFY(flushed(store));
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 600);
        QCOMPARE(db.count(u"SELECT count(*) FROM calls"_s), 600);
        QCOMPARE(db.count(u"SELECT count(DISTINCT t_ms) FROM calls"_s), 600);
        QCOMPARE(db.count(u"SELECT count(*) FROM call_data"_s), 600);
    }

    void jumpsFromEitherEnd_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("limit");
        for (const bool newest : {true, false}) {
            const char *order = newest ? "newest first" : "oldest first";
            // 20,500 calls; every other one of integration a. Unfiltered, pages past 10,000 rows and
            // past the middle are read from the other end.
            for (const qint64 offset : {0LL, 9'999LL, 10'000LL, 10'249LL, 10'250LL, 15'000LL, 20'400LL, 20'450LL,
                                        20'499LL, 20'500LL, 30'000LL}) {
                QTest::addRow("%s, all, at %lld", order, offset) << newest << QString() << offset << 100;
            }
            for (const qint64 offset : {5'000LL, 10'000LL, 10'200LL, 10'249LL, 10'250LL}) {
                QTest::addRow("%s, integration a, at %lld", order, offset) << newest << u"a"_s << offset << 100;
            }
        }
    }

    void jumpsFromEitherEnd()
    {
        QFETCH(bool, newestFirst);
        QFETCH(QString, integration);
        QFETCH(qint64, offset);
        QFETCH(int, limit);
        constexpr int total = 20'500;
        static QString path;
        if (path.isEmpty()) {
            path = freshPath();
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"many"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(historyschema::migrate(db, u"test"_s), std::nullopt);
            QCOMPARE(historyschema::exec(db, u"BEGIN"_s), std::nullopt);
            {
                CallWriter writer(db);
                for (int i = 0; i < total; ++i) {
                    CallRecord call;
                    call.timeMs = t0 + i * 1000LL;
                    call.integration = i % 2 == 0 ? u"a"_s : u"b"_s;
                    call.check = u"c"_s;
                    call.request = {u"GET"_s, u"https://x.example/%1"_s.arg(i), {}};
                    QCOMPARE(writer.write(call), std::nullopt);
                }
            }
            QCOMPARE(historyschema::exec(db, u"COMMIT"_s), std::nullopt);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"many"_s);
        }
        // What the page must show, from the numbers alone: call i is at t0 + i s.
        QStringList matching;
        for (int i = 0; i < total; ++i) {
            if (integration.isEmpty() || (i % 2 == 0) == (integration == u"a"))
                matching.append(QString::number(i));
        }
        if (newestFirst)
            std::reverse(matching.begin(), matching.end());
        HistoryReader reader(path, Retention());
        CallFilter filter;
        filter.newestFirst = newestFirst;
        if (!integration.isEmpty())
            filter.integrations = {integration};
        QCOMPARE(urlsOf(reader.callRowsNow(filter, offset, limit)), matching.mid(offset, limit));
    }

    void queriesUseIndexes_data()
    {
        QTest::addColumn<CallFilter>("filter");
        QTest::addColumn<QString>("pageIndex");  // the index a page is read through
        QTest::addColumn<QString>("countIndex"); // the index the count is read from

        CallFilter f;
        QTest::newRow("everything") << f << u"calls_time"_s << u"calls_kept"_s;
        f.includeSucceeded = true;
        QTest::newRow("with kept successes") << f << u"calls_time"_s << QString();
        f = {};
        f.newestFirst = false;
        QTest::newRow("oldest first") << f << u"calls_time"_s << u"calls_kept"_s;
        f = {};
        f.integrations = {u"stripe"_s};
        QTest::newRow("one integration") << f << u"calls_integration"_s << u"calls_integration"_s;
        f.integrations = {u"stripe"_s, u"slack"_s, u"shopify"_s};
        QTest::newRow("three integrations") << f << u"calls_time"_s << u"calls_integration"_s;
        f = {};
        f.failureClass = FailureClass::Timeout;
        QTest::newRow("failure class") << f << u"calls_class"_s << u"calls_class"_s;
        f = {};
        f.statusFrom = 500;
        f.statusTo = 599;
        QTest::newRow("status range") << f << u"calls_time"_s << u"calls_status"_s;
        f.statusFrom = 503;
        f.statusTo = 503;
        QTest::newRow("one status") << f << u"calls_status"_s << u"calls_status"_s;
        f = {};
        f.checkOrRoute = u"charges"_s;
        QTest::newRow("check or route") << f << u"calls_check"_s << u"calls_check"_s;
        f.origin = CallOrigin::Gateway;
        f.checkOrRoute = u"shopify-admin"_s;
        QTest::newRow("a gateway service and its routes") << f << u"calls_time"_s << u"calls_check"_s;
        f = {};
        f.origin = CallOrigin::Gateway;
        // Counted through the narrowest index that holds `origin`.
        QTest::newRow("origin") << f << u"calls_time"_s << u"calls_check"_s;
        f = {};
        f.fromMs = t0;
        f.toMs = t0 + day;
        QTest::newRow("time window") << f << u"calls_time"_s << u"calls_time"_s;
        f.integrations = {u"stripe"_s};
        QTest::newRow("integration in a time window") << f << u"calls_integration"_s << u"calls_integration"_s;
    }

    void queriesUseIndexes()
    {
        QFETCH(CallFilter, filter);
        QFETCH(QString, pageIndex);
        QFETCH(QString, countIndex);
        Inspector db(fixture());
        // A page: the ids come from the index alone, in its order, without sorting, at any offset.
        const QString page = db.plan(HistoryReader::callPageStatement(filter, 700'000, 100));
        QVERIFY2(page.contains(u"USING COVERING INDEX "_s + pageIndex), qPrintable(page));
        QVERIFY2(!page.contains(u"TEMP B-TREE"_s), qPrintable(page));
        const QString count = db.plan(HistoryReader::callCountStatement(filter));
        if (countIndex.isEmpty()) {
            // The table's own count: SQLite reads it off the smallest b-tree, no rows.
            QCOMPARE(HistoryReader::callCountStatement(filter).sql, u"SELECT count(*) FROM calls"_s);
        } else {
            QVERIFY2(count.contains(u"USING COVERING INDEX "_s + countIndex), qPrintable(count));
        }
        // Every count goes through an index, never through the table's rows.
        for (const QString &step : count.split(u" | "_s)) {
            if (step.startsWith(u"SCAN calls"_s) || step.startsWith(u"SEARCH calls"_s))
                QVERIFY2(step.contains(u"COVERING INDEX"_s), qPrintable(count));
        }
    }

    void textNeedsTheRowsOnly()
    {
        // With a text, the rows are read, but only of the calls that pass the indexed filters.
        Inspector db(fixture());
        CallFilter filter;
        filter.text = u"x"_s;
        filter.integrations = {u"stripe"_s};
        const QString page = db.plan(HistoryReader::callPageStatement(filter, 0, 100));
        QVERIFY2(page.contains(u"USING INDEX calls_integration"_s), qPrintable(page));
        QVERIFY2(!page.contains(u"TEMP B-TREE"_s), qPrintable(page));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCalls)
#include "tst_historycalls.moc"
