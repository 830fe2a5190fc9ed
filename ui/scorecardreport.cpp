#include "scorecardreport.h"

#include "alertsmodel.h"
#include "axisscale.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::ScorecardReport)
};

constexpr qint64 minuteMs = 60'000;
constexpr int resolutionDpi = 300;
const QString fontFamily = u"DejaVu Sans"_s;

// The palette of the page: ink and rules in greys, one accent, and green/red only for a verdict.
namespace colour {
const QString ink = u"#1f2933"_s;
const QString muted = u"#5f6b7a"_s;
const QString accent = u"#1f4e79"_s;
const QString rule = u"#d5dbe3"_s;
const QString tileBg = u"#f4f6f9"_s;
const QString good = u"#1e7b34"_s;
const QString bad = u"#b42318"_s;
} // namespace colour

// Vertical space on every page for the running header and the footer, in millimetres.
constexpr double headerMm = 12;
constexpr double footerMm = 10;

// The report's typeface at `points`, without ligatures (Qt 6.4 has no font features to ask for
// that, but Latin text needs no shaping): "ﬁ" would reach the PDF's text as one character, and
// searching for or copying "configured" from it would fail.
QFont reportFont(double points)
{
    QFont font(fontFamily);
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

double mmToPixels(double mm)
{
    return mm / 25.4 * resolutionDpi;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// URLs in free text keep their scheme, host and path: a query or fragment may carry a token.
QString withoutUrlQueries(const QString &text)
{
    static const QRegularExpression urlPattern(
        u"(?:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)[^\\s<>\"']*[^\\s<>\"'.,;:!?)\\]]"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = urlPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).sliced(last, match.capturedStart() - last);
        const QUrl url(match.captured(), QUrl::TolerantMode);
        QString shown;
        if (url.isValid() && !url.scheme().isEmpty()) {
            shown = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
        } else {
            shown = match.captured();
            const qsizetype cut = shown.indexOf(QRegularExpression(u"[?#]"_s));
            if (cut >= 0)
                shown.truncate(cut);
        }
        result += shown;
        last = match.capturedEnd();
    }
    result += QStringView(text).sliced(last);
    return result;
}

// Text a person typed (names, labels, notes), ready for the page.
QString userText(const QString &text)
{
    return escaped(withoutUrlQueries(text));
}

int decimalsOf(double step)
{
    for (int decimals = 0; decimals < 4; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9)
            return decimals;
    }
    return 4;
}

// Formats numbers, money, times and durations in the report's locale and time zone.
class Formatter
{
public:
    Formatter(const QLocale &locale, const QTimeZone &zone) : m_locale(locale), m_zone(zone) {}

    const QLocale &locale() const { return m_locale; }
    const QTimeZone &zone() const { return m_zone; }

    // Figures with units never break across lines: their spaces do not break.
    QString percent(double value, int decimals) const
    {
        return together(Text::tr("%1 %", "percentage").arg(m_locale.toString(value, 'f', decimals)));
    }
    // A configured figure (a target, a weight) as written: 99.9, not 99.900.
    QString plain(double value) const
    {
        return m_locale.toString(std::round(value * 1e6) / 1e6, 'f', QLocale::FloatingPointShortest);
    }
    QString targetPercent(double value) const { return together(Text::tr("%1 %", "percentage").arg(plain(value))); }
    QString availability(double value) const { return percent(value, 3); }
    QString milliseconds(double value) const
    {
        return together(Text::tr("%1 ms", "milliseconds")
                            .arg(value < 10 ? m_locale.toString(value, 'f', 1)
                                            : m_locale.toString(static_cast<qint64>(std::llround(value)))));
    }
    QString score(double value) const { return m_locale.toString(value, 'f', 2); }
    QString integer(qint64 value) const { return m_locale.toString(value); }
    QString money(double amount, const QString &currency) const
    {
        return together(formatMoney(amount, currency, m_locale));
    }

    // "45 min", "1 h 15 min", "2 d 3 h"; "< 1 min" for a moment.
    QString minutes(double value) const { return together(duration(value)); }
    QString span(qint64 ms) const { return minutes(static_cast<double>(ms) / minuteMs); }

    QDateTime dateTime(qint64 ms) const { return QDateTime::fromMSecsSinceEpoch(ms, m_zone); }
    QString instant(qint64 ms) const { return m_locale.toString(dateTime(ms), QLocale::ShortFormat); }

    QString trend(double value) const
    {
        const double shown = std::round(value * 100) / 100;
        if (shown == 0)
            return together(Text::tr("±%1", "no change of the score").arg(m_locale.toString(0.0, 'f', 2)));
        const QString number = m_locale.toString(std::abs(shown), 'f', 2);
        if (shown > 0)
            return together(Text::tr("▲ %1%2", "score went up").arg(m_locale.positiveSign(), number));
        return together(Text::tr("▼ %1%2", "score went down").arg(m_locale.negativeSign(), number));
    }

private:
    static QString together(QString text) { return text.replace(u' ', QChar::Nbsp); }

    QString duration(double value) const
    {
        if (value <= 0)
            return Text::tr("%1 min", "a duration in minutes").arg(m_locale.toString(0));
        if (value < 1)
            return Text::tr("< %1 min", "a duration under a minute").arg(m_locale.toString(1));
        const qint64 total = std::llround(value);
        if (total < 60)
            return Text::tr("%1 min", "a duration in minutes").arg(m_locale.toString(total));
        if (total < 24 * 60) {
            if (total % 60 == 0)
                return Text::tr("%1 h", "a duration in hours").arg(m_locale.toString(total / 60));
            return Text::tr("%1 h %2 min", "a duration in hours and minutes")
                .arg(m_locale.toString(total / 60), m_locale.toString(total % 60));
        }
        const qint64 hours = (total + 30) / 60;
        if (hours % 24 == 0)
            return Text::tr("%1 d", "a duration in days").arg(m_locale.toString(hours / 24));
        return Text::tr("%1 d %2 h", "a duration in days and hours")
            .arg(m_locale.toString(hours / 24), m_locale.toString(hours % 24));
    }

    QLocale m_locale;
    QTimeZone m_zone;
};

QString colored(const QString &html, const QString &color, bool bold = false)
{
    return u"<span style=\"color:%1;%2\">%3</span>"_s.arg(color, bold ? u"font-weight:bold;"_s : QString(), html);
}

QString muted(const QString &html)
{
    return colored(html, colour::muted);
}

// `compact`: for a narrow column under an "SLA" heading, kept on one line.
QString slaText(const std::optional<bool> &met, bool hasTarget, bool compact = false)
{
    QString text;
    if (met)
        text = *met ? Text::tr("SLA met") : Text::tr("SLA missed");
    else if (hasTarget)
        text = Text::tr("no data");
    else
        text = compact ? Text::tr("no target", "no SLA target") : Text::tr("no SLA target");
    if (compact)
        text.replace(u' ', QChar::Nbsp);
    if (met)
        return *met ? colored(text, colour::good) : colored(text, colour::bad, true);
    return muted(text);
}

QString dash()
{
    return muted(u"–"_s);
}

QString criterionText(const QString &name)
{
    if (name == u"availability")
        return Text::tr("Availability");
    if (name == u"latency")
        return Text::tr("Latency (p95)");
    if (name == u"errors")
        return Text::tr("Errors");
    if (name == u"incidents")
        return Text::tr("Incidents");
    if (name == u"cost")
        return Text::tr("Cost");
    if (name == u"support")
        return Text::tr("Support");
    return escaped(name);
}

QString reasonText(Exclusion::Reason reason)
{
    switch (reason) {
    case Exclusion::Reason::Offline:
        return Text::tr("Offline", "the workstation was not monitoring");
    case Exclusion::Reason::Paused:
        return Text::tr("Paused", "monitoring was paused");
    case Exclusion::Reason::Maintenance:
        return Text::tr("Maintenance", "the vendor's announced maintenance");
    }
    return {};
}

QString impactText(const QString &impact)
{
    if (impact == u"none")
        return Text::tr("None", "incident impact");
    if (impact == u"minor")
        return Text::tr("Minor", "incident impact");
    if (impact == u"major")
        return Text::tr("Major", "incident impact");
    if (impact == u"critical")
        return Text::tr("Critical", "incident impact");
    return userText(impact);
}

// ---------------------------------------------------------------------------------------------
// Charts, painted as vector graphics on whatever painter lays out the document (the PDF's).

struct ChartSpec
{
    enum class Kind { Availability, Latency };

    Kind kind = Kind::Availability;
    QList<QPair<qint64, std::optional<double>>> points;
    std::optional<double> target;
    QSizeF size; // in the document's units: pixels of the PDF writer
};

constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartIndexProperty = QTextFormat::UserProperty + 1;

struct LegendItem
{
    enum class Mark { Box, Line, DashedLine, Dot };

    Mark mark = Mark::Box;
    QColor color;
    QString text;
};

struct ValueScale
{
    double low = 0;
    double high = 1;
    double step = 1;
    int decimals = 0;
};

// Availability axes end at 100 and start just below the lowest day (or the target): round steps,
// at most five of them, so that a dip to 99.5 % is visible against a 99.9 % target.
ValueScale availabilityScale(double lowest)
{
    static constexpr std::array steps{0.01, 0.02, 0.025, 0.05, 0.1,  0.2,  0.25, 0.5,
                                      1.0,  2.0,  2.5,   5.0,  10.0, 20.0, 25.0};
    lowest = std::clamp(lowest, 0.0, 100.0);
    const double span = std::max(100.0 - lowest, 0.01);
    const double padded = lowest - span * 0.1;
    for (const double step : steps) {
        const double low = std::max(0.0, std::floor(padded / step + 1e-9) * step);
        if ((100.0 - low) / step <= 5.0 + 1e-9)
            return {low, 100.0, step, decimalsOf(step)};
    }
    return {0, 100, 20, 0};
}

class ChartPainter
{
public:
    ChartPainter(QPainter *painter, const QRectF &rect, const Formatter &format)
        : m_painter(painter), m_rect(rect), m_format(format), m_pt(painter->device()->logicalDpiY() / 72.0),
          m_font(reportFont(6.5))
    {
        m_metrics = QFontMetricsF(m_font, painter->device());
    }

    void draw(const ChartSpec &spec)
    {
        m_painter->save();
        m_painter->setRenderHint(QPainter::Antialiasing);
        m_painter->setFont(m_font);
        if (spec.kind == ChartSpec::Kind::Availability)
            drawAvailability(spec);
        else
            drawLatency(spec);
        m_painter->restore();
    }

private:
    QPen pen(const QColor &color, double points, Qt::PenStyle style = Qt::SolidLine) const
    {
        QPen result(color, points * m_pt, style, Qt::FlatCap);
        if (style == Qt::CustomDashLine)
            result.setDashPattern({4, 3});
        return result;
    }

    // Lays out the plot area: the legend above, the value labels left, the day labels below.
    // The target's label goes right of the plot, level with its line: inside, it would hide the
    // tops of the bars or the legend.
    QRectF plotArea(const QStringList &valueLabels, const QString &targetLabel) const
    {
        double labelWidth = 0;
        for (const QString &label : valueLabels)
            labelWidth = std::max(labelWidth, m_metrics.horizontalAdvance(label));
        const double top = m_metrics.height() * 1.9;
        const double bottom = m_metrics.height() * 2.5;
        const double right = targetLabel.isEmpty() ? 2 * m_pt : m_metrics.horizontalAdvance(targetLabel) + 6 * m_pt;
        return m_rect.adjusted(labelWidth + 5 * m_pt, top, -right, -bottom);
    }

    double slotWidth(const QRectF &plot, qsizetype count) const
    {
        return plot.width() / static_cast<double>(std::max<qsizetype>(1, count));
    }

    void drawGrid(const QRectF &plot, const ValueScale &scale, const QStringList &labels)
    {
        const int ticks = static_cast<int>(std::lround((scale.high - scale.low) / scale.step));
        for (int i = 0; i <= ticks; ++i) {
            const double value = scale.low + i * scale.step;
            const double y = plot.bottom() - (value - scale.low) / (scale.high - scale.low) * plot.height();
            if (i > 0) {
                m_painter->setPen(pen(QColor(0xe3, 0xe7, 0xec), 0.5));
                m_painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            }
            m_painter->setPen(QColor(colour::muted));
            const QRectF box(m_rect.left(), y - m_metrics.height() / 2, plot.left() - m_rect.left() - 4 * m_pt,
                             m_metrics.height());
            m_painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, labels.value(i));
        }
    }

    void drawBaseline(const QRectF &plot)
    {
        m_painter->setPen(pen(QColor(0x9a, 0xa3, 0xad), 0.75));
        m_painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    }

    // Day numbers under the slots, sparse enough to read, with the month under the first label
    // and under every first of a month.
    void drawDays(const QRectF &plot, const QList<QPair<qint64, std::optional<double>>> &points)
    {
        const double slot = slotWidth(plot, points.size());
        const bool everyDay = points.size() <= 16;
        double lastRight = -1e9;
        bool monthShown = false;
        m_painter->setPen(QColor(colour::muted));
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QDate date = m_format.dateTime(points[i].first).date();
            const double x = plot.left() + slot * (static_cast<double>(i) + 0.5);
            m_painter->setPen(pen(QColor(0x9a, 0xa3, 0xad), 0.5));
            m_painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 2 * m_pt));
            const int day = date.day();
            if (!everyDay && day != 1 && day % 5 != 0)
                continue;
            const QString label = m_format.locale().toString(day);
            const double width = m_metrics.horizontalAdvance(label);
            if (x - width / 2 < lastRight + 3 * m_pt)
                continue;
            lastRight = x + width / 2;
            m_painter->setPen(QColor(colour::muted));
            const QRectF box(x - 40 * m_pt, plot.bottom() + 3 * m_pt, 80 * m_pt, m_metrics.height());
            m_painter->drawText(box, Qt::AlignHCenter | Qt::AlignTop, label);
            if (!monthShown || day == 1) {
                monthShown = true;
                const QString month = m_format.locale().standaloneMonthName(date.month(), QLocale::ShortFormat);
                m_painter->drawText(box.translated(0, m_metrics.height()), Qt::AlignHCenter | Qt::AlignTop, month);
            }
        }
    }

    void drawTarget(const QRectF &plot, double y, const QString &label)
    {
        m_painter->setPen(pen(QColor(0x33, 0x3d, 0x48), 0.8, Qt::CustomDashLine));
        m_painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right() + 2 * m_pt, y));
        const QRectF box(plot.right() + 4 * m_pt, y - m_metrics.height() / 2, m_rect.right() - plot.right() - 4 * m_pt,
                         m_metrics.height());
        m_painter->setPen(QColor(0x33, 0x3d, 0x48));
        m_painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    void drawLegend(const QList<LegendItem> &items)
    {
        double x = m_rect.right();
        const double y = m_rect.top() + m_metrics.height() * 0.5;
        const double markWidth = 10 * m_pt;
        // Right-aligned, in the order given.
        double total = 0;
        for (const LegendItem &item : items)
            total += markWidth + 3 * m_pt + m_metrics.horizontalAdvance(item.text) + 9 * m_pt;
        x -= total - 9 * m_pt;
        for (const LegendItem &item : items) {
            const QRectF mark(x, y, markWidth, m_metrics.height());
            const double mid = mark.center().y();
            switch (item.mark) {
            case LegendItem::Mark::Box:
                m_painter->fillRect(QRectF(x + 2 * m_pt, mid - 3 * m_pt, 6 * m_pt, 6 * m_pt), item.color);
                break;
            case LegendItem::Mark::Line:
            case LegendItem::Mark::DashedLine:
                m_painter->setPen(pen(item.color, item.mark == LegendItem::Mark::Line ? 1.2 : 0.8,
                                      item.mark == LegendItem::Mark::Line ? Qt::SolidLine : Qt::CustomDashLine));
                m_painter->drawLine(QPointF(x, mid), QPointF(x + markWidth, mid));
                break;
            case LegendItem::Mark::Dot:
                m_painter->setPen(Qt::NoPen);
                m_painter->setBrush(item.color);
                m_painter->drawEllipse(QPointF(x + markWidth / 2, mid), 1.8 * m_pt, 1.8 * m_pt);
                m_painter->setBrush(Qt::NoBrush);
                break;
            }
            x += markWidth + 3 * m_pt;
            m_painter->setPen(QColor(colour::ink));
            const double width = m_metrics.horizontalAdvance(item.text);
            m_painter->drawText(QRectF(x, y, width + m_pt, m_metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                item.text);
            x += width + 9 * m_pt;
        }
    }

    void drawEmpty()
    {
        m_painter->setPen(pen(QColor(colour::rule), 0.75));
        m_painter->drawRect(m_rect.adjusted(m_pt, m_pt, -m_pt, -m_pt));
        m_painter->setPen(QColor(colour::muted));
        m_painter->drawText(m_rect, Qt::AlignCenter, Text::tr("No data for this period"));
    }

    void drawAvailability(const ChartSpec &spec)
    {
        std::optional<double> lowestDay;
        for (const auto &[day, value] : spec.points) {
            if (value)
                lowestDay = std::min(lowestDay.value_or(*value), *value);
        }
        if (!lowestDay) {
            drawEmpty();
            return;
        }
        // Show at least twice what the target allows (one point without a target), so that a
        // spotless month does not zoom into hundredths of a percent.
        const double allowed = spec.target ? 2 * (100.0 - *spec.target) : 1.0;
        const double lowest = std::min({*lowestDay, spec.target.value_or(100.0), 100.0 - std::max(allowed, 0.1)});
        const ValueScale scale = availabilityScale(lowest);
        QStringList labels;
        for (double value = scale.low; value <= scale.high + scale.step / 2; value += scale.step)
            labels.append(m_format.percent(value, scale.decimals));
        const QString targetLabel =
            spec.target ? Text::tr("target %1").arg(m_format.targetPercent(*spec.target)) : QString();
        const QRectF plot = plotArea(labels, targetLabel);
        const auto yOf = [&](double value) {
            const double clamped = std::clamp(value, scale.low, scale.high);
            return plot.bottom() - (clamped - scale.low) / (scale.high - scale.low) * plot.height();
        };

        const QColor metColor(0x86, 0xa8, 0xcf);
        const QColor missedColor(colour::bad);
        const QColor noDataColor(0xec, 0xee, 0xf1);
        drawGrid(plot, scale, labels);
        const double slot = slotWidth(plot, spec.points.size());
        const double barWidth = std::max(slot * 0.68, 0.5 * m_pt);
        bool anyMissed = false;
        bool anyEmpty = false;
        for (qsizetype i = 0; i < spec.points.size(); ++i) {
            const double left = plot.left() + slot * static_cast<double>(i) + (slot - barWidth) / 2;
            const std::optional<double> &value = spec.points[i].second;
            if (!value) {
                anyEmpty = true;
                m_painter->fillRect(QRectF(left, plot.top(), barWidth, plot.height()), noDataColor);
                continue;
            }
            const bool missed = spec.target && *value < *spec.target;
            anyMissed = anyMissed || missed;
            const double top = std::min(yOf(*value), plot.bottom() - 0.6 * m_pt);
            m_painter->fillRect(QRectF(left, top, barWidth, plot.bottom() - top), missed ? missedColor : metColor);
        }
        drawBaseline(plot);
        if (spec.target)
            drawTarget(plot, yOf(*spec.target), targetLabel);
        drawDays(plot, spec.points);

        QList<LegendItem> legend;
        if (spec.target) {
            legend.append({LegendItem::Mark::Box, metColor, Text::tr("at or above target")});
            if (anyMissed)
                legend.append({LegendItem::Mark::Box, missedColor, Text::tr("below target")});
            legend.append({LegendItem::Mark::DashedLine, QColor(0x33, 0x3d, 0x48), Text::tr("SLA target")});
        } else {
            legend.append({LegendItem::Mark::Box, metColor, Text::tr("availability per day")});
        }
        if (anyEmpty)
            legend.append({LegendItem::Mark::Box, noDataColor.darker(110), Text::tr("no data")});
        drawLegend(legend);
    }

    void drawLatency(const ChartSpec &spec)
    {
        double highest = spec.target.value_or(0);
        bool any = false;
        for (const auto &[day, value] : spec.points) {
            if (value) {
                highest = std::max(highest, *value);
                any = true;
            }
        }
        if (!any) {
            drawEmpty();
            return;
        }
        const AxisScale axis = niceScale(highest);
        const ValueScale scale{0, axis.max, axis.step, axis.decimals};
        QStringList labels;
        for (int i = 0; i < axis.ticks; ++i) {
            labels.append(
                Text::tr("%1 ms", "milliseconds").arg(m_format.locale().toString(i * axis.step, 'f', axis.decimals)));
        }
        const QString targetLabel =
            spec.target ? Text::tr("target %1").arg(m_format.milliseconds(*spec.target)) : QString();
        const QRectF plot = plotArea(labels, targetLabel);
        const auto yOf = [&](double value) {
            return plot.bottom() - std::clamp(value, 0.0, scale.high) / scale.high * plot.height();
        };
        drawGrid(plot, scale, labels);
        drawBaseline(plot);
        if (spec.target)
            drawTarget(plot, yOf(*spec.target), targetLabel);

        const QColor lineColor(0x2f, 0x6d, 0xb5);
        const QColor overColor(colour::bad);
        const double slot = slotWidth(plot, spec.points.size());
        // One path per run of days with data: a day without any is a gap, not a line through it.
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < spec.points.size(); ++i) {
            const std::optional<double> &value = spec.points[i].second;
            if (!value) {
                drawing = false;
                continue;
            }
            const QPointF point(plot.left() + slot * (static_cast<double>(i) + 0.5), yOf(*value));
            if (drawing)
                path.lineTo(point);
            else
                path.moveTo(point);
            drawing = true;
        }
        m_painter->setPen(pen(lineColor, 1.2));
        m_painter->drawPath(path);
        m_painter->setPen(Qt::NoPen);
        bool anyOver = false;
        for (qsizetype i = 0; i < spec.points.size(); ++i) {
            const std::optional<double> &value = spec.points[i].second;
            if (!value)
                continue;
            const bool over = spec.target && *value > *spec.target;
            anyOver = anyOver || over;
            m_painter->setBrush(over ? overColor : lineColor);
            const QPointF point(plot.left() + slot * (static_cast<double>(i) + 0.5), yOf(*value));
            m_painter->drawEllipse(point, (over ? 2.0 : 1.5) * m_pt, (over ? 2.0 : 1.5) * m_pt);
        }
        m_painter->setBrush(Qt::NoBrush);
        drawDays(plot, spec.points);

        QList<LegendItem> legend{{LegendItem::Mark::Line, lineColor, Text::tr("p95 per day")}};
        if (anyOver)
            legend.append({LegendItem::Mark::Dot, overColor, Text::tr("above target")});
        if (spec.target)
            legend.append({LegendItem::Mark::DashedLine, QColor(0x33, 0x3d, 0x48), Text::tr("latency target")});
        drawLegend(legend);
    }

    QPainter *m_painter;
    QRectF m_rect;
    const Formatter &m_format;
    double m_pt; // device pixels per point
    QFont m_font;
    QFontMetricsF m_metrics{QFont()};
};

} // namespace

// The document's handler for charts: an inline object sized in the writer's pixels, drawn with the
// painter that lays out the page, so the PDF gets lines and text rather than a bitmap.
class ScorecardChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ScorecardChartObject)

public:
    explicit ScorecardChartObject(const Formatter &format, QObject *parent = nullptr)
        : QObject(parent), m_format(format)
    {}

    int add(ChartSpec spec)
    {
        m_charts.append(std::move(spec));
        return static_cast<int>(m_charts.size() - 1);
    }

    int count() const { return static_cast<int>(m_charts.size()); }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const ChartSpec *chart = find(format);
        return chart ? chart->size : QSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        if (const ChartSpec *chart = find(format))
            ChartPainter(painter, rect, m_format).draw(*chart);
    }

private:
    const ChartSpec *find(const QTextFormat &format) const
    {
        const int index = format.intProperty(chartIndexProperty);
        return index >= 0 && index < m_charts.size() ? &m_charts.at(index) : nullptr;
    }

    const Formatter &m_format;
    QList<ChartSpec> m_charts;
};

namespace {

// Marks where a chart goes in the HTML; replaced by the chart object once the HTML is parsed.
QString chartPlaceholder(int index)
{
    return QChar(0xE000) + u"chart%1"_s.arg(index) + QChar(0xE001);
}

QString vendorAnchor(qsizetype index)
{
    return u"vendor-%1"_s.arg(index);
}

// CSS lengths as the text layout reads them. It scales a "px" by the device's DPI over the primary
// screen's, which is 96 on most screens but not on all (and 100 without one): lengths are corrected
// to mean 1/96 inch, so that the report comes out the same whichever screen the application has.
class Lengths
{
public:
    explicit Lengths(QPaintDevice *device)
    {
        QTextDocument probe;
        probe.documentLayout()->setPaintDevice(device);
        probe.setDocumentMargin(0);
        const double without = probe.documentLayout()->documentSize().height();
        probe.setDocumentMargin(96);
        const double with = probe.documentLayout()->documentSize().height();
        const double laidOut = (with - without) / (2 * 96); // device pixels per "px"
        if (laidOut > 0)
            m_factor = device->logicalDpiY() / 96.0 / laidOut;
    }

    QString px(double value) const { return u"%1px"_s.arg(number(value)); }
    QString number(double value) const { return QString::number(std::round(value * m_factor * 100) / 100); }

private:
    double m_factor = 1;
};

QString styleSheet(const Lengths &l)
{
    return u"h1 { font-size: 17pt; font-weight: bold; color: #1f4e79; margin-top: 0px; margin-bottom: %1; }\n"
           u"h2 { font-size: 11pt; font-weight: bold; color: #1f4e79; margin-top: %2; margin-bottom: %3; }\n"
           u"h3 { font-size: 9pt; font-weight: bold; color: #1f2933; margin-top: %4; margin-bottom: %5; }\n"
           u"p { margin-top: 0px; margin-bottom: %6; }\n"
           u".subtitle { color: #5f6b7a; font-size: 9.5pt; margin-bottom: %7; }\n"
           u".note { color: #5f6b7a; font-size: 7pt; }\n"
           u".sub { color: #5f6b7a; font-size: 6.5pt; }\n"
           u".tilelabel { color: #5f6b7a; font-size: 7.5pt; }\n"
           u".tilevalue { font-size: 14pt; font-weight: bold; color: #1f2933; }\n"
           u"th { font-size: 7pt; font-weight: bold; color: #3b4653; background-color: #eef1f5; }\n"_s.arg(
               l.px(2), l.px(14), l.px(5), l.px(8), l.px(2), l.px(4), l.px(8));
}

// Tables with a shaded header row and hairlines between rows.
class Table
{
public:
    enum Align { Left, Right, Center };

    Table(const Lengths &lengths, QList<Align> aligns) : m_lengths(lengths), m_aligns(std::move(aligns)) {}

    // The table's width in percent of the page's.
    Table &setWidth(int percent)
    {
        m_width = percent;
        return *this;
    }
    // Cells from `column` on keep each line whole.
    Table &setNoWrapFrom(int column)
    {
        m_noWrapFrom = column;
        return *this;
    }
    // The cells' padding in CSS pixels.
    Table &setPadding(double pixels)
    {
        m_padding = pixels;
        return *this;
    }
    // The body's font size in points, when not the default.
    Table &setFontSize(double points)
    {
        m_fontSize = points;
        return *this;
    }

    Table &header(const QStringList &cells)
    {
        m_html += u"<thead><tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_html += u"<th %1 style=\"%2\">%3</th>"_s.arg(align(i), cellStyle(true), cells[i]);
        m_html += u"</tr></thead>"_s;
        return *this;
    }

    Table &row(const QStringList &cells, bool emphasised = false)
    {
        m_html += u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString content = emphasised ? u"<b>"_s + cells[i] + u"</b>"_s : cells[i];
            // Figures stay whole: Qt's line breaking would split "0.139 %" after the point.
            QString style = cellStyle(false);
            if ((m_noWrapFrom && i >= *m_noWrapFrom) || m_aligns.value(i, Left) == Right)
                style += u" white-space: nowrap;"_s;
            m_html += u"<td %1 style=\"%2\">%3</td>"_s.arg(align(i), style, content);
        }
        m_html += u"</tr>"_s;
        return *this;
    }

    QString html() const
    {
        return u"<table width=\"%1%\" cellspacing=\"0\" cellpadding=\"%2\" "
               u"style=\"border-collapse: collapse; margin-bottom: %3;\">"_s.arg(
                   QString::number(m_width), m_lengths.number(m_padding), m_lengths.px(4))
               + m_html + u"</table>"_s;
    }

private:
    QString align(qsizetype column) const
    {
        switch (m_aligns.value(column, Left)) {
        case Right:
            return u"align=\"right\""_s;
        case Center:
            return u"align=\"center\""_s;
        case Left:
            break;
        }
        return u"align=\"left\""_s;
    }

    QString cellStyle(bool head) const
    {
        QString style = u"vertical-align: top; border-bottom: %1 solid %2;"_s.arg(m_lengths.px(head ? 1 : 0.75),
                                                                                  head ? u"#b9c2cd"_s : colour::rule);
        // Inline: a style sheet's rule for td would win over it in the cell's spans.
        if (!head)
            style += u" font-size: %1pt;"_s.arg(m_fontSize);
        return style;
    }

    const Lengths &m_lengths;
    QList<Align> m_aligns;
    int m_width = 100;
    double m_padding = 4;
    double m_fontSize = 8.5;
    std::optional<int> m_noWrapFrom;
    QString m_html;
};

// Headline tiles: a label above a big figure above a line of context.
struct Tile
{
    QString label;
    QString value;
    QString context;
};

QString tiles(const Lengths &l, const QList<Tile> &items)
{
    QString html =
        u"<table width=\"100%\" cellspacing=\"%1\" cellpadding=\"%2\" style=\"margin-left: -%3;\"><tr>"_s.arg(
            l.number(6), l.number(7), l.px(6));
    const int width = items.isEmpty() ? 100 : static_cast<int>(100 / items.size());
    for (const Tile &tile : items) {
        html += u"<td width=\"%1%\" bgcolor=\"%2\" style=\"vertical-align: top;\">"_s.arg(width).arg(colour::tileBg);
        html += u"<span class=\"tilelabel\">%1</span><br/><span class=\"tilevalue\">%2</span><br/>"
                u"<span class=\"sub\">%3</span>"_s.arg(tile.label, tile.value,
                                                       tile.context.isEmpty() ? u"&nbsp;"_s : tile.context);
        html += u"</td>"_s;
    }
    html += u"</tr></table>"_s;
    return html;
}

class ReportBuilder
{
public:
    ReportBuilder(const ScorecardReport &report, ScorecardChartObject &charts, const Formatter &format,
                  const Lengths &lengths, double contentWidth)
        : m_report(report), m_charts(charts), m_format(format), m_lengths(lengths), m_contentWidth(contentWidth)
    {
        m_order.resize(report.vendors.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        // Worst first; vendors without a score (no data) after those with one.
        std::stable_sort(m_order.begin(), m_order.end(), [&](qsizetype a, qsizetype b) {
            const Scorecard &x = report.vendors[a].scorecard;
            const Scorecard &y = report.vendors[b].scorecard;
            if (x.score.has_value() != y.score.has_value())
                return x.score.has_value();
            if (x.score && *x.score != *y.score)
                return *x.score < *y.score;
            return QString::localeAwareCompare(name(x), name(y)) < 0;
        });
    }

    // The vendors in the order of the report.
    const QList<qsizetype> &order() const { return m_order; }

    QString html()
    {
        QString html = u"<html><body>"_s + summary();
        for (const qsizetype index : std::as_const(m_order))
            html += vendorPages(index);
        return html + u"</body></html>"_s;
    }

    static QString name(const Scorecard &card) { return card.vendorName.isEmpty() ? card.vendor : card.vendorName; }

private:
    QString summary() const
    {
        QString html;
        const QString title = m_report.title.isEmpty() ? Text::tr("Vendor scorecards") : userText(m_report.title);
        html += u"<h1 style=\"font-size: 22pt;\">%1</h1>"_s.arg(title);
        html += u"<p class=\"subtitle\" style=\"font-size: 13pt; color: #1f2933; margin-bottom: %1;\">%2</p>"_s.arg(
            m_lengths.px(2), escaped(scorecardPeriodText(m_report.period, m_report.zone, m_report.locale)));
        const QDateTime generated = m_format.dateTime(m_report.generatedAtMs);
        html += u"<p class=\"subtitle\">%1</p>"_s.arg(
            Text::tr("Generated on %1 at %2 (%3)", "date, time, time zone")
                .arg(m_report.locale.toString(generated.date(), QLocale::LongFormat),
                     m_report.locale.toString(generated.time(), QLocale::ShortFormat),
                     escaped(m_report.zone.abbreviation(generated))));

        if (m_report.vendors.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(Text::tr("No vendors in this report."));
            return html;
        }

        // At a glance: how many vendors, how many broke their promise, what we are owed.
        int missed = 0;
        int overBudget = 0;
        QMap<QString, double> credits; // currency -> amount
        for (const VendorReview &vendor : m_report.vendors) {
            const Scorecard &card = vendor.scorecard;
            if (card.slaMet == false)
                ++missed;
            if (card.overBudget == true)
                ++overBudget;
            if (card.creditAmount && *card.creditAmount > 0)
                credits[card.currency] += *card.creditAmount;
        }
        QStringList owed;
        for (auto it = credits.cbegin(); it != credits.cend(); ++it)
            owed.append(m_format.money(it.value(), it.key()));
        html += tiles(m_lengths, {
                                     {Text::tr("Vendors"), m_format.integer(m_report.vendors.size()), QString()},
                                     {Text::tr("SLA missed"), m_format.integer(missed),
                                      missed > 0 ? colored(Text::tr("credits may be claimed"), colour::bad)
                                                 : Text::tr("every target met")},
                                     {Text::tr("Credits owed"),
                                      owed.isEmpty() ? m_format.money(0, m_report.vendors.first().scorecard.currency)
                                                     : owed.join(u"<br/>"_s),
                                      Text::tr("for the period")},
                                     {Text::tr("Over budget"), m_format.integer(overBudget),
                                      Text::tr("of %1 vendors").arg(m_format.integer(m_report.vendors.size()))},
                                 });

        html += u"<h2>%1</h2>"_s.arg(Text::tr("Vendors at a glance"));
        // Eleven columns on a portrait page: a smaller size, and the layout sizes them by their
        // content (words are never split, figures never broken).
        Table table(m_lengths, {Table::Left, Table::Right, Table::Left, Table::Right, Table::Right, Table::Right,
                                Table::Right, Table::Right, Table::Right, Table::Right, Table::Right});
        table.setFontSize(7);
        table.setPadding(3);
        table.setNoWrapFrom(1);
        // What the second, smaller line of a cell shows.
        const auto withSub = [](const QString &head, const QString &sub) {
            return u"%1<br/><span class=\"sub\" style=\"font-weight: normal;\">%2</span>"_s.arg(head, sub);
        };
        table.header({Text::tr("Vendor"), withSub(Text::tr("Availability"), Text::tr("target")), Text::tr("SLA"),
                      Text::tr("Downtime"), Text::tr("Credit owed"), withSub(Text::tr("p95"), Text::tr("target")),
                      Text::tr("Errors"), withSub(Text::tr("Incidents"), Text::tr("MTTR")),
                      withSub(Text::tr("Cost"), Text::tr("budget")), withSub(Text::tr("Score"), Text::tr("trend"))});
        for (const qsizetype index : m_order) {
            const Scorecard &card = m_report.vendors[index].scorecard;
            // The figures never wrap; the layout gives the vendor's name what room is left.
            table.row({u"<b>%1</b>"_s.arg(userText(name(card))), availabilityCell(card),
                       slaText(card.slaMet, card.slaTargetPct.has_value(), true),
                       card.monitoredMs > 0 ? m_format.minutes(card.downMs / minuteMs) : dash(), creditCell(card),
                       latencyCell(card), card.errorRatePct ? m_format.percent(*card.errorRatePct, 2) : dash(),
                       u"%1<br/><span class=\"sub\">%2</span>"_s.arg(
                           m_format.integer(card.incidents), card.mttrMin ? m_format.minutes(*card.mttrMin) : dash()),
                       costCell(card), scoreCell(card)});
        }
        html += table.html();
        html += u"<p class=\"note\" style=\"margin-top: %1;\">%2</p>"_s.arg(
            m_lengths.px(6),
            Text::tr("Worst score first. Availability is measured over monitored time: time the workstation was "
                     "offline, monitoring was paused or the vendor announced maintenance counts neither for nor "
                     "against the vendor. The SLA is judged per calendar month against the contract; the credit "
                     "is the contract's tier for each month, in the cost's currency. The score runs from 0 to 5, "
                     "weighted over availability, latency, errors, incidents, cost and support; the trend "
                     "compares it with the previous period."));
        return html;
    }

    QString availabilityCell(const Scorecard &card) const
    {
        QString html = card.availabilityPct ? m_format.availability(*card.availabilityPct) : dash();
        if (card.slaTargetPct)
            html += u"<br/><span class=\"sub\">%1</span>"_s.arg(m_format.targetPercent(*card.slaTargetPct));
        return html;
    }

    QString creditCell(const Scorecard &card) const
    {
        if (!card.creditAmount)
            return card.creditPct ? m_format.percent(*card.creditPct, 1) : dash();
        const QString amount = m_format.money(*card.creditAmount, card.currency);
        return *card.creditAmount > 0 ? u"<b>%1</b>"_s.arg(amount) : amount;
    }

    QString latencyCell(const Scorecard &card) const
    {
        QString html = dash();
        if (card.p95Ms) {
            html = m_format.milliseconds(*card.p95Ms);
            if (card.p95Met == false)
                html = colored(html, colour::bad, true);
        }
        if (card.p95TargetMs)
            html += u"<br/><span class=\"sub\">%1</span>"_s.arg(m_format.milliseconds(*card.p95TargetMs));
        return html;
    }

    QString costCell(const Scorecard &card) const
    {
        if (!card.cost)
            return dash();
        QString html = m_format.money(*card.cost, card.currency);
        if (card.overBudget == true)
            html = colored(html, colour::bad, true);
        if (card.budget)
            html += u"<br/><span class=\"sub\">%1</span>"_s.arg(m_format.money(*card.budget, card.currency));
        return html;
    }

    QString trendHtml(const Scorecard &card) const
    {
        if (!card.trend)
            return Text::tr("no previous score");
        const double rounded = std::round(*card.trend * 100) / 100;
        const QString text = m_format.trend(*card.trend);
        if (rounded > 0)
            return colored(text, colour::good);
        if (rounded < 0)
            return colored(text, colour::bad);
        return text;
    }

    QString scoreCell(const Scorecard &card) const
    {
        if (!card.score)
            return dash();
        return u"<b>%1</b><br/><span class=\"sub\">%2</span>"_s.arg(m_format.score(*card.score),
                                                                    card.trend ? trendHtml(card) : dash());
    }

    // ---- one vendor -----------------------------------------------------------------------

    QString vendorPages(qsizetype index)
    {
        const VendorReview &vendor = m_report.vendors[index];
        const Scorecard &card = vendor.scorecard;
        QString html;

        // The first page: how the vendor performed and what it owes.
        html += u"<h1 style=\"page-break-before: always;\"><a name=\"%1\"></a>%2</h1>"_s.arg(vendorAnchor(index),
                                                                                             userText(name(card)));
        QStringList subtitle{Text::tr("Performance, availability and SLA credits")};
        if (!vendor.vendor.supportTier.isEmpty())
            subtitle.append(Text::tr("support tier %1").arg(userText(vendor.vendor.supportTier)));
        html += u"<p class=\"subtitle\">%1</p>"_s.arg(subtitle.join(u" · "_s));
        html += headline(vendor);
        html += keyFigures(card);

        html += u"<h2>%1</h2>"_s.arg(Text::tr("Daily availability"));
        html += chart(ChartSpec::Kind::Availability, vendor.dailyAvailability, card.slaTargetPct, 0.25);
        html += u"<h2>%1</h2>"_s.arg(Text::tr("Daily p95 latency"));
        html += chart(ChartSpec::Kind::Latency, vendor.dailyP95Ms, card.p95TargetMs, 0.22);
        html += creditClaim(vendor);
        html += excludedTime(card);

        // The second page: incidents, money, the score's parts and who to call.
        html += u"<h1 style=\"page-break-before: always;\">%1</h1>"_s.arg(userText(name(card)));
        html += u"<p class=\"subtitle\">%1</p>"_s.arg(Text::tr("Incidents, cost, score and contacts"));
        html += incidents(card);
        html += costSection(vendor);
        html += criteria(card);
        html += escalation(vendor.vendor);
        html += notes(vendor.notes());
        return html;
    }

    QString headline(const VendorReview &vendor) const
    {
        const Scorecard &card = vendor.scorecard;
        QString availabilityContext = slaText(card.slaMet, card.slaTargetPct.has_value());
        if (card.slaTargetPct)
            availabilityContext += u" · "_s + Text::tr("target %1").arg(m_format.targetPercent(*card.slaTargetPct));

        QString credit = dash();
        QString creditContext;
        if (vendor.vendor.contract.credits.isEmpty()) {
            creditContext = Text::tr("no credit terms in the contract");
        } else if (card.creditAmount) {
            credit = m_format.money(*card.creditAmount, card.currency);
            if (card.creditPct)
                creditContext = Text::tr("%1 of the fee").arg(m_format.percent(*card.creditPct, 1));
        } else if (card.creditPct) {
            credit = m_format.percent(*card.creditPct, 1);
            creditContext = Text::tr("of the fee");
        }

        QString latency = card.p95Ms ? m_format.milliseconds(*card.p95Ms) : dash();
        QString latencyContext;
        if (card.p95TargetMs) {
            latencyContext = Text::tr("target %1").arg(m_format.milliseconds(*card.p95TargetMs));
            if (card.p95Met)
                latencyContext = (*card.p95Met ? colored(Text::tr("met"), colour::good)
                                               : colored(Text::tr("missed"), colour::bad, true))
                                 + u" · "_s + latencyContext;
        }

        QString cost = card.cost ? m_format.money(*card.cost, card.currency) : dash();
        QString costContext;
        if (card.budget) {
            costContext = Text::tr("budget %1").arg(m_format.money(*card.budget, card.currency));
            if (card.overBudget == true)
                costContext = colored(Text::tr("over budget"), colour::bad, true) + u" · "_s + costContext;
        }

        QString score = dash();
        if (card.score)
            score = Text::tr("%1 / 5", "a score out of five").arg(m_format.score(*card.score));

        return tiles(m_lengths, {
                                    {Text::tr("Score"), score, trendHtml(card)},
                                    {Text::tr("Availability"),
                                     card.availabilityPct ? m_format.availability(*card.availabilityPct) : dash(),
                                     availabilityContext},
                                    {Text::tr("Credit owed"), credit, creditContext},
                                    {Text::tr("p95 latency"), latency, latencyContext},
                                    {Text::tr("Cost"), cost, costContext},
                                });
    }

    // The smaller figures, as label/value pairs in four columns.
    QString keyFigures(const Scorecard &card) const
    {
        const qint64 excludedMs = card.excludedOfflineMs + card.excludedPausedMs + card.excludedMaintenanceMs;
        QList<QPair<QString, QString>> figures{
            {Text::tr("Downtime"), card.monitoredMs > 0 ? m_format.minutes(card.downMs / minuteMs) : dash()},
            {Text::tr("Monitored"), m_format.span(card.monitoredMs)},
            {Text::tr("Excluded"), m_format.span(excludedMs)},
            {Text::tr("Error rate"), card.errorRatePct ? m_format.percent(*card.errorRatePct, 3) : dash()},
            {Text::tr("Rate-limited"), card.rateLimitedPct ? m_format.percent(*card.rateLimitedPct, 3) : dash()},
            {Text::tr("Alert incidents"), m_format.integer(card.incidents)},
            {Text::tr("Webhook delivery"),
             card.webhookDeliveryPct ? m_format.percent(*card.webhookDeliveryPct, 2) : dash()},
            {Text::tr("Quota headroom (min.)"),
             card.minQuotaHeadroomPct ? m_format.percent(*card.minQuotaHeadroomPct, 1) : dash()},
        };
        QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" style=\"margin-top: %2;\">"_s.arg(
            m_lengths.number(2.5), m_lengths.px(2));
        constexpr int columns = 4;
        for (qsizetype i = 0; i < figures.size(); i += columns) {
            html += u"<tr>"_s;
            for (qsizetype j = i; j < i + columns; ++j) {
                if (j < figures.size()) {
                    html += u"<td width=\"15%\"><span class=\"tilelabel\">%1</span></td>"
                            u"<td width=\"10%\" align=\"right\" style=\"padding-right: %2; white-space: nowrap;\">"
                            u"%3</td>"_s.arg(figures[j].first, m_lengths.px(16), figures[j].second);
                } else {
                    html += u"<td></td><td></td>"_s;
                }
            }
            html += u"</tr>"_s;
        }
        return html + u"</table>"_s;
    }

    QString chart(ChartSpec::Kind kind, const QList<QPair<qint64, std::optional<double>>> &points,
                  const std::optional<double> &target, double heightRatio)
    {
        ChartSpec spec;
        spec.kind = kind;
        spec.points = points;
        spec.target = target;
        spec.size = QSizeF(m_contentWidth, m_contentWidth * heightRatio);
        const int index = m_charts.add(std::move(spec));
        return u"<p style=\"margin-top: 0px; margin-bottom: 0px;\">%1</p>"_s.arg(chartPlaceholder(index));
    }

    // The deepest tier a month's availability fell under, as creditFor() picks it.
    static std::optional<CreditTier> tierReached(const VendorContract &contract, double availabilityPct)
    {
        std::optional<CreditTier> reached;
        for (const CreditTier &tier : contract.credits) {
            if (availabilityPct < tier.belowPct && (!reached || tier.belowPct < reached->belowPct))
                reached = tier;
        }
        return reached;
    }

    QString creditClaim(const VendorReview &vendor) const
    {
        const Scorecard &card = vendor.scorecard;
        const VendorContract &contract = vendor.vendor.contract;
        QString html = u"<h2>%1</h2>"_s.arg(Text::tr("SLA credit claim"));
        if (!card.slaTargetPct && contract.credits.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(muted(Text::tr("The contract sets no availability target and no credits.")));
            return html;
        }
        const bool hasFee = vendor.vendor.cost.has_value();
        const double fee = hasFee ? vendor.vendor.cost->monthlyFee : 0.0;
        Table table(m_lengths, {Table::Left, Table::Right, Table::Right, Table::Right, Table::Left, Table::Left,
                                Table::Right, Table::Right});
        table.header({Text::tr("Month"), Text::tr("Monitored"), Text::tr("Downtime"), Text::tr("Availability"),
                      Text::tr("SLA"), Text::tr("Tier reached"), Text::tr("Credit"), Text::tr("Amount")});
        for (const ScorecardMonth &month : card.monthly) {
            const QDate first = m_format.dateTime(month.period.fromMs).date();
            QString label = Text::tr("%1 %2", "month name, year")
                                .arg(m_report.locale.standaloneMonthName(first.month()), QString::number(first.year()));
            if (month.period != calendarMonth(first.year(), first.month(), m_report.zone))
                label += u"<br/><span class=\"sub\">%1</span>"_s.arg(Text::tr("part inside the period"));
            QString tier = dash();
            if (month.availabilityPct) {
                if (const std::optional<CreditTier> reached = tierReached(contract, *month.availabilityPct))
                    tier = Text::tr("below %1").arg(m_format.targetPercent(reached->belowPct));
                else
                    tier = muted(Text::tr("none"));
            }
            QString amount = dash();
            if (hasFee && month.creditPct)
                amount = m_format.money(*month.creditPct / 100.0 * fee * monthsIn(month.period, m_report.zone),
                                        card.currency);
            table.row({label, m_format.span(month.monitoredMs),
                       month.monitoredMs > 0 ? m_format.minutes(month.downMs / minuteMs) : dash(),
                       month.availabilityPct ? m_format.availability(*month.availabilityPct) : dash(),
                       slaText(month.slaMet, card.slaTargetPct.has_value()), tier,
                       month.creditPct ? m_format.percent(*month.creditPct, 1) : dash(), amount});
        }
        table.row({Text::tr("Period"), m_format.span(card.monitoredMs),
                   card.monitoredMs > 0 ? m_format.minutes(card.downMs / minuteMs) : dash(),
                   card.availabilityPct ? m_format.availability(*card.availabilityPct) : dash(),
                   slaText(card.slaMet, card.slaTargetPct.has_value()), QString(),
                   card.creditPct ? m_format.percent(*card.creditPct, 1) : dash(),
                   card.creditAmount ? m_format.money(*card.creditAmount, card.currency) : dash()},
                  true);
        html += table.html();

        QStringList terms;
        if (card.slaTargetPct)
            terms.append(Text::tr("Target %1 per calendar month.").arg(m_format.targetPercent(*card.slaTargetPct)));
        QStringList tiers;
        for (const CreditTier &tier : contract.credits) {
            tiers.append(Text::tr("below %1: %2 of the month's fee")
                             .arg(m_format.targetPercent(tier.belowPct), m_format.targetPercent(tier.creditPct)));
        }
        if (!tiers.isEmpty())
            terms.append(Text::tr("Credits: %1.").arg(tiers.join(u"; "_s)));
        if (hasFee)
            terms.append(Text::tr("Monthly fee %1.").arg(m_format.money(fee, card.currency)));
        html += u"<p class=\"note\">%1</p>"_s.arg(terms.join(u' '));
        return html;
    }

    QString excludedTime(const Scorecard &card) const
    {
        QString html = u"<h2>%1</h2>"_s.arg(Text::tr("Excluded time"));
        if (card.exclusions.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(muted(Text::tr("None: the whole period was monitored.")));
            return html;
        }
        html +=
            u"<p>%1</p>"_s.arg(Text::tr("Maintenance %1 · offline %2 · paused %3")
                                   .arg(m_format.span(card.excludedMaintenanceMs),
                                        m_format.span(card.excludedOfflineMs), m_format.span(card.excludedPausedMs)));
        Table table(m_lengths, {Table::Left, Table::Left, Table::Left, Table::Right, Table::Left});
        table.header({Text::tr("Reason"), Text::tr("From"), Text::tr("To"), Text::tr("Duration"), Text::tr("Label")});
        for (const Exclusion &exclusion : card.exclusions) {
            table.row({reasonText(exclusion.reason), m_format.instant(exclusion.fromMs),
                       m_format.instant(exclusion.toMs), m_format.span(exclusion.toMs - exclusion.fromMs),
                       exclusion.label.isEmpty() ? dash() : userText(exclusion.label)});
        }
        return html + table.html();
    }

    QString incidents(const Scorecard &card) const
    {
        QString html = u"<h2 style=\"margin-top: 0px;\">%1</h2>"_s.arg(Text::tr("Incidents"));
        QStringList summary{
            Text::tr("Alert incidents that started in the period: %1").arg(m_format.integer(card.incidents))};
        if (card.incidents > 0) {
            summary.append(Text::tr("mean time to acknowledge %1")
                               .arg(card.mttaMin ? m_format.minutes(*card.mttaMin) : Text::tr("none acknowledged")));
            summary.append(Text::tr("mean time to resolve %1")
                               .arg(card.mttrMin ? m_format.minutes(*card.mttrMin) : Text::tr("none resolved")));
        }
        html += u"<p>%1</p>"_s.arg(summary.join(u" · "_s));
        html += u"<h3>%1</h3>"_s.arg(Text::tr("Declared by the vendor"));
        if (card.declared.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(muted(Text::tr("The vendor declared no incidents in the period.")));
            return html;
        }
        Table table(m_lengths, {Table::Left, Table::Left, Table::Left, Table::Left, Table::Right});
        table.header(
            {Text::tr("Incident"), Text::tr("Impact"), Text::tr("Started"), Text::tr("Ended"), Text::tr("Duration")});
        for (const DeclaredIncident &incident : card.declared) {
            QString impact = impactText(incident.impact);
            if (incident.impact == u"major" || incident.impact == u"critical")
                impact = colored(impact, colour::bad);
            table.row({userText(incident.name), impact, m_format.instant(incident.startMs),
                       incident.endMs ? m_format.instant(*incident.endMs) : Text::tr("ongoing"),
                       incident.endMs ? m_format.span(*incident.endMs - incident.startMs) : dash()});
        }
        return html + table.html();
    }

    QString costSection(const VendorReview &vendor) const
    {
        const Scorecard &card = vendor.scorecard;
        QString html = u"<h2>%1</h2>"_s.arg(Text::tr("Cost against budget"));
        if (!card.cost) {
            html += u"<p>%1</p>"_s.arg(muted(Text::tr("No cost is configured for this vendor.")));
            return html;
        }
        const QString months = m_format.plain(std::round(card.months * 1000) / 1000);
        // "× 1" for a month, "× 3" for a quarter, "× 0.5" for half a month.
        const auto perMonth = [&](double amount) {
            return Text::tr("%1 a month × %2", "a monthly amount times the months of the period")
                .arg(m_format.money(amount, card.currency), months);
        };
        Table table(m_lengths, {Table::Left, Table::Right});
        table.header({QString(), Text::tr("Amount")});
        if (vendor.vendor.cost) {
            const double fees = vendor.vendor.cost->monthlyFee * card.months;
            table.row({Text::tr("Fees (%1)").arg(perMonth(vendor.vendor.cost->monthlyFee)),
                       m_format.money(fees, card.currency)});
            table.row({Text::tr("Usage beyond what is included"),
                       m_format.money(std::max(0.0, *card.cost - fees), card.currency)});
            for (const QString &line : scorecardUsageText(card, vendor.vendor.cost, m_format.locale()))
                table.row({u"<span class=\"sub\">%1</span>"_s.arg(line.toHtmlEscaped()), QString()});
        }
        table.row({Text::tr("Cost"), m_format.money(*card.cost, card.currency)}, true);
        if (card.budget) {
            const std::optional<double> monthly = vendor.vendor.cost ? vendor.vendor.cost->budget : std::nullopt;
            table.row({monthly ? Text::tr("Budget (%1)").arg(perMonth(*monthly)) : Text::tr("Budget"),
                       m_format.money(*card.budget, card.currency)});
            const double difference = *card.cost - *card.budget;
            const QString amount = m_format.money(std::abs(difference), card.currency);
            table.row({difference > 0 ? Text::tr("Over budget by") : Text::tr("Under budget by"),
                       difference > 0 ? colored(amount, colour::bad, true) : amount});
        }
        if (card.creditAmount && *card.creditAmount > 0) {
            table.row({Text::tr("SLA credit owed"), m_format.money(-*card.creditAmount, card.currency)});
            table.row(
                {Text::tr("Cost after the credit"), m_format.money(*card.cost - *card.creditAmount, card.currency)},
                true);
        }
        // Half the page's width: two columns stretched over all of it read badly.
        return html + table.setWidth(60).html();
    }

    QString criterionMeasure(const Scorecard &card, const QString &criterion) const
    {
        if (criterion == u"availability" && card.availabilityPct)
            return m_format.availability(*card.availabilityPct);
        if (criterion == u"latency" && card.p95Ms)
            return m_format.milliseconds(*card.p95Ms);
        if (criterion == u"errors" && card.errorRatePct)
            return m_format.percent(*card.errorRatePct, 3);
        if (criterion == u"incidents")
            return m_format.integer(card.incidents);
        if (criterion == u"cost" && card.cost)
            return m_format.money(*card.cost, card.currency);
        if (criterion == u"support" && card.supportRating)
            return Text::tr("rated %1 / 5").arg(m_format.integer(*card.supportRating));
        return QString();
    }

    QString criteria(const Scorecard &card) const
    {
        QString html = u"<h2>%1</h2>"_s.arg(Text::tr("Score"));
        Table table(m_lengths, {Table::Left, Table::Right, Table::Right, Table::Right, Table::Right, Table::Right});
        table.header({Text::tr("Criterion"), Text::tr("Measured"), Text::tr("Weight"), Text::tr("Share"),
                      Text::tr("Score (0–5)"), Text::tr("Contribution")});
        for (const Criterion &criterion : card.criteria) {
            if (!criterion.present()) {
                table.row({criterionText(criterion.name), muted(Text::tr("no data, left out")),
                           m_format.plain(criterion.weight), dash(), dash(), dash()});
                continue;
            }
            table.row({criterionText(criterion.name), criterionMeasure(card, criterion.name),
                       m_format.plain(criterion.weight), m_format.percent(criterion.share * 100, 1),
                       m_format.score(*criterion.score), m_format.score(criterion.contribution)});
        }
        table.row({Text::tr("Overall score"), QString(), QString(), QString(), QString(),
                   card.score ? m_format.score(*card.score) : dash()},
                  true);
        html += table.html();
        html += u"<p class=\"note\">%1 · %2</p>"_s.arg(
            Text::tr("Criteria without data are left out and the others' weights renormalised"),
            card.trend ? Text::tr("trend against the previous period: %1").arg(trendHtml(card)) : trendHtml(card));
        return html;
    }

    QString escalation(const VendorSpec &vendor) const
    {
        QString html = u"<h2>%1</h2>"_s.arg(Text::tr("Escalation matrix"));
        QStringList support;
        if (!vendor.supportTier.isEmpty())
            support.append(Text::tr("Support tier: %1").arg(userText(vendor.supportTier)));
        if (vendor.supportRating)
            support.append(Text::tr("our rating: %1 / 5").arg(m_format.integer(*vendor.supportRating)));
        if (!support.isEmpty())
            html += u"<p>%1</p>"_s.arg(support.join(u" · "_s));
        if (vendor.escalation.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(muted(Text::tr("No escalation contacts are configured.")));
            return html;
        }
        Table table(m_lengths, {Table::Left, Table::Left, Table::Left, Table::Right});
        table.header({Text::tr("Severity"), Text::tr("Contact"), Text::tr("Channel"), Text::tr("Respond within")});
        for (const EscalationStep &step : vendor.escalation) {
            table.row({severityText(step.severity), userText(step.contact), userText(step.channel),
                       step.respondWithin ? m_format.span(step.respondWithin->count()) : dash()});
        }
        return html + table.html();
    }

    QString notes(const QString &text) const
    {
        QString html = u"<h2>%1</h2>"_s.arg(Text::tr("Notes"));
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return html + u"<p>%1</p>"_s.arg(muted(Text::tr("No notes for this period.")));
        // Paragraphs at blank lines, line breaks kept within them.
        static const QRegularExpression blankLine(u"\\n\\s*\\n"_s);
        for (const QString &paragraph : trimmed.split(blankLine, Qt::SkipEmptyParts)) {
            QString body = userText(paragraph.trimmed());
            body.replace(u'\n', u"<br/>"_s);
            html += u"<p style=\"margin-bottom: %1;\">%2</p>"_s.arg(m_lengths.px(6), body);
        }
        return html;
    }

    const ScorecardReport &m_report;
    ScorecardChartObject &m_charts;
    const Formatter &m_format;
    const Lengths &m_lengths;
    double m_contentWidth;
    QList<qsizetype> m_order;
};

// Puts the chart objects where the placeholders are.
void insertCharts(QTextDocument &document, int count)
{
    for (int index = 0; index < count; ++index) {
        QTextCursor cursor = document.find(chartPlaceholder(index));
        if (cursor.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(chartObjectType);
        format.setProperty(chartIndexProperty, index);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

// The page each vendor's section starts on, from the anchors on their headings.
QHash<qsizetype, int> vendorStartPages(const QTextDocument &document, double pageHeight)
{
    QHash<qsizetype, int> pages;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList anchors = it.fragment().charFormat().anchorNames();
            for (const QString &anchor : anchors) {
                if (!anchor.startsWith(u"vendor-"))
                    continue;
                const int page = static_cast<int>(layout->blockBoundingRect(block).top() / pageHeight);
                pages.insert(QStringView(anchor).sliced(7).toLongLong(), page);
            }
        }
    }
    return pages;
}

QString writeError(const QString &path, const QString &reason)
{
    return Text::tr("Cannot write the scorecard report to %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QStringList scorecardUsageText(const Scorecard &card, const std::optional<VendorCost> &cost, const QLocale &locale)
{
    QStringList units;
    if (cost)
        units = QStringList(cost->included.keys()) + cost->overage.keys();
    units.removeDuplicates();
    units.sort();
    const auto unitName = [](const QString &unit) {
        if (unit == u"requests")
            return Text::tr("requests");
        if (unit == u"tokens")
            return Text::tr("tokens");
        if (unit == u"points")
            return Text::tr("points");
        if (unit == u"bytes")
            return Text::tr("bytes");
        return unit;
    };
    QStringList lines;
    for (const QString &unit : units) {
        const QString counted = locale.toString(std::round(card.usage.value(unit)), 'f', 0);
        const double included = cost->included.value(unit) * card.months;
        lines.append(included > 0 ? Text::tr("%1 %2 counted, %3 included")
                                        .arg(counted, unitName(unit), locale.toString(std::round(included), 'f', 0))
                                  : Text::tr("%1 %2 counted").arg(counted, unitName(unit)));
    }
    return lines;
}

QString scorecardPeriodText(const Period &period, const QTimeZone &zone, const QLocale &locale)
{
    if (period.isEmpty())
        return Text::tr("no period");
    const QDate first = QDateTime::fromMSecsSinceEpoch(period.fromMs, zone).date();
    const QString year = QString::number(first.year());
    if (period == calendarMonth(first.year(), first.month(), zone))
        return Text::tr("%1 %2", "month name, year").arg(locale.standaloneMonthName(first.month()), year);
    const int quarter = (first.month() - 1) / 3 + 1;
    if (period == calendarQuarter(first.year(), quarter, zone))
        return Text::tr("Q%1 %2", "quarter, year").arg(QString::number(quarter), year);
    const QDate last = QDateTime::fromMSecsSinceEpoch(period.toMs - 1, zone).date();
    if (first == last)
        return locale.toString(first, QLocale::LongFormat);
    return Text::tr("%1 – %2", "first and last day of a period")
        .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
}

QString writeScorecardPdf(const ScorecardReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());

    const Formatter format(report.locale, report.zone);
    const QString periodText = scorecardPeriodText(report.period, report.zone, report.locale);
    const QString title = report.title.isEmpty() ? Text::tr("Vendor scorecards") : report.title;

    QPdfWriter writer(&file);
    writer.setResolution(resolutionDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 10, 16, 10),
                                     QPageLayout::Millimeter));
    writer.setTitle(withoutUrlQueries(title));
    writer.setCreator(u"Gatewatch"_s);

    const double pageWidth = writer.width();
    const double pageHeight = writer.height();
    const double headerHeight = mmToPixels(headerMm);
    const double footerHeight = mmToPixels(footerMm);

    const QFont baseFont = reportFont(9);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(baseFont);
    // Words stay whole: a column too narrow for one grows rather than splitting it ("Downtim e").
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(wrapping);
    const Lengths lengths(&writer);
    document.setDefaultStyleSheet(styleSheet(lengths));
    ScorecardChartObject charts(format);
    document.documentLayout()->registerHandler(chartObjectType, &charts);

    ReportBuilder builder(report, charts, format, lengths, pageWidth);
    document.setHtml(builder.html());
    insertCharts(document, charts.count());

    // A page of the document is what is between the running header and the footer.
    document.setDocumentMargin(0);
    const double contentHeight = pageHeight - headerHeight - footerHeight;
    document.setPageSize(QSizeF(pageWidth, contentHeight));
    const int pageCount = document.pageCount();

    // Which vendor each page belongs to, for the running header.
    const QHash<qsizetype, int> starts = vendorStartPages(document, contentHeight);
    QList<qsizetype> pageVendor(pageCount, -1);
    for (const qsizetype index : builder.order()) {
        const int start = starts.value(index, -1);
        for (int page = std::max(start, 0); start >= 0 && page < pageCount; ++page)
            pageVendor[page] = index;
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return writeError(path, Text::tr("the PDF could not be started"));
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont smallFont = reportFont(7.5);
    QFont smallBold = smallFont;
    smallBold.setBold(true);
    const QFontMetricsF smallMetrics(smallFont, &writer);
    const double pt = resolutionDpi / 72.0;

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();

        painter.save();
        painter.translate(0, headerHeight - page * contentHeight);
        const QRectF view(0, page * contentHeight, pageWidth, contentHeight);
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, QColor(colour::ink));
        context.palette.setColor(QPalette::Link, QColor(colour::accent));
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Running header: whose pages these are, and the report's title.
        if (page > 0) {
            const double baseline = mmToPixels(5.5);
            const qsizetype vendor = pageVendor.value(page, -1);
            if (vendor >= 0) {
                painter.setFont(smallBold);
                painter.setPen(QColor(colour::ink));
                painter.drawText(QPointF(0, baseline),
                                 withoutUrlQueries(ReportBuilder::name(report.vendors[vendor].scorecard)));
            }
            painter.setFont(smallFont);
            painter.setPen(QColor(colour::muted));
            const QString right = withoutUrlQueries(title);
            painter.drawText(QPointF(pageWidth - smallMetrics.horizontalAdvance(right), baseline), right);
            painter.setPen(QPen(QColor(colour::rule), 0.6 * pt));
            painter.drawLine(QPointF(0, mmToPixels(7.5)), QPointF(pageWidth, mmToPixels(7.5)));
        }

        // Footer: the period on the left, the page on the right.
        const double footerTop = pageHeight - footerHeight + mmToPixels(4);
        painter.setPen(QPen(QColor(colour::rule), 0.6 * pt));
        painter.drawLine(QPointF(0, footerTop), QPointF(pageWidth, footerTop));
        painter.setFont(smallFont);
        painter.setPen(QColor(colour::muted));
        const double baseline = footerTop + 3 * pt + smallMetrics.ascent();
        painter.drawText(QPointF(0, baseline), Text::tr("Vendor scorecard · %1").arg(periodText));
        const QString pageText =
            Text::tr("Page %1 of %2").arg(report.locale.toString(page + 1), report.locale.toString(pageCount));
        painter.drawText(QPointF(pageWidth - smallMetrics.horizontalAdvance(pageText), baseline), pageText);
    }
    if (!painter.end())
        return writeError(path, Text::tr("the PDF could not be finished"));
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace gw

#include "scorecardreport.moc"
