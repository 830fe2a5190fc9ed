#pragma once

#include "httpexchange.h"

#include <chrono>

class QTcpSocket;

namespace gw::sim {

// Puts responses on a server socket, well-behaved or not. Every timer and connection made here
// is parented to the socket, so nothing outlives a client that goes away.
class WireWriter
{
public:
    // A complete response; keeps the connection open unless `keepAlive` is false.
    static void write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, bool headOnly);
    // Status line and headers at once, then one body byte per `interval`.
    static void trickle(QTcpSocket *socket, const HttpResponse &response, std::chrono::milliseconds interval);
    // A 200 of exactly `size` bytes (valid JSON when size allows), generated as it drains.
    static void hugeBody(QTcpSocket *socket, const HttpResponse &response, qint64 size);
    // SO_LINGER 0 and close: the peer sees a TCP RST instead of an orderly FIN.
    static void reset(QTcpSocket *socket);
};

} // namespace gw::sim
