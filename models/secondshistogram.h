#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>

namespace gw {

// A Prometheus histogram of seconds with the client libraries' default buckets (5 ms … 10 s):
// cumulative once rendered, kept here as counts per bucket. Fixed size.
class SecondsHistogram
{
public:
    static constexpr std::array<double, 11> upperBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    void observe(double seconds); // NaN is ignored; negatives count as 0
    quint64 count() const { return m_count; }
    double sum() const { return m_sum; }
    // Observations at or below upperBounds[i] (cumulative, as Prometheus's `le`).
    quint64 cumulative(std::size_t bound) const;

    bool operator==(const SecondsHistogram &) const = default;

private:
    std::array<quint64, upperBounds.size() + 1> m_buckets{}; // the last: above 10 s
    quint64 m_count = 0;
    double m_sum = 0;
};

} // namespace gw
