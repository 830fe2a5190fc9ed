#pragma once

#include "configwatcher.h"
#include "monitor.h"
#include "secretstore.h"

#include <QObject>

namespace gw {

// Wires configuration, secrets and monitoring together, the same way for the window and the
// headless agent: a loaded (or reloaded) catalog has its secrets fetched, then replaces the
// monitor's catalog; a broken reload leaves the last good one running. GUI thread.
class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    explicit Runtime(const QString &configPath, QObject *parent = nullptr);

    // Loads the configuration and starts monitoring continuously once secrets are fetched.
    // Returns the configuration errors of the first load (empty on success).
    ConfigErrors start();

    Monitor &monitor() { return m_monitor; }
    ConfigWatcher &config() { return m_watcher; }

    static QStringList secretNames(const Catalog &catalog);

Q_SIGNALS:
    void catalogApplied(const gw::Catalog &catalog);
    void configFailed(const gw::ConfigErrors &errors, bool keptLastGood);

private:
    void apply(const Catalog &catalog);

    SecretStore m_secrets;
    ConfigWatcher m_watcher;
    Monitor m_monitor;
    bool m_started = false;
};

} // namespace gw
