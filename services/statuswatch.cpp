#include "statuswatch.h"

#include "references.h"
#include "statuspageparser.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;
using Problem = gw::VendorStatusReading::Problem;

namespace gw {

StatusWatch::StatusWatch(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

StatusWatch::~StatusWatch()
{
    stop();
}

void StatusWatch::abandon(Source &source)
{
    // Taken first: the reply's finished() comes from abort() itself and must find no reader.
    if (QNetworkReply *reply = std::exchange(source.reply, nullptr))
        reply->abort();
}

void StatusWatch::setCatalog(const Catalog &catalog, const SecretSource &secrets)
{
    m_extraCaCertificates = catalog.settings.caFile.isEmpty()
                                ? QList<QSslCertificate>{}
                                : QSslCertificate::fromPath(catalog.settings.caFile, QSsl::Pem);
    QHash<QString, std::shared_ptr<Source>> sources;
    for (const VendorSpec &vendor : catalog.vendors) {
        if (vendor.statusPage.isEmpty())
            continue;
        auto source = std::make_shared<Source>();
        source->vendorId = vendor.id;
        source->interval = vendor.statusInterval;
        // A status page is small and cached: a slow one is as good as down.
        source->timeout = std::min(catalog.settings.timeout, vendor.statusInterval / 2);
        if (const Result<QString> url = References::expand(vendor.statusPage, secrets))
            source->url = QUrl(url.value());
        else
            source->problem = tr("the status page URL cannot be used: %1").arg(url.error().message);

        // The same page read the same way goes on as it was.
        if (const auto old = m_sources.constFind(vendor.id); old != m_sources.cend()) {
            const Source &previous = **old;
            if (previous.url == source->url && previous.problem == source->problem
                && previous.interval == source->interval && previous.timeout == source->timeout) {
                sources.insert(vendor.id, *old);
                continue;
            }
        }
        source->timer = new QTimer(this);
        source->timer->setInterval(source->interval);
        Source *raw = source.get();
        connect(source->timer, &QTimer::timeout, this, [this, raw] { read(*raw); });
        sources.insert(vendor.id, source);
        if (m_running) {
            source->timer->start();
            QTimer::singleShot(0, source->timer, [this, raw] { read(*raw); });
        }
    }
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        if (sources.value(it.key()) == it.value())
            continue;
        abandon(*it.value());
        delete it.value()->timer;
        if (!sources.contains(it.key()) && m_readings.remove(it.key()) > 0)
            Q_EMIT statusForgotten(it.key());
    }
    m_sources = std::move(sources);
}

void StatusWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    for (const auto &source : std::as_const(m_sources)) {
        source->timer->start();
        read(*source);
    }
}

void StatusWatch::stop()
{
    m_running = false;
    for (const auto &source : std::as_const(m_sources)) {
        source->timer->stop();
        abandon(*source);
    }
}

void StatusWatch::refresh(const QString &vendorId)
{
    if (const auto it = m_sources.constFind(vendorId); it != m_sources.cend())
        read(**it);
}

void StatusWatch::read(Source &source)
{
    if (source.reply)
        return; // the last read is still under way
    if (!source.problem.isEmpty()) {
        publish(source.vendorId, std::nullopt, Problem::Unreachable, source.problem);
        return;
    }
    QNetworkRequest request(source.url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Gatewatch");
    request.setTransferTimeout(int(source.timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_extraCaCertificates.isEmpty() && source.url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network->get(request);
    source.reply = reply;
    const QString vendorId = source.vendorId;
    // A page far larger than any status page is not read to the end.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maxStatusPageBytes || total > maxStatusPageBytes) {
            reply->setProperty("gw_tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, vendorId, reply] {
        reply->deleteLater();
        const auto it = m_sources.constFind(vendorId);
        if (it == m_sources.cend() || (*it)->reply != reply)
            return; // a catalog change or stop() abandoned it
        finish(**it, reply);
    });
}

void StatusWatch::finish(Source &source, QNetworkReply *reply)
{
    source.reply = nullptr;
    if (reply->property("gw_tooLarge").toBool()) {
        publish(source.vendorId, std::nullopt, Problem::BadAnswer,
                tr("the status page is larger than %1 MiB; not a status page").arg(maxStatusPageBytes / (1024 * 1024)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        const QString why = timedOut
                                ? tr("no answer within %1 s").arg(source.timeout.count() / 1000.0)
                                : reply->errorString();
        publish(source.vendorId, std::nullopt, Problem::Unreachable,
                tr("the status page cannot be reached: %1").arg(why));
        return;
    }
    if (status != 200) {
        // A server error means the page is not available now; anything else, that it is not there.
        publish(source.vendorId, std::nullopt, status >= 500 ? Problem::Unreachable : Problem::BadAnswer,
                tr("the status page answered HTTP %1").arg(status));
        return;
    }
    const Result<StatusPage> page = parseStatusPage(reply->readAll());
    if (!page) {
        publish(source.vendorId, std::nullopt, Problem::BadAnswer,
                tr("not a Statuspage document: %1").arg(page.error().message));
        return;
    }
    publish(source.vendorId, page.value(), Problem::None, {});
}

void StatusWatch::publish(const QString &vendorId, std::optional<StatusPage> page, Problem problem,
                          const QString &error)
{
    VendorStatusReading reading;
    reading.vendorId = vendorId;
    reading.atMs = m_clock();
    reading.page = std::move(page);
    reading.problem = problem;
    reading.error = error;
    m_readings.insert(vendorId, reading);
    Q_EMIT statusRead(reading);
}

} // namespace gw
