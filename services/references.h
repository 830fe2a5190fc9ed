#pragma once

#include "catalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace gw {

// Where ${secret:name} values come from.
class SecretSource
{
public:
    virtual ~SecretSource() = default;
    virtual std::optional<QString> secret(const QString &name) const = 0;
};

// ${secret:name} and ${env:NAME} references inside config strings. A secret name is
// [A-Za-z0-9_.-]+, a variable name [A-Za-z_][A-Za-z0-9_]*. "$${" stands for a literal "${".
class References
{
    Q_DECLARE_TR_FUNCTIONS(gw::References)

public:
    // Names of the secrets a string refers to, in order, without duplicates.
    static QStringList secretNames(const QString &text);
    // Names of every secret the catalog's checks, gateway, webhook sources, notify channels,
    // Prometheus and Alertmanager refer to, without duplicates.
    static QStringList secretNames(const Catalog &catalog);
    // The values to keep out of everything Gatewatch writes: of every ${secret:…}, and of every
    // ${env:…} in a header, body, URL query or webhook secret (a variable that only names a host or
    // a path stays readable), and the whole URL of a Slack notify channel with every variable in it.
    // Unset ones are skipped; without duplicates.
    static QStringList sensitiveValues(const Catalog &catalog, const SecretSource &secrets);
    // A syntax problem (unterminated "${", unknown kind, empty or invalid name), positioned.
    static std::optional<Error> validate(const QString &text);
    // Replaces every reference; a missing secret or unset variable is an error naming it
    // (never its value). "$${" escapes a literal "${". Values are inserted verbatim, never
    // expanded again.
    static Result<QString> expand(const QString &text, const SecretSource &secrets);
    // Replaces every reference by `placeholder` (and "$${" by "${"), to check the shape of a
    // value whose real content is only known later, e.g. a URL. Invalid references stay as written.
    static QString mask(const QString &text, const QString &placeholder);
};

} // namespace gw
