// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/maskcodec.h"
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "testhelpers.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

Format *cvat()
{
    return FormatRegistry::find(QStringLiteral("cvat"));
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// every-kind.xml with its image drawn under images/Train/.
void stageEveryKind(const QString &folder)
{
    QVERIFY(QDir(folder).mkpath(QStringLiteral("in/images/Train")));
    QVERIFY(QFile::copy(Test::dataDir() + QStringLiteral("/cvat/every-kind.xml"),
                        folder + QStringLiteral("/in/annotations.xml")));
    QVERIFY(Test::writeImage(folder + QStringLiteral("/in/images/Train/street.png"), 5,
                             QSize(40, 30)));
}

} // namespace

class TestCvatFormat : public QObject
{
    Q_OBJECT

private slots:
    void datumaroFixtures();
    void everyKind();
    void videoTracks();
    void skeletonTracksWithPointTracks();
    void roundTrip();
    void badInputIsRefusedWhole_data();
    void badInputIsRefusedWhole();
};

void TestCvatFormat::datumaroFixtures()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    const QString root = Test::dataDir() + QStringLiteral("/datumaro/cvat/for_images/");
    QVERIFY2(ImportJob::read(*cvat(), *store, root + QStringLiteral("export_task/train.xml"),
                             report, {}),
             qPrintable(cvat()->errorString()));
    QCOMPARE(report.annotations, 4);
    const Label label1 = *store->labelByName(key("label1"));
    QCOMPARE(label1.attributes.size(), 4);
    QCOMPARE(label1.attributes[0].type, AttributeType::Checkbox);
    QCOMPARE(label1.attributes[1].type, AttributeType::Select);
    QCOMPARE(label1.attributes[1].options, (QStringList{key("v1"), key("v2"), key("v3")}));
    QCOMPARE(label1.attributes[3].type, AttributeType::Number);
    const QList<Annotation> first = store->annotations(store->assetIds().constFirst());
    const auto box = std::find_if(first.cbegin(), first.cend(), [](const Annotation &a) {
        return a.kind == AnnotationKind::Box;
    });
    QVERIFY(box != first.cend());
    QCOMPARE(box->points, (QList<QPointF>{QPointF(0, 2), QPointF(4, 4)}));
    QCOMPARE(box->z, 1);
    const QJsonObject attributes = box->data.value(key("attributes")).toObject();
    QCOMPARE(attributes.value(key("a1")), QJsonValue(true)); // typed by the schema
    QCOMPARE(attributes.value(key("a4")), QJsonValue(2.4));
    QCOMPARE(attributes.value(key("a3")), QJsonValue(key("0003"))); // text stays text
    QCOMPARE(attributes.value(key("occluded")), QJsonValue(true));

    FormatReport project;
    QVERIFY2(ImportJob::read(*cvat(), *store, root + QStringLiteral("export_project"), project, {}),
             qPrintable(cvat()->errorString()));
    QCOMPARE(project.annotations, 12); // three subsets of four shapes
}

void TestCvatFormat::everyKind()
{
    QTemporaryDir dir;
    stageEveryKind(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*cvat(), *store, dir.filePath(QStringLiteral("in")), report, {}),
             qPrintable(cvat()->errorString()));
    QCOMPARE(report.annotations, 9); // the cuboid is left out
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings.constFirst().contains(key("<cuboid> is not read")));
    QVERIFY(report.warnings.constFirst().contains(key("annotations.xml:")));

    const Label person = *store->labelByName(key("person"));
    QCOMPARE(person.skeleton.points, (QStringList{key("head"), key("hand"), key("foot")}));
    QCOMPARE(person.skeleton.edges, (QList<QPair<int, int>>{{0, 1}, {1, 2}}));
    QVERIFY(!store->labelByName(key("head"))); // sublabels are the skeleton's points
    QCOMPARE(store->labelByName(key("car"))->color, QColor(0xff, 0x80, 0x00));
    QCOMPARE(store->labelByName(key("car"))->attributes[2].options,
             (QStringList{key("red"), key("dark blue")}));

    QMap<AnnotationKind, Annotation> byKind;
    for (const Annotation &a : store->annotations(store->assetIds().constFirst()))
        byKind.insert(a.kind, a);
    QCOMPARE(byKind.size(), 9);
    const Annotation box = byKind[AnnotationKind::Box];
    QCOMPARE(box.points, (QList<QPointF>{QPointF(2.5, 3), QPointF(12, 9)}));
    QCOMPARE(box.groupId, 4);
    QCOMPARE(box.z, 2);
    QCOMPARE(box.data.value(key("attributes")).toObject(),
             (QJsonObject{{key("parked"), true},
                          {key("doors"), 5},
                          {key("colour"), key("dark blue")},
                          {key("occluded"), true}}));
    QCOMPARE(byKind[AnnotationKind::RotatedBox].rotation, 30.0);
    QCOMPARE(byKind[AnnotationKind::Ellipse].points,
             (QList<QPointF>{QPointF(6, 18), QPointF(14, 22)}));
    QCOMPARE(byKind[AnnotationKind::Polyline].labelId, 0);
    QCOMPARE(byKind[AnnotationKind::Point].groupId, 4);
    const Annotation mask = byKind[AnnotationKind::Mask];
    QCOMPARE(mask.maskRect, QRect(30, 20, 3, 3));
    QVERIFY(!MaskCodec::contains(mask, QPoint(30, 20)));
    QVERIFY(MaskCodec::contains(mask, QPoint(31, 20)));
    QVERIFY(MaskCodec::contains(mask, QPoint(30, 22)));
    QVERIFY(!MaskCodec::contains(mask, QPoint(32, 22)));
    const Annotation skeleton = byKind[AnnotationKind::Keypoints];
    QCOMPARE(skeleton.labelId, person.id);
    QCOMPARE(skeleton.points, (QList<QPointF>{QPointF(15, 5), QPointF(17, 8), QPointF(15, 15)}));
    QCOMPARE(skeleton.visibility, (QList<int>{2, 1, 0}));
    QCOMPARE(store->label(byKind[AnnotationKind::Tag].labelId)->name, key("night"));
}

void TestCvatFormat::videoTracks()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*cvat(), *store,
                             Test::dataDir()
                                     + QStringLiteral("/datumaro/cvat/for_video/annotations.xml"),
                             report, {}),
             qPrintable(cvat()->errorString()));
    // Three tracks, each visible on one frame (frames where it is "outside" are skipped).
    QCOMPARE(report.annotations, 3);
    QStringList tracks;
    for (qint64 id : store->assetIds())
        for (const Annotation &a : store->annotations(id))
            tracks.append(a.data.value(QStringLiteral("track")).toString());
    tracks.sort();
    QCOMPARE(tracks, (QStringList{key("0"), key("1"), key("2")}));
    QVERIFY(store->labelByName(key("klhg")));
}

void TestCvatFormat::skeletonTracksWithPointTracks()
{
    // Written here after CVAT 1.1's video layout: track 0 holds <skeleton> shapes with their
    // points (frame 1 outside), track 1 an empty skeleton and one <track> per point.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
    QVERIFY(QFile::copy(Test::dataDir() + QStringLiteral("/cvat/skeleton-tracks.xml"),
                        dir.filePath(QStringLiteral("annotations.xml"))));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("images/frame_000000.png")), 1));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("images/frame_000001.png")), 2));
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*cvat(), *store, dir.filePath(QStringLiteral("annotations.xml")),
                             report, {}),
             qPrintable(cvat()->errorString()));
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join('\n')));
    // The declared but unused "car" comes along, after "person", in the file's order.
    QCOMPARE(report.newLabels, QStringList({"person", "car"}));
    QMap<QString, QList<Annotation>> byFrame;
    for (qint64 id : store->assetIds())
        byFrame[store->asset(id)->name] = store->annotations(id);
    QCOMPARE(byFrame.value(QStringLiteral("frame_000000.png")).size(), 2);
    QCOMPARE(byFrame.value(QStringLiteral("frame_000001.png")).size(), 1);
    for (const Annotation &a : byFrame.value(QStringLiteral("frame_000000.png"))) {
        QCOMPARE(a.kind, AnnotationKind::Keypoints);
        if (a.data.value(QStringLiteral("track")).toString() == QLatin1String("0")) {
            QCOMPARE(a.points, (QList<QPointF>{{10, 10}, {20, 20}}));
            QCOMPARE(a.visibility, (QList<int>{2, 1})); // the hand is occluded
        } else {
            QCOMPARE(a.points, (QList<QPointF>{{30, 30}, {40, 40}}));
            QCOMPARE(a.visibility, (QList<int>{2, 2}));
        }
    }
    // Frame 1: track 0 is outside; track 1's skeleton is made from its point tracks, the hand
    // outside.
    const Annotation later = byFrame.value(QStringLiteral("frame_000001.png")).first();
    QCOMPARE(later.data.value(QStringLiteral("track")).toString(), QStringLiteral("1"));
    QCOMPARE(later.points.first(), QPointF(31, 31));
    QCOMPARE(later.visibility, (QList<int>{2, 0}));
}

void TestCvatFormat::roundTrip()
{
    QTemporaryDir dir;
    stageEveryKind(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*cvat(), *store, dir.filePath(QStringLiteral("in")), report, {}));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport written;
    QVERIFY2(ExportJob::write(*cvat(), *store, out, written, {}),
             qPrintable(cvat()->errorString()));
    // The polyline without a label has no CVAT label to go under: left out, and said so.
    QCOMPARE(written.annotations, 8);
    QCOMPARE(written.warnings.size(), 1);
    QVERIFY2(
            written.warnings[0].startsWith(QStringLiteral("1 shape(s) or span(s) without a label")),
            qPrintable(written.warnings[0]));
    QVERIFY(QFileInfo(out + QStringLiteral("/images/street.png")).isSymLink()); // images=link

    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*cvat(), *again, out, back, {}), qPrintable(cvat()->errorString()));
    QVERIFY(back.warnings.isEmpty());
    QCOMPARE(again->labels().size(), store->labels().size());
    for (const Label &l : store->labels()) {
        const Label other = *again->labelByName(l.name);
        QCOMPARE(other.sortOrder, l.sortOrder); // the schema's order is kept
        QCOMPARE(other.skeleton, l.skeleton);
        QCOMPARE(other.attributes.size(), l.attributes.size());
        for (qsizetype i = 0; i < l.attributes.size(); ++i) {
            QCOMPARE(other.attributes[i].name, l.attributes[i].name);
            QCOMPARE(other.attributes[i].type, l.attributes[i].type);
            QCOMPARE(other.attributes[i].options, l.attributes[i].options);
        }
    }
    QList<Annotation> before = store->annotations(store->assetIds().constFirst());
    before.removeIf([](const Annotation &a) { return a.labelId == 0; });
    const QList<Annotation> after = again->annotations(again->assetIds().constFirst());
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].kind, before[i].kind);
        QCOMPARE(after[i].points, before[i].points);
        QCOMPARE(after[i].rotation, before[i].rotation);
        QCOMPARE(after[i].visibility, before[i].visibility);
        QCOMPARE(after[i].maskRect, before[i].maskRect);
        QCOMPARE(after[i].maskRuns, before[i].maskRuns);
        QCOMPARE(after[i].z, before[i].z);
        QCOMPARE(after[i].groupId, before[i].groupId);
        QCOMPARE(after[i].data, before[i].data);
        const auto name = [](ProjectStore &s, qint64 id) {
            return id ? s.label(id)->name : QString();
        };
        QCOMPARE(name(*again, after[i].labelId), name(*store, before[i].labelId));
    }
}

void TestCvatFormat::badInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "<annotations><version>1.1</version><image id=\"0\" name=\"i.png\" "
                            "width=\"10\" height=\"10\">";
    QTest::newRow("malformed") << head + "<box label=\"a\" xtl=\"1\""
                               << QStringLiteral("bad.xml:1");
    QTest::newRow("not-cvat") << QByteArray("<annotation/>") << QStringLiteral("not CVAT XML");
    QTest::newRow("box-not-a-number") << head
                                                 + "<box label=\"a\" xtl=\"one\" ytl=\"1\" "
                                                   "xbr=\"2\" ybr=\"2\"/></image></annotations>"
                                      << QStringLiteral("malformed coordinate");
    QTest::newRow("box-missing-corner")
            << head + "<box label=\"a\" xtl=\"1\" ytl=\"1\" xbr=\"2\"/></image></annotations>"
            << QStringLiteral("malformed coordinate");
    QTest::newRow("bad-points")
            << head + "<polygon label=\"a\" points=\"1,2;3\"/></image></annotations>"
            << QStringLiteral("<polygon> has a missing");
    QTest::newRow("nan") << head + "<points label=\"a\" points=\"nan,2\"/></image></annotations>"
                         << QStringLiteral("<points> has a missing");
    // Finite but absurd: was accepted, and the COCO export then wrote "area": inf.
    QTest::newRow("1e308") << head
                                      + "<box label=\"a\" xtl=\"-1e308\" ytl=\"1\" xbr=\"2\" "
                                        "ybr=\"2\"/></image></annotations>"
                           << QStringLiteral("malformed coordinate");
    QTest::newRow("unknown-skeleton-point")
            << head
                       + "<skeleton label=\"a\"><points label=\"tail\" points=\"1,1\"/></skeleton>"
                         "</image></annotations>"
            << QStringLiteral("\"tail\" is not in the label's skeleton");
    QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE annotations [<!ENTITY a \"aaaaaaaaaa\">";
    for (int level = 1; level < 10; ++level)
        bomb += "<!ENTITY " + QByteArray(1, char('a' + level)) + " \""
                + QByteArray("&").append(char('a' + level - 1)).append(';').repeated(10) + "\">";
    bomb += "]><annotations><image id=\"0\" name=\"&j;\"/></annotations>";
    QTest::newRow("billion-laughs") << bomb << QStringLiteral("bad.xml:");
}

void TestCvatFormat::badInputIsRefusedWhole()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(10, 10)));
    QFile good(dir.filePath(QStringLiteral("a-good.xml")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("<annotations><image id=\"0\" name=\"i.png\"><box label=\"ok\" xtl=\"1\" ytl=\"1\" "
               "xbr=\"3\" ybr=\"3\"/></image></annotations>");
    good.close();
    QFile bad(dir.filePath(QStringLiteral("bad.xml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(xml);
    bad.close();
    FormatReport report;
    QVERIFY(!ImportJob::read(*cvat(), *store, dir.path(), report, {}));
    QVERIFY2(cvat()->errorString().contains(expected), qPrintable(cvat()->errorString()));
    QVERIFY2(cvat()->errorString().contains(QStringLiteral("bad.xml")),
             qPrintable(cvat()->errorString()));
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->labels().size(), 0);
}

QTEST_GUILESS_MAIN(TestCvatFormat)
#include "tst_cvatformat.moc"
