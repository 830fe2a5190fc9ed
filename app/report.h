#pragma once

#include "sample.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gw {

// Machine- and human-readable renderings of check results for the command line. The JSON keys
// are a documented interface (docs/cli.md): add keys, never rename them.
class Report
{
public:
    static QJsonObject toJson(const CheckUpdate &update, const QDateTime &now);
    // {"generated_at": …, "checks": […]} for `check --once --format json`.
    static QByteArray checksDocument(const QList<CheckUpdate> &updates, const QDateTime &now);
    // An aligned plain-text table for `check --once --format table`.
    static QString checksTable(const QList<CheckUpdate> &updates);
    // One line per state change for `agent --format text`.
    static QString stateChangeLine(const CheckUpdate &update);
};

} // namespace gw
