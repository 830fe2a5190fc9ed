#include "timeformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::HistoryPanel)
};

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// The locale's short time without seconds (some locales, C among them, include them).
QString shortTime(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    for (const QString &seconds : {u":ss"_s, u".ss"_s, u":s"_s, u".s"_s}) {
        const qsizetype at = format.indexOf(seconds);
        if (at >= 0) {
            format.remove(at, seconds.size());
            break;
        }
    }
    return format;
}

QString timeWithSeconds(const QLocale &locale)
{
    QString format = shortTime(locale);
    if (!format.contains(u"ss"_s)) {
        const qsizetype minutes = format.indexOf(u"mm"_s);
        if (minutes >= 0)
            format.insert(minutes + 2, u":ss"_s);
    }
    return format;
}

// Day and abbreviated month in the locale's order ("3 Mar" or "Mar 3").
QString dayMonth(const QLocale &locale)
{
    const QString date = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = date.indexOf(u'M');
    const qsizetype day = date.indexOf(u'd');
    return month >= 0 && day >= 0 && month < day ? u"MMM d"_s : u"d MMM"_s;
}

QDateTime local(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime();
}

} // namespace

QString axisTimeFormat(qint64 spanMs, const QLocale &locale)
{
    if (spanMs < 10 * minuteMs)
        return timeWithSeconds(locale);
    if (spanMs < 2 * dayMs)
        return shortTime(locale);
    if (spanMs < 60 * dayMs)
        return dayMonth(locale);
    return u"MMM yyyy"_s;
}

QString formatInstant(qint64 atMs, qint64 spanMs, const QLocale &locale)
{
    const QDateTime at = local(atMs);
    if (spanMs <= 6 * hourMs)
        return locale.toString(at, timeWithSeconds(locale));
    if (spanMs < dayMs)
        return locale.toString(at, shortTime(locale));
    if (spanMs < 400 * dayMs)
        return locale.toString(at, dayMonth(locale) + u' ' + shortTime(locale));
    return locale.toString(at, dayMonth(locale) + u" yyyy "_s + shortTime(locale));
}

QString formatWindow(qint64 fromMs, qint64 toMs, const QLocale &locale)
{
    const QDateTime from = local(fromMs);
    const QDateTime to = local(toMs);
    const qint64 span = toMs - fromMs;
    const QString time = span < 10 * minuteMs || from.time().second() != 0 || to.time().second() != 0
                             ? timeWithSeconds(locale)
                             : shortTime(locale);
    const QString sameDay = locale.toString(from, time) + u" – "_s + locale.toString(to, time);
    if (from.date() == to.date() && span < dayMs)
        return sameDay;
    const QString withDate = dayMonth(locale) + u' ' + time;
    return locale.toString(from, withDate) + u" – "_s + locale.toString(to, withDate);
}

QString formatSpan(qint64 spanMs)
{
    if (spanMs < hourMs)
        return Text::tr("%n min", "a duration", static_cast<int>(std::max<qint64>(1, spanMs / minuteMs)));
    if (spanMs < 2 * dayMs)
        return Text::tr("%n h", "a duration", static_cast<int>(spanMs / hourMs));
    return Text::tr("%n d", "a duration", static_cast<int>(spanMs / dayMs));
}

} // namespace gw
