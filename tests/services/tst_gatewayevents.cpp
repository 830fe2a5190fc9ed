#include "eventfeedserver.h"
#include "gatewayfeed.h"
#include "historyreader.h"
#include "historystore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Answer = EventFeedServer::Answer;

namespace {

// JSON written with ' for " (moc cannot read raw string literals whose quotes do not pair up).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

constexpr qint64 t0 = 1'796'116'443'512; // 2026-12-01T09:14:03.512Z
constexpr qint64 minute = 60'000;

GatewayEvent failedCall(const QString &id, const QString &cursor, qint64 timeMs, const QString &service,
                        const QString &route, const QString &integration = {})
{
    GatewayEvent event;
    event.id = id;
    event.cursor = cursor;
    event.timeMs = timeMs;
    FailedCall call;
    call.integration = integration;
    call.service = service;
    call.route = route;
    call.request = {u"POST"_s, u"https://api.example.com/v1/charges"_s, {{u"Idempotency"_s, u"k1"_s}}};
    call.response = CallResponse{502, {{u"Content-Type"_s, u"text/html"_s}}, u"<html>bad gateway</html>"_s, true};
    call.durationMs = 30'000.5;
    call.attempt = 3;
    call.retryDecision = u"give_up"_s;
    call.gatewayRequestId = u"gw-"_s + id;
    event.detail = call;
    return event;
}

GatewayEvent delivery(const QString &id, const QString &cursor, qint64 timeMs, const QStringList &attemptStates)
{
    GatewayEvent event;
    event.id = id;
    event.cursor = cursor;
    event.timeMs = timeMs;
    WebhookDelivery d;
    d.source = u"stripe"_s;
    d.topic = u"charge.succeeded"_s;
    d.receivedAtMs = t0;
    d.headers = {{u"Stripe-Signature"_s, u"t=1,v1=abcd"_s}};
    d.body = QByteArray(json("{'id':'evt_1'}"));
    d.verdict = u"accepted"_s;
    d.responseStatus = 200;
    d.responseExcerpt = u"ok"_s;
    for (qsizetype i = 0; i < attemptStates.size(); ++i) {
        DeliveryAttempt a;
        a.id = u"atmpt_%1"_s.arg(i + 1);
        a.timestampMs = t0 + i * 5'000;
        a.status = attemptStates.at(i);
        a.responseStatusCode = attemptStates.at(i) == u"success" ? 200 : 500;
        a.triggerType = u"scheduled"_s;
        d.attempts.append(a);
    }
    if (attemptStates.constLast() != u"success")
        d.nextAttemptMs = t0 + 5 * minute;
    event.detail = d;
    return event;
}

QStringList ids(const QList<GatewayEvent> &events)
{
    QStringList result;
    for (const GatewayEvent &e : events)
        result.append(e.id);
    return result;
}

QByteArray callJson(int n)
{
    const QByteArray id = "call_" + QByteArray::number(n);
    const QByteArray cursor = "c_" + QByteArray::number(n).rightJustified(4, '0');
    return json("{'id':'") + id + json("','cursor':'") + cursor
           + json("','type':'call.failed','time':'2026-12-01T09:14:03.512Z','service':'shopify-admin',"
                  "'request':{'method':'GET','url':'https://shop.example/admin/orders.json'},"
                  "'response':null,'error':'timeout'}");
}

// Events n..m (inclusive) as a page whose next cursor is the last one's.
QByteArray pageOf(int from, int to, bool hasMore)
{
    QList<QByteArray> events;
    for (int n = from; n <= to; ++n)
        events.append(callJson(n));
    const QByteArray next = "c_" + QByteArray::number(to).rightJustified(4, '0');
    return json("{'version':1,'events':[") + events.join(',') + json("],'next_cursor':'") + next + json("','has_more':")
           + (hasMore ? "true" : "false") + json(",'gap':null}");
}

// A connection of the test's own to look into the file.
class Inspector
{
public:
    explicit Inspector(const QString &path) : m_name(u"events-inspector-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Inspector()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Inspector)

    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace

class tst_GatewayEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QNetworkAccessManager m_network;

    QString freshPath() { return m_dir.filePath(u"events-%1/history.sqlite"_s.arg(++m_n)); }

    static HistoryStore::Options storeOptions(const QString &path)
    {
        HistoryStore::Options o;
        o.path = path;
        o.clock = [] { return t0; };
        o.commitIntervalMs = 50;
        return o;
    }

    static bool openOk(HistoryStore &store)
    {
        store.open();
        return QTest::qWaitFor([&] { return store.status() != HistoryStore::Status::Opening; }, 10'000)
               && store.status() == HistoryStore::Status::Ok;
    }

    static bool append(HistoryStore &store, const QList<GatewayEvent> &events, const QString &cursor,
                       const std::optional<EventGap> &gap = std::nullopt)
    {
        QSignalSpy committed(&store, &HistoryStore::eventsCommitted);
        store.appendEvents(u"gateway"_s, events, cursor, gap);
        return committed.wait(10'000) && committed.constFirst().at(2).toString() == cursor;
    }

    static HistoryStore::CursorAnswer cursorOf(HistoryStore &store, QObject *context)
    {
        std::optional<HistoryStore::CursorAnswer> answer;
        store.readCursor(u"gateway"_s, context, [&answer](const HistoryStore::CursorAnswer &a) { answer = a; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10'000))
            return Error{u"no answer"_s};
        return *answer;
    }

    static EventQuery everything(GatewayEventType type = GatewayEventType::FailedCall)
    {
        EventQuery query;
        query.type = type;
        query.fromMs = 0;
        query.toMs = 4'000'000'000'000;
        query.limit = 1000;
        return query;
    }

    static EventFeedOptions feedOptions(const QString &url)
    {
        EventFeedOptions o;
        o.url = QUrl(url);
        o.interval = 60s;
        o.timeout = 2s;
        o.retryMin = 100ms;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<EventGap>();
        qRegisterMetaType<GatewayEventFeed::State>();
    }

    void storesPagesWithTheirCursor()
    {
        const QString path = freshPath();
        HistoryStore store(storeOptions(path));
        QVERIFY(openOk(store));
        QCOMPARE(cursorOf(store, this).value(), std::nullopt);

        const QList<GatewayEvent> events{
            failedCall(u"call_1"_s, u"c_1"_s, t0, u"stripe-api"_s, u"charges"_s, u"stripe"_s),
            delivery(u"whd_1"_s, u"c_2"_s, t0 + 1000, {u"failed"_s, u"pending"_s}),
        };
        QSignalSpy committed(&store, &HistoryStore::eventsCommitted);
        store.appendEvents(u"gateway"_s, events, u"c_2"_s);
        QVERIFY(committed.wait());
        QCOMPARE(committed.constFirst().at(0).toString(), u"gateway"_s);
        QCOMPARE(committed.constFirst().at(1).toInt(), 2);
        QCOMPARE(committed.constFirst().at(2).toString(), u"c_2"_s);
        QCOMPARE(cursorOf(store, this).value(), std::optional(u"c_2"_s));

        HistoryReader reader(path, Retention());
        QCOMPARE(reader.eventsNow(everything()), QList<GatewayEvent>{events.at(0)});
        QCOMPARE(reader.eventsNow(everything(GatewayEventType::WebhookDelivery)), QList<GatewayEvent>{events.at(1)});
        QFuture<QList<GatewayEvent>> future = reader.events(everything());
        future.waitForFinished();
        QCOMPARE(future.result(), QList<GatewayEvent>{events.at(0)});

        Inspector db(path);
        // A failed call is kept with the checks' calls, by its event id.
        QCOMPARE(db.value(u"SELECT count(*) FROM events WHERE id = 'call_1'"_s).toInt(), 0);
        QCOMPARE(db.value(u"SELECT status FROM calls WHERE event_id = 'call_1'"_s).toInt(), 502);
        QCOMPARE(db.value(u"SELECT integration FROM calls WHERE event_id = 'call_1'"_s).toString(), u"stripe"_s);
        QCOMPARE(db.value(u"SELECT check_or_route FROM calls WHERE event_id = 'call_1'"_s).toString(),
                 u"stripe-api/charges"_s);
        QCOMPARE(db.value(u"SELECT status FROM events WHERE id = 'whd_1'"_s).toInt(), 500);
        QCOMPARE(db.value(u"SELECT verdict FROM events WHERE id = 'whd_1'"_s).toString(), u"accepted"_s);
        QCOMPARE(db.value(u"SELECT source || ' ' || topic FROM events WHERE id = 'whd_1'"_s).toString(),
                 u"stripe charge.succeeded"_s);
        QCOMPARE(db.value(u"SELECT updated_ms FROM feed_cursors WHERE feed = 'gateway'"_s).toLongLong(), t0);
    }

    void latestDeliveryVersionWins()
    {
        const QString path = freshPath();
        HistoryStore store(storeOptions(path));
        QVERIFY(openOk(store));
        const GatewayEvent first = delivery(u"whd_9"_s, u"c_10"_s, t0, {u"failed"_s});
        const GatewayEvent second = delivery(u"whd_9"_s, u"c_11"_s, t0 + 5'000, {u"failed"_s, u"success"_s});
        QVERIFY(append(store, {first}, u"c_10"_s));
        QVERIFY(append(store, {second}, u"c_11"_s));
        HistoryReader reader(path, Retention());
        const EventQuery query = everything(GatewayEventType::WebhookDelivery);
        QCOMPARE(reader.eventsNow(query), QList<GatewayEvent>{second});
        // The older version read again (a feed replayed after a gap) does not undo the newer one.
        QVERIFY(append(store, {first}, u"c_10"_s));
        QCOMPARE(reader.eventsNow(query), QList<GatewayEvent>{second});
        Inspector db(path);
        QCOMPARE(db.value(u"SELECT count(*) FROM events"_s).toInt(), 1);
        QCOMPARE(db.value(u"SELECT status FROM events"_s).toInt(), 200);
        QCOMPARE(db.value(u"SELECT cursor FROM events"_s).toString(), u"c_11"_s);
    }

    void recordsGaps()
    {
        const QString path = freshPath();
        HistoryStore store(storeOptions(path));
        QVERIFY(openOk(store));
        const EventGap gap{u"cursor_unknown"_s, u"c_7"_s, std::nullopt, u"c_1"_s};
        QVERIFY(append(store, {failedCall(u"call_1"_s, u"c_1"_s, t0, u"s"_s, u"r"_s)}, u"c_1"_s, gap));
        HistoryReader reader(path, Retention());
        QCOMPARE(reader.eventGapsNow(t0, t0 + 1, 10), (QList<RecordedGap>{{t0, u"gateway"_s, gap}}));
        QCOMPARE(reader.eventGapsNow(t0 + 1, t0 + 2, 10), QList<RecordedGap>());
        QFuture<QList<RecordedGap>> future = reader.eventGaps(0, t0 + 1, 10);
        future.waitForFinished();
        QCOMPARE(future.result().size(), 1);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("route");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");

        const qint64 end = t0 + 10 * minute;
        QTest::newRow("everything, newest first") << QString() << QString() << QString() << t0 << end << 100
                                                  << QStringList{u"e5"_s, u"e4"_s, u"e3"_s, u"e2"_s, u"e1"_s};
        QTest::newRow("limit") << QString() << QString() << QString() << t0 << end << 2
                               << QStringList{u"e5"_s, u"e4"_s};
        QTest::newRow("time range, end excluded") << QString() << QString() << QString() << t0 + minute
                                                  << t0 + 3 * minute << 100 << QStringList{u"e3"_s, u"e2"_s};
        QTest::newRow("service") << QString() << u"stripe-api"_s << QString() << t0 << end << 100
                                 << QStringList{u"e4"_s, u"e2"_s, u"e1"_s};
        QTest::newRow("service and route")
            << QString() << u"stripe-api"_s << u"charges"_s << t0 << end << 100 << QStringList{u"e2"_s, u"e1"_s};
        QTest::newRow("integration") << u"shopify"_s << QString() << QString() << t0 << end << 100
                                     << QStringList{u"e5"_s, u"e3"_s};
        QTest::newRow("nothing matches") << u"slack"_s << QString() << QString() << t0 << end << 100 << QStringList();
        QTest::newRow("empty range") << QString() << QString() << QString() << end << t0 << 100 << QStringList();
    }

    void queries()
    {
        QFETCH(QString, integration);
        QFETCH(QString, service);
        QFETCH(QString, route);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);

        const QString path = freshPath();
        {
            HistoryStore store(storeOptions(path));
            QVERIFY(openOk(store));
            QVERIFY(
                append(store,
                       {
                           failedCall(u"e1"_s, u"c1"_s, t0, u"stripe-api"_s, u"charges"_s, u"stripe"_s),
                           failedCall(u"e2"_s, u"c2"_s, t0 + minute, u"stripe-api"_s, u"charges"_s, u"stripe"_s),
                           failedCall(u"e3"_s, u"c3"_s, t0 + 2 * minute, u"shopify-admin"_s, u"orders"_s, u"shopify"_s),
                           failedCall(u"e4"_s, u"c4"_s, t0 + 3 * minute, u"stripe-api"_s, u"refunds"_s),
                           failedCall(u"e5"_s, u"c5"_s, t0 + 4 * minute, u"shopify-admin"_s, QString(), u"shopify"_s),
                           delivery(u"w1"_s, u"c6"_s, t0 + 5 * minute, {u"success"_s}),
                       },
                       u"c6"_s));
        }
        HistoryReader reader(path, Retention());
        EventQuery query;
        query.integration = integration;
        query.service = service;
        query.route = route;
        query.fromMs = from;
        query.toMs = to;
        query.limit = limit;
        QCOMPARE(ids(reader.eventsNow(query)), expected);
    }

    void cursorWaitsForTheFile()
    {
        const QString path = freshPath();
        {
            HistoryStore store(storeOptions(path));
            QVERIFY(openOk(store));
            QVERIFY(append(store, {}, u"c_42"_s));
        }
        HistoryStore store(storeOptions(path));
        std::optional<HistoryStore::CursorAnswer> answer;
        store.readCursor(u"gateway"_s, this, [&answer](const HistoryStore::CursorAnswer &a) { answer = a; });
        store.open();
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->value(), std::optional(u"c_42"_s));

        // A history that cannot be used says so instead of leaving the question open.
        QFile blocker(m_dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryStore off(storeOptions(blocker.fileName() + u"/history.sqlite"_s));
        off.open();
        const HistoryStore::CursorAnswer refused = cursorOf(off, this);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"cannot be created"_s), qPrintable(refused.error().message));
    }

    void answersOnlyLivingContexts()
    {
        HistoryStore store(storeOptions(freshPath()));
        QVERIFY(openOk(store));
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.readCursor(u"gateway"_s, context.get(), [&called](const HistoryStore::CursorAnswer &) { called = true; });
        context.reset();
        // A later answer proves the earlier one was delivered (or dropped) by now.
        QVERIFY(cursorOf(store, this));
        QVERIFY(!called);
    }

    void resumesAfterARestart()
    {
        // Ten events in five pages; the first run ends while page 3 is being fetched.
        bool stallPage3 = true;
        EventFeedServer server([&stallPage3](const EventFeedServer::Request &r) -> Answer {
            const QByteArray after = r.after.value_or(QByteArray());
            if (after.isEmpty())
                return EventFeedServer::ok(pageOf(1, 2, true));
            const int last = after.mid(2).toInt();
            if (last == 4 && stallPage3)
                return {EventFeedServer::Action::Stall, {}};
            if (last >= 10)
                return EventFeedServer::ok(json("{'version':1,'events':[],'next_cursor':'") + after
                                           + json("','has_more':false,'gap':null}"));
            return EventFeedServer::ok(pageOf(last + 1, last + 2, last + 2 < 10));
        });
        const QString path = freshPath();
        {
            HistoryStore store(storeOptions(path));
            QVERIFY(openOk(store));
            GatewayEventFeed feed(&m_network, feedOptions(server.url()), &store);
            feed.start();
            QTRY_COMPARE(server.requests.size(), 3);
            QCOMPARE(feed.cursor(), u"c_0004"_s);
        } // the window closes: the feed and the store go away

        stallPage3 = false;
        HistoryStore store(storeOptions(path));
        QVERIFY(openOk(store));
        GatewayEventFeed feed(&m_network, feedOptions(server.url()), &store);
        feed.start();
        QTRY_COMPARE(feed.cursor(), u"c_0010"_s);
        QTRY_COMPARE(feed.state(), GatewayEventFeed::State::Waiting);
        QCOMPARE(server.requests.at(3).after, std::optional(QByteArray("c_0004")));

        HistoryReader reader(path, Retention());
        QStringList expected;
        for (int n = 10; n >= 1; --n)
            expected.append(u"call_%1"_s.arg(n));
        QStringList got = ids(reader.eventsNow(everything()));
        QCOMPARE(got.size(), 10);
        // Same time for all: newest first means by id, descending ("call_9" > "call_10").
        std::sort(got.begin(), got.end(),
                  [](const QString &a, const QString &b) { return a.mid(5).toInt() > b.mid(5).toInt(); });
        QCOMPARE(got, expected);
        Inspector db(path);
        QCOMPARE(db.value(u"SELECT count(*) FROM calls"_s).toInt(), 10);
        QCOMPARE(db.value(u"SELECT cursor FROM feed_cursors WHERE feed = 'gateway'"_s).toString(), u"c_0010"_s);
    }

    void pageFetchedTwiceIsNotDuplicated()
    {
        // The gateway lost its log and starts over: events already stored come again.
        EventFeedServer server([](const EventFeedServer::Request &r) -> Answer {
            if (r.after == "c_0003")
                return EventFeedServer::ok(
                    json("{'version':1,'events':[") + callJson(2) + "," + callJson(3) + "," + callJson(4)
                    + json("],'next_cursor':'c_0004','has_more':false,'gap':{'reason':'cursor_unknown',"
                           "'after':'c_0003','missed':null,'resumes_at':'c_0002'}}"));
            if (!r.after)
                return EventFeedServer::ok(pageOf(1, 3, true));
            return EventFeedServer::ok(json("{'version':1,'events':[],'next_cursor':'c_0004','has_more':false}"));
        });
        const QString path = freshPath();
        HistoryStore store(storeOptions(path));
        QVERIFY(openOk(store));
        GatewayEventFeed feed(&m_network, feedOptions(server.url()), &store);
        QSignalSpy gaps(&feed, &GatewayEventFeed::gapReported);
        feed.start();
        QTRY_COMPARE(feed.cursor(), u"c_0004"_s);
        QCOMPARE(gaps.size(), 1);
        Inspector db(path);
        QCOMPARE(db.value(u"SELECT count(*) FROM calls"_s).toInt(), 4);
        QCOMPARE(db.value(u"SELECT count(*) FROM event_gaps"_s).toInt(), 1);
    }

    void pausesWhileTheHistoryCannotBeWritten()
    {
        // Large bodies: the first page cannot fit once the file may not grow.
        const QByteArray big = QByteArray(40'000, 'x').toBase64();
        auto deliveryJson = [&big](int n) -> QByteArray {
            return json("{'id':'whd_") + QByteArray::number(n) + json("','cursor':'c_") + QByteArray::number(n)
                   + json("','type':'webhook.delivery','time':'2026-12-01T09:14:03.512Z','source':'github',"
                          "'topic':'push','received_at':'2026-12-01T09:14:03.101Z','headers':[],'body_base64':'")
                   + big + json("','verdict':{'result':'accepted'},'attempts':[]}");
        };
        EventFeedServer server([&](const EventFeedServer::Request &r) -> Answer {
            if (!r.after) {
                return EventFeedServer::ok(json("{'version':1,'events':[") + deliveryJson(1) + "," + deliveryJson(2)
                                           + "," + deliveryJson(3) + json("],'next_cursor':'c_3','has_more':true}"));
            }
            if (r.after == "c_3")
                return EventFeedServer::ok(json("{'version':1,'events':[") + deliveryJson(4)
                                           + json("],'next_cursor':'c_4','has_more':false}"));
            return EventFeedServer::ok(json("{'version':1,'events':[],'next_cursor':'c_4','has_more':false}"));
        });
        const QString path = freshPath();
        HistoryStore::Options o = storeOptions(path);
        o.maxQueuedSamples = 1; // events are not samples: never dropped
        HistoryStore store(o);
        QVERIFY(openOk(store));
        store.setMaxFileBytes(1); // not a page more than the file has now

        GatewayEventFeed feed(&m_network, feedOptions(server.url()), &store);
        QSignalSpy arrived(&feed, &GatewayEventFeed::eventsArrived);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), GatewayEventFeed::State::Paused, 10'000);
        QCOMPARE(store.status(), HistoryStore::Status::WriteFailing);
        QVERIFY2(feed.stateMessage().startsWith(u"Paused while the history cannot be written: The disk is full"_s),
                 qPrintable(feed.stateMessage()));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(arrived.size(), 0);
        {
            // Nothing of the page, not even its cursor: a restart now would fetch it again.
            Inspector db(path);
            QCOMPARE(db.value(u"SELECT count(*) FROM events"_s).toInt(), 0);
            QCOMPARE(db.value(u"SELECT count(*) FROM feed_cursors"_s).toInt(), 0);
        }

        store.setMaxFileBytes(0);
        QTRY_COMPARE_WITH_TIMEOUT(feed.cursor(), u"c_4"_s, 10'000);
        QCOMPARE(store.status(), HistoryStore::Status::Ok);
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(arrived.at(0).at(0).toInt(), 3);
        HistoryReader reader(path, Retention());
        QStringList got = ids(reader.eventsNow(everything(GatewayEventType::WebhookDelivery)));
        got.sort();
        QCOMPARE(got, (QStringList{u"whd_1"_s, u"whd_2"_s, u"whd_3"_s, u"whd_4"_s}));
        QCOMPARE(reader.eventsNow(everything(GatewayEventType::WebhookDelivery)).constFirst().webhookDelivery()->body,
                 QByteArray(40'000, 'x'));
    }

    void storesNoSecrets()
    {
        EventFeedServer server([](const EventFeedServer::Request &r) -> Answer {
            if (r.after)
                return EventFeedServer::ok(json("{'version':1,'events':[],'next_cursor':'c_1','has_more':false}"));
            return EventFeedServer::ok(json(
                "{'version':1,'events':[{'id':'call_1','cursor':'c_1','type':'call.failed',"
                "'time':'2026-12-01T09:14:03.512Z','service':'shopify-admin','route':'orders',"
                "'request':{'method':'GET','url':'https://shop.example/admin/orders.json?access_token=SECRET-url',"
                "'headers':[['X-Shopify-Access-Token','SECRET-header'],['Authorization','Bearer SECRET-bearer']]},"
                "'response':{'status':401,'headers':[['Set-Cookie','SECRET-cookie']],"
                "'body_excerpt':'{\\'error\\':\\'bad SECRET-configured\\',\\'refresh_token\\':\\'SECRET-json\\'}'},"
                "'error':null,'unknown_field':'SECRET-unknown'},"
                "{'id':'whd_1','cursor':'c_2','type':'webhook.delivery','time':'2026-12-01T09:14:03.512Z',"
                "'source':'github','topic':'push','received_at':'2026-12-01T09:14:03.101Z',"
                "'headers':[['X-Hub-Signature-256','sha256=kept-mac'],['Authorization','SECRET-fwd']],"
                "'body_base64':'eyJrZXkiOiJTRUNSRVQtY29uZmlndXJlZCJ9','verdict':{'result':'accepted'}}],"
                "'next_cursor':'c_2','has_more':false}"));
        });
        const QString path = freshPath();
        HistoryStore store(storeOptions(path));
        QVERIFY(openOk(store));
        EventFeedOptions o = feedOptions(server.url());
        o.secrets = {u"SECRET-configured"_s};
        GatewayEventFeed feed(&m_network, o, &store);
        QSignalSpy arrived(&feed, &GatewayEventFeed::eventsArrived);
        feed.start();
        QVERIFY(arrived.wait());
        QSignalSpy flushed(&store, &HistoryStore::flushed);
        store.flush();
        QVERIFY(flushed.wait());

        QByteArray bytes;
        for (const QString &file : {path, QString(path + u"-wal"_s)}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("call_1"));
        QVERIFY(bytes.contains("sha256=kept-mac"));
        QVERIFY(!bytes.contains("SECRET-"));

        HistoryReader reader(path, Retention());
        const QList<GatewayEvent> calls = reader.eventsNow(everything());
        QCOMPARE(calls.size(), 1);
        const FailedCall *c = calls.constFirst().failedCall();
        QCOMPARE(c->request.url,
                 u"https://shop.example/admin/orders.json?access_token=[redacted: access_token parameter]"_s);
        QCOMPARE(c->request.headers.at(1).second, u"[redacted: Authorization header]"_s);
        QCOMPARE(c->response->bodyExcerpt,
                 u"{\"error\":\"bad [redacted: secret]\",\"refresh_token\":\"[redacted: refresh_token field]\"}"_s);
        const QList<GatewayEvent> deliveries = reader.eventsNow(everything(GatewayEventType::WebhookDelivery));
        QCOMPARE(deliveries.constFirst().webhookDelivery()->body, QByteArray(json("{'key':'[redacted: secret]'}")));
    }
};

QTEST_GUILESS_MAIN(tst_GatewayEvents)
#include "tst_gatewayevents.moc"
