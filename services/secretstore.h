#pragma once

#include "references.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace gw {

// Secrets by name: the OS keychain (qtkeychain, service "gatewatch") first, then the environment
// variable GATEWATCH_SECRET_<NAME> (upper-case, '-' and '.' -> '_'). Keychain reads are
// asynchronous, so names are fetched ahead (prefetch) and served from memory afterwards. Values
// are never logged. Lives on the GUI thread.
class SecretStore final : public QObject, public SecretSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);

    // Fetches the given names; emits prefetched() when every lookup has answered, or after
    // 3 s when the keychain does not answer. Always emitted asynchronously, also at once when
    // the keychain is unavailable (no D-Bus session, or GATEWATCH_KEYCHAIN=off).
    void prefetch(const QStringList &names);
    std::optional<QString> secret(const QString &name) const override;

    static QString environmentName(const QString &secretName);
    static bool keychainAvailable();

Q_SIGNALS:
    void prefetched();

private:
    void finishPrefetch();

    QHash<QString, QString> m_keychainValues;
    int m_pending = 0;
    int m_generation = 0; // answers from an abandoned (timed-out) prefetch do not count
    QTimer m_deadline;
};

} // namespace gw
