#pragma once

#include "catalog.h"
#include "result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;

namespace gw {

// A JSON API server that Gatewatch asks (Prometheus, Alertmanager): where it is and how long to
// wait for it.
struct ApiServer
{
    QUrl url; // its base, e.g. http://prometheus:9090 (a path prefix is kept)
    std::chrono::milliseconds timeout{15'000};
    QList<QPair<QByteArray, QByteArray>> headers; // sent with every request: Authorization, X-Scope-OrgID…

    // "prometheus:9090": how messages name it (never with credentials).
    QString name() const;

    bool operator==(const ApiServer &) const = default;
};

class SecretSource;

// The configured endpoint with its secret and environment references resolved.
Result<ApiServer> resolveApiServer(const ApiEndpoint &endpoint, const SecretSource &secrets);

// What came back from one request, before the API's own reading of it.
struct ApiReply
{
    int status = 0;        // 0: no HTTP answer
    bool timedOut = false; // no answer within the server's timeout
    QString networkError;  // why there was no answer, when status is 0
    QByteArray body;
};

// Sends one request to `path` below the server's base, asking for JSON; gives up after the
// server's timeout. The future finishes on the thread of `network`.
QFuture<ApiReply> sendApiRequest(QNetworkAccessManager &network, const ApiServer &server, const QByteArray &method,
                                 const QString &path, const QUrlQuery &query = {}, const QByteArray &body = {});

} // namespace gw
