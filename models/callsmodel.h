#pragma once

#include "callsource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace gw {

// The stored calls a filter selects, as a table that stays fast with millions of rows: it knows
// how many there are and holds only the rows around what is being looked at, asking the source
// for pages of them as the view needs them (rows not yet loaded show as loading). Sorted by time,
// newest first unless sort() says otherwise. Lives on the GUI thread.
class CallsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallsModel)

public:
    enum Column {
        TimeColumn,
        IntegrationColumn,
        TargetColumn, // the check, or the gateway's route
        StatusColumn,
        FailureClassColumn,
        DurationColumn,
        RequestColumn,
        ReasonColumn,
        RequestIdColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the cell's raw value
        IdRole,                          // the call's id in the store (qint64)
        TimeRole,                        // qint64 ms since the epoch (UTC)
        FailureClassRole,                // FailureClass as int
        LoadedRole,                      // bool: the row's data has arrived
    };

    static constexpr int pageSize = 100;
    static constexpr int maxCachedRows = 5000;

    explicit CallsModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the table.
    void setSource(const CallSource *source);
    void setFilter(const CallFilter &filter);
    const CallFilter &filter() const { return m_filter; }
    // Counts again: calls that arrived since appear (at the top, newest first), calls retention
    // removed disappear, and the rows in view are fetched again.
    void refresh();
    // Names to show for integration ids; ids without a name are shown as they are.
    void setIntegrationNames(const QHash<QString, QString> &names);

    // The row's call when it is loaded.
    std::optional<CallSummary> summary(int row) const;
    // How many calls match, once counted; nullopt while counting.
    std::optional<qint64> matching() const { return m_counted ? std::optional(m_total) : std::nullopt; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only by time.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The filter's calls were counted (after setFilter() or refresh()).
    void counted(qint64 calls);
    // Rows [first, last] arrived.
    void rowsLoaded(int first, int last);

private:
    void count(bool refreshing);
    void handleCounted(qint64 calls, bool refreshing);
    void requestPage(qint64 page) const;
    void handlePage(qint64 page, const QList<CallSummary> &rows);
    void evictFarFrom(qint64 row);

    const CallSource *m_source = nullptr;
    CallFilter m_filter;
    qint64 m_total = 0;
    bool m_counted = false;
    int m_generation = 0; // answers to an older filter are dropped
    QHash<QString, QString> m_names;
    mutable QHash<qint64, CallSummary> m_rows; // by row
    mutable QSet<qint64> m_pending;            // pages asked for
    mutable qint64 m_lastAsked = 0;            // the row the view asked for last
};

} // namespace gw
