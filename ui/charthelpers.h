#pragma once

#include <QColor>
#include <QList>
#include <QPointF>

namespace gw {

// Colours that tell chart series apart on light and dark bases alike; blue and orange first, as
// they stay distinct for the common colour-vision deficiencies. Nine, then they repeat.
QColor categoricalColour(int index, bool dark);

// The index of the point nearest to x in a list sorted by x; -1 when empty.
qsizetype nearestPoint(const QList<QPointF> &points, double x);

} // namespace gw
