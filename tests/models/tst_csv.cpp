#include "csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void record();
};

// RFC 4180, section 2: fields with commas, quotes or line breaks are quoted, quotes doubled.
void tst_Csv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << u"shopify"_s << QByteArray("shopify");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << u"Acme, Inc."_s << QByteArray("\"Acme, Inc.\"");
    QTest::newRow("quote") << u"the \"Plus\" tier"_s << QByteArray("\"the \"\"Plus\"\" tier\"");
    QTest::newRow("line feed") << u"a\nb"_s << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << u"a\r\nb"_s << QByteArray("\"a\r\nb\"");
    QTest::newRow("spaces kept") << u" padded "_s << QByteArray(" padded ");
    QTest::newRow("utf-8") << u"Zahlungsanbieter €"_s << QByteArray("Zahlungsanbieter \xe2\x82\xac");
}

void tst_Csv::field()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(csvField(text), expected);
}

void tst_Csv::record()
{
    QCOMPARE(csvRecord({u"vendor"_s, u"Acme, Inc."_s, QString(), u"99.95"_s}),
             QByteArray("vendor,\"Acme, Inc.\",,99.95\n"));
    QCOMPARE(csvRecord({}), QByteArray("\n"));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
