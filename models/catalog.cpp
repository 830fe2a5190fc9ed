#include "catalog.h"

#include <algorithm>

namespace gw {

const IntegrationSpec *Catalog::integration(const QString &id) const
{
    const auto it =
        std::find_if(integrations.cbegin(), integrations.cend(), [&](const IntegrationSpec &i) { return i.id == id; });
    return it == integrations.cend() ? nullptr : &*it;
}

const CheckSpec *Catalog::check(const QString &integrationId, const QString &checkId) const
{
    const IntegrationSpec *owner = integration(integrationId);
    if (!owner)
        return nullptr;
    const auto it =
        std::find_if(owner->checks.cbegin(), owner->checks.cend(), [&](const CheckSpec &c) { return c.id == checkId; });
    return it == owner->checks.cend() ? nullptr : &*it;
}

qsizetype Catalog::checkCount() const
{
    qsizetype n = 0;
    for (const IntegrationSpec &i : integrations)
        n += i.checks.size();
    return n;
}

} // namespace gw
