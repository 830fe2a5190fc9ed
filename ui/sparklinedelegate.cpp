#include "sparklinedelegate.h"

#include "overviewmodel.h"
#include "statuspalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace gw {

SparklineDelegate::SparklineDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto points = index.data(OverviewModel::SparklineRole).value<QList<QPointF>>();
    if (points.size() < 2)
        return;
    const QRect content = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int dot = 4;
    const QRectF area = QRectF(content).adjusted(2, 4, -2 - dot / 2.0, -4);
    if (area.width() < 8 || area.height() < 4)
        return;

    double minX = points.constFirst().x();
    double maxX = minX;
    double maxY = 0; // from zero: a flat line at 100 ms must not look like wild swings
    for (const QPointF &point : points) {
        minX = std::min(minX, point.x());
        maxX = std::max(maxX, point.x());
        maxY = std::max(maxY, point.y());
    }
    if (maxX <= minX || maxY <= 0)
        return;
    const auto map = [&](const QPointF &point) {
        return QPointF(area.left() + (point.x() - minX) / (maxX - minX) * area.width(),
                       area.bottom() - point.y() / maxY * area.height());
    };

    QPainterPath line;
    line.moveTo(map(points.constFirst()));
    for (qsizetype i = 1; i < points.size(); ++i)
        line.lineTo(map(points.at(i)));
    QPainterPath fill = line;
    fill.lineTo(map(QPointF(points.constLast().x(), 0)));
    fill.lineTo(map(QPointF(points.constFirst().x(), 0)));
    fill.closeSubpath();

    const bool selected = opt.state & QStyle::State_Selected;
    QColor colour = selected ? opt.palette.color(QPalette::HighlightedText)
                             : StatusPalette(opt.palette).foreground(HealthStatus::Paused);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor soft = colour;
    soft.setAlphaF(0.16f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(soft);
    painter->drawPath(fill);
    QPen pen(colour, 1.4);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(map(points.constLast()), dot / 2.0, dot / 2.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 12));
    return size;
}

} // namespace gw
