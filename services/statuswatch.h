#pragma once

#include "catalog.h"
#include "vendorreading.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gw {

class SecretSource;

// Reads each vendor's Statuspage v2 document on its own interval (status_interval) and tells what
// it found: the page, or why there is none (unreachable, an HTTP error, not a status page). The
// first reading of each vendor is taken at once. A page that cannot be read is never taken for
// the vendor reporting an outage. A new catalog keeps the timers and readings of vendors whose
// status page did not change. GUI thread.
class StatusWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusWatch)

public:
    explicit StatusWatch(QObject *parent = nullptr);
    ~StatusWatch() override;

    // The catalog's vendors with a status page; references in their URLs are resolved with
    // `secrets`, and the catalog's ca_file is trusted besides the system's CAs.
    void setCatalog(const Catalog &catalog, const SecretSource &secrets);
    // Reading starts (every vendor at once) and stops; stopped, nothing is read.
    void start();
    void stop();
    // Reads one vendor's page now, unless a read is under way.
    void refresh(const QString &vendorId);
    // The wall clock stamped on readings; QDateTime::currentMSecsSinceEpoch by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // The latest reading per vendor id.
    const QHash<QString, VendorStatusReading> &readings() const { return m_readings; }

Q_SIGNALS:
    void statusRead(const gw::VendorStatusReading &reading);
    // A vendor was removed or lost its status page: its reading is gone.
    void statusForgotten(const QString &vendorId);

private:
    struct Source
    {
        QString vendorId;
        QUrl url;
        QString problem; // why the configured URL cannot be used (a reference that did not resolve)
        std::chrono::milliseconds interval{120'000};
        std::chrono::milliseconds timeout{10'000};
        QTimer *timer = nullptr;
        QPointer<QNetworkReply> reply;
    };
    void read(Source &source);
    void abandon(Source &source);
    void finish(Source &source, QNetworkReply *reply);
    void publish(const QString &vendorId, std::optional<StatusPage> page, VendorStatusReading::Problem problem,
                 const QString &error);

    QNetworkAccessManager *m_network;
    QHash<QString, std::shared_ptr<Source>> m_sources;
    QHash<QString, VendorStatusReading> m_readings;
    QList<QSslCertificate> m_extraCaCertificates;
    std::function<qint64()> m_clock;
    bool m_running = false;
};

} // namespace gw
