#include "commonoptions.h"

#include "configloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace gw {

CommonOptions::CommonOptions()
    : m_config(u"config"_s,
               QCoreApplication::translate("gw::CommonOptions", "Configuration file (default: %1).")
                   .arg(ConfigLoader::defaultPath()),
               u"FILE"_s),
      m_dataDir(u"data-dir"_s, QCoreApplication::translate("gw::CommonOptions", "Directory for history and state."),
                u"DIR"_s)
{}

void CommonOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_config);
    parser.addOption(m_dataDir);
}

QString CommonOptions::configPath(const QCommandLineParser &parser) const
{
    return parser.isSet(m_config) ? QDir::current().absoluteFilePath(parser.value(m_config))
                                  : ConfigLoader::defaultPath();
}

QString CommonOptions::dataDir(const QCommandLineParser &parser) const
{
    const QString dir = parser.isSet(m_dataDir)
                            ? QDir::current().absoluteFilePath(parser.value(m_dataDir))
                            : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/gatewatch"_s;
    QDir().mkpath(dir);
    return dir;
}

std::optional<int> CommonOptions::parse(QCommandLineParser &parser, const QStringList &arguments,
                                        const QCommandLineOption &format, const QStringList &formats)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (!formats.contains(parser.value(format))) {
        err << QCoreApplication::translate("gw::CommonOptions", "unknown format '%1' (use %2)")
                   .arg(parser.value(format), formats.join(QCoreApplication::translate("gw::CommonOptions", " or ")))
            << u'\n';
        return 2;
    }
    return std::nullopt;
}

std::optional<qint64> CommonOptions::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

} // namespace gw
