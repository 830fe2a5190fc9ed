#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gw {

// One CSV field as RFC 4180 has it: quoted when it holds a comma, a quote or a line break, with
// inner quotes doubled; UTF-8.
QByteArray csvField(const QString &text);
// One CSV record: the fields quoted as csvField() does, joined by commas, ending in '\n'.
QByteArray csvRecord(const QStringList &fields);

} // namespace gw
