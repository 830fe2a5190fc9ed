// The failed-calls page on a month of calls: --calls failed calls (1,000,000) over 30 days, of
// ~10 integrations with checks and gateway routes, with realistic statuses, failure classes,
// headers and bodies. The file is filled by a direct bulk insert into the store's own schema
// (historyschema::migrate) with the store's own row format (CallWriter), in transactions of 50,000
// rows: the store's write path commits about once a second and would take hours for a month.
// Then, through HistoryReader as the page asks it, the median of --repeat runs of:
//  - the first page: count and the newest 100 rows;
//  - a jump to --jump (700,000), to the middle and to the last page;
//  - indexed filters (an integration, two integrations, a failure class, a status range, a check):
//    count and the first page, and a jump into the middle of the matches;
//  - the sort flipped (oldest first): first page and a jump;
//  - free text in URL, reason or request ids: count and the first page.
//
//   bench_calls [--calls 1000000] [--repeat 10] [--jump 700000] [--dir DIR]
//
// A file already in --dir is used as it is. Not a unit test: no thresholds here;
// docs/PERFORMANCE.md records the results.

#include "historycodec.h"
#include "historyreader.h"
#include "historyschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 start = 1'787'356'800'000; // 2026-08-22T00:00:00Z
constexpr qint64 monthMs = 30LL * 86'400'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A small deterministic generator (xorshift), so every run writes the same file.
class Dice
{
public:
    quint64 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

private:
    quint64 m_state = 0x9e3779b97f4a7c15ULL;
};

struct Integration
{
    QString id;
    QString host;
    QStringList checks;
    QString service; // the gateway's
    QStringList routes;
};

const QList<Integration> &integrations()
{
    static const QList<Integration> all{
        {u"stripe"_s,
         u"api.stripe.com"_s,
         {u"charges"_s, u"balance"_s, u"webhooks"_s},
         u"stripe-api"_s,
         {u"charges"_s, u"refunds"_s, u"customers"_s}},
        {u"shopify"_s,
         u"shop.myshopify.com"_s,
         {u"orders"_s, u"products"_s, u"graphql"_s},
         u"shopify-admin"_s,
         {u"orders"_s, u"inventory"_s}},
        {u"slack"_s, u"slack.com"_s, {u"auth-test"_s, u"post-message"_s}, u"slack-api"_s, {u"chat"_s}},
        {u"github"_s, u"api.github.com"_s, {u"rate-limit"_s, u"repos"_s}, u"github-api"_s, {u"repos"_s, u"issues"_s}},
        {u"twilio"_s, u"api.twilio.com"_s, {u"messages"_s, u"account"_s}, u"twilio-api"_s, {u"messages"_s}},
        {u"sendgrid"_s, u"api.sendgrid.com"_s, {u"send"_s, u"stats"_s}, u"sendgrid-api"_s, {u"mail"_s}},
        {u"hubspot"_s,
         u"api.hubapi.com"_s,
         {u"contacts"_s, u"deals"_s, u"owners"_s},
         u"hubspot-api"_s,
         {u"contacts"_s, u"deals"_s}},
        {u"zendesk"_s, u"acme.zendesk.com"_s, {u"tickets"_s, u"users"_s}, u"zendesk-api"_s, {u"tickets"_s}},
        {u"ga4"_s, u"analyticsdata.googleapis.com"_s, {u"run-report"_s, u"realtime"_s}, u"ga4-api"_s, {u"report"_s}},
        {u"chatwoot"_s,
         u"app.chatwoot.com"_s,
         {u"conversations"_s, u"inboxes"_s},
         u"chatwoot-api"_s,
         {u"messages"_s, u"contacts"_s}},
    };
    return all;
}

struct Outcome
{
    int status; // 0: no response
    FailureClass failureClass;
    QString error; // the gateway's, for no response
    int weight;
};

// What failed calls look like over a month: mostly 5xx and rate limits, a fifth without response.
const QList<Outcome> &outcomes()
{
    static const QList<Outcome> all{
        {503, FailureClass::HttpStatus, {}, 24},      {500, FailureClass::HttpStatus, {}, 10},
        {502, FailureClass::HttpStatus, {}, 10},      {504, FailureClass::HttpStatus, {}, 5},
        {429, FailureClass::RateLimited, {}, 15},     {401, FailureClass::HttpStatus, {}, 3},
        {403, FailureClass::HttpStatus, {}, 2},       {404, FailureClass::HttpStatus, {}, 5},
        {422, FailureClass::HttpStatus, {}, 2},       {200, FailureClass::Condition, {}, 4},
        {0, FailureClass::Timeout, u"timeout"_s, 12}, {0, FailureClass::Connect, u"connection_refused"_s, 5},
        {0, FailureClass::Dns, u"dns"_s, 2},          {0, FailureClass::Tls, u"tls"_s, 1},
    };
    return all;
}

const Outcome &pickOutcome(Dice &dice)
{
    static const int total = [] {
        int n = 0;
        for (const Outcome &o : outcomes())
            n += o.weight;
        return n;
    }();
    int roll = dice.below(total);
    for (const Outcome &o : outcomes()) {
        if (roll < o.weight)
            return o;
        roll -= o.weight;
    }
    return outcomes().constFirst();
}

QString body(Dice &dice, int status)
{
    static const QStringList templates{
        u"{\"error\":{\"type\":\"api_error\",\"message\":\"Service temporarily unavailable; retry later.\"}}"_s,
        u"<html><head><title>%1</title></head><body><center><h1>%1</h1></center><hr><center>nginx</center>"
        "</body></html>"_s,
        u"{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted "
        "service.\"}"_s,
        u"{\"ok\":false,\"error\":\"ratelimited\",\"response_metadata\":{\"messages\":[\"retry after 30s\"]}}"_s,
        u"{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}"_s,
    };
    QString text = dice.pick(templates);
    if (text.contains(u"%1"))
        text = text.arg(status);
    // Some answers are long: a stack trace or an HTML error page of a few KiB.
    if (dice.below(10) == 0)
        text += u" at com.vendor.api.Handler.process(Handler.java:128)"_s.repeated(20 + dice.below(40));
    return text;
}

CallRecord makeCall(Dice &dice, qint64 index, qint64 count)
{
    const Integration &integration = dice.pick(integrations());
    const Outcome &outcome = pickOutcome(dice);
    CallRecord call;
    // Evenly over the month with jitter, in order: the file is written as the store would.
    call.timeMs =
        start + index * (monthMs / count) + dice.below(static_cast<int>(std::max<qint64>(1, monthMs / count)));
    call.origin = dice.below(10) < 6 ? CallOrigin::Check : CallOrigin::Gateway;
    call.integration = integration.id;
    QString path;
    if (call.origin == CallOrigin::Check) {
        call.check = dice.pick(integration.checks);
        path = u"/v1/"_s + call.check;
    } else {
        call.service = integration.service;
        call.route = dice.pick(integration.routes);
        path = u"/v1/"_s + call.route + u'/' + QString::number(dice.next() % 100'000);
        call.gatewayRequestId = u"gw-%1"_s.arg(dice.next(), 16, 16, QChar(u'0'));
        call.retryDecision = dice.below(2) ? u"retry"_s : u"give_up"_s;
    }
    call.attempt = 1 + dice.below(3);
    call.request.method = dice.below(3) == 0 ? u"POST"_s : u"GET"_s;
    call.request.url = u"https://"_s + integration.host + path + u"?limit=50&page="_s + QString::number(dice.below(20));
    call.request.headers = {{u"Accept"_s, u"application/json"_s},
                            {u"User-Agent"_s, u"gatewatch/1.0"_s},
                            {u"Authorization"_s, u"[redacted: Authorization header]"_s}};
    if (call.request.method == u"POST")
        call.requestBody = "{\"amount\":1000,\"currency\":\"eur\",\"description\":\"order 4711\"}";
    call.failureClass = outcome.failureClass;
    call.timing.queueMs = dice.below(5);
    if (outcome.status > 0) {
        call.vendorRequestId = u"req_%1"_s.arg(dice.next(), 16, 16, QChar(u'0'));
        call.response = CallResponse{outcome.status,
                                     {{u"Content-Type"_s, u"application/json"_s},
                                      {u"Date"_s, u"Sat, 22 Aug 2026 10:00:00 GMT"_s},
                                      {u"X-Request-Id"_s, call.vendorRequestId},
                                      {u"Retry-After"_s, u"30"_s},
                                      {u"Server"_s, u"nginx"_s}},
                                     body(dice, outcome.status),
                                     false};
        call.reason = outcome.failureClass == FailureClass::Condition
                          ? u"[BODY].status == \"ok\" did not hold"_s
                          : u"The vendor answered HTTP %1"_s.arg(outcome.status);
        if (outcome.failureClass == FailureClass::Condition)
            call.failedConditions = {{u"[BODY].status == \"ok\""_s, u"\"degraded\""_s}};
        call.timing.totalMs = 80 + dice.below(2'000);
        call.timing.connectMs = 5 + dice.below(40);
        call.timing.tlsMs = 10 + dice.below(60);
        call.timing.firstByteMs = call.timing.totalMs - 2;
    } else {
        call.error = outcome.error;
        call.reason = u"No response arrived (%1)"_s.arg(outcome.error);
        call.timing.totalMs = outcome.failureClass == FailureClass::Timeout ? 30'000 : dice.below(200);
    }
    return call;
}

bool fill(const QString &path, qint64 count)
{
    const QString name = u"bench-fill"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            historyschema::exec(db, u"PRAGMA journal_mode=WAL"_s);
            historyschema::exec(db, u"PRAGMA synchronous=NORMAL"_s);
            historyschema::exec(db, u"PRAGMA cache_size=-64000"_s);
            ok = !historyschema::migrate(db, u"bench"_s);
            std::optional<CallWriter> writer;
            if (ok)
                writer.emplace(db);
            ok = ok && !writer->prepareError();
            Dice dice;
            std::optional<DbError> error;
            for (qint64 i = 0; ok && i < count; ++i) {
                if (i % 50'000 == 0)
                    ok = !historyschema::exec(db, u"BEGIN"_s);
                const CallRecord call = makeCall(dice, i, count);
                if (call.origin == CallOrigin::Gateway) {
                    GatewayEvent event;
                    event.id = u"call_%1"_s.arg(i);
                    event.cursor = u"c_%1"_s.arg(i, 12, 10, QChar(u'0'));
                    event.timeMs = call.timeMs;
                    event.detail = FailedCall{};
                    error = writer->write(call, &event, u"gateway"_s);
                } else {
                    error = writer->write(call);
                }
                ok = !error;
                if (error)
                    std::fprintf(stderr, "insert failed: %s\n", qPrintable(error->message));
                if (ok && (i % 50'000 == 49'999 || i + 1 == count))
                    ok = !historyschema::exec(db, u"COMMIT"_s);
            }
            // A few successes kept for comparison, as the store keeps them (three per check).
            Dice kept;
            for (const Integration &integration : integrations()) {
                for (const QString &check : integration.checks) {
                    for (int n = 0; ok && n < 3; ++n) {
                        CallRecord call = makeCall(kept, count - 3 + n, count);
                        call.origin = CallOrigin::Check;
                        call.integration = integration.id;
                        call.check = check;
                        call.service.clear();
                        call.route.clear();
                        call.succeeded = true;
                        call.failureClass = FailureClass::None;
                        call.response = CallResponse{200, {}, u"{\"ok\":true}"_s, false};
                        ok = !writer->write(call);
                    }
                }
            }
            writer.reset();
            historyschema::exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct Timing
{
    double median = 0;
    double max = 0;
};

template<typename Run>
Timing timeIt(int repeat, Run run)
{
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        run();
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

QString tableSizes(const QString &path)
{
    const QString name = u"bench-size"_s;
    QStringList sizes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(
                    u"SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'call%' GROUP BY name ORDER BY 2 DESC"_s)) {
                while (q.next())
                    sizes.append(u"%1 %2 MB"_s.arg(q.value(0).toString()).arg(q.value(1).toDouble() / 1e6, 0, 'f', 1));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return sizes.join(u", "_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption callsOption(u"calls"_s, u"Failed calls in the file."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per query (the median is reported)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption jumpOption(u"jump"_s, u"Offset of the jump."_s, u"N"_s, u"700000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the file goes (default: a temporary folder)."_s, u"DIR"_s);
    parser.addOptions({callsOption, repeatOption, jumpOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 count = parser.value(callsOption).toLongLong();
    const int repeat = parser.value(repeatOption).toInt();
    const qint64 jump = parser.value(jumpOption).toLongLong();
    if (count < 1000 || repeat <= 0 || jump < 0) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
        return 1;
    }
    const QString path = dir + u"/calls.sqlite"_s;

    QElapsedTimer clock;
    clock.start();
    if (!QFileInfo::exists(path) && !fill(path, count)) {
        std::fprintf(stderr, "filling %s failed\n", qPrintable(path));
        return 1;
    }
    out() << u"%1 failed calls over 30 days in %2; filled in %3 s; file %4 MB (%5)\n"_s.arg(count)
                 .arg(path)
                 .arg(static_cast<double>(clock.elapsed()) / 1000, 0, 'f', 1)
                 .arg(static_cast<double>(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
                 .arg(tableSizes(path));
    out().flush();

    HistoryReader reader(path, Retention{});
    const qint64 all = reader.countCallsNow({}); // opens the connection and warms the cache; not timed
    out() << u"calls listed (kept successes left out): %1; median of %2 runs, max in brackets\n"_s.arg(all).arg(repeat);
    auto report = [&](const QString &label, auto run) {
        qint64 matched = 0;
        qsizetype rows = 0;
        run(matched, rows); // warm-up
        const Timing t = timeIt(repeat, [&] { run(matched, rows); });
        out() << u"  %1: %2 ms (%3); %4 rows%5\n"_s.arg(label, -44)
                     .arg(t.median, 0, 'f', 1)
                     .arg(t.max, 0, 'f', 1)
                     .arg(rows)
                     .arg(matched >= 0 ? u" of %1"_s.arg(matched) : QString());
        out().flush();
    };
    // The page's question: how many, and the first rows.
    auto firstPage = [&](const CallFilter &filter) {
        return [&reader, filter](qint64 &matched, qsizetype &rows) {
            matched = reader.countCallsNow(filter);
            rows = reader.callRowsNow(filter, 0, 100).size();
        };
    };
    auto page = [&](const CallFilter &filter, qint64 offset) {
        return [&reader, filter, offset](qint64 &matched, qsizetype &rows) {
            matched = -1;
            rows = reader.callRowsNow(filter, offset, 100).size();
        };
    };

    CallFilter everything;
    report(u"first page: count + newest 100"_s, firstPage(everything));
    report(u"count alone"_s, [&](qint64 &matched, qsizetype &rows) {
        matched = reader.countCallsNow(everything);
        rows = 0;
    });
    report(u"jump to %1"_s.arg(jump), page(everything, jump));
    report(u"jump to the middle (%1)"_s.arg(all / 2), page(everything, all / 2));
    report(u"last page"_s, page(everything, all - 100));
    CallFilter oldest;
    oldest.newestFirst = false;
    report(u"oldest first: first page"_s, firstPage(oldest));
    report(u"oldest first: jump to %1"_s.arg(jump), page(oldest, jump));

    const QList<std::pair<QString, CallFilter>> filters = [] {
        QList<std::pair<QString, CallFilter>> list;
        CallFilter f;
        f.integrations = {u"stripe"_s};
        list.append({u"integration stripe"_s, f});
        f.integrations = {u"stripe"_s, u"slack"_s};
        list.append({u"integrations stripe, slack"_s, f});
        f = {};
        f.failureClass = FailureClass::Timeout;
        list.append({u"failure class timeout"_s, f});
        f = {};
        f.statusFrom = 500;
        f.statusTo = 599;
        list.append({u"status 500-599"_s, f});
        f.statusFrom = 429;
        f.statusTo = 429;
        list.append({u"status 429"_s, f});
        f = {};
        f.checkOrRoute = u"charges"_s;
        list.append({u"check charges"_s, f});
        f = {};
        f.origin = CallOrigin::Gateway;
        list.append({u"from the gateway"_s, f});
        f.checkOrRoute = u"stripe-api"_s; // the service: every route of it
        list.append({u"gateway service stripe-api"_s, f});
        f = {};
        f.fromMs = start + 10 * 86'400'000LL;
        f.toMs = start + 17 * 86'400'000LL;
        list.append({u"one week"_s, f});
        f = {};
        f.integrations = {u"shopify"_s};
        f.statusFrom = 500;
        f.statusTo = 599;
        f.fromMs = start + 10 * 86'400'000LL;
        f.toMs = start + 17 * 86'400'000LL;
        list.append({u"shopify, 5xx, one week"_s, f});
        return list;
    }();
    for (const auto &[label, filter] : filters) {
        report(label + u": count + first page"_s, firstPage(filter));
        const qint64 matched = reader.countCallsNow(filter);
        report(label + u": jump to %1"_s.arg(matched / 2), page(filter, matched / 2));
    }

    CallFilter text;
    text.text = u"page=7"_s;
    report(u"text \"page=7\" (URL, 1 in 20)"_s, firstPage(text));
    text.text = u"Gateway Timeout"_s;
    report(u"text \"Gateway Timeout\" (none)"_s, firstPage(text));
    text.text = u"req_00"_s;
    report(u"text \"req_00\" (request ids, 1 in 256)"_s, firstPage(text));
    text.integrations = {u"stripe"_s};
    text.text = u"page=7"_s;
    report(u"stripe and text \"page=7\""_s, firstPage(text));

    // One record in full, as the detail pane asks for it.
    const QList<CallSummary> newest = reader.callRowsNow(everything, 0, 1);
    if (!newest.isEmpty()) {
        report(u"one call in full"_s, [&](qint64 &matched, qsizetype &rows) {
            matched = -1;
            rows = reader.callNow(newest.constFirst().id) ? 1 : 0;
        });
    }
    return 0;
}
