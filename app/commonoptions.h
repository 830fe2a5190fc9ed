#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

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

    // Parses a headless command's arguments, answers --help, and checks --format against the
    // formats it offers. Returns the exit code when the command is already done (help: 0,
    // usage error: 2, message printed), nullopt when it should run.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                                    const QCommandLineOption &format, const QStringList &formats);

    // An ISO 8601 time given on the command line, in ms since the epoch: UTC unless it carries an
    // offset. nullopt when it is not one.
    static std::optional<qint64> parseTime(const QString &text);

private:
    QCommandLineOption m_config;
    QCommandLineOption m_dataDir;
};

} // namespace gw
