#pragma once

#include "callrecord.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gw {

// The ways a call record leaves the window: the JSON of an export (docs/failed-calls.md), a
// Markdown summary for an incident channel, a cURL command to replay it, and the pieces the
// detail pane shows. Pure; the record is redacted already, so what comes out is too.

QJsonObject callToJson(const CallRecord &call);
Result<CallRecord> callFromJson(const QJsonObject &object);
// {"calls": [...]} as indented UTF-8.
QByteArray callsExport(const QList<CallRecord> &calls);

// One sentence: what failed and why.
QString callSentence(const CallRecord &call);
QString markdownSummary(const CallRecord &call);
// A POSIX shell command that sends the same request. Redacted values become environment
// variables ("[redacted: Authorization header]" -> "$AUTHORIZATION"), so the command can be
// pasted, given the variables, and run without the secrets ever being written down.
QString curlCommand(const CallRecord &call);
// The environment variables curlCommand() refers to, in order of first use.
QStringList curlVariables(const CallRecord &call);

// A body indented for reading when it is JSON or XML (by content type, else by its first
// character); nullopt when it is neither or does not parse.
std::optional<QString> prettyBody(const QString &body, const QString &contentType);

// A line-by-line comparison, for the Compare tab.
struct DiffLine
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text;

    bool operator==(const DiffLine &) const = default;
};
// The lines of `before` and `after` as a shortest edit script. Inputs beyond `maxLines` lines
// each are cut there (the last line then says how many were left out).
QList<DiffLine> lineDiff(const QStringList &before, const QStringList &after, int maxLines = 2000);
// The text a comparison of two calls looks at: status line, headers (sorted by name, without
// those that change on every call: Date, request ids, …) and the body, pretty when possible.
QStringList comparableLines(const CallRecord &call);

} // namespace gw
