#pragma once

#include "catalog.h"
#include "historyquery.h"
#include "quotatracker.h"
#include "sample.h"
#include "vendorreading.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

namespace gw {

// The overview tree: one top-level row per integration, one child row per check. Rows stay put
// across updates (dataChanged only), so views neither flicker nor jump. Lives on the GUI thread.
class OverviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        VendorColumn, // integrations: what the vendor's status page says of it
        LatencyColumn,
        TrendColumn,  // integrations: p50 latency over the last hour, as a sparkline
        UptimeColumn, // integrations: availability over the last 24 h
        LastCheckedColumn,
        CertificateColumn,
        QuotaColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // HealthStatus as int (debounced state; worst check for integrations)
        RawValueRole,                  // sortable raw value of the cell
        FailureClassRole,              // FailureClass as int
        IntegrationIdRole,
        CheckIdRole,
        ChecksSummaryRole,     // integrations: "2 of 3 up"
        CertificateStatusRole, // HealthStatus as int: Up, Degraded within 30 days, Down within 7 days or expired
        QuotaStatusRole,       // integrations: QuotaStatus as int of their most urgent quota, when any
        SparklineRole,         // TrendColumn of integrations: QList<QPointF> (ms since the epoch, ms)
        // bool: this integration's (or check's) failure is explained by the gateway its traffic
        // crosses being down; it is shown as a consequence, not as a vendor outage.
        ConsequenceRole,
        GatewayRole, // bool: the row (or a check of the row) that stands for the API gateway
        // VendorColumn of integrations: HealthStatus as int of what the vendor's status page says
        // (healthOf()); Unknown when the page could not be read; none without a reading.
        VendorStatusRole,
        // Integrations and checks: the id and the name of the integration's vendor when it has a
        // status page; empty otherwise.
        VendorIdRole,
        VendorNameRole,
    };

    explicit OverviewModel(QObject *parent = nullptr);

    // Rebuilds the structure from a catalog; the latest results of checks that remain are kept.
    void setCatalog(const Catalog &catalog);
    void applyUpdates(const QList<CheckUpdate> &updates);
    // The integration's most urgent quota (from the quota model), for a compact indicator; a null
    // status when it reported none.
    void setQuotaSummary(const QString &integrationId, std::optional<QuotaStatus> status,
                         std::optional<double> lowestHeadroom);
    // What the history says per integration (uptime over 24 h, a latency sparkline). Replaces
    // every earlier summary: integrations missing from the list show nothing.
    void setSummaries(const QList<IntegrationSummary> &summaries);
    // A state change without a new evaluation (pausing, resuming); the latest result is kept.
    void setCheckState(const QString &integrationId, const QString &checkId, HealthStatus state);
    // What a vendor's status page says (or why it could not be read), shown beside the measured
    // status of the vendor's integrations.
    void setVendorStatus(const VendorStatusReading &reading);
    void forgetVendorStatus(const QString &vendorId);
    // "Last checked" is shown relative to this; the view ticks it.
    void setNow(const QDateTime &now);

    HealthStatus overallStatus() const;
    // Some integration's vendor has a status page (VendorColumn says something).
    bool hasVendorPages() const;
    // The vendor failures that are consequences of the gateway being down (ConsequenceRole).
    int consequenceCount() const;
    int countInState(HealthStatus status) const; // checks in that debounced state

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void overallStatusChanged(gw::HealthStatus status);

private:
    struct CheckRow
    {
        QString id;
        QString name;
        HealthStatus state = HealthStatus::Unknown;
        std::optional<Sample> last;
        CircuitState circuit = CircuitState::Closed;
    };
    struct IntegrationRow
    {
        QString id;
        QString name;
        QList<CheckRow> checks;
        std::optional<QuotaStatus> quotaStatus;
        std::optional<double> quotaHeadroom;
        std::optional<IntegrationSummary> summary;
        bool behindGateway = false;
        std::optional<VendorSpec> vendor = std::nullopt; // with a status page
        HealthStatus state() const;
    };

    QVariant integrationData(const IntegrationRow &row, int column, int role) const;
    QVariant checkData(const CheckRow &row, int column, int role) const;
    QString relativeTime(const QDateTime &when) const;
    static QString reasonText(const CheckRow &row);
    QVariant certificateData(const std::optional<TlsInfo> &tls, int role) const;
    static QVariant summaryData(const IntegrationRow &row, int column, int role);
    QVariant vendorData(const IntegrationRow &row, int role) const;
    static std::optional<TlsInfo> earliestCertificate(const IntegrationRow &row);
    void emitOverallIfChanged();
    bool gatewayDown() const;
    bool isConsequence(const IntegrationRow &row) const;
    // When the gateway went down or came back, the rows behind it read differently.
    void refreshConsequences();

    QList<IntegrationRow> m_rows;
    QHash<QString, QPair<int, int>> m_positions; // "integration/check" -> (row, child row)
    QHash<QString, VendorStatusReading> m_vendorReadings; // by vendor id
    QDateTime m_now;
    HealthStatus m_overall = HealthStatus::Unknown;
    int m_gatewayRow = -1;
    QString m_gatewayName;
    bool m_gatewayWasDown = false;
};

} // namespace gw
