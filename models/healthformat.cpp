#include "healthformat.h"

namespace gw {

std::optional<HealthDocument> interpretHealthDocument(QByteArrayView, QByteArrayView)
{
    return std::nullopt;
}

} // namespace gw
