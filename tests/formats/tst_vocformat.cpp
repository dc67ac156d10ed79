// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

Format *voc()
{
    return FormatRegistry::find(QStringLiteral("voc"));
}

} // namespace

class TestVocFormat : public QObject
{
    Q_OBJECT

private slots:
    void fixtureImport();
    void relaxedLayout();
    void goldenExports_data() { Test::addGoldenRows(QStringLiteral("voc")); }
    void goldenExports();
    void roundTrip();
    void badInputIsRefusedWhole_data();
    void badInputIsRefusedWhole();
};

void TestVocFormat::fixtureImport()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*voc(), *store,
                             Test::dataDir() + QStringLiteral("/datumaro/voc/voc_dataset1"), report,
                             {}),
             qPrintable(voc()->errorString()));
    QCOMPARE(report.assets, 1);
    QCOMPARE(report.annotations, 3); // cat, person and the person's head
    QCOMPARE(report.newLabels, (QStringList{QStringLiteral("cat"), QStringLiteral("person"),
                                            QStringLiteral("head")}));
    const QList<Annotation> all = store->annotations(store->assetIds().constFirst());
    const Annotation cat = all[0];
    QCOMPARE(cat.points, (QList<QPointF>{QPointF(1, 2), QPointF(3, 4)}));
    QCOMPARE(cat.data.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("truncated"))
                     .toString(),
             QStringLiteral("1"));
    const Annotation person = all[1], head = all[2];
    QVERIFY(person.groupId != 0);
    QCOMPARE(head.groupId, person.groupId); // the part travels with its object
    QCOMPARE(head.points, (QList<QPointF>{QPointF(5.5, 6), QPointF(7.5, 8)}));
    QCOMPARE(person.data.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("actions"))
                     .toObject()
                     .value(QStringLiteral("phoning"))
                     .toString(),
             QStringLiteral("1"));
}

void TestVocFormat::relaxedLayout()
{
    // Kaggle-style: annotations/ and images/ in lower case.
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*voc(), *store,
                             Test::dataDir() + QStringLiteral("/datumaro/voc_relaxed/relaxed_voc1"),
                             report, {}),
             qPrintable(voc()->errorString()));
    QCOMPARE(report.annotations, 2);
    QCOMPARE(store->annotations(store->assetIds().constFirst()).last().points,
             (QList<QPointF>{QPointF(4, 5), QPointF(6, 7)}));
}

void TestVocFormat::goldenExports()
{
    QFETCH(QString, caseDir);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::buildCase(*store, caseDir, dir.path()));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport report;
    QVERIFY2(ExportJob::write(*voc(), *store, out, report, {}), qPrintable(voc()->errorString()));
    QDirIterator expected(caseDir + QStringLiteral("/expected"), QDir::Files,
                          QDirIterator::Subdirectories);
    int compared = 0;
    while (expected.hasNext()) {
        const QString file = expected.next();
        const QString relative = QDir(caseDir + QStringLiteral("/expected")).relativeFilePath(file);
        QCOMPARE(QString::fromUtf8(Test::readAll(QDir(out).filePath(relative))).trimmed(),
                 QString::fromUtf8(Test::readAll(file)).trimmed());
        ++compared;
    }
    QCOMPARE(compared, 2);
    QCOMPARE(report.warnings.size(), 2); // the ellipse as a box, the point left out
}

void TestVocFormat::roundTrip()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::buildCase(*store,
                            Test::dataDir() + QStringLiteral("/golden/voc/one-box-one-ellipse"),
                            dir.path()));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport report;
    QVERIFY(ExportJob::write(*voc(), *store, out, report, {}));
    QVERIFY(QFileInfo(out + QStringLiteral("/JPEGImages/v.png")).isSymLink()); // images=link
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*voc(), *again, out, back, {}), qPrintable(voc()->errorString()));
    const QList<Annotation> imported = again->annotations(again->assetIds().constFirst());
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported[0].points, (QList<QPointF>{QPointF(2.5, 3), QPointF(10, 12)}));
    QCOMPARE(imported[1].points, (QList<QPointF>{QPointF(20, 10), QPointF(30, 30)}));
    QCOMPARE(again->label(imported[1].labelId)->name, QStringLiteral("dog"));
}

void TestVocFormat::badInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "<annotation><filename>i.png</filename><size><width>10</"
                            "width><height>10</height></size>";
    QTest::newRow("malformed") << head + "<object><name>cat</name><bndbox><xmin>1</xmin>"
                               << QStringLiteral("bad.xml:");
    QTest::newRow("not-voc") << QByteArray("<svg></svg>") << QStringLiteral("not Pascal VOC");
    QTest::newRow("not-a-number")
            << head
                       + "<object><name>cat</name><bndbox><xmin>one</xmin><ymin>1</ymin><xmax>2</"
                         "xmax><ymax>2</ymax></bndbox></object></annotation>"
            << QStringLiteral("not a number");
    QTest::newRow("inverted-box")
            << head
                       + "<object><name>cat</name><bndbox><xmin>5</xmin><ymin>1</ymin><xmax>2</"
                         "xmax><ymax>2</ymax></bndbox></object></annotation>"
            << QStringLiteral("xmax < xmin");
    QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE annotation [<!ENTITY a \"aaaaaaaaaa\">";
    for (int level = 1; level < 10; ++level)
        bomb += "<!ENTITY " + QByteArray(1, char('a' + level)) + " \""
                + QByteArray("&").append(char('a' + level - 1)).append(';').repeated(10) + "\">";
    bomb += "]><annotation><filename>&j;</filename></annotation>";
    QTest::newRow("billion-laughs") << bomb << QStringLiteral("bad.xml:");
}

void TestVocFormat::badInputIsRefusedWhole()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(10, 10)));
    // A good file first, so that a partial import would leave something behind.
    QFile good(dir.filePath(QStringLiteral("a-good.xml")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("<annotation><filename>i.png</filename><object><name>cat</name><bndbox><xmin>1</"
               "xmin><ymin>1</ymin>"
               "<xmax>3</xmax><ymax>3</ymax></bndbox></object></annotation>");
    good.close();
    QFile bad(dir.filePath(QStringLiteral("bad.xml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(xml);
    bad.close();
    FormatReport report;
    QVERIFY(!ImportJob::read(*voc(), *store, dir.path(), report, {}));
    QVERIFY2(voc()->errorString().contains(expected), qPrintable(voc()->errorString()));
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->labels().size(), 0);
}

QTEST_GUILESS_MAIN(TestVocFormat)
#include "tst_vocformat.moc"
