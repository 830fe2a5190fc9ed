#include "historyreader.h"

#include <QtConcurrent>

namespace gw {

struct HistoryReader::Private
{
    QString path;
    Retention retention;
    std::function<qint64()> clock;
};

HistoryReader::HistoryReader(QString path, Retention retention, std::function<qint64()> clock)
    : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->retention = retention;
    d->clock = std::move(clock);
}

HistoryReader::~HistoryReader() = default;

QFuture<ChartData> HistoryReader::chart(const HistoryQuery &query) const
{
    return QtConcurrent::run([this, query] { return chartNow(query); });
}

QFuture<QList<CheckSample>> HistoryReader::failures(const HistoryQuery &, int) const
{
    return QtConcurrent::run([] { return QList<CheckSample>(); });
}

QFuture<QList<IntegrationSummary>> HistoryReader::summaries(const QStringList &, qint64) const
{
    return QtConcurrent::run([] { return QList<IntegrationSummary>(); });
}

QString HistoryReader::exportSamples(const HistoryQuery &, const std::function<bool(const CheckSample &)> &) const
{
    return {};
}

QString HistoryReader::exportRollups(
    const HistoryQuery &, Resolution,
    const std::function<bool(const QString &, const QString &, const Rollup &)> &) const
{
    return {};
}

ChartData HistoryReader::chartNow(const HistoryQuery &query) const
{
    ChartData data;
    data.query = query;
    return data;
}

} // namespace gw
