// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/textoffsets.h"
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

Format *format(const char *name)
{
    return FormatRegistry::find(QString::fromLatin1(name));
}
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
QString doccanoData(const char *path)
{
    return Test::dataDir() + QStringLiteral("/doccano/") + QString::fromLatin1(path);
}
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The text a span covers, cut by code points.
QString covered(const Asset &asset, const Annotation &span)
{
    const qsizetype from = TextOffsets::toUtf16(asset.text, span.start);
    return asset.text.mid(from, TextOffsets::toUtf16(asset.text, span.end) - from);
}

// "label: covered text" for every span of every text asset, and "class: label" for classes.
QStringList describe(ProjectStore &store)
{
    QStringList out;
    for (qint64 id : store.assetIds(AssetFilter{.kind = AssetKind::Text})) {
        const Asset asset = *store.asset(id);
        for (const Annotation &a : store.annotations(id)) {
            const QString label = store.label(a.labelId)->name;
            if (a.kind == AnnotationKind::Span)
                out.append(label + QStringLiteral(": ") + covered(asset, a));
            else if (a.kind == AnnotationKind::Classification)
                out.append(QStringLiteral("class: ") + label);
            else if (a.kind == AnnotationKind::Relation)
                out.append(QStringLiteral("%1: %2 -> %3")
                                   .arg(label, covered(asset, *store.annotation(a.sourceId)),
                                        covered(asset, *store.annotation(a.targetId))));
        }
    }
    out.sort();
    return out;
}

} // namespace

class TestTextFormats : public QObject
{
    Q_OBJECT

private slots:
    void doccanoFixtures_data();
    void doccanoFixtures();
    void doccanoRelations();
    void doccanoUnicodeOffsets();
    void doccanoRoundTrip_data();
    void doccanoRoundTrip();
    void doccanoReimportAddsNothing();
    void doccanoImportIsAuditedOnce();
    void doccanoBadInput_data();
    void doccanoBadInput();
    void conllFixtures();
    void conllTagSchemes();
    void conllExport();
    void conllRoundTrip();
    void preferenceAlpacaEval();
    void preferenceLayouts();
    void preferenceExport();
    void preferenceBadInput();
    void dpoRoundTrip();
    void dpoOneValueTypePerField();
};

void TestTextFormats::doccanoFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("assets");
    QTest::addColumn<int>("annotations");
    QTest::addColumn<QString>("error");
    QTest::newRow("sequence-labeling")
            << doccanoData("import_examples/sequence_labeling/example.jsonl") << 3 << 3
            << QString();
    QTest::newRow("text-classification")
            << doccanoData("import_examples/text_classification/example.jsonl") << 3 << 3
            << QString();
    QTest::newRow("intent") << doccanoData("import_examples/intent_detection/example.jsonl") << 2
                            << 5 << QString();
    QTest::newRow("relations") << doccanoData("import_examples/relation_extraction/example.jsonl")
                               << 1 << 7 << QString();
    QTest::newRow("classes-with-meta")
            << doccanoData("import_test_data/text_classification/example.jsonl") << 3 << 3
            << QString();
    QTest::newRow("overlapping-duplicate")
            << doccanoData("import_test_data/sequence_labeling/example_overlapping.jsonl") << 1 << 1
            << QString();
    QTest::newRow("record-without-text")
            << doccanoData("import_test_data/sequence_labeling/example.jsonl") << 0 << 0
            << QStringLiteral("example.jsonl:3: no \"text\"");
    QTest::newRow("intent-without-text")
            << doccanoData("import_test_data/intent/example.jsonl") << 0 << 0
            << QStringLiteral("example.jsonl:5: no \"text\"");
    QTest::newRow("pretty-printed")
            << doccanoData("export_examples/relation_extraction/example.jsonl") << 0 << 0
            << QStringLiteral("example.jsonl:1: not a JSON object");
}

void TestTextFormats::doccanoFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, assets);
    QFETCH(int, annotations);
    QFETCH(QString, error);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    const bool ok = ImportJob::read(*format("doccano"), *store, file, report, {});
    QCOMPARE(ok, error.isEmpty());
    if (!ok)
        QVERIFY2(format("doccano")->errorString().contains(error),
                 qPrintable(format("doccano")->errorString()));
    QCOMPARE(store->assetCount(), assets);
    QCOMPARE(store->annotationCount(), annotations);
}

void TestTextFormats::doccanoRelations()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*format("doccano"), *store,
                            doccanoData("import_examples/relation_extraction/example.jsonl"),
                            report, {}));
    QCOMPARE(describe(*store), (QStringList{key("DATE: September 4, 1998"), key("ORG: Google"),
                                            key("PERSON: Larry Page"), key("PERSON: Sergey Brin"),
                                            key("foundedAt: Google -> September 4, 1998"),
                                            key("foundedBy: Google -> Larry Page"),
                                            key("foundedBy: Google -> Sergey Brin")}));
    // Labels are made for text, and the meta of classification records is kept.
    QCOMPARE(store->labelByName(key("ORG"))->kinds, int(TextKindFlag));
    QVERIFY(ImportJob::read(*format("doccano"), *store,
                            doccanoData("import_test_data/text_classification/example.jsonl"),
                            report, {}));
    const QList<qint64> ids = store->assetIds();
    QCOMPARE(store->asset(ids.last())->payload.value(key("meta")).toObject(),
             (QJsonObject{{key("wikiPageID"), 3}}));
}

void TestTextFormats::doccanoUnicodeOffsets()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*format("doccano"), *store,
                             Test::dataDir() + QStringLiteral("/text/unicode.jsonl"), report, {}),
             qPrintable(format("doccano")->errorString()));
    QCOMPARE(describe(*store),
             (QStringList{QString::fromUtf8("FOOD: cafe\xcc\x81"), QStringLiteral("FOOD: 🍕"),
                          QStringLiteral("LOC: Zürich"), QStringLiteral("LOC: القاهرة"),
                          QStringLiteral("LOC: 東京"), QStringLiteral("LOC: 東京タワー")}));
    // Stored as code points: the pizza is [5, 6) though it is two UTF-16 units at 5..7.
    const qint64 first = store->assetIds().constFirst();
    QCOMPARE(store->annotations(first).constFirst().start, 5);
    QCOMPARE(store->annotations(first).constFirst().end, 6);
}

void TestTextFormats::doccanoRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("spans") << doccanoData("import_examples/sequence_labeling/example.jsonl");
    QTest::newRow("classes") << doccanoData("import_examples/text_classification/example.jsonl");
    QTest::newRow("spans-and-classes")
            << doccanoData("import_examples/intent_detection/example.jsonl");
    QTest::newRow("relations") << doccanoData("import_examples/relation_extraction/example.jsonl");
    QTest::newRow("unicode") << Test::dataDir() + QStringLiteral("/text/unicode.jsonl");
}

void TestTextFormats::doccanoRoundTrip()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*format("doccano"), *store, file, report, {}));
    const QString out = dir.filePath(QStringLiteral("out/export.jsonl"));
    FormatReport written;
    QVERIFY2(ExportJob::write(*format("doccano"), *store, out, written, {}),
             qPrintable(format("doccano")->errorString()));
    QVERIFY(written.warnings.isEmpty());
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*format("doccano"), *again, out, back, {}),
             qPrintable(format("doccano")->errorString()));
    QCOMPARE(describe(*again), describe(*store));
    QCOMPARE(again->assetCount(), store->assetCount());
}

void TestTextFormats::doccanoReimportAddsNothing()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport first, second;
    const QString file = doccanoData("import_examples/relation_extraction/example.jsonl");
    QVERIFY(ImportJob::read(*format("doccano"), *store, file, first, {}));
    QVERIFY(ImportJob::read(*format("doccano"), *store, file, second, {}));
    QCOMPARE(second.assets, 0);
    QCOMPARE(second.annotations, 7); // what the file holds
    QCOMPARE(second.added, 0);       // of which nothing is new
    QCOMPARE(second.unchanged, 7);
    QCOMPARE(store->annotationCount(), 7);
}

void TestTextFormats::doccanoImportIsAuditedOnce()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    const QString file = doccanoData("import_examples/sequence_labeling/example.jsonl");
    FormatReport first, second;
    QVERIFY(ImportJob::read(*format("doccano"), *store, file, first, {}));
    // The texts an import adds are audited once for the import, not once each.
    const auto assetEntries = [&store]() {
        QList<QJsonObject> out;
        for (const AuditEntry &e : store->auditLog())
            if (e.action.startsWith(QLatin1String("add-asset")))
                out << QJsonDocument::fromJson(e.after.toUtf8()).object();
        return out;
    };
    QCOMPARE(first.assets, 3);
    const QList<qint64> ids = store->assetIds();
    QCOMPARE(ids.size(), 3);
    const QList<QJsonObject> expected{QJsonObject{{QStringLiteral("count"), 3},
                                                  {QStringLiteral("first"), ids.constFirst()},
                                                  {QStringLiteral("last"), ids.constLast()}}};
    QCOMPARE(assetEntries(), expected);
    // Followers of the log (the window, live sync) see a project-wide change.
    bool projectWide = false;
    store->assetsChangedSince(0, &projectWide);
    QVERIFY(projectWide);
    QVERIFY(ImportJob::read(*format("doccano"), *store, file, second, {}));
    QCOMPARE(second.assets, 0);
    QCOMPARE(assetEntries().size(), 1); // nothing new, nothing recorded
}

void TestTextFormats::doccanoBadInput_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\"text\": \"abc\", \"label\": [[0,")
                               << QStringLiteral("bad.jsonl:2: not a JSON object");
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << QStringLiteral("bad.jsonl:2: not a JSON object");
    QTest::newRow("past-the-end") << QByteArray("{\"text\": \"abc\", \"label\": [[1, 9, \"X\"]]}")
                                  << QStringLiteral("lies outside the text's 3 characters");
    QTest::newRow("inverted") << QByteArray("{\"text\": \"abc\", \"label\": [[2, 1, \"X\"]]}")
                              << QStringLiteral("lies outside");
    QTest::newRow("label-not-list") << QByteArray("{\"text\": \"abc\", \"label\": \"X\"}")
                                    << QStringLiteral("\"label\" is not a list");
    QTest::newRow("offset-not-number")
            << QByteArray("{\"text\": \"abc\", \"label\": [[\"0\", 1, \"X\"]]}")
            << QStringLiteral("entity 0 is not");
    QTest::newRow("dangling-relation")
            << QByteArray("{\"text\": \"ab\", \"entities\": [{\"id\": 1, \"start_offset\": 0, "
                          "\"end_offset\": 1, \"label\": \"X\"}], \"relations\": [{\"from_id\": 1, "
                          "\"to_id\": 7, \"type\": \"r\"}]}")
            << QStringLiteral("relation 0 links entity ids");
    QTest::newRow("not-utf8") << QByteArray("{\"text\": \"caf\xe9\"}")
                              << QStringLiteral("bad.jsonl:2: not a JSON object");
}

void TestTextFormats::doccanoBadInput()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    // A good line first: a partial import would leave it behind.
    writeFile(dir.filePath(QStringLiteral("bad.jsonl")),
              "{\"text\": \"fine\", \"label\": [[0, 4, \"OK\"]]}\n" + line + "\n");
    FormatReport report;
    QVERIFY(!ImportJob::read(*format("doccano"), *store, dir.filePath(QStringLiteral("bad.jsonl")),
                             report, {}));
    QVERIFY2(format("doccano")->errorString().contains(expected),
             qPrintable(format("doccano")->errorString()));
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->labels().size(), 0);
}

void TestTextFormats::conllFixtures()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    Format *conll = format("conll");
    QVERIFY(ImportJob::read(*conll, *store,
                            doccanoData("import_test_data/sequence_labeling/example.conll"), report,
                            {}));
    QCOMPARE(describe(*store), (QStringList{key("LOC: JAPAN"), key("PER: Nadim Ladki")}));
    QCOMPARE(store->assetCount(), 2); // a text per sentence: the file has no -DOCSTART-
    QVERIFY(ImportJob::read(
            *conll, *store,
            doccanoData("import_test_data/sequence_labeling/labeling.trailing.conll"), report, {}));
    QVERIFY(!ImportJob::read(
            *conll, *store,
            doccanoData("import_test_data/sequence_labeling/labeling.invalid.conll"), report, {}));
    QVERIFY2(conll->errorString().contains(
                     QStringLiteral("labeling.invalid.conll:1: the tag \"SOCCERO\"")),
             qPrintable(conll->errorString()));
}

void TestTextFormats::conllTagSchemes()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    // IOB1 (an entity starts with I-), IOB2, BIOES and a POS column, in documents.
    writeFile(dir.filePath(QStringLiteral("t.conll")),
              "-DOCSTART- -X- O\n\n"
              "EU NNP I-ORG\nrejects VBZ O\nGerman JJ I-MISC\ncall NN O\n\n"
              "Peter NNP B-PER\nBlackburn NNP I-PER\n\n"
              "-DOCSTART- -X- O\n\n"
              "New S-LOC\nYork B-LOC\nCity E-LOC\nis O\nbig O\n");
    FormatReport report;
    QVERIFY2(ImportJob::read(*format("conll"), *store, dir.filePath(QStringLiteral("t.conll")),
                             report, {}),
             qPrintable(format("conll")->errorString()));
    QCOMPARE(store->assetCount(), 2);
    QCOMPARE(store->asset(store->assetIds().constFirst())->text,
             QStringLiteral("EU rejects German call\nPeter Blackburn"));
    QCOMPARE(describe(*store),
             (QStringList{key("LOC: New"), key("LOC: York City"), key("MISC: German"),
                          key("ORG: EU"), key("PER: Peter Blackburn")}));
    QCOMPARE(report.warnings.size(), 1); // the POS column is not kept
}

void TestTextFormats::conllExport()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Label loc{.name = key("LOC"), .kinds = TextKindFlag};
    Label person{.name = key("PER"), .kinds = TextKindFlag};
    QVERIFY(store->addLabel(loc) && store->addLabel(person));
    Asset text{.kind = AssetKind::Text,
               .name = key("t"),
               .sha256 = key("t"),
               .text = QStringLiteral("Anna visits Zürich.\nDone 🙂 now")};
    QVERIFY(store->addAsset(text));
    QList<Annotation> spans{
            {.assetId = text.id,
             .labelId = person.id,
             .kind = AnnotationKind::Span,
             .start = 0,
             .end = 4},
            // "Zürich" without the full stop: the token is "Zürich." and the span is widened.
            {.assetId = text.id,
             .labelId = loc.id,
             .kind = AnnotationKind::Span,
             .start = 12,
             .end = 18},
            // Overlaps Anna; the longer of two overlapping spans is the one written.
            {.assetId = text.id,
             .labelId = loc.id,
             .kind = AnnotationKind::Span,
             .start = 0,
             .end = 11}};
    QVERIFY(store->addAnnotations(spans));
    // --verify and the export dialog say so before anything is written.
    QCOMPARE(ExportJob::losses(*format("conll"), *store),
             (QStringList{key("1 span(s) do not fall on whole tokens and are widened to them"),
                          key("1 span(s) overlap another and cannot be written in BIO tags")}));
    FormatReport report;
    QVERIFY(ExportJob::write(*format("conll"), *store, dir.filePath(QStringLiteral("out.conll")),
                             report, {}));
    QCOMPARE(QString::fromUtf8(Test::readAll(dir.filePath(QStringLiteral("out.conll")))),
             QStringLiteral("-DOCSTART-\tO\n\nAnna\tB-LOC\nvisits\tI-LOC\nZürich.\tB-LOC\n\n"
                            "Done\tO\n🙂\tO\nnow\tO\n\n"));
    QCOMPARE(report.warnings,
             (QStringList{key("1 span(s) did not fall on whole tokens and were widened to them"),
                          key("1 span(s) overlap another and cannot be written in BIO tags")}));
}

void TestTextFormats::conllRoundTrip()
{
    // Spans on whole tokens come back as they were, in texts of several sentences.
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*format("conll"), *store,
                            doccanoData("import_test_data/sequence_labeling/example.conll"), report,
                            {}));
    QVERIFY(ImportJob::read(*format("doccano"), *store,
                            doccanoData("import_examples/sequence_labeling/example.jsonl"), report,
                            {}));
    const QString out = dir.filePath(QStringLiteral("out.conll"));
    FormatReport written;
    QVERIFY(ExportJob::write(*format("conll"), *store, out, written, {}));
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*format("conll"), *again, out, back, {}),
             qPrintable(format("conll")->errorString()));
    QCOMPARE(describe(*again), describe(*store));
    QCOMPARE(again->assetCount(), store->assetCount());
}

void TestTextFormats::dpoRoundTrip()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*format("dpo"), *store,
                            Test::dataDir() + QStringLiteral("/preference/dpo.jsonl"), report, {}));
    const QString out = dir.filePath(QStringLiteral("p.jsonl"));
    FormatReport written;
    QVERIFY(ExportJob::write(*format("dpo"), *store, out, written, {}));
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*format("dpo"), *again, out, back, {}),
             qPrintable(format("dpo")->errorString()));
    QCOMPARE(again->assetCount(), store->assetCount());
    for (qsizetype i = 0; i < store->assetIds().size(); ++i) {
        const Asset a = *store->asset(store->assetIds()[i]);
        const Asset b = *again->asset(again->assetIds()[i]);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.payload.value(QStringLiteral("answers")),
                 a.payload.value(QStringLiteral("answers")));
        QCOMPARE(b.payload.value(QStringLiteral("messages")),
                 a.payload.value(QStringLiteral("messages")));
        QCOMPARE(again->annotations(b.id).constFirst().data.value(QStringLiteral("choice")),
                 QJsonValue(0));
    }
}

void TestTextFormats::dpoOneValueTypePerField()
{
    // One plain prompt and one conversation: a file mixing strings and message lists per field
    // is refused by pyarrow (datasets), so each export picks one type for every row.
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.jsonl"));
    writeFile(in, R"({"prompt":"Say hi","chosen":"Hi!","rejected":"Go away"}
{"prompt":[{"role":"user","content":"Name a fruit"},{"role":"assistant","content":"Apple"},{"role":"user","content":"Another?"}],"chosen":[{"role":"assistant","content":"Pear"}],"rejected":[{"role":"assistant","content":"Apple"}]}
)");
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> dpo = FormatRegistry::make(QStringLiteral("dpo"));
    FormatReport report;
    QVERIFY2(ImportJob::read(*dpo, *store, in, report, {}), qPrintable(dpo->errorString()));
    QCOMPARE(store->assetCount(), 2);
    auto rows = [](const QString &file) {
        QList<QJsonObject> out;
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                if (!line.isEmpty())
                    out.append(QJsonDocument::fromJson(line).object());
        return out;
    };
    // auto: a conversation is there, so every field is a message list.
    FormatReport written;
    const QString automatic = dir.filePath(QStringLiteral("auto.jsonl"));
    QVERIFY(ExportJob::write(*dpo, *store, automatic, written, {}));
    QCOMPARE(rows(automatic).size(), 2);
    for (const QJsonObject &row : rows(automatic))
        for (const char *field : {"prompt", "chosen", "rejected"})
            QVERIFY2(row.value(QLatin1String(field)).isArray(), field);
    // strings: every field a string, the conversation rendered as hh-rlhf text, and said so.
    QVERIFY(dpo->setOptions({{QStringLiteral("values"), QStringLiteral("strings")}}));
    FormatReport flat;
    const QString strings = dir.filePath(QStringLiteral("strings.jsonl"));
    QVERIFY(ExportJob::write(*dpo, *store, strings, flat, {}));
    for (const QJsonObject &row : rows(strings))
        for (const char *field : {"prompt", "chosen", "rejected"})
            QVERIFY2(row.value(QLatin1String(field)).isString(), field);
    QVERIFY(flat.warnings.join('\n').contains(QStringLiteral("1 conversation(s)")));
    bool rendered = false;
    for (const QJsonObject &row : rows(strings))
        rendered = rendered
                   || row.value(QStringLiteral("prompt"))
                              .toString()
                              .contains(QStringLiteral("Human: Another?"));
    QVERIFY(rendered);
    // messages: the plain prompt becomes one user message.
    QVERIFY(dpo->setOptions({{QStringLiteral("values"), QStringLiteral("messages")}}));
    FormatReport lists;
    const QString messages = dir.filePath(QStringLiteral("messages.jsonl"));
    QVERIFY(ExportJob::write(*dpo, *store, messages, lists, {}));
    for (const QJsonObject &row : rows(messages))
        QVERIFY(row.value(QStringLiteral("prompt")).isArray());
}

void TestTextFormats::preferenceAlpacaEval()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*format("dpo"), *store,
                             Test::dataDir()
                                     + QStringLiteral("/alpaca_eval/"
                                                      "alpaca-7b_alpaca_eval_gpt4_annotations_"
                                                      "first40.json"),
                             report, {}),
             qPrintable(format("dpo")->errorString()));
    QCOMPARE(report.assets, 40);
    QCOMPARE(report.annotations, 39); // one record has preference 0: no judgement
    QCOMPARE(report.warnings.size(), 1);
    int first = 0, second = 0;
    for (qint64 id : store->assetIds()) {
        const Asset asset = *store->asset(id);
        QCOMPARE(asset.kind, AssetKind::Comparison);
        QCOMPARE(asset.payload.value(key("answers")).toArray().size(), 2);
        QCOMPARE(asset.payload.value(key("generators")).toArray(),
                 (QJsonArray{key("text_davinci_003"), key("alpaca-7b")}));
        for (const Annotation &a : store->annotations(id))
            (a.data.value(key("choice")).toInt() == 0 ? first : second)++;
    }
    QCOMPARE(first, 28);
    QCOMPARE(second, 11);
}

void TestTextFormats::preferenceLayouts()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    const QString data = Test::dataDir() + QStringLiteral("/preference/");
    QVERIFY2(ImportJob::read(*format("hh-rlhf"), *store, data + QStringLiteral("hh-rlhf.jsonl"),
                             report, {}),
             qPrintable(format("hh-rlhf")->errorString()));
    QVERIFY2(
            ImportJob::read(*format("dpo"), *store, data + QStringLiteral("dpo.jsonl"), report, {}),
            qPrintable(format("dpo")->errorString()));
    QCOMPARE(store->assetCount(), 5);
    const QList<qint64> ids = store->assetIds();
    const Asset egg = *store->asset(ids[0]);
    QCOMPARE(egg.text, key("How do I boil an egg?"));
    QCOMPARE(egg.payload.value(key("answers")).toArray().at(1).toString(),
             key("Eggs cannot be boiled."));
    const Asset prime = *store->asset(ids[1]);
    QCOMPARE(prime.text, key("And an even one?"));
    QCOMPARE(prime.payload.value(key("messages")).toArray().size(), 3);
    QCOMPARE(prime.payload.value(key("answers")).toArray().at(0).toString(),
             key("Two is the only even prime."));
    const Asset thanks = *store->asset(ids[2]);
    QCOMPARE(thanks.payload.value(key("source")).toString(), key("handwritten"));
    QCOMPARE(store->asset(ids[3])->text, QStringLiteral("Tell me a joke 😀"));
    QCOMPARE(store->asset(ids[4])->text, key("2+2?")); // the prompt that leads "chosen"
    for (qint64 id : ids)
        QCOMPARE(store->annotations(id).constFirst().data.value(key("choice")).toInt(), 0);
}

void TestTextFormats::preferenceExport()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Asset three{.kind = AssetKind::Comparison,
                .name = key("q"),
                .sha256 = key("q"),
                .text = key("Best colour?"),
                .payload = {{key("answers"), QJsonArray{key("red"), key("green"), key("blue")}}}};
    Asset tie{.kind = AssetKind::Comparison,
              .name = key("t"),
              .sha256 = key("t"),
              .text = key("Coin?"),
              .payload = {{key("answers"), QJsonArray{key("heads"), key("tails")}}}};
    QVERIFY(store->addAsset(three) && store->addAsset(tie));
    QList<Annotation> judgements{{.assetId = three.id,
                                  .kind = AnnotationKind::Preference,
                                  .data = {{key("ranking"), QJsonArray{2, 0, 1}}}},
                                 {.assetId = tie.id,
                                  .kind = AnnotationKind::Preference,
                                  .data = {{key("choice"), key("tie")}}}};
    QVERIFY(store->addAnnotations(judgements));
    // Nothing beyond the preference itself yet: nothing is reported as lost.
    QCOMPARE(ExportJob::losses(*format("dpo"), *store), QStringList());
    Annotation rated = judgements[1];
    rated.data[key("ratings")] = QJsonObject{{key("helpfulness"), QJsonArray{4, 2}}};
    QList<Annotation> changed{rated};
    QVERIFY(store->updateAnnotations(changed));
    const QStringList losses = ExportJob::losses(*format("dpo"), *store);
    QCOMPARE(losses.size(), 1);
    QVERIFY(losses.constFirst().startsWith(key("1 judgement(s) have ratings")));
    FormatReport report;
    QVERIFY(ExportJob::write(*format("dpo"), *store, dir.filePath(QStringLiteral("p.jsonl")),
                             report, {}));
    QStringList pairs;
    for (const QByteArray &line :
         Test::readAll(dir.filePath(QStringLiteral("p.jsonl"))).split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(key("prompt")).toString(), key("Best colour?"));
        pairs.append(o.value(key("chosen")).toString() + QLatin1Char('>')
                     + o.value(key("rejected")).toString());
    }
    // Every ordered pair of the ranking blue > red > green; the tie is not a pair.
    QCOMPARE(pairs, (QStringList{key("blue>red"), key("blue>green"), key("red>green")}));
    // The tie that is not a pair, and the ratings that are not written.
    QCOMPARE(report.warnings.size(), 2);
    QVERIFY(report.warnings.contains(losses.constFirst()));

    FormatReport hh;
    QVERIFY(ExportJob::write(*format("hh-rlhf"), *store, dir.filePath(QStringLiteral("hh.jsonl")),
                             hh, {}));
    const QJsonObject first
            = QJsonDocument::fromJson(Test::readAll(dir.filePath(QStringLiteral("hh.jsonl")))
                                              .split('\n')
                                              .constFirst())
                      .object();
    QCOMPARE(first.value(key("chosen")).toString(),
             key("\n\nHuman: Best colour?\n\nAssistant: blue"));
    // And the hh-rlhf file reads back as the same comparisons.
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY(ImportJob::read(*format("hh-rlhf"), *again, dir.filePath(QStringLiteral("hh.jsonl")),
                            back, {}));
    QCOMPARE(again->asset(again->assetIds().constFirst())->text, key("Best colour?"));
}

void TestTextFormats::preferenceBadInput()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    const QList<QPair<QByteArray, QString>> cases{
            {"{\"prompt\": \"p\", \"chosen\": \"a\"}", key("expected \"chosen\" and \"rejected\"")},
            {"{\"chosen\": \"no transcript\", \"rejected\": \"x\"}", key("not a Human/Assistant")},
            {"{\"chosen\": \"\\n\\nHuman: a\\n\\nAssistant: b\", \"rejected\": \"\\n\\nHuman: "
             "other\\n\\nAssistant: c\"}",
             key("differ before the last assistant turn")},
            {"{\"prompt\": \"p\", \"chosen\": 3, \"rejected\": \"x\"}",
             key("must be texts or lists")},
            {"{\"prompt\": \"p\", \"chosen\": \"a\", \"rejected\": \"b\"", key("bad.jsonl:2:")},
    };
    for (const auto &[line, expected] : cases) {
        writeFile(dir.filePath(QStringLiteral("bad.jsonl")),
                  "{\"prompt\": \"ok\", \"chosen\": \"a\", \"rejected\": \"b\"}\n" + line + "\n");
        FormatReport report;
        QVERIFY(!ImportJob::read(*format("dpo"), *store, dir.filePath(QStringLiteral("bad.jsonl")),
                                 report, {}));
        QVERIFY2(format("dpo")->errorString().contains(expected),
                 qPrintable(format("dpo")->errorString()));
        QVERIFY2(format("dpo")->errorString().contains(key("bad.jsonl:2")),
                 qPrintable(format("dpo")->errorString()));
        QCOMPARE(store->assetCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestTextFormats)
#include "tst_textformats.moc"
