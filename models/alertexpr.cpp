#include "alertexpr.h"

#include "duration.h"
#include "healthstatus.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) keep lupdate's context right inside helper classes.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::AlertExpression)
};

// Hostile input must not exhaust the stack: parsing recurses once per '(' or 'not', evaluation
// once per level of the tree, and and/or chains are loops over a node's children.
constexpr qsizetype maxTextLength = 4096;
constexpr int maxDepth = 64;

enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };

constexpr std::array operators{
    std::pair{u"==", Op::Equal},          std::pair{u"!=", Op::NotEqual}, std::pair{u"<=", Op::LessOrEqual},
    std::pair{u">=", Op::GreaterOrEqual}, std::pair{u"<", Op::Less},      std::pair{u">", Op::Greater},
};

struct ExprNode
{
    enum class Type { Or, And, Not, Compare, Flag };

    Type type = Type::Flag;
    std::vector<ExprNode> children; // Or and And: two or more, Not: one
    AlertCall call;                 // Compare and Flag
    AlertValueKind kind = AlertValueKind::Boolean;
    Op op = Op::Equal;
    double number = 0; // Compare of a number: the literal in the function's unit (ms, percent, days)
    QString state;     // Compare of a State: the state's machine name
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_';
}

bool isSubjectChar(QChar c)
{
    return isWordChar(c) || c == u'.' || c == u':' || c == u'-';
}

// Where an argument or a literal ends.
bool endsToken(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u',' || c == u'=' || c == u'!' || c == u'<' || c == u'>';
}

// "3", "0.5", "-2": no exponent, no "inf" or "nan", which QString::toDouble would also accept.
std::optional<double> parsePlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && text[i] == u'-')
        ++i;
    const qsizetype digitsStart = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    if (i == digitsStart)
        return std::nullopt;
    if (i < text.size() && text[i] == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
        if (i == fractionStart)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

const AlertFunction *findFunction(QStringView name)
{
    for (const AlertFunction &function : alertFunctions()) {
        if (function.name == name)
            return &function;
    }
    return nullptr;
}

QString knownFunctions()
{
    QStringList names;
    for (const AlertFunction &function : alertFunctions())
        names.append(function.name);
    return names.join(u", ");
}

QString knownStates()
{
    return u"up, down, degraded, rate-limited, paused, unknown"_s;
}

QString knownFailureClasses()
{
    QStringList names;
    for (FailureClass failureClass :
         {FailureClass::Dns, FailureClass::Connect, FailureClass::Tls, FailureClass::Timeout, FailureClass::HttpStatus,
          FailureClass::Condition, FailureClass::RateLimited, FailureClass::BodyTooLarge, FailureClass::LocalNetwork})
        names.append(machineName(failureClass));
    return names.join(u", ");
}

// A call as it could be written, for messages: "p95(chatwoot, 10m)", with what was written of it.
QString exampleCall(const AlertFunction &function, const AlertCall &written = {})
{
    QString example = function.name + u'(';
    if (!written.subject.isEmpty())
        example += written.subject;
    else
        example += function.name.startsWith(u"route_") ? u"payments/charges"_s : u"shopify"_s;
    if (written.windowMs)
        example += u", "_s + formatDuration(std::chrono::milliseconds(*written.windowMs));
    else if (function.window)
        example += u", 10m"_s;
    if (!written.qualifier.isEmpty())
        example += u", "_s + written.qualifier;
    return example + u')';
}

// What a function's value may be compared with; also the message for a comparison that does not fit.
QString kindHint(const AlertFunction &function, const AlertCall &written)
{
    switch (function.kind) {
    case AlertValueKind::State:
        return Text::tr("%1 is a state: compare it with == or != and a state, e.g. %2 == down")
            .arg(function.name, exampleCall(function, written));
    case AlertValueKind::Duration:
        return Text::tr("%1 is a duration: compare it with a duration such as 1500ms, e.g. %2 > 1500ms")
            .arg(function.name, exampleCall(function, written));
    case AlertValueKind::Percent:
        return Text::tr("%1 is a percentage: compare it with a percentage such as 5%, e.g. %2 > 5%")
            .arg(function.name, exampleCall(function, written));
    case AlertValueKind::Count:
        return Text::tr("%1 is a count: compare it with a plain number, e.g. %2 >= 3")
            .arg(function.name, exampleCall(function, written));
    case AlertValueKind::Days:
        return Text::tr("%1 counts days: compare it with a number of days, e.g. %2 < 14d")
            .arg(function.name, exampleCall(function, written));
    case AlertValueKind::Boolean:
        return Text::tr("%1 is true or false: write it on its own, e.g. %2 or not %2")
            .arg(function.name, exampleCall(function, written));
    }
    return {};
}

class Parser
{
public:
    explicit Parser(QStringView text) : m_text(text) {}

    Result<ExprNode> parse();

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return atEnd() ? QChar() : m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    QStringView wordAt(qsizetype pos) const
    {
        qsizetype end = pos;
        while (end < m_text.size() && isWordChar(m_text[end]))
            ++end;
        return m_text.mid(pos, end - pos);
    }
    bool atKeyword(QStringView keyword) const { return wordAt(m_pos) == keyword; }
    QStringView tokenAt(qsizetype pos) const
    {
        qsizetype end = pos;
        while (end < m_text.size() && !endsToken(m_text[end]))
            ++end;
        return m_text.mid(pos, end - pos);
    }
    // The text at `pos` up to the next blank, for quoting in a message.
    QString quoteAt(qsizetype pos) const
    {
        qsizetype end = pos + 1;
        while (end < m_text.size() && !m_text[end].isSpace())
            ++end;
        return m_text.mid(pos, std::min<qsizetype>(end - pos, 30)).toString();
    }
    bool atTerminator() const { return atEnd() || current() == u')' || atKeyword(u"and") || atKeyword(u"or"); }

    Result<ExprNode> parseOr();
    Result<ExprNode> parseAnd();
    Result<ExprNode> parseUnary();
    Result<ExprNode> parseComparison();
    Result<AlertCall> parseArguments(const AlertFunction &function, qsizetype start);
    std::optional<Error> parseLiteral(const AlertFunction &function, ExprNode &node);
    Error unexpected() const;

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

Result<ExprNode> Parser::parse()
{
    if (m_text.size() > maxTextLength)
        return Error{Text::tr("the condition is too long (%1 characters; at most %2)")
                         .arg(QString::number(m_text.size()), QString::number(maxTextLength)),
                     maxTextLength};
    skipSpace();
    if (atEnd())
        return Error{Text::tr("empty condition (write e.g. status(shopify) == down)"), m_pos};
    Result<ExprNode> root = parseOr();
    if (!root)
        return root;
    skipSpace();
    if (!atEnd())
        return unexpected();
    return root;
}

Error Parser::unexpected() const
{
    if (current() == u')')
        return Error{Text::tr("')' without a matching '('"), m_pos};
    const QString word = wordAt(m_pos).toString();
    const QString lower = word.toLower();
    if (word != lower && (lower == u"and" || lower == u"or" || lower == u"not"))
        return Error{Text::tr("unexpected '%1': write and, or and not in lower case").arg(word), m_pos};
    return Error{Text::tr("unexpected '%1' (join conditions with 'and' or 'or')").arg(quoteAt(m_pos)), m_pos};
}

Result<ExprNode> Parser::parseOr()
{
    Result<ExprNode> first = parseAnd();
    if (!first)
        return first;
    skipSpace();
    if (!atKeyword(u"or"))
        return first;
    ExprNode node;
    node.type = ExprNode::Type::Or;
    node.children.push_back(std::move(first).value());
    while (atKeyword(u"or")) {
        m_pos += 2;
        Result<ExprNode> next = parseAnd();
        if (!next)
            return next;
        node.children.push_back(std::move(next).value());
        skipSpace();
    }
    return node;
}

Result<ExprNode> Parser::parseAnd()
{
    Result<ExprNode> first = parseUnary();
    if (!first)
        return first;
    skipSpace();
    if (!atKeyword(u"and"))
        return first;
    ExprNode node;
    node.type = ExprNode::Type::And;
    node.children.push_back(std::move(first).value());
    while (atKeyword(u"and")) {
        m_pos += 3;
        Result<ExprNode> next = parseUnary();
        if (!next)
            return next;
        node.children.push_back(std::move(next).value());
        skipSpace();
    }
    return node;
}

Result<ExprNode> Parser::parseUnary()
{
    skipSpace();
    const qsizetype start = m_pos;
    if (atEnd())
        return Error{Text::tr("expected a condition such as status(shopify) == down at the end"), m_pos};

    const bool group = current() == u'(';
    const bool negation = !group && atKeyword(u"not");
    if (group || negation) {
        if (m_depth >= maxDepth)
            return Error{Text::tr("nested too deeply (at most %1 levels of parentheses and not)").arg(maxDepth), start};
        ++m_depth;
        m_pos += group ? 1 : 3;
        Result<ExprNode> inner = group ? parseOr() : parseUnary();
        --m_depth;
        if (!inner)
            return inner;
        if (negation) {
            ExprNode node;
            node.type = ExprNode::Type::Not;
            node.children.push_back(std::move(inner).value());
            return node;
        }
        skipSpace();
        if (atEnd())
            return Error{Text::tr("this '(' is never closed"), start};
        if (current() != u')')
            return unexpected();
        ++m_pos;
        return inner;
    }
    if (atKeyword(u"and") || atKeyword(u"or"))
        return Error{Text::tr("'%1' needs a condition on each side").arg(wordAt(m_pos).toString()), start};
    return parseComparison();
}

Result<ExprNode> Parser::parseComparison()
{
    const qsizetype start = m_pos;
    const QStringView name = wordAt(m_pos);
    const AlertFunction *function = findFunction(name);
    m_pos += name.size();
    skipSpace();
    if (name.isEmpty() || current() != u'(') {
        if (function != nullptr)
            return Error{Text::tr("expected '(' after %1, e.g. %2").arg(function->name, exampleCall(*function)), m_pos};
        return Error{Text::tr("expected a function call such as status(shopify), found '%1'").arg(quoteAt(start)),
                     start};
    }
    if (function == nullptr)
        return Error{Text::tr("unknown function '%1'; known: %2").arg(name.toString(), knownFunctions()), start};
    ++m_pos;

    Result<AlertCall> call = parseArguments(*function, start);
    if (!call)
        return call.error();

    ExprNode node;
    node.call = std::move(call).value();
    node.kind = function->kind;
    skipSpace();
    const qsizetype opPosition = m_pos;
    const QStringView rest = m_text.mid(m_pos);
    std::optional<Op> op;
    for (const auto &[spelling, candidate] : operators) {
        if (rest.startsWith(QStringView(spelling))) {
            op = candidate;
            m_pos += QStringView(spelling).size();
            break;
        }
    }

    if (!op) {
        if (current() == u'=')
            return Error{Text::tr("expected an operator (==, !=, <, <=, >, >=); did you mean '=='?"), m_pos};
        if (function->kind == AlertValueKind::Boolean) {
            node.type = ExprNode::Type::Flag;
            return node; // anything after it is the caller's to judge
        }
        if (atTerminator())
            return Error{kindHint(*function, node.call), start};
        return Error{Text::tr("expected an operator (==, !=, <, <=, >, >=) after %1(…), found '%2'")
                         .arg(function->name, quoteAt(m_pos)),
                     m_pos};
    }
    if (function->kind == AlertValueKind::Boolean)
        return Error{kindHint(*function, node.call), opPosition};
    if (function->kind == AlertValueKind::State && *op != Op::Equal && *op != Op::NotEqual)
        return Error{Text::tr("%1 is a state: only == and != compare states").arg(function->name), opPosition};
    node.type = ExprNode::Type::Compare;
    node.op = *op;
    if (std::optional<Error> error = parseLiteral(*function, node))
        return *std::move(error);
    return node;
}

Result<AlertCall> Parser::parseArguments(const AlertFunction &function, qsizetype start)
{
    AlertCall call;
    call.function = function.name;
    call.position = start;

    skipSpace();
    const qsizetype subjectStart = m_pos;
    while (!atEnd() && isSubjectChar(current()))
        ++m_pos;
    if (m_pos == subjectStart) {
        if (current() == u'/')
            return Error{Text::tr("expected a name before '/' in the subject"), m_pos};
        return Error{Text::tr("%1 needs a subject first, e.g. %2").arg(function.name, exampleCall(function)), m_pos};
    }
    if (current() == u'/') {
        ++m_pos;
        const qsizetype secondStart = m_pos;
        while (!atEnd() && isSubjectChar(current()))
            ++m_pos;
        if (m_pos == secondStart)
            return Error{Text::tr("expected a name after '/' in the subject"), m_pos};
        if (current() == u'/')
            return Error{Text::tr("a subject has at most one '/' (integration/check or service/route)"), m_pos};
    }
    call.subject = m_text.mid(subjectStart, m_pos - subjectStart).toString();
    if (!atEnd() && !current().isSpace() && current() != u',' && current() != u')')
        return Error{Text::tr("'%1' cannot be part of a subject (letters, digits, _ . : - and one /)").arg(current()),
                     m_pos};
    skipSpace();

    if (current() == u',') {
        ++m_pos;
        skipSpace();
        const qsizetype windowStart = m_pos;
        const QStringView window = tokenAt(m_pos);
        if (!function.window)
            return Error{Text::tr("%1 takes no window: write e.g. %2").arg(function.name, exampleCall(function, call)),
                         windowStart};
        if (window.isEmpty())
            return Error{Text::tr("expected a window such as 10m after the subject"), windowStart};
        const Result<std::chrono::milliseconds> duration = parseDuration(window);
        if (!duration)
            return Error{Text::tr("invalid window for %1: %2").arg(function.name, duration.error().message),
                         windowStart + duration.error().position};
        if (duration->count() <= 0)
            return Error{Text::tr("the window must be longer than 0s"), windowStart};
        call.windowMs = duration->count();
        m_pos += window.size();
        skipSpace();

        if (current() == u',') {
            ++m_pos;
            skipSpace();
            const qsizetype qualifierStart = m_pos;
            const QStringView qualifier = tokenAt(m_pos);
            if (!function.qualifier)
                return Error{Text::tr("%1 takes no failure class: write e.g. %2")
                                 .arg(function.name, exampleCall(function, call)),
                             qualifierStart};
            if (qualifier.isEmpty())
                return Error{Text::tr("expected a failure class such as timeout after the window"), qualifierStart};
            const std::optional<FailureClass> failureClass = failureClassFromName(qualifier.toString());
            if (failureClass == FailureClass::None)
                return Error{Text::tr("'none' is not a failure class: leave the third argument out to count every "
                                      "failure"),
                             qualifierStart};
            if (!failureClass)
                return Error{
                    Text::tr("unknown failure class '%1'; known: %2").arg(qualifier.toString(), knownFailureClasses()),
                    qualifierStart};
            call.qualifier = qualifier.toString();
            m_pos += qualifier.size();
            skipSpace();
            if (current() == u',')
                return Error{
                    Text::tr("too many arguments: %1 takes a subject, a window and a failure class").arg(function.name),
                    m_pos};
        }
    }

    if (function.window && !call.windowMs)
        return Error{Text::tr("%1 needs a window, e.g. %2").arg(function.name, exampleCall(function, call)), m_pos};
    if (atEnd())
        return Error{Text::tr("expected ')' to close %1(").arg(function.name), m_pos};
    if (current() != u')')
        return Error{Text::tr("expected ')' to close %1(, found '%2'").arg(function.name, quoteAt(m_pos)), m_pos};
    ++m_pos;
    return call;
}

std::optional<Error> Parser::parseLiteral(const AlertFunction &function, ExprNode &node)
{
    skipSpace();
    const qsizetype start = m_pos;
    const QStringView literal = tokenAt(m_pos);
    if (literal.isEmpty()) {
        if (atEnd())
            return Error{Text::tr("expected a value after the operator; %1").arg(kindHint(function, node.call)), m_pos};
        return Error{Text::tr("expected a value after the operator, found '%1'").arg(quoteAt(m_pos)), m_pos};
    }
    m_pos += literal.size();

    const std::optional<double> plain = parsePlainNumber(literal);
    switch (function.kind) {
    case AlertValueKind::State:
        if (!healthStatusFromName(literal.toString()))
            return Error{Text::tr("unknown state '%1'; known: %2").arg(literal.toString(), knownStates()), start};
        node.state = literal.toString();
        return std::nullopt;
    case AlertValueKind::Duration: {
        if (plain)
            return Error{Text::tr("%1 is a duration: write the unit, e.g. 1500ms").arg(function.name), start};
        if (!isAsciiDigit(literal.front()) && literal.front() != u'-')
            return Error{kindHint(function, node.call), start};
        const Result<std::chrono::milliseconds> duration = parseDuration(literal);
        if (!duration) {
            if (literal.endsWith(u'%'))
                return Error{kindHint(function, node.call), start};
            return Error{Text::tr("%1 is a duration: %2").arg(function.name, duration.error().message),
                         start + duration.error().position};
        }
        node.number = static_cast<double>(duration->count());
        return std::nullopt;
    }
    case AlertValueKind::Percent:
        if (plain) {
            skipSpace();
            if (current() == u'%')
                return Error{Text::tr("write the % right after the number, e.g. 5%"), m_pos};
            return Error{Text::tr("%1 is a percentage: write the %, e.g. 5%").arg(function.name), start};
        }
        if (literal.endsWith(u'%')) {
            if (const std::optional<double> percent = parsePlainNumber(literal.chopped(1))) {
                if (*percent < 0 || *percent > 100)
                    return Error{Text::tr("a percentage lies between 0% and 100%"), start};
                node.number = *percent;
                return std::nullopt;
            }
        }
        return Error{kindHint(function, node.call), start};
    case AlertValueKind::Count:
        if (!plain)
            return Error{kindHint(function, node.call), start};
        node.number = *plain;
        return std::nullopt;
    case AlertValueKind::Days:
        if (plain) {
            node.number = *plain;
            return std::nullopt;
        }
        if (literal.endsWith(u'd')) {
            if (const std::optional<double> days = parsePlainNumber(literal.chopped(1))) {
                node.number = *days;
                return std::nullopt;
            }
        }
        return Error{kindHint(function, node.call), start};
    case AlertValueKind::Boolean:
        break;
    }
    return Error{kindHint(function, node.call), start};
}

bool compare(Op op, double value, double literal)
{
    switch (op) {
    case Op::Equal:
        return value == literal;
    case Op::NotEqual:
        return value != literal;
    case Op::Less:
        return value < literal;
    case Op::LessOrEqual:
        return value <= literal;
    case Op::Greater:
        return value > literal;
    case Op::GreaterOrEqual:
        return value >= literal;
    }
    return false;
}

// Evaluates left to right, stopping early in and/or. The leftmost call is therefore always
// asked first, which is what AlertEvaluation::value reports.
class Evaluator
{
public:
    Evaluator(const AlertFacts &facts, qint64 nowMs) : m_facts(facts), m_nowMs(nowMs) {}

    bool holds(const ExprNode &node)
    {
        switch (node.type) {
        case ExprNode::Type::Or:
            for (const ExprNode &child : node.children) {
                if (holds(child))
                    return true;
            }
            return false;
        case ExprNode::Type::And:
            for (const ExprNode &child : node.children) {
                if (!holds(child))
                    return false;
            }
            return true;
        case ExprNode::Type::Not:
            return !holds(node.children.front());
        case ExprNode::Type::Flag: {
            const std::optional<double> value = number(node);
            return value && *value != 0;
        }
        case ExprNode::Type::Compare: {
            if (node.kind == AlertValueKind::State) {
                note(node.kind, std::nullopt);
                const std::optional<QString> state = m_facts.state(node.call, m_nowMs);
                return state && (*state == node.state) == (node.op == Op::Equal);
            }
            const std::optional<double> value = number(node);
            return value && compare(node.op, *value, node.number);
        }
        }
        return false;
    }

    AlertEvaluation result(bool expressionHolds) const { return AlertEvaluation{expressionHolds, m_value, m_kind}; }

private:
    std::optional<double> number(const ExprNode &node)
    {
        std::optional<double> value = m_facts.number(node.call, m_nowMs);
        if (value && std::isnan(*value))
            value.reset();
        note(node.kind, value);
        return value;
    }
    void note(AlertValueKind kind, std::optional<double> value)
    {
        if (m_noted)
            return;
        m_noted = true;
        m_kind = kind;
        m_value = value;
    }

    const AlertFacts &m_facts;
    const qint64 m_nowMs;
    bool m_noted = false;
    std::optional<double> m_value;
    AlertValueKind m_kind = AlertValueKind::Count;
};

void collectCalls(const ExprNode &node, QList<AlertCall> &calls)
{
    if (node.type == ExprNode::Type::Compare || node.type == ExprNode::Type::Flag) {
        calls.append(node.call);
        return;
    }
    for (const ExprNode &child : node.children)
        collectCalls(child, calls);
}

} // namespace

struct AlertExpression::Node
{
    ExprNode root;
};

const QList<AlertFunction> &alertFunctions()
{
    static const QList<AlertFunction> functions{
        {u"status"_s, AlertValueKind::State, false, false},
        {u"p50"_s, AlertValueKind::Duration, true, false},
        {u"p95"_s, AlertValueKind::Duration, true, false},
        {u"p99"_s, AlertValueKind::Duration, true, false},
        {u"error_rate"_s, AlertValueKind::Percent, true, true},
        {u"failures"_s, AlertValueKind::Count, true, true},
        {u"quota_left"_s, AlertValueKind::Percent, false, false},
        {u"quota_exhausts_before_reset"_s, AlertValueKind::Boolean, false, false},
        {u"tls_days"_s, AlertValueKind::Days, false, false},
        {u"webhook_signature_failures"_s, AlertValueKind::Count, true, false},
        {u"webhook_delivery_rate"_s, AlertValueKind::Percent, true, false},
        {u"route_error_ratio"_s, AlertValueKind::Percent, true, false},
        {u"route_p95"_s, AlertValueKind::Duration, true, false},
        {u"vendor_incident"_s, AlertValueKind::Boolean, false, false},
        {u"local_network_down"_s, AlertValueKind::Boolean, false, false},
    };
    return functions;
}

// Error positions and AlertCall::position are offsets into `text` as given, before trimming.
Result<AlertExpression> AlertExpression::parse(QStringView text)
{
    Result<ExprNode> root = Parser(text).parse();
    if (!root)
        return root.error();
    AlertExpression expression;
    expression.m_root = std::make_shared<const Node>(Node{std::move(root).value()});
    expression.m_text = text.trimmed().toString();
    return expression;
}

QString AlertExpression::text() const
{
    return m_text;
}

QList<AlertCall> AlertExpression::calls() const
{
    QList<AlertCall> calls;
    if (m_root)
        collectCalls(m_root->root, calls);
    return calls;
}

// A comparison without data is false, so `not` of it is true: "not status(x) == up" holds for a
// subject nothing is known about.
AlertEvaluation AlertExpression::evaluate(const AlertFacts &facts, qint64 nowMs) const
{
    if (!m_root)
        return {};
    Evaluator evaluator(facts, nowMs);
    const bool holds = evaluator.holds(m_root->root);
    return evaluator.result(holds);
}

bool AlertExpression::operator==(const AlertExpression &other) const
{
    return m_text == other.m_text;
}

} // namespace gw
