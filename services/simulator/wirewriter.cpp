#include "wirewriter.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>
#include <memory>

namespace gw::sim {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HighWater = 256 * 1024;

// `{"padding":"aaaa…"}` cut to `size` bytes: byte `index` of that document.
char hugeByte(qint64 index, qint64 size)
{
    static constexpr QByteArrayView prefix = "{\"padding\":\"";
    static constexpr QByteArrayView suffix = "\"}";
    if (size < prefix.size() + suffix.size())
        return 'a';
    if (index < prefix.size())
        return prefix.at(index);
    if (index >= size - suffix.size())
        return suffix.at(index - (size - suffix.size()));
    return 'a';
}

} // namespace

void WireWriter::write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, bool headOnly)
{
    socket->write(response.head(response.body.size(), keepAlive));
    if (!headOnly)
        socket->write(response.body);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void WireWriter::trickle(QTcpSocket *socket, const HttpResponse &response, std::chrono::milliseconds interval)
{
    socket->write(response.head(response.body.size(), true));
    auto *timer = new QTimer(socket);
    timer->setInterval(std::max(interval, std::chrono::milliseconds(1)));
    auto position = std::make_shared<qsizetype>(0);
    const QByteArray body = response.body;
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, position, body] {
        if (*position >= body.size()) {
            timer->deleteLater();
            return;
        }
        socket->write(body.constData() + *position, 1);
        ++*position;
    });
    timer->start();
}

void WireWriter::hugeBody(QTcpSocket *socket, const HttpResponse &response, qint64 size)
{
    socket->write(response.head(size, true));
    auto sent = std::make_shared<qint64>(0);
    auto pump = [socket, sent, size] {
        while (*sent < size && socket->bytesToWrite() < HighWater) {
            const qint64 length = std::min(ChunkSize, size - *sent);
            QByteArray chunk(length, 'a');
            for (qint64 i = 0; i < length; ++i) {
                const qint64 index = *sent + i;
                // Only the first and last few bytes differ from 'a'.
                if (index < 16 || index >= size - 2)
                    chunk[i] = hugeByte(index, size);
            }
            socket->write(chunk);
            *sent += length;
        }
    };
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(socket, &QIODevice::bytesWritten, socket, [pump, sent, size, connection] {
        pump();
        if (*sent >= size)
            QObject::disconnect(*connection);
    });
    pump();
}

void WireWriter::reset(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    socket->abort();
}

} // namespace gw::sim
