#include "scenario.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gw::sim {

namespace {

Fault make(Fault::Kind kind, int status = 500, std::chrono::milliseconds delay = 0ms)
{
    Fault fault;
    fault.kind = kind;
    fault.status = status;
    fault.delay = delay;
    return fault;
}

Fault squeeze(qint64 peakPerMinute)
{
    Fault fault;
    fault.kind = Fault::Kind::QuotaSqueeze;
    fault.size = peakPerMinute;
    return fault;
}

double seconds(std::chrono::milliseconds t)
{
    return std::chrono::duration<double>(t).count();
}

bool isStatusPage(const QString &path)
{
    return path.startsWith(u"/api/v2/"_s);
}

} // namespace

Scenario::Scenario(QString name, QList<ScenarioEvent> events, std::chrono::milliseconds period)
    : m_name(std::move(name)), m_events(std::move(events)), m_period(period)
{}

QStringList Scenario::names()
{
    return {u"demo"_s, u"calm"_s, u"outage"_s, u"rate-limits"_s};
}

std::optional<Scenario> Scenario::named(const QString &name)
{
    using K = Fault::Kind;
    if (name == u"calm"_s)
        return Scenario(name, {}, 0ms);
    if (name == u"demo"_s) {
        // A story a newcomer can watch in five minutes: something slows down, something goes
        // down and comes back, a rate limit, a silent stall, the company's own gateway wobbles.
        // And a quota squeeze you can see coming: from 0:10 a backfill job (another client of the
        // support MCP server) ramps up over a minute to 170 requests a minute and keeps at it.
        // The server's "sustained" policy allows 600 per five minutes, a window that starts with
        // each round of the story, and our two checks every 10 s take 12 a minute. The job alone
        // sends 170/2 = 85 by 1:10 and 2.83 a second after that: about 1:15 the recent pace says
        // the quota runs out before its reset (warning), about 2:20 the smoothed forecast agrees
        // (critical), at about 4:00 it runs out (429 until 5:00), and at 5:00 the job stops and a
        // fresh window begins.
        return Scenario(name,
                        {
                            {u"mcp"_s, {}, 10s, 290s, squeeze(170)},
                            {u"chatwoot"_s, {}, 20s, 60s, make(K::Latency, 200, 1500ms)},
                            {u"stripe"_s, {}, 45s, 75s, make(K::Status, 503)},
                            {u"shopify"_s, {}, 90s, 40s, make(K::RateLimited, 429)},
                            {u"klaviyo"_s, {}, 150s, 30s, make(K::Stall)},
                            {u"gateway"_s, {}, 200s, 45s, make(K::Latency, 200, 300ms)},
                            // Long enough for three failed checks 10 s apart and the rule's `for`.
                            {u"ga4"_s, {}, 250s, 40s, make(K::Status, 500)},
                        },
                        300s);
    }
    if (name == u"outage"_s) {
        // Everything down after 10 s, each vendor in its own way, for a day.
        const auto day = std::chrono::milliseconds(24h);
        return Scenario(name,
                        {
                            {u"shopify"_s, {}, 10s, day, make(K::Status, 503)},
                            {u"chatwoot"_s, {}, 10s, day, make(K::Reset)},
                            {u"ga4"_s, {}, 10s, day, make(K::Status, 503)},
                            {u"slack"_s, {}, 10s, day, make(K::Status, 503)},
                            {u"stripe"_s, {}, 10s, day, make(K::Status, 503)},
                            {u"klaviyo"_s, {}, 10s, day, make(K::Status, 503)},
                            {u"mcp"_s, {}, 10s, day, make(K::Stall)},
                            {u"gateway"_s, {}, 10s, day, make(K::Status, 503)},
                        },
                        0ms);
    }
    if (name == u"rate-limits"_s) {
        return Scenario(name,
                        {
                            {u"shopify"_s, {}, 10s, 30s, make(K::RateLimited, 429)},
                            {u"stripe"_s, {}, 25s, 20s, make(K::RateLimited, 429)},
                            {u"slack"_s, {}, 40s, 20s, make(K::RateLimited, 429)},
                            {u"klaviyo"_s, {}, 55s, 20s, make(K::RateLimited, 429)},
                            {u"ga4"_s, {}, 70s, 20s, make(K::RateLimited, 429)},
                            {u"chatwoot"_s, {}, 80s, 15s, make(K::RateLimited, 429)},
                            {u"mcp"_s, {}, 95s, 15s, make(K::RateLimited, 429)},
                            {u"gateway"_s, {}, 100s, 10s, make(K::RateLimited, 429)},
                        },
                        120s);
    }
    return std::nullopt;
}

std::optional<ActiveFault> Scenario::faultAt(const QString &vendor, const QString &path,
                                             std::chrono::milliseconds sinceStart) const
{
    if (isStatusPage(path))
        return std::nullopt;
    const std::chrono::milliseconds t = m_period > 0ms ? sinceStart % m_period : sinceStart;
    for (const ScenarioEvent &event : m_events) {
        if (event.vendor != vendor || (!event.path.isEmpty() && event.path != path)
            || event.fault.kind == Fault::Kind::QuotaSqueeze)
            continue;
        if (t >= event.start && t < event.start + event.duration)
            return ActiveFault{event.fault, t - event.start};
    }
    return std::nullopt;
}

double Scenario::loadBetween(const QString &vendor, std::chrono::milliseconds from, std::chrono::milliseconds to) const
{
    // Load older than a day is spent in windows long gone.
    from = std::max({from, to - std::chrono::milliseconds(24h), 0ms});
    if (to <= from)
        return 0;
    double total = 0;
    for (const ScenarioEvent &event : m_events) {
        if (event.vendor != vendor || event.fault.kind != Fault::Kind::QuotaSqueeze || event.duration <= 0ms)
            continue;
        // The rate rises linearly from 0 to peak over the event's first minute, then holds:
        // the load of its first s seconds is F(s) = peak/60 * (s²/120 up to a minute, then 30 + (s - 60)).
        const double peakPerSecond = double(event.fault.size) / 60.0;
        const auto loadUntil = [peakPerSecond](double s) {
            return peakPerSecond * (s <= 60.0 ? s * s / 120.0 : 30.0 + (s - 60.0));
        };
        const auto first = m_period > 0ms ? from / m_period : 0;
        const auto last = m_period > 0ms ? to / m_period : 0;
        for (auto round = first; round <= last; ++round) {
            const std::chrono::milliseconds start = m_period * round + event.start;
            const auto a = std::max(from, start);
            const auto b = std::min(to, start + event.duration);
            if (b <= a)
                continue;
            total += loadUntil(seconds(b - start)) - loadUntil(seconds(a - start));
        }
    }
    return total;
}

} // namespace gw::sim
