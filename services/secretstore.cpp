#include "secretstore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gw {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "gatewatch.secrets")

const auto keychainService = u"gatewatch"_s;

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(3s);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcSecrets, "the keychain did not answer within 3 s; using environment variables");
        finishPrefetch();
    });
}

bool SecretStore::keychainAvailable()
{
    if (qEnvironmentVariable("GATEWATCH_KEYCHAIN").compare(u"off"_s, Qt::CaseInsensitive) == 0)
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a session bus the Secret Service cannot be reached; asking would only time out.
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
        return false;
#endif
    return true;
}

void SecretStore::prefetch(const QStringList &names)
{
    QStringList unique = names;
    unique.removeDuplicates();
    if (unique.isEmpty() || !keychainAvailable()) {
        // Callers connect after calling prefetch(), so never emit synchronously.
        if (m_pending == 0)
            QTimer::singleShot(0, this, [this] { Q_EMIT prefetched(); });
        return;
    }

    m_pending += int(unique.size());
    m_deadline.start();
    const int generation = m_generation;
    for (const QString &name : std::as_const(unique)) {
        auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
        job->setAutoDelete(true);
        job->setKey(name);
        connect(job, &QKeychain::Job::finished, this, [this, name, generation](QKeychain::Job *finished) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (read->error() == QKeychain::NoError) {
                m_keychainValues.insert(name, read->textData());
            } else {
                m_keychainValues.remove(name);
                if (read->error() != QKeychain::EntryNotFound)
                    qCWarning(lcSecrets, "keychain lookup of secret '%s' failed: %s", qUtf8Printable(name),
                              qUtf8Printable(read->errorString()));
            }
            if (generation != m_generation)
                return;
            if (--m_pending == 0)
                finishPrefetch();
        });
        job->start();
    }
}

void SecretStore::finishPrefetch()
{
    m_deadline.stop();
    m_pending = 0;
    ++m_generation;
    Q_EMIT prefetched();
}

std::optional<QString> SecretStore::secret(const QString &name) const
{
    const auto it = m_keychainValues.constFind(name);
    if (it != m_keychainValues.cend())
        return *it;
    const QByteArray variable = environmentName(name).toLocal8Bit();
    if (qEnvironmentVariableIsSet(variable.constData()))
        return qEnvironmentVariable(variable.constData());
    return std::nullopt;
}

QString SecretStore::environmentName(const QString &secretName)
{
    QString name = secretName.toUpper();
    name.replace(u'-', u'_');
    name.replace(u'.', u'_');
    return u"GATEWATCH_SECRET_"_s + name;
}

} // namespace gw
