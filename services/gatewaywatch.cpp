#include "gatewaywatch.h"

#include "prometheusparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace gw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::GatewayWatch)
};

} // namespace

GatewayWatch::GatewayWatch(QObject *parent) : QObject(parent)
{}

GatewayWatch::~GatewayWatch()
{
    m_reading.waitForFinished();
}

void GatewayWatch::setGateway(const std::optional<GatewaySpec> &gateway)
{
    const bool sameMetrics = m_gateway && gateway && m_gateway->metricsUrl == gateway->metricsUrl
                             && m_gateway->flavor == gateway->flavor && m_gateway->generic == gateway->generic;
    m_gateway = gateway;
    if (sameMetrics)
        return;
    ++m_generation;
    m_waiting.reset();
    m_tracker = GatewayTracker();
    m_diagnostics = PageDiagnostics();
    Q_EMIT updated();
}

void GatewayWatch::addPage(const QByteArray &page, const QDateTime &at)
{
    if (!m_gateway)
        return;
    m_waiting = std::pair(page, at.toMSecsSinceEpoch());
    startNext();
}

QString GatewayWatch::integrationFor(const QString &service, const std::optional<QString> &route) const
{
    return m_gateway ? m_gateway->integrationFor(service, route) : QString();
}

bool GatewayWatch::busy() const
{
    return m_busy || m_waiting.has_value();
}

void GatewayWatch::startNext()
{
    // One page at a time: a read whose result is not handled yet still counts as running, even
    // when its thread is done, so no result is ever dropped for a newer page.
    if (m_busy || !m_waiting || !m_gateway)
        return;
    auto [page, atMs] = std::move(*m_waiting);
    m_waiting.reset();
    m_busy = true;
    m_reading = QtConcurrent::run(&GatewayWatch::read, std::move(page), atMs, m_gateway->flavor, m_gateway->generic);
    auto *watcher = new QFutureWatcher<Reading>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        handleRead(watcher->result(), generation);
    });
    watcher->setFuture(m_reading);
}

void GatewayWatch::addScrape(const GatewayScrape &scrape)
{
    const std::optional<GatewayScrape> &latest = m_tracker.latest();
    if (latest && scrape.atMs <= latest->atMs)
        return;
    m_diagnostics = {};
    m_diagnostics.atMs = scrape.atMs;
    m_diagnostics.flavor = scrape.flavor;
    m_diagnostics.fromAgents = true;
    m_tracker.observe(scrape);
    Q_EMIT scrapeRead(scrape);
    Q_EMIT updated();
}

void GatewayWatch::handleRead(const Reading &reading, quint64 generation)
{
    m_busy = false;
    if (generation == m_generation) {
        m_diagnostics = reading.diagnostics;
        if (reading.scrape) {
            m_tracker.observe(*reading.scrape);
            Q_EMIT scrapeRead(*reading.scrape);
        }
        Q_EMIT updated();
    }
    startNext();
}

GatewayWatch::Reading GatewayWatch::read(const QByteArray &page, qint64 atMs, std::optional<GatewayFlavor> flavor,
                                         const GenericMetricNames &generic)
{
    QElapsedTimer timer;
    timer.start();
    Reading reading;
    PageDiagnostics &d = reading.diagnostics;
    d.atMs = atMs;
    const MetricPage metrics = PrometheusParser::parse(page);
    for (const MetricFamily &family : metrics.families)
        d.series += family.samples.size();
    d.problemCount = metrics.problems.size();
    if (!metrics.problems.isEmpty()) {
        const MetricProblem &first = metrics.problems.first();
        d.firstProblem = Text::tr("line %1: %2").arg(first.line).arg(first.message);
    }
    if (!metrics.notPrometheus.isEmpty()) {
        d.error = metrics.notPrometheus;
    } else if (d.series == 0) {
        d.error = Text::tr("the metrics page holds no series");
    } else {
        d.flavorRecognised = !flavor.has_value();
        d.flavor = flavor.value_or(detectFlavor(metrics));
        reading.scrape = readScrape(metrics, d.flavor, generic, atMs);
    }
    d.parseMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return reading;
}

} // namespace gw
