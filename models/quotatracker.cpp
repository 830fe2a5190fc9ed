#include "quotatracker.h"

namespace gw {

struct QuotaTracker::Series
{
};

void QuotaTracker::setThresholds(const QString &, const QuotaThresholds &) {}
void QuotaTracker::observe(const QString &, const QuotaReading &, const QDateTime &, int) {}
QList<QuotaState> QuotaTracker::states(const QDateTime &) const
{
    return {};
}
std::optional<QuotaState> QuotaTracker::state(const QString &, const QString &, const QDateTime &) const
{
    return std::nullopt;
}
void QuotaTracker::forget(const QString &) {}

} // namespace gw
