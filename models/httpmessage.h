#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace gw {

// An HTTP request and response as evidence keeps them: text, headers in wire order.

using HeaderPairs = QList<QPair<QString, QString>>; // [name, value] in wire order, duplicates kept

struct CallRequest
{
    QString method;
    QString url;
    HeaderPairs headers;

    bool operator==(const CallRequest &) const = default;
};

struct CallResponse
{
    int status = 0;
    HeaderPairs headers;
    QString bodyExcerpt; // at most 64 KiB of text
    bool bodyTruncated = false;

    bool operator==(const CallResponse &) const = default;
};

} // namespace gw
