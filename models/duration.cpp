#include "duration.h"

namespace gw {

Result<std::chrono::milliseconds> parseDuration(QStringView)
{
    return Error{};
}

QString formatDuration(std::chrono::milliseconds)
{
    return {};
}

} // namespace gw
