// interpretHealthDocument. Input: the Content-Type on the first line, the body after it.

#include "healthformat.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView contentType = newline < 0 ? QByteArrayView() : input.first(newline);
    const QByteArrayView body = newline < 0 ? input : input.sliced(newline + 1);

    const std::optional<gw::HealthDocument> document = gw::interpretHealthDocument(contentType, body);
    // A recognised document always explains itself in the failure report.
    if (document && document->summary.isEmpty())
        qFatal("health document without a summary");
    return 0;
}
