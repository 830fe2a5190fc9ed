#pragma once

#include <QSortFilterProxyModel>

namespace gw {

// Sorts the overview on OverviewModel::RawValueRole and filters it by name: a row stays when its
// own name matches, when its integration's name matches (show all of that integration's checks),
// or when one of its checks matches (keep the parent so the match has context). The gateway's row
// is always first.
class OverviewProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewProxyModel)

public:
    explicit OverviewProxyModel(QObject *parent = nullptr);

    QString nameFilter() const { return m_nameFilter; }
    void setNameFilter(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The gateway stays the first row whatever the sort: everything else is seen through it.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool nameMatches(const QModelIndex &sourceIndex) const;

    QString m_nameFilter;
};

} // namespace gw
