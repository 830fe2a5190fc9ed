#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace gw {

// Options every gatewatch command accepts, and where they point by default.
class CommonOptions
{
public:
    CommonOptions();
    void addTo(QCommandLineParser &parser) const;

    // --config, or $XDG_CONFIG_HOME/gatewatch/gatewatch.yaml
    QString configPath(const QCommandLineParser &parser) const;
    // --data-dir, or $XDG_DATA_HOME/gatewatch; created when missing
    QString dataDir(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_config;
    QCommandLineOption m_dataDir;
};

} // namespace gw
