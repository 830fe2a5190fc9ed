#pragma once

#include "catalog.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gw {

// A problem in a configuration file, positioned like a compiler error.
struct ConfigError
{
    QString file;
    int line = 0;    // 1-based; 0 when the file could not be read at all
    int column = 0;  // 1-based
    QString message; // what is wrong and what is allowed

    // "gatewatch.yaml:12:7: unknown key 'intervall' (allowed: id, name, url, …)"
    QString toString() const;
    bool operator==(const ConfigError &) const = default;
};

using ConfigErrors = QList<ConfigError>;

// Reads gatewatch.yaml (yaml-cpp) into a Catalog. Every problem found is reported, positioned;
// nothing here throws. References (${secret:…}, ${env:…}) are validated but left unresolved.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(gw::ConfigLoader)

public:
    static Result<Catalog, ConfigErrors> loadFile(const QString &path);
    // Relative paths in the text (ca_file) resolve against fileName's directory.
    static Result<Catalog, ConfigErrors> loadText(const QByteArray &yaml, const QString &fileName);

    // $XDG_CONFIG_HOME/gatewatch/gatewatch.yaml
    static QString defaultPath();
};

} // namespace gw
