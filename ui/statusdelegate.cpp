#include "statusdelegate.h"
#include "overviewmodel.h"
#include "quotamodel.h"
#include "statuspalette.h"

#include <QApplication>
#include <QPainter>

namespace gw {

namespace {

struct PillMetrics
{
    int dot;
    int padding;
    int gap;
    int height;
};

PillMetrics metricsFor(const QFontMetrics &fm)
{
    const int dot = std::max(6, fm.height() * 9 / 20);
    return {dot, fm.height() * 2 / 5, fm.height() / 3, fm.height() + 2};
}

} // namespace

StatusDelegate::StatusDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

StatusDelegate::StatusDelegate(Kind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind)
{}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString word = opt.text;
    opt.text.clear();
    // Selection, hover and alternate-row backgrounds stay the style's business.
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant statusValue = index.data(m_kind == Kind::Health ? static_cast<int>(OverviewModel::StatusRole)
                                                                   : static_cast<int>(QuotaModel::StatusRole));
    if (!statusValue.isValid() || word.isEmpty())
        return;
    const StatusPalette colours(opt.palette);
    const QColor tint = m_kind == Kind::Health ? colours.tint(static_cast<HealthStatus>(statusValue.toInt()))
                                               : colours.tint(static_cast<QuotaStatus>(statusValue.toInt()));
    const QColor dotColour = m_kind == Kind::Health ? colours.foreground(static_cast<HealthStatus>(statusValue.toInt()))
                                                    : colours.foreground(static_cast<QuotaStatus>(statusValue.toInt()));
    const QFontMetrics fm(opt.font);
    const PillMetrics m = metricsFor(fm);

    const QRect content = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    // A pixel of slack: elidedText() measures a little differently from horizontalAdvance().
    const int textWidth = fm.horizontalAdvance(word) + 2;
    const int pillWidth = std::min(content.width(), m.padding + m.dot + m.gap + textWidth + m.padding);
    const int pillHeight = std::min(content.height(), m.height);
    const QRect pill(content.left(), content.top() + (content.height() - pillHeight) / 2, pillWidth, pillHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawRoundedRect(QRectF(pill), pillHeight / 2.0, pillHeight / 2.0);

    painter->setBrush(dotColour);
    const QRectF dot(pill.left() + m.padding, pill.center().y() - m.dot / 2.0 + 0.5, m.dot, m.dot);
    painter->drawEllipse(dot);

    // The pill is its own background, so normal text colour stays readable even on a selection.
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect(pill.left() + m.padding + m.dot + m.gap, pill.top(),
                         std::max(0, pill.right() - m.padding - (pill.left() + m.padding + m.dot + m.gap) + 1),
                         pill.height());
    const QString shown = textRect.width() >= textWidth ? word : fm.elidedText(word, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    const PillMetrics m = metricsFor(fm);
    const int wanted = m.padding + m.dot + m.gap + fm.horizontalAdvance(index.data().toString()) + m.padding + 8;
    size.setWidth(std::max(size.width(), wanted));
    size.setHeight(std::max(size.height(), m.height + 8));
    return size;
}

} // namespace gw
