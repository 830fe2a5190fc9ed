#include "metricpage.h"

namespace gw {

std::optional<QByteArrayView> MetricSample::label(QByteArrayView name) const
{
    for (const auto &[key, value] : labels) {
        if (key == name)
            return QByteArrayView(value);
    }
    return std::nullopt;
}

const MetricFamily *MetricPage::family(QByteArrayView name) const
{
    for (const MetricFamily &candidate : families) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

} // namespace gw
