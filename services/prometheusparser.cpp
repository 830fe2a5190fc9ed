#include "prometheusparser.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

// What is accepted follows Prometheus's own parser of this format (prometheus/common expfmt,
// text_parse.go), token for token: the same name and label grammar, the same escapes (\\ \" \n in
// label values, anything else rejected; \\ \n and \" in HELP), Go's ParseFloat for values and
// ParseInt for timestamps, TYPE before a family's first sample and only once, `_sum`/`_count`
// (and `_bucket`) joining a family already typed summary (or histogram), empty families dropped.
// Where it differs, on purpose:
//  - a bad line is reported and has no effect at all; reading goes on with the next line;
//  - CRLF line endings, a UTF-8 byte order mark and blanks after the value or timestamp are
//    accepted (the Prometheus server's scraper accepts trailing blanks too);
//  - histograms and summaries are checked (le / quantile parse, buckets ascending, +Inf present
//    and equal to _count); what is wrong is reported, the samples are kept;
//  - duplicate label names are an error for every label, le and quantile included.

namespace gw {
namespace {

constexpr const char *kContext = "gw::PrometheusParser";
// A garbage page of 10 MB must not turn into a million messages nobody reads.
constexpr qsizetype kMaxProblems = 1000;
constexpr qsizetype kMaxQuoted = 40;       // characters of a name or value quoted in a message
constexpr qsizetype kMaxLabelExcerpt = 60; // characters of a label set quoted in a message
constexpr qsizetype kMaxBodyExcerpt = 60;  // characters of a non-Prometheus body quoted
constexpr qsizetype kSniffBytes = 1024;

// ---- characters --------------------------------------------------------------------------------

enum CharClass : unsigned char {
    NameStart = 1,  // [a-zA-Z_:]
    NameChar = 2,   // [a-zA-Z0-9_:]
    LabelStart = 4, // [a-zA-Z_]
    LabelChar = 8,  // [a-zA-Z0-9_]
};

constexpr std::array<unsigned char, 256> kCharClass = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        unsigned char bits = 0;
        if (alpha || c == ':')
            bits |= NameStart | NameChar;
        if (digit)
            bits |= NameChar | LabelChar;
        if (alpha)
            bits |= LabelStart | LabelChar;
        table[static_cast<std::size_t>(c)] = bits;
    }
    return table;
}();

bool is(char c, CharClass charClass)
{
    return (kCharClass[static_cast<unsigned char>(c)] & charClass) != 0;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

const char *skipBlanks(const char *p, const char *end)
{
    while (p < end && isBlank(*p))
        ++p;
    return p;
}

const char *scanWhile(const char *p, const char *end, CharClass charClass)
{
    while (p < end && is(*p, charClass))
        ++p;
    return p;
}

const char *scanToken(const char *p, const char *end)
{
    while (p < end && !isBlank(*p))
        ++p;
    return p;
}

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lowerCase)
{
    if (text.size() != lowerCase.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lowerCase[i])
            return false;
    }
    return true;
}

// Strict UTF-8 as Go's utf8.ValidString: no overlong forms, surrogates or code points past U+10FFFF.
bool isValidUtf8(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const unsigned lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            continuation = 1;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            continuation = 2;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            continuation = 3;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (end - p <= continuation)
            return false;
        for (int i = 1; i <= continuation; ++i) {
            const unsigned byte = p[i];
            if ((byte & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (byte & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        p += continuation + 1;
    }
    return true;
}

// ---- numbers -----------------------------------------------------------------------------------

enum class NumberError { None, Syntax, Range };

struct Number
{
    double value = 0;
    NumberError error = NumberError::None;
};

// Go's strconv.ParseFloat(s, 64) as expfmt uses it: decimal with optional sign, fraction and
// exponent; "Inf"/"Infinity" with optional sign and "NaN", in any case; no hex, no underscores.
// Overflow is an error, underflow is zero.
Number parseFloat(QByteArrayView text)
{
    if (text.isEmpty())
        return {0, NumberError::Syntax};
    const char *p = text.data();
    const char *end = p + text.size();
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    // std::from_chars would read "-nan", "nan(…)" and a second sign too; Go reads none of those.
    if (p == end || !((*p >= '0' && *p <= '9') || *p == '.')) {
        const QByteArrayView word(p, end);
        if (equalsIgnoringCase(word, "inf") || equalsIgnoringCase(word, "infinity"))
            return {negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity()};
        if (word.size() == text.size() && equalsIgnoringCase(word, "nan"))
            return {std::numeric_limits<double>::quiet_NaN()};
        return {0, NumberError::Syntax};
    }
    double value = 0;
    const auto [ptr, error] = std::from_chars(p, end, value, std::chars_format::general);
    if (ptr != end)
        return {0, NumberError::Syntax};
    if (error == std::errc::result_out_of_range) {
        // Tell overflow from underflow by the decimal magnitude: the position of the first
        // significant digit relative to the point, plus the exponent.
        qint64 magnitude = 0;
        bool seenPoint = false;
        bool seenSignificant = false;
        const char *q = p;
        for (; q < end && *q != 'e' && *q != 'E'; ++q) {
            if (*q == '.') {
                seenPoint = true;
            } else if (!seenSignificant && *q == '0') {
                if (seenPoint)
                    --magnitude;
            } else if (!seenSignificant) {
                seenSignificant = true;
                if (!seenPoint)
                    ++magnitude;
            } else if (!seenPoint) {
                ++magnitude;
            }
        }
        qint64 exponent = 0;
        if (q < end) {
            ++q;
            const bool negativeExponent = *q == '-';
            if (*q == '+' || *q == '-')
                ++q;
            for (; q < end && exponent < 1'000'000'000; ++q)
                exponent = exponent * 10 + (*q - '0');
            if (negativeExponent)
                exponent = -exponent;
        }
        if (magnitude + exponent > 0)
            return {0, NumberError::Range};
        return {negative ? -0.0 : 0.0};
    }
    if (error != std::errc())
        return {0, NumberError::Syntax};
    return {negative ? -value : value};
}

// Go's strconv.ParseInt(s, 10, 64): optional sign, decimal digits, within 64 bits.
std::optional<qint64> parseTimestamp(QByteArrayView text, NumberError &error)
{
    const char *p = text.data();
    const char *end = p + text.size();
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        ++p;
    }
    if (p == end || *p < '0' || *p > '9') {
        error = NumberError::Syntax;
        return std::nullopt;
    }
    // Read the magnitude unsigned so that -9223372036854775808 fits.
    quint64 magnitude = 0;
    const auto [ptr, result] = std::from_chars(p, end, magnitude, 10);
    if (ptr != end) {
        error = NumberError::Syntax;
        return std::nullopt;
    }
    const quint64 limit =
        negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    if (result == std::errc::result_out_of_range || magnitude > limit) {
        error = NumberError::Range;
        return std::nullopt;
    }
    error = NumberError::None;
    if (negative)
        return magnitude == limit ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
    return qint64(magnitude);
}

// ---- messages ----------------------------------------------------------------------------------

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// A name, value or other piece of the page as it may appear in a message: control characters
// escaped, long text cut.
QString quoted(QByteArrayView bytes)
{
    const bool cut = bytes.size() > kMaxQuoted * 4;
    QString text = QString::fromUtf8(cut ? bytes.first(kMaxQuoted * 4) : bytes);
    QString result;
    result.reserve(std::min<qsizetype>(text.size(), kMaxQuoted) + 8);
    qsizetype shown = 0;
    for (const QChar c : std::as_const(text)) {
        if (!c.isLowSurrogate()) { // a character outside the BMP counts once and is never cut
            if (shown == kMaxQuoted)
                return result + u'…';
            ++shown;
        }
        if (c == u'\n') {
            result += u"\\n"_s;
        } else if (c == u'\t') {
            result += u"\\t"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            result += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        } else {
            result += c;
        }
    }
    return cut ? result + u'…' : result;
}

// What was found where something else was expected: "'x'", "byte 0x01" or "end of line".
QString found(const char *p, const char *end)
{
    if (p >= end)
        return translated(QT_TRANSLATE_NOOP("gw::PrometheusParser", "end of line"));
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c < 0x7f)
        return u"'%1'"_s.arg(QChar(char16_t(c)));
    return translated(QT_TRANSLATE_NOOP("gw::PrometheusParser", "byte 0x%1")).arg(uint(c), 2, 16, QChar(u'0'));
}

QString numberText(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

using Labels = QList<std::pair<QByteArray, QByteArray>>;

// {service="a",route="b"} with the le label left out, for naming one histogram series.
QString labelExcerpt(const Labels &labels, QByteArrayView skip)
{
    QByteArray text;
    for (const auto &[name, value] : labels) {
        if (name == skip)
            continue;
        text += text.isEmpty() ? '{' : ',';
        text += name;
        text += "=\"";
        for (const char c : value) {
            if (c == '\\' || c == '"')
                text += '\\';
            if (c == '\n')
                text += "\\n";
            else
                text += c;
        }
        text += '"';
        if (text.size() > kMaxLabelExcerpt * 4)
            break;
    }
    if (text.isEmpty())
        return {};
    text += '}';
    QString result = QString::fromUtf8(text);
    if (result.size() > kMaxLabelExcerpt) {
        qsizetype keep = kMaxLabelExcerpt - 1;
        if (result.at(keep - 1).isHighSurrogate())
            --keep;
        result = result.first(keep) + u"…}"_s;
    }
    return result;
}

// Arguments of problem messages, formatted only when the problem is listed.
struct Quote
{
    QByteArrayView bytes;
};

struct FoundAt
{
    const char *p;
    const char *end;
};

struct Count
{
    double value;
};

QString argumentText(Quote quote)
{
    return quoted(quote.bytes);
}

QString argumentText(FoundAt at)
{
    return found(at.p, at.end);
}

QString argumentText(Count count)
{
    return numberText(count.value);
}

// ---- interning ---------------------------------------------------------------------------------

constexpr quint32 kNone = std::numeric_limits<quint32>::max();

quint64 mix(quint64 x) // splitmix64's finaliser
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Names and values are short: eight bytes at a time through a strong mixer is fast, and the
// per-process seed keeps a page from being written to collide.
quint32 hashBytes(QByteArrayView bytes)
{
    static const quint64 seed = mix(QHashSeed::globalSeed());
    const char *p = bytes.data();
    std::size_t left = static_cast<std::size_t>(bytes.size());
    quint64 hash = seed ^ left;
    for (; left >= 8; left -= 8, p += 8) {
        quint64 chunk = 0;
        std::memcpy(&chunk, p, 8);
        hash = mix(hash ^ chunk);
    }
    quint64 tail = 0;
    if (left > 0)
        std::memcpy(&tail, p, left);
    hash = mix(hash ^ tail ^ 0x9e3779b97f4a7c15ULL);
    return static_cast<quint32>(hash ^ (hash >> 32));
}

// Open addressing from a hash to small ids, the keys themselves kept by the caller; linear probing,
// at most half full. Slots keep the hash, so most mismatches cost no key comparison and growing
// needs no key at all. (QHash compares keys on every probe: twice the cache misses here.)
class HashIndex
{
public:
    explicit HashIndex(std::size_t expected)
    {
        std::size_t capacity = 64;
        while (capacity < expected * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
    }

    template<typename Matches>
    quint32 find(quint32 hash, const Matches &matches) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.idPlusOne == 0)
                return kNone;
            if (slot.hash == hash && matches(slot.idPlusOne - 1))
                return slot.idPlusOne - 1;
        }
    }

    void insert(quint32 hash, quint32 id)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        place(hash, id);
        ++m_used;
    }

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 idPlusOne = 0; // 0: empty
    };

    void place(quint32 hash, quint32 id)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i].idPlusOne != 0)
            i = (i + 1) & mask;
        m_slots[i] = {hash, id + 1};
    }

    void grow()
    {
        const std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(m_slots.size() * 2));
        for (const Slot &slot : old) {
            if (slot.idPlusOne != 0)
                place(slot.hash, slot.idPlusOne - 1);
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

// Equal byte strings become one shared QByteArray; ids are small and stable, so labels can be
// compared by id.
class Interner
{
public:
    explicit Interner(std::size_t expected) : m_index(expected) { m_strings.reserve(expected); }

    quint32 find(QByteArrayView bytes) const
    {
        return m_index.find(hashBytes(bytes), [&](quint32 id) { return QByteArrayView(m_strings[id]) == bytes; });
    }

    quint32 intern(QByteArrayView bytes)
    {
        const quint32 hash = hashBytes(bytes);
        const quint32 found = m_index.find(hash, [&](quint32 id) { return QByteArrayView(m_strings[id]) == bytes; });
        if (found != kNone)
            return found;
        const auto id = static_cast<quint32>(m_strings.size());
        m_strings.push_back(bytes.toByteArray());
        m_index.insert(hash, id);
        return id;
    }

    // Consecutive lines mostly repeat the names and values of the line before (a histogram's
    // buckets, one route's status codes): `hint` is the id last seen in the same place, compared
    // before anything is hashed.
    quint32 intern(QByteArrayView bytes, quint32 &hint)
    {
        if (hint < m_strings.size() && QByteArrayView(m_strings[hint]) == bytes)
            return hint;
        hint = intern(bytes);
        return hint;
    }

    const QByteArray &at(quint32 id) const { return m_strings[id]; }
    std::size_t size() const { return m_strings.size(); }

private:
    std::vector<QByteArray> m_strings;
    HashIndex m_index;
};

// ---- the parser --------------------------------------------------------------------------------

// How a sample belongs to its family: as itself, or as a histogram's or summary's part.
enum class Role : unsigned char { Plain, Bucket, Sum, Count };

struct Resolution
{
    int family = -1;
    Role role = Role::Plain;
};

struct FamilyState
{
    MetricFamily family;
    bool typed = false;   // a TYPE line, or the first sample, fixed the type
    bool hasHelp = false; // a HELP line was read
    int lastSeries = -1;  // histograms: the series of the previous sample
};

// One series of a histogram: its samples without `le`.
struct HistogramSeries
{
    std::vector<quint32> key; // family, then (label name id, label value id) sorted by name id
    Labels labels;            // of its first sample, for messages
    QByteArray name;          // the histogram's name
    int firstLine = 0;
    int lastBucketLine = 0;
    bool haveBucket = false;
    double lastLe = 0;
    double lastCount = 0;
    quint32 lastLeText = 0;
    bool hasInf = false;
    double infCount = 0;
    int infLine = 0;
    bool hasCount = false;
    double count = 0;
    int countLine = 0;
};

struct SeriesName
{
    const HistogramSeries *series;
};

QString argumentText(SeriesName name)
{
    return quoted(name.series->name) + labelExcerpt(name.series->labels, "le");
}

struct LabelIds
{
    quint32 name;
    quint32 value;

    bool operator==(const LabelIds &) const = default;
};

class Parser
{
public:
    explicit Parser(qsizetype lineEstimate)
        : m_names(256), m_values(static_cast<std::size_t>(std::clamp<qsizetype>(lineEstimate / 8, 256, 1 << 16)))
    {
        m_le = m_names.intern("le");
        m_quantile = m_names.intern("quantile");
        m_reservedName = m_names.intern("__name__");
    }

    void parseLines(QByteArrayView text);
    MetricPage finish();
    int acceptedLines() const { return m_accepted; }

private:
    void parseLine(const char *p, const char *end);
    void parseComment(const char *p, const char *end);
    void parseSample(const char *p, const char *end);
    bool parseLabels(const char *&p, const char *end, QByteArrayView metric);
    bool readLabelValue(const char *&p, const char *end, QByteArrayView labelName, QByteArrayView &value);

    Resolution resolve(quint32 nameId);
    int createFamily(quint32 nameId);
    int familyNamed(QByteArrayView name) const;
    Labels labelList();
    void checkHistogram(FamilyState &state, Role role, const MetricSample &sample);
    void checkSummary(const MetricFamily &family, Role role, const MetricSample &sample);
    void finishHistograms();

    // A problem on the current line. The arguments are formatted only when the problem is listed:
    // a page of garbage costs no more than a page of samples.
    template<typename... Args>
    void problem(const char *message, const Args &...args)
    {
        if (m_problems.size() >= kMaxProblems) {
            ++m_unlisted;
            return;
        }
        addProblem(m_line, translated(message).arg(argumentText(args)...));
    }
    void addProblem(int line, const QString &message);

    Interner m_names; // metric and label names
    Interner m_values;
    quint32 m_le = 0;
    quint32 m_quantile = 0;
    quint32 m_reservedName = 0;

    std::vector<FamilyState> m_families;
    std::vector<int> m_familyOfName;   // by name id: the family of exactly that name, or -1
    std::vector<int> m_resolvedFamily; // by name id, -1 while unknown
    std::vector<Role> m_resolvedRole;

    std::vector<HistogramSeries> m_series;
    HashIndex m_seriesIndex{64};
    std::vector<LabelIds> m_pairScratch;
    std::vector<quint32> m_keyScratch;

    // The labels of the sample being read, and those of the previous sample with its list, which
    // the next sample shares when its labels are the same (_sum then _count, for one).
    std::vector<LabelIds> m_labelIds;
    quint32 m_metricNameHint = kNone;
    std::vector<quint32> m_labelNameHints; // by position in the label set
    std::vector<quint32> m_valueHints;     // by label name id
    std::vector<quint32> m_labelSeen;      // by label name id: the stamp of the last sample using it
    quint32 m_stamp = 0;                   // of the sample being read
    std::vector<LabelIds> m_previousIds;
    Labels m_previousLabels;
    bool m_havePrevious = false;
    std::string m_unescaped;

    QList<MetricProblem> m_problems;
    qsizetype m_unlisted = 0;
    int m_line = 0;
    int m_accepted = 0;
};

void Parser::addProblem(int line, const QString &message)
{
    const QString text = translated(QT_TRANSLATE_NOOP("gw::PrometheusParser", "line %1: %2"));
    m_problems.append({line, text.arg(QString::number(line), message)});
}

void Parser::parseLines(QByteArrayView text)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end) {
        ++m_line;
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        const char *lineEnd = newline ? newline : end;
        const char *contentEnd = lineEnd;
        if (contentEnd > p && contentEnd[-1] == '\r')
            --contentEnd;
        parseLine(p, contentEnd);
        p = newline ? newline + 1 : end;
    }
}

void Parser::parseLine(const char *p, const char *end)
{
    p = skipBlanks(p, end);
    if (p == end)
        return;
    if (*p == '#')
        parseComment(p + 1, end);
    else
        parseSample(p, end);
}

// "# HELP name text", "# TYPE name type"; any other comment is ignored. As in expfmt, the keyword
// is the first token after '#', so "#HELP" counts, and a HELP or TYPE with nothing after it is
// an ordinary comment.
void Parser::parseComment(const char *p, const char *end)
{
    p = skipBlanks(p, end);
    const char *keywordEnd = scanToken(p, end);
    const QByteArrayView keyword(p, keywordEnd);
    const bool help = keyword == "HELP";
    if ((!help && keyword != "TYPE") || keywordEnd == end)
        return;
    p = skipBlanks(keywordEnd, end);
    if (p == end)
        return;
    const char *nameEnd = is(*p, NameStart) ? scanWhile(p + 1, end, NameChar) : p;
    const QByteArrayView name(p, nameEnd);
    if (name.isEmpty()) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "expected a metric name after %1, found %2"), Quote{keyword},
                FoundAt{p, end});
        return;
    }
    if (nameEnd < end && !isBlank(*nameEnd)) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "unexpected %1 after metric name '%2' in a %3 line"),
                FoundAt{nameEnd, end}, Quote{name}, Quote{keyword});
        return;
    }
    p = skipBlanks(nameEnd, end);
    if (help && p == end)
        return; // "# HELP name" alone: expfmt sets no docstring either

    if (help) {
        // The docstring is the rest of the line, with \\ and \n (and, as expfmt also reads, \") escaped.
        std::string docstring;
        docstring.reserve(static_cast<std::size_t>(end - p));
        for (; p < end; ++p) {
            if (*p != '\\') {
                docstring += *p;
                continue;
            }
            if (p + 1 == end) {
                problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "HELP text of '%1' ends in a lone backslash"),
                        Quote{name});
                return;
            }
            const char escaped = *++p;
            if (escaped == '\\' || escaped == '"') {
                docstring += escaped;
            } else if (escaped == 'n') {
                docstring += '\n';
            } else {
                problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                          "invalid escape sequence '\\%1' in the HELP text of '%2'"),
                        Quote{QByteArrayView(p, 1)}, Quote{name});
                return;
            }
        }
        FamilyState &state = m_families[static_cast<std::size_t>(resolve(m_names.intern(name)).family)];
        if (state.hasHelp) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "second HELP line for '%1'"), Quote{state.family.name});
            return;
        }
        state.hasHelp = true;
        state.family.help = QString::fromUtf8(docstring);
        ++m_accepted;
        return;
    }

    const char *typeEnd = end;
    while (typeEnd > p && isBlank(typeEnd[-1]))
        --typeEnd;
    const QByteArrayView typeName(p, typeEnd);
    if (typeName.isEmpty()) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "TYPE line for '%1' names no type"), Quote{name});
        return;
    }
    MetricType type = MetricType::Untyped;
    if (equalsIgnoringCase(typeName, "counter")) {
        type = MetricType::Counter;
    } else if (equalsIgnoringCase(typeName, "gauge")) {
        type = MetricType::Gauge;
    } else if (equalsIgnoringCase(typeName, "histogram")) {
        type = MetricType::Histogram;
    } else if (equalsIgnoringCase(typeName, "summary")) {
        type = MetricType::Summary;
    } else if (!equalsIgnoringCase(typeName, "untyped")) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                  "unknown metric type '%1' for '%2' (expected counter, gauge, histogram, summary or "
                                  "untyped)"),
                Quote{typeName}, Quote{name});
        return;
    }
    FamilyState &state = m_families[static_cast<std::size_t>(resolve(m_names.intern(name)).family)];
    if (!state.family.samples.isEmpty()) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "TYPE line for '%1' comes after its first sample"),
                Quote{state.family.name});
        return;
    }
    if (state.typed) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "second TYPE line for '%1'"), Quote{state.family.name});
        return;
    }
    state.typed = true;
    state.family.type = type;
    ++m_accepted;
}

void Parser::parseSample(const char *p, const char *end)
{
    if (!is(*p, NameStart)) {
        if (*p == '{')
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "expected a metric name before %1"), FoundAt{p, end});
        else
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                      "expected a metric name (a letter, '_' or ':') at the start of the line, found "
                                      "%1"),
                    FoundAt{p, end});
        return;
    }
    const char *nameEnd = scanWhile(p + 1, end, NameChar);
    const QByteArrayView name(p, nameEnd);
    p = skipBlanks(nameEnd, end);
    m_labelIds.clear();
    ++m_stamp;
    if (p < end && *p == '{') {
        ++p;
        if (!parseLabels(p, end, name))
            return;
        p = skipBlanks(p, end);
    } else if (p < end && p == nameEnd) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "unexpected %1 after metric name '%2'"), FoundAt{p, end},
                Quote{name});
        return;
    }
    if (p == end) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "expected a value for '%1', found end of line"), Quote{name});
        return;
    }

    const char *valueEnd = scanToken(p, end);
    const QByteArrayView valueText(p, valueEnd);
    const Number value = parseFloat(valueText);
    if (value.error == NumberError::Range) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "value '%1' of '%2' is out of range"), Quote{valueText},
                Quote{name});
        return;
    }
    if (value.error != NumberError::None) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "expected a number as the value of '%1', found '%2'"),
                Quote{name}, Quote{valueText});
        return;
    }
    std::optional<qint64> timestamp;
    p = skipBlanks(valueEnd, end);
    if (p < end) {
        const char *timestampEnd = scanToken(p, end);
        const QByteArrayView timestampText(p, timestampEnd);
        NumberError error = NumberError::None;
        timestamp = parseTimestamp(timestampText, error);
        if (error == NumberError::Range) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "timestamp '%1' of '%2' is out of range"),
                    Quote{timestampText}, Quote{name});
            return;
        }
        if (error != NumberError::None) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                      "expected an integer timestamp in milliseconds after the value of '%1', found "
                                      "'%2'"),
                    Quote{name}, Quote{timestampText});
            return;
        }
        p = skipBlanks(timestampEnd, end);
        if (p < end) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "unexpected '%1' after the timestamp of '%2'"),
                    Quote{QByteArrayView(p, end)}, Quote{name});
            return;
        }
    }

    // The line is good: only now does it change anything.
    const quint32 nameId = m_names.intern(name, m_metricNameHint);
    const Resolution resolution = resolve(nameId);
    FamilyState &state = m_families[static_cast<std::size_t>(resolution.family)];
    state.typed = true;
    state.family.samples.append(MetricSample{m_names.at(nameId), labelList(), value.value, timestamp});
    ++m_accepted;
    const MetricSample &sample = state.family.samples.constLast();
    if (state.family.type == MetricType::Histogram)
        checkHistogram(state, resolution.role, sample);
    else if (state.family.type == MetricType::Summary)
        checkSummary(state.family, resolution.role, sample);
}

// From after '{' to after '}'; fills m_labelIds. Blanks are allowed around every token, and one
// trailing comma before '}'.
bool Parser::parseLabels(const char *&p, const char *end, QByteArrayView metric)
{
    for (;;) {
        p = skipBlanks(p, end);
        if (p < end && *p == '}') {
            ++p;
            return true;
        }
        if (p == end || !is(*p, LabelStart)) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                      "expected a label name or '}' in the labels of '%1', found %2"),
                    Quote{metric}, FoundAt{p, end});
            return false;
        }
        const char *nameEnd = scanWhile(p + 1, end, LabelChar);
        const QByteArrayView labelName(p, nameEnd);
        p = skipBlanks(nameEnd, end);
        if (p == end || *p != '=') {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "expected '=' after label name '%1', found %2"),
                    Quote{labelName}, FoundAt{p, end});
            return false;
        }
        p = skipBlanks(p + 1, end);
        if (p == end || *p != '"') {
            problem(
                QT_TRANSLATE_NOOP("gw::PrometheusParser", "expected '\"' to start the value of label '%1', found %2"),
                Quote{labelName}, FoundAt{p, end});
            return false;
        }
        ++p;
        QByteArrayView value;
        if (!readLabelValue(p, end, labelName, value))
            return false;
        const std::size_t position = m_labelIds.size();
        if (position >= m_labelNameHints.size())
            m_labelNameHints.resize(position + 1, kNone);
        const quint32 nameId = m_names.intern(labelName, m_labelNameHints[position]);
        if (nameId == m_reservedName) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "label name '%1' is reserved"), Quote{labelName});
            return false;
        }
        if (m_labelSeen.size() <= nameId)
            m_labelSeen.resize(m_names.size(), 0);
        if (m_labelSeen[nameId] == m_stamp) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "label '%1' appears twice in one sample of '%2'"),
                    Quote{labelName}, Quote{metric});
            return false;
        }
        m_labelSeen[nameId] = m_stamp;
        if (nameId >= m_valueHints.size())
            m_valueHints.resize(m_names.size(), kNone);
        m_labelIds.push_back({nameId, m_values.intern(value, m_valueHints[nameId])});
        p = skipBlanks(p, end);
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            return true;
        }
        problem(
            QT_TRANSLATE_NOOP("gw::PrometheusParser", "expected ',' or '}' after the value of label '%1', found %2"),
            Quote{labelName}, FoundAt{p, end});
        return false;
    }
}

// From after the opening quote to after the closing one. `value` views the page when nothing was
// escaped, otherwise m_unescaped.
bool Parser::readLabelValue(const char *&p, const char *end, QByteArrayView labelName, QByteArrayView &value)
{
    const char *start = p;
    unsigned char high = 0;
    while (p < end && *p != '"' && *p != '\\') {
        high |= static_cast<unsigned char>(*p);
        ++p;
    }
    if (p < end && *p == '"') {
        value = QByteArrayView(start, p);
        ++p;
    } else {
        m_unescaped.assign(start, p);
        for (;;) {
            if (p == end) {
                problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "the value of label '%1' has no closing '\"'"),
                        Quote{labelName});
                return false;
            }
            const char c = *p;
            if (c == '"') {
                ++p;
                break;
            }
            if (c != '\\') {
                high |= static_cast<unsigned char>(c);
                m_unescaped += c;
                ++p;
                continue;
            }
            if (p + 1 == end) {
                problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "the value of label '%1' has no closing '\"'"),
                        Quote{labelName});
                return false;
            }
            const char escaped = p[1];
            if (escaped == '\\' || escaped == '"') {
                m_unescaped += escaped;
            } else if (escaped == 'n') {
                m_unescaped += '\n';
            } else {
                problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                          "invalid escape sequence '\\%1' in the value of label '%2' (only \\\\, \\\" "
                                          "and \\n are allowed)"),
                        Quote{QByteArrayView(p + 1, 1)}, Quote{labelName});
                return false;
            }
            p += 2;
        }
        value = QByteArrayView(m_unescaped.data(), static_cast<qsizetype>(m_unescaped.size()));
    }
    if ((high & 0x80) != 0 && !isValidUtf8(value)) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "the value of label '%1' is not valid UTF-8"),
                Quote{labelName});
        return false;
    }
    return true;
}

Labels Parser::labelList()
{
    if (m_havePrevious && m_labelIds == m_previousIds)
        return m_previousLabels;
    Labels labels;
    labels.reserve(static_cast<qsizetype>(m_labelIds.size()));
    for (const LabelIds &ids : m_labelIds)
        labels.emplaceBack(m_names.at(ids.name), m_values.at(ids.value));
    m_previousIds = m_labelIds;
    m_previousLabels = labels;
    m_havePrevious = true;
    return labels;
}

int Parser::familyNamed(QByteArrayView name) const
{
    const quint32 id = m_names.find(name);
    return id < m_familyOfName.size() ? m_familyOfName[id] : -1;
}

int Parser::createFamily(quint32 nameId)
{
    const int index = static_cast<int>(m_families.size());
    FamilyState &state = m_families.emplace_back();
    state.family.name = m_names.at(nameId);
    if (m_familyOfName.size() <= nameId)
        m_familyOfName.resize(std::max<std::size_t>(m_names.size(), nameId + 1), -1);
    m_familyOfName[nameId] = index;
    return index;
}

// As expfmt's setOrCreateCurrentMF: the family of that exact name; else, for a name ending in
// _sum or _count, a summary without the suffix; else, for _sum, _count or _bucket, such a
// histogram; else a new family of this name. A name always resolves the way it did the first time
// (the only family a name can create carries that exact name), so the answer is kept per name id.
Resolution Parser::resolve(quint32 nameId)
{
    if (m_resolvedFamily.size() <= nameId) {
        m_resolvedFamily.resize(std::max<std::size_t>(m_names.size(), nameId + 1), -1);
        m_resolvedRole.resize(m_resolvedFamily.size(), Role::Plain);
    }
    if (m_resolvedFamily[nameId] >= 0)
        return {m_resolvedFamily[nameId], m_resolvedRole[nameId]};

    const QByteArrayView name(m_names.at(nameId));
    Resolution resolution;
    resolution.family = nameId < m_familyOfName.size() ? m_familyOfName[nameId] : -1;
    if (resolution.family < 0) {
        const auto typeOf = [this](int family) { return m_families[static_cast<std::size_t>(family)].family.type; };
        struct Suffix
        {
            QByteArrayView text;
            Role role;
        };
        for (const Suffix suffix : {Suffix{"_sum", Role::Sum}, Suffix{"_count", Role::Count}}) {
            if (name.size() > suffix.text.size() && name.endsWith(suffix.text)) {
                const int base = familyNamed(name.chopped(suffix.text.size()));
                if (base >= 0 && typeOf(base) == MetricType::Summary)
                    resolution = {base, suffix.role};
            }
        }
        if (resolution.family < 0) {
            for (const Suffix suffix :
                 {Suffix{"_sum", Role::Sum}, Suffix{"_count", Role::Count}, Suffix{"_bucket", Role::Bucket}}) {
                if (name.size() > suffix.text.size() && name.endsWith(suffix.text)) {
                    const int base = familyNamed(name.chopped(suffix.text.size()));
                    if (base >= 0 && typeOf(base) == MetricType::Histogram)
                        resolution = {base, suffix.role};
                }
            }
        }
        if (resolution.family < 0)
            resolution.family = createFamily(nameId);
    }
    m_resolvedFamily[nameId] = resolution.family;
    m_resolvedRole[nameId] = resolution.role;
    return resolution;
}

void Parser::checkHistogram(FamilyState &state, Role role, const MetricSample &sample)
{
    const MetricFamily &family = state.family;
    if (role == Role::Plain) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                  "sample '%1' of histogram '%2' is not a _bucket, _sum or _count sample"),
                Quote{sample.name}, Quote{family.name});
        return;
    }

    // The series: the family and every label but le, in an order that does not depend on the page.
    const LabelIds *le = nullptr;
    m_pairScratch.clear();
    for (const LabelIds &ids : m_labelIds) {
        if (ids.name == m_le)
            le = &ids;
        else
            m_pairScratch.push_back(ids);
    }
    std::sort(m_pairScratch.begin(), m_pairScratch.end(),
              [](const LabelIds &a, const LabelIds &b) { return a.name < b.name; });
    m_keyScratch.clear();
    m_keyScratch.push_back(static_cast<quint32>(&state - m_families.data()));
    for (const LabelIds &ids : m_pairScratch) {
        m_keyScratch.push_back(ids.name);
        m_keyScratch.push_back(ids.value);
    }
    int seriesIndex = state.lastSeries;
    if (seriesIndex < 0 || m_series[static_cast<std::size_t>(seriesIndex)].key != m_keyScratch) {
        const quint32 hash = hashBytes(QByteArrayView(reinterpret_cast<const char *>(m_keyScratch.data()),
                                                      static_cast<qsizetype>(m_keyScratch.size() * sizeof(quint32))));
        const quint32 found = m_seriesIndex.find(hash, [&](quint32 id) { return m_series[id].key == m_keyScratch; });
        if (found != kNone) {
            seriesIndex = static_cast<int>(found);
        } else {
            seriesIndex = static_cast<int>(m_series.size());
            HistogramSeries &series = m_series.emplace_back();
            series.key = m_keyScratch;
            series.labels = sample.labels;
            series.name = family.name;
            series.firstLine = m_line;
            m_seriesIndex.insert(hash, static_cast<quint32>(seriesIndex));
        }
        state.lastSeries = seriesIndex;
    }
    HistogramSeries &series = m_series[static_cast<std::size_t>(seriesIndex)];

    if (role == Role::Count) {
        series.hasCount = true;
        series.count = sample.value;
        series.countLine = m_line;
        return;
    }
    if (role != Role::Bucket)
        return;
    if (!le) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "bucket '%1' has no 'le' label"), Quote{sample.name});
        return;
    }
    const QByteArray &leText = m_values.at(le->value);
    const Number bound = parseFloat(leText);
    if (bound.error != NumberError::None) {
        problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "le=\"%1\" of '%2' is not a number"), Quote{leText},
                Quote{sample.name});
        return;
    }
    if (series.haveBucket) {
        if (!(bound.value > series.lastLe)) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                      "bucket le=\"%1\" of '%2' does not come after the previous bucket le=\"%3\" "
                                      "(buckets must ascend)"),
                    Quote{leText}, Quote{family.name}, Quote{m_values.at(series.lastLeText)});
        } else if (sample.value < series.lastCount) {
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                      "bucket le=\"%1\" of '%2' counts %3, fewer than the bucket before it (%4)"),
                    Quote{leText}, Quote{family.name}, Count{sample.value}, Count{series.lastCount});
        }
    }
    series.haveBucket = true;
    series.lastLe = bound.value;
    series.lastLeText = le->value;
    series.lastCount = sample.value;
    series.lastBucketLine = m_line;
    if (std::isinf(bound.value) && bound.value > 0) {
        series.hasInf = true;
        series.infCount = sample.value;
        series.infLine = m_line;
    }
}

void Parser::checkSummary(const MetricFamily &family, Role role, const MetricSample &sample)
{
    if (role != Role::Plain)
        return;
    for (const LabelIds &ids : m_labelIds) {
        if (ids.name != m_quantile)
            continue;
        const QByteArray &text = m_values.at(ids.value);
        if (parseFloat(text).error != NumberError::None)
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "quantile=\"%1\" of '%2' is not a number"), Quote{text},
                    Quote{family.name});
        return;
    }
    problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "sample '%1' of summary '%2' has no 'quantile' label"),
            Quote{sample.name}, Quote{family.name});
}

void Parser::finishHistograms()
{
    for (const HistogramSeries &series : m_series) {
        const SeriesName name{&series};
        if (!series.hasInf) {
            m_line = series.haveBucket ? series.lastBucketLine : series.firstLine;
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser", "histogram '%1' has no le=\"+Inf\" bucket"), name);
        } else if (series.hasCount && !(series.infCount == series.count)) {
            m_line = std::max(series.infLine, series.countLine);
            problem(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                      "histogram '%1' counts %2 in its le=\"+Inf\" bucket but %3 in _count"),
                    name, Count{series.infCount}, Count{series.count});
        }
    }
}

MetricPage Parser::finish()
{
    finishHistograms();
    MetricPage page;
    qsizetype kept = 0;
    for (const FamilyState &state : m_families)
        kept += state.family.samples.isEmpty() ? 0 : 1;
    page.families.reserve(kept);
    for (FamilyState &state : m_families) {
        if (state.family.samples.isEmpty())
            continue; // HELP or TYPE without samples, as expfmt drops them
        QList<MetricSample> &samples = state.family.samples;
        if (samples.capacity() - samples.size() > samples.size() / 8 + 4)
            samples.squeeze();
        page.families.append(std::move(state.family));
    }
    // Histogram problems are found at the end but belong to earlier lines.
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const MetricProblem &a, const MetricProblem &b) { return a.line < b.line; });
    if (m_unlisted > 0) {
        const int line = m_problems.constLast().line;
        const QString text = translated(QT_TRANSLATE_NOOP("gw::PrometheusParser", "after line %1: %2"));
        m_problems.append(
            {line, text.arg(QString::number(line),
                            QCoreApplication::translate(
                                kContext, "%n more problems not listed", nullptr,
                                static_cast<int>(std::min<qsizetype>(m_unlisted, std::numeric_limits<int>::max()))))});
    }
    page.problems = std::move(m_problems);
    return page;
}

// ---- bodies that are something else -----------------------------------------------------------

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

QByteArrayView withoutLeadingSpace(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    qsizetype i = 0;
    while (i < text.size() && isSpace(text[i]))
        ++i;
    return text.sliced(i);
}

QString textExcerpt(QByteArrayView text)
{
    QString excerpt = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), kMaxBodyExcerpt * 4)));
    for (QChar &c : excerpt) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    excerpt = excerpt.simplified();
    if (excerpt.size() > kMaxBodyExcerpt || text.size() > kMaxBodyExcerpt * 4)
        excerpt = excerpt.first(std::min<qsizetype>(excerpt.size(), kMaxBodyExcerpt)) + u'…';
    return excerpt;
}

QString hexExcerpt(QByteArrayView text)
{
    constexpr qsizetype shown = 16;
    QString hex = QString::fromLatin1(text.first(std::min(text.size(), shown)).toByteArray().toHex(' '));
    return text.size() > shown ? hex + u" …"_s : hex;
}

enum class BodyKind { Text, Gzip, Binary, NotUtf8 };

// Judged on the first KiB: compressed, a protobuf exposition or an image have control bytes;
// text in a legacy encoding is not valid UTF-8.
BodyKind sniff(QByteArrayView text)
{
    if (text.startsWith("\x1f\x8b"))
        return BodyKind::Gzip;
    QByteArrayView sample = text.first(std::min(text.size(), kSniffBytes));
    for (const char c : sample) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && !isSpace(c)) || byte == 0x7f)
            return BodyKind::Binary;
    }
    if (sample.size() < text.size()) {
        // A character cut in half by the end of the sample is not invalid.
        qsizetype cut = sample.size();
        for (int back = 0; back < 3 && cut > 0 && (static_cast<unsigned char>(sample[cut - 1]) & 0xC0) == 0x80; ++back)
            --cut;
        if (cut > 0 && static_cast<unsigned char>(sample[cut - 1]) >= 0xC0)
            --cut;
        sample = sample.first(cut);
    }
    return isValidUtf8(sample) ? BodyKind::Text : BodyKind::NotUtf8;
}

} // namespace

MetricPage PrometheusParser::parse(QByteArrayView text)
{
    const QByteArrayView start = withoutLeadingSpace(text);
    if (start.isEmpty())
        return {};
    const auto notPrometheus = [](const QString &message) {
        MetricPage page;
        page.notPrometheus = message;
        return page;
    };
    if (start.front() == '<') {
        const bool xml = start.size() >= 5 && equalsIgnoringCase(start.first(5), "<?xml")
                         && !start.first(std::min<qsizetype>(start.size(), 512)).contains("<html");
        return notPrometheus(
            (xml ? translated(QT_TRANSLATE_NOOP("gw::PrometheusParser", "the response is XML, not Prometheus text: %1"))
                 : translated(
                     QT_TRANSLATE_NOOP("gw::PrometheusParser", "the response is HTML, not Prometheus text: %1")))
                .arg(textExcerpt(start)));
    }
    if (start.front() == '{' || start.front() == '[') {
        return notPrometheus(
            translated(QT_TRANSLATE_NOOP("gw::PrometheusParser", "the response is JSON, not Prometheus text: %1"))
                .arg(textExcerpt(start)));
    }

    // Lines are about 100 bytes on real pages; the estimate only sizes the tables.
    Parser parser(text.size() / 100);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    parser.parseLines(text);
    // Only a body in which no line at all was Prometheus text is judged as a whole.
    if (parser.acceptedLines() == 0) {
        switch (sniff(text)) {
        case BodyKind::Text:
            break;
        case BodyKind::Gzip:
            return notPrometheus(translated(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                                              "the response is gzip-compressed, not Prometheus text "
                                                              "(first bytes %1)"))
                                     .arg(hexExcerpt(text)));
        case BodyKind::Binary:
            return notPrometheus(
                translated(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                             "the response is binary data, not Prometheus text (first bytes %1)"))
                    .arg(hexExcerpt(text)));
        case BodyKind::NotUtf8:
            return notPrometheus(
                translated(QT_TRANSLATE_NOOP("gw::PrometheusParser",
                                             "the response is not UTF-8 text, so not Prometheus text (first bytes %1)"))
                    .arg(hexExcerpt(text)));
        }
    }
    return parser.finish();
}

} // namespace gw
