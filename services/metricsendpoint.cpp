#include "metricsendpoint.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace gw {

Result<ListenAddress> ListenAddress::parse(QStringView text)
{
    const auto fail = [&] {
        return Error{QCoreApplication::translate(
                         "gw::MetricsEndpoint", "expected an address and port like 127.0.0.1:9464 or [::1]:9464, found '%1'")
                         .arg(text)};
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return fail();
    QStringView host = text.first(colon);
    bool portOk = false;
    const uint port = text.sliced(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    ListenAddress out;
    out.port = static_cast<quint16>(port);
    if (host == u"localhost")
        out.address = QHostAddress(QHostAddress::LocalHost);
    else if (!out.address.setAddress(host.toString()))
        return fail();
    return out;
}

QString ListenAddress::toString() const
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? u"[%1]:%2"_s.arg(address.toString()).arg(port)
               : u"%1:%2"_s.arg(address.toString()).arg(port);
}

MetricsEndpoint::MetricsEndpoint(Page page, Health health, QObject *parent)
    : QAbstractHttpServer(parent), m_page(std::move(page)), m_health(std::move(health))
{}

MetricsEndpoint::~MetricsEndpoint() = default;

QString MetricsEndpoint::listen(const ListenAddress &where)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(where.address, where.port)) {
        const QString error = tr("cannot listen on %1: %2").arg(where.toString(), server->errorString());
        delete server;
        return error;
    }
    m_server = server;
    bind(server);
    return {};
}

quint16 MetricsEndpoint::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool MetricsEndpoint::authorised(const QHttpServerRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    const QByteArray expected = "Bearer " + m_token;
    const QByteArray given = request.value("Authorization");
    return given.size() == expected.size() && CRYPTO_memcmp(given.constData(), expected.constData(), given.size()) == 0;
}

bool MetricsEndpoint::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QString path = request.url().path();
    if (path != u"/metrics" && path != u"/healthz") {
        responder.write("Not found: the agent serves /metrics and /healthz.\n", "text/plain; charset=utf-8",
                        QHttpServerResponder::StatusCode::NotFound);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        responder.write("Only GET.\n", {{"Content-Type", "text/plain; charset=utf-8"}, {"Allow", "GET"}},
                        QHttpServerResponder::StatusCode::MethodNotAllowed);
        return true;
    }
    if (path == u"/healthz") {
        if (const std::optional<QString> problem = m_health())
            responder.write(problem->toUtf8() + '\n', "text/plain; charset=utf-8",
                            QHttpServerResponder::StatusCode::ServiceUnavailable);
        else
            responder.write("ok\n", "text/plain; charset=utf-8");
        return true;
    }
    if (!authorised(request)) {
        responder.write("Unauthorized: send the agent's bearer token.\n",
                        {{"Content-Type", "text/plain; charset=utf-8"},
                         {"WWW-Authenticate", R"(Bearer realm="gatewatch")"}},
                        QHttpServerResponder::StatusCode::Unauthorized);
        return true;
    }
    responder.write(m_page(), contentType.toByteArray());
    return true;
}

void MetricsEndpoint::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers every request.
    socket->disconnectFromHost();
}

} // namespace gw
