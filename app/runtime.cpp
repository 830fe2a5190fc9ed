#include "runtime.h"

namespace gw {

Runtime::Runtime(const QString &configPath, QObject *parent)
    : QObject(parent), m_watcher(configPath), m_monitor(&m_secrets)
{
    connect(&m_watcher, &ConfigWatcher::catalogLoaded, this, &Runtime::apply);
    connect(&m_watcher, &ConfigWatcher::loadFailed, this, &Runtime::configFailed);
}

ConfigErrors Runtime::start()
{
    m_started = true;
    return m_watcher.load();
}

void Runtime::apply(const Catalog &catalog)
{
    // Secrets first, so no check runs with a reference its value has not arrived for yet.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_secrets, &SecretStore::prefetched, this, [this, catalog, connection] {
        disconnect(*connection);
        m_monitor.setCatalog(catalog);
        if (m_started)
            m_monitor.start();
        Q_EMIT catalogApplied(catalog);
    });
    m_secrets.prefetch(secretNames(catalog));
}

QStringList Runtime::secretNames(const Catalog &catalog)
{
    QStringList names;
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            names += References::secretNames(check.url);
            names += References::secretNames(check.body);
            for (const auto &header : check.headers)
                names += References::secretNames(header.second);
        }
    }
    names.removeDuplicates();
    return names;
}

} // namespace gw
