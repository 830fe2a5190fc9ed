// Condition::parse and evaluate. Input: the condition on the first line, then response header
// lines ("Name: value") up to an empty line, then the body. The pseudo-headers ":status",
// ":time" (ms) and ":cert" (seconds left) set the other response facts.

#include "condition.h"
#include "responsefacts.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

gw::ResponseFacts responseFrom(QByteArrayView rest)
{
    gw::ResponseFacts response;
    response.status = 200;
    response.responseTimeMs = 120.5;
    while (!rest.isEmpty()) {
        const qsizetype newline = rest.indexOf('\n');
        const QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':', 1);
        if (colon < 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == ":status")
            response.status = value.toInt();
        else if (name == ":time")
            response.responseTimeMs = value.toDouble();
        else if (name == ":cert")
            response.certificateSecondsLeft = value.toLongLong();
        else
            response.headers.append({name, value});
    }
    response.body = rest.toByteArray();
    return response;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString text = QString::fromUtf8(newline < 0 ? input : input.first(newline));

    const gw::Result<gw::Condition> condition = gw::Condition::parse(text);
    if (!condition) {
        // Config errors point into the condition text with this offset.
        const qsizetype position = condition.error().position;
        if (position < 0 || position > text.size())
            qFatal("error position %lld outside the condition (%lld characters)", static_cast<long long>(position),
                   static_cast<long long>(text.size()));
        if (condition.error().message.isEmpty())
            qFatal("parse error without a message");
        return 0;
    }
    if (condition->text() != text)
        qFatal("parsed condition does not keep its text");

    const gw::ResponseFacts response = responseFrom(newline < 0 ? QByteArrayView() : input.sliced(newline + 1));
    const gw::Condition::Evaluation first = condition->evaluate(response);
    // Pure: a second evaluation, through a copy sharing the parsed form, must agree.
    const gw::Condition copy = condition.value();
    if (copy.evaluate(response) != first)
        qFatal("evaluating the same response twice gave different results");
    return 0;
}
