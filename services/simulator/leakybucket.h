#pragma once

#include <chrono>

namespace gw::sim {

// A leaky bucket (Shopify REST's call bucket, GraphQL's cost points seen from the used side):
// requests pour units in, `leakPerSecond` drain out, nothing fits above `capacity`. Pure: the
// caller says what time it is; time that moves back leaks nothing.
class LeakyBucket
{
public:
    LeakyBucket(double capacity, double leakPerSecond);

    // Pours `amount` in if it fits; otherwise pours nothing and returns false.
    bool tryAdd(double amount, std::chrono::milliseconds now);
    // Pours in up to the brim (another client's traffic).
    void add(double amount, std::chrono::milliseconds now);

    double capacity() const { return m_capacity; }
    double leakPerSecond() const { return m_leakPerSecond; }
    double level(std::chrono::milliseconds now);

private:
    void leak(std::chrono::milliseconds now);

    double m_capacity;
    double m_leakPerSecond;
    double m_level = 0;
    std::chrono::milliseconds m_last{0};
};

} // namespace gw::sim
