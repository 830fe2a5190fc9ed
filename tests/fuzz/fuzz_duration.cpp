// parseDuration on arbitrary text; every accepted duration must survive formatDuration and back.

#include "duration.h"

#include <QString>

#include <chrono>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const gw::Result<std::chrono::milliseconds> duration = gw::parseDuration(text);
    if (!duration) {
        const qsizetype position = duration.error().position;
        if (position < 0 || position > text.size())
            qFatal("error position %lld outside the text (%lld characters)", static_cast<long long>(position),
                   static_cast<long long>(text.size()));
        return 0;
    }
    if (duration->count() < 0)
        qFatal("negative duration %lld ms", static_cast<long long>(duration->count()));

    const QString formatted = gw::formatDuration(duration.value());
    const gw::Result<std::chrono::milliseconds> again = gw::parseDuration(formatted);
    if (!again || again.value() != duration.value())
        qFatal("'%s' does not parse back to %lld ms", qPrintable(formatted), static_cast<long long>(duration->count()));
    return 0;
}
