#pragma once

#include "axisscale.h"
#include "historyquery.h"

#include <QChartView>
#include <QColor>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QDateTimeAxis;
class QValueAxis;

namespace gw {

// A chart over time that behaves like its neighbours on the history page: the plot area sits at
// fixed insets (value labels are painted here, in the locale, in a column of fixed width), so
// stacked charts line up and nothing shifts when values change. The mouse asks for things rather
// than changing the view itself: dragging with the left button asks to zoom to that window,
// shift/ctrl-dragging or the wheel asks to pan, a double click asks to reset, a click names a time.
// The owner applies the range to every chart. A crosshair, a selected window and the vendor's
// notices (declared incidents, announced maintenance) are drawn on top; the crosshair's tooltip
// names the notices under it. GUI thread.
class TimeChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChartView)

public:
    // One row of the crosshair's tooltip, with an optional dot on the chart at `point` (ms, value).
    struct HoverLine
    {
        QColor colour;
        QString text;
        std::optional<QPointF> point;
    };
    using HoverProvider = std::function<QList<HoverLine>(qint64 atMs)>;

    explicit TimeChartView(const QString &objectName, QWidget *parent = nullptr);
    ~TimeChartView() override;

    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    // Adds a series to the chart and attaches it to both axes.
    void addSeries(QAbstractSeries *series);
    // Single points (ms, value) drawn as small dots under the series and above the grid. Unlike a
    // QScatterSeries, which keeps a graphics item per point even with a light marker, this costs
    // one loop per repaint. An empty list hides them.
    void setDots(const QList<QPointF> &points, const QColor &colour);
    qsizetype dotCount() const;

    void setTimeRange(qint64 fromMs, qint64 toMs);
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    // The value axis from 0 to scale.max, labelled with `unit` after each number ("120 ms").
    void setValueScale(const AxisScale &scale, const QString &unit);
    // Width of the value label column and the room kept right of the plot area, in pixels.
    void setInsets(int left, int right);
    void setHoverProvider(HoverProvider provider) { m_hoverProvider = std::move(provider); }
    void setCrosshair(std::optional<qint64> atMs);
    void setSelection(std::optional<std::pair<qint64, qint64>> window);
    // Translucent bands across the plot area, clipped to the visible range; open ones reach its
    // right edge. Incidents are tinted by impact, maintenance is grey and hatched.
    void setAnnotations(const QList<ChartAnnotation> &annotations);
    const QList<ChartAnnotation> &annotations() const { return m_annotations; }
    void applyPalette(const QPalette &palette);

    // The crosshair tooltip's rows at `atMs`: the hover provider's, then the annotations there.
    QList<HoverLine> hoverLines(qint64 atMs) const;
    // An annotation in one line, e.g. "Vendor incident: Elevated error rates (major), 10:02 – 10:40";
    // an open one is "since" its start, with the date when that is a day or more before `referenceMs`.
    static QString describe(const ChartAnnotation &annotation, qint64 referenceMs);
    // The colour that stands for the annotation (its band's edge, its tooltip swatch) on `palette`.
    static QColor annotationColour(const ChartAnnotation &annotation, const QPalette &palette);

    QRectF plotArea() const;
    qint64 timeAt(double x) const;
    double xFor(qint64 atMs) const;
    double yFor(double value) const;

Q_SIGNALS:
    void zoomRequested(qint64 fromMs, qint64 toMs);
    // While dragging with shift or ctrl (or the middle button), and per wheel step: the window wanted.
    void panRequested(qint64 fromMs, qint64 toMs);
    void panFinished();
    void resetRequested();
    void clicked(qint64 atMs);
    void hovered(qint64 atMs);
    void hoverLeft();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Drag { None, Band, Pan };

    void updateTickCount();
    void drawValueLabels(QPainter *painter, const QRectF &plot) const;
    void drawCrosshair(QPainter *painter, const QRectF &plot) const;
    void drawAnnotations(QPainter *painter, const QRectF &plot) const;

    class Dots;
    Dots *m_dots = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    AxisScale m_scale;
    QString m_unit;
    int m_leftInset = 0;
    int m_rightInset = 0;
    HoverProvider m_hoverProvider;
    std::optional<qint64> m_crosshair;
    bool m_mouseInside = false;
    std::optional<std::pair<qint64, qint64>> m_selection;
    QList<ChartAnnotation> m_annotations;

    Drag m_drag = Drag::None;
    double m_dragStartX = 0;
    double m_dragX = 0;
    qint64 m_dragFromMs = 0;
    qint64 m_dragToMs = 0;
    int m_wheelRemainder = 0;
};

} // namespace gw
