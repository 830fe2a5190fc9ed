#pragma once

#include "gatewaymetrics.h"
#include "overviewmodel.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

namespace gw {

// The gateway's routes as a table: rate, error ratios and latency percentiles between the last two
// scrapes, and a sparkline of the rate. Rows are keyed by service and route and keep their place
// across scrapes (dataChanged only, rows inserted or removed only when routes come or go), so
// views keep their selection and sort. Pure: everything comes from the tracker. GUI thread.
class GatewayRoutesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayRoutesModel)

public:
    enum Column {
        ServiceColumn,
        RouteColumn,
        IntegrationColumn,
        RateColumn,
        ServerErrorColumn, // 5xx
        ClientErrorColumn, // 4xx, 429 included
        RateLimitedColumn, // 429
        P50Column,
        P95Column,
        P99Column,
        TrendColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // Severity as int, by the 5xx ratio
        RawValueRole,                  // sortable raw value of the cell; unknown numbers are -1
        ServiceRole,                   // QString
        RouteRole,                     // QString, invalid for requests that matched no route
        // TrendColumn: QList<QPointF> (ms since the epoch, requests per second). The same role as
        // the overview's, so one delegate draws both.
        SparklineRole = OverviewModel::SparklineRole,
    };

    enum class Severity { Healthy, Warning, Critical };
    Q_ENUM(Severity)

    // 5xx over all requests from which a route needs attention, and from which it is failing its
    // callers. A gateway in front of vendors sees their blips: one in a hundred is worth a look,
    // one in twenty is an incident.
    static constexpr double warningErrorRatio = 0.01;
    static constexpr double criticalErrorRatio = 0.05;

    // The integration whose traffic a route carries; empty when none is mapped.
    using IntegrationLookup = std::function<QString(const QString &service, const std::optional<QString> &route)>;

    explicit GatewayRoutesModel(QObject *parent = nullptr);

    void update(const GatewayTracker &tracker, const IntegrationLookup &integrationFor);

    const RouteHealth &route(int row) const { return m_rows.at(row).health; }
    Severity severity(int row) const;
    // Routes at Warning or worse.
    int problemCount() const;

    static Severity severityOf(const std::optional<double> &errorRatio);
    // Upstream targets: healthy is Healthy, unhealthy and dns_error Critical, any other state
    // (healthchecks_off, a gateway's own words) Warning.
    static Severity severityOf(const UpstreamTarget &target);
    // The state of an upstream target in words ("DNS error" for dns_error).
    static QString stateText(const QString &state);
    static QString severityText(Severity severity);
    // "payments · charges", or the service alone for requests that matched no route.
    static QString routeName(const QString &service, const std::optional<QString> &route);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RouteHealth health;
        QString integration;
        QList<QPointF> trend;

        bool operator==(const Row &) const = default;
    };

    QVariant displayValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace gw
