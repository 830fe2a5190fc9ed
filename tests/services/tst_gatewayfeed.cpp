#include "eventfeedserver.h"
#include "gatewayfeed.h"
#include "historyreader.h"
#include "historystore.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Action = EventFeedServer::Action;
using Answer = EventFeedServer::Answer;

Q_DECLARE_METATYPE(EventFeedServer::Action)

namespace {

// JSON written with ' for " (moc cannot read raw string literals whose quotes do not pair up).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

constexpr qint64 t0 = 1'796'116'443'512; // 2026-12-01T09:14:03.512Z

// A call.failed event as the contract's example has it.
QByteArray call(const QByteArray &id, const QByteArray &cursor, const QByteArray &time = "2026-12-01T09:14:03.512Z")
{
    return json("{'id':'") + id + json("','cursor':'") + cursor + json("','type':'call.failed','time':'") + time
           + json("','integration':null,'service':'shopify-admin','route':'orders',"
                  "'request':{'method':'GET','url':'https://shop.example/admin/orders.json',"
                  "'headers':[['Accept','application/json']]},'response':{'status':503,'headers':[],"
                  "'body_excerpt':'down','body_truncated':false},'error':null,'duration_ms':12.5,"
                  "'attempt':1,'retry':{'decision':'give_up','after_ms':null},'vendor_request_id':null,"
                  "'gateway_request_id':'gw-1'}");
}

QByteArray page(const QList<QByteArray> &events, const QByteArray &next, bool hasMore, const QByteArray &gap = "null")
{
    return json("{'version':1,'events':[") + events.join(',') + json("],'next_cursor':")
           + (next.isEmpty() ? QByteArray("null") : '"' + next + '"') + json(",'has_more':")
           + (hasMore ? "true" : "false") + json(",'gap':") + gap + "}";
}

QStringList ids(const QList<GatewayEvent> &events)
{
    QStringList result;
    for (const GatewayEvent &e : events)
        result.append(e.id);
    return result;
}

} // namespace

class tst_GatewayFeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QNetworkAccessManager m_network;

    std::unique_ptr<HistoryStore> openStore(QString *path = nullptr)
    {
        HistoryStore::Options o;
        o.path = m_dir.filePath(u"feed-%1/history.sqlite"_s.arg(++m_n));
        o.clock = [] { return t0; };
        o.commitIntervalMs = 50;
        if (path)
            *path = o.path;
        auto store = std::make_unique<HistoryStore>(o);
        store->open();
        if (!QTest::qWaitFor([&] { return store->status() != HistoryStore::Status::Opening; }, 10'000)
            || store->status() != HistoryStore::Status::Ok)
            return nullptr;
        return store;
    }

    static EventFeedOptions options(const QString &url)
    {
        EventFeedOptions o;
        o.url = QUrl(url);
        o.headers = {{"Authorization", "Bearer tok_SECRET_123"}};
        o.interval = 60s;
        o.timeout = 2s;
        o.retryMin = 5s;
        return o;
    }

    static QList<GatewayEvent> stored(const HistoryStore &store)
    {
        HistoryReader reader(store.path(), Retention());
        EventQuery query;
        query.fromMs = 0;
        query.toMs = 4'000'000'000'000;
        return reader.eventsNow(query);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<EventGap>();
        qRegisterMetaType<GatewayEventFeed::State>();
    }

    // ---- the parser ------------------------------------------------------------------------------

    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: not a time

        QTest::newRow("UTC with milliseconds") << u"2026-12-01T09:14:03.512Z"_s << qint64(1'796'116'443'512);
        QTest::newRow("no fraction") << u"2026-12-01T09:14:03Z"_s << qint64(1'796'116'443'000);
        QTest::newRow("one fraction digit") << u"2026-12-01T09:14:03.5Z"_s << qint64(1'796'116'443'500);
        QTest::newRow("nanoseconds cut to ms") << u"2026-12-01T09:14:03.512999999Z"_s << qint64(1'796'116'443'512);
        QTest::newRow("positive offset") << u"2026-12-01T10:14:03.512+01:00"_s << qint64(1'796'116'443'512);
        QTest::newRow("negative half-hour offset") << u"2026-12-01T04:44:03.512-04:30"_s << qint64(1'796'116'443'512);
        QTest::newRow("lower case t and z") << u"2026-12-01t09:14:03.512z"_s << qint64(1'796'116'443'512);
        QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s << qint64(1'483'228'799'999);
        QTest::newRow("before year 1 in UTC") << u"0001-01-01T00:00:00+01:00"_s << qint64(-1);
        QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s << qint64(-1);
        QTest::newRow("30 February") << u"2026-02-30T00:00:00Z"_s << qint64(-1);
        QTest::newRow("hour 24") << u"2026-12-01T24:00:00Z"_s << qint64(-1);
        QTest::newRow("no zone") << u"2026-12-01T09:14:03.512"_s << qint64(-1);
        QTest::newRow("offset without colon") << u"2026-12-01T09:14:03+0100"_s << qint64(-1);
        QTest::newRow("date only") << u"2026-12-01"_s << qint64(-1);
        QTest::newRow("epoch milliseconds") << u"1796116443512"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const std::optional<qint64> ms = parseRfc3339(text);
        QCOMPARE(ms.value_or(-1), expected);
    }

    void formatsRfc3339() { QCOMPARE(formatRfc3339(1'796'116'443'512), u"2026-12-01T09:14:03.512Z"_s); }

    void pageErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("newerVersion");

        QTest::newRow("empty") << QByteArray("  \n") << u"the page is empty"_s << 0;
        QTest::newRow("cut off") << QByteArray(json("{'version':1,'events':["))
                                 << u"not JSON at byte 23: unterminated array"_s << 0;
        QTest::newRow("HTML page")
            << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>")
            << u"not JSON at byte 1: illegal value; the body is an HTML page ('502 Bad Gateway')"_s << 0;
        QTest::newRow("a list") << QByteArray("[]") << u"not an event page: the JSON is a list, not an object"_s << 0;
        QTest::newRow("no version") << QByteArray(json("{'events':[]}")) << u"not an event page: it has no 'version'"_s
                                    << 0;
        QTest::newRow("version 0") << QByteArray(json("{'version':0,'events':[]}"))
                                   << u"field 'version' is not a version of the event feed: 0"_s << 0;
        QTest::newRow("version as text") << QByteArray(json("{'version':'1','events':[]}"))
                                         << u"field 'version' is not a version of the event feed: '1'"_s << 0;
        QTest::newRow("version 2") << QByteArray(json("{'version':2,'events':[],'next_cursor':null}"))
                                   << u"version 2 is newer than this Gatewatch understands (it reads version 1)"_s << 2;
        QTest::newRow("no events") << QByteArray(json("{'version':1,'next_cursor':null}"))
                                   << u"field 'events' is missing"_s << 0;
        QTest::newRow("events not a list")
            << QByteArray(json("{'version':1,'events':{}}")) << u"field 'events' is not a list: an object"_s << 0;
        QTest::newRow("has_more not a boolean") << QByteArray(json("{'version':1,'events':[],'has_more':'yes'}"))
                                                << u"field 'has_more' is not true or false: 'yes'"_s << 0;
        QTest::newRow("next_cursor a number") << QByteArray(json("{'version':1,'events':[],'next_cursor':12}"))
                                              << u"field 'next_cursor' is not a string: 12"_s << 0;
        QTest::newRow("gap not an object") << QByteArray(json("{'version':1,'events':[],'gap':'expired'}"))
                                           << u"field 'gap' is not an object: 'expired'"_s << 0;
    }

    void pageErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(int, newerVersion);
        const Result<EventPage, EventPageError> page = parseEventPage(body);
        QVERIFY(!page);
        QCOMPARE(page.error().message, error);
        QCOMPARE(page.error().newerVersion, newerVersion);
    }

    void pageKeepsGoodEvents_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<int>("unknown");

        QTest::newRow("empty page") << page({}, {}, false) << QStringList() << QStringList() << 0;
        QTest::newRow("unknown fields are ignored")
            << QByteArray(json("{'version':1,'future':{'x':1},'events':[")
                          + call("call_1", "c_1").replace(json("'attempt':1"), json("'attempt':1,'shiny':[1,2]"))
                          + json("],'next_cursor':'c_1','has_more':false,'gap':null}"))
            << QStringList{u"call_1"_s} << QStringList() << 0;
        QTest::newRow("bad time in event 3")
            << page({call("call_1", "c_1"), call("call_2", "c_2"), call("call_3", "c_3", "2026-12-01 09:14"),
                     call("call_4", "c_4")},
                    "c_4", false)
            << QStringList{u"call_1"_s, u"call_2"_s, u"call_4"_s}
            << QStringList{u"event 3 (id call_3): field 'time' is not an RFC 3339 time: '2026-12-01 09:14'"_s} << 0;
        QTest::newRow("unknown types are counted, not reported")
            << page({json("{'id':'x_1','cursor':'c_1','type':'call.succeeded','time':'2026-12-01T09:14:03.512Z'}"),
                     call("call_2", "c_2"),
                     json("{'id':'x_3','cursor':'c_3','type':'call.succeeded','time':'2026-12-01T09:14:03.512Z'}")},
                    "c_3", false)
            << QStringList{u"call_2"_s} << QStringList() << 2;
        QTest::newRow("not an object") << page({"17", call("call_2", "c_2")}, "c_2", false) << QStringList{u"call_2"_s}
                                       << QStringList{u"event 1: not an object but 17"_s} << 0;
        QTest::newRow("no id") << page({call("call_1", "c_1"), call("", "c_2")}, "c_2", false)
                               << QStringList{u"call_1"_s} << QStringList{u"event 2: field 'id' is empty"_s} << 0;
        QTest::newRow("no service") << page({call("call_1", "c_1").replace(json("'service':'shopify-admin',"), "")},
                                            "c_1", false)
                                    << QStringList()
                                    << QStringList{u"event 1 (id call_1): field 'service' is missing"_s} << 0;
        QTest::newRow("header not a pair")
            << page({call("call_1", "c_1").replace(json("[['Accept','application/json']]"), json("[['Accept']]"))},
                    "c_1", false)
            << QStringList()
            << QStringList{u"event 1 (id call_1): field 'request.headers' item 1 is not a [name, value] pair of "
                           "strings"_s}
            << 0;
        QTest::newRow("status out of range")
            << page({call("call_1", "c_1").replace(json("'status':503"), json("'status':1000"))}, "c_1", false)
            << QStringList()
            << QStringList{u"event 1 (id call_1): field 'response.status' is not a whole number from 0 to 999: 1000"_s}
            << 0;
        QTest::newRow("body not base64") << page({json("{'id':'whd_1','cursor':'c_1','type':'webhook.delivery',"
                                                       "'time':'2026-12-01T09:14:03.512Z','source':'shopify',"
                                                       "'received_at':'2026-12-01T09:14:03.101Z','body_base64':'!!!',"
                                                       "'verdict':{'result':'accepted','reason':null}}")},
                                                 "c_1", false)
                                         << QStringList()
                                         << QStringList{u"event 1 (id whd_1): field 'body_base64' is not base64"_s}
                                         << 0;
        QTest::newRow("attempt without timestamp")
            << page({json("{'id':'whd_1','cursor':'c_1','type':'webhook.delivery',"
                          "'time':'2026-12-01T09:14:03.512Z','source':'shopify',"
                          "'received_at':'2026-12-01T09:14:03.101Z','body_base64':'',"
                          "'verdict':{'result':'accepted','reason':null},'attempts':[{'id':'a','status':'failed'}]}")},
                    "c_1", false)
            << QStringList() << QStringList{u"event 1 (id whd_1): field 'attempts[1].timestamp' is missing"_s} << 0;
    }

    void pageKeepsGoodEvents()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, problems);
        QFETCH(int, unknown);
        const Result<EventPage, EventPageError> page = parseEventPage(body);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QCOMPARE(::ids(page->events), ids);
        QCOMPARE(page->problems, problems);
        int skipped = 0;
        for (const int n : page->unknownTypes)
            skipped += n;
        QCOMPARE(skipped, unknown);
    }

    void redactsBeforeShortening()
    {
        // A secret across the end of a quoted value: taken out first, so no piece of it is left.
        const QByteArray body =
            page({call("call_1", "c_1", "0000000000000000000000000000000tok_SECRET_123")}, "c_1", false);
        const Result<EventPage, EventPageError> parsed = parseEventPage(body, Redactor({u"tok_SECRET_123"_s}));
        QVERIFY(parsed);
        QCOMPARE(parsed->problems, QStringList{u"event 1 (id call_1): field 'time' is not an RFC 3339 time: "
                                               "'0000000000000000000000000000000[redacted…'"_s});
    }

    void readsEveryField()
    {
        const QByteArray body = json(
            "{'version':1,'events':["
            "{'id':'call_01JD','cursor':'c_000000000123','type':'call.failed','time':'2026-12-01T09:14:03.512Z',"
            "'integration':'shopify','service':'shopify-admin','route':'orders',"
            "'request':{'method':'GET','url':'https://shop.myshopify.com/admin/api/2024-10/orders.json?limit=50',"
            "'headers':[['Accept','application/json'],['X-Shopify-Access-Token','shpat_x']]},"
            "'response':{'status':503,'headers':[['Content-Type','application/json'],['X-Request-Id','abc']],"
            "'body_excerpt':'{\\'errors\\':\\'Service unavailable\\'}','body_truncated':true},"
            "'error':null,'duration_ms':1520.4,'attempt':2,'retry':{'decision':'retry','after_ms':2000},"
            "'vendor_request_id':'abc','gateway_request_id':'b7f2c8e0'},"
            "{'id':'whd_01JD','cursor':'c_000000000124','type':'webhook.delivery','time':'2026-12-01T09:14:04.000Z',"
            "'source':'shopify','topic':'orders/create','received_at':'2026-12-01T09:14:03.101Z',"
            "'headers':[['X-Shopify-Hmac-Sha256','XWmr'],['X-Shopify-Topic','orders/create']],"
            "'body_base64':'eyJpZCI6MX0=',"
            "'verdict':{'result':'rejected','reason':'bad_signature'},"
            "'response':{'status':401,'body_excerpt':'bad signature'},"
            "'attempts':[{'id':'atmpt_1','timestamp':'2026-12-01T09:14:04.000Z','response_status_code':500,"
            "'response':'oops','response_duration_ms':120,'status':'failed','trigger_type':'scheduled'},"
            "{'id':'atmpt_2','timestamp':'2026-12-01T10:00:00.000Z','response_status_code':null,"
            "'response':null,'response_duration_ms':null,'status':'pending','trigger_type':null}],"
            "'next_attempt':'2026-12-01T09:19:03.000Z'}"
            "],'next_cursor':'c_000000000124','has_more':true,"
            "'gap':{'reason':'cursor_expired','after':'c_000000000001','missed':1234,'resumes_at':'c_000000000123'}}");
        const Result<EventPage, EventPageError> parsed = parseEventPage(body);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        const EventPage &p = parsed.value();
        QCOMPARE(p.nextCursor, u"c_000000000124"_s);
        QCOMPARE(p.hasMore, true);
        QCOMPARE(p.gap, (EventGap{u"cursor_expired"_s, u"c_000000000001"_s, 1234, u"c_000000000123"_s}));
        QCOMPARE(p.events.size(), 2);

        const GatewayEvent &first = p.events.at(0);
        QCOMPARE(first.id, u"call_01JD"_s);
        QCOMPARE(first.cursor, u"c_000000000123"_s);
        QCOMPARE(first.timeMs, qint64(1'796'116'443'512));
        const FailedCall *c = first.failedCall();
        QVERIFY(c);
        QCOMPARE(c->integration, u"shopify"_s);
        QCOMPARE(c->service, u"shopify-admin"_s);
        QCOMPARE(c->route, u"orders"_s);
        QCOMPARE(c->request.method, u"GET"_s);
        QCOMPARE(c->request.url, u"https://shop.myshopify.com/admin/api/2024-10/orders.json?limit=50"_s);
        QCOMPARE(c->request.headers,
                 (HeaderPairs{{u"Accept"_s, u"application/json"_s}, {u"X-Shopify-Access-Token"_s, u"shpat_x"_s}}));
        QVERIFY(c->response);
        QCOMPARE(c->response->status, 503);
        QCOMPARE(c->response->headers,
                 (HeaderPairs{{u"Content-Type"_s, u"application/json"_s}, {u"X-Request-Id"_s, u"abc"_s}}));
        QCOMPARE(c->response->bodyExcerpt, QString::fromUtf8(json("{'errors':'Service unavailable'}")));
        QCOMPARE(c->response->bodyTruncated, true);
        QCOMPARE(c->error, QString());
        QCOMPARE(c->durationMs, 1520.4);
        QCOMPARE(c->attempt, 2);
        QCOMPARE(c->retryDecision, u"retry"_s);
        QCOMPARE(c->retryAfterMs, std::optional<qint64>(2000));
        QCOMPARE(c->vendorRequestId, u"abc"_s);
        QCOMPARE(c->gatewayRequestId, u"b7f2c8e0"_s);

        const GatewayEvent &second = p.events.at(1);
        QCOMPARE(second.id, u"whd_01JD"_s);
        QCOMPARE(second.timeMs, qint64(1'796'116'444'000));
        const WebhookDelivery *w = second.webhookDelivery();
        QVERIFY(w);
        QCOMPARE(w->source, u"shopify"_s);
        QCOMPARE(w->topic, u"orders/create"_s);
        QCOMPARE(w->receivedAtMs, qint64(1'796'116'443'101));
        QCOMPARE(w->headers,
                 (HeaderPairs{{u"X-Shopify-Hmac-Sha256"_s, u"XWmr"_s}, {u"X-Shopify-Topic"_s, u"orders/create"_s}}));
        QCOMPARE(w->body, QByteArray(json("{'id':1}")));
        QCOMPARE(w->verdict, u"rejected"_s);
        QCOMPARE(w->verdictReason, u"bad_signature"_s);
        QCOMPARE(w->responseStatus, std::optional(401));
        QCOMPARE(w->responseExcerpt, u"bad signature"_s);
        QCOMPARE(w->attempts.size(), 2);
        QCOMPARE(w->attempts.at(0).id, u"atmpt_1"_s);
        QCOMPARE(w->attempts.at(0).timestampMs, qint64(1'796'116'444'000));
        QCOMPARE(w->attempts.at(0).responseStatusCode, std::optional(500));
        QCOMPARE(w->attempts.at(0).response, u"oops"_s);
        QCOMPARE(w->attempts.at(0).responseDurationMs, std::optional(120.0));
        QCOMPARE(w->attempts.at(0).status, u"failed"_s);
        QCOMPARE(w->attempts.at(0).triggerType, u"scheduled"_s);
        QCOMPARE(w->attempts.at(1).timestampMs, qint64(1'796'119'200'000));
        QCOMPARE(w->attempts.at(1).responseStatusCode, std::nullopt);
        QCOMPARE(w->attempts.at(1).status, u"pending"_s);
        QCOMPARE(w->latestAttempt()->id, u"atmpt_2"_s);
        QCOMPARE(w->nextAttemptMs, std::optional<qint64>(1'796'116'743'000));

        // What the history keeps reads back the same.
        for (const GatewayEvent &event : p.events) {
            const Result<GatewayEvent> again = parseEvent(eventToJson(event));
            QVERIFY2(again, again ? "" : qPrintable(again.error().message));
            QCOMPARE(again.value(), event);
        }
        const QJsonObject stored = eventToJson(second);
        QCOMPARE(stored.value(u"body_base64"_s).toString(), u"eyJpZCI6MX0="_s);
        QCOMPARE(stored.value(u"time"_s).toString(), u"2026-12-01T09:14:04.000Z"_s);
    }

    // ---- the feed --------------------------------------------------------------------------------

    void followsPages()
    {
        EventFeedServer server([](const EventFeedServer::Request &r) -> Answer {
            if (!r.after)
                return EventFeedServer::ok(page({call("call_1", "c_1"), call("call_2", "c_2")}, "c_2", true));
            if (*r.after == "c_2")
                return EventFeedServer::ok(page({call("call_3", "c_3")}, "c_3", false));
            return EventFeedServer::ok(page({}, "c_3", false));
        });
        QVERIFY(server.isListening());
        auto store = openStore();
        QVERIFY(store);
        GatewayEventFeed feed(&m_network, options(server.url()), store.get());
        QSignalSpy arrived(&feed, &GatewayEventFeed::eventsArrived);
        QSignalSpy recorded(&feed, &GatewayEventFeed::eventsRecorded);
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        feed.start();

        QTRY_COMPARE(feed.cursor(), u"c_3"_s);
        QTRY_COMPARE(feed.state(), GatewayEventFeed::State::Waiting);
        // has_more was followed at once; without it the next poll is a minute away.
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(0).after, std::nullopt);
        QCOMPARE(server.requests.at(0).limit, QByteArray("500"));
        QCOMPARE(server.requests.at(0).header("Authorization"), QByteArray("Bearer tok_SECRET_123"));
        QCOMPARE(server.requests.at(0).header("Accept"), QByteArray("application/json"));
        QCOMPARE(server.requests.at(1).after, std::optional(QByteArray("c_2")));
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(arrived.at(0).at(0).toInt(), 2);
        QCOMPARE(arrived.at(1).at(0).toInt(), 1);
        // Each committed page's events themselves, in the feed's order.
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(ids(recorded.at(0).at(0).value<QList<GatewayEvent>>()), (QStringList{u"call_1"_s, u"call_2"_s}));
        QCOMPARE(ids(recorded.at(1).at(0).value<QList<GatewayEvent>>()), QStringList{u"call_3"_s});
        QCOMPARE(problems.size(), 0);
        QCOMPARE(ids(stored(*store)), (QStringList{u"call_3"_s, u"call_2"_s, u"call_1"_s}));
    }

    void passesTheCursorBackExactly()
    {
        // Not a cursor of the contract's alphabet: whatever comes is sent back byte for byte.
        const QByteArray hostile = "c:1/\xc3\xa4+b c&d=e%41";
        EventFeedServer server([&hostile](const EventFeedServer::Request &r) -> Answer {
            if (!r.after)
                return EventFeedServer::ok(page({call("call_1", hostile)}, hostile, true));
            return EventFeedServer::ok(page({}, hostile, false));
        });
        auto store = openStore();
        QVERIFY(store);
        GatewayEventFeed feed(&m_network, options(server.url(u"/v1/events?tenant=acme%20corp&limit=9&after=zzz"_s)),
                              store.get());
        feed.start();
        QTRY_COMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(0).target, QByteArray("/v1/events?tenant=acme%20corp&limit=500"));
        QCOMPARE(server.requests.at(1).target,
                 QByteArray("/v1/events?tenant=acme%20corp&after=c%3A1%2F%C3%A4%2Bb%20c%26d%3De%2541&limit=500"));
        QCOMPARE(server.requests.at(1).after, std::optional(hostile));
        QTRY_COMPARE(feed.state(), GatewayEventFeed::State::Waiting);
        QCOMPARE(feed.cursor(), QString::fromUtf8(hostile));
    }

    void recordsAGap()
    {
        EventFeedServer server([](const EventFeedServer::Request &r) -> Answer {
            if (r.after == "c_old") {
                return EventFeedServer::ok(
                    page({call("call_500", "c_500")}, "c_500", false,
                         json("{'reason':'cursor_expired','after':'c_old','missed':1234,'resumes_at':'c_500'}")));
            }
            return EventFeedServer::ok(page({}, "c_500", false));
        });
        auto store = openStore();
        QVERIFY(store);
        // Where an earlier run stopped.
        QSignalSpy committed(store.get(), &HistoryStore::eventsCommitted);
        store->appendEvents(u"gateway"_s, {}, u"c_old"_s);
        QVERIFY(committed.wait());

        GatewayEventFeed feed(&m_network, options(server.url()), store.get());
        QSignalSpy gaps(&feed, &GatewayEventFeed::gapReported);
        feed.start();
        QVERIFY(gaps.wait());
        const EventGap expected{u"cursor_expired"_s, u"c_old"_s, 1234, u"c_500"_s};
        QCOMPARE(gaps.constFirst().constFirst().value<EventGap>(), expected);
        QCOMPARE(server.requests.constFirst().after, std::optional(QByteArray("c_old")));
        QCOMPARE(feed.cursor(), u"c_500"_s);

        HistoryReader reader(store->path(), Retention());
        const QList<RecordedGap> recorded = reader.eventGapsNow(0, t0 + 1, 10);
        QCOMPARE(recorded, (QList<RecordedGap>{{t0, u"gateway"_s, expected}}));
        QCOMPARE(ids(stored(*store)), QStringList{u"call_500"_s});
    }

    void failures_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QStringList>("expected"); // parts of the message

        QTest::newRow("bad JSON") << Action::Respond
                                  << EventFeedServer::response(200, json("{'version':1,'events':[{'id':"))
                                  << QStringList{u"cannot be read: not JSON at byte 29: unterminated object"_s};
        QTest::newRow("HTML 502 page")
            << Action::Respond
            << EventFeedServer::response(
                   502, "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>", {},
                   "text/html")
            << QStringList{u"HTTP 502 Bad Gateway from the event feed at"_s, u"an HTML page ('502 Bad Gateway')"_s};
        QTest::newRow("401 echoing the token")
            << Action::Respond
            << EventFeedServer::response(
                   401, json("{'error':{'code':'unauthorized','message':'token tok_SECRET_123 is revoked'}}"))
            << QStringList{u"HTTP 401 Unauthorized"_s, u"does not accept the feed's credentials"_s,
                           u"unauthorized: token [redacted: secret] is revoked"_s};
        QTest::newRow("401 with the token where the message is cut")
            << Action::Respond
            << EventFeedServer::response(
                   401,
                   json("{'error':{'code':'unauthorized','message':'"
                        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                        "tok_SECRET_123 is revoked'}}"))
            << QStringList{u"HTTP 401 Unauthorized"_s, u"aaaa[redacted: s…"_s};
        QTest::newRow("403") << Action::Respond << EventFeedServer::response(403, "")
                             << QStringList{u"HTTP 403 Forbidden"_s, u"does not accept the feed's credentials"_s};
        QTest::newRow("503 with an error document")
            << Action::Respond
            << EventFeedServer::response(503, json("{'error':{'code':'unavailable','message':'log store down'}}"))
            << QStringList{u"HTTP 503 Service Unavailable"_s, u"unavailable: log store down"_s};
        QTest::newRow("500 with text") << Action::Respond << EventFeedServer::response(500, "oops\n", {}, "text/plain")
                                       << QStringList{u"HTTP 500 Internal Server Error"_s, u"'oops'"_s};
        QTest::newRow("400 other than bad_cursor")
            << Action::Respond
            << EventFeedServer::response(400, json("{'error':{'code':'bad_limit','message':'limit must be a number'}}"))
            << QStringList{u"HTTP 400 Bad Request"_s, u"bad_limit: limit must be a number"_s};
        QTest::newRow("body cut off")
            << Action::CloseEarly
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                          "{\"version\":1,")
            << QStringList{u"the connection closed before the whole page arrived"_s};
        QTest::newRow("declared body over the limit")
            << Action::Respond << EventFeedServer::response(200, QByteArray(300'000, ' '))
            << QStringList{u"larger than the limit"_s};
        QTest::newRow("endless body") << Action::EndlessChunked << QByteArray()
                                      << QStringList{u"larger than the limit"_s};
        QTest::newRow("no answer") << Action::Stall << QByteArray() << QStringList{u"no answer within 0.5 s"_s};
        QTest::newRow("answer too slow") << Action::Trickle << QByteArray()
                                         << QStringList{u"the page was not complete within 0.5 s"_s};
        QTest::newRow("empty 200") << Action::Respond << EventFeedServer::response(200, "")
                                   << QStringList{u"the page is empty"_s};
        QTest::newRow("JSON that is no page")
            << Action::Respond << EventFeedServer::response(200, json("[1,2]")) << QStringList{u"not an event page"_s};
    }

    void failures()
    {
        QFETCH(Action, action);
        QFETCH(QByteArray, response);
        QFETCH(QStringList, expected);
        EventFeedServer server([&](const EventFeedServer::Request &) { return Answer{action, response}; });
        auto store = openStore();
        QVERIFY(store);
        EventFeedOptions o = options(server.url(u"/events?api_key=KEY_SECRET_456"_s));
        o.timeout = 500ms;
        o.maxBodyBytes = 256 * 1024;
        GatewayEventFeed feed(&m_network, o, store.get());
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        feed.start();
        QVERIFY(problems.wait(10'000));
        const QString message = problems.constFirst().constFirst().toString();
        for (const QString &part : expected)
            QVERIFY2(message.contains(part), qPrintable(message));
        QVERIFY2(message.contains(u"/events?api_key=[redacted: api_key parameter]"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"SECRET"_s) && !message.contains(u"tok_"_s), qPrintable(message));
        QCOMPARE(feed.state(), GatewayEventFeed::State::Retrying);
        QVERIFY2(feed.stateMessage().endsWith(u"; trying again in 5 s"_s), qPrintable(feed.stateMessage()));
        QVERIFY(!feed.stateMessage().contains(u"SECRET"_s));
        QCOMPARE(feed.cursor(), QString());
        QCOMPARE(stored(*store).size(), 0);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            EventFeedServer closed([](const EventFeedServer::Request &) { return Answer{}; });
            port = closed.serverPort();
        }
        auto store = openStore();
        QVERIFY(store);
        GatewayEventFeed feed(&m_network, options(u"http://127.0.0.1:%1/events"_s.arg(port)), store.get());
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        feed.start();
        QVERIFY(problems.wait(10'000));
        const QString message = problems.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"connection refused by 127.0.0.1:%1"_s.arg(port)), qPrintable(message));
        QCOMPARE(feed.state(), GatewayEventFeed::State::Retrying);
    }

    void honoursRetryAfter()
    {
        int served = 0;
        EventFeedServer server([&served](const EventFeedServer::Request &) -> Answer {
            if (++served == 1)
                return {Action::Respond,
                        EventFeedServer::response(429, json("{'error':{'code':'slow_down'}}"), "Retry-After: 1\r\n")};
            return EventFeedServer::ok(page({call("call_1", "c_1")}, "c_1", false));
        });
        auto store = openStore();
        QVERIFY(store);
        EventFeedOptions o = options(server.url());
        o.retryMin = 20ms; // without Retry-After the second request would come at once
        GatewayEventFeed feed(&m_network, o, store.get());
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        feed.start();
        QVERIFY(problems.wait());
        QVERIFY2(problems.constFirst().constFirst().toString().contains(u"HTTP 429 Too Many Requests from"_s),
                 qPrintable(problems.constFirst().constFirst().toString()));
        QVERIFY2(feed.stateMessage().endsWith(u"polled too often; trying again in 1 s"_s),
                 qPrintable(feed.stateMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(feed.cursor(), u"c_1"_s, 10'000);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY2(server.requests.at(1).atMs - server.requests.at(0).atMs >= 1000,
                 qPrintable(QString::number(server.requests.at(1).atMs - server.requests.at(0).atMs)));
    }

    void backsOffAfterFailures()
    {
        int served = 0;
        EventFeedServer server([&served](const EventFeedServer::Request &) -> Answer {
            if (++served <= 3)
                return {Action::Respond, EventFeedServer::response(500, "down", {}, "text/plain")};
            return EventFeedServer::ok(page({call("call_1", "c_1")}, "c_1", false));
        });
        auto store = openStore();
        QVERIFY(store);
        EventFeedOptions o = options(server.url());
        o.retryMin = 100ms;
        GatewayEventFeed feed(&m_network, o, store.get());
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.cursor(), u"c_1"_s, 10'000);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(server.requests.size(), 4);
        // 100 ms, then 200, then 400: at least that long apart.
        const QList<qint64> expected{100, 200, 400};
        for (int i = 0; i < 3; ++i) {
            const qint64 apart = server.requests.at(i + 1).atMs - server.requests.at(i).atMs;
            QVERIFY2(apart >= expected.at(i), qPrintable(u"retry %1 after %2 ms"_s.arg(i + 1).arg(apart)));
        }
        QCOMPARE(feed.state(), GatewayEventFeed::State::Waiting);
    }

    void stopsAtANewerVersion()
    {
        EventFeedServer server([](const EventFeedServer::Request &) {
            return EventFeedServer::ok(json("{'version':2,'items':[],'cursor':'x'}"));
        });
        auto store = openStore();
        QVERIFY(store);
        EventFeedOptions o = options(server.url());
        o.retryMin = 50ms;
        GatewayEventFeed feed(&m_network, o, store.get());
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        feed.start();
        QTRY_COMPARE(feed.state(), GatewayEventFeed::State::Halted);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().constFirst().toString().contains(
                     u"version 2 is newer than this Gatewatch understands (it reads version 1)"_s),
                 qPrintable(problems.constFirst().constFirst().toString()));
        // No retry: the state stays (a retry would go through Fetching).
        QSignalSpy states(&feed, &GatewayEventFeed::stateChanged);
        QVERIFY(!states.wait(500));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(feed.cursor(), QString());
    }

    void leavesOutWhatItCannotRead()
    {
        EventFeedServer server([](const EventFeedServer::Request &r) -> Answer {
            if (!r.after) {
                return EventFeedServer::ok(
                    page({call("call_1", "c_1"),
                          json("{'id':'x_2','cursor':'c_2','type':'call.succeeded','time':'2026-12-01T09:14:03.512Z'}"),
                          call("call_3", "c_3", "2026-12-01T25:00:00Z"), call("call_4", "c_4")},
                         "c_4", false));
            }
            return EventFeedServer::ok(page({}, "c_4", false));
        });
        auto store = openStore();
        QVERIFY(store);
        GatewayEventFeed feed(&m_network, options(server.url()), store.get());
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        QSignalSpy arrived(&feed, &GatewayEventFeed::eventsArrived);
        feed.start();
        QVERIFY(arrived.wait());
        QCOMPARE(arrived.constFirst().constFirst().toInt(), 2);
        QCOMPARE(feed.cursor(), u"c_4"_s);
        QCOMPARE(feed.unknownEventsSkipped(), 1);
        QCOMPARE(problems.size(), 1);
        const QString message = problems.constFirst().constFirst().toString();
        QVERIFY2(
            message.endsWith(u"event 3 (id call_3): field 'time' is not an RFC 3339 time: '2026-12-01T25:00:00Z'"_s),
            qPrintable(message));
        QCOMPARE(ids(stored(*store)), (QStringList{u"call_4"_s, u"call_1"_s}));
    }

    void startsAgainAfterABadCursor()
    {
        EventFeedServer server([](const EventFeedServer::Request &r) -> Answer {
            if (r.after == "c_foreign") {
                return {Action::Respond,
                        EventFeedServer::response(
                            400, json("{'error':{'code':'bad_cursor','message':'not a cursor of this gateway'}}"))};
            }
            if (!r.after)
                return EventFeedServer::ok(page({call("call_1", "c_1")}, "c_1", false));
            return EventFeedServer::ok(page({}, "c_1", false));
        });
        auto store = openStore();
        QVERIFY(store);
        QSignalSpy committed(store.get(), &HistoryStore::eventsCommitted);
        store->appendEvents(u"gateway"_s, {}, u"c_foreign"_s);
        QVERIFY(committed.wait());

        GatewayEventFeed feed(&m_network, options(server.url()), store.get());
        QSignalSpy problems(&feed, &GatewayEventFeed::problem);
        QSignalSpy gaps(&feed, &GatewayEventFeed::gapReported);
        feed.start();
        QTRY_COMPARE(feed.cursor(), u"c_1"_s);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(1).after, std::nullopt);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().constFirst().toString().contains(
                     u"it does not know the cursor 'c_foreign' (bad_cursor: not a cursor of this gateway)"_s),
                 qPrintable(problems.constFirst().constFirst().toString()));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.constFirst().constFirst().value<EventGap>(),
                 (EventGap{u"bad_cursor"_s, u"c_foreign"_s, std::nullopt, QString()}));
        QCOMPARE(ids(stored(*store)), QStringList{u"call_1"_s});
    }

    // Deliveries of a configured source get Gatewatch's own verdict as of their receipt, the store
    // finds the one sent again, and the send time is read for every vendor that says it.
    void checksDeliverySignatures()
    {
        // GitHub's published example: secret "It's a Secret to Everybody", body "Hello, World!"
        // (`openssl dgst -sha256 -hmac` gives the same).
        const QByteArray good = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        auto delivery = [](const QByteArray &id, const QByteArray &source, const QByteArray &received,
                           const QByteArray &headers) -> QByteArray {
            return json("{'id':'") + id + json("','cursor':'") + id + json("','type':'webhook.delivery','time':'")
                   + received + json("','source':'") + source + json("','topic':'push','received_at':'") + received
                   + json("','headers':[") + headers
                   + json("],'body_base64':'SGVsbG8sIFdvcmxkIQ==','verdict':{'result':'accepted','reason':null},"
                          "'response':{'status':200,'body_excerpt':null},'attempts':[],'next_attempt':null}");
        };
        const QByteArray github = json("['X-GitHub-Delivery','dlv-1'],['X-Hub-Signature-256','");
        const QList<QByteArray> events{
            delivery("d_1", "github", "2026-12-01T09:14:03.101Z", github + good + json("']")),
            // The same delivery again, later: a duplicate, though signed correctly.
            delivery("d_2", "github", "2026-12-01T09:15:03.101Z", github + good + json("']")),
            delivery("d_3", "github", "2026-12-01T09:16:03.101Z",
                     json("['X-GitHub-Delivery','dlv-3'],['X-Hub-Signature-256','sha256=") + QByteArray(64, '0')
                         + json("']")),
            // No webhooks: entry for Stripe: not checked, but its send time is read.
            delivery("d_4", "stripe", "2026-12-01T09:14:03.101Z", json("['Stripe-Signature','t=1796116440,v1=00']")),
        };
        EventFeedServer server(
            [&](const EventFeedServer::Request &) { return EventFeedServer::ok(page(events, "d_4", false)); });
        auto store = openStore();
        QVERIFY(store);
        EventFeedOptions o = options(server.url());
        o.webhooks.insert(u"github"_s, WebhookCheck{u"github"_s, {"It's a Secret to Everybody"}});
        GatewayEventFeed feed(&m_network, o, store.get());
        QSignalSpy arrived(&feed, &GatewayEventFeed::eventsArrived);
        QSignalSpy recorded(&feed, &GatewayEventFeed::eventsRecorded);
        feed.start();
        QVERIFY(arrived.wait());

        // The events handed on carry Gatewatch's verdicts; which one repeats, the store decides.
        QCOMPARE(recorded.size(), 1);
        const auto handedOn = recorded.first().at(0).value<QList<GatewayEvent>>();
        QCOMPARE(ids(handedOn), (QStringList{u"d_1"_s, u"d_2"_s, u"d_3"_s, u"d_4"_s}));
        QCOMPARE(handedOn.at(1).webhookDelivery()->verification->verdict, WebhookVerdict::Valid);
        QCOMPARE(handedOn.at(2).webhookDelivery()->verification->verdict, WebhookVerdict::BadSignature);
        QVERIFY(!handedOn.at(3).webhookDelivery()->verification);

        HistoryReader reader(store->path(), Retention());
        EventQuery query;
        query.type = GatewayEventType::WebhookDelivery;
        query.toMs = t0 + 3'600'000;
        QHash<QString, WebhookDelivery> byId;
        for (const GatewayEvent &event : reader.eventsNow(query))
            byId.insert(event.id, *event.webhookDelivery());
        QCOMPARE(byId.size(), 4);
        QVERIFY(byId[u"d_1"_s].verification);
        QCOMPARE(byId[u"d_1"_s].verification->verdict, WebhookVerdict::Valid);
        QCOMPARE(byId[u"d_1"_s].verification->matchedSecret, u"current"_s);
        QCOMPARE(byId[u"d_1"_s].verification->dedupeId, u"dlv-1"_s);
        QCOMPARE(byId[u"d_2"_s].verification->verdict, WebhookVerdict::Duplicate);
        QVERIFY2(byId[u"d_2"_s].verification->message.contains(u"dlv-1"_s),
                 qPrintable(byId[u"d_2"_s].verification->message));
        QCOMPARE(byId[u"d_3"_s].verification->verdict, WebhookVerdict::BadSignature);
        QCOMPARE(byId[u"d_3"_s].verification->expected, QString::fromLatin1(good));
        QVERIFY(!byId[u"d_1"_s].sentAtMs); // GitHub sends no time
        QVERIFY(!byId[u"d_4"_s].verification);
        QCOMPARE(byId[u"d_4"_s].sentAtMs, std::optional<qint64>(1'796'116'440'000));

        // Read again (a restart before the cursor was kept): the original stays the original.
        feed.stop();
        GatewayEventFeed again(&m_network, o, store.get());
        QSignalSpy arrivedAgain(&again, &GatewayEventFeed::eventsArrived);
        again.start();
        QVERIFY(arrivedAgain.wait());
        for (const GatewayEvent &event : reader.eventsNow(query))
            byId.insert(event.id, *event.webhookDelivery());
        QCOMPARE(byId[u"d_1"_s].verification->verdict, WebhookVerdict::Valid);
        QCOMPARE(byId[u"d_2"_s].verification->verdict, WebhookVerdict::Duplicate);

        // Per source and hour.
        QCOMPARE(reader.webhookVolumesNow(t0 - 3'600'000, t0 + 3'600'000),
                 (QList<WebhookVolume>{{u"github"_s, t0 / 3'600'000 * 3'600'000, 3},
                                       {u"stripe"_s, t0 / 3'600'000 * 3'600'000, 1}}));
    }

    void mapsIntegrationsByRoute()
    {
        EventFeedServer server([](const EventFeedServer::Request &) {
            return EventFeedServer::ok(page({call("call_1", "c_1")}, "c_1", false));
        });
        auto store = openStore();
        QVERIFY(store);
        EventFeedOptions o = options(server.url());
        o.routes = {{u"shop"_s, {u"shopify-admin"_s, QString()}}};
        GatewayEventFeed feed(&m_network, o, store.get());
        QSignalSpy arrived(&feed, &GatewayEventFeed::eventsArrived);
        feed.start();
        QVERIFY(arrived.wait());
        HistoryReader reader(store->path(), Retention());
        EventQuery query;
        query.integration = u"shop"_s;
        query.toMs = t0 + 1;
        QCOMPARE(ids(reader.eventsNow(query)), QStringList{u"call_1"_s});
    }
};

QTEST_GUILESS_MAIN(tst_GatewayFeed)
#include "tst_gatewayfeed.moc"
