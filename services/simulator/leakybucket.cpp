#include "leakybucket.h"

#include <algorithm>

namespace gw::sim {

LeakyBucket::LeakyBucket(double capacity, double leakPerSecond) : m_capacity(capacity), m_leakPerSecond(leakPerSecond)
{}

void LeakyBucket::leak(std::chrono::milliseconds now)
{
    const double seconds = std::chrono::duration<double>(now - m_last).count();
    m_last = now;
    if (seconds > 0)
        m_level = std::max(0.0, m_level - m_leakPerSecond * seconds);
}

bool LeakyBucket::tryAdd(double amount, std::chrono::milliseconds now)
{
    leak(now);
    // A hair of tolerance so that 40 calls fit a bucket of 40 despite float leaks.
    if (m_level + amount > m_capacity + 1e-9)
        return false;
    m_level += amount;
    return true;
}

void LeakyBucket::add(double amount, std::chrono::milliseconds now)
{
    leak(now);
    m_level = std::min(m_capacity, m_level + std::max(0.0, amount));
}

double LeakyBucket::level(std::chrono::milliseconds now)
{
    leak(now);
    return m_level;
}

} // namespace gw::sim
