#pragma once

#include "configloader.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace gw {

// Loads a configuration file and reloads it when it changes on disk (also when an editor replaces
// it by renaming). A broken edit is reported and the last good catalog stays in force. GUI thread.
class ConfigWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWatcher)

public:
    explicit ConfigWatcher(const QString &path, QObject *parent = nullptr);

    // Loads now; returns the errors of this load (empty when it succeeded).
    ConfigErrors load();
    const QString &path() const { return m_path; }
    bool hasCatalog() const { return m_hasCatalog; }
    const Catalog &catalog() const { return m_catalog; }

Q_SIGNALS:
    void catalogLoaded(const gw::Catalog &catalog);
    void loadFailed(const gw::ConfigErrors &errors, bool keptLastGood);

private:
    void handleChanged();
    void watch();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    Catalog m_catalog;
    bool m_hasCatalog = false;
    QByteArray m_lastContent;
};

} // namespace gw
