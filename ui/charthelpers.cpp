#include "charthelpers.h"

#include <algorithm>
#include <array>
#include <utility>

namespace gw {

QColor categoricalColour(int index, bool dark)
{
    static const std::array<std::pair<QRgb, QRgb>, 9> colours{{
        {0x0969da, 0x58a6ff}, // blue
        {0xbc4c00, 0xf0883e}, // orange
        {0x1b7c83, 0x39c5cf}, // teal
        {0x8250df, 0xbc8cff}, // purple
        {0xbf3989, 0xf778ba}, // pink
        {0x7d6b00, 0xd4b32a}, // olive
        {0x8a5a2b, 0xc69026}, // brown
        {0xcf222e, 0xf85149}, // red
        {0x6e7781, 0x8b949e}, // grey
    }};
    const auto &pair = colours.at(static_cast<std::size_t>(std::max(index, 0)) % colours.size());
    return QColor::fromRgb(dark ? pair.second : pair.first);
}

qsizetype nearestPoint(const QList<QPointF> &points, double x)
{
    if (points.isEmpty())
        return -1;
    const auto it = std::lower_bound(points.cbegin(), points.cend(), x,
                                     [](const QPointF &p, double value) { return p.x() < value; });
    if (it == points.cend())
        return points.size() - 1;
    const qsizetype index = it - points.cbegin();
    if (index > 0 && x - points.at(index - 1).x() < it->x() - x)
        return index - 1;
    return index;
}

} // namespace gw
