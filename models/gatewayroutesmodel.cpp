#include "gatewayroutesmodel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

static_assert(GatewayRoutesModel::SparklineRole > GatewayRoutesModel::RouteRole,
              "the overview's sparkline role must not collide with this model's own roles");

// Unambiguous whatever the label values hold.
QString keyOf(const QString &service, const std::optional<QString> &route)
{
    return QString::number(service.size()) + u':' + service + (route ? u'+' + *route : u"-"_s);
}

QString keyOf(const RouteHealth &health)
{
    return keyOf(health.service, health.route);
}

QString none()
{
    return GatewayRoutesModel::tr("—", "no value");
}

QString rateText(double perSecond)
{
    const QLocale locale;
    QString number;
    if (perSecond <= 0)
        number = locale.toString(0);
    else if (perSecond < 1)
        number = locale.toString(perSecond, 'f', 2);
    else if (perSecond < 10)
        number = locale.toString(perSecond, 'f', 1);
    else
        number = locale.toString(static_cast<qint64>(std::llround(perSecond)));
    return GatewayRoutesModel::tr("%1/s", "requests per second").arg(number);
}

// As precise as small ratios need: 0.05 % of a busy route is still a lot of failed calls.
QString percentText(double ratio)
{
    const QLocale locale;
    const double percent = ratio * 100.0;
    if (percent <= 0)
        return GatewayRoutesModel::tr("%1%", "percentage").arg(locale.toString(0));
    if (percent < 0.01)
        return GatewayRoutesModel::tr("<%1%", "percentage below the smallest shown").arg(locale.toString(0.01, 'f', 2));
    if (percent < 1)
        return GatewayRoutesModel::tr("%1%", "percentage").arg(locale.toString(percent, 'f', 2));
    if (percent < 10)
        return GatewayRoutesModel::tr("%1%", "percentage").arg(locale.toString(percent, 'f', 1));
    return GatewayRoutesModel::tr("%1%", "percentage").arg(locale.toString(static_cast<qint64>(std::llround(percent))));
}

QString msText(double ms)
{
    const QLocale locale;
    if (ms >= 10'000)
        return GatewayRoutesModel::tr("%1 s", "seconds").arg(locale.toString(ms / 1000.0, 'f', 1));
    if (ms < 10)
        return GatewayRoutesModel::tr("%1 ms", "milliseconds").arg(locale.toString(ms, 'f', 1));
    return GatewayRoutesModel::tr("%1 ms", "milliseconds").arg(locale.toString(static_cast<qint64>(std::llround(ms))));
}

std::optional<double> ratioOf(const RouteHealth &health, int column)
{
    switch (column) {
    case GatewayRoutesModel::ServerErrorColumn:
        return health.errorRatio;
    case GatewayRoutesModel::ClientErrorColumn:
        return health.clientErrorRatio;
    case GatewayRoutesModel::RateLimitedColumn:
        return health.rateLimitedRatio;
    default:
        return std::nullopt;
    }
}

std::optional<double> latencyOf(const RouteHealth &health, int column)
{
    switch (column) {
    case GatewayRoutesModel::P50Column:
        return health.p50Ms;
    case GatewayRoutesModel::P95Column:
        return health.p95Ms;
    case GatewayRoutesModel::P99Column:
        return health.p99Ms;
    default:
        return std::nullopt;
    }
}

} // namespace

GatewayRoutesModel::GatewayRoutesModel(QObject *parent) : QAbstractTableModel(parent)
{}

void GatewayRoutesModel::update(const GatewayTracker &tracker, const IntegrationLookup &integrationFor)
{
    QList<Row> fresh;
    const QList<RouteHealth> routes = tracker.routes();
    fresh.reserve(routes.size());
    QSet<QString> freshKeys;
    for (const RouteHealth &health : routes) {
        Row row;
        row.health = health;
        if (integrationFor)
            row.integration = integrationFor(health.service, health.route);
        const QList<RoutePoint> points = tracker.trend(health.service, health.route);
        row.trend.reserve(points.size());
        for (const RoutePoint &point : points)
            row.trend.append(QPointF(static_cast<double>(point.atMs), point.requestsPerSecond));
        freshKeys.insert(keyOf(health));
        fresh.append(std::move(row));
    }

    // Routes gone from the page, a run of neighbours at a time, from the bottom.
    for (int last = static_cast<int>(m_rows.size()) - 1; last >= 0;) {
        if (freshKeys.contains(keyOf(m_rows.at(last).health))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !freshKeys.contains(keyOf(m_rows.at(first - 1).health)))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // New routes at their places; the tracker keeps routes in one order, so the rows that stay are
    // already in the order of `fresh`.
    QSet<QString> present;
    for (const Row &row : std::as_const(m_rows))
        present.insert(keyOf(row.health));
    for (int i = 0; i < fresh.size(); ++i) {
        const QString key = keyOf(fresh.at(i).health);
        if (i < m_rows.size() && keyOf(m_rows.at(i).health) == key)
            continue;
        if (present.contains(key)) {
            // Not the order this model was built on; start over rather than show rows out of place.
            beginResetModel();
            m_rows = fresh;
            endResetModel();
            return;
        }
        int end = i + 1;
        while (end < fresh.size() && !present.contains(keyOf(fresh.at(end).health)))
            ++end;
        beginInsertRows({}, i, end - 1);
        m_rows.insert(i, end - i, Row());
        for (int row = i; row < end; ++row)
            m_rows[row] = fresh.at(row);
        endInsertRows();
        i = end - 1;
    }

    // The same rows as `fresh` now; tell views about those whose values changed.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row) == fresh.at(row))
            continue;
        int last = row;
        while (last + 1 < m_rows.size() && m_rows.at(last + 1) != fresh.at(last + 1))
            ++last;
        for (int r = row; r <= last; ++r)
            m_rows[r] = fresh.at(r);
        Q_EMIT dataChanged(index(row, 0), index(last, ColumnCount - 1));
        row = last;
    }
}

GatewayRoutesModel::Severity GatewayRoutesModel::severity(int row) const
{
    return severityOf(m_rows.at(row).health.errorRatio);
}

int GatewayRoutesModel::problemCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return severityOf(row.health.errorRatio) != Severity::Healthy;
    }));
}

GatewayRoutesModel::Severity GatewayRoutesModel::severityOf(const std::optional<double> &errorRatio)
{
    if (!errorRatio)
        return Severity::Healthy; // no requests, no errors
    if (*errorRatio >= criticalErrorRatio)
        return Severity::Critical;
    return *errorRatio >= warningErrorRatio ? Severity::Warning : Severity::Healthy;
}

GatewayRoutesModel::Severity GatewayRoutesModel::severityOf(const UpstreamTarget &target)
{
    if (target.state == u"healthy")
        return Severity::Healthy;
    if (target.state == u"unhealthy" || target.state == u"dns_error")
        return Severity::Critical;
    return Severity::Warning;
}

QString GatewayRoutesModel::stateText(const QString &state)
{
    if (state == u"healthy")
        return tr("healthy", "upstream target");
    if (state == u"unhealthy")
        return tr("unhealthy", "upstream target");
    if (state == u"dns_error")
        return tr("DNS error", "upstream target");
    if (state == u"healthchecks_off")
        return tr("health checks off", "upstream target");
    return state;
}

QString GatewayRoutesModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Healthy:
        return tr("Healthy", "route");
    case Severity::Warning:
        return tr("Warning", "route");
    case Severity::Critical:
        break;
    }
    return tr("Critical", "route");
}

QString GatewayRoutesModel::routeName(const QString &service, const std::optional<QString> &route)
{
    const QString shownService = service.isEmpty() ? none() : service;
    return route ? tr("%1 · %2", "gateway service · route").arg(shownService, *route) : shownService;
}

int GatewayRoutesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GatewayRoutesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewayRoutesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case StatusRole:
        return static_cast<int>(severityOf(row.health.errorRatio));
    case ServiceRole:
        return row.health.service;
    case RouteRole:
        return row.health.route ? QVariant(*row.health.route) : QVariant();
    case SparklineRole:
        return column == TrendColumn && !row.trend.isEmpty() ? QVariant::fromValue(row.trend) : QVariant();
    case Qt::TextAlignmentRole:
        if (column >= RateColumn && column <= P99Column)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant GatewayRoutesModel::displayValue(const Row &row, int column) const
{
    const RouteHealth &health = row.health;
    switch (column) {
    case ServiceColumn:
        return health.service.isEmpty() ? none() : health.service;
    case RouteColumn:
        return health.route ? *health.route : none();
    case IntegrationColumn:
        return row.integration;
    case RateColumn:
        return health.requestsPerSecond ? rateText(*health.requestsPerSecond) : none();
    case ServerErrorColumn:
    case ClientErrorColumn:
    case RateLimitedColumn: {
        const std::optional<double> ratio = ratioOf(health, column);
        return ratio ? percentText(*ratio) : none();
    }
    case P50Column:
    case P95Column:
    case P99Column: {
        const std::optional<double> ms = latencyOf(health, column);
        return ms ? msText(*ms) : none();
    }
    case TrendColumn:
        return QString(); // drawn from SparklineRole
    default:
        return {};
    }
}

QVariant GatewayRoutesModel::rawValue(const Row &row, int column) const
{
    const RouteHealth &health = row.health;
    switch (column) {
    case ServiceColumn:
        return health.service;
    case RouteColumn:
        return health.route.value_or(QString());
    case IntegrationColumn:
        return row.integration;
    case RateColumn:
        return health.requestsPerSecond.value_or(-1.0);
    case ServerErrorColumn:
    case ClientErrorColumn:
    case RateLimitedColumn:
        return ratioOf(health, column).value_or(-1.0);
    case P50Column:
    case P95Column:
    case P99Column:
        return latencyOf(health, column).value_or(-1.0);
    case TrendColumn:
        return row.trend.isEmpty() ? -1.0 : row.trend.constLast().y();
    default:
        return {};
    }
}

QVariant GatewayRoutesModel::toolTip(const Row &row, int column) const
{
    const RouteHealth &health = row.health;
    // One scrape so far: ratios and percentiles cover everything since the counters started.
    const bool interval = health.requestsPerSecond.has_value();
    switch (column) {
    case ServiceColumn:
        return health.service.isEmpty() ? tr("The gateway's metrics name no service for these requests")
                                        : tr("Gateway service %1").arg(health.service);
    case RouteColumn:
        return health.route ? tr("Route %1 of service %2").arg(*health.route, health.service)
                            : tr("Requests of this service that matched no route, or a gateway that "
                                 "reports services only");
    case IntegrationColumn:
        return row.integration.isEmpty()
                   ? tr("No integration is mapped to this route (routes in the gateway section of the configuration)")
                   : tr("The integration whose traffic this route carries");
    case RateColumn:
        return interval ? tr("Requests per second between the last two scrapes") : tr("Known after the second scrape");
    case ServerErrorColumn:
        if (!health.errorRatio)
            return tr("No requests to judge");
        return interval ? tr("5xx over all requests between the last two scrapes")
                        : tr("5xx over all requests since the gateway's counters started");
    case ClientErrorColumn:
        if (!health.clientErrorRatio)
            return tr("No requests to judge");
        return interval ? tr("4xx (429 included) over all requests between the last two scrapes")
                        : tr("4xx (429 included) over all requests since the gateway's counters started");
    case RateLimitedColumn:
        if (!health.rateLimitedRatio)
            return tr("No requests to judge");
        return interval ? tr("429 (rate limited) over all requests between the last two scrapes")
                        : tr("429 (rate limited) over all requests since the gateway's counters started");
    case P50Column:
    case P95Column:
    case P99Column: {
        if (!latencyOf(health, column))
            return tr("No latency histogram for this route, or no requests");
        const QString which = column == P50Column   ? tr("Median (p50)")
                              : column == P95Column ? tr("95th percentile")
                                                    : tr("99th percentile");
        return interval ? tr("%1 of the latency between the last two scrapes, from the gateway's histogram").arg(which)
                        : tr("%1 of the latency since the gateway's counters started, from its histogram").arg(which);
    }
    case TrendColumn: {
        if (row.trend.size() < 2)
            return tr("The request rate over time, after a few scrapes");
        double lowest = row.trend.constFirst().y();
        double highest = lowest;
        for (const QPointF &point : row.trend) {
            lowest = std::min(lowest, point.y());
            highest = std::max(highest, point.y());
        }
        const auto minutes =
            static_cast<qint64>(std::llround((row.trend.constLast().x() - row.trend.constFirst().x()) / 60'000.0));
        return tr("Requests per second over the last %1 min: %2 to %3, latest %4")
            .arg(QLocale().toString(std::max<qint64>(minutes, 1)), rateText(lowest), rateText(highest),
                 rateText(row.trend.constLast().y()));
    }
    default:
        return {};
    }
}

QVariant GatewayRoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RateColumn:
            return tr("Requests per second between the last two scrapes");
        case ServerErrorColumn:
            return tr("Share of requests answered with 5xx. A route needs attention from %1% and is critical "
                      "from %2%.")
                .arg(QLocale().toString(warningErrorRatio * 100, 'f', 0),
                     QLocale().toString(criticalErrorRatio * 100, 'f', 0));
        case ClientErrorColumn:
            return tr("Share of requests answered with 4xx, 429 included");
        case RateLimitedColumn:
            return tr("Share of requests answered with 429 Too Many Requests");
        case P50Column:
        case P95Column:
        case P99Column:
            return tr("Latency percentiles of the requests between the last two scrapes");
        case TrendColumn:
            return tr("Requests per second over time");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case RouteColumn:
        return tr("Route");
    case IntegrationColumn:
        return tr("Integration");
    case RateColumn:
        return tr("Rate");
    case ServerErrorColumn:
        return tr("5xx");
    case ClientErrorColumn:
        return tr("4xx");
    case RateLimitedColumn:
        return tr("429");
    case P50Column:
        return tr("p50");
    case P95Column:
        return tr("p95");
    case P99Column:
        return tr("p99");
    case TrendColumn:
        return tr("Trend");
    default:
        return {};
    }
}

} // namespace gw
