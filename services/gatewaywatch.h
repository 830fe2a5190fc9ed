#pragma once

#include "catalog.h"
#include "gatewaymetrics.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>

#include <optional>

namespace gw {

// Reads the gateway's metrics pages into per-route health: each page is parsed and read on the
// thread pool, never on the GUI thread, and fed to a GatewayTracker in order. While one page is
// being read, only the newest page that arrives meanwhile waits; older ones are dropped (the
// tracker's rates simply span the longer interval). Lives on the GUI thread.
class GatewayWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayWatch)

public:
    explicit GatewayWatch(QObject *parent = nullptr);
    ~GatewayWatch() override;

    // The configured gateway (or none). A change of flavor or metric names starts over.
    void setGateway(const std::optional<GatewaySpec> &gateway);
    void addPage(const QByteArray &page, const QDateTime &at);
    // The routes as an agent read them from the page and exported them (a desktop reading
    // Prometheus reads no page itself); one no newer than the last is ignored.
    void addScrape(const GatewayScrape &scrape);

    const GatewayTracker &tracker() const { return m_tracker; }
    const PageDiagnostics &diagnostics() const { return m_diagnostics; }
    // The integration whose traffic a route carries, by the configuration's routes; empty if none.
    QString integrationFor(const QString &service, const std::optional<QString> &route) const;
    // True while a page is being read or waits to be.
    bool busy() const;

Q_SIGNALS:
    void updated(); // tracker() and diagnostics() hold a newly read page
    // A page was read into a scrape and given to the tracker (just before updated()).
    void scrapeRead(const gw::GatewayScrape &scrape);

private:
    struct Reading
    {
        std::optional<GatewayScrape> scrape;
        PageDiagnostics diagnostics;
    };
    static Reading read(const QByteArray &page, qint64 atMs, std::optional<GatewayFlavor> flavor,
                        const GenericMetricNames &generic);
    void startNext();
    void handleRead(const Reading &reading, quint64 generation);

    std::optional<GatewaySpec> m_gateway;
    GatewayTracker m_tracker;
    PageDiagnostics m_diagnostics;
    QFuture<Reading> m_reading; // the page being read, if any
    bool m_busy = false;        // from the start of a read until its result is handled
    std::optional<std::pair<QByteArray, qint64>> m_waiting;
    quint64 m_generation = 0; // bumped by a configuration change; readings of older ones are dropped
};

} // namespace gw
