#include "duration.h"

#include <QCoreApplication>
#include <array>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) keep lupdate's context right inside helper classes.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::Duration)
};

constexpr qint64 msPerSecond = 1000;
constexpr qint64 msPerMinute = 60 * msPerSecond;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;

// Largest first, so formatting can walk it greedily.
constexpr std::array units{
    std::pair{u"d", msPerDay},    std::pair{u"h", msPerHour},  std::pair{u"m", msPerMinute},
    std::pair{u"s", msPerSecond}, std::pair{u"ms", qint64{1}},
};

std::optional<qint64> unitFactor(QStringView unit)
{
    for (const auto &[name, factor] : units) {
        if (unit == QStringView(name))
            return factor;
    }
    return std::nullopt;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

Result<std::chrono::milliseconds> parseDuration(QStringView text)
{
    const QString quoted = text.toString();
    const QString allowed = Text::tr("use ms, s, m, h or d");

    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    if (begin == end)
        return Error{Text::tr("empty duration (write e.g. 30s, 5m or 1h30m)"), begin};

    qint64 total = 0;
    qsizetype pos = begin;
    while (pos < end) {
        const QChar c = text[pos];
        if (c == u'-')
            return Error{Text::tr("negative duration '%1' (durations count up from 0)").arg(quoted), pos};
        if (c.isSpace())
            return Error{Text::tr("unexpected space in '%1' (write e.g. 1h30m)").arg(quoted), pos};
        if (!isAsciiDigit(c))
            return Error{Text::tr("expected a number at '%1' in '%2'").arg(text.mid(pos, end - pos).toString(), quoted),
                         pos};

        const qsizetype numberStart = pos;
        qint64 number = 0;
        bool overflow = false;
        while (pos < end && isAsciiDigit(text[pos])) {
            const qint64 digit = text[pos].unicode() - u'0';
            if (number > (std::numeric_limits<qint64>::max() - digit) / 10)
                overflow = true;
            else
                number = number * 10 + digit;
            ++pos;
        }

        const qsizetype unitStart = pos;
        if (pos < end && (text[pos] == u'.' || text[pos] == u','))
            return Error{Text::tr("fractions are not allowed in '%1' (write e.g. 1h30m instead of 1.5h)").arg(quoted),
                         pos};
        while (pos < end && isAsciiLetter(text[pos]))
            ++pos;
        const QStringView unit = text.mid(unitStart, pos - unitStart);
        if (unit.isEmpty()) {
            if (pos < end && !text[pos].isSpace())
                return Error{
                    Text::tr("unknown unit '%1' in '%2' (%3)").arg(text.mid(pos, 1).toString(), quoted, allowed), pos};
            return Error{Text::tr("missing unit after '%1' in '%2' (%3)")
                             .arg(text.mid(numberStart, unitStart - numberStart).toString(), quoted, allowed),
                         unitStart};
        }
        const std::optional<qint64> factor = unitFactor(unit);
        if (!factor)
            return Error{Text::tr("unknown unit '%1' in '%2' (%3)").arg(unit.toString(), quoted, allowed), unitStart};

        if (overflow || number > std::numeric_limits<qint64>::max() / *factor
            || total > std::numeric_limits<qint64>::max() - number * *factor) {
            return Error{Text::tr("duration '%1' is too large").arg(quoted), numberStart};
        }
        total += number * *factor;
    }
    return std::chrono::milliseconds(total);
}

QString formatDuration(std::chrono::milliseconds duration)
{
    const qint64 count = duration.count();
    if (count == 0)
        return u"0s"_s;
    // Unsigned, so that the most negative value has a magnitude too.
    quint64 rest = count < 0 ? 0 - static_cast<quint64>(count) : static_cast<quint64>(count);
    QString result = count < 0 ? u"-"_s : QString();
    // Sub-second durations are clearest as a single millisecond count ("1500ms", not "1s500ms").
    if (rest % msPerSecond != 0)
        return result + QString::number(rest) + u"ms";
    for (const auto &[name, factor] : units) {
        const quint64 unitCount = rest / static_cast<quint64>(factor);
        if (unitCount == 0)
            continue;
        result += QString::number(unitCount) + QStringView(name);
        rest -= unitCount * static_cast<quint64>(factor);
    }
    return result;
}

} // namespace gw
