#pragma once

#include "responsefacts.h"
#include "result.h"

#include <QString>

#include <memory>
#include <optional>

namespace gw {

// One check condition, Gatus-style: "[STATUS] == 200", "[BODY].data[0].id != 0",
// "[RESPONSE_TIME] < 800", "[HEADER].Content-Type == pat(application/*)",
// "[CERTIFICATE_EXPIRATION] > 72h", "len([BODY].items) >= 1", "has([BODY].shop)",
// "[STATUS] == any(200, 204)". Parsed once, evaluated per response. Pure.
class Condition
{
public:
    struct Evaluation
    {
        bool holds = false;
        QString actual; // the left-hand value as seen, for "actual" in failure reports

        bool operator==(const Evaluation &) const = default;
    };

    // Errors carry the offset into `text` where the problem starts.
    static Result<Condition> parse(const QString &text);

    Evaluation evaluate(const ResponseFacts &response) const;

    // A lone placeholder such as "[BODY].rate.remaining" or "[HEADER].X-Quota-Limit", resolved the
    // way a condition resolves it; nullopt when it is invalid or the response does not carry it.
    static std::optional<QString> valueOf(const QString &placeholder, const ResponseFacts &response);
    // Why `placeholder` is not a lone placeholder, with the offset of the problem; nullopt when it is.
    static std::optional<Error> validatePlaceholder(const QString &placeholder);
    const QString &text() const { return m_text; }

    bool operator==(const Condition &other) const { return m_text == other.m_text; }

    struct Impl;

private:
    Condition(QString text, std::shared_ptr<const Impl> impl);

    QString m_text;
    std::shared_ptr<const Impl> m_impl; // immutable, so shared between copies
};

} // namespace gw
