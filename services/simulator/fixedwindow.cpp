#include "fixedwindow.h"

#include <algorithm>

namespace gw::sim {

FixedWindow::FixedWindow(double limit, std::chrono::milliseconds window) : m_limit(limit), m_window(window)
{}

void FixedWindow::sync(std::chrono::milliseconds now)
{
    const long long index = std::max<long long>(0, now.count()) / m_window.count();
    if (index != m_index) {
        m_index = index;
        m_used = 0;
    }
}

bool FixedWindow::tryConsume(double amount, std::chrono::milliseconds now)
{
    sync(now);
    if (m_used + amount > m_limit)
        return false;
    m_used += amount;
    return true;
}

void FixedWindow::consume(double amount, std::chrono::milliseconds now)
{
    sync(now);
    m_used = std::min(m_limit, m_used + std::max(0.0, amount));
}

double FixedWindow::used(std::chrono::milliseconds now)
{
    sync(now);
    return m_used;
}

double FixedWindow::remaining(std::chrono::milliseconds now)
{
    sync(now);
    return m_limit - m_used;
}

std::chrono::milliseconds FixedWindow::windowStart(std::chrono::milliseconds now) const
{
    const long long t = std::max<long long>(0, now.count());
    return std::chrono::milliseconds(t - t % m_window.count());
}

long long FixedWindow::secondsToReset(std::chrono::milliseconds now) const
{
    const long long left = (windowStart(now) + m_window - now).count();
    return (left + 999) / 1000;
}

} // namespace gw::sim
