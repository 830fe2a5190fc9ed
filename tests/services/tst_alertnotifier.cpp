#include "../services/loopbackserver.h"
#include "alertnotifier.h"
#include "../expectedjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace gw;
using namespace gw::test;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

class MapSecrets final : public SecretSource
{
public:
    explicit MapSecrets(QHash<QString, QString> values = {}) : m_values(std::move(values)) {}
    std::optional<QString> secret(const QString &name) const override
    {
        const auto it = m_values.constFind(name);
        return it == m_values.cend() ? std::nullopt : std::optional<QString>(*it);
    }

private:
    QHash<QString, QString> m_values;
};

struct Received
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // on the server's monotonic clock

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace

// An HTTP peer on 127.0.0.1 that reads whole requests (headers and Content-Length body, several per
// connection) and answers them from a script: the n-th request gets the n-th response, the last
// one repeated.
class RecordingServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit RecordingServer(QList<QByteArray> responses = {LoopbackServer::response(200, "ok", {}, "text/plain")},
                             QObject *parent = nullptr)
        : QTcpServer(parent), m_responses(std::move(responses))
    {
        m_clock.start();
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                handle(socket);
        });
    }

    QString url(const QString &path = u"/hook"_s) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path);
    }
    void setResponses(QList<QByteArray> responses) { m_responses = std::move(responses); }

    QList<Received> received;

Q_SIGNALS:
    void requestReceived();

private:
    void handle(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            while (true) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer.first(end).split('\n');
                Received request;
                const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
                request.method = requestLine.value(0);
                request.path = requestLine.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = lines.at(i).first(colon).trimmed();
                    const QByteArray value = lines.at(i).sliced(colon + 1).trimmed();
                    request.headers.append({name, value});
                    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
                if (buffer.size() < end + 4 + length)
                    return;
                request.body = buffer.sliced(end + 4, length);
                buffer.remove(0, end + 4 + length);
                request.atMs = m_clock.elapsed();
                const qsizetype index = std::min(received.size(), m_responses.size() - 1);
                received.append(request);
                socket->write(m_responses.at(index));
                Q_EMIT requestReceived();
            }
        });
    }

    QList<QByteArray> m_responses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

namespace {

AlertNotifier::Options fastOptions(int maxAttempts = 4)
{
    AlertNotifier::Options options;
    options.maxAttempts = maxAttempts;
    options.firstRetryDelay = milliseconds(20);
    options.maxRetryDelay = milliseconds(200);
    options.maxRetryAfter = milliseconds(5'000);
    return options;
}

NotifyChannel channel(NotifyType type, const QString &url, const QString &name = {})
{
    NotifyChannel c;
    c.type = type;
    c.name = name.isEmpty() ? machineName(type) : name;
    c.url = url;
    c.timeout = milliseconds(2'000);
    return c;
}

AlertRule rule(const QString &name = u"shopify-down"_s, AlertSeverity severity = AlertSeverity::Critical)
{
    AlertRule r;
    r.name = name;
    r.severity = severity;
    r.labels = {{u"team"_s, u"commerce"_s}};
    r.annotations = {{u"summary"_s, u"Shopify Admin API is failing"_s}};
    return r;
}

AlertNotice notice(AlertNotice::Kind kind, qint64 atMs, const AlertRule &r = rule(), qint64 startsAtMs = t0)
{
    AlertNotice n;
    n.rule = r.name;
    n.kind = kind;
    n.atMs = atMs;
    n.startsAtMs = kind == AlertNotice::Kind::Flapping ? atMs : startsAtMs;
    if (kind == AlertNotice::Kind::Resolved)
        n.endsAtMs = atMs;
    n.value = 4;
    n.severity = r.severity;
    return n;
}


// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class tst_AlertNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodies_data();
    void bodies();
    void minSeverity_data();
    void minSeverity();
    void retriesWithBackoffUntilAccepted();
    void whichStatusesAreRetried_data();
    void whichStatusesAreRetried();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void retryAfterBeyondTheLimitEndsTheDelivery();
    void failureReportedAfterTheLastAttempt();
    void connectionProblemsNameTheChannel_data();
    void connectionProblemsNameTheChannel();
    void unresolvedReferencesFailEveryMessage();
    void answersAreRedacted();
    void messagesOfAChannelGoInOrder();
    void remindsOfAlertsThatStillFire();
    void noRemindersWhileSomeoneIsOnIt();
    void desktopChannelSignalsTheTray();
    void alertmanagerKeepsFiringAlertsAlive();
    void alertmanagerRepostsCarryEveryFiringAlert();
    void alertmanagerFlappingIsAnAlertOfItsOwn();
    void removedChannelsReportWhatWasWaiting();
    void unchangedChannelsCarryOn();
    void tooManyWaitingDropsTheOldest();
};

void tst_AlertNotifier::bodies_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("webhook, firing") << int(NotifyType::Webhook) << int(AlertNotice::Kind::Firing) << QByteArray(R"({
        "alert": "shopify-down", "state": "firing", "severity": "critical",
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "value": 4, "starts_at": "2026-12-02T10:00:00.000Z", "ends_at": null})");
    QTest::newRow("webhook, resolved") << int(NotifyType::Webhook) << int(AlertNotice::Kind::Resolved)
                                       << QByteArray(R"({
        "alert": "shopify-down", "state": "resolved", "severity": "critical",
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "value": 4, "starts_at": "2026-12-02T10:00:00.000Z", "ends_at": "2026-12-02T10:05:00.000Z"})");
    QTest::newRow("webhook, flapping") << int(NotifyType::Webhook) << int(AlertNotice::Kind::Flapping)
                                       << QByteArray(R"({
        "alert": "shopify-down", "state": "flapping", "severity": "critical",
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "value": 4, "starts_at": "2026-12-02T10:05:00.000Z", "ends_at": null})");
    QTest::newRow("slack, firing") << int(NotifyType::Slack) << int(AlertNotice::Kind::Firing) << QByteArray(R"({
        "text": "[critical] Firing: shopify-down: Shopify Admin API is failing",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "Firing: shopify-down"}},
          {"type": "section", "text": {"type": "plain_text", "text": "Shopify Admin API is failing"}},
          {"type": "section", "fields": [
            {"type": "plain_text", "text": "Severity: critical"},
            {"type": "plain_text", "text": "Firing since: 2026-12-02 10:00:00 UTC"},
            {"type": "plain_text", "text": "Value: 4"}]}]})");
    QTest::newRow("slack, resolved") << int(NotifyType::Slack) << int(AlertNotice::Kind::Resolved) << QByteArray(R"({
        "text": "[critical] Resolved: shopify-down: Shopify Admin API is failing",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "Resolved: shopify-down"}},
          {"type": "section", "text": {"type": "plain_text", "text": "Shopify Admin API is failing"}},
          {"type": "section", "fields": [
            {"type": "plain_text", "text": "Severity: critical"},
            {"type": "plain_text", "text": "Fired at: 2026-12-02 10:00:00 UTC"},
            {"type": "plain_text", "text": "Resolved at: 2026-12-02 10:05:00 UTC"},
            {"type": "plain_text", "text": "Value: 4"}]}]})");
}

void tst_AlertNotifier::bodies()
{
    QFETCH(int, type);
    QFETCH(int, kind);
    QFETCH(QByteArray, expected);

    RecordingServer server;
    AlertNotifier notifier(fastOptions());
    NotifyChannel spec = channel(NotifyType(type), server.url(u"/services/T0/B0/${secret:token}"_s), u"ops"_s);
    spec.headers = {{u"Authorization"_s, u"Bearer ${secret:token}"_s}};
    notifier.setChannels({spec}, MapSecrets({{u"token"_s, u"s3cr3t-token"_s}}));
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    const AlertNotice sent = notice(AlertNotice::Kind(kind), t0 + 300'000);
    notifier.notify(sent, rule());
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(delivered.at(0).at(0).toString(), u"ops"_s);
    QCOMPARE(delivered.at(0).at(1).value<AlertNotice>(), sent);
    QCOMPARE(delivered.at(0).at(2).toInt(), 1);

    QCOMPARE(server.received.size(), 1);
    const Received &request = server.received.constFirst();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.path, "/services/T0/B0/s3cr3t-token"_ba);
    QCOMPARE(request.header("Content-Type"), "application/json"_ba);
    QCOMPARE(request.header("Authorization"), "Bearer s3cr3t-token"_ba);
    QCOMPARE(canonical(request.json()), expectedJson(expected));
}

void tst_AlertNotifier::minSeverity_data()
{
    QTest::addColumn<AlertSeverity>("minimum");
    QTest::addColumn<AlertSeverity>("severity");
    QTest::addColumn<bool>("sent");
    QTest::newRow("info takes everything") << AlertSeverity::Info << AlertSeverity::Info << true;
    QTest::newRow("warning takes warning") << AlertSeverity::Warning << AlertSeverity::Warning << true;
    QTest::newRow("warning takes critical") << AlertSeverity::Warning << AlertSeverity::Critical << true;
    QTest::newRow("warning skips info") << AlertSeverity::Warning << AlertSeverity::Info << false;
    QTest::newRow("critical skips warning") << AlertSeverity::Critical << AlertSeverity::Warning << false;
}

void tst_AlertNotifier::minSeverity()
{
    QFETCH(AlertSeverity, minimum);
    QFETCH(AlertSeverity, severity);
    QFETCH(bool, sent);

    RecordingServer server;
    AlertNotifier notifier(fastOptions());
    NotifyChannel filtered = channel(NotifyType::Webhook, server.url(u"/filtered"_s), u"filtered"_s);
    filtered.minSeverity = minimum;
    // A second channel that takes everything says when the first would have been done.
    notifier.setChannels({filtered, channel(NotifyType::Webhook, server.url(u"/all"_s), u"all"_s)}, MapSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);

    const AlertRule r = rule(u"r"_s, severity);
    notifier.notify(notice(AlertNotice::Kind::Firing, t0, r), r);
    QTRY_COMPARE(delivered.size(), sent ? 2 : 1);
    QList<QByteArray> paths;
    for (const Received &request : std::as_const(server.received))
        paths.append(request.path);
    QCOMPARE(paths.contains("/filtered"_ba), sent);
    QVERIFY(paths.contains("/all"_ba));
}

void tst_AlertNotifier::retriesWithBackoffUntilAccepted()
{
    RecordingServer server({LoopbackServer::response(500, "oops"), LoopbackServer::response(502, "gateway"),
                            LoopbackServer::response(200, "ok")});
    AlertNotifier::Options options = fastOptions(5);
    options.firstRetryDelay = milliseconds(100);
    AlertNotifier notifier(options);
    notifier.setChannels({channel(NotifyType::Webhook, server.url())}, MapSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(2).toInt(), 3);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(2).toString(), u"webhook: HTTP 500 Status: oops"_s);
    QCOMPARE(failed.at(0).at(3).toBool(), true);
    QCOMPARE(failed.at(1).at(2).toString(), u"webhook: HTTP 502 Status: gateway"_s);
    QCOMPARE(failed.at(1).at(3).toBool(), true);
    // 100 ms, then twice that.
    QCOMPARE(server.received.size(), 3);
    QVERIFY2(server.received.at(1).atMs - server.received.at(0).atMs >= 100,
             qPrintable(QString::number(server.received.at(1).atMs - server.received.at(0).atMs)));
    QVERIFY2(server.received.at(2).atMs - server.received.at(1).atMs >= 200,
             qPrintable(QString::number(server.received.at(2).atMs - server.received.at(1).atMs)));
    // Every attempt sends the same message.
    QCOMPARE(server.received.at(2).body, server.received.at(0).body);
}

void tst_AlertNotifier::whichStatusesAreRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");
    QTest::newRow("400 bad request") << 400 << false;
    QTest::newRow("401 unauthorized") << 401 << false;
    QTest::newRow("403 forbidden") << 403 << false;
    QTest::newRow("404 not found (Slack: no_service)") << 404 << false;
    QTest::newRow("410 gone (Slack: channel_is_archived)") << 410 << false;
    QTest::newRow("301 moved: redirects are not followed") << 301 << false;
    QTest::newRow("408 request timeout") << 408 << true;
    QTest::newRow("429 too many requests") << 429 << true;
    QTest::newRow("500 internal error") << 500 << true;
    QTest::newRow("503 unavailable") << 503 << true;
}

void tst_AlertNotifier::whichStatusesAreRetried()
{
    QFETCH(int, status);
    QFETCH(bool, retried);

    RecordingServer server({LoopbackServer::response(status, "no_service", "Location: /elsewhere\r\n", "text/plain")});
    AlertNotifier notifier(fastOptions(3));
    notifier.setChannels({channel(NotifyType::Slack, server.url(u"/services/T0/B0/XYZsecret"_s))}, MapSecrets());
    QSignalSpy failed(&notifier, &AlertNotifier::failed);
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_VERIFY(!failed.isEmpty() && !failed.constLast().at(3).toBool());
    QCOMPARE(server.received.size(), retried ? 3 : 1);
    QCOMPARE(failed.size(), retried ? 3 : 1);
    QCOMPARE(delivered.size(), 0);
    const QString error = failed.constLast().at(2).toString();
    QVERIFY2(error.startsWith(u"slack: HTTP %1"_s.arg(status)), qPrintable(error));
    QVERIFY2(error.contains(u"no_service"_s), qPrintable(error));
    // The URL of a Slack webhook is a credential: never in a message.
    QVERIFY2(!error.contains(u"XYZsecret"_s) && !error.contains(u"127.0.0.1"_s), qPrintable(error));
}

void tst_AlertNotifier::retryAfterIsHonoured_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("429, seconds") << 429 << QByteArray("1");
    QTest::newRow("503, seconds") << 503 << QByteArray("1");
    // The notifier's clock says 10:00:00.
    QTest::newRow("429, an HTTP date") << 429 << QByteArray("Wed, 02 Dec 2026 10:00:01 GMT");
}

void tst_AlertNotifier::retryAfterIsHonoured()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);

    RecordingServer server({LoopbackServer::response(status, R"({"ok":false,"error":"ratelimited"})",
                                                     "Retry-After: " + retryAfter + "\r\n"),
                            LoopbackServer::response(200, "ok")});
    AlertNotifier notifier(fastOptions()); // 20 ms, were it not for Retry-After
    notifier.setClock([] { return t0; });
    notifier.setChannels({channel(NotifyType::Slack, server.url())}, MapSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10'000);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(3).toBool());
    QCOMPARE(server.received.size(), 2);
    const qint64 waited = server.received.at(1).atMs - server.received.at(0).atMs;
    QVERIFY2(waited >= 1'000, qPrintable(QString::number(waited)));
}

void tst_AlertNotifier::retryAfterBeyondTheLimitEndsTheDelivery()
{
    RecordingServer server({LoopbackServer::response(429, "slow down", "Retry-After: 3600\r\n")});
    AlertNotifier notifier(fastOptions());
    notifier.setChannels({channel(NotifyType::Webhook, server.url())}, MapSecrets());
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(3).toBool(), false);
    QCOMPARE(failed.at(0).at(2).toString(),
             u"webhook: HTTP 429 Status: slow down; it asks to wait 1h, longer than a notification waits (5s)"_s);
    QCOMPARE(server.received.size(), 1);
}

void tst_AlertNotifier::failureReportedAfterTheLastAttempt()
{
    RecordingServer server({LoopbackServer::response(500, "down")});
    AlertNotifier notifier(fastOptions(3));
    notifier.setChannels({channel(NotifyType::Webhook, server.url(), u"hooks"_s)}, MapSecrets());
    QSignalSpy failed(&notifier, &AlertNotifier::failed);
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(failed.size(), 3);
    QCOMPARE(failed.at(0).at(3).toBool(), true);
    QCOMPARE(failed.at(1).at(3).toBool(), true);
    QCOMPARE(failed.at(2).at(3).toBool(), false);
    QCOMPARE(failed.at(2).at(0).toString(), u"hooks"_s);
    QCOMPARE(failed.at(2).at(1).value<AlertNotice>().rule, u"shopify-down"_s);
    QCOMPARE(server.received.size(), 3);
    QVERIFY(!failed.wait(300)); // and nothing more
    QCOMPARE(delivered.size(), 0);
}

void tst_AlertNotifier::connectionProblemsNameTheChannel_data()
{
    QTest::addColumn<bool>("stall");
    QTest::addColumn<QString>("expected");
    QTest::newRow("connection refused") << false << u"pager: connection refused"_s;
    QTest::newRow("no answer") << true << u"pager: no answer within 300ms"_s;
}

void tst_AlertNotifier::connectionProblemsNameTheChannel()
{
    QFETCH(bool, stall);
    QFETCH(QString, expected);

    LoopbackServer staller(LoopbackServer::Mode::Stall);
    const QString url =
        stall ? staller.url(u"/token-in-path"_s) : u"http://127.0.0.1:%1/token-in-path"_s.arg(closedPort());
    AlertNotifier notifier(fastOptions(2));
    NotifyChannel spec = channel(NotifyType::Webhook, url, u"pager"_s);
    spec.timeout = milliseconds(300);
    notifier.setChannels({spec}, MapSecrets());
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10'000);
    QCOMPARE(failed.at(0).at(2).toString(), expected);
    QCOMPARE(failed.at(0).at(3).toBool(), true);
    QCOMPARE(failed.at(1).at(2).toString(), expected);
    QCOMPARE(failed.at(1).at(3).toBool(), false);
}

void tst_AlertNotifier::unresolvedReferencesFailEveryMessage()
{
    AlertNotifier notifier(fastOptions());
    notifier.setChannels({channel(NotifyType::Slack, u"${secret:slack-webhook}"_s)}, MapSecrets());
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(2).toString(), u"slack: secret 'slack-webhook' is not set"_s);
    QCOMPARE(failed.at(0).at(3).toBool(), false);
}

void tst_AlertNotifier::answersAreRedacted()
{
    // A receiver that echoes what it was sent must not put the credential into a message.
    RecordingServer server({LoopbackServer::response(400, R"({"error":"bad token s3cr3t-token"})")});
    AlertNotifier notifier(fastOptions());
    NotifyChannel spec = channel(NotifyType::Webhook, server.url());
    spec.headers = {{u"X-Token"_s, u"${secret:token}"_s}};
    notifier.setChannels({spec}, MapSecrets({{u"token"_s, u"s3cr3t-token"_s}}));
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(failed.size(), 1);
    const QString error = failed.at(0).at(2).toString();
    QVERIFY2(error.startsWith(u"webhook: HTTP 400 Status: "_s), qPrintable(error));
    QVERIFY2(!error.contains(u"s3cr3t-token"_s), qPrintable(error));
}

void tst_AlertNotifier::messagesOfAChannelGoInOrder()
{
    // The first is retried twice; the second waits for it rather than overtake it.
    RecordingServer server({LoopbackServer::response(503, "busy"), LoopbackServer::response(503, "busy"),
                            LoopbackServer::response(200, "ok")});
    AlertNotifier notifier(fastOptions());
    notifier.setChannels({channel(NotifyType::Webhook, server.url())}, MapSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    notifier.notify(notice(AlertNotice::Kind::Resolved, t0 + 60'000), rule());
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(delivered.at(0).at(1).value<AlertNotice>().kind, AlertNotice::Kind::Firing);
    QCOMPARE(delivered.at(1).at(1).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    QStringList states;
    for (const Received &request : std::as_const(server.received))
        states.append(request.json().object().value(u"state"_s).toString());
    QCOMPARE(states, (QStringList{u"firing"_s, u"firing"_s, u"firing"_s, u"resolved"_s}));
}

void tst_AlertNotifier::remindsOfAlertsThatStillFire()
{
    RecordingServer server;
    AlertNotifier notifier(fastOptions());
    qint64 now = t0;
    notifier.setClock([&now] { return now; });
    NotifyChannel reminded = channel(NotifyType::Slack, server.url(u"/reminded"_s), u"reminded"_s);
    reminded.repeatInterval = milliseconds(300);
    notifier.setChannels({reminded, channel(NotifyType::Webhook, server.url(u"/once"_s), u"once"_s)}, MapSecrets());
    QSignalSpy requests(&server, &RecordingServer::requestReceived);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(server.received.size(), 2);
    now = t0 + 4 * 3'600'000;
    QTRY_VERIFY(server.received.size() >= 4); // two reminders, to the channel that asked
    QCOMPARE(notifier.firingAlerts(), QStringList{u"shopify-down"_s});
    QList<QByteArray> paths;
    for (const Received &request : std::as_const(server.received))
        paths.append(request.path);
    QCOMPARE(paths.count("/once"_ba), 1);
    const QJsonObject reminder = server.received.constLast().json().object();
    QCOMPARE(reminder.value(u"text"_s).toString(),
             u"[critical] Still firing: shopify-down: Shopify Admin API is failing"_s);

    notifier.notify(notice(AlertNotice::Kind::Resolved, t0 + 4 * 3'600'000), rule());
    const auto sentTo = [&server](const QByteArray &path) {
        QList<QJsonObject> bodies;
        for (const Received &request : std::as_const(server.received)) {
            if (request.path == path)
                bodies.append(request.json().object());
        }
        return bodies;
    };
    // Resolved to both; to the reminded one after the reminders already on their way.
    QTRY_COMPARE(sentTo("/once"_ba).size(), 2);
    QTRY_VERIFY(sentTo("/reminded"_ba).constLast().value(u"text"_s).toString().contains(u"Resolved: "_s));
    requests.clear();
    QVERIFY(!requests.wait(800)); // no reminders once resolved
    QVERIFY(notifier.firingAlerts().isEmpty());
}

void tst_AlertNotifier::noRemindersWhileSomeoneIsOnIt()
{
    RecordingServer server;
    AlertNotifier notifier(fastOptions());
    bool remind = false; // acknowledged, say
    notifier.setReminderFilter([&remind](const QString &rule) { return remind && rule == u"shopify-down"_s; });
    NotifyChannel reminded = channel(NotifyType::Webhook, server.url(u"/reminded"_s), u"reminded"_s);
    reminded.repeatInterval = milliseconds(100);
    notifier.setChannels({reminded}, MapSecrets());
    QSignalSpy requests(&server, &RecordingServer::requestReceived);
    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(server.received.size(), 1);
    QVERIFY(!requests.wait(600)); // several intervals, no reminder
    QCOMPARE(server.received.size(), 1);
    remind = true; // the acknowledged incident resolved and fired again, unacknowledged
    QTRY_VERIFY(server.received.size() >= 2);
}

void tst_AlertNotifier::desktopChannelSignalsTheTray()
{
    AlertNotifier notifier(fastOptions());
    NotifyChannel desktop = channel(NotifyType::Desktop, {});
    desktop.sound = {AlertSeverity::Critical};
    desktop.repeatInterval = milliseconds(200);
    notifier.setChannels({desktop}, MapSecrets());
    QSignalSpy shown(&notifier, &AlertNotifier::desktopNotified);

    const AlertRule loud = rule(u"loud"_s, AlertSeverity::Critical);
    const AlertRule quiet = rule(u"quiet"_s, AlertSeverity::Warning);
    notifier.notify(notice(AlertNotice::Kind::Firing, t0, loud), loud);
    notifier.notify(notice(AlertNotice::Kind::Resolved, t0, quiet), quiet);
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0).at(0).toString(), u"desktop"_s);
    QCOMPARE(shown.at(0).at(1).value<AlertNotice>().rule, u"loud"_s);
    QCOMPARE(shown.at(0).at(2).value<AlertRule>(), loud);
    QCOMPARE(shown.at(0).at(3).toBool(), true); // a sound for critical
    QCOMPARE(shown.at(0).at(4).toBool(), false);
    QCOMPARE(shown.at(1).at(3).toBool(), false); // none for warning

    QTRY_VERIFY(shown.size() >= 3); // a reminder of the one still firing
    QCOMPARE(shown.at(2).at(1).value<AlertNotice>().rule, u"loud"_s);
    QCOMPARE(shown.at(2).at(4).toBool(), true);
}

void tst_AlertNotifier::alertmanagerKeepsFiringAlertsAlive()
{
    RecordingServer server;
    AlertNotifier notifier(fastOptions());
    qint64 now = t0;
    notifier.setClock([&now] { return now; });
    NotifyChannel am = channel(NotifyType::Alertmanager, server.url(u"/am/"_s));
    am.resendInterval = milliseconds(250);
    am.generatorUrl = u"http://gatewatch.internal/"_s;
    notifier.setChannels({am}, MapSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);

    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(server.received.size(), 1);
    QCOMPARE(server.received.at(0).path, "/am/api/v2/alerts"_ba);
    const QByteArray expected = R"([{
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "startsAt": "2026-12-02T10:00:00.000Z", "endsAt": "2026-12-02T10:00:01.000Z",
        "generatorURL": "http://gatewatch.internal/"}])";
    QCOMPARE(canonical(server.received.at(0).json()), expectedJson(expected));

    // Re-posted while it fires, each time kept alive four resend intervals past the post.
    now = t0 + 60'000;
    QTRY_VERIFY(server.received.size() >= 3);
    const QJsonArray repost = server.received.at(2).json().array();
    QCOMPARE(repost.size(), 1);
    QCOMPARE(repost.at(0).toObject().value(u"endsAt"_s).toString(), u"2026-12-02T10:01:01.000Z"_s);
    QCOMPARE(repost.at(0).toObject().value(u"startsAt"_s).toString(), u"2026-12-02T10:00:00.000Z"_s);

    // Resolved once, with the time it resolved; then nothing more.
    notifier.notify(notice(AlertNotice::Kind::Resolved, t0 + 90'000), rule());
    QTRY_VERIFY(server.received.constLast().json().array().at(0).toObject().value(u"endsAt"_s).toString()
                == u"2026-12-02T10:01:30.000Z"_s);
    QSignalSpy requests(&server, &RecordingServer::requestReceived);
    QVERIFY(!requests.wait(700));
    QCOMPARE(delivered.size(), 2); // firing and resolved: re-posts are no news
}

void tst_AlertNotifier::alertmanagerRepostsCarryEveryFiringAlert()
{
    RecordingServer server;
    AlertNotifier notifier(fastOptions());
    notifier.setClock([] { return t0; });
    NotifyChannel am = channel(NotifyType::Alertmanager, server.url(u""_s));
    am.resendInterval = milliseconds(200);
    am.minSeverity = AlertSeverity::Warning;
    notifier.setChannels({am}, MapSecrets());

    const AlertRule a = rule(u"a"_s, AlertSeverity::Critical);
    const AlertRule b = rule(u"b"_s, AlertSeverity::Warning);
    const AlertRule c = rule(u"c"_s, AlertSeverity::Info); // below min_severity
    notifier.notify(notice(AlertNotice::Kind::Firing, t0, a), a);
    notifier.notify(notice(AlertNotice::Kind::Firing, t0, b), b);
    notifier.notify(notice(AlertNotice::Kind::Firing, t0, c), c);
    QTRY_VERIFY(server.received.size() >= 3);
    QCOMPARE(server.received.at(0).path, "/api/v2/alerts"_ba);
    const QJsonArray repost = server.received.at(2).json().array();
    QStringList names;
    for (const QJsonValue &alert : repost)
        names.append(alert.toObject().value(u"labels"_s).toObject().value(u"alertname"_s).toString());
    QCOMPARE(names, (QStringList{u"a"_s, u"b"_s}));

    // A rule the engine no longer has stops being re-posted: Alertmanager lets it expire.
    notifier.retainAlerts({b});
    QCOMPARE(notifier.firingAlerts(), QStringList{u"b"_s});
    const qsizetype before = server.received.size();
    QTRY_VERIFY(server.received.size() > before + 1);
    QCOMPARE(server.received.constLast().json().array().size(), 1);
}

void tst_AlertNotifier::alertmanagerFlappingIsAnAlertOfItsOwn()
{
    RecordingServer server;
    AlertNotifier notifier(fastOptions());
    notifier.setClock([] { return t0 + 300'000; });
    NotifyChannel am = channel(NotifyType::Alertmanager, server.url(u"/"_s));
    am.resendInterval = milliseconds(60'000);
    notifier.setChannels({am}, MapSecrets());

    notifier.notify(notice(AlertNotice::Kind::Flapping, t0 + 300'000), rule());
    QTRY_COMPARE(server.received.size(), 1);
    const QByteArray expected = R"([{
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce", "flapping": "true"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "startsAt": "2026-12-02T10:05:00.000Z", "endsAt": "2026-12-02T10:09:00.000Z"}])";
    QCOMPARE(canonical(server.received.at(0).json()), expectedJson(expected));
    QVERIFY(notifier.firingAlerts().isEmpty());
}

void tst_AlertNotifier::removedChannelsReportWhatWasWaiting()
{
    LoopbackServer staller(LoopbackServer::Mode::Stall);
    AlertNotifier notifier(fastOptions());
    notifier.setChannels({channel(NotifyType::Webhook, staller.url(), u"gone"_s)}, MapSecrets());
    QSignalSpy failed(&notifier, &AlertNotifier::failed);
    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    notifier.notify(notice(AlertNotice::Kind::Resolved, t0 + 1'000), rule());
    QTRY_COMPARE(staller.requests, 1);

    notifier.setChannels({}, MapSecrets());
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(2).toString(), u"gone: not sent: the channel was removed from the configuration"_s);
    QCOMPARE(failed.at(1).at(1).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    QVERIFY(notifier.channelNames().isEmpty());
}

void tst_AlertNotifier::unchangedChannelsCarryOn()
{
    RecordingServer server({LoopbackServer::response(500, "down"), LoopbackServer::response(200, "ok")});
    AlertNotifier::Options options = fastOptions();
    options.firstRetryDelay = milliseconds(300);
    AlertNotifier notifier(options);
    const NotifyChannel spec = channel(NotifyType::Webhook, server.url());
    notifier.setChannels({spec}, MapSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);
    QSignalSpy failed(&notifier, &AlertNotifier::failed);
    notifier.notify(notice(AlertNotice::Kind::Firing, t0), rule());
    QTRY_COMPARE(failed.size(), 1);

    // A reload with the same channel, while it waits for its retry: the retry still comes.
    notifier.setChannels({spec}, MapSecrets());
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(2).toInt(), 2);
    QCOMPARE(server.received.size(), 2);
}

void tst_AlertNotifier::tooManyWaitingDropsTheOldest()
{
    LoopbackServer staller(LoopbackServer::Mode::Stall);
    AlertNotifier::Options options = fastOptions();
    options.maxQueued = 3;
    AlertNotifier notifier(options);
    notifier.setChannels({channel(NotifyType::Webhook, staller.url())}, MapSecrets());
    QSignalSpy failed(&notifier, &AlertNotifier::failed);
    for (int i = 0; i < 5; ++i) {
        const AlertRule r = rule(u"rule-%1"_s.arg(i));
        notifier.notify(notice(AlertNotice::Kind::Firing, t0, r), r);
    }
    // rule-0 is being sent; rule-1 and rule-2 made room for rule-3 and rule-4.
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(1).value<AlertNotice>().rule, u"rule-1"_s);
    QCOMPARE(failed.at(1).at(1).value<AlertNotice>().rule, u"rule-2"_s);
    QCOMPARE(failed.at(0).at(2).toString(), u"webhook: not sent: more than 3 messages were waiting"_s);
}

QTEST_GUILESS_MAIN(tst_AlertNotifier)
#include "tst_alertnotifier.moc"
