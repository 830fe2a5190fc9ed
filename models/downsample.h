#pragma once

#include <QList>
#include <QPointF>

namespace gw {

// Downsampling for charts, so that a range of any length draws as at most a few thousand points.
// Points are (x = ms since the epoch, y) in ascending x. Both keep the first and the last point.

// Largest-Triangle-Three-Buckets (Steinarsson 2013): the shape of a latency-like series with at
// most `threshold` points. Returns the input when it is already small enough or threshold < 3.
QList<QPointF> lttb(const QList<QPointF> &points, int threshold);

// For counts and rates: splits the x range into buckets and keeps each bucket's minimum and
// maximum (in x order), so a spike or a short outage never disappears; at most `maxPoints` points.
// The first and last point use one bucket's share. Returns the input when it is already small
// enough or maxPoints < 2.
QList<QPointF> minMaxDownsample(const QList<QPointF> &points, int maxPoints);

} // namespace gw
