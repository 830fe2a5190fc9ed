#include "commonoptions.h"

#include "configloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

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

} // namespace gw
