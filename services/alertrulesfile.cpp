#include "alertrulesfile.h"

#include "duration.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void emitMap(YAML::Emitter &out, const char *key, const QMap<QString, QString> &map)
{
    if (map.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out << YAML::Key << utf8(it.key()) << YAML::Value << YAML::DoubleQuoted << utf8(it.value());
    out << YAML::EndMap;
}

// A line that starts a top-level key: "alerts:", "settings: …" (not a list item, a comment or an
// indented line).
bool isTopLevelKey(QStringView line)
{
    static const QRegularExpression key(uR"(^[A-Za-z_][A-Za-z0-9_-]*\s*:(\s|$))"_s);
    return key.match(line).hasMatch();
}

bool isBlankOrComment(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

ConfigError fileError(const QString &path, const QString &message)
{
    return ConfigError{path, 0, 0, message};
}

} // namespace

QString AlertRulesFile::block(const QList<AlertRule> &rules)
{
    if (rules.isEmpty())
        return u"alerts: []\n"_s;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key << "alerts" << YAML::Value << YAML::BeginSeq;
    for (const AlertRule &rule : rules) {
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << utf8(rule.name);
        out << YAML::Key << "when" << YAML::Value << YAML::DoubleQuoted << utf8(rule.when.text());
        if (rule.forMs > 0)
            out << YAML::Key << "for" << YAML::Value << utf8(formatDuration(std::chrono::milliseconds(rule.forMs)));
        if (rule.keepFiringForMs > 0) {
            out << YAML::Key << "keep_firing_for" << YAML::Value
                << utf8(formatDuration(std::chrono::milliseconds(rule.keepFiringForMs)));
        }
        if (rule.resolveWhen)
            out << YAML::Key << "resolve_when" << YAML::Value << YAML::DoubleQuoted << utf8(rule.resolveWhen->text());
        out << YAML::Key << "severity" << YAML::Value << utf8(machineName(rule.severity));
        emitMap(out, "labels", rule.labels);
        emitMap(out, "annotations", rule.annotations);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QString::fromStdString(out.c_str()) + u'\n';
}

QString AlertRulesFile::replaceBlock(const QString &text, const QString &block)
{
    QStringList lines = text.split(u'\n');
    // A final newline leaves an empty last element; it is put back at the end.
    const bool endsWithNewline = text.endsWith(u'\n');
    if (endsWithNewline)
        lines.removeLast();
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isTopLevelKey(lines.at(i)) && lines.at(i).startsWith(u"alerts")
            && lines.at(i).mid(6).trimmed().startsWith(u':')) {
            start = i;
            break;
        }
    }
    QStringList blockLines = block.split(u'\n');
    if (blockLines.constLast().isEmpty())
        blockLines.removeLast();
    if (start < 0) {
        while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
            lines.removeLast();
        if (!lines.isEmpty())
            lines.append(QString());
        lines += blockLines;
        return lines.join(u'\n') + u'\n';
    }
    qsizetype end = start + 1;
    while (end < lines.size() && !isTopLevelKey(lines.at(end)))
        ++end;
    // Comments and blank lines just before the next key belong to it.
    while (end > start + 1 && isBlankOrComment(lines.at(end - 1)))
        --end;
    lines.remove(start, end - start);
    for (qsizetype i = 0; i < blockLines.size(); ++i)
        lines.insert(start + i, blockLines.at(i));
    return lines.join(u'\n') + (endsWithNewline ? u"\n"_s : QString());
}

Result<Catalog, ConfigErrors> AlertRulesFile::save(const QString &path, const QList<AlertRule> &rules)
{
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly))
        return ConfigErrors{fileError(path, tr("cannot read the configuration: %1").arg(current.errorString()))};
    const QString text = QString::fromUtf8(current.readAll());
    current.close();
    const QByteArray updated = replaceBlock(text, block(rules)).toUtf8();
    Result<Catalog, ConfigErrors> loaded = ConfigLoader::loadText(updated, path);
    if (!loaded)
        return loaded;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(updated) != updated.size() || !file.commit())
        return ConfigErrors{fileError(path, tr("cannot write the configuration: %1").arg(file.errorString()))};
    return loaded;
}

} // namespace gw
