#pragma once

#include "result.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

class QTcpServer;

namespace gw {

// Where the agent listens: "127.0.0.1:9464", "[::1]:9464", "localhost:9464", "0.0.0.0:9464".
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0; // 0: any free port

    static Result<ListenAddress> parse(QStringView text);
    bool isLoopback() const { return address.isLoopback(); }
    QString toString() const; // "127.0.0.1:9464", "[::1]:9464"

    bool operator==(const ListenAddress &) const = default;
};

// The agent's HTTP endpoint for Prometheus: GET /metrics answers the page the agent renders at
// that moment (text format 0.0.4), GET /healthz "ok" or 503 and what is wrong. With a bearer
// token, /metrics answers 401 to any request without it (compared in constant time); /healthz
// stays open, as load balancers and service managers ask it without credentials.
// Other paths are 404, other methods 405. GUI thread (it renders on the thread that owns the data).
class MetricsEndpoint final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsEndpoint)

public:
    using Page = std::function<QByteArray()>;
    using Health = std::function<std::optional<QString>()>; // nullopt: healthy; else the problem

    MetricsEndpoint(Page page, Health health, QObject *parent = nullptr);
    ~MetricsEndpoint() override;

    void setBearerToken(const QByteArray &token) { m_token = token; }
    // Empty on success; else why it cannot listen there (address in use, not this machine's…).
    QString listen(const ListenAddress &where);
    quint16 port() const;

    static constexpr QByteArrayView contentType = "text/plain; version=0.0.4; charset=utf-8";

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool authorised(const QHttpServerRequest &request) const;

    Page m_page;
    Health m_health;
    QByteArray m_token;
    QTcpServer *m_server = nullptr;
};

} // namespace gw
