#include "responsefacts.h"

namespace gw {

std::optional<QByteArray> ResponseFacts::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace gw
