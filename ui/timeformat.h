#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace gw {

// Times as the charts show them, in the user's locale and local time zone, as precise as the
// range on screen needs: seconds below ten minutes, minutes below two days, then days and months.

// A QDateTimeAxis format for a visible range of `spanMs`.
QString axisTimeFormat(qint64 spanMs, const QLocale &locale = QLocale());
// One instant, for tooltips: seconds up to six hours, then minutes, with the date once the range
// spans days.
QString formatInstant(qint64 atMs, qint64 spanMs, const QLocale &locale = QLocale());
// A window such as "12:05 – 12:10" or "3 Mar 12:00 – 4 Mar 12:00".
QString formatWindow(qint64 fromMs, qint64 toMs, const QLocale &locale = QLocale());
// A duration in words for people: "15 min", "6 h", "7 d".
QString formatSpan(qint64 spanMs);

} // namespace gw
