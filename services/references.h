#pragma once

#include "result.h"

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

// ${secret:name} and ${env:NAME} references inside config strings.
class References
{
public:
    // Names of the secrets a string refers to, in order, without duplicates.
    static QStringList secretNames(const QString &text);
    // A syntax problem (unterminated "${", unknown kind, empty or invalid name), positioned.
    static std::optional<Error> validate(const QString &text);
    // Replaces every reference; a missing secret or unset variable is an error naming it
    // (never its value). "$${" escapes a literal "${".
    static Result<QString> expand(const QString &text, const SecretSource &secrets);
};

} // namespace gw
