#pragma once

#include "historyprovider.h"
#include "promchart.h"
#include "prometheusapi.h"
#include "result.h"

#include <QObject>

namespace gw {

// The history as Prometheus keeps it, for a desktop whose checks run in agents that Prometheus
// scrapes: charts and the overview's summaries come from range and instant queries of the agents'
// metrics (docs/metrics.md) through the same HistoryProvider the window uses with its own store.
// What Prometheus does not hold (failed calls' evidence, webhook deliveries and their volumes)
// comes from `local`, the store the gateway's event feed fills. Prometheus's own failures show as
// ChartData::problem, never as an integration's outage. Lives on the GUI thread; its futures
// finish there.
class PrometheusHistory final : public QObject, public HistoryProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusHistory)

public:
    struct Options
    {
        PrometheusClient::Options server;
        qint64 scrapeIntervalMs = 15'000; // no step finer than this: it would only repeat samples
    };

    PrometheusHistory(Options options, const HistoryProvider *local, QObject *parent = nullptr);
    ~PrometheusHistory() override;

    QFuture<ChartData> chart(const HistoryQuery &query) const override;
    QFuture<QList<CheckSample>> failures(const HistoryQuery &query, int limit) const override;
    QFuture<QList<IntegrationSummary>> summaries(const QStringList &integrationIds, qint64 nowMs) const override;
    QFuture<QList<GatewayEvent>> events(const EventQuery &query) const override;
    QFuture<QList<WebhookVolume>> webhookVolumes(qint64 fromMs, qint64 toMs) const override;

    // What scorecards of `integrationIds` over [fromMs, toMs) need from Prometheus (promRollups()
    // over scorecardGrid()), or what went wrong asking it.
    QFuture<Result<PromRollups, QString>> scorecardHistory(const QStringList &integrationIds, qint64 fromMs,
                                                           qint64 toMs) const;

private:
    Options m_options;
    const HistoryProvider *m_local = nullptr;
    PrometheusClient *m_client = nullptr;
};

} // namespace gw
