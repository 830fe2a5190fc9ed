#include "silence.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::Silence)
};

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

QString quoted(const QString &value)
{
    QString out = u"\""_s;
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out + u'"';
}

QString opText(LabelMatcher::Op op)
{
    switch (op) {
    case LabelMatcher::Op::Equal:
        return u"="_s;
    case LabelMatcher::Op::NotEqual:
        return u"!="_s;
    case LabelMatcher::Op::Regex:
        return u"=~"_s;
    case LabelMatcher::Op::NotRegex:
        return u"!~"_s;
    }
    return {};
}

// Reads matchers from `text` starting at `pos`; `inList` stops a bare value at ',' or '}'.
class MatcherReader
{
public:
    explicit MatcherReader(QStringView text) : m_text(text) {}

    qsizetype pos = 0;

    void skipSpaces()
    {
        while (pos < m_text.size() && m_text[pos].isSpace())
            ++pos;
    }
    bool atEnd() const { return pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[pos]; }

    Result<LabelMatcher> matcher(bool inList)
    {
        skipSpaces();
        const qsizetype nameStart = pos;
        if (atEnd() || !isNameStart(peek()))
            return Error{Text::tr("expected a label name (letters, digits and _, not starting with a digit)"), pos};
        while (!atEnd() && isNameChar(peek()))
            ++pos;
        const QString name = m_text.mid(nameStart, pos - nameStart).toString();
        skipSpaces();
        const qsizetype opStart = pos;
        LabelMatcher::Op op;
        const QStringView rest = m_text.mid(pos);
        if (rest.startsWith(u"=~")) {
            op = LabelMatcher::Op::Regex;
            pos += 2;
        } else if (rest.startsWith(u"!~")) {
            op = LabelMatcher::Op::NotRegex;
            pos += 2;
        } else if (rest.startsWith(u"!=")) {
            op = LabelMatcher::Op::NotEqual;
            pos += 2;
        } else if (rest.startsWith(u"=")) {
            op = LabelMatcher::Op::Equal;
            pos += 1;
        } else {
            return Error{Text::tr("expected =, !=, =~ or !~ after the label name %1").arg(name), opStart};
        }
        skipSpaces();
        const qsizetype valueStart = pos;
        QString value;
        if (peek() == u'"') {
            ++pos;
            bool closed = false;
            while (!atEnd()) {
                const QChar c = m_text[pos++];
                if (c == u'"') {
                    closed = true;
                    break;
                }
                if (c == u'\\') {
                    if (atEnd())
                        break;
                    const QChar escaped = m_text[pos++];
                    value += escaped == u'n' ? QChar(u'\n') : escaped;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return Error{Text::tr("the quoted value is not closed"), valueStart};
        } else {
            while (!atEnd() && !(inList && (peek() == u',' || peek() == u'}')))
                ++pos;
            value = m_text.mid(valueStart, pos - valueStart).trimmed().toString();
        }
        Result<LabelMatcher> made = LabelMatcher::make(name, op, value);
        if (!made)
            return Error{made.error().message, valueStart};
        return made;
    }

private:
    QStringView m_text;
};

} // namespace

Result<LabelMatcher> LabelMatcher::make(QString name, Op op, QString value)
{
    if (name.isEmpty() || !isNameStart(name.front()) || !std::all_of(name.cbegin(), name.cend(), isNameChar))
        return Error{Text::tr("%1 is not a label name (letters, digits and _, not starting with a digit)").arg(name)};
    LabelMatcher matcher;
    if (op == Op::Regex || op == Op::NotRegex) {
        matcher.m_regex = QRegularExpression(QRegularExpression::anchoredPattern(value));
        if (!matcher.m_regex.isValid()) {
            return Error{Text::tr("%1 is not a valid regular expression: %2")
                             .arg(quoted(value), matcher.m_regex.errorString())};
        }
    }
    matcher.m_name = std::move(name);
    matcher.m_op = op;
    matcher.m_value = std::move(value);
    return matcher;
}

Result<LabelMatcher> LabelMatcher::parse(QStringView text)
{
    MatcherReader reader(text);
    Result<LabelMatcher> matcher = reader.matcher(false);
    if (!matcher)
        return matcher;
    reader.skipSpaces();
    if (!reader.atEnd())
        return Error{Text::tr("unexpected text after the matcher"), reader.pos};
    return matcher;
}

Result<QList<LabelMatcher>> LabelMatcher::parseList(QStringView text)
{
    MatcherReader reader(text);
    reader.skipSpaces();
    const bool braced = reader.peek() == u'{';
    if (braced)
        ++reader.pos;
    QList<LabelMatcher> matchers;
    for (;;) {
        reader.skipSpaces();
        if (braced && reader.peek() == u'}') {
            ++reader.pos;
            break;
        }
        if (reader.atEnd()) {
            if (braced)
                return Error{Text::tr("expected } to close the matchers"), reader.pos};
            break;
        }
        Result<LabelMatcher> matcher = reader.matcher(true);
        if (!matcher)
            return matcher.error();
        matchers.append(std::move(matcher).value());
        reader.skipSpaces();
        if (reader.peek() == u',') {
            ++reader.pos;
            continue;
        }
        if (braced && reader.peek() == u'}')
            continue;
        if (!reader.atEnd())
            return Error{Text::tr("expected a comma between matchers"), reader.pos};
    }
    reader.skipSpaces();
    if (!reader.atEnd())
        return Error{Text::tr("unexpected text after the matchers"), reader.pos};
    if (matchers.isEmpty())
        return Error{Text::tr("no matchers: write at least one, e.g. alertname=\"shopify-down\""), 0};
    return matchers;
}

bool LabelMatcher::matches(const AlertLabels &labels) const
{
    const QString actual = labels.value(m_name);
    switch (m_op) {
    case Op::Equal:
        return actual == m_value;
    case Op::NotEqual:
        return actual != m_value;
    case Op::Regex:
        return m_regex.match(actual).hasMatch();
    case Op::NotRegex:
        return !m_regex.match(actual).hasMatch();
    }
    return false;
}

QString LabelMatcher::toString() const
{
    return m_name + opText(m_op) + quoted(m_value);
}

QString matchersText(const QList<LabelMatcher> &matchers)
{
    QStringList parts;
    for (const LabelMatcher &matcher : matchers)
        parts.append(matcher.toString());
    return u'{' + parts.join(u", "_s) + u'}';
}

QList<LabelMatcher> matchersFor(const QString &rule, const AlertLabels &labels)
{
    QList<LabelMatcher> matchers;
    // Equal matchers of any text are valid.
    matchers.append(*LabelMatcher::make(u"alertname"_s, LabelMatcher::Op::Equal, rule));
    if (const QString integration = labels.value(u"integration"_s); !integration.isEmpty())
        matchers.append(*LabelMatcher::make(u"integration"_s, LabelMatcher::Op::Equal, integration));
    return matchers;
}

Silence::State Silence::state(qint64 nowMs) const
{
    if (nowMs < startsAtMs)
        return State::Pending;
    if (nowMs < endsAtMs)
        return State::Active;
    return State::Expired;
}

bool Silence::silences(const AlertLabels &labels, qint64 nowMs) const
{
    if (matchers.isEmpty() || state(nowMs) != State::Active)
        return false;
    return std::all_of(matchers.cbegin(), matchers.cend(),
                       [&](const LabelMatcher &matcher) { return matcher.matches(labels); });
}

std::optional<QString> Silence::problem(const Silence &silence)
{
    if (silence.matchers.isEmpty())
        return Text::tr("a silence needs at least one matcher");
    const AlertLabels none;
    if (std::all_of(silence.matchers.cbegin(), silence.matchers.cend(),
                    [&](const LabelMatcher &matcher) { return matcher.matches(none); })) {
        return Text::tr("these matchers match every alert: at least one must require a value, e.g. "
                        "alertname=\"shopify-down\"");
    }
    if (silence.endsAtMs <= silence.startsAtMs)
        return Text::tr("a silence must end after it starts");
    if (silence.createdBy.trimmed().isEmpty())
        return Text::tr("a silence needs the name of who created it");
    return std::nullopt;
}

QString machineName(Silence::State state)
{
    switch (state) {
    case Silence::State::Pending:
        return u"pending"_s;
    case Silence::State::Active:
        return u"active"_s;
    case Silence::State::Expired:
        return u"expired"_s;
    }
    return {};
}

QStringList silencing(const QList<Silence> &silences, const AlertLabels &labels, qint64 nowMs)
{
    QStringList ids;
    for (const Silence &silence : silences) {
        if (silence.silences(labels, nowMs))
            ids.append(silence.id);
    }
    return ids;
}

} // namespace gw
