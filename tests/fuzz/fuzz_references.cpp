// References on arbitrary text. validate and expand must agree on syntax errors, and a value
// from the secret source is inserted verbatim, never expanded again.

#include "references.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Some names resolve, others stay missing; one value looks like a reference itself.
class FixedSecrets final : public gw::SecretSource
{
public:
    std::optional<QString> secret(const QString &name) const override
    {
        if (name == u"nested")
            return u"${secret:nested}"_s;
        if (name == u"shopify-admin" || name == u"stripe" || name == u"slack-bot" || name == u"a")
            return u"s3cr3t-"_s + name;
        if (name == u"empty")
            return QString();
        return std::nullopt;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<gw::Error> syntax = gw::References::validate(text);
    const QStringList names = gw::References::secretNames(text);
    const QString masked = gw::References::mask(text, u"0"_s);
    const gw::Result<QString> expanded = gw::References::expand(text, FixedSecrets());

    if (syntax) {
        if (syntax->position < 0 || syntax->position > text.size())
            qFatal("error position %lld outside the text (%lld characters)", static_cast<long long>(syntax->position),
                   static_cast<long long>(text.size()));
        if (expanded)
            qFatal("expand accepted text that validate rejects");
        if (!(expanded.error() == *syntax))
            qFatal("expand and validate report different syntax errors");
        if (masked != text)
            qFatal("mask changed text with an invalid reference");
        return 0;
    }
    if (QStringList unique = names; unique.removeDuplicates() != 0)
        qFatal("secretNames returned duplicates");
    if (!expanded) {
        // Only a missing secret or variable is left, and that names no position in the text.
        if (expanded.error().position != -1)
            qFatal("a missing value reported as a syntax error");
        return 0;
    }
    if (names.contains(u"nested"_s) && !expanded->contains(u"${secret:nested}"_s))
        qFatal("a secret's value was expanded again");
    return 0;
}
