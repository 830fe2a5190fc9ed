#include "axisscale.h"

#include <array>
#include <cmath>

namespace gw {

AxisScale niceScale(double top)
{
    if (!std::isfinite(top) || top <= 0)
        return {};
    const double wanted = top * 1.05 / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = 10.0 * magnitude;
    for (const double factor : std::array{1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= wanted) {
            step = factor * magnitude;
            break;
        }
    }
    const double steps = std::ceil(top * 1.05 / step - 1e-9);
    int decimals = 0;
    while (decimals < 6
           && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return {steps * step, step, static_cast<int>(steps) + 1, decimals};
}

} // namespace gw
