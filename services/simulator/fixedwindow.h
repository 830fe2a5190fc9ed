#pragma once

#include <chrono>

namespace gw::sim {

// A quota of `limit` units per fixed window, windows aligned to multiples of `window` on the
// scenario clock (as Klaviyo's minute windows or GA4's hours). Pure: the caller says what time it is;
// a clock that moves back simply lands in another window.
class FixedWindow
{
public:
    FixedWindow(double limit, std::chrono::milliseconds window);

    // Spends `amount` if that many units remain; otherwise spends nothing and returns false.
    bool tryConsume(double amount, std::chrono::milliseconds now);
    // Spends up to what remains (another client's traffic, which is not ours to refuse).
    void consume(double amount, std::chrono::milliseconds now);

    double limit() const { return m_limit; }
    double used(std::chrono::milliseconds now);
    double remaining(std::chrono::milliseconds now);
    std::chrono::milliseconds window() const { return m_window; }
    std::chrono::milliseconds windowStart(std::chrono::milliseconds now) const;
    // Until the current window ends, rounded up to whole seconds (the unit every vendor sends).
    long long secondsToReset(std::chrono::milliseconds now) const;

private:
    void sync(std::chrono::milliseconds now);

    double m_limit;
    std::chrono::milliseconds m_window;
    double m_used = 0;
    long long m_index = -1;
};

} // namespace gw::sim
