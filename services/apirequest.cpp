#include "apirequest.h"

#include "references.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

QString ApiServer::name() const
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

Result<ApiServer> resolveApiServer(const ApiEndpoint &endpoint, const SecretSource &secrets)
{
    const Result<QString> url = References::expand(endpoint.url, secrets);
    if (!url)
        return url.error();
    ApiServer server;
    server.url = QUrl(url.value());
    server.timeout = endpoint.timeout;
    for (const auto &[name, value] : endpoint.headers) {
        const Result<QString> expanded = References::expand(value, secrets);
        if (!expanded)
            return expanded.error();
        server.headers.append({name.toLatin1(), expanded.value().toUtf8()});
    }
    return server;
}

QFuture<ApiReply> sendApiRequest(QNetworkAccessManager &network, const ApiServer &server, const QByteArray &method,
                                 const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    auto promise = std::make_shared<QPromise<ApiReply>>();
    promise->start();
    QFuture<ApiReply> future = promise->future();

    QUrl url = server.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : server.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(server.timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, timedOut] {
        reply->deleteLater();
        ApiReply answer;
        answer.timedOut = *timedOut;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.status == 0)
            answer.networkError = reply->errorString();
        answer.body = reply->readAll();
        promise->addResult(std::move(answer));
        promise->finish();
    });
    return future;
}

} // namespace gw
