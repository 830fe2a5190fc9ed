#pragma once

#include "historyquery.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace gw {

// A heartbeat strip: one cell per interval of the history, coloured by the worst state seen in
// it, with runs of down cells drawn as one solid red bar. It maps time to x like the charts above
// and below it (same time range, same left and right insets), follows a shared crosshair and
// shows a selected window. Hovering a cell explains it; clicking one emits its span. GUI thread.
class StatusStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusStrip)

public:
    explicit StatusStrip(QWidget *parent = nullptr);

    void setCells(const QList<TimelineCell> &cells);
    const QList<TimelineCell> &cells() const { return m_cells; }
    void setTimeRange(qint64 fromMs, qint64 toMs);
    // The charts' plot area starts `left` pixels from the left edge and ends `right` from the right.
    void setInsets(int left, int right);
    void setCrosshair(std::optional<qint64> atMs);
    void setSelection(std::optional<std::pair<qint64, qint64>> window);

    // Where a cell is drawn (an empty rect when it is outside the range), for tests and tooltips.
    QRect cellRect(int index) const;
    int cellAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(qint64 startMs, qint64 endMs);
    void hovered(qint64 atMs);
    void hoverLeft();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF track() const;
    double xFor(qint64 atMs) const;
    qint64 timeAt(double x) const;
    QString describe(const TimelineCell &cell) const;

    QList<TimelineCell> m_cells;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_left = 0;
    int m_right = 0;
    std::optional<qint64> m_crosshair;
    std::optional<std::pair<qint64, qint64>> m_selection;
};

} // namespace gw
