#pragma once

#include "alertengine.h"
#include "configloader.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gw {

// Writes alert rules edited in the window back into the configuration file: only its top-level
// `alerts:` block is replaced (or added at the end), so every other line, comment and reference
// stays exactly as written. The new file is checked as a whole configuration first and written
// atomically; the watcher then reloads it like any other edit.
class AlertRulesFile
{
    Q_DECLARE_TR_FUNCTIONS(gw::AlertRulesFile)

public:
    // The `alerts:` block for `rules`, as YAML ending with a newline ("alerts: []" for none).
    static QString block(const QList<AlertRule> &rules);
    // `text` with its top-level `alerts:` block (the key's line and every line up to the next
    // top-level key, less trailing blank lines and comments) replaced by `block`.
    static QString replaceBlock(const QString &text, const QString &block);
    // Writes `rules` into the file at `path`. Nothing is written when the result would not load:
    // the errors say why (positioned in the new text). An error too when the file cannot be read
    // or written.
    static Result<Catalog, ConfigErrors> save(const QString &path, const QList<AlertRule> &rules);
};

} // namespace gw
