// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Tessera;

namespace {

Format *labelStudio()
{
    return FormatRegistry::find(QStringLiteral("labelstudio"));
}
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void stage(const QString &folder)
{
    QVERIFY(QFile::copy(Test::dataDir() + QStringLiteral("/labelstudio/tasks.json"),
                        folder + QStringLiteral("/tasks.json")));
    QVERIFY(QDir(folder).mkpath(QStringLiteral("images")));
    QVERIFY(Test::writeImage(folder + QStringLiteral("/images/scene.png"), 9, QSize(200, 100)));
}

QMap<QString, Annotation> byLabel(ProjectStore &store, qint64 assetId)
{
    QMap<QString, Annotation> out;
    for (const Annotation &a : store.annotations(assetId))
        out.insert(a.labelId ? store.label(a.labelId)->name : annotationKindName(a.kind), a);
    return out;
}

} // namespace

class TestLabelStudioFormat : public QObject
{
    Q_OBJECT

private slots:
    void imageTask();
    void textTask();
    void comparisonTasks();
    void roundTrip();
    void localFilesUrls();
    void badInput_data();
    void badInput();
};

void TestLabelStudioFormat::imageTask()
{
    QTemporaryDir dir;
    stage(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*labelStudio(), *store, dir.filePath(QStringLiteral("tasks.json")),
                             report, {}),
             qPrintable(labelStudio()->errorString()));
    QCOMPARE(report.assets, 4);
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings.constFirst().contains(key("1 result(s) of type \"textarea\"")));
    const qint64 image = store->assetIds().constFirst();
    QCOMPARE(store->asset(image)->width, 200);
    const auto shapes = byLabel(*store, image);
    // The prediction's car comes last and wins the map; the human one is checked by id order.
    const QList<Annotation> all = store->annotations(image);
    QCOMPARE(all.constFirst().points, (QList<QPointF>{QPointF(20, 20), QPointF(80, 40)}));
    QCOMPARE(all.constFirst().provenance.origin, Origin::Import);
    const Annotation bus = shapes[key("bus")];
    QCOMPARE(bus.kind, AnnotationKind::RotatedBox);
    QCOMPARE(bus.rotation, 90.0);
    QCOMPARE(bus.points.size(), 2);
    QVERIFY(qAbs(bus.points[0].x() - 60) < 1e-9 && qAbs(bus.points[0].y() - 40) < 1e-9);
    QVERIFY(qAbs(bus.points[1].x() - 120) < 1e-9 && qAbs(bus.points[1].y() - 60) < 1e-9);
    QCOMPARE(shapes[key("wheel")].points, (QList<QPointF>{QPointF(40, 40), QPointF(60, 60)}));
    QCOMPARE(shapes[key("road")].points,
             (QList<QPointF>{QPointF(0, 0), QPointF(100, 0), QPointF(100, 50)}));
    QCOMPARE(shapes[key("light")].points, (QList<QPointF>{QPointF(180, 10)}));
    QCOMPARE(shapes[key("rain")].kind, AnnotationKind::Tag);
    const Annotation predicted = all.last();
    QCOMPARE(predicted.provenance.origin, Origin::Prelabel);
    QCOMPARE(predicted.provenance.modelVersion, key("yolo-v8n"));
    QCOMPARE(predicted.provenance.score, std::optional<double>(0.83));
    QCOMPARE(predicted.points, (QList<QPointF>{QPointF(120, 60), QPointF(140, 70)}));
}

void TestLabelStudioFormat::textTask()
{
    QTemporaryDir dir;
    stage(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*labelStudio(), *store, dir.filePath(QStringLiteral("tasks.json")),
                            report, {}));
    const qint64 text = store->assetIds()[1];
    QCOMPARE(store->asset(text)->payload.value(key("source")).toString(), key("handwritten"));
    const auto spans = byLabel(*store, text);
    QCOMPARE(spans[key("PER")].start, 5); // code points: 👋 is one
    QCOMPARE(spans[key("PER")].end, 17);
    QCOMPARE(spans[key("LOC")].start, 27);
    const Annotation relation = spans[key("lives_in")];
    QCOMPARE(relation.kind, AnnotationKind::Relation);
    QCOMPARE(relation.sourceId, spans[key("PER")].id);
    QCOMPARE(relation.targetId, spans[key("LOC")].id);
    QCOMPARE(spans[key("history")].kind, AnnotationKind::Classification);
    QCOMPARE(spans[key("science")].kind, AnnotationKind::Classification);
    QCOMPARE(store->labelByName(key("PER"))->kinds, int(TextKindFlag));
}

void TestLabelStudioFormat::comparisonTasks()
{
    QTemporaryDir dir;
    stage(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*labelStudio(), *store, dir.filePath(QStringLiteral("tasks.json")),
                            report, {}));
    const Asset pair = *store->asset(store->assetIds()[2]);
    QCOMPARE(pair.kind, AssetKind::Comparison);
    QCOMPARE(pair.text, key("Capital of France?"));
    QCOMPARE(pair.payload.value(key("answers")).toArray(),
             (QJsonArray{key("Paris."), key("Lyon.")}));
    QCOMPARE(store->annotations(pair.id).constFirst().data.value(key("choice")).toInt(), 0);
    const Asset ranked = *store->asset(store->assetIds()[3]);
    QCOMPARE(ranked.payload.value(key("answers")).toArray().size(), 3);
    QCOMPARE(store->annotations(ranked.id).constFirst().data.value(key("ranking")).toArray(),
             (QJsonArray{1, 2, 0}));
}

void TestLabelStudioFormat::roundTrip()
{
    QTemporaryDir dir;
    stage(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*labelStudio(), *store, dir.filePath(QStringLiteral("tasks.json")),
                            report, {}));
    const QString out = dir.filePath(QStringLiteral("out/export.json"));
    FormatReport written;
    QVERIFY2(ExportJob::write(*labelStudio(), *store, out, written, {}),
             qPrintable(labelStudio()->errorString()));
    QVERIFY(written.warnings.isEmpty());
    // The labeling config beside it has a control for every result's from_name, of the tag
    // its type needs, listing the labels it uses: what Label Studio checks on import.
    QFile configFile(dir.filePath(QStringLiteral("out/export-config.xml")));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    QXmlStreamReader config(&configFile);
    QHash<QString, QString> tagOf;
    QHash<QString, QStringList> labelsOf;
    QString control;
    while (!config.atEnd()) {
        if (config.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = config.attributes().value(QStringLiteral("name")).toString();
        if (config.attributes().hasAttribute(QStringLiteral("toName"))) {
            control = name;
            tagOf.insert(name, config.name().toString());
        } else if (config.name() == QLatin1String("Label")
                   || config.name() == QLatin1String("Choice")) {
            labelsOf[control].append(config.attributes().value(QStringLiteral("value")).toString());
        }
    }
    QVERIFY2(!config.hasError(), qPrintable(config.errorString()));
    static const QHash<QString, QString> tagForType{{"rectanglelabels", "RectangleLabels"},
                                                    {"polygonlabels", "PolygonLabels"},
                                                    {"ellipselabels", "EllipseLabels"},
                                                    {"keypointlabels", "KeyPointLabels"},
                                                    {"labels", "Labels"},
                                                    {"choices", "Choices"},
                                                    {"pairwise", "Pairwise"},
                                                    {"ranker", "Ranker"}};
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QJsonValue &task : QJsonDocument::fromJson(exported.readAll()).array())
        for (const QJsonValue &a : task.toObject().value(QStringLiteral("annotations")).toArray())
            for (const QJsonValue &v : a.toObject().value(QStringLiteral("result")).toArray()) {
                const QJsonObject r = v.toObject();
                const QString type = r.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("relation"))
                    continue;
                const QString from = r.value(QStringLiteral("from_name")).toString();
                QVERIFY2(tagOf.contains(from), qPrintable(from));
                QCOMPARE(tagOf.value(from), tagForType.value(type));
                for (const QJsonValue &label :
                     r.value(QStringLiteral("value")).toObject().value(type).toArray())
                    QVERIFY(labelsOf.value(from).contains(label.toString()));
                ++checked;
            }
    QVERIFY(checked > 3);
    QVERIFY(tagOf.size() > 2); // more than one control: one per tag type
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*labelStudio(), *again, out, back, {}),
             qPrintable(labelStudio()->errorString()));
    QCOMPARE(again->assetIds().size(), store->assetIds().size());
    for (qsizetype i = 0; i < store->assetIds().size(); ++i) {
        const QList<Annotation> before = store->annotations(store->assetIds()[i]);
        const QList<Annotation> after = again->annotations(again->assetIds()[i]);
        QCOMPARE(after.size(), before.size());
        for (qsizetype k = 0; k < before.size(); ++k) {
            QCOMPARE(after[k].kind, before[k].kind);
            QCOMPARE(after[k].points.size(), before[k].points.size());
            for (qsizetype p = 0; p < before[k].points.size(); ++p) // percent and back
                QVERIFY(QLineF(after[k].points[p], before[k].points[p]).length() < 1e-9);
            QCOMPARE(after[k].rotation, before[k].rotation);
            QCOMPARE(after[k].start, before[k].start);
            QCOMPARE(after[k].end, before[k].end);
            QCOMPARE(after[k].provenance.origin, before[k].provenance.origin);
            QCOMPARE(after[k].data.value(key("choice")), before[k].data.value(key("choice")));
            QCOMPARE(after[k].data.value(key("ranking")), before[k].data.value(key("ranking")));
            if (before[k].labelId)
                QCOMPARE(again->label(after[k].labelId)->name,
                         store->label(before[k].labelId)->name);
        }
    }
}

void TestLabelStudioFormat::localFilesUrls()
{
    QTemporaryDir dir;
    stage(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*labelStudio(), *store, dir.filePath(QStringLiteral("tasks.json")),
                            report, {}));
    std::unique_ptr<Format> f = FormatRegistry::make(QStringLiteral("labelstudio"));
    QVERIFY(f->setOptions({{QStringLiteral("image-urls"), QStringLiteral("local-files")}}));
    const QString out = dir.filePath(QStringLiteral("out/tasks.json"));
    FormatReport written;
    QVERIFY2(ExportJob::write(*f, *store, out, written, {}), qPrintable(f->errorString()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int images = 0;
    for (const QJsonValue &task : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonValue image = task.toObject()
                                         .value(QStringLiteral("data"))
                                         .toObject()
                                         .value(QStringLiteral("image"));
        if (!image.isString())
            continue;
        QVERIFY2(image.toString().startsWith(QStringLiteral("/data/local-files/?d=")),
                 qPrintable(image.toString()));
        ++images;
    }
    QVERIFY(images > 0);
    // Tessera's reader resolves them against the export folder: the images are found.
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*f, *again, out, back, {}), qPrintable(f->errorString()));
    QCOMPARE(back.missingMedia, 0);
}

void TestLabelStudioFormat::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray image = "{\"data\": {\"image\": \"images/scene.png\"}, \"annotations\": "
                             "[{\"result\": [";
    QTest::newRow("truncated") << QByteArray("[{\"data\": {\"text\": \"a\"}") << key("bad.json:1:");
    QTest::newRow("no-data") << QByteArray("[{\"data\": {\"audio\": \"x.wav\"}}]")
                             << key("task 0: \"data\" has no");
    QTest::newRow("percent-range")
            << image
                       + "{\"type\": \"rectanglelabels\", \"value\": {\"x\": 250, \"y\": 1, "
                         "\"width\": 1, \"height\": 1, \"rectanglelabels\": [\"a\"]}}]}]}"
            << key("\"x\" is 250, not a percentage");
    QTest::newRow("missing-number")
            << image
                       + "{\"type\": \"rectanglelabels\", \"value\": {\"x\": 1, \"y\": 1, "
                         "\"width\": 1, \"rectanglelabels\": [\"a\"]}}]}]}"
            << key("\"height\" is missing");
    QTest::newRow("span-outside") << QByteArray(
            "{\"data\": {\"text\": \"abc\"}, \"annotations\": [{\"result\": "
            "[{\"type\": \"labels\", \"value\": {\"start\": 1, \"end\": 9, "
            "\"labels\": [\"X\"]}}]}]}")
                                  << key("[1, 9) lies outside");
    QTest::newRow("span-text-differs")
            << QByteArray("{\"data\": {\"text\": \"abc\"}, \"annotations\": [{\"result\": "
                          "[{\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 2, "
                          "\"text\": \"bc\", \"labels\": [\"X\"]}}]}]}")
            << key("the text at [0, 2) is not \"bc\"");
    QTest::newRow("dangling-relation")
            << QByteArray("{\"data\": {\"text\": \"abc\"}, \"annotations\": [{\"result\": "
                          "[{\"type\": \"relation\", \"from_id\": \"x\", \"to_id\": \"y\"}]}]}")
            << key("a relation links region ids");
}

void TestLabelStudioFormat::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    stage(dir.path());
    auto store = Test::newProject(dir.path());
    // A good task first: a partial import would leave it behind.
    QByteArray file = json;
    if (json.startsWith('{'))
        file = "[{\"data\": {\"text\": \"fine\"}, \"annotations\": [{\"result\": [{\"type\": "
               "\"choices\", \"value\": {\"choices\": [\"ok\"]}}]}]},\n"
               + json + "]";
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(file);
    bad.close();
    FormatReport report;
    QVERIFY(!ImportJob::read(*labelStudio(), *store, bad.fileName(), report, {}));
    QVERIFY2(labelStudio()->errorString().contains(expected),
             qPrintable(labelStudio()->errorString()));
    QVERIFY2(labelStudio()->errorString().contains(key("bad.json")),
             qPrintable(labelStudio()->errorString()));
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->labels().size(), 0);
}

QTEST_GUILESS_MAIN(TestLabelStudioFormat)
#include "tst_labelstudioformat.moc"
