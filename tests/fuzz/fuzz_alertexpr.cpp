// AlertExpression::parse and evaluate. Input: the expression on the first line, then facts, one per
// line: a call as "function(subject[,window][,qualifier])" with the window written the way
// formatDuration writes it, a blank, and a number or a state name ("p95(chatwoot,10m) 1600",
// "status(shopify) down").

#include "alertexpr.h"
#include "duration.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

QString factKey(const gw::AlertCall &call)
{
    QString key = call.function + u'(' + call.subject;
    if (call.windowMs)
        key += u',' + gw::formatDuration(std::chrono::milliseconds(*call.windowMs));
    if (!call.qualifier.isEmpty())
        key += u',' + call.qualifier;
    return key + u')';
}

class Facts final : public gw::AlertFacts
{
public:
    explicit Facts(QByteArrayView rest)
    {
        while (!rest.isEmpty()) {
            const qsizetype newline = rest.indexOf('\n');
            const QByteArrayView line = newline < 0 ? rest : rest.first(newline);
            rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
            const qsizetype blank = line.lastIndexOf(' ');
            if (blank < 0)
                continue;
            const QString key = QString::fromUtf8(line.first(blank).trimmed());
            const QString value = QString::fromUtf8(line.sliced(blank + 1).trimmed());
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok)
                m_numbers.insert(key, number);
            else
                m_states.insert(key, value);
        }
    }

    std::optional<double> number(const gw::AlertCall &call, qint64 /*nowMs*/) const override
    {
        const auto it = m_numbers.constFind(factKey(call));
        if (it == m_numbers.cend())
            return std::nullopt;
        return *it;
    }
    std::optional<QString> state(const gw::AlertCall &call, qint64 /*nowMs*/) const override
    {
        const auto it = m_states.constFind(factKey(call));
        if (it == m_states.cend())
            return std::nullopt;
        return *it;
    }

private:
    QHash<QString, double> m_numbers;
    QHash<QString, QString> m_states;
};

bool sameValue(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || *a == *b || (std::isnan(*a) && std::isnan(*b));
}

bool same(const gw::AlertEvaluation &a, const gw::AlertEvaluation &b)
{
    return a.holds == b.holds && a.kind == b.kind && sameValue(a.value, b.value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString text = QString::fromUtf8(newline < 0 ? input : input.first(newline));

    const gw::Result<gw::AlertExpression> expression = gw::AlertExpression::parse(text);
    if (!expression) {
        // Config errors point into the expression's text with this offset.
        const qsizetype position = expression.error().position;
        if (position < 0 || position > text.size())
            qFatal("error position %lld outside the expression (%lld characters)", static_cast<long long>(position),
                   static_cast<long long>(text.size()));
        if (expression.error().message.isEmpty())
            qFatal("parse error without a message");
        return 0;
    }
    if (expression->text() != text.trimmed())
        qFatal("parsed expression does not keep its text");

    // Every call is a known function, written inside the text, in order.
    const QList<gw::AlertCall> calls = expression->calls();
    if (calls.isEmpty())
        qFatal("a parsed expression without calls");
    qsizetype previous = -1;
    for (const gw::AlertCall &call : calls) {
        if (call.position <= previous || call.position >= text.size())
            qFatal("call position %lld out of order or outside the text", static_cast<long long>(call.position));
        if (!text.sliced(call.position).startsWith(call.function))
            qFatal("call position does not point at its function's name");
        if (call.windowMs && *call.windowMs <= 0)
            qFatal("a window that is not positive");
        previous = call.position;
    }

    // The text it keeps reads back as the same expression.
    const gw::Result<gw::AlertExpression> again = gw::AlertExpression::parse(expression->text());
    if (!again || !(again.value() == expression.value()))
        qFatal("the expression's own text does not parse back to it");
    const QList<gw::AlertCall> againCalls = again->calls();
    const qsizetype shift = calls.constFirst().position - againCalls.constFirst().position;
    if (againCalls.size() != calls.size())
        qFatal("reparsing changed the number of calls");
    for (qsizetype i = 0; i < calls.size(); ++i) {
        gw::AlertCall moved = againCalls.at(i);
        moved.position += shift;
        if (!(moved == calls.at(i)))
            qFatal("reparsing changed call %lld", static_cast<long long>(i));
    }

    const Facts facts(newline < 0 ? QByteArrayView() : input.sliced(newline + 1));
    const qint64 nowMs = 1'700'000'000'000;
    const gw::AlertEvaluation first = expression->evaluate(facts, nowMs);
    // Pure: a second evaluation, through a copy sharing the parsed form, must agree.
    const gw::AlertExpression copy = expression.value();
    if (!same(copy.evaluate(facts, nowMs), first))
        qFatal("evaluating the same facts twice gave different results");
    for (const gw::AlertFunction &function : gw::alertFunctions()) {
        if (function.name == calls.constFirst().function && function.kind != first.kind)
            qFatal("the evaluation's kind is not its first call's");
    }

    // Negating the whole expression negates the answer and reports the same first value. (Skipped
    // when the wrapping goes past the limits on length or depth.)
    const gw::Result<gw::AlertExpression> negated = gw::AlertExpression::parse(QString(u"not (" + text + u')'));
    if (negated) {
        const gw::AlertEvaluation opposite = negated->evaluate(facts, nowMs);
        if (opposite.holds == first.holds || opposite.kind != first.kind || !sameValue(opposite.value, first.value))
            qFatal("not (…) did not negate the expression");
    }
    return 0;
}
