#pragma once

#include <QStyledItemDelegate>

namespace gw {

// Paints the Status column as a tinted pill with a coloured dot and the status word, colours
// taken from StatusPalette for the view's current palette. Reads OverviewModel::StatusRole
// (a HealthStatus) or, for quotas, QuotaModel::StatusRole (a QuotaStatus).
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    enum class Kind { Health, Quota };

    explicit StatusDelegate(QObject *parent = nullptr);
    explicit StatusDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind = Kind::Health;
};

} // namespace gw
