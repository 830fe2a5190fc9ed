#include "configwatcher.h"

#include <QFile>
#include <QFileInfo>

using namespace std::chrono_literals;

namespace gw {

ConfigWatcher::ConfigWatcher(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    // Editors save in bursts (truncate, write, chmod) or by renaming a new file over the old one;
    // one reload after the burst settles is enough.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200ms);
    connect(&m_debounce, &QTimer::timeout, this, &ConfigWatcher::handleChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
}

ConfigErrors ConfigWatcher::load()
{
    watch();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        // A null m_lastContent means "no readable file seen", so its reappearance always reloads.
        m_lastContent = QByteArray();
        const Result<Catalog, ConfigErrors> failed = ConfigLoader::loadFile(m_path);
        const ConfigErrors errors = failed ? ConfigErrors{} : failed.error();
        Q_EMIT loadFailed(errors, m_hasCatalog);
        return errors;
    }
    QByteArray content = file.readAll();
    if (content.isNull())
        content = QByteArray("", 0); // an empty file is content too, unlike a missing one
    m_lastContent = content;

    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(content, m_path);
    if (!result) {
        Q_EMIT loadFailed(result.error(), m_hasCatalog);
        return result.error();
    }
    m_catalog = result.value();
    m_hasCatalog = true;
    Q_EMIT catalogLoaded(m_catalog);
    return {};
}

void ConfigWatcher::handleChanged()
{
    watch();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (m_lastContent.isNull())
            return; // already reported, or an unrelated change in the directory
        load();
        return;
    }
    const QByteArray content = file.readAll();
    if (!m_lastContent.isNull() && content == m_lastContent)
        return;
    load();
}

void ConfigWatcher::watch()
{
    // The directory tells us when a renamed-over file appears; the file itself is dropped from
    // the watch list when it is replaced, so it is added again whenever it exists.
    const QFileInfo info(m_path);
    const QString directory = info.absolutePath();
    if (!m_watcher.directories().contains(directory) && QFileInfo::exists(directory))
        m_watcher.addPath(directory);
    if (!m_watcher.files().contains(m_path) && info.exists())
        m_watcher.addPath(m_path);
}

} // namespace gw
