#pragma once

namespace gw {

// A value axis from 0 with round steps: 1, 2, 2.5 or 5 times a power of ten, about four of them,
// and a little room above the highest value. Qt's applyNiceNumbers() can double the range (0..1000
// for a quota of 600), which flattens the line a person is trying to read.
struct AxisScale
{
    double max = 1;
    double step = 1;
    int ticks = 2;    // including 0 and max
    int decimals = 0; // what the labels need to show every step exactly

    bool operator==(const AxisScale &) const = default;
};

AxisScale niceScale(double top);

} // namespace gw
