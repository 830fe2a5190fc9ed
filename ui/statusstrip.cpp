#include "statusstrip.h"

#include "failuresmodel.h"
#include "statuspalette.h"
#include "timeformat.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

StatusStrip::StatusStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"statusStrip"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void StatusStrip::setCells(const QList<TimelineCell> &cells)
{
    m_cells = cells;
    update();
}

void StatusStrip::setTimeRange(qint64 fromMs, qint64 toMs)
{
    if (m_fromMs == fromMs && m_toMs == toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    update();
}

void StatusStrip::setInsets(int left, int right)
{
    if (m_left == left && m_right == right)
        return;
    m_left = left;
    m_right = right;
    update();
}

void StatusStrip::setCrosshair(std::optional<qint64> atMs)
{
    if (m_crosshair == atMs)
        return;
    m_crosshair = atMs;
    update();
}

void StatusStrip::setSelection(std::optional<std::pair<qint64, qint64>> window)
{
    if (m_selection == window)
        return;
    m_selection = window;
    update();
}

QSize StatusStrip::sizeHint() const
{
    return {400, fontMetrics().height() + 12};
}

QSize StatusStrip::minimumSizeHint() const
{
    return {100, fontMetrics().height() + 12};
}

QRectF StatusStrip::track() const
{
    return QRectF(m_left, 4, std::max(0, width() - m_left - m_right), std::max(0, height() - 8));
}

double StatusStrip::xFor(qint64 atMs) const
{
    const QRectF t = track();
    if (m_toMs <= m_fromMs)
        return t.left();
    return t.left() + static_cast<double>(atMs - m_fromMs) / static_cast<double>(m_toMs - m_fromMs) * t.width();
}

qint64 StatusStrip::timeAt(double x) const
{
    const QRectF t = track();
    if (t.width() <= 0)
        return m_fromMs;
    return m_fromMs + std::llround((x - t.left()) / t.width() * static_cast<double>(m_toMs - m_fromMs));
}

QRect StatusStrip::cellRect(int index) const
{
    if (index < 0 || index >= m_cells.size())
        return {};
    const TimelineCell &cell = m_cells.at(index);
    const QRectF t = track();
    const double left = std::max(t.left(), xFor(cell.startMs));
    const double right = std::min(t.right(), xFor(cell.endMs));
    if (right <= left)
        return {};
    return QRectF(left, t.top(), right - left, t.height()).toAlignedRect();
}

int StatusStrip::cellAt(const QPoint &position) const
{
    const QRectF t = track();
    if (!t.adjusted(0, -4, 0, 4).contains(position))
        return -1;
    const qint64 at = timeAt(position.x());
    const auto it = std::upper_bound(m_cells.cbegin(), m_cells.cend(), at,
                                     [](qint64 value, const TimelineCell &cell) { return value < cell.endMs; });
    if (it == m_cells.cend() || at < it->startMs)
        return -1;
    return static_cast<int>(it - m_cells.cbegin());
}

QString StatusStrip::describe(const TimelineCell &cell) const
{
    // Spelled out rather than "%n attempt(s)": there is no English catalog to resolve plurals.
    const QLocale locale;
    QString counts;
    if (cell.attempts == 0)
        counts = tr("no attempts");
    else if (cell.attempts == 1)
        counts = cell.failures == 0 ? tr("1 attempt, succeeded") : tr("1 attempt, failed");
    else if (cell.failures == 0)
        counts = tr("%1 attempts, none failed").arg(locale.toString(cell.attempts));
    else
        counts = tr("%1 attempts, %2 failed").arg(locale.toString(cell.attempts), locale.toString(cell.failures));
    const QString state = cell.attempts == 0 ? tr("No data") : FailuresModel::stateText(cell.state);
    QString text = formatWindow(cell.startMs, cell.endMs) + u'\n' + state + u" · "_s + counts;
    if (cell.failures > 0)
        text += u'\n' + tr("Click to list the failed attempts");
    return text;
}

void StatusStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const StatusPalette colours(palette());
    const QRectF t = track();
    if (t.width() <= 0)
        return;

    // The caption sits where the charts have their value labels.
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(0, 0, std::max(0, m_left - 8), height()), Qt::AlignRight | Qt::AlignVCenter,
                     tr("Status", "caption of the status strip"));

    // No data is a quiet track; cells are drawn on top of it.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.tint(HealthStatus::Unknown));
    painter.drawRoundedRect(t, 2, 2);
    painter.setRenderHint(QPainter::Antialiasing, false);

    const double pxPerMs = m_toMs > m_fromMs ? t.width() / static_cast<double>(m_toMs - m_fromMs) : 0;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const TimelineCell &cell = m_cells.at(i);
        if (cell.attempts == 0 && cell.state == HealthStatus::Unknown)
            continue;
        const double left = std::max(t.left(), xFor(cell.startMs));
        double right = std::min(t.right(), xFor(cell.endMs));
        if (right <= left)
            continue;
        // A gap between cells makes a heartbeat; a run of down cells stays one solid bar.
        const bool nextSame =
            i + 1 < m_cells.size() && m_cells.at(i + 1).state == cell.state && m_cells.at(i + 1).startMs == cell.endMs;
        const bool joined = cell.state == HealthStatus::Down && nextSame;
        const double cellWidth = static_cast<double>(cell.endMs - cell.startMs) * pxPerMs;
        if (!joined && cellWidth >= 4)
            right -= 1;
        QColor colour = colours.foreground(cell.state);
        if (cell.state == HealthStatus::Up)
            colour.setAlphaF(0.75f); // healthy stays calm; trouble stands out
        painter.fillRect(QRectF(left, t.top(), std::max(1.0, right - left), t.height()), colour);
    }

    if (m_selection) {
        const double left = std::clamp(xFor(m_selection->first), t.left(), t.right());
        const double right = std::clamp(xFor(m_selection->second), t.left(), t.right());
        if (right >= left) {
            QPen pen(palette().color(QPalette::Text), 2);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(left, t.top() - 2, std::max(2.0, right - left), t.height() + 4));
        }
    }
    if (m_crosshair && *m_crosshair >= m_fromMs && *m_crosshair <= m_toMs) {
        QColor line = palette().color(QPalette::Text);
        line.setAlphaF(0.55f);
        painter.setPen(QPen(line, 1));
        const double x = std::round(xFor(*m_crosshair)) + 0.5;
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

bool StatusStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = cellAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), describe(m_cells.at(index)), this, cellRect(index));
        return true;
    }
    return QWidget::event(event);
}

void StatusStrip::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF t = track();
    const double x = event->position().x();
    if (x >= t.left() && x <= t.right())
        Q_EMIT hovered(timeAt(x));
    else
        Q_EMIT hoverLeft();
    QWidget::mouseMoveEvent(event);
}

void StatusStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = cellAt(event->position().toPoint());
        if (index >= 0) {
            Q_EMIT cellClicked(m_cells.at(index).startMs, m_cells.at(index).endMs);
            event->accept();
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void StatusStrip::leaveEvent(QEvent *event)
{
    Q_EMIT hoverLeft();
    QWidget::leaveEvent(event);
}

} // namespace gw
