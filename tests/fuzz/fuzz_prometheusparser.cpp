// PrometheusParser on arbitrary pages. The input is the response body as it is. Whatever the input,
// the page must hold only what the format allows: non-empty families with unique, valid names,
// samples that belong to their family, valid and distinct label names with UTF-8 values, problems
// on lines that exist, in line order and of bounded length, or a notPrometheus message alone.

#include "prometheusparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

bool isMetricName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        if (!alpha && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

bool isLabelName(QByteArrayView name)
{
    return isMetricName(name) && !name.contains(':') && name != "__name__";
}

bool isUtf8(const QByteArray &bytes)
{
    // A byte order mark inside a value is valid UTF-8 too, so it is decoded rather than skipped.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

// MetricPage's operator== says NaN != NaN; two parses must agree bit for bit instead.
bool samePage(const gw::MetricPage &a, const gw::MetricPage &b)
{
    if (a.notPrometheus != b.notPrometheus || a.problems != b.problems || a.families.size() != b.families.size())
        return false;
    for (qsizetype f = 0; f < a.families.size(); ++f) {
        const gw::MetricFamily &x = a.families[f];
        const gw::MetricFamily &y = b.families[f];
        if (x.name != y.name || x.type != y.type || x.help != y.help || x.samples.size() != y.samples.size())
            return false;
        for (qsizetype s = 0; s < x.samples.size(); ++s) {
            const gw::MetricSample &p = x.samples[s];
            const gw::MetricSample &q = y.samples[s];
            if (p.name != q.name || p.labels != q.labels || p.timestampMs != q.timestampMs
                || !sameValue(p.value, q.value))
                return false;
        }
    }
    return true;
}

bool belongs(const gw::MetricFamily &family, const QByteArray &name)
{
    if (name == family.name)
        return true;
    if (!name.startsWith(family.name))
        return false;
    const QByteArrayView suffix = QByteArrayView(name).sliced(family.name.size());
    if (family.type == gw::MetricType::Histogram)
        return suffix == "_bucket" || suffix == "_sum" || suffix == "_count";
    if (family.type == gw::MetricType::Summary)
        return suffix == "_sum" || suffix == "_count";
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const gw::MetricPage page = gw::PrometheusParser::parse(input);

    const qsizetype lines = input.count('\n') + (input.isEmpty() || input.endsWith('\n') ? 0 : 1);
    if (!page.notPrometheus.isEmpty()) {
        if (!page.families.isEmpty() || !page.problems.isEmpty())
            qFatal("notPrometheus together with families or problems");
        if (page.notPrometheus.size() > 200)
            qFatal("a notPrometheus message of %lld characters", static_cast<long long>(page.notPrometheus.size()));
    }

    QSet<QByteArray> familyNames;
    QHash<QByteArray, const char *> storage; // equal label names share one array
    qsizetype samples = 0;
    for (const gw::MetricFamily &family : page.families) {
        if (!isMetricName(family.name))
            qFatal("a family named '%s'", family.name.constData());
        if (familyNames.contains(family.name))
            qFatal("two families named '%s'", family.name.constData());
        familyNames.insert(family.name);
        if (family.samples.isEmpty())
            qFatal("family '%s' has no samples", family.name.constData());
        samples += family.samples.size();
        for (const gw::MetricSample &sample : family.samples) {
            if (!belongs(family, sample.name))
                qFatal("sample '%s' in family '%s'", sample.name.constData(), family.name.constData());
            QSet<QByteArray> labelNames;
            for (const auto &[name, value] : sample.labels) {
                if (!isLabelName(name))
                    qFatal("a label named '%s'", name.constData());
                if (labelNames.contains(name))
                    qFatal("label '%s' twice in one sample", name.constData());
                labelNames.insert(name);
                if (!isUtf8(value))
                    qFatal("a label value that is not UTF-8");
                const char *&first = storage[name];
                if (!first)
                    first = name.constData();
                else if (first != name.constData())
                    qFatal("label name '%s' stored twice", name.constData());
            }
        }
    }
    if (samples > lines)
        qFatal("%lld samples from %lld lines", static_cast<long long>(samples), static_cast<long long>(lines));

    if (page.problems.size() > 1001)
        qFatal("%lld problems, more than the cap", static_cast<long long>(page.problems.size()));
    int previousLine = 1;
    for (const gw::MetricProblem &problem : page.problems) {
        if (problem.line < previousLine || problem.line > lines)
            qFatal("a problem on line %d (previous %d, %lld lines)", problem.line, previousLine,
                   static_cast<long long>(lines));
        previousLine = problem.line;
        if (problem.message.isEmpty() || problem.message.size() > 300)
            qFatal("a problem message of %lld characters", static_cast<long long>(problem.message.size()));
        if (!problem.message.startsWith(QLatin1StringView("line "))
            && !problem.message.startsWith(QLatin1StringView("after line ")))
            qFatal("a problem message that does not say where: %s", qPrintable(problem.message));
    }

    // Deterministic: the same page reads the same way twice.
    if (!samePage(gw::PrometheusParser::parse(input), page))
        qFatal("two parses of one page differ");
    return 0;
}
