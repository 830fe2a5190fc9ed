#pragma once

#include "catalog.h"
#include "quotatracker.h"
#include "sample.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>

#include <optional>

namespace gw {

// The quotas table: one row per policy of an integration that reported a quota, worst first
// (QuotaTracker's urgency order). Rows move with layoutChanged and change with dataChanged, so
// views keep their selection and do not flicker. Keeps a bounded history of remaining per policy
// for the chart. Pure: time comes in through setNow(). Lives on the GUI thread.
class QuotaModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaModel)

public:
    enum Column {
        IntegrationColumn,
        PolicyColumn,
        RemainingColumn,
        HeadroomColumn,
        BurnColumn,
        ForecastColumn,
        ShareColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // QuotaStatus as int
        RawValueRole,                  // sortable raw value of the cell (Status: urgency rank, 0 = worst)
        IntegrationIdRole,
        PolicyRole,
        HeadroomRole, // 0..1 as double, invalid when the limit is unknown
    };

    // Points kept per policy: an hour at 5 second intervals, two at 10.
    static constexpr int maxHistoryPoints = 720;

    struct HistoryPoint
    {
        QDateTime at;
        double remaining = 0;
        std::optional<double> limit;

        bool operator==(const HistoryPoint &) const = default;
    };

    explicit QuotaModel(QObject *parent = nullptr);

    // Display names of integrations; quotas of integrations no longer configured are dropped.
    void setCatalog(const Catalog &catalog);
    // Observes every quota reading of every sample (one of our requests per sample).
    void applyUpdates(const QList<CheckUpdate> &updates);
    // Forecasts, "resets" and finished windows are relative to this; the view ticks it.
    void setNow(const QDateTime &now);

    const QuotaState &state(int row) const { return m_rows.at(row); }
    QList<HistoryPoint> history(const QString &integrationId, const QString &policy) const;
    // Remaining over time for a row: x = ms since the epoch, y = remaining.
    QList<QPointF> history(int row) const;

    // Rows at Warning or worse.
    int problemCount() const;
    // Per-integration summary for the overview; nullopt when it reported no quota (with a limit).
    std::optional<QuotaStatus> worstStatus(const QString &integrationId) const;
    std::optional<double> lowestHeadroom(const QString &integrationId) const;

    static QString statusText(QuotaStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString integrationName(const QString &id) const;
    QString remainingText(const QuotaState &state) const;
    QString burnText(const QuotaState &state) const;
    QString forecastText(const QuotaState &state) const;
    QString timeText(const QDateTime &when) const;
    QVariant rawValue(const QuotaState &state, int row, int column) const;
    void refresh();

    QuotaTracker m_tracker;
    QHash<QString, QList<HistoryPoint>> m_history; // "integration/policy"
    QHash<QString, QString> m_names;
    QList<QuotaState> m_rows;
    QDateTime m_now;
    QDateTime m_latestObserved; // stands in for `now` until the first setNow()
    QDate m_shownDate;
};

} // namespace gw
