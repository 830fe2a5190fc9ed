#include "configwatcher.h"

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

bool writeInPlace(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// What most editors do: write a new file beside the old one and rename it over.
bool replaceByRename(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QByteArray catalogWith(const char *integrationId)
{
    return "integrations:\n  - id: "_ba + integrationId + "\n    name: Test\n"_ba;
}

QString firstIntegration(const Catalog &catalog)
{
    return catalog.integrations.isEmpty() ? QString() : catalog.integrations.first().id;
}

} // namespace

class tst_ConfigWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reloadsAndKeepsLastGood();
    void ignoresUnchangedContent();
    void missingFileAppears();
};

void tst_ConfigWatcher::reloadsAndKeepsLastGood()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"gatewatch.yaml"_s);
    QVERIFY(writeInPlace(path, catalogWith("one")));

    ConfigWatcher watcher(path);
    QSignalSpy loaded(&watcher, &ConfigWatcher::catalogLoaded);
    QSignalSpy failed(&watcher, &ConfigWatcher::loadFailed);
    QVERIFY(watcher.load().isEmpty());
    QCOMPARE(loaded.count(), 1);
    QVERIFY(watcher.hasCatalog());
    QCOMPARE(firstIntegration(watcher.catalog()), u"one"_s);

    // A broken edit: reported, and the last good catalog stays.
    QVERIFY(writeInPlace(path, "integrations:\n  - id: Not Valid\n"_ba));
    QVERIFY(failed.wait());
    QCOMPARE(failed.count(), 1);
    const auto errors = failed.first().at(0).value<ConfigErrors>();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 2);
    QCOMPARE(failed.first().at(1).toBool(), true);
    QCOMPARE(firstIntegration(watcher.catalog()), u"one"_s);
    QCOMPARE(loaded.count(), 1);

    // An editor's atomic save replaces the file (and its inode) by a rename.
    QVERIFY(replaceByRename(path, catalogWith("two")));
    QVERIFY(loaded.wait());
    QCOMPARE(firstIntegration(watcher.catalog()), u"two"_s);
    QCOMPARE(firstIntegration(loaded.last().at(0).value<Catalog>()), u"two"_s);

    // The new file is watched too: an in-place write after the rename is still seen.
    QVERIFY(writeInPlace(path, catalogWith("three")));
    QVERIFY(loaded.wait());
    QCOMPARE(firstIntegration(watcher.catalog()), u"three"_s);
    QCOMPARE(failed.count(), 1);
}

void tst_ConfigWatcher::ignoresUnchangedContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"gatewatch.yaml"_s);
    QVERIFY(writeInPlace(path, catalogWith("one")));

    ConfigWatcher watcher(path);
    QSignalSpy loaded(&watcher, &ConfigWatcher::catalogLoaded);
    QSignalSpy failed(&watcher, &ConfigWatcher::loadFailed);
    QVERIFY(watcher.load().isEmpty());
    QCOMPARE(loaded.count(), 1);

    // Same bytes again, and an unrelated file in the same directory: nothing to reload.
    QVERIFY(replaceByRename(path, catalogWith("one")));
    QVERIFY(writeInPlace(dir.filePath(u"notes.txt"_s), "hello"_ba));
    QVERIFY(!loaded.wait(1000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void tst_ConfigWatcher::missingFileAppears()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"gatewatch.yaml"_s);

    ConfigWatcher watcher(path);
    QSignalSpy loaded(&watcher, &ConfigWatcher::catalogLoaded);
    QSignalSpy failed(&watcher, &ConfigWatcher::loadFailed);
    const ConfigErrors errors = watcher.load();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 0);
    QCOMPARE(errors.first().file, path);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).toBool(), false);
    QVERIFY(!watcher.hasCatalog());

    QVERIFY(writeInPlace(path, catalogWith("late")));
    QVERIFY(loaded.wait());
    QCOMPARE(firstIntegration(watcher.catalog()), u"late"_s);
}

QTEST_GUILESS_MAIN(tst_ConfigWatcher)
#include "tst_configwatcher.moc"
