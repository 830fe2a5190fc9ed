#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace gw::sim {

// One listening HTTP(S) server that hands every complete request, with its socket, to the
// simulator: the handler decides whether, when and how to answer. Lives on the creating thread.
class VendorServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VendorServer)

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit VendorServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace gw::sim
