#pragma once

#include "historysample.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace gw {

// Failed attempts of a selected time window, newest first as the history returns them: when,
// which check, the state, the HTTP status, the failure class in plain words and the reason.
// Lives on the GUI thread.
class FailuresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailuresModel)

public:
    enum Column {
        TimeColumn,
        CheckColumn,
        StateColumn,
        HttpStatusColumn,
        FailureClassColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // HealthStatus as int, as OverviewModel::StatusRole
        RawValueRole,                  // sortable raw value of the cell
        FailureClassRole,              // FailureClass as int
        TimeRole,                      // qint64 ms since the epoch (UTC)
    };

    explicit FailuresModel(QObject *parent = nullptr);

    void setFailures(const QList<CheckSample> &failures);
    void clear();
    // Names to show for check ids; ids without a name are shown as they are.
    void setCheckNames(const QHash<QString, QString> &namesByCheckId);

    const CheckSample &failure(int row) const { return m_failures.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Plain words for people, shared with the charts' legends.
    static QString failureClassText(FailureClass failureClass);
    static QString stateText(HealthStatus state);

private:
    QString checkName(const QString &checkId) const;

    QList<CheckSample> m_failures;
    QHash<QString, QString> m_checkNames;
};

} // namespace gw
