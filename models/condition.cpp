#include "condition.h"

#include "duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) keep lupdate's context right inside helper classes.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::Condition)
};

enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };
enum class Source { Literal, Status, ResponseTime, Body, Header, CertificateExpiration };
enum class Function { None, Len, Has };
enum class RightKind { Single, Any, Pattern };

struct PathStep
{
    QString key;
    qsizetype index = -1; // >= 0: an array index instead of a key
};

struct Operand
{
    Source source = Source::Literal;
    Function function = Function::None;
    QList<PathStep> path;         // [BODY] only
    QByteArray headerName;        // [HEADER] only
    QString literal;              // Literal only
    std::optional<double> number; // Literal only: its numeric value, durations already converted
    qsizetype position = 0;
    qsizetype length = 0;
};

// One side of a condition, resolved against a response.
struct Value
{
    bool resolved = false; // false: the condition cannot hold, `text` says why
    QString text;
    std::optional<double> number;
};

constexpr qsizetype maxActualLength = 200;

QString formatNumber(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Strictly decimal: no "inf", "nan" or hex, which QString::toDouble would also accept.
std::optional<double> parseNumber(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isAsciiDigit(text[i])) {
        ++i;
        ++digits;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && isAsciiDigit(text[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < n && isAsciiDigit(text[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return std::nullopt;
    }
    if (i != n)
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Glob with * (any run) and ? (one character) over the whole text.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || (pattern[p] != u'*' && pattern[p] == text[t]))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool isNumeric(const Operand &operand)
{
    if (operand.function == Function::Len)
        return true;
    if (operand.function == Function::Has)
        return false;
    return operand.source == Source::Status || operand.source == Source::ResponseTime
           || operand.source == Source::CertificateExpiration;
}

QString placeholderName(Source source)
{
    switch (source) {
    case Source::Status:
        return u"[STATUS]"_s;
    case Source::ResponseTime:
        return u"[RESPONSE_TIME]"_s;
    case Source::Body:
        return u"[BODY]"_s;
    case Source::Header:
        return u"[HEADER]"_s;
    case Source::CertificateExpiration:
        return u"[CERTIFICATE_EXPIRATION]"_s;
    case Source::Literal:
        break;
    }
    return {};
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    std::optional<Error> parse(Condition::Impl &impl);
    std::optional<Error> parseLonePlaceholder(Operand &operand);

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return atEnd() ? QChar() : m_text[m_pos]; }
    bool lookingAt(QStringView word) const { return QStringView(m_text).mid(m_pos).startsWith(word); }
    void skipSpace()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    Result<Operand> parseOperand();
    Result<Operand> parsePlaceholder();
    Result<Operand> parseLiteral(qsizetype begin, qsizetype end) const;
    std::optional<Error> parseRight(Condition::Impl &impl, qsizetype opPosition);
    std::optional<Error> checkTypes(const Operand &placeholder, Operand &literal) const;

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

struct Condition::Impl
{
    Operand left;
    Op op = Op::Equal;
    RightKind rightKind = RightKind::Single;
    QList<Operand> right; // one operand, or the alternatives of any()
    QString pattern;      // pat() only
};

namespace {

const QString &knownPlaceholders()
{
    static const QString list = u"[STATUS], [RESPONSE_TIME], [BODY], [HEADER].Name, [CERTIFICATE_EXPIRATION]"_s;
    return list;
}

bool endsKey(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'[' || c == u']' || c == u'(' || c == u')' || c == u',' || c == u'='
           || c == u'!' || c == u'<' || c == u'>';
}

bool endsToken(QChar c)
{
    return c.isSpace() || c == u'=' || c == u'!' || c == u'<' || c == u'>';
}

std::optional<Error> Parser::parse(Condition::Impl &impl)
{
    skipSpace();
    if (atEnd())
        return Error{Text::tr("empty condition (expected e.g. [STATUS] == 200)"), m_pos};

    Result<Operand> left = parseOperand();
    if (!left)
        return left.error();
    impl.left = std::move(left).value();

    skipSpace();
    const qsizetype opPosition = m_pos;
    if (atEnd()) {
        // "has([BODY].x)" on its own reads as a claim that the path exists.
        if (impl.left.function == Function::Has) {
            impl.op = Op::Equal;
            Operand yes;
            yes.literal = u"true"_s;
            yes.position = m_pos;
            impl.right.append(yes);
            return std::nullopt;
        }
        return Error{Text::tr("expected an operator (==, !=, <, <=, >, >=) after '%1'").arg(m_text.trimmed()), m_pos};
    }

    static const std::array<std::pair<QStringView, Op>, 6> operators{{
        {u"==", Op::Equal},
        {u"!=", Op::NotEqual},
        {u"<=", Op::LessOrEqual},
        {u">=", Op::GreaterOrEqual},
        {u"<", Op::Less},
        {u">", Op::Greater},
    }};
    bool found = false;
    for (const auto &[spelling, op] : operators) {
        if (lookingAt(spelling)) {
            impl.op = op;
            m_pos += spelling.size();
            found = true;
            break;
        }
    }
    if (!found) {
        const QString rest = QStringView(m_text).mid(m_pos).trimmed().left(30).toString();
        if (current() == u'=')
            return Error{Text::tr("expected an operator (==, !=, <, <=, >, >=) at '%1'; did you mean '=='?").arg(rest),
                         m_pos};
        return Error{Text::tr("expected an operator (==, !=, <, <=, >, >=) at '%1'").arg(rest), m_pos};
    }
    if (impl.left.function == Function::Has && impl.op != Op::Equal && impl.op != Op::NotEqual)
        return Error{Text::tr("has() can only be compared with == or !="), opPosition};

    return parseRight(impl, opPosition);
}

std::optional<Error> Parser::parseLonePlaceholder(Operand &operand)
{
    skipSpace();
    if (current() != u'[')
        return Error{Text::tr("expected a placeholder such as [BODY].rate.remaining or [HEADER].X-Quota-Limit"), m_pos};
    Result<Operand> placeholder = parsePlaceholder();
    if (!placeholder)
        return placeholder.error();
    skipSpace();
    if (!atEnd())
        return Error{Text::tr("unexpected '%1' after the placeholder").arg(QStringView(m_text).mid(m_pos).toString()),
                     m_pos};
    operand = std::move(placeholder).value();
    return std::nullopt;
}

std::optional<Error> Parser::parseRight(Condition::Impl &impl, qsizetype opPosition)
{
    skipSpace();
    qsizetype end = m_text.size();
    while (end > m_pos && m_text[end - 1].isSpace())
        --end;
    if (m_pos == end)
        return Error{Text::tr("expected a value after the operator, e.g. [STATUS] == 200"), m_pos};

    const bool equality = impl.op == Op::Equal || impl.op == Op::NotEqual;
    const bool isAny = lookingAt(u"any(");
    const bool isPattern = lookingAt(u"pat(");
    if (isAny || isPattern) {
        const QString name = isAny ? u"any()"_s : u"pat()"_s;
        if (!equality)
            return Error{Text::tr("%1 can only be used with == or !=").arg(name), opPosition};
        if (m_text[end - 1] != u')')
            return Error{Text::tr("expected ')' to close %1").arg(name), end};
        const qsizetype innerBegin = m_pos + 4;
        const qsizetype innerEnd = end - 1;
        if (isPattern) {
            impl.rightKind = RightKind::Pattern;
            impl.pattern = QStringView(m_text).mid(innerBegin, innerEnd - innerBegin).trimmed().toString();
            return std::nullopt;
        }
        impl.rightKind = RightKind::Any;
        qsizetype itemBegin = innerBegin;
        while (true) {
            qsizetype itemEnd = m_text.indexOf(u',', itemBegin);
            if (itemEnd < 0 || itemEnd > innerEnd)
                itemEnd = innerEnd;
            Result<Operand> item = parseLiteral(itemBegin, itemEnd);
            if (!item)
                return item.error();
            if (std::optional<Error> error = checkTypes(impl.left, item.value()))
                return error;
            impl.right.append(std::move(item).value());
            if (itemEnd == innerEnd)
                break;
            itemBegin = itemEnd + 1;
        }
        return std::nullopt;
    }

    impl.rightKind = RightKind::Single;
    if (current() == u'[' || lookingAt(u"len(") || lookingAt(u"has(")) {
        Result<Operand> operand = parseOperand();
        if (!operand)
            return operand.error();
        skipSpace();
        if (!atEnd())
            return Error{
                Text::tr("unexpected '%1' after the right-hand side").arg(QStringView(m_text).mid(m_pos).toString()),
                m_pos};
        if (impl.left.source == Source::Literal) {
            if (std::optional<Error> error = checkTypes(operand.value(), impl.left))
                return error;
        }
        impl.right.append(std::move(operand).value());
        return std::nullopt;
    }

    Result<Operand> literal = parseLiteral(m_pos, end);
    if (!literal)
        return literal.error();
    if (std::optional<Error> error = checkTypes(impl.left, literal.value()))
        return error;
    impl.right.append(std::move(literal).value());
    return std::nullopt;
}

Result<Operand> Parser::parseLiteral(qsizetype begin, qsizetype end) const
{
    while (begin < end && m_text[begin].isSpace())
        ++begin;
    while (end > begin && m_text[end - 1].isSpace())
        --end;
    if (begin == end)
        return Error{Text::tr("expected a value"), begin};
    QStringView text = QStringView(m_text).mid(begin, end - begin);
    // Quotes are optional, and let a value keep leading or trailing spaces.
    if (text.size() >= 2 && text.front() == u'"' && text.back() == u'"')
        text = text.mid(1, text.size() - 2);
    Operand operand;
    operand.source = Source::Literal;
    operand.literal = text.toString();
    operand.number = parseNumber(text);
    operand.position = begin;
    operand.length = end - begin;
    return operand;
}

// A literal compared with a placeholder must make sense for it, so mistakes show up at load time.
std::optional<Error> Parser::checkTypes(const Operand &placeholder, Operand &literal) const
{
    if (placeholder.source == Source::Literal || literal.source != Source::Literal)
        return std::nullopt;
    if (placeholder.function == Function::Has) {
        if (literal.literal != u"true" && literal.literal != u"false")
            return Error{Text::tr("expected true or false to compare has() with, found '%1'").arg(literal.literal),
                         literal.position};
        return std::nullopt;
    }
    if (!isNumeric(placeholder))
        return std::nullopt;
    const bool durationAllowed =
        placeholder.function == Function::None
        && (placeholder.source == Source::ResponseTime || placeholder.source == Source::CertificateExpiration);
    if (durationAllowed && !literal.number) {
        const Result<std::chrono::milliseconds> duration = parseDuration(literal.literal);
        if (duration) {
            const double ms = static_cast<double>(duration->count());
            literal.number = placeholder.source == Source::CertificateExpiration ? ms / 1000.0 : ms;
        }
    }
    if (literal.number)
        return std::nullopt;
    const QString name = placeholder.function == Function::Len ? u"len()"_s : placeholderName(placeholder.source);
    if (durationAllowed)
        return Error{Text::tr("expected a number or a duration such as 72h or 30d to compare %1 with, found '%2'")
                         .arg(name, literal.literal),
                     literal.position};
    return Error{Text::tr("expected a number to compare %1 with, found '%2'").arg(name, literal.literal),
                 literal.position};
}

Result<Operand> Parser::parseOperand()
{
    const qsizetype start = m_pos;
    const bool isLen = lookingAt(u"len(");
    if (isLen || lookingAt(u"has(")) {
        const QString name = isLen ? u"len()"_s : u"has()"_s;
        m_pos += 4;
        skipSpace();
        if (current() != u'[')
            return Error{Text::tr("expected a placeholder inside %1, e.g. %2([BODY].items)").arg(name, name.left(3)),
                         m_pos};
        Result<Operand> inner = parsePlaceholder();
        if (!inner)
            return inner.error();
        Operand operand = std::move(inner).value();
        if (operand.source != Source::Body && operand.source != Source::Header)
            return Error{
                Text::tr("%1 works on [BODY] and [HEADER] values, not %2").arg(name, placeholderName(operand.source)),
                operand.position};
        skipSpace();
        if (current() != u')')
            return Error{Text::tr("expected ')' to close %1").arg(name), m_pos};
        ++m_pos;
        operand.function = isLen ? Function::Len : Function::Has;
        operand.position = start;
        operand.length = m_pos - start;
        return operand;
    }
    if (current() == u'[')
        return parsePlaceholder();

    // Only the left-hand side gets here: a bare literal, as in "200 == [STATUS]".
    while (!atEnd() && !endsToken(current()))
        ++m_pos;
    const QStringView token = QStringView(m_text).mid(start, m_pos - start);
    if (token.isEmpty())
        return Error{Text::tr("expected a placeholder such as [STATUS] or [BODY] before the operator"), start};
    if (token.startsWith(u"any(") || token.startsWith(u"pat("))
        return Error{Text::tr("%1 is only allowed on the right-hand side").arg(token.left(3) + u"()"), start};
    if (const qsizetype paren = token.indexOf(u'('); paren > 0)
        return Error{Text::tr("unknown function '%1' (expected len() or has())").arg(token.left(paren).toString()),
                     start};
    return parseLiteral(start, m_pos);
}

Result<Operand> Parser::parsePlaceholder()
{
    const qsizetype start = m_pos;
    const qsizetype close = m_text.indexOf(u']', start);
    if (close < 0)
        return Error{
            Text::tr("expected ']' to close the placeholder '%1'").arg(QStringView(m_text).mid(start).toString()),
            start};
    const QStringView name = QStringView(m_text).mid(start + 1, close - start - 1);
    Operand operand;
    operand.position = start;
    if (name == u"STATUS")
        operand.source = Source::Status;
    else if (name == u"RESPONSE_TIME")
        operand.source = Source::ResponseTime;
    else if (name == u"BODY")
        operand.source = Source::Body;
    else if (name == u"HEADER")
        operand.source = Source::Header;
    else if (name == u"CERTIFICATE_EXPIRATION")
        operand.source = Source::CertificateExpiration;
    else
        return Error{Text::tr("unknown placeholder '%1' (expected %2)")
                         .arg(QStringView(m_text).mid(start, close - start + 1).toString(), knownPlaceholders()),
                     start};
    m_pos = close + 1;

    switch (operand.source) {
    case Source::Body:
        while (current() == u'.' || current() == u'[') {
            if (current() == u'.') {
                ++m_pos;
                const qsizetype keyStart = m_pos;
                while (!atEnd() && !endsKey(current()))
                    ++m_pos;
                if (m_pos == keyStart)
                    return Error{Text::tr("expected a key after '.', e.g. [BODY].data.id"), keyStart};
                operand.path.append(PathStep{m_text.mid(keyStart, m_pos - keyStart), -1});
                continue;
            }
            ++m_pos;
            const qsizetype indexStart = m_pos;
            while (!atEnd() && isAsciiDigit(current()))
                ++m_pos;
            if (m_pos == indexStart)
                return Error{Text::tr("expected an array index after '[', e.g. [BODY].data[0]"), indexStart};
            bool ok = false;
            const int index = QStringView(m_text).mid(indexStart, m_pos - indexStart).toInt(&ok);
            if (!ok)
                return Error{Text::tr("array index too large"), indexStart};
            if (current() != u']')
                return Error{Text::tr("expected ']' after the array index"), m_pos};
            ++m_pos;
            operand.path.append(PathStep{QString(), index});
        }
        break;
    case Source::Header: {
        if (current() != u'.')
            return Error{Text::tr("expected a header name after [HEADER], e.g. [HEADER].Content-Type"), m_pos};
        ++m_pos;
        const qsizetype nameStart = m_pos;
        while (!atEnd() && !endsToken(current()) && current() != u')' && current() != u',')
            ++m_pos;
        if (m_pos == nameStart)
            return Error{Text::tr("expected a header name after [HEADER], e.g. [HEADER].Content-Type"), nameStart};
        operand.headerName = m_text.mid(nameStart, m_pos - nameStart).toLatin1();
        break;
    }
    case Source::Status:
    case Source::ResponseTime:
    case Source::CertificateExpiration:
    case Source::Literal:
        if (current() == u'.' || current() == u'[')
            return Error{Text::tr("%1 has no fields").arg(placeholderName(operand.source)), m_pos};
        break;
    }
    operand.length = m_pos - start;
    return operand;
}

// Parses the body at most once per evaluation, and only when a path needs it.
class BodyCache
{
public:
    explicit BodyCache(const QByteArray &body) : m_body(body) {}

    // nullopt when the body is not JSON.
    const std::optional<QJsonValue> &root()
    {
        if (!m_parsed) {
            m_parsed = true;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(m_body, &error);
            if (error.error == QJsonParseError::NoError) {
                if (document.isArray())
                    m_root = QJsonValue(document.array());
                else if (document.isObject())
                    m_root = QJsonValue(document.object());
            }
        }
        return m_root;
    }

private:
    const QByteArray &m_body;
    bool m_parsed = false;
    std::optional<QJsonValue> m_root;
};

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return QString::number(variant.toLongLong());
        return formatNumber(value.toDouble());
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

Value resolved(QString text, std::optional<double> number)
{
    return Value{true, std::move(text), number};
}

Value resolvedText(const QString &text)
{
    return Value{true, text, parseNumber(text)};
}

Value unresolved(QString why)
{
    return Value{false, std::move(why), std::nullopt};
}

Value hasResult(bool present)
{
    return resolved(present ? u"true"_s : u"false"_s, std::nullopt);
}

Value lengthResult(qsizetype length)
{
    return resolved(QString::number(length), static_cast<double>(length));
}

Value resolveBody(const Operand &operand, const ResponseFacts &response, BodyCache &cache)
{
    if (operand.path.isEmpty()) {
        const QString text = QString::fromUtf8(response.body).trimmed();
        switch (operand.function) {
        case Function::Has:
            return hasResult(!text.isEmpty());
        case Function::Len:
            if (const std::optional<QJsonValue> &root = cache.root()) {
                if (root->isArray())
                    return lengthResult(root->toArray().size());
                return lengthResult(root->toObject().size());
            }
            return lengthResult(text.size());
        case Function::None:
            break;
        }
        return resolvedText(text);
    }

    const std::optional<QJsonValue> &root = cache.root();
    if (!root)
        return operand.function == Function::Has ? hasResult(false) : unresolved(Text::tr("invalid JSON"));
    QJsonValue value = *root;
    for (const PathStep &step : operand.path) {
        if (step.index >= 0 && value.isArray() && step.index < value.toArray().size())
            value = value.toArray().at(step.index);
        else if (step.index < 0 && value.isObject() && value.toObject().contains(step.key))
            value = value.toObject().value(step.key);
        else
            return operand.function == Function::Has ? hasResult(false) : unresolved(Text::tr("no such path"));
    }

    switch (operand.function) {
    case Function::Has:
        return hasResult(true);
    case Function::Len:
        if (value.isArray())
            return lengthResult(value.toArray().size());
        if (value.isObject())
            return lengthResult(value.toObject().size());
        return lengthResult(jsonText(value).size());
    case Function::None:
        break;
    }
    if (value.isDouble())
        return resolved(jsonText(value), value.toDouble());
    if (value.isString())
        return resolvedText(value.toString());
    return resolved(jsonText(value), std::nullopt);
}

Value resolve(const Operand &operand, const ResponseFacts &response, BodyCache &cache)
{
    switch (operand.source) {
    case Source::Literal:
        return resolved(operand.literal, operand.number);
    case Source::Status:
        return resolved(QString::number(response.status), response.status);
    case Source::ResponseTime:
        // Shown to a tenth of a millisecond for fast answers and whole milliseconds above 100 ms
        // (more digits are noise to a reader); compared exactly.
        return resolved(formatNumber(response.responseTimeMs < 100 ? std::round(response.responseTimeMs * 10) / 10
                                                                   : std::round(response.responseTimeMs)),
                        response.responseTimeMs);
    case Source::CertificateExpiration: {
        if (!response.certificateSecondsLeft)
            return unresolved(Text::tr("no certificate"));
        // formatDuration takes milliseconds; clamped so that no value overflows the conversion.
        constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000;
        const qint64 shown = std::clamp(*response.certificateSecondsLeft, -maxSeconds, maxSeconds);
        return resolved(formatDuration(std::chrono::seconds(shown)),
                        static_cast<double>(*response.certificateSecondsLeft));
    }
    case Source::Header: {
        const std::optional<QByteArray> header = response.header(operand.headerName);
        if (operand.function == Function::Has)
            return hasResult(header.has_value());
        if (!header)
            return unresolved(Text::tr("no such header"));
        const QString text = QString::fromUtf8(*header).trimmed();
        if (operand.function == Function::Len)
            return lengthResult(text.size());
        return resolvedText(text);
    }
    case Source::Body:
        return resolveBody(operand, response, cache);
    }
    return unresolved(QString());
}

bool equal(const Value &a, const Value &b)
{
    if (a.number && b.number)
        return *a.number == *b.number;
    return a.text == b.text;
}

bool compare(Op op, const Value &a, const Value &b)
{
    switch (op) {
    case Op::Equal:
        return equal(a, b);
    case Op::NotEqual:
        return !equal(a, b);
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual:
        break;
    }
    // Ordering only means something for numbers.
    if (!a.number || !b.number)
        return false;
    switch (op) {
    case Op::Less:
        return *a.number < *b.number;
    case Op::LessOrEqual:
        return *a.number <= *b.number;
    case Op::Greater:
        return *a.number > *b.number;
    case Op::GreaterOrEqual:
        return *a.number >= *b.number;
    case Op::Equal:
    case Op::NotEqual:
        break;
    }
    return false;
}

QString shortened(const QString &text)
{
    if (text.size() <= maxActualLength)
        return text;
    return text.left(maxActualLength) + u'\u2026';
}

} // namespace

Condition::Condition(QString text, std::shared_ptr<const Impl> impl) : m_text(std::move(text)), m_impl(std::move(impl))
{}

Result<Condition> Condition::parse(const QString &text)
{
    Impl impl;
    Parser parser(text);
    if (std::optional<Error> error = parser.parse(impl))
        return *std::move(error);
    return Condition(text, std::make_shared<const Impl>(std::move(impl)));
}

std::optional<QString> Condition::valueOf(const QString &placeholder, const ResponseFacts &response)
{
    Operand operand;
    Parser parser(placeholder);
    if (parser.parseLonePlaceholder(operand))
        return std::nullopt;
    BodyCache cache(response.body);
    const Value value = resolve(operand, response, cache);
    if (!value.resolved)
        return std::nullopt;
    return value.text;
}

std::optional<Error> Condition::validatePlaceholder(const QString &placeholder)
{
    Operand operand;
    return Parser(placeholder).parseLonePlaceholder(operand);
}

Condition::Evaluation Condition::evaluate(const ResponseFacts &response) const
{
    if (!m_impl)
        return {};
    const Impl &impl = *m_impl;
    BodyCache cache(response.body);
    const Value left = resolve(impl.left, response, cache);
    Evaluation evaluation{false, shortened(left.text)};
    if (!left.resolved)
        return evaluation;

    const bool negated = impl.op == Op::NotEqual;
    switch (impl.rightKind) {
    case RightKind::Single: {
        const Value right = resolve(impl.right.constFirst(), response, cache);
        evaluation.holds = right.resolved && compare(impl.op, left, right);
        break;
    }
    case RightKind::Any: {
        bool any = false;
        for (const Operand &alternative : impl.right) {
            const Value right = resolve(alternative, response, cache);
            if (right.resolved && equal(left, right)) {
                any = true;
                break;
            }
        }
        evaluation.holds = any != negated;
        break;
    }
    case RightKind::Pattern:
        evaluation.holds = globMatch(impl.pattern, left.text) != negated;
        break;
    }
    return evaluation;
}

} // namespace gw
