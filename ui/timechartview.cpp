#include "timechartview.h"

#include "statuspalette.h"
#include "timeformat.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Smaller than this, a left-button drag was a click with a shaky hand.
constexpr int minimumBandPx = 6;
// One wheel notch moves the window by this share of its width.
constexpr double wheelStep = 0.1;
// A notice shorter than this is still drawn this wide, and found this close, in pixels.
constexpr double minimumAnnotationPx = 3;
constexpr qint64 hourMs = 3'600'000;

bool isCritical(const ChartAnnotation &annotation)
{
    return annotation.kind == ChartAnnotation::Kind::Incident && annotation.impact == u"critical"_s;
}

// The vendor's impact in the words the rest of the window uses for health.
HealthStatus statusOfImpact(const QString &impact)
{
    if (impact == u"major"_s || impact == u"critical"_s)
        return HealthStatus::Down;
    if (impact == u"none"_s)
        return HealthStatus::Paused; // worth knowing, nothing wrong
    return HealthStatus::Degraded;
}

QString impactText(const QString &impact)
{
    if (impact == u"none"_s)
        return TimeChartView::tr("no impact", "impact of a vendor's incident");
    if (impact == u"minor"_s)
        return TimeChartView::tr("minor", "impact of a vendor's incident");
    if (impact == u"major"_s)
        return TimeChartView::tr("major", "impact of a vendor's incident");
    if (impact == u"critical"_s)
        return TimeChartView::tr("critical", "impact of a vendor's incident");
    return impact;
}

} // namespace

// Paints TimeChartView::setDots() in the chart's scene, between the grid and the series.
class TimeChartView::Dots final : public QGraphicsItem
{
public:
    explicit Dots(const TimeChartView *view, QGraphicsItem *parent) : QGraphicsItem(parent), m_view(view)
    {
        // Above the grid and axes, below every series (Qt Charts stacks those from 4 up).
        setZValue(3.5);
    }

    void setPoints(const QList<QPointF> &points, const QColor &colour)
    {
        m_points = points;
        if (colour != m_colour) {
            m_colour = colour;
            m_marker = QImage(5, 5, QImage::Format_ARGB32_Premultiplied);
            m_marker.fill(Qt::transparent);
            QPainter painter(&m_marker);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(QRectF(0, 0, 5, 5));
        }
        setVisible(!m_points.isEmpty());
        update();
    }

    qsizetype count() const { return m_points.size(); }

    void updateArea()
    {
        prepareGeometryChange();
        m_area = m_view->plotArea();
        update();
    }

    QRectF boundingRect() const override { return m_area; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_area.isEmpty())
            return;
        painter->save();
        painter->setClipRect(m_area);
        // Whole pixels and the marker's own size: a plain blit per dot, no scaling.
        const int half = m_marker.width() / 2;
        for (const QPointF &point : std::as_const(m_points)) {
            const double x = m_view->xFor(static_cast<qint64>(point.x()));
            if (x < m_area.left() - half || x > m_area.right() + half)
                continue;
            painter->drawImage(QPoint(qRound(x) - half, qRound(m_view->yFor(point.y())) - half), m_marker);
        }
        painter->restore();
    }

private:
    const TimeChartView *m_view;
    QList<QPointF> m_points;
    QColor m_colour;
    QImage m_marker;
    QRectF m_area;
};

TimeChartView::TimeChartView(const QString &objectName, QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::CrossCursor);
    // Series items change wholesale on every refresh; an index of them would only cost time.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);

    QChart *c = chart();
    c->setBackgroundRoundness(0);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);

    m_timeAxis = new QDateTimeAxis(c);
    m_valueAxis = new QValueAxis(c);
    // Value labels are painted in drawForeground() at a fixed inset; Qt's own would move the plot
    // area whenever the widest label changes.
    m_valueAxis->setLabelsVisible(false);
    m_valueAxis->setLineVisible(false);
    m_timeAxis->setGridLineVisible(true);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_timeAxis->setLabelsFont(small);
    c->legend()->setFont(small);

    // A child of the chart, so its z-value orders it among the chart's own items.
    m_dots = new Dots(this, c);
    // The value labels live outside every chart item, so nothing else repaints them when the
    // plot area moves: without a full update the old ones stay beside the new.
    connect(c, &QChart::plotAreaChanged, this, [this] {
        m_dots->updateArea();
        viewport()->update();
    });

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setTimeRange(now - 3'600'000, now);
    setValueScale(niceScale(1), QString());
}

TimeChartView::~TimeChartView()
{
    // QChartView deletes the chart, and the dots with it, after this destructor has run.
    disconnect(chart(), nullptr, this, nullptr);
}

void TimeChartView::addSeries(QAbstractSeries *series)
{
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
}

void TimeChartView::setDots(const QList<QPointF> &points, const QColor &colour)
{
    m_dots->setPoints(points, colour);
}

qsizetype TimeChartView::dotCount() const
{
    return m_dots->isVisible() ? m_dots->count() : 0;
}

void TimeChartView::setTimeRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        toMs = fromMs + 1000;
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    const QString format = axisTimeFormat(toMs - fromMs);
    if (m_timeAxis->format() != format)
        m_timeAxis->setFormat(format);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    updateTickCount();
    m_dots->update();
    viewport()->update();
}

void TimeChartView::setValueScale(const AxisScale &scale, const QString &unit)
{
    if (scale == m_scale && unit == m_unit)
        return;
    m_scale = scale;
    m_unit = unit;
    m_valueAxis->setRange(0, scale.max);
    m_valueAxis->setTickCount(std::max(2, scale.ticks));
    m_dots->update();
    viewport()->update();
}

void TimeChartView::setInsets(int left, int right)
{
    if (left == m_leftInset && right == m_rightInset)
        return;
    m_leftInset = left;
    m_rightInset = right;
    chart()->setMargins(QMargins(left, 6, right, 2));
}

void TimeChartView::setCrosshair(std::optional<qint64> atMs)
{
    if (atMs == m_crosshair)
        return;
    m_crosshair = atMs;
    viewport()->update();
}

void TimeChartView::setSelection(std::optional<std::pair<qint64, qint64>> window)
{
    if (window == m_selection)
        return;
    m_selection = window;
    viewport()->update();
}

void TimeChartView::setAnnotations(const QList<ChartAnnotation> &annotations)
{
    if (annotations == m_annotations)
        return;
    m_annotations = annotations;
    viewport()->update();
}

QColor TimeChartView::annotationColour(const ChartAnnotation &annotation, const QPalette &palette)
{
    const StatusPalette colours(palette);
    if (annotation.kind == ChartAnnotation::Kind::Maintenance)
        return colours.foreground(HealthStatus::Unknown); // neutral: excused time, not trouble
    return colours.foreground(statusOfImpact(annotation.impact));
}

QString TimeChartView::describe(const ChartAnnotation &annotation, qint64 referenceMs)
{
    // Minutes, as formatInstant() gives them for a range of more than six hours, and dates for days.
    const QString when =
        annotation.toMs
            ? formatWindow(annotation.fromMs, *annotation.toMs)
            : tr("since %1", "a vendor's notice that is still open")
                  .arg(formatInstant(annotation.fromMs, std::max(referenceMs - annotation.fromMs, 6 * hourMs + 1)));
    const QString title = annotation.title.isEmpty() ? tr("untitled", "a vendor's notice without a name") : annotation.title;
    if (annotation.kind == ChartAnnotation::Kind::Maintenance)
        return tr("Vendor maintenance: %1, %2").arg(title, when);
    if (annotation.impact.isEmpty())
        return tr("Vendor incident: %1, %2").arg(title, when);
    return tr("Vendor incident: %1 (%2), %3").arg(title, impactText(annotation.impact), when);
}

QList<TimeChartView::HoverLine> TimeChartView::hoverLines(qint64 atMs) const
{
    QList<HoverLine> lines;
    if (m_hoverProvider)
        lines = m_hoverProvider(atMs);
    // Found as drawn: a notice of a few seconds on a month's chart is still a few pixels wide.
    const double width = plotArea().width();
    const qint64 slack =
        width > 0 ? std::llround(minimumAnnotationPx * static_cast<double>(m_toMs - m_fromMs) / width) : 0;
    const QPalette p = palette();
    for (const ChartAnnotation &annotation : m_annotations) {
        if (atMs >= annotation.fromMs - slack && (!annotation.toMs || atMs <= *annotation.toMs + slack))
            lines.append({annotationColour(annotation, p), describe(annotation, m_toMs), std::nullopt});
    }
    return lines;
}

void TimeChartView::applyPalette(const QPalette &p)
{
    const StatusPalette colours(p);
    QChart *c = chart();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(p.color(QPalette::Text));
    const QColor grid = colours.isDark() ? p.color(QPalette::Light) : p.color(QPalette::Midlight);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(p.color(QPalette::PlaceholderText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    setBackgroundBrush(p.color(QPalette::Base));
    viewport()->update();
}

QRectF TimeChartView::plotArea() const
{
    return chart()->plotArea();
}

qint64 TimeChartView::timeAt(double x) const
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return m_fromMs;
    const double share = (x - plot.left()) / plot.width();
    return m_fromMs + std::llround(share * static_cast<double>(m_toMs - m_fromMs));
}

double TimeChartView::yFor(double value) const
{
    const QRectF plot = plotArea();
    return m_scale.max > 0 ? plot.bottom() - value / m_scale.max * plot.height() : plot.bottom();
}

double TimeChartView::xFor(qint64 atMs) const
{
    const QRectF plot = plotArea();
    if (m_toMs <= m_fromMs)
        return plot.left();
    return plot.left() + static_cast<double>(atMs - m_fromMs) / static_cast<double>(m_toMs - m_fromMs) * plot.width();
}

void TimeChartView::updateTickCount()
{
    // At most one time label per 110 pixels, so they never collide; and where the range allows,
    // a round step (10 min, 3 h, 1 d...), so no two labels read the same day or hour.
    const double width = plotArea().width() > 0 ? plotArea().width() : viewport()->width();
    const qint64 most = std::clamp<qint64>(static_cast<qint64>(width / 110.0), 1, 9);
    const qint64 span = m_toMs - m_fromMs;
    qint64 intervals = most;
    constexpr qint64 s = 1000;
    constexpr qint64 min = 60 * s;
    constexpr qint64 h = 60 * min;
    constexpr qint64 day = 24 * h;
    for (const qint64 step :
         {s,        2 * s,    5 * s,    10 * s,   15 * s,  30 * s,   min,      2 * min,  3 * min, 5 * min,
          10 * min, 15 * min, 20 * min, 30 * min, h,       2 * h,    3 * h,    4 * h,    6 * h,   8 * h,
          12 * h,   day,      2 * day,  5 * day,  7 * day, 10 * day, 14 * day, 30 * day, 73 * day}) {
        if (span % step == 0 && span / step >= 2 && span / step <= most) {
            intervals = span / step;
            break;
        }
    }
    const int ticks = static_cast<int>(intervals) + 1;
    if (m_timeAxis->tickCount() != ticks)
        m_timeAxis->setTickCount(ticks);
}

void TimeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTickCount();
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    const QRectF plot = plotArea();
    const QPointF pos = event->position();
    const bool inside = pos.x() >= plot.left() && pos.x() <= plot.right();
    const bool panModifier = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    if (inside && (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && panModifier))) {
        m_drag = Drag::Pan;
        m_dragStartX = pos.x();
        m_dragFromMs = m_fromMs;
        m_dragToMs = m_toMs;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (inside && event->button() == Qt::LeftButton) {
        m_drag = Drag::Band;
        m_dragStartX = std::clamp(pos.x(), plot.left(), plot.right());
        m_dragX = m_dragStartX;
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF plot = plotArea();
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::Band:
        m_dragX = std::clamp(pos.x(), plot.left(), plot.right());
        viewport()->update();
        break;
    case Drag::Pan: {
        if (plot.width() > 0) {
            const double share = (pos.x() - m_dragStartX) / plot.width();
            const qint64 shift = std::llround(-share * static_cast<double>(m_dragToMs - m_dragFromMs));
            Q_EMIT panRequested(m_dragFromMs + shift, m_dragToMs + shift);
        }
        break;
    }
    case Drag::None:
        break;
    }
    const bool inside = pos.x() >= plot.left() && pos.x() <= plot.right();
    m_mouseInside = inside;
    if (inside)
        Q_EMIT hovered(timeAt(pos.x()));
    else
        Q_EMIT hoverLeft();
    event->accept();
}

void TimeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Pan) {
        viewport()->setCursor(Qt::CrossCursor);
        Q_EMIT panFinished();
        event->accept();
        return;
    }
    if (drag == Drag::Band) {
        viewport()->update();
        const double left = std::min(m_dragStartX, m_dragX);
        const double right = std::max(m_dragStartX, m_dragX);
        if (right - left >= minimumBandPx)
            Q_EMIT zoomRequested(timeAt(left), timeAt(right));
        else
            Q_EMIT clicked(timeAt(m_dragStartX));
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::None;
        Q_EMIT resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TimeChartView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int amount = delta.x() != 0 && std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
    if (amount == 0) {
        event->ignore();
        return;
    }
    // High-resolution wheels send fractions of a notch; they add up.
    m_wheelRemainder += amount;
    const double notches = m_wheelRemainder / 120.0;
    m_wheelRemainder = 0;
    const qint64 span = m_toMs - m_fromMs;
    // Turning the wheel away (or swiping left) goes back in time.
    const qint64 shift = std::llround(-notches * wheelStep * static_cast<double>(span));
    if (shift != 0) {
        Q_EMIT panRequested(m_fromMs + shift, m_toMs + shift);
        Q_EMIT panFinished();
    }
    event->accept();
}

void TimeChartView::leaveEvent(QEvent *event)
{
    m_mouseInside = false;
    Q_EMIT hoverLeft();
    QChartView::leaveEvent(event);
}

void TimeChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    painter->save();
    drawValueLabels(painter, plot);
    drawAnnotations(painter, plot);

    const QPalette p = palette();
    if (m_selection) {
        const double left = std::clamp(xFor(m_selection->first), plot.left(), plot.right());
        const double right = std::clamp(xFor(m_selection->second), plot.left(), plot.right());
        if (right >= left) {
            QColor fill = p.color(QPalette::Highlight);
            fill.setAlphaF(0.14f);
            QColor edge = p.color(QPalette::Highlight);
            edge.setAlphaF(0.7f);
            painter->setPen(QPen(edge, 1));
            painter->setBrush(fill);
            painter->drawRect(QRectF(left, plot.top(), std::max(1.0, right - left), plot.height()));
        }
    }
    if (m_drag == Drag::Band) {
        QColor fill = p.color(QPalette::Highlight);
        fill.setAlphaF(0.22f);
        painter->setPen(QPen(p.color(QPalette::Highlight), 1));
        painter->setBrush(fill);
        const double left = std::min(m_dragStartX, m_dragX);
        painter->drawRect(QRectF(left, plot.top(), std::abs(m_dragX - m_dragStartX), plot.height()));
    }
    drawCrosshair(painter, plot);
    painter->restore();
}

void TimeChartView::drawValueLabels(QPainter *painter, const QRectF &plot) const
{
    const int ticks = std::max(2, m_scale.ticks);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QFontMetricsF fm(small);
    const QLocale locale;
    for (int i = 0; i < ticks; ++i) {
        const double value = m_scale.step * i;
        if (value > m_scale.max + 1e-9)
            break;
        const double y = yFor(value);
        const QString text = m_unit.isEmpty() ? locale.toString(value, 'f', m_scale.decimals)
                                              : locale.toString(value, 'f', m_scale.decimals) + u' ' + m_unit;
        const QRectF box(0, y - fm.height() / 2, plot.left() - 8, fm.height());
        painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
    }
}

void TimeChartView::drawAnnotations(QPainter *painter, const QRectF &plot) const
{
    if (m_annotations.isEmpty())
        return;
    const QPalette p = palette();
    const bool dark = StatusPalette(p).isDark();
    painter->save();
    painter->setClipRect(plot);
    for (const ChartAnnotation &annotation : m_annotations) {
        const double start = xFor(annotation.fromMs);
        const double end = annotation.toMs ? xFor(*annotation.toMs) : plot.right();
        if (end < plot.left() - minimumAnnotationPx || start > plot.right())
            continue;
        double left = std::max(start, plot.left() - 1);
        double right = std::min(end, plot.right() + 1);
        if (right - left < minimumAnnotationPx) {
            const double middle = (left + right) / 2;
            left = middle - minimumAnnotationPx / 2;
            right = middle + minimumAnnotationPx / 2;
        }
        const QRectF band(left, plot.top(), right - left, plot.height());
        const QColor colour = annotationColour(annotation, p);

        // A faint wash, so the series under it stay readable; maintenance hatched as well, so it
        // reads as "excused" rather than as one more shade of trouble.
        QColor wash = colour;
        if (annotation.kind == ChartAnnotation::Kind::Maintenance) {
            wash.setAlphaF(dark ? 0.07f : 0.05f);
            painter->fillRect(band, wash);
            QColor hatch = colour;
            hatch.setAlphaF(dark ? 0.28f : 0.22f);
            painter->save();
            painter->setClipRect(band, Qt::IntersectClip);
            painter->setPen(QPen(hatch, 1));
            constexpr double spacing = 7;
            const double first = std::floor((band.left() - band.height()) / spacing) * spacing;
            for (double x = first; x < band.right(); x += spacing)
                painter->drawLine(QPointF(x, band.bottom()), QPointF(x + band.height(), band.top()));
            painter->restore();
        } else {
            const float strength = isCritical(annotation) ? 1.5f : 1.0f;
            wash.setAlphaF((dark ? 0.10f : 0.07f) * strength);
            painter->fillRect(band, wash);
        }
        // Where it begins and ends, and a cap along the top that marks the band as the vendor's.
        QColor edge = colour;
        edge.setAlphaF(dark ? 0.45f : 0.5f);
        painter->setPen(QPen(edge, 1));
        if (start >= plot.left())
            painter->drawLine(QPointF(std::round(left) + 0.5, plot.top()),
                              QPointF(std::round(left) + 0.5, plot.bottom()));
        if (annotation.toMs && end <= plot.right())
            painter->drawLine(QPointF(std::round(right) - 0.5, plot.top()),
                              QPointF(std::round(right) - 0.5, plot.bottom()));
        QColor cap = colour;
        cap.setAlphaF(0.85f);
        painter->fillRect(QRectF(left, plot.top(), right - left, 3), cap);
    }
    painter->restore();
}

void TimeChartView::drawCrosshair(QPainter *painter, const QRectF &plot) const
{
    if (!m_crosshair || *m_crosshair < m_fromMs || *m_crosshair > m_toMs)
        return;
    const QPalette p = palette();
    const double x = std::round(xFor(*m_crosshair)) + 0.5;
    QColor line = p.color(QPalette::Text);
    line.setAlphaF(0.55f);
    painter->setPen(QPen(line, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    if (!m_mouseInside || m_drag != Drag::None)
        return;
    const QList<HoverLine> lines = hoverLines(*m_crosshair);
    if (!m_hoverProvider && lines.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    for (const HoverLine &hover : lines) {
        if (!hover.point)
            continue;
        const double px = xFor(static_cast<qint64>(hover.point->x()));
        const double py = yFor(hover.point->y());
        if (px < plot.left() || px > plot.right())
            continue;
        painter->setPen(QPen(p.color(QPalette::Base), 1.5));
        painter->setBrush(hover.colour);
        painter->drawEllipse(QPointF(px, std::clamp(py, plot.top(), plot.bottom())), 3.5, 3.5);
    }

    // The tooltip: the local time, then one line per value, beside the line and inside the plot.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font());
    const QFontMetricsF boldFm(bold);
    const QString title = formatInstant(*m_crosshair, m_toMs - m_fromMs);
    const double swatch = fm.height() * 0.6;
    double width = boldFm.horizontalAdvance(title);
    for (const HoverLine &hover : lines)
        width = std::max(width, swatch + 6 + fm.horizontalAdvance(hover.text));
    const double padding = 6;
    // A vendor's long incident title is cut rather than let the box leave the chart.
    width = std::min(width, std::max(boldFm.horizontalAdvance(title), plot.width() * 0.75 - padding * 2));
    const double height = padding * 2 + boldFm.height() + fm.height() * static_cast<double>(lines.size());
    QRectF box(x + 10, plot.top() + 4, width + padding * 2, height);
    if (box.right() > plot.right())
        box.moveRight(x - 10);
    if (box.left() < 0)
        box.moveLeft(0);

    // Set apart from the plot even where the theme's tooltip colour is the chart's own.
    QColor background = p.color(QPalette::ToolTipBase);
    const QColor base = p.color(QPalette::Base);
    if (std::abs(background.lightness() - base.lightness()) < 16)
        background = base.lightness() < 128 ? base.lighter(150) : base.darker(108);
    background.setAlphaF(0.95f);
    QColor border = p.color(QPalette::ToolTipText);
    border.setAlphaF(0.3f);
    painter->setPen(QPen(border, 1));
    painter->setBrush(background);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(p.color(QPalette::ToolTipText));
    painter->setFont(bold);
    double y = box.top() + padding;
    painter->drawText(QRectF(box.left() + padding, y, width, boldFm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += boldFm.height();
    painter->setFont(font());
    for (const HoverLine &hover : lines) {
        const QRectF row(box.left() + padding, y, width, fm.height());
        if (hover.colour.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(hover.colour);
            painter->drawRoundedRect(QRectF(row.left(), row.center().y() - swatch / 2, swatch, swatch), 2, 2);
        }
        painter->setPen(p.color(QPalette::ToolTipText));
        const QRectF text = row.adjusted(swatch + 6, 0, 0, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(hover.text, Qt::ElideRight, text.width()));
        y += fm.height();
    }
}

} // namespace gw
