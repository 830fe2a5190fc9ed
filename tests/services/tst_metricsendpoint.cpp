#include "metricsendpoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray authenticate;
    QByteArray allow;
};

} // namespace

// The agent's /metrics and /healthz, over real HTTP on 127.0.0.1.
class tst_MetricsEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAddress_data();
    void parseAddress();
    void servesThePageItRendersAtEachScrape();
    void bearerToken_data();
    void bearerToken();
    void healthzIsOpenAndSaysWhatIsWrong();
    void otherPathsAndMethods();
    void portInUseIsASentence();

private:
    Answer ask(quint16 port, const QString &path, const QByteArray &authorization = {},
               const QByteArray &method = "GET");
    QNetworkAccessManager m_network;
};

void tst_MetricsEndpoint::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address"); // as QHostAddress::toString() writes it
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<QString>("written");

    QTest::newRow("ipv4 loopback") << u"127.0.0.1:9464"_s << true << u"127.0.0.1"_s << 9464 << true
                                   << u"127.0.0.1:9464"_s;
    QTest::newRow("ipv6 loopback") << u"[::1]:9464"_s << true << u"::1"_s << 9464 << true << u"[::1]:9464"_s;
    QTest::newRow("localhost") << u"localhost:8080"_s << true << u"127.0.0.1"_s << 8080 << true
                               << u"127.0.0.1:8080"_s;
    QTest::newRow("any port") << u"127.0.0.1:0"_s << true << u"127.0.0.1"_s << 0 << true << u"127.0.0.1:0"_s;
    QTest::newRow("all ipv4") << u"0.0.0.0:9464"_s << true << u"0.0.0.0"_s << 9464 << false << u"0.0.0.0:9464"_s;
    QTest::newRow("all ipv6") << u"[::]:9464"_s << true << u"::"_s << 9464 << false << u"[::]:9464"_s;
    QTest::newRow("lan") << u"10.1.2.3:9464"_s << true << u"10.1.2.3"_s << 9464 << false << u"10.1.2.3:9464"_s;
    QTest::newRow("loopback /8") << u"127.0.0.2:9464"_s << true << u"127.0.0.2"_s << 9464 << true
                                 << u"127.0.0.2:9464"_s;
    QTest::newRow("no port") << u"127.0.0.1"_s << false << QString() << 0 << false << QString();
    QTest::newRow("port only") << u":9464"_s << false << QString() << 0 << false << QString();
    QTest::newRow("empty port") << u"127.0.0.1:"_s << false << QString() << 0 << false << QString();
    QTest::newRow("port too big") << u"127.0.0.1:65536"_s << false << QString() << 0 << false << QString();
    QTest::newRow("port not a number") << u"127.0.0.1:http"_s << false << QString() << 0 << false << QString();
    QTest::newRow("negative port") << u"127.0.0.1:-1"_s << false << QString() << 0 << false << QString();
    QTest::newRow("host name") << u"metrics.example.com:9464"_s << false << QString() << 0 << false << QString();
    QTest::newRow("ipv6 without brackets") << u"::1"_s << false << QString() << 0 << false << QString();
    QTest::newRow("url") << u"http://127.0.0.1:9464"_s << false << QString() << 0 << false << QString();
    QTest::newRow("empty") << QString() << false << QString() << 0 << false << QString();
}

void tst_MetricsEndpoint::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<ListenAddress> parsed = ListenAddress::parse(text);
    QCOMPARE(parsed.ok(), valid);
    if (!valid) {
        QVERIFY2(parsed.error().message.contains(u"127.0.0.1:9464"_s), qPrintable(parsed.error().message));
        return;
    }
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, loopback);
    QFETCH(QString, written);
    QCOMPARE(parsed->address.toString(), address);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->isLoopback(), loopback);
    QCOMPARE(parsed->toString(), written);
}

Answer tst_MetricsEndpoint::ask(quint16 port, const QString &path, const QByteArray &authorization,
                                const QByteArray &method)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (finished.wait(10'000)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.authenticate = reply->rawHeader("WWW-Authenticate");
        answer.allow = reply->rawHeader("Allow");
    }
    reply->deleteLater();
    return answer;
}

void tst_MetricsEndpoint::servesThePageItRendersAtEachScrape()
{
    int scrapes = 0;
    MetricsEndpoint endpoint([&scrapes] { return QByteArray("gatewatch_scrapes ").append(QByteArray::number(++scrapes)).append('\n'); },
                             [] { return std::nullopt; });
    QCOMPARE(endpoint.listen(ListenAddress::parse(u"127.0.0.1:0"_s).value()), QString());
    QVERIFY(endpoint.port() != 0);

    const Answer first = ask(endpoint.port(), u"/metrics"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray("gatewatch_scrapes 1\n"));
    // The content type of the text exposition format, version 0.0.4.
    QCOMPARE(first.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QCOMPARE(ask(endpoint.port(), u"/metrics"_s).body, QByteArray("gatewatch_scrapes 2\n"));
    // Prometheus adds no query, but a browser or curl may; the path decides.
    QCOMPARE(ask(endpoint.port(), u"/metrics?x=1"_s).body, QByteArray("gatewatch_scrapes 3\n"));
}

void tst_MetricsEndpoint::bearerToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");

    QTest::newRow("right token") << QByteArray("Bearer s3cr3t-token") << 200;
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong token") << QByteArray("Bearer s3cr3t-tokeN") << 401;
    QTest::newRow("prefix of it") << QByteArray("Bearer s3cr3t") << 401;
    QTest::newRow("longer") << QByteArray("Bearer s3cr3t-token2") << 401;
    QTest::newRow("basic scheme") << QByteArray("Basic czNjcjN0LXRva2Vu") << 401;
    QTest::newRow("token without scheme") << QByteArray("s3cr3t-token") << 401;
}

void tst_MetricsEndpoint::bearerToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    MetricsEndpoint endpoint([] { return QByteArray("gatewatch_build_info{version=\"1\"} 1\n"); },
                             [] { return std::nullopt; });
    endpoint.setBearerToken("s3cr3t-token");
    QCOMPARE(endpoint.listen(ListenAddress::parse(u"127.0.0.1:0"_s).value()), QString());

    const Answer answer = ask(endpoint.port(), u"/metrics"_s, authorization);
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QCOMPARE(answer.body, QByteArray("gatewatch_build_info{version=\"1\"} 1\n"));
    } else {
        QCOMPARE(answer.authenticate, QByteArray(R"(Bearer realm="gatewatch")"));
        QVERIFY(!answer.body.contains("gatewatch_build_info"));
        QVERIFY(!answer.body.contains("s3cr3t"));
    }
}

void tst_MetricsEndpoint::healthzIsOpenAndSaysWhatIsWrong()
{
    std::optional<QString> problem = u"starting: the configuration has not been read yet"_s;
    MetricsEndpoint endpoint([] { return QByteArray(); }, [&problem] { return problem; });
    endpoint.setBearerToken("s3cr3t-token");
    QCOMPARE(endpoint.listen(ListenAddress::parse(u"127.0.0.1:0"_s).value()), QString());

    const Answer starting = ask(endpoint.port(), u"/healthz"_s);
    QCOMPARE(starting.status, 503);
    QCOMPARE(starting.body, QByteArray("starting: the configuration has not been read yet\n"));

    problem.reset();
    const Answer healthy = ask(endpoint.port(), u"/healthz"_s);
    QCOMPARE(healthy.status, 200);
    QCOMPARE(healthy.body, QByteArray("ok\n"));
}

void tst_MetricsEndpoint::otherPathsAndMethods()
{
    int scrapes = 0;
    MetricsEndpoint endpoint([&scrapes] { return QByteArray::number(++scrapes); }, [] { return std::nullopt; });
    QCOMPARE(endpoint.listen(ListenAddress::parse(u"127.0.0.1:0"_s).value()), QString());

    const Answer root = ask(endpoint.port(), u"/"_s);
    QCOMPARE(root.status, 404);
    QVERIFY2(root.body.contains("/metrics"), root.body.constData());
    QCOMPARE(ask(endpoint.port(), u"/metrics/extra"_s).status, 404);

    const Answer post = ask(endpoint.port(), u"/metrics"_s, {}, "POST");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.allow, QByteArray("GET"));
    QCOMPARE(ask(endpoint.port(), u"/healthz"_s, {}, "DELETE").status, 405);
    QCOMPARE(scrapes, 0); // nothing but a GET of /metrics renders the page
}

void tst_MetricsEndpoint::portInUseIsASentence()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    MetricsEndpoint endpoint([] { return QByteArray(); }, [] { return std::nullopt; });
    ListenAddress where = ListenAddress::parse(u"127.0.0.1:0"_s).value();
    where.port = taken.serverPort();
    const QString problem = endpoint.listen(where);
    QVERIFY2(problem.startsWith(u"cannot listen on 127.0.0.1:%1: "_s.arg(taken.serverPort())), qPrintable(problem));
    QCOMPARE(endpoint.port(), quint16(0));
}

QTEST_GUILESS_MAIN(tst_MetricsEndpoint)
#include "tst_metricsendpoint.moc"
