#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace gw::sim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as the fake vendors see it: copied out of QHttpServerRequest, which Qt reuses.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    // Case-insensitive, like HTTP field names; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// A response before it goes on the wire. Content-Length, Date and Connection are added when written.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QByteArray &body,
                             const QByteArray &contentType = QByteArrayLiteral("application/json; charset=utf-8"));
    static QByteArray reasonPhrase(int status);
    // Status line and header block including the blank line; `contentLength` < 0 leaves it out.
    QByteArray head(qint64 contentLength, bool keepAlive) const;
};

} // namespace gw::sim
