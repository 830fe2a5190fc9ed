#include "secondshistogram.h"

#include <algorithm>
#include <cmath>

namespace gw {

void SecondsHistogram::observe(double seconds)
{
    if (std::isnan(seconds))
        return;
    seconds = std::max(seconds, 0.0);
    std::size_t bucket = 0;
    while (bucket < upperBounds.size() && seconds > upperBounds[bucket])
        ++bucket;
    ++m_buckets[bucket];
    ++m_count;
    m_sum += std::isinf(seconds) ? 0 : seconds;
}

quint64 SecondsHistogram::cumulative(std::size_t bound) const
{
    quint64 total = 0;
    for (std::size_t i = 0; i <= bound && i < m_buckets.size(); ++i)
        total += m_buckets[i];
    return total;
}

} // namespace gw
