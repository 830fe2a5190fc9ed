#pragma once

#include <QStyledItemDelegate>

namespace gw {

// Paints the Status column as a tinted pill with a coloured dot and the status word, colours
// taken from StatusPalette for the view's current palette. Reads OverviewModel::StatusRole.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gw
