// The simulated gateway's event feed over real HTTP, against the wire contract in
// docs/gateway-events-api.md: paging and cursors, errors and gaps, failed calls that follow the
// vendors' faults, webhook deliveries whose signatures are checked here with Qt's own HMAC (not
// the code that made them), Svix-style forwarding retries, and one feed per seed.

#include "simulator.h"
#include "webhookverifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gw::sim::Fault;
using gw::sim::Simulator;
using gw::sim::WebhookSecret;

Q_DECLARE_METATYPE(Fault)

namespace {

const QDateTime Epoch(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

struct Page
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &event : json.value(u"events"_s).toArray())
            out.append(event.toObject());
        return out;
    }
};

Simulator::Options options(quint32 seed = 1)
{
    Simulator::Options options;
    options.scenario = u"calm"_s;
    options.seed = seed;
    options.tls = false;
    options.latencyScale = 0.01;
    options.eventEpoch = Epoch;
    return options;
}

// A started simulator with its scenario clock stopped at 0: the test moves time.
std::unique_ptr<Simulator> frozen(const Simulator::Options &options)
{
    auto sim = std::make_unique<Simulator>(options);
    if (sim->start())
        return {};
    sim->setScenarioClockRunning(false);
    sim->setScenarioTime(0ms);
    return sim;
}

QByteArray header(const QJsonArray &headers, QByteArrayView name)
{
    for (const QJsonValue &pair : headers) {
        if (name.compare(pair.toArray().at(0).toString().toLatin1(), Qt::CaseInsensitive) == 0)
            return pair.toArray().at(1).toString().toUtf8();
    }
    return {};
}

bool hasHeader(const QJsonArray &headers, QByteArrayView name)
{
    for (const QJsonValue &pair : headers) {
        if (name.compare(pair.toArray().at(0).toString().toLatin1(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QDateTime rfc3339(const QJsonValue &value)
{
    static const QRegularExpression format(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    if (!format.match(value.toString()).hasMatch())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// ---- An independent webhook verifier: Qt's HMAC, the rules of wire-formats.md §2 ------------------

QByteArray mac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray signatureHeaderName(const QString &source)
{
    if (source == u"shopify"_s)
        return "X-Shopify-Hmac-Sha256";
    if (source == u"stripe"_s)
        return "Stripe-Signature";
    if (source == u"slack"_s)
        return "X-Slack-Signature";
    if (source == u"github"_s)
        return "X-Hub-Signature-256";
    if (source == u"chatwoot"_s)
        return "X-Chatwoot-Signature";
    return "webhook-signature";
}

// The timestamp the signature covers; 0 for schemes without one.
qint64 signedTimestamp(const QString &source, const QJsonArray &headers)
{
    if (source == u"stripe"_s) {
        for (const QByteArray &part : header(headers, "Stripe-Signature").split(',')) {
            if (part.startsWith("t="))
                return part.mid(2).toLongLong();
        }
        return 0;
    }
    if (source == u"slack"_s)
        return header(headers, "X-Slack-Request-Timestamp").toLongLong();
    if (source == u"chatwoot"_s)
        return header(headers, "X-Chatwoot-Timestamp").toLongLong();
    if (source == u"standard"_s)
        return header(headers, "webhook-timestamp").toLongLong();
    return 0;
}

// Whether `secret` made (one of) the delivery's signatures.
bool signedWith(const QString &source, const QJsonArray &headers, const QByteArray &body, const QByteArray &secret)
{
    const QByteArray value = header(headers, signatureHeaderName(source));
    const QByteArray ts = QByteArray::number(signedTimestamp(source, headers));
    if (source == u"shopify"_s)
        return value == mac(secret, body).toBase64();
    if (source == u"github"_s)
        return value == "sha256=" + mac(secret, body).toHex();
    if (source == u"slack"_s)
        return value == "v0=" + mac(secret, "v0:" + ts + ':' + body).toHex();
    if (source == u"chatwoot"_s)
        return value == "sha256=" + mac(secret, ts + '.' + body).toHex();
    if (source == u"stripe"_s) {
        const QByteArray expected = mac(secret, ts + '.' + body).toHex();
        for (const QByteArray &part : value.split(',')) {
            if (part == "v1=" + expected)
                return true;
        }
        return false;
    }
    const QByteArray key = QByteArray::fromBase64(secret.mid(int(qstrlen("whsec_"))));
    const QByteArray expected = "v1," + mac(key, header(headers, "webhook-id") + '.' + ts + '.' + body).toBase64();
    return value.split(' ').contains(expected);
}

// What the vendor dedupes by.
QByteArray vendorId(const QString &source, const QJsonArray &headers, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (source == u"shopify"_s)
        return header(headers, "X-Shopify-Event-Id");
    if (source == u"stripe"_s)
        return json.value(u"id"_s).toString().toUtf8();
    if (source == u"slack"_s)
        return json.value(u"event_id"_s).toString().toUtf8();
    if (source == u"github"_s)
        return header(headers, "X-GitHub-Delivery");
    if (source == u"chatwoot"_s)
        return header(headers, "X-Chatwoot-Delivery");
    return header(headers, "webhook-id");
}

} // namespace

class tst_SimulatorEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFeed();
    void pagesAndCursors();
    void limits_data();
    void limits();
    void badCursor_data();
    void badCursor();
    void unknownCursor();
    void gapAfterTheLogWraps();
    void failedCallsFollowFaults_data();
    void failedCallsFollowFaults();
    void sporadicFailuresWithoutFaults();
    void scenarioFaultsShowInTheFeed();
    void webhookSignatures();
    void verifierAgreesWithTheGateway();
    void forwardingRetriesFollowSvixSchedule();
    void sameSeedSameFeed();
    void feedSuffersTheGatewaysFaults();
    void metricsNameTheSameRoutes();

private:
    Page get(Simulator &sim, const QString &after = {}, const QString &limit = {});
    // Every event from the start (or after `after`), in feed order.
    QList<QJsonObject> all(Simulator &sim, const QString &after = {});
    // The latest version of every webhook delivery.
    QList<QJsonObject> deliveries(Simulator &sim);

    QNetworkAccessManager m_nam;
};

Page tst_SimulatorEvents::get(Simulator &sim, const QString &after, const QString &limit)
{
    QUrl url = sim.eventsUrl();
    QUrlQuery query;
    if (!after.isNull())
        query.addQueryItem(u"after"_s, QString::fromLatin1(QUrl::toPercentEncoding(after)));
    if (!limit.isNull())
        query.addQueryItem(u"limit"_s, limit);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Page page;
    if (!reply->isFinished() && !finished.wait(10000))
        return page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.json = QJsonDocument::fromJson(page.body).object();
    return page;
}

QList<QJsonObject> tst_SimulatorEvents::all(Simulator &sim, const QString &after)
{
    QList<QJsonObject> events;
    QString cursor = after;
    for (int guard = 0; guard < 1000; ++guard) {
        const Page page = get(sim, cursor, u"1000"_s);
        if (page.status != 200)
            return {};
        events += page.events();
        cursor = page.json.value(u"next_cursor"_s).toString();
        if (!page.json.value(u"has_more"_s).toBool())
            break;
    }
    return events;
}

QList<QJsonObject> tst_SimulatorEvents::deliveries(Simulator &sim)
{
    QHash<QString, QJsonObject> latest;
    QStringList order;
    for (const QJsonObject &event : all(sim)) {
        if (event.value(u"type"_s).toString() != u"webhook.delivery"_s)
            continue;
        const QString id = event.value(u"id"_s).toString();
        if (!latest.contains(id))
            order.append(id);
        latest.insert(id, event); // the latest version wins
    }
    QList<QJsonObject> out;
    for (const QString &id : std::as_const(order))
        out.append(latest.value(id));
    // In the order the vendors sent them (a version is logged when its forwarding attempt ends).
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return rfc3339(a.value(u"received_at"_s)) < rfc3339(b.value(u"received_at"_s));
    });
    return out;
}

void tst_SimulatorEvents::emptyFeed()
{
    auto sim = frozen(options());
    QVERIFY(sim);
    const Page page = get(*sim);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(u"version"_s).toInt(), 1);
    QVERIFY(page.json.value(u"events"_s).toArray().isEmpty());
    QVERIFY(page.json.value(u"next_cursor"_s).isNull());
    QCOMPARE(page.json.value(u"has_more"_s).toBool(true), false);
    QVERIFY(page.json.value(u"gap"_s).isNull());
}

void tst_SimulatorEvents::pagesAndCursors()
{
    auto sim = frozen(options(3));
    QVERIFY(sim);
    sim->setScenarioTime(8min);

    const Page first = get(*sim);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.events().size(), 100); // the default limit
    QVERIFY(first.json.value(u"has_more"_s).toBool());

    // Walking in pages of 37 sees exactly what one big page does, in the same order.
    const QList<QJsonObject> everything = all(*sim);
    QVERIFY2(everything.size() > 200, qPrintable(QString::number(everything.size())));
    QList<QJsonObject> walked;
    QString cursor;
    int pages = 0;
    for (;; ++pages) {
        const Page page = get(*sim, cursor, u"37"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(page.events().size() <= 37);
        QVERIFY(page.json.value(u"gap"_s).isNull());
        walked += page.events();
        if (!page.events().isEmpty())
            QCOMPARE(page.json.value(u"next_cursor"_s).toString(),
                     page.events().constLast().value(u"cursor"_s).toString());
        cursor = page.json.value(u"next_cursor"_s).toString();
        if (!page.json.value(u"has_more"_s).toBool())
            break;
    }
    QCOMPARE(walked, everything);
    QCOMPARE(pages + 1, int((everything.size() + 36) / 37));

    QSet<QString> cursors;
    QSet<QString> eventIds;
    QString previous;
    static const QRegularExpression cursorChars(u"^[A-Za-z0-9_.:-]{1,200}$"_s);
    for (const QJsonObject &event : everything) {
        const QString c = event.value(u"cursor"_s).toString();
        QVERIFY2(cursorChars.match(c).hasMatch(), qPrintable(c));
        QVERIFY(!cursors.contains(c));
        cursors.insert(c);
        QVERIFY2(previous < c, qPrintable(previous + u" then "_s + c)); // this gateway's cursors sort
        previous = c;

        // The fields every event has, and those of its type.
        const QString type = event.value(u"type"_s).toString();
        QVERIFY(type == u"call.failed"_s || type == u"webhook.delivery"_s);
        QVERIFY(!event.value(u"id"_s).toString().isEmpty());
        QVERIFY2(rfc3339(event.value(u"time"_s)).isValid(), qPrintable(event.value(u"time"_s).toString()));
        QVERIFY(rfc3339(event.value(u"time"_s)) >= Epoch);
        if (type == u"call.failed"_s) {
            QVERIFY(eventIds.contains(event.value(u"id"_s).toString()) == false);
            QVERIFY(event.value(u"integration"_s).isString() || event.value(u"integration"_s).isNull());
            QVERIFY(!event.value(u"service"_s).toString().isEmpty());
            QVERIFY(event.value(u"route"_s).isString());
            const QJsonObject request = event.value(u"request"_s).toObject();
            QVERIFY(!request.value(u"method"_s).toString().isEmpty());
            QVERIFY(request.value(u"url"_s).toString().startsWith(u"https://"_s));
            QVERIFY(!request.value(u"headers"_s).toArray().isEmpty());
            QVERIFY(event.value(u"response"_s).isObject() || event.value(u"response"_s).isNull());
            QVERIFY(event.value(u"response"_s).isObject() != event.value(u"error"_s).isString());
            QVERIFY(event.value(u"duration_ms"_s).toDouble(-1) >= 0);
            QVERIFY(event.value(u"attempt"_s).toInt() >= 1);
            const QJsonObject retry = event.value(u"retry"_s).toObject();
            QVERIFY((QStringList{u"retry"_s, u"give_up"_s, u"none"_s}).contains(retry.value(u"decision"_s).toString()));
            QCOMPARE(retry.value(u"after_ms"_s).isDouble(), retry.value(u"decision"_s).toString() == u"retry"_s);
            QVERIFY(event.value(u"vendor_request_id"_s).isString() || event.value(u"vendor_request_id"_s).isNull());
            QVERIFY(!event.value(u"gateway_request_id"_s).toString().isEmpty());
            eventIds.insert(event.value(u"id"_s).toString());
        } else {
            QVERIFY(!event.value(u"source"_s).toString().isEmpty());
            QVERIFY(!event.value(u"topic"_s).toString().isEmpty());
            QVERIFY(rfc3339(event.value(u"received_at"_s)).isValid());
            QVERIFY(rfc3339(event.value(u"received_at"_s)) <= rfc3339(event.value(u"time"_s)));
            QVERIFY(!event.value(u"headers"_s).toArray().isEmpty());
            QVERIFY(!QByteArray::fromBase64(event.value(u"body_base64"_s).toString().toLatin1()).isEmpty());
            const QJsonObject verdict = event.value(u"verdict"_s).toObject();
            QVERIFY(verdict.value(u"result"_s) == u"accepted"_s || verdict.value(u"result"_s) == u"rejected"_s);
            QVERIFY(event.value(u"response"_s).toObject().value(u"status"_s).toInt() >= 200);
            QVERIFY(event.value(u"attempts"_s).isArray());
            QVERIFY(event.value(u"next_attempt"_s).isNull() || rfc3339(event.value(u"next_attempt"_s)).isValid());
        }
    }

    // After the newest cursor: nothing, and the cursor comes back.
    const Page end = get(*sim, previous);
    QCOMPARE(end.status, 200);
    QVERIFY(end.events().isEmpty());
    QCOMPARE(end.json.value(u"next_cursor"_s).toString(), previous);
    QCOMPARE(end.json.value(u"has_more"_s).toBool(true), false);
    QVERIFY(end.json.value(u"gap"_s).isNull());

    // `after` returns only what follows it.
    const QString middle = everything.at(150).value(u"cursor"_s).toString();
    const Page rest = get(*sim, middle, u"1000"_s);
    QCOMPARE(rest.events().constFirst(), everything.at(151));

    // Time moves on: new events follow the old cursor.
    sim->setScenarioTime(9min);
    const Page later = get(*sim, previous);
    QCOMPARE(later.status, 200);
    QVERIFY(!later.events().isEmpty());
    QVERIFY(later.events().constFirst().value(u"cursor"_s).toString() > previous);
}

void tst_SimulatorEvents::limits_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("events");

    QTest::newRow("default 100") << QString() << 200 << 100;
    QTest::newRow("one") << u"1"_s << 200 << 1;
    QTest::newRow("five") << u"5"_s << 200 << 5;
    QTest::newRow("capped at 1000") << u"5000"_s << 200 << 1000;
    QTest::newRow("zero") << u"0"_s << 400 << 0;
    QTest::newRow("negative") << u"-3"_s << 400 << 0;
    QTest::newRow("not a number") << u"ten"_s << 400 << 0;
}

void tst_SimulatorEvents::limits()
{
    QFETCH(QString, limit);
    QFETCH(int, status);
    QFETCH(int, events);
    auto sim = frozen(options());
    QVERIFY(sim);
    sim->setScenarioTime(45min); // well over 1000 events
    const Page page = get(*sim, {}, limit);
    QCOMPARE(page.status, status);
    if (status == 200) {
        QCOMPARE(page.events().size(), events);
        QVERIFY(page.json.value(u"has_more"_s).toBool());
    } else {
        QCOMPARE(page.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"bad_request"_s);
    }
}

void tst_SimulatorEvents::badCursor_data()
{
    QTest::addColumn<QString>("cursor");

    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("a number") << u"12345"_s;
    QTest::newRow("truncated") << u"c_0000"_s;
    QTest::newRow("upper-case instance") << u"c_ABCDEF01_000000000001"_s;
    QTest::newRow("sequence too short") << u"c_abcdef01_1"_s;
    QTest::newRow("trailing junk") << u"c_abcdef01_000000000001x"_s;
    QTest::newRow("too long") << QString(300, u'c');
    QTest::newRow("quote") << u"c_abcdef01_00000000000\""_s;
}

void tst_SimulatorEvents::badCursor()
{
    QFETCH(QString, cursor);
    auto sim = frozen(options());
    QVERIFY(sim);
    sim->setScenarioTime(1min);
    const Page page = get(*sim, cursor);
    QCOMPARE(page.status, 400);
    const QJsonObject error = page.json.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"bad_cursor"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
}

void tst_SimulatorEvents::unknownCursor()
{
    // A cursor from another start of the gateway (another log).
    auto before = frozen(options());
    QVERIFY(before);
    before->setScenarioTime(2min);
    const QList<QJsonObject> old = all(*before);
    QVERIFY(!old.isEmpty());
    const QString foreign = old.constLast().value(u"cursor"_s).toString();

    Simulator::Options restarted = options();
    restarted.eventEpoch = Epoch.addSecs(3600);
    auto sim = frozen(restarted);
    QVERIFY(sim);
    sim->setScenarioTime(1min);
    const QList<QJsonObject> fresh = all(*sim);
    QVERIFY(!fresh.isEmpty());

    const Page page = get(*sim, foreign, u"1000"_s);
    QCOMPARE(page.status, 200);
    const QJsonObject gap = page.json.value(u"gap"_s).toObject();
    QCOMPARE(gap.value(u"reason"_s).toString(), u"cursor_unknown"_s);
    QCOMPARE(gap.value(u"after"_s).toString(), foreign);
    QVERIFY(gap.value(u"missed"_s).isNull());
    QCOMPARE(gap.value(u"resumes_at"_s).toString(), fresh.constFirst().value(u"cursor"_s).toString());
    QCOMPARE(page.events(), fresh); // from the oldest retained event
    QCOMPARE(page.json.value(u"next_cursor"_s).toString(), fresh.constLast().value(u"cursor"_s).toString());
}

void tst_SimulatorEvents::gapAfterTheLogWraps()
{
    Simulator::Options small = options(4);
    small.eventCapacity = 50;
    auto sim = frozen(small);
    QVERIFY(sim);
    // The same seed with room for everything tells what the small log has forgotten.
    auto full = frozen(options(4));
    QVERIFY(full);

    sim->setScenarioTime(40s);
    full->setScenarioTime(40s);
    const Page first = get(*sim, {}, u"1"_s);
    QCOMPARE(first.events().size(), 1);
    const QString kept = first.json.value(u"next_cursor"_s).toString();
    QCOMPARE(all(*full).constFirst(), first.events().constFirst());

    sim->setScenarioTime(10min);
    full->setScenarioTime(10min);
    const QList<QJsonObject> since = all(*full, kept);
    QVERIFY2(since.size() > 200, qPrintable(QString::number(since.size())));

    const Page page = get(*sim, kept, u"1000"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.events().size(), 50); // everything the log still has, oldest first
    QCOMPARE(page.events(), since.mid(since.size() - 50));
    const QJsonObject gap = page.json.value(u"gap"_s).toObject();
    QCOMPARE(gap.value(u"reason"_s).toString(), u"cursor_expired"_s);
    QCOMPARE(gap.value(u"after"_s).toString(), kept);
    QCOMPARE(gap.value(u"missed"_s).toInteger(), qint64(since.size() - 50));
    QCOMPARE(gap.value(u"resumes_at"_s).toString(), page.events().constFirst().value(u"cursor"_s).toString());
    QCOMPARE(page.json.value(u"next_cursor"_s).toString(), page.events().constLast().value(u"cursor"_s).toString());
    QCOMPARE(page.json.value(u"has_more"_s).toBool(true), false);

    // Going on from there is seamless.
    const Page next = get(*sim, page.json.value(u"next_cursor"_s).toString());
    QVERIFY(next.json.value(u"gap"_s).isNull());
    // Without a cursor: the oldest retained events, no gap.
    const Page fromStart = get(*sim, {}, u"1000"_s);
    QVERIFY(fromStart.json.value(u"gap"_s).isNull());
    QCOMPARE(fromStart.events(), page.events());
}

void tst_SimulatorEvents::failedCallsFollowFaults_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("status");    // 0: no response
    QTest::addColumn<QString>("error"); // empty: null
    QTest::addColumn<QByteArray>("credential");
    QTest::addColumn<QByteArray>("requestIdHeader");

    QTest::newRow("stripe 503") << u"stripe"_s << Fault{Fault::Kind::Status, 503, 0ms, 0} << u"payments"_s << 503
                                << QString() << "Authorization"_ba
                                << "Request-Id"_ba;
    QTest::newRow("shopify rate limited") << u"shopify"_s << Fault{Fault::Kind::RateLimited, 429, 0ms, 0}
                                          << u"shopify-admin"_s << 429 << QString() << "X-Shopify-Access-Token"_ba
                                          << "X-Request-Id"_ba;
    QTest::newRow("slack 500") << u"slack"_s << Fault{Fault::Kind::Status, 500, 0ms, 0} << u"slack-api"_s << 500
                               << QString() << "Authorization"_ba
                               << "x-slack-req-id"_ba;
    QTest::newRow("chatwoot resets") << u"chatwoot"_s << Fault{Fault::Kind::Reset, 500, 0ms, 0} << u"chatwoot-api"_s
                                     << 0 << u"connection_reset"_s << "api_access_token"_ba << QByteArray();
    QTest::newRow("klaviyo stalls") << u"klaviyo"_s << Fault{Fault::Kind::Stall, 500, 0ms, 0} << u"klaviyo-api"_s << 0
                                    << u"timeout"_s << "Authorization"_ba << QByteArray();
    QTest::newRow("mcp far too slow") << u"mcp"_s << Fault{Fault::Kind::Latency, 200, 12s, 0} << u"support-mcp"_s << 0
                                      << u"timeout"_s << "Authorization"_ba << QByteArray();
}

void tst_SimulatorEvents::failedCallsFollowFaults()
{
    QFETCH(QString, vendor);
    QFETCH(Fault, fault);
    QFETCH(QString, service);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, credential);
    QFETCH(QByteArray, requestIdHeader);

    Simulator::Options quiet = options(5);
    quiet.backgroundFailureShare = 0; // every failure comes from the fault
    auto sim = frozen(quiet);
    QVERIFY(sim);
    sim->setScenarioTime(2min);
    sim->setFault(vendor, {}, fault);
    sim->setScenarioTime(4min);
    sim->clearFaults();
    sim->setScenarioTime(7min);

    const QDateTime faultFrom = Epoch.addSecs(120);
    const QDateTime faultUntil = Epoch.addSecs(240);
    QHash<int, int> attempts;
    int failed = 0;
    for (const QJsonObject &event : all(*sim)) {
        if (event.value(u"type"_s).toString() != u"call.failed"_s)
            continue;
        ++failed;
        // Exactly while the fault is on, only on the vendor's routes, and as the fault says.
        const QDateTime started = rfc3339(event.value(u"time"_s));
        QVERIFY2(started >= faultFrom && started < faultUntil, qPrintable(started.toString(Qt::ISODateWithMs)));
        QCOMPARE(event.value(u"service"_s).toString(), service);
        const QJsonObject request = event.value(u"request"_s).toObject();
        const QJsonArray requestHeaders = request.value(u"headers"_s).toArray();
        // The credential goes out unredacted: redacting is Gatewatch's job.
        QVERIFY2(header(requestHeaders, credential).contains(Simulator::token(vendor)), credential.constData());
        QCOMPARE(header(requestHeaders, "X-Kong-Request-Id"),
                 event.value(u"gateway_request_id"_s).toString().toLatin1());
        const QJsonValue response = event.value(u"response"_s);
        if (status == 0) {
            QVERIFY(response.isNull());
            QCOMPARE(event.value(u"error"_s).toString(), error);
            QVERIFY(event.value(u"vendor_request_id"_s).isNull());
        } else {
            QCOMPARE(response.toObject().value(u"status"_s).toInt(), status);
            QVERIFY(event.value(u"error"_s).isNull());
            QVERIFY(!response.toObject().value(u"body_excerpt"_s).toString().isEmpty());
            const QByteArray requestId = header(response.toObject().value(u"headers"_s).toArray(), requestIdHeader);
            QVERIFY(!requestId.isEmpty());
            QCOMPARE(event.value(u"vendor_request_id"_s).toString().toLatin1(), requestId);
        }
        if (error == u"timeout"_s)
            QVERIFY(event.value(u"duration_ms"_s).toDouble() >= 10000);
        // Retried twice, then given up.
        const int attempt = event.value(u"attempt"_s).toInt();
        ++attempts[attempt];
        const QJsonObject retry = event.value(u"retry"_s).toObject();
        QCOMPARE(retry.value(u"decision"_s).toString(), attempt < 3 ? u"retry"_s : u"give_up"_s);
        if (attempt < 3)
            QVERIFY(retry.value(u"after_ms"_s).toDouble() > 0);
    }
    QVERIFY2(failed >= 20, qPrintable(QString::number(failed)));
    QVERIFY(attempts.value(1) > 0 && attempts.value(2) > 0 && attempts.value(3) > 0);
}

void tst_SimulatorEvents::sporadicFailuresWithoutFaults()
{
    auto sim = frozen(options(6));
    QVERIFY(sim);
    sim->setScenarioTime(30min);
    QSet<QString> services;
    int failed = 0;
    int webhooks = 0;
    for (const QJsonObject &event : all(*sim)) {
        if (event.value(u"type"_s).toString() == u"call.failed"_s) {
            ++failed;
            services.insert(event.value(u"service"_s).toString());
        } else {
            ++webhooks;
        }
    }
    // About 5 calls a second, 0.3 % of them failing, a few retries: a low background.
    QVERIFY2(failed >= 10 && failed <= 120, qPrintable(QString::number(failed)));
    QVERIFY2(services.size() >= 3, qPrintable(services.values().join(u", "_s)));
    QVERIFY(webhooks > failed);
}

void tst_SimulatorEvents::scenarioFaultsShowInTheFeed()
{
    // The demo story takes Stripe down from 0:45 for 75 s.
    Simulator::Options demo = options(7);
    demo.scenario = u"demo"_s;
    demo.backgroundFailureShare = 0;
    auto sim = frozen(demo);
    QVERIFY(sim);
    sim->setScenarioTime(4min);
    int payments = 0;
    for (const QJsonObject &event : all(*sim)) {
        if (event.value(u"type"_s).toString() != u"call.failed"_s || event.value(u"service"_s) != u"payments"_s)
            continue;
        ++payments;
        const QDateTime started = rfc3339(event.value(u"time"_s));
        QVERIFY(started >= Epoch.addSecs(45) && started < Epoch.addSecs(120));
        QCOMPARE(event.value(u"response"_s).toObject().value(u"status"_s).toInt(), 503);
    }
    QVERIFY(payments > 10);
}

void tst_SimulatorEvents::webhookSignatures()
{
    Simulator::Options custom = options(8);
    custom.webhookSecrets.insert(u"github"_s, WebhookSecret{"a-secret-of-our-own", "the-one-before"});
    auto sim = frozen(custom);
    QVERIFY(sim);
    const auto secrets = sim->webhookSecrets();
    QCOMPARE(secrets.value(u"github"_s).current, "a-secret-of-our-own"_ba);
    QCOMPARE(secrets.value(u"stripe"_s), Simulator::defaultWebhookSecrets().value(u"stripe"_s));
    QStringList sourceNames = Simulator::webhookSources();
    sourceNames.sort();
    QCOMPARE(secrets.keys(), sourceNames);
    for (const QString &source : Simulator::webhookSources())
        QVERIFY(!secrets.value(source).current.isEmpty() && !secrets.value(source).previous.isEmpty());

    sim->setScenarioTime(40min);
    QHash<QString, int> kinds;
    QSet<QString> sources;
    QSet<QByteArray> seen; // vendor ids of what came before
    int multiSigned = 0;
    for (const QJsonObject &delivery : deliveries(*sim)) {
        const QString source = delivery.value(u"source"_s).toString();
        sources.insert(source);
        const QJsonArray headers = delivery.value(u"headers"_s).toArray();
        const QByteArray body = QByteArray::fromBase64(delivery.value(u"body_base64"_s).toString().toLatin1());
        const QJsonObject verdict = delivery.value(u"verdict"_s).toObject();
        const QString reason = verdict.value(u"reason"_s).toString(); // empty when null
        const QString label = source + u'/' + (reason.isEmpty() ? u"valid"_s : reason);
        ++kinds[reason.isEmpty() ? u"valid"_s : reason];

        const WebhookSecret secret = secrets.value(source);
        const bool present = hasHeader(headers, signatureHeaderName(source));
        const bool current = present && signedWith(source, headers, body, secret.current);
        const bool previous = present && signedWith(source, headers, body, secret.previous);
        const qint64 ts = signedTimestamp(source, headers);
        const qint64 received = rfc3339(delivery.value(u"received_at"_s)).toSecsSinceEpoch();
        const bool timed = source != u"shopify"_s && source != u"github"_s;
        const bool fresh = !timed || qAbs(received - ts) <= 300;
        const QByteArray id = vendorId(source, headers, body);
        QVERIFY2(!id.isEmpty(), qPrintable(label));
        QVERIFY2(QJsonDocument::fromJson(body).isObject(), qPrintable(label));
        QCOMPARE(qsizetype(header(headers, "Content-Length").toLongLong()), body.size());

        if (reason.isEmpty()) {
            QCOMPARE(verdict.value(u"result"_s).toString(), u"accepted"_s);
            QVERIFY2(current && fresh, qPrintable(label));
            QVERIFY2(!seen.contains(id), qPrintable(label));
            if (previous)
                ++multiSigned; // Stripe and Standard Webhooks sign with both while a secret rolls
        } else if (reason == u"previous_secret"_s) {
            QCOMPARE(verdict.value(u"result"_s).toString(), u"accepted"_s);
            QVERIFY2(previous && !current && fresh, qPrintable(label));
        } else if (reason == u"bad_signature"_s) {
            QCOMPARE(verdict.value(u"result"_s).toString(), u"rejected"_s);
            QVERIFY2(present && !current && !previous, qPrintable(label));
        } else if (reason == u"stale"_s) {
            QVERIFY2(timed && current && received - ts > 300, qPrintable(label));
        } else if (reason == u"missing_signature"_s) {
            QVERIFY2(!present, qPrintable(label));
        } else if (reason == u"duplicate"_s) {
            QVERIFY2(current && fresh, qPrintable(label));
            QVERIFY2(seen.contains(id), qPrintable(label)); // the same vendor id came before
        } else {
            QFAIL(qPrintable(u"unexpected verdict "_s + label));
        }
        if (reason.isEmpty() || reason == u"previous_secret"_s)
            QVERIFY2(!delivery.value(u"attempts"_s).toArray().isEmpty(), qPrintable(label)); // forwarded
        else
            QVERIFY2(delivery.value(u"attempts"_s).toArray().isEmpty(), qPrintable(label));
        seen.insert(id);
    }
    QCOMPARE(sources.size(), Simulator::webhookSources().size());
    for (const QString &kind :
         {u"valid"_s, u"previous_secret"_s, u"bad_signature"_s, u"stale"_s, u"missing_signature"_s, u"duplicate"_s}) {
        QVERIFY2(kinds.value(kind) > 0, qPrintable(kind));
    }
    // Most deliveries are fine.
    QVERIFY2(kinds.value(u"valid"_s) > 8 * (kinds.value(u"bad_signature"_s) + kinds.value(u"stale"_s)),
             qPrintable(QString::number(kinds.value(u"valid"_s))));
    QVERIFY(multiSigned > 0);
}

void tst_SimulatorEvents::verifierAgreesWithTheGateway()
{
    // Gatewatch's own verifier, given the secrets the demo configuration names, reaches the verdict
    // the simulated gateway recorded for every delivery of a long stretch of traffic.
    auto sim = frozen(options(11));
    QVERIFY(sim);
    sim->setScenarioTime(60min);
    const QHash<QString, gw::WebhookVerdict> expected{
        {QString(), gw::WebhookVerdict::Valid},
        {u"previous_secret"_s, gw::WebhookVerdict::ValidPreviousSecret},
        {u"bad_signature"_s, gw::WebhookVerdict::BadSignature},
        {u"stale"_s, gw::WebhookVerdict::Stale},
        {u"missing_signature"_s, gw::WebhookVerdict::MissingSignature},
        {u"duplicate"_s, gw::WebhookVerdict::Duplicate},
    };
    const auto secrets = sim->webhookSecrets();
    QSet<QString> accepted; // dedupe ids of authentic deliveries so far
    QSet<gw::WebhookVerdict> reached;
    for (const QJsonObject &delivery : deliveries(*sim)) {
        const QString source = delivery.value(u"source"_s).toString();
        gw::WebhookHeaders headers;
        for (const QJsonValue &pair : delivery.value(u"headers"_s).toArray())
            headers.append({pair.toArray().at(0).toString().toUtf8(), pair.toArray().at(1).toString().toUtf8()});
        const QByteArray body = QByteArray::fromBase64(delivery.value(u"body_base64"_s).toString().toLatin1());
        const QString reason = delivery.value(u"verdict"_s).toObject().value(u"reason"_s).toString();
        const qint64 received = rfc3339(delivery.value(u"received_at"_s)).toSecsSinceEpoch();

        const gw::WebhookVerification result =
            gw::verifyWebhook(source, headers, body, {secrets.value(source).current, secrets.value(source).previous},
                              received, std::nullopt, [&accepted](const QString &id) { return accepted.contains(id); });
        const QString label = source + u'/' + (reason.isEmpty() ? u"valid"_s : reason) + u": "_s
                              + gw::machineName(result.verdict) + u": "_s + result.message;
        QVERIFY2(expected.contains(reason), qPrintable(label));
        QVERIFY2(result.verdict == expected.value(reason), qPrintable(label));
        QVERIFY2(!result.dedupeId.isEmpty(), qPrintable(label));
        if (gw::isAuthentic(result.verdict))
            accepted.insert(result.dedupeId);
        reached.insert(result.verdict);
    }
    QCOMPARE(reached.size(), expected.size());
}

void tst_SimulatorEvents::forwardingRetriesFollowSvixSchedule()
{
    static const std::chrono::seconds schedule[] = {5s, 5min, 30min, 2h, 5h, 10h, 10h};
    auto sim = frozen(options(9));
    QVERIFY(sim);
    sim->setScenarioTime(90min);

    QHash<QString, QList<QJsonObject>> versions;
    for (const QJsonObject &event : all(*sim)) {
        if (event.value(u"type"_s).toString() == u"webhook.delivery"_s)
            versions[event.value(u"id"_s).toString()].append(event);
    }
    int retried = 0;
    int longest = 0;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const QList<QJsonObject> &history = it.value();
        if (history.size() == 1 && history.constFirst().value(u"attempts"_s).toArray().size() <= 1)
            continue;
        ++retried;
        longest = std::max(longest, int(history.size()));
        for (qsizetype k = 0; k < history.size(); ++k) {
            const QJsonObject &version = history.at(k);
            const QJsonArray attempts = version.value(u"attempts"_s).toArray();
            // Each version carries the whole story so far: one more attempt each time.
            QCOMPARE(attempts.size(), k + 1);
            for (qsizetype a = 0; a < attempts.size(); ++a) {
                const QJsonObject attempt = attempts.at(a).toObject();
                // Only the latest attempt may have succeeded.
                if (a + 1 < attempts.size())
                    QCOMPARE(attempt.value(u"status"_s).toString(), u"failed"_s);
                QCOMPARE(attempt.value(u"trigger_type"_s).toString(), u"scheduled"_s);
                QVERIFY(rfc3339(attempt.value(u"timestamp"_s)).isValid());
                QVERIFY(!attempt.value(u"id"_s).toString().isEmpty());
            }
            const QJsonObject last = attempts.last().toObject();
            const QDateTime finished =
                rfc3339(last.value(u"timestamp"_s)).addMSecs(qint64(last.value(u"response_duration_ms"_s).toDouble()));
            QCOMPARE(rfc3339(version.value(u"time"_s)), finished);
            if (k + 1 < history.size()) {
                QCOMPARE(last.value(u"status"_s).toString(), u"failed"_s);
                // The next attempt comes when this version said, the schedule's wait after this one.
                const QDateTime next = rfc3339(version.value(u"next_attempt"_s));
                QCOMPARE(next, finished.addSecs(schedule[k].count()));
                const QJsonObject following = history.at(k + 1).value(u"attempts"_s).toArray().last().toObject();
                QCOMPARE(rfc3339(following.value(u"timestamp"_s)), next);
                QVERIFY(history.at(k + 1).value(u"cursor"_s).toString() > version.value(u"cursor"_s).toString());
            } else if (version.value(u"next_attempt"_s).isNull()) {
                QCOMPARE(last.value(u"status"_s).toString(), u"success"_s);
            }
        }
    }
    QVERIFY2(retried >= 5, qPrintable(QString::number(retried)));
    QVERIFY2(longest >= 3, qPrintable(QString::number(longest))); // some waited the five minutes
}

void tst_SimulatorEvents::sameSeedSameFeed()
{
    auto run = [this](quint32 seed, std::chrono::milliseconds step) {
        auto sim = frozen(options(seed));
        if (!sim)
            return QList<QJsonObject>{};
        const auto runTo = [&](std::chrono::milliseconds from, std::chrono::milliseconds to) {
            for (auto t = from + step; t < to; t += step)
                sim->setScenarioTime(t);
            sim->setScenarioTime(to);
        };
        runTo(0ms, 12min);
        sim->setFault(u"slack"_s, {}, Fault{Fault::Kind::Status, 503, 0ms, 0});
        runTo(12min, 14min);
        return all(*sim);
    };
    // However the time is cut up, a seed gives one feed.
    const QList<QJsonObject> once = run(11, 12min);
    const QList<QJsonObject> inSteps = run(11, 7s);
    QVERIFY(once.size() > 300);
    QCOMPARE(inSteps.size(), once.size());
    QCOMPARE(inSteps, once);
    const QList<QJsonObject> other = run(12, 12min);
    QVERIFY(other != once);
}

void tst_SimulatorEvents::feedSuffersTheGatewaysFaults()
{
    auto sim = frozen(options());
    QVERIFY(sim);
    sim->setScenarioTime(1min);
    sim->setFault(u"gateway"_s, u"/events"_s, Fault{Fault::Kind::Status, 503, 0ms, 0});
    QCOMPARE(get(*sim).status, 503);
    sim->setFault(u"gateway"_s, u"/events"_s, Fault{Fault::Kind::RateLimited, 429, 0ms, 0});
    QCOMPARE(get(*sim).status, 429);
    sim->clearFaults();
    QCOMPARE(get(*sim).status, 200);
}

void tst_SimulatorEvents::metricsNameTheSameRoutes()
{
    Simulator::Options quiet = options(10);
    quiet.backgroundFailureShare = 0;
    auto sim = frozen(quiet);
    QVERIFY(sim);
    QUrl metricsUrl = sim->baseUrl(u"gateway"_s);
    metricsUrl.setPath(u"/metrics"_s);
    const auto metrics = [&] {
        std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(metricsUrl)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        return reply->readAll();
    };
    const auto counter = [](const QByteArray &page, const QString &service, const QString &route, const char *code,
                            const char *source) {
        const QByteArray prefix = "kong_http_requests_total{service=\"" + service.toUtf8() + "\",route=\""
                                  + route.toUtf8() + "\",code=\"" + code + "\",source=\"" + source + '"';
        const qsizetype at = page.indexOf(prefix);
        if (at < 0)
            return qint64(-1);
        const qsizetype space = page.indexOf("} ", at);
        return page.mid(space + 2, page.indexOf('\n', space) - space - 2).toLongLong();
    };

    const QByteArray before = metrics();
    sim->setFault(u"stripe"_s, {}, Fault{Fault::Kind::Status, 503, 0ms, 0});
    sim->setScenarioTime(3min);
    const QByteArray during = metrics();
    QSet<QPair<QString, QString>> routes;
    for (const QJsonObject &event : all(*sim)) {
        if (event.value(u"type"_s).toString() == u"call.failed"_s)
            routes.insert({event.value(u"service"_s).toString(), event.value(u"route"_s).toString()});
    }
    QCOMPARE(routes.size(), 3); // payment-intents, charges, refunds
    for (const auto &[service, route] : std::as_const(routes)) {
        QVERIFY2(counter(before, service, route, "503", "service") >= 0, qPrintable(service + u'/' + route));
        QVERIFY(counter(during, service, route, "503", "service") > counter(before, service, route, "503", "service"));
    }
    // While the fault lasts, nearly every call on its routes fails; other vendors' routes are fine.
    const auto added = [&](const QString &service, const QString &route, const char *code) {
        return counter(during, service, route, code, "service") - counter(before, service, route, code, "service");
    };
    QVERIFY(added(u"payments"_s, u"payment-intents"_s, "503") > 10 * added(u"payments"_s, u"payment-intents"_s, "200"));
    QVERIFY(added(u"shopify-admin"_s, u"orders"_s, "200")
            > 50 * std::max<qint64>(1, added(u"shopify-admin"_s, u"orders"_s, "503")));
    // Kong answers timeouts (504) and resets (502) itself.
    QVERIFY(counter(during, u"shopify-admin"_s, u"orders"_s, "504", "kong") >= 0);
}

QTEST_GUILESS_MAIN(tst_SimulatorEvents)
#include "tst_simulatorevents.moc"
