// QuotaParser on arbitrary responses. The input is a small HTTP-like text: the first line is the
// status code, then "Name: value" header lines up to an empty line, then the body. Whatever the
// input, the result must stay within the documented bounds.

#include "quotaparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

gw::ResponseFacts responseFrom(QByteArrayView input)
{
    gw::ResponseFacts response;
    qsizetype pos = input.indexOf('\n');
    const QByteArrayView statusLine = pos < 0 ? input : input.first(pos);
    response.status = statusLine.trimmed().toByteArray().toInt();
    while (pos >= 0 && pos + 1 <= input.size()) {
        const qsizetype start = pos + 1;
        pos = input.indexOf('\n', start);
        const QByteArrayView line = input.sliced(start, (pos < 0 ? input.size() : pos) - start);
        if (line.isEmpty() || line == "\r") {
            if (pos >= 0)
                response.body = input.sliced(pos + 1).toByteArray();
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            response.headers.append({line.toByteArray(), QByteArray()});
        else
            response.headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return response;
}

bool finiteCount(double value)
{
    return std::isfinite(value) && value >= 0 && value < 1e16;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const gw::ResponseFacts response = responseFrom(input);
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    const gw::QuotaSignals result = gw::QuotaParser::parse(response, now);

    if (result.readings.size() > 64)
        qFatal("%lld readings, more than the cap of 64", static_cast<long long>(result.readings.size()));
    for (const gw::QuotaReading &reading : result.readings) {
        if (!finiteCount(reading.remaining) || (reading.limit && !finiteCount(*reading.limit))
            || (reading.used && !finiteCount(*reading.used))
            || (reading.restorePerSecond && !finiteCount(*reading.restorePerSecond)))
            qFatal("a reading holds a negative, infinite or absurd count");
        if (reading.windowSeconds && *reading.windowSeconds <= 0)
            qFatal("a non-positive window");
        if (reading.resetAt && (!reading.resetAt->isValid() || reading.resetAt->timeSpec() != Qt::UTC))
            qFatal("a reset time that is invalid or not UTC");
    }
    if (result.retryAfterSeconds && !(std::isfinite(*result.retryAfterSeconds) && *result.retryAfterSeconds >= 0))
        qFatal("Retry-After outside [0, inf)");
    if (result.throttled == result.throttleReason.isEmpty())
        qFatal("throttled and throttleReason disagree");
    for (const QString &problem : result.problems) {
        if (problem.isEmpty() || problem.size() > 200)
            qFatal("a problem line that is empty or carries a whole field value");
    }
    // Deterministic: the same response reads the same way twice.
    if (!(gw::QuotaParser::parse(response, now) == result))
        qFatal("two parses of one response differ");
    return 0;
}
