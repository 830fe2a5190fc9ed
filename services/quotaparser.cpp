#include "quotaparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVarLengthArray>

#include <array>
#include <cmath>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

// Order of the readings in QuotaSignals::readings (tests rely on it): RateLimit drafts 08–11 in the
// order of the RateLimit field, draft-07, RateLimit-Limit/-Remaining/-Reset (drafts 00–06 or
// Klaviyo), X-RateLimit-* (or GitHub), Shopify REST, Shopify GraphQL, GA4 (members in alphabetical
// order, as QJsonObject keeps them), Stripe, and last the stand-in reading from Retry-After.

namespace gw {
namespace {

constexpr qsizetype kMaxReadings = 64;
// Structured-field lists longer than this are still validated, but their extra members are dropped:
// a 1 MiB header of "a," must not become half a million parsed members.
constexpr std::size_t kMaxMembers = 1024;
// RFC 9651 integers have at most 15 digits; no vendor counts anywhere near that.
constexpr double kMaxCount = 999'999'999'999'999.0;
// Resets or retries more than ten years away are broken servers, and would overflow time arithmetic.
constexpr double kMaxDelaySeconds = 10.0 * 366 * 86400;
// A reset "delta" above this is really an epoch timestamp (GitHub's x-ratelimit-reset); 1e9 s after
// the epoch is September 2001, far beyond any sensible delta.
constexpr double kEpochThreshold = 1e9;
constexpr double kMaxEpochSeconds = 253'402'300'799.0; // 9999-12-31T23:59:59Z
constexpr qsizetype kMaxNameInProblem = 40;

enum class Reason {
    NotANumber,
    Negative,
    OutOfRange,
    Malformed,
    NotAPolicyName,
    MissingRemaining,
    UnknownUnit,
    NotAnHttpDate,
    NotACallLimit,
    NotAnObject,
    NotAnArray,
    TooManyMembers,
};

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::NotANumber:
        return QCoreApplication::translate("gw::QuotaParser", "not a number");
    case Reason::Negative:
        return QCoreApplication::translate("gw::QuotaParser", "negative");
    case Reason::OutOfRange:
        return QCoreApplication::translate("gw::QuotaParser", "out of range");
    case Reason::Malformed:
        return QCoreApplication::translate("gw::QuotaParser", "not a valid structured field");
    case Reason::NotAPolicyName:
        return QCoreApplication::translate("gw::QuotaParser", "member is not a policy name");
    case Reason::MissingRemaining:
        return QCoreApplication::translate("gw::QuotaParser", "no remaining quota");
    case Reason::UnknownUnit:
        return QCoreApplication::translate("gw::QuotaParser", "unknown quota unit");
    case Reason::NotAnHttpDate:
        return QCoreApplication::translate("gw::QuotaParser", "neither seconds nor an HTTP date");
    case Reason::NotACallLimit:
        return QCoreApplication::translate("gw::QuotaParser", "not used/limit");
    case Reason::NotAnObject:
        return QCoreApplication::translate("gw::QuotaParser", "not an object");
    case Reason::NotAnArray:
        return QCoreApplication::translate("gw::QuotaParser", "not an array");
    case Reason::TooManyMembers:
        return QCoreApplication::translate("gw::QuotaParser", "too many members, the rest ignored");
    }
    return {};
}

// ---- header fields --------------------------------------------------------------------------

enum Field : std::size_t {
    RateLimit,
    RateLimitPolicy,
    RateLimitLimit,
    RateLimitRemaining,
    RateLimitReset,
    XRateLimitLimit,
    XRateLimitRemaining,
    XRateLimitReset,
    XRateLimitUsed,
    XRateLimitResource,
    RetryAfter,
    ShopifyCallLimit,
    StripeReason,
    Revision,
    ContentType,
    FieldCount,
};

// Also the names used in problem lines.
constexpr std::array<QByteArrayView, FieldCount> kFieldNames{
    QByteArrayView("RateLimit"),
    QByteArrayView("RateLimit-Policy"),
    QByteArrayView("RateLimit-Limit"),
    QByteArrayView("RateLimit-Remaining"),
    QByteArrayView("RateLimit-Reset"),
    QByteArrayView("X-RateLimit-Limit"),
    QByteArrayView("X-RateLimit-Remaining"),
    QByteArrayView("X-RateLimit-Reset"),
    QByteArrayView("X-RateLimit-Used"),
    QByteArrayView("X-RateLimit-Resource"),
    QByteArrayView("Retry-After"),
    QByteArrayView("X-Shopify-Shop-Api-Call-Limit"),
    QByteArrayView("Stripe-Rate-Limited-Reason"),
    QByteArrayView("Revision"),
    QByteArrayView("Content-Type"),
};

QString fieldName(Field field)
{
    return QString::fromLatin1(kFieldNames[field]);
}

// The fields we read, gathered in one pass. Repeated lines are joined with ", " exactly as
// QNetworkReply joins them, so list fields split over several lines read the same either way.
struct Headers
{
    std::array<QByteArray, FieldCount> values;
    std::array<bool, FieldCount> present{};

    bool has(Field field) const { return present[field]; }
    QByteArrayView value(Field field) const { return values[field]; }
};

Headers collectHeaders(const ResponseFacts &response)
{
    Headers headers;
    for (const auto &[name, value] : response.headers) {
        for (std::size_t field = 0; field < FieldCount; ++field) {
            const QByteArrayView known = kFieldNames[field];
            if (known.size() != name.size() || known.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (headers.present[field]) {
                headers.values[field].append(", ").append(value);
            } else {
                headers.values[field] = value; // shared, not copied
                headers.present[field] = true;
            }
            break;
        }
    }
    return headers;
}

// A single-valued field repeated (or joined by Qt) counts by its first value.
QByteArrayView firstMember(QByteArrayView value)
{
    const qsizetype comma = value.indexOf(',');
    return (comma < 0 ? value : value.first(comma)).trimmed();
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isLcAlpha(char c)
{
    return c >= 'a' && c <= 'z';
}

// A plain header number: digits with an optional fraction, no sign, no exponent.
struct Number
{
    double value = 0;
    std::optional<Reason> error;
};

Number parseNumber(QByteArrayView text)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && text.front() == '-') {
        negative = true;
        text = text.sliced(1);
    }
    qsizetype i = 0;
    double value = 0;
    while (i < text.size() && isDigit(text[i])) {
        value = value * 10 + (text[i] - '0');
        ++i;
    }
    if (i == 0)
        return {0, Reason::NotANumber};
    if (i < text.size() && text[i] == '.') {
        ++i;
        const qsizetype fractionStart = i;
        double scale = 0.1;
        while (i < text.size() && isDigit(text[i])) {
            value += (text[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == fractionStart)
            return {0, Reason::NotANumber};
    }
    if (i != text.size())
        return {0, Reason::NotANumber};
    if (negative && value > 0)
        return {0, Reason::Negative};
    if (!(value <= kMaxCount))
        return {0, Reason::OutOfRange};
    return {value, std::nullopt};
}

// ---- RFC 9651 structured fields ---------------------------------------------------------------

struct SfBare
{
    enum class Type { Integer, Decimal, String, Token, ByteSequence, Boolean, Date, DisplayString, InnerList };
    Type type = Type::Boolean;
    double number = 0;
    bool boolean = true;
    QByteArray string; // String only, unescaped

    bool isNumber() const { return type == Type::Integer || type == Type::Decimal; }
};

struct SfParam
{
    QByteArrayView key; // points into the field value
    SfBare value;
};

struct SfMember
{
    QByteArrayView key; // dictionaries only
    SfBare value;
    QVarLengthArray<SfParam, 4> params;

    // RFC 9651: a repeated parameter key overrides the earlier one.
    const SfBare *param(QByteArrayView name) const
    {
        for (auto it = params.crbegin(); it != params.crend(); ++it) {
            if (it->key == name)
                return &it->value;
        }
        return nullptr;
    }
};

using SfMembers = std::vector<SfMember>;

// Parses lists and dictionaries as RFC 9651 §4.2 says; any syntax error fails the whole field.
class SfParser
{
public:
    explicit SfParser(QByteArrayView input) : m_in(input.trimmed()) {}

    bool parseList(SfMembers &out)
    {
        while (!atEnd()) {
            SfMember member;
            if (!parseItemOrInnerList(member))
                return false;
            keep(out, std::move(member));
            if (!parseSeparator())
                return false;
        }
        return true;
    }

    bool parseDictionary(SfMembers &out)
    {
        while (!atEnd()) {
            SfMember member;
            if (!parseKey(member.key))
                return false;
            if (!atEnd() && peek() == '=') {
                ++m_pos;
                if (!parseItemOrInnerList(member))
                    return false;
            } else if (!parseParams(member.params)) {
                return false;
            }
            keep(out, std::move(member));
            if (!parseSeparator())
                return false;
        }
        return true;
    }

    std::size_t dropped() const { return m_dropped; }

private:
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return m_in[m_pos]; }

    void keep(SfMembers &out, SfMember &&member)
    {
        if (out.size() < kMaxMembers)
            out.push_back(std::move(member));
        else
            ++m_dropped;
    }

    void skipOws()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }

    // After a member: the end, or a comma followed by another member.
    bool parseSeparator()
    {
        skipOws();
        if (atEnd())
            return true;
        if (peek() != ',')
            return false;
        ++m_pos;
        skipOws();
        return !atEnd();
    }

    bool parseItemOrInnerList(SfMember &member)
    {
        if (!atEnd() && peek() == '(') {
            if (!parseInnerList())
                return false;
            member.value.type = SfBare::Type::InnerList;
        } else if (!parseBareItem(member.value)) {
            return false;
        }
        return parseParams(member.params);
    }

    // Nothing we read uses inner lists: validate and discard the members.
    bool parseInnerList()
    {
        ++m_pos;
        while (!atEnd()) {
            while (!atEnd() && peek() == ' ')
                ++m_pos;
            if (atEnd())
                return false;
            if (peek() == ')') {
                ++m_pos;
                return true;
            }
            SfBare item;
            QVarLengthArray<SfParam, 4> params;
            if (!parseBareItem(item) || !parseParams(params))
                return false;
            if (atEnd() || (peek() != ' ' && peek() != ')'))
                return false;
        }
        return false;
    }

    bool parseParams(QVarLengthArray<SfParam, 4> &params)
    {
        while (!atEnd() && peek() == ';') {
            ++m_pos;
            while (!atEnd() && peek() == ' ')
                ++m_pos;
            SfParam param;
            if (!parseKey(param.key))
                return false;
            if (!atEnd() && peek() == '=') {
                ++m_pos;
                if (!parseBareItem(param.value))
                    return false;
            }
            // Bounded like list members; a later duplicate key still wins within the bound.
            if (params.size() < 64)
                params.append(std::move(param));
        }
        return true;
    }

    bool parseKey(QByteArrayView &key)
    {
        if (atEnd() || !(isLcAlpha(peek()) || peek() == '*'))
            return false;
        const qsizetype start = m_pos++;
        while (!atEnd()) {
            const char c = peek();
            if (!(isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*'))
                break;
            ++m_pos;
        }
        key = m_in.sliced(start, m_pos - start);
        return true;
    }

    bool parseBareItem(SfBare &item)
    {
        if (atEnd())
            return false;
        const char c = peek();
        if (c == '-' || isDigit(c))
            return parseNumber(item);
        if (c == '"')
            return parseString(item);
        if (isAlpha(c) || c == '*')
            return parseToken(item);
        if (c == ':')
            return parseByteSequence(item);
        if (c == '?')
            return parseBoolean(item);
        if (c == '@') {
            ++m_pos;
            if (!parseNumber(item) || item.type != SfBare::Type::Integer)
                return false;
            item.type = SfBare::Type::Date;
            return true;
        }
        if (c == '%')
            return parseDisplayString(item);
        return false;
    }

    bool parseNumber(SfBare &item)
    {
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_pos;
        }
        if (atEnd() || !isDigit(peek()))
            return false;
        bool decimal = false;
        int integerDigits = 0;
        int fractionDigits = 0;
        double value = 0;
        double scale = 1;
        while (!atEnd()) {
            const char c = peek();
            if (isDigit(c)) {
                if (decimal) {
                    scale /= 10;
                    value += (c - '0') * scale;
                    if (++fractionDigits > 3)
                        return false;
                } else {
                    value = value * 10 + (c - '0');
                    if (++integerDigits > 15)
                        return false;
                }
            } else if (c == '.' && !decimal) {
                if (integerDigits > 12)
                    return false;
                decimal = true;
            } else {
                break;
            }
            ++m_pos;
        }
        if (decimal && fractionDigits == 0)
            return false;
        item.type = decimal ? SfBare::Type::Decimal : SfBare::Type::Integer;
        item.number = negative ? -value : value;
        return true;
    }

    bool parseString(SfBare &item)
    {
        ++m_pos;
        QByteArray text;
        while (!atEnd()) {
            char c = m_in[m_pos++];
            if (c == '\\') {
                if (atEnd())
                    return false;
                c = m_in[m_pos++];
                if (c != '"' && c != '\\')
                    return false;
            } else if (c == '"') {
                item.type = SfBare::Type::String;
                item.string = std::move(text);
                return true;
            } else if (c < 0x20 || c > 0x7e) {
                return false;
            }
            text.append(c);
        }
        return false;
    }

    bool parseToken(SfBare &item)
    {
        ++m_pos;
        while (!atEnd()) {
            const char c = peek();
            const bool tchar = isAlpha(c) || isDigit(c) || QByteArrayView("!#$%&'*+-.^_`|~:/").contains(c);
            if (!tchar)
                break;
            ++m_pos;
        }
        item.type = SfBare::Type::Token;
        return true;
    }

    bool parseByteSequence(SfBare &item)
    {
        ++m_pos;
        while (!atEnd()) {
            const char c = m_in[m_pos++];
            if (c == ':') {
                item.type = SfBare::Type::ByteSequence;
                return true;
            }
            if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '='))
                return false;
        }
        return false;
    }

    bool parseBoolean(SfBare &item)
    {
        ++m_pos;
        if (atEnd() || (peek() != '0' && peek() != '1'))
            return false;
        item.type = SfBare::Type::Boolean;
        item.boolean = peek() == '1';
        ++m_pos;
        return true;
    }

    bool parseDisplayString(SfBare &item)
    {
        ++m_pos;
        if (atEnd() || peek() != '"')
            return false;
        ++m_pos;
        const auto isLowerHex = [](char c) { return isDigit(c) || (c >= 'a' && c <= 'f'); };
        while (!atEnd()) {
            const char c = m_in[m_pos++];
            if (c == '"') {
                item.type = SfBare::Type::DisplayString;
                return true;
            }
            if (c < 0x20 || c > 0x7e)
                return false;
            if (c == '%') {
                if (m_pos + 2 > m_in.size() || !isLowerHex(m_in[m_pos]) || !isLowerHex(m_in[m_pos + 1]))
                    return false;
                m_pos += 2;
            }
        }
        return false;
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    std::size_t m_dropped = 0;
};

// ---- collecting the result ----------------------------------------------------------------------

class Collector
{
public:
    Collector(QuotaSignals &out, const QDateTime &now) : m_out(out), m_now(now.toUTC()) {}

    const QDateTime &now() const { return m_now; }
    bool hasReadings() const { return !m_out.readings.isEmpty(); }

    void problem(const QString &field, Reason reason) { m_out.problems.append(field + u": "_s + reasonText(reason)); }
    void problem(Field field, Reason reason) { problem(fieldName(field), reason); }

    void add(QuotaReading &&reading)
    {
        if (m_out.readings.size() < kMaxReadings)
            m_out.readings.append(std::move(reading));
        else
            ++m_dropped;
    }

    void finish()
    {
        if (m_dropped > 0) {
            m_out.problems.append(
                QCoreApplication::translate("gw::QuotaParser", "quotas: %1 beyond the first %2 ignored")
                    .arg(m_dropped)
                    .arg(kMaxReadings));
        }
    }

    QDateTime after(double seconds) const
    {
        return m_now.addMSecs(static_cast<qint64>(std::llround(seconds * 1000.0)));
    }

    // A reset given as delta seconds, or (implausibly large for a delta) as epoch seconds.
    template<typename Label>
    std::optional<QDateTime> resetAt(double value, const Label &label)
    {
        if (value <= kMaxDelaySeconds)
            return after(value);
        if (value > kEpochThreshold && value <= kMaxEpochSeconds)
            return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(value * 1000.0)), Qt::UTC);
        problem(label(), Reason::OutOfRange);
        return std::nullopt;
    }

private:
    QuotaSignals &m_out;
    QDateTime m_now;
    qsizetype m_dropped = 0;
};

QByteArrayView clipped(QByteArrayView text)
{
    return text.first(std::min(text.size(), kMaxNameInProblem));
}

QString quoted(const QByteArray &name)
{
    return u"\""_s + QString::fromLatin1(name.left(kMaxNameInProblem)) + u"\""_s;
}

// Labels for problem lines are callables, built only when a field is malformed: the common case
// should not allocate strings it never shows.
template<typename Label>
std::optional<double> sfCount(const SfBare *value, Collector &collector, const Label &label)
{
    if (!value->isNumber()) {
        collector.problem(label(), Reason::NotANumber);
        return std::nullopt;
    }
    if (value->number < 0) {
        collector.problem(label(), Reason::Negative);
        return std::nullopt;
    }
    return value->number;
}

template<typename Label>
std::optional<qint64> sfWindow(const SfBare *value, Collector &collector, const Label &label)
{
    const std::optional<double> window = sfCount(value, collector, label);
    if (!window)
        return std::nullopt;
    if (*window < 1 || *window > kMaxDelaySeconds) {
        collector.problem(label(), Reason::OutOfRange);
        return std::nullopt;
    }
    return static_cast<qint64>(*window);
}

bool parseSfList(const Headers &headers, Field field, Collector &collector, SfMembers &out)
{
    SfParser parser(headers.value(field));
    if (!parser.parseList(out)) {
        collector.problem(field, Reason::Malformed);
        out.clear();
        return false;
    }
    if (parser.dropped() > 0)
        collector.problem(field, Reason::TooManyMembers);
    return true;
}

// RateLimit-Policy holds named policies from draft 08 on (`"burst";q=100;w=60`) and unnamed
// `quota;w=window` items before (`100;w=10`).
struct NamedPolicy
{
    QByteArray name;
    std::optional<double> quota;
    std::optional<qint64> window;
    QuotaUnit unit = QuotaUnit::Requests;
};

struct UnnamedPolicy
{
    double quota = 0;
    std::optional<qint64> window;
};

struct Policies
{
    std::vector<NamedPolicy> named;
    std::vector<UnnamedPolicy> unnamed;

    std::optional<qint64> windowFor(std::optional<double> limit) const
    {
        if (!limit)
            return std::nullopt;
        for (const UnnamedPolicy &policy : unnamed) {
            if (policy.quota == *limit && policy.window)
                return policy.window;
        }
        return std::nullopt;
    }
};

void addUnnamedPolicy(const SfMember &member, Collector &collector, Field field, Policies &policies)
{
    UnnamedPolicy policy;
    policy.quota = member.value.number;
    if (const SfBare *w = member.param("w"))
        policy.window = sfWindow(w, collector, [field]() -> QString { return fieldName(field) + u" w"_s; });
    policies.unnamed.push_back(policy);
}

Policies readPolicies(const Headers &headers, Collector &collector)
{
    Policies policies;
    if (!headers.has(RateLimitPolicy))
        return policies;
    SfMembers members;
    if (!parseSfList(headers, RateLimitPolicy, collector, members))
        return policies;
    for (const SfMember &member : members) {
        if (member.value.isNumber() && member.value.number >= 0) {
            addUnnamedPolicy(member, collector, RateLimitPolicy, policies);
            continue;
        }
        if (member.value.type != SfBare::Type::String) {
            collector.problem(RateLimitPolicy, Reason::NotAPolicyName);
            continue;
        }
        NamedPolicy policy;
        policy.name = member.value.string;
        const auto label = [&policy](QStringView param) -> QString {
            return fieldName(RateLimitPolicy) + u' ' + quoted(policy.name) + u' ' + param;
        };
        if (const SfBare *q = member.param("q"))
            policy.quota = sfCount(q, collector, [&label]() -> QString { return label(u"q"); });
        if (const SfBare *w = member.param("w"))
            policy.window = sfWindow(w, collector, [&label]() -> QString { return label(u"w"); });
        if (const SfBare *qu = member.param("qu")) {
            const QByteArray unit = qu->type == SfBare::Type::String ? qu->string : QByteArray();
            if (unit == "requests")
                policy.unit = QuotaUnit::Requests;
            else if (unit == "content-bytes")
                policy.unit = QuotaUnit::Bytes;
            else if (unit == "concurrent-requests")
                policy.unit = QuotaUnit::Concurrent;
            else
                collector.problem(label(u"qu"), Reason::UnknownUnit);
        }
        policies.named.push_back(std::move(policy));
    }
    return policies;
}

// Drafts 08–11: `RateLimit: "burst";r=50;t=30`, keyed by the policy names of RateLimit-Policy.
void readStructuredRateLimit(const Headers &headers, const Policies &policies, Collector &collector)
{
    SfMembers members;
    if (!parseSfList(headers, RateLimit, collector, members))
        return;
    for (const SfMember &member : members) {
        if (member.value.type != SfBare::Type::String) {
            collector.problem(RateLimit, Reason::NotAPolicyName);
            continue;
        }
        const QByteArray &name = member.value.string;
        const auto label = [&name](QStringView param) -> QString {
            QString text = fieldName(RateLimit) + u' ' + quoted(name);
            return param.isEmpty() ? text : text + u' ' + param;
        };
        const SfBare *r = member.param("r");
        if (!r) {
            collector.problem(label({}), Reason::MissingRemaining);
            continue;
        }
        const std::optional<double> remaining = sfCount(r, collector, [&label]() -> QString { return label(u"r"); });
        if (!remaining)
            continue;
        QuotaReading reading;
        reading.policy = QString::fromLatin1(name);
        reading.remaining = *remaining;
        reading.source = QuotaSource::IetfRateLimit;
        if (const SfBare *t = member.param("t")) {
            const std::optional<double> seconds = sfCount(t, collector, [&label]() -> QString { return label(u"t"); });
            if (seconds && *seconds > kMaxDelaySeconds)
                collector.problem(label(u"t"), Reason::OutOfRange);
            else if (seconds)
                reading.resetAt = collector.after(*seconds);
        }
        for (const NamedPolicy &policy : policies.named) {
            if (policy.name == name) {
                reading.limit = policy.quota;
                reading.windowSeconds = policy.window;
                reading.unit = policy.unit;
                break;
            }
        }
        collector.add(std::move(reading));
    }
}

// Draft-07: `RateLimit: limit=100, remaining=50, reset=5`, windows in RateLimit-Policy: `100;w=10`.
void readDictionaryRateLimit(const Headers &headers, const Policies &policies, Collector &collector)
{
    SfMembers members;
    SfParser parser(headers.value(RateLimit));
    if (!parser.parseDictionary(members)) {
        collector.problem(RateLimit, Reason::Malformed);
        return;
    }
    const auto find = [&members](QByteArrayView key) -> const SfBare * {
        for (auto it = members.crbegin(); it != members.crend(); ++it) {
            if (it->key == key)
                return &it->value;
        }
        return nullptr;
    };
    const auto label = [](QStringView key) -> QString { return fieldName(RateLimit) + u' ' + key; };
    const SfBare *remainingValue = find("remaining");
    if (!remainingValue) {
        collector.problem(RateLimit, Reason::MissingRemaining);
        return;
    }
    const std::optional<double> remaining =
        sfCount(remainingValue, collector, [&label]() -> QString { return label(u"remaining"); });
    if (!remaining)
        return;
    QuotaReading reading;
    reading.remaining = *remaining;
    reading.source = QuotaSource::IetfRateLimit;
    if (const SfBare *limit = find("limit"))
        reading.limit = sfCount(limit, collector, [&label]() -> QString { return label(u"limit"); });
    if (const SfBare *reset = find("reset")) {
        if (const std::optional<double> seconds =
                sfCount(reset, collector, [&label]() -> QString { return label(u"reset"); }))
            reading.resetAt = collector.resetAt(*seconds, [&label]() -> QString { return label(u"reset"); });
    }
    reading.windowSeconds = policies.windowFor(reading.limit);
    collector.add(std::move(reading));
}

// The Limit/Remaining/Reset triple of drafts 00–06, X-RateLimit-* and GitHub. The limit may carry
// the early drafts' inline policies: `10, 10;w=1, 50;w=60` (current limit first).
struct TripleFields
{
    Field limit;
    Field remaining;
    Field reset;
};

std::optional<QuotaReading> readTriple(const Headers &headers, TripleFields fields, Policies policies,
                                       Collector &collector)
{
    if (!headers.has(fields.remaining))
        return std::nullopt;
    const Number remaining = parseNumber(firstMember(headers.value(fields.remaining)));
    if (remaining.error) {
        collector.problem(fields.remaining, *remaining.error);
        return std::nullopt;
    }
    QuotaReading reading;
    reading.remaining = remaining.value;
    if (headers.has(fields.limit)) {
        const QByteArrayView value = headers.value(fields.limit);
        if (value.contains(',') || value.contains(';')) {
            SfMembers members;
            if (parseSfList(headers, fields.limit, collector, members) && !members.empty()) {
                const SfMember &current = members.front();
                if (!current.value.isNumber())
                    collector.problem(fields.limit, Reason::NotANumber);
                else if (current.value.number < 0)
                    collector.problem(fields.limit, Reason::Negative);
                else
                    reading.limit = current.value.number;
                for (std::size_t i = 1; i < members.size(); ++i) {
                    if (members[i].value.isNumber() && members[i].value.number >= 0)
                        addUnnamedPolicy(members[i], collector, fields.limit, policies);
                }
            }
        } else {
            const Number limit = parseNumber(value);
            if (limit.error)
                collector.problem(fields.limit, *limit.error);
            else
                reading.limit = limit.value;
        }
    }
    if (headers.has(fields.reset)) {
        const Number reset = parseNumber(firstMember(headers.value(fields.reset)));
        if (reset.error)
            collector.problem(fields.reset, *reset.error);
        else
            reading.resetAt =
                collector.resetAt(reset.value, [&fields]() -> QString { return fieldName(fields.reset); });
    }
    reading.windowSeconds = policies.windowFor(reading.limit);
    return reading;
}

// ---- Retry-After ------------------------------------------------------------------------------

int monthFromName(QByteArrayView name)
{
    static constexpr std::array<QByteArrayView, 12> months{
        QByteArrayView("Jan"), QByteArrayView("Feb"), QByteArrayView("Mar"), QByteArrayView("Apr"),
        QByteArrayView("May"), QByteArrayView("Jun"), QByteArrayView("Jul"), QByteArrayView("Aug"),
        QByteArrayView("Sep"), QByteArrayView("Oct"), QByteArrayView("Nov"), QByteArrayView("Dec")};
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (months[i].compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

// Digits only, possibly with leading spaces (asctime pads the day with one).
std::optional<int> fixedNumber(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<QTime> clockTime(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    const std::optional<int> h = fixedNumber(text.sliced(0, 2));
    const std::optional<int> m = fixedNumber(text.sliced(3, 2));
    const std::optional<int> s = fixedNumber(text.sliced(6, 2));
    if (!h || !m || !s)
        return std::nullopt;
    const QTime time(*h, *m, *s);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

// What follows the date: nothing, or the next value when Qt joined repeated lines.
bool endsDate(QByteArrayView rest)
{
    rest = rest.trimmed();
    return rest.isEmpty() || rest.front() == ',';
}

// RFC 9110 §5.6.7: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete RFC 850
// "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994".
std::optional<QDateTime> parseHttpDate(QByteArrayView text, const QDateTime &now)
{
    text = text.trimmed();
    std::optional<int> day;
    std::optional<int> year;
    int month = 0;
    std::optional<QTime> time;
    const qsizetype comma = text.indexOf(',');
    if (comma > 0 && comma < 10) {
        const QByteArrayView rest = text.sliced(comma + 1).trimmed();
        if (rest.size() >= 24 && rest[2] == ' ' && rest[6] == ' ' && rest[11] == ' ' && rest[20] == ' '
            && rest.sliced(21, 3) == "GMT" && endsDate(rest.sliced(24))) {
            day = fixedNumber(rest.sliced(0, 2));
            month = monthFromName(rest.sliced(3, 3));
            year = fixedNumber(rest.sliced(7, 4));
            time = clockTime(rest.sliced(12, 8));
        } else if (rest.size() >= 22 && rest[2] == '-' && rest[6] == '-' && rest[9] == ' ' && rest[18] == ' '
                   && rest.sliced(19, 3) == "GMT" && endsDate(rest.sliced(22))) {
            day = fixedNumber(rest.sliced(0, 2));
            month = monthFromName(rest.sliced(3, 3));
            time = clockTime(rest.sliced(10, 8));
            // RFC 9110: a two-digit year more than 50 years ahead is in the previous century.
            if (const std::optional<int> yy = fixedNumber(rest.sliced(7, 2))) {
                const int thisYear = now.date().year();
                int candidate = thisYear - thisYear % 100 + *yy;
                if (candidate > thisYear + 50)
                    candidate -= 100;
                year = candidate;
            }
        }
    } else if (text.size() >= 24 && text[3] == ' ' && text[7] == ' ' && text[10] == ' ' && text[19] == ' '
               && endsDate(text.sliced(24))) {
        month = monthFromName(text.sliced(4, 3));
        day = fixedNumber(text.sliced(8, 2));
        time = clockTime(text.sliced(11, 8));
        year = fixedNumber(text.sliced(20, 4));
    }
    if (!day || !year || month == 0 || !time)
        return std::nullopt;
    const QDate date(*year, month, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC);
}

void readRetryAfter(const Headers &headers, QuotaSignals &out, Collector &collector)
{
    const QByteArrayView value = headers.value(RetryAfter).trimmed();
    if (!value.isEmpty() && (isDigit(value.front()) || value.front() == '-')) {
        const Number seconds = parseNumber(firstMember(value));
        if (seconds.error)
            collector.problem(RetryAfter, *seconds.error);
        else if (seconds.value > kMaxDelaySeconds)
            collector.problem(RetryAfter, Reason::OutOfRange);
        else
            out.retryAfterSeconds = seconds.value;
        return;
    }
    const std::optional<QDateTime> date = parseHttpDate(value, collector.now());
    if (!date) {
        collector.problem(RetryAfter, Reason::NotAnHttpDate);
        return;
    }
    const double seconds = static_cast<double>(collector.now().msecsTo(*date)) / 1000.0;
    if (seconds > kMaxDelaySeconds)
        collector.problem(RetryAfter, Reason::OutOfRange);
    else
        out.retryAfterSeconds = std::max(0.0, seconds);
}

// ---- Shopify REST -------------------------------------------------------------------------------

void readShopifyCallLimit(const Headers &headers, Collector &collector)
{
    const QByteArrayView value = firstMember(headers.value(ShopifyCallLimit));
    const qsizetype slash = value.indexOf('/');
    if (slash < 0) {
        collector.problem(ShopifyCallLimit, Reason::NotACallLimit);
        return;
    }
    const Number used = parseNumber(value.first(slash));
    const Number limit = parseNumber(value.sliced(slash + 1));
    if (used.error || limit.error) {
        collector.problem(ShopifyCallLimit, used.error ? *used.error : *limit.error);
        return;
    }
    QuotaReading reading;
    reading.limit = limit.value;
    reading.used = used.value;
    reading.remaining = std::max(0.0, limit.value - used.value);
    // The header gives no leak rate, but every REST bucket drains in 20 s: 40 at 2/s (standard),
    // 80 at 4/s (Advanced), 400 at 20/s (Plus). Without it a full bucket would look like it empties.
    reading.restorePerSecond = limit.value / 20.0;
    reading.source = QuotaSource::ShopifyRest;
    collector.add(std::move(reading));
}

// ---- JSON bodies --------------------------------------------------------------------------------

struct BodySignals
{
    bool shopifyThrottled = false;
    bool slackRateLimited = false;
    bool stripeRateLimitError = false;
    bool stripeLockTimeout = false;
    bool googleExhausted = false;
    QString problemReason; // from application/problem+json
};

// A JSON count; `absentIsZero` for protobuf-JSON (GA4), which omits zero values.
template<typename Label>
std::optional<double> jsonCount(const QJsonValue &value, bool absentIsZero, Collector &collector, const Label &label)
{
    if (value.isUndefined() && absentIsZero)
        return 0.0;
    if (!value.isDouble()) {
        collector.problem(label(), Reason::NotANumber);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < 0) {
        collector.problem(label(), Reason::Negative);
        return std::nullopt;
    }
    if (!(number <= kMaxCount)) {
        collector.problem(label(), Reason::OutOfRange);
        return std::nullopt;
    }
    return number;
}

void readShopifyGraphql(const QJsonObject &root, Collector &collector, BodySignals &body)
{
    const QJsonValue extensions = root.value(u"extensions"_s);
    const QJsonValue cost = extensions.toObject().value(u"cost"_s);
    const QJsonValue errors = root.value(u"errors"_s);
    if (errors.isArray()) {
        for (const QJsonValue &error : errors.toArray()) {
            const QJsonObject object = error.toObject();
            // Older responses carry only the message (shopify.dev community example, 2020).
            if (object.value(u"extensions"_s).toObject().value(u"code"_s).toString() == u"THROTTLED"
                || (cost.isObject() && object.value(u"message"_s).toString() == u"Throttled")) {
                body.shopifyThrottled = true;
                break;
            }
        }
    }
    if (!cost.isObject())
        return;
    const QJsonValue status = cost.toObject().value(u"throttleStatus"_s);
    const QString prefix = u"extensions.cost.throttleStatus"_s;
    if (!status.isObject()) {
        collector.problem(prefix, Reason::NotAnObject);
        return;
    }
    const QJsonObject throttle = status.toObject();
    const std::optional<double> maximum = jsonCount(throttle.value(u"maximumAvailable"_s), false, collector,
                                                    [&prefix]() -> QString { return prefix + u".maximumAvailable"_s; });
    const std::optional<double> available =
        jsonCount(throttle.value(u"currentlyAvailable"_s), false, collector,
                  [&prefix]() -> QString { return prefix + u".currentlyAvailable"_s; });
    if (!maximum || !available)
        return;
    QuotaReading reading;
    reading.limit = maximum;
    reading.remaining = *available;
    reading.unit = QuotaUnit::Points;
    reading.source = QuotaSource::ShopifyGraphql;
    const QJsonValue restore = throttle.value(u"restoreRate"_s);
    if (!restore.isUndefined())
        reading.restorePerSecond =
            jsonCount(restore, false, collector, [&prefix]() -> QString { return prefix + u".restoreRate"_s; });
    // null while throttled: nothing was spent.
    const QJsonValue actual = cost.toObject().value(u"actualQueryCost"_s);
    if (actual.isDouble())
        reading.used =
            jsonCount(actual, false, collector, []() -> QString { return u"extensions.cost.actualQueryCost"_s; });
    collector.add(std::move(reading));
}

void readGa4(const QJsonObject &root, Collector &collector)
{
    const QJsonValue quota = root.value(u"propertyQuota"_s);
    if (quota.isUndefined() || quota.isNull())
        return;
    if (!quota.isObject()) {
        collector.problem(u"propertyQuota"_s, Reason::NotAnObject);
        return;
    }
    const QJsonObject members = quota.toObject();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        const QString name = it.key();
        const auto label = [&name](QStringView member) -> QString {
            const QString text = u"propertyQuota."_s + name.left(kMaxNameInProblem);
            return member.isEmpty() ? text : text + u'.' + member;
        };
        if (!it.value().isObject()) {
            collector.problem(label({}), Reason::NotAnObject);
            continue;
        }
        const QJsonObject status = it.value().toObject();
        const std::optional<double> consumed = jsonCount(status.value(u"consumed"_s), true, collector,
                                                         [&label]() -> QString { return label(u"consumed"); });
        const std::optional<double> remaining = jsonCount(status.value(u"remaining"_s), true, collector,
                                                          [&label]() -> QString { return label(u"remaining"); });
        if (!consumed || !remaining)
            continue;
        QuotaReading reading;
        reading.policy = name;
        reading.remaining = *remaining;
        reading.used = consumed;
        reading.source = QuotaSource::Ga4;
        if (name.startsWith(u"tokens"))
            reading.unit = QuotaUnit::Tokens;
        else if (name == u"concurrentRequests")
            reading.unit = QuotaUnit::Concurrent;
        collector.add(std::move(reading));
    }
}

void readErrorObjects(const QJsonObject &root, Collector &collector, BodySignals &body)
{
    const QJsonValue error = root.value(u"error"_s);
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        // Stripe: {"error":{"type":"rate_limit_error",...}}; lock_timeout is contention, not a limit.
        if (object.value(u"type"_s).toString() == u"rate_limit_error")
            body.stripeRateLimitError = true;
        if (object.value(u"code"_s).toString() == u"lock_timeout")
            body.stripeLockTimeout = true;
        // Google APIs: {"error":{"code":429,"status":"RESOURCE_EXHAUSTED",...}}
        if (object.value(u"status"_s).toString() == u"RESOURCE_EXHAUSTED")
            body.googleExhausted = true;
    } else if (error.isString() && root.value(u"ok"_s).isBool() && !root.value(u"ok"_s).toBool()) {
        const QString code = error.toString();
        if (code == u"ratelimited" || code == u"rate_limited")
            body.slackRateLimited = true;
    }

    // draft-ietf-httpapi-ratelimit-headers §5: problem types with "violated-policies".
    const QString type = root.value(u"type"_s).toString();
    static constexpr QStringView kProblemTypes = u"http-problem-types#";
    const qsizetype hash = type.indexOf(kProblemTypes);
    if (hash < 0)
        return;
    const QString problemType = type.mid(hash + kProblemTypes.size());
    if (problemType != u"quota-exceeded" && problemType != u"temporary-reduced-capacity"
        && problemType != u"abnormal-usage-detected")
        return;
    QStringList violated;
    const QJsonValue policies = root.value(u"violated-policies"_s);
    if (policies.isArray()) {
        for (const QJsonValue &policy : policies.toArray()) {
            if (policy.isString() && violated.size() < kMaxReadings)
                violated.append(policy.toString().left(kMaxNameInProblem));
        }
    } else if (!policies.isUndefined()) {
        collector.problem(u"violated-policies"_s, Reason::NotAnArray);
    }
    body.problemReason = u"Problem: "_s + problemType;
    if (!violated.isEmpty())
        body.problemReason += u" ("_s + violated.join(u", "_s) + u')';
}

bool startsWithBrace(const QByteArray &body)
{
    for (const char c : body) {
        if (c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return false;
}

// Most JSON bodies say nothing about quotas; a scan for the few keys we read is far cheaper than
// parsing a large body for nothing.
bool mayCarryQuota(const QByteArray &body)
{
    static constexpr std::array<QByteArrayView, 6> markers{
        QByteArrayView("throttleStatus"), QByteArrayView("Throttled"), QByteArrayView("THROTTLED"),
        QByteArrayView("propertyQuota"),  QByteArrayView("\"error\""), QByteArrayView("http-problem-types")};
    for (const QByteArrayView marker : markers) {
        if (body.contains(marker))
            return true;
    }
    return false;
}

BodySignals readBody(const ResponseFacts &response, Collector &collector)
{
    BodySignals body;
    if (!startsWithBrace(response.body) || !mayCarryQuota(response.body))
        return body;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    // A body that is not JSON is not a quota field: nothing to report.
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return body;
    const QJsonObject root = document.object();
    readShopifyGraphql(root, collector, body);
    readGa4(root, collector);
    readErrorObjects(root, collector, body);
    return body;
}

void markThrottled(QuotaSignals &out, const QString &reason)
{
    out.throttled = true;
    if (out.throttleReason.isEmpty())
        out.throttleReason = reason;
}

} // namespace

QuotaSignals QuotaParser::parse(const ResponseFacts &response, const QDateTime &now)
{
    QuotaSignals out;
    Collector collector(out, now);
    const Headers headers = collectHeaders(response);

    const Policies policies = readPolicies(headers, collector);
    if (headers.has(RateLimit)) {
        // Drafts 08+ name each policy with a String; draft-07 is a dictionary of bare keys.
        const QByteArrayView value = headers.value(RateLimit).trimmed();
        if (!value.isEmpty() && value.front() == '"')
            readStructuredRateLimit(headers, policies, collector);
        else
            readDictionaryRateLimit(headers, policies, collector);
    }

    // Klaviyo sends the drafts 00–06 triple. It is told apart by what every Klaviyo API response
    // carries and generic servers do not: the `revision` header (Klaviyo's API versioning) or the
    // JSON:API media type. Without either, the same fields count as plain IETF.
    if (std::optional<QuotaReading> reading =
            readTriple(headers, {RateLimitLimit, RateLimitRemaining, RateLimitReset}, policies, collector)) {
        const bool klaviyo =
            headers.has(Revision) || headers.value(ContentType).contains(QByteArrayView("application/vnd.api+json"));
        reading->source = klaviyo ? QuotaSource::Klaviyo : QuotaSource::IetfRateLimit;
        collector.add(std::move(*reading));
    }

    // GitHub: x-ratelimit-* plus -used or -resource, or a reset that is an epoch timestamp.
    if (std::optional<QuotaReading> reading =
            readTriple(headers, {XRateLimitLimit, XRateLimitRemaining, XRateLimitReset}, policies, collector)) {
        const Number reset = parseNumber(firstMember(headers.value(XRateLimitReset)));
        const bool github = headers.has(XRateLimitUsed) || headers.has(XRateLimitResource)
                            || (!reset.error && reset.value > kEpochThreshold);
        reading->source = github ? QuotaSource::GitHub : QuotaSource::XRateLimit;
        if (headers.has(XRateLimitUsed)) {
            const Number used = parseNumber(firstMember(headers.value(XRateLimitUsed)));
            if (used.error)
                collector.problem(XRateLimitUsed, *used.error);
            else
                reading->used = used.value;
        }
        const QByteArrayView resource = firstMember(headers.value(XRateLimitResource));
        if (!resource.isEmpty())
            reading->policy = QString::fromLatin1(clipped(resource));
        collector.add(std::move(*reading));
    }

    if (headers.has(ShopifyCallLimit))
        readShopifyCallLimit(headers, collector);

    const BodySignals body = readBody(response, collector);

    const QByteArrayView stripeReason = firstMember(headers.value(StripeReason));
    if (!stripeReason.isEmpty()) {
        QuotaReading reading;
        reading.policy = QString::fromLatin1(clipped(stripeReason));
        reading.remaining = 0;
        reading.source = QuotaSource::Stripe;
        markThrottled(out, u"Stripe: "_s + reading.policy);
        collector.add(std::move(reading));
    }

    if (headers.has(RetryAfter))
        readRetryAfter(headers, out, collector);
    const bool overloaded = response.status == 429 || response.status == 503;
    if (out.retryAfterSeconds && overloaded && !collector.hasReadings()) {
        QuotaReading reading;
        reading.remaining = 0;
        reading.resetAt = collector.after(*out.retryAfterSeconds);
        reading.source = QuotaSource::RetryAfter;
        collector.add(std::move(reading));
    }

    if (body.shopifyThrottled)
        markThrottled(out, u"Shopify GraphQL: THROTTLED"_s);
    if (body.slackRateLimited)
        markThrottled(out, u"Slack: ratelimited"_s);
    if (!body.problemReason.isEmpty())
        markThrottled(out, body.problemReason);
    if (body.googleExhausted)
        markThrottled(out, u"Google: RESOURCE_EXHAUSTED"_s);
    if (!body.stripeLockTimeout) {
        if (body.stripeRateLimitError)
            markThrottled(out, u"Stripe: rate_limit_error"_s);
        if (response.status == 429)
            markThrottled(out, u"HTTP 429"_s);
    }

    collector.finish();
    return out;
}

} // namespace gw
