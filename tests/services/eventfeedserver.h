#pragma once

// A gateway event feed on 127.0.0.1 for tests: every request is recorded and answered with what
// the test's handler returns for it, or not answered, or answered with a body that never ends.
// One request per connection ("Connection: close"), so each answer is read on its own.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class EventFeedServer final : public QTcpServer
{
public:
    struct Request
    {
        QByteArray target;               // as sent: path and query, percent-encoded
        QByteArray rawAfter;             // the `after` value as sent (still encoded)
        std::optional<QByteArray> after; // decoded; nullopt when absent
        QByteArray limit;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 atMs = 0; // since the server started

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[n, v] : headers) {
                if (n.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return {};
        }
        bool hasQueryItem(const QByteArray &item) const
        {
            const QByteArray query = target.mid(target.indexOf('?') + 1);
            return query.split('&').contains(item);
        }
    };

    enum class Action { Respond, Stall, Trickle, EndlessChunked, CloseEarly };

    struct Answer
    {
        Action action = Action::Respond;
        QByteArray bytes; // the whole response for Respond; what is sent before closing for CloseEarly
    };

    using Handler = std::function<Answer(const Request &)>;

    explicit EventFeedServer(Handler handler, QObject *parent = nullptr)
        : QTcpServer(parent), m_handler(std::move(handler))
    {
        m_clock.start();
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                handle(socket);
        });
    }

    QString url(const QString &pathAndQuery = QStringLiteral("/events")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(pathAndQuery);
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests;

    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {},
                               const QByteArray &contentType = "application/json")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " " + reasonPhrase(status)
               + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
               + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

    static Answer ok(const QByteArray &body) { return {Action::Respond, response(200, body)}; }

private:
    static QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    void handle(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            Request request;
            request.atMs = m_clock.elapsed();
            const QList<QByteArray> first = lines.constFirst().trimmed().split(' ');
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            const qsizetype question = request.target.indexOf('?');
            if (question >= 0) {
                for (const QByteArray &item : request.target.mid(question + 1).split('&')) {
                    if (item.startsWith("after=")) {
                        request.rawAfter = item.mid(6);
                        request.after = QByteArray::fromPercentEncoding(request.rawAfter);
                    } else if (item.startsWith("limit=")) {
                        request.limit = item.mid(6);
                    }
                }
            }
            requests.append(request);
            const Answer answer = m_handler(request);
            switch (answer.action) {
            case Action::Respond:
                socket->write(answer.bytes);
                socket->disconnectFromHost();
                break;
            case Action::Stall:
                break;
            case Action::CloseEarly:
                socket->write(answer.bytes);
                socket->flush();
                socket->disconnectFromHost();
                break;
            case Action::Trickle: {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                timer->start(50);
                break;
            }
            case Action::EndlessChunked: {
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                auto *timer = new QTimer(socket);
                QPointer<QTcpSocket> guard(socket);
                connect(timer, &QTimer::timeout, socket, [guard] {
                    if (guard && guard->bytesToWrite() < 1 << 20) {
                        const QByteArray chunk(64 * 1024, ' ');
                        guard->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                    }
                });
                timer->start(1);
                break;
            }
            }
        });
    }

    Handler m_handler;
    QElapsedTimer m_clock;
};
