#include "alertrulesfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const QString base = uR"(# Our vendors
settings:
  interval: 30s
integrations:
  - id: shopify
    checks:
      - id: shop
        url: https://example.myshopify.com/admin/api/2024-10/shop.json
        headers: { X-Shopify-Access-Token: "${secret:shopify}" }
)"_s;

AlertRule ruleOf(const QString &name, const QString &when)
{
    AlertRule rule;
    rule.name = name;
    rule.when = *AlertExpression::parse(when);
    return rule;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
}

} // namespace

class tst_AlertRulesFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesRoundTrip()
    {
        AlertRule full = ruleOf(u"shopify-slow"_s, u"p95(shopify, 10m) > 1500ms"_s);
        full.forMs = 90'000;
        full.keepFiringForMs = 300'000;
        full.resolveWhen = *AlertExpression::parse(u"p95(shopify, 10m) < 1000ms"_s);
        full.severity = AlertSeverity::Critical;
        full.labels = {{u"team"_s, u"commerce"_s}, {u"page"_s, u"yes: now"_s}};
        full.annotations = {{u"summary"_s, u"Shopify is \"slow\" — see #ops"_s}};
        const AlertRule plain = ruleOf(u"shopify-down"_s, u"status(shopify/shop) == down"_s);
        const QList<AlertRule> rules{full, plain};

        const QString text = base + AlertRulesFile::block(rules);
        const Result<Catalog, ConfigErrors> loaded = ConfigLoader::loadText(text.toUtf8(), u"gatewatch.yaml"_s);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().constFirst().toString() + u'\n' + text));
        QCOMPARE(loaded->alerts, rules);
    }

    void noRules()
    {
        QCOMPARE(AlertRulesFile::block({}), u"alerts: []\n"_s);
    }

    void replaceBlock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString block = u"alerts:\n  - name: new\n"_s;
        QTest::newRow("none yet: appended after a blank line")
            << u"settings:\n  interval: 30s\n\n"_s << u"settings:\n  interval: 30s\n\nalerts:\n  - name: new\n"_s;
        QTest::newRow("empty file") << QString() << block;
        QTest::newRow("in the middle, the next key's comment stays")
            << u"settings: {}\nalerts:\n  - name: old\n    # its note\n    when: x\n\n# Integrations\nintegrations: []\n"_s
            << u"settings: {}\nalerts:\n  - name: new\n\n# Integrations\nintegrations: []\n"_s;
        QTest::newRow("last, with list items at column 0")
            << u"integrations: []\nalerts:\n- name: old\n  when: x\n"_s
            << u"integrations: []\nalerts:\n  - name: new\n"_s;
        QTest::newRow("flow style on one line") << u"alerts: []\nintegrations: []\n"_s
                                                << u"alerts:\n  - name: new\nintegrations: []\n"_s;
        QTest::newRow("a key that only starts with alerts is another key")
            << u"alerts_old: 1\n"_s << u"alerts_old: 1\n\nalerts:\n  - name: new\n"_s;
        QTest::newRow("without a final newline") << u"alerts: []"_s << u"alerts:\n  - name: new"_s;
    }

    void replaceBlock()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(AlertRulesFile::replaceBlock(text, u"alerts:\n  - name: new\n"_s), expected);
    }

    void saveKeepsTheRestOfTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        const QString original = base + u"\n# Alerts\nalerts:\n  - name: old\n    when: status(shopify) == down\n"_s;
        write(path, original);
        const Result<Catalog, ConfigErrors> saved =
            AlertRulesFile::save(path, {ruleOf(u"new"_s, u"status(shopify) == degraded"_s)});
        QVERIFY(saved);
        QCOMPARE(saved->alerts.size(), 1);
        const QByteArray written = read(path);
        QVERIFY(written.startsWith((base + u"\n# Alerts\n"_s).toUtf8()));
        QVERIFY(written.contains("${secret:shopify}")); // references stay references
        QVERIFY(written.contains("name: new"));
        QVERIFY(!written.contains("name: old"));
    }

    void nothingWrittenWhenTheResultWouldNotLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatewatch.yaml"_s);
        write(path, base);
        const Result<Catalog, ConfigErrors> saved =
            AlertRulesFile::save(path, {ruleOf(u"typo"_s, u"status(shopfy) == down"_s)});
        QVERIFY(!saved);
        QVERIFY2(saved.error().constFirst().message.contains(u"unknown integration 'shopfy'"_s),
                 qPrintable(saved.error().constFirst().toString()));
        QCOMPARE(read(path), base.toUtf8());
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const Result<Catalog, ConfigErrors> saved = AlertRulesFile::save(dir.filePath(u"missing.yaml"_s), {});
        QVERIFY(!saved);
        QVERIFY(saved.error().constFirst().message.contains(u"cannot read"_s));
    }
};

QTEST_GUILESS_MAIN(tst_AlertRulesFile)
#include "tst_alertrulesfile.moc"
