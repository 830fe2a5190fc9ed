#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace gw {

// Everything a condition may look at in one response, gathered by the probe.
struct ResponseFacts
{
    int status = 0;
    double responseTimeMs = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // as received; names compared case-insensitively
    QByteArray body;
    std::optional<qint64> certificateSecondsLeft; // earliest expiry in the chain, from now

    // The first value of a header, matched case-insensitively; nullopt when absent.
    std::optional<QByteArray> header(QByteArrayView name) const;
};

} // namespace gw
