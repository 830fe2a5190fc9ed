#pragma once

#include <QStyledItemDelegate>

namespace gw {

// Paints OverviewModel::SparklineRole (a QList<QPointF>) as a small antialiased line with a soft
// fill and a dot on the latest value, in colours from the view's palette. Empty cells stay empty.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)

public:
    explicit SparklineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gw
