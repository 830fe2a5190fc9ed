#include "vendorserver.h"

#include <QTcpSocket>

#include <utility>

namespace gw::sim {

VendorServer::VendorServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

bool VendorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void VendorServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request.
    socket->disconnectFromHost();
}

} // namespace gw::sim
