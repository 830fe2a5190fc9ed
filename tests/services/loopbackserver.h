#pragma once

// A deliberately badly behaved HTTP peer on 127.0.0.1 for probe tests: it answers each
// connection according to its mode, byte by byte if asked to.

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

class LoopbackServer final : public QTcpServer
{
public:
    enum class Mode { Respond, Stall, Trickle, Reset, Garbage, HugeChunked };

    explicit LoopbackServer(Mode mode, QByteArray response = {}, QObject *parent = nullptr)
        : QTcpServer(parent), m_mode(mode), m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                handle(socket);
        });
    }

    QString url(const QString &path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

    int requests = 0;
    QByteArray lastRequest; // as it came, up to the end of what arrived with its headers

    void setResponse(const QByteArray &response) { m_response = response; }

    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {},
                               const QByteArray &contentType = "application/json")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType
               + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    void handle(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray request = socket->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            ++requests;
            lastRequest = request;
            switch (m_mode) {
            case Mode::Respond:
                socket->write(m_response);
                break;
            case Mode::Stall:
                break;
            case Mode::Garbage:
                socket->write("\x16\x03\x01 this is not HTTP at all\r\n\r\n");
                socket->disconnectFromHost();
                break;
            case Mode::Reset: {
                const linger hard{1, 0};
                ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                socket->abort();
                break;
            }
            case Mode::Trickle: {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n");
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
                timer->start(50);
                break;
            }
            case Mode::HugeChunked: {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
                auto *timer = new QTimer(socket);
                QPointer<QTcpSocket> guard(socket);
                connect(timer, &QTimer::timeout, socket, [guard] {
                    if (guard && guard->bytesToWrite() < 1 << 20) {
                        const QByteArray chunk(64 * 1024, 'y');
                        guard->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                    }
                });
                timer->start(1);
                break;
            }
            }
        });
    }

    Mode m_mode;
    QByteArray m_response;
};
