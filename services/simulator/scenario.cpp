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
        // And a quota squeeze: from 1:00 a marketing sync (another client on our Klaviyo key) ramps
        // up to 150 requests a minute by 5:00. Klaviyo allows 75 a minute and our polling takes 6,
        // so each minute's window ends emptier: about 50 left at 2:00, 13 at 3:00 (the last minutes
        // hidden by the stall), then the quota runs out at about 3:47 and 4:35 (429 until the next
        // minute) and the load stops at 5:00, when the story starts over with a fresh window.
        return Scenario(name,
                        {
                            {u"klaviyo"_s, {}, 60s, 240s, squeeze(150)},
                            {u"chatwoot"_s, {}, 20s, 60s, make(K::Latency, 200, 1500ms)},
                            {u"stripe"_s, {}, 45s, 75s, make(K::Status, 503)},
                            {u"shopify"_s, {}, 90s, 40s, make(K::RateLimited, 429)},
                            {u"klaviyo"_s, {}, 150s, 30s, make(K::Stall)},
                            {u"gateway"_s, {}, 200s, 45s, make(K::Latency, 200, 300ms)},
                            {u"ga4"_s, {}, 250s, 20s, make(K::Status, 500)},
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
        // The rate rises linearly from 0 to peak over the event: the load of [a, b) seconds into
        // it is peak / (2 duration) (b² - a²).
        const double peakPerSecond = double(event.fault.size) / 60.0;
        const double k = peakPerSecond / (2.0 * seconds(event.duration));
        const auto first = m_period > 0ms ? from / m_period : 0;
        const auto last = m_period > 0ms ? to / m_period : 0;
        for (auto round = first; round <= last; ++round) {
            const std::chrono::milliseconds start = m_period * round + event.start;
            const auto a = std::max(from, start);
            const auto b = std::min(to, start + event.duration);
            if (b <= a)
                continue;
            const double sa = seconds(a - start);
            const double sb = seconds(b - start);
            total += k * (sb * sb - sa * sa);
        }
    }
    return total;
}

} // namespace gw::sim
