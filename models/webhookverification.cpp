#include "webhookverification.h"

#include <array>
#include <utility>

namespace gw {

namespace {

constexpr std::array verdictNames{
    std::pair{WebhookVerdict::Valid, u"valid"},
    std::pair{WebhookVerdict::ValidPreviousSecret, u"valid-previous-secret"},
    std::pair{WebhookVerdict::BadSignature, u"bad-signature"},
    std::pair{WebhookVerdict::MissingSignature, u"missing-signature"},
    std::pair{WebhookVerdict::MalformedHeader, u"malformed-header"},
    std::pair{WebhookVerdict::Stale, u"stale"},
    std::pair{WebhookVerdict::Future, u"future"},
    std::pair{WebhookVerdict::Duplicate, u"duplicate"},
    std::pair{WebhookVerdict::UnknownScheme, u"unknown-scheme"},
    std::pair{WebhookVerdict::NoSecret, u"no-secret"},
};

} // namespace

QString machineName(WebhookVerdict verdict)
{
    for (const auto &[value, name] : verdictNames) {
        if (value == verdict)
            return QStringView(name).toString();
    }
    return {};
}

std::optional<WebhookVerdict> webhookVerdictFromName(QStringView name)
{
    for (const auto &[value, text] : verdictNames) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

bool isAuthentic(WebhookVerdict verdict)
{
    return verdict == WebhookVerdict::Valid || verdict == WebhookVerdict::ValidPreviousSecret;
}

} // namespace gw
