// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0

// Prodigy JSONL: tasks of ner_manual, ner.teach (accept/reject/ignore), textcat, choice and
// rel.manual as `prodigy db-out` writes them (fixtures written here after Prodigy's documented
// task shapes), and an export that Prodigy's recipes and Tessera read back as they were.

#include "core/textoffsets.h"
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QList<QJsonObject> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}

QString covered(const Asset &asset, qint64 start, qint64 end)
{
    const qsizetype from = TextOffsets::toUtf16(asset.text, start);
    return asset.text.mid(from, TextOffsets::toUtf16(asset.text, end) - from);
}

// "LABEL: covered text", "class: LABEL" and "LABEL: head -> child" for every text, sorted.
QStringList describe(ProjectStore &store)
{
    QStringList out;
    for (qint64 id : store.assetIds(AssetFilter{.kind = AssetKind::Text})) {
        const Asset asset = *store.asset(id);
        for (const Annotation &a : store.annotations(id)) {
            const QString label = a.labelId ? store.label(a.labelId)->name : key("(none)");
            if (a.kind == AnnotationKind::Span) {
                out.append(label + QStringLiteral(": ") + covered(asset, a.start, a.end));
            } else if (a.kind == AnnotationKind::Classification) {
                out.append(QStringLiteral("class: ") + label);
            } else if (a.kind == AnnotationKind::Relation) {
                const Annotation from = *store.annotation(a.sourceId);
                const Annotation to = *store.annotation(a.targetId);
                out.append(QStringLiteral("%1: %2 -> %3")
                                   .arg(label, covered(asset, from.start, from.end),
                                        covered(asset, to.start, to.end)));
            }
        }
    }
    out.sort();
    return out;
}

// One task of each kind. The emoji makes code points and UTF-16 units differ; the second span
// of the first task has token offsets only.
const QByteArray kTasks
        = R"({"text":"🙂 Apple hires Tim Cook","_input_hash":11,"_task_hash":12,"tokens":[{"text":"🙂","start":0,"end":1,"id":0,"ws":true},{"text":"Apple","start":2,"end":7,"id":1,"ws":true},{"text":"hires","start":8,"end":13,"id":2,"ws":true},{"text":"Tim","start":14,"end":17,"id":3,"ws":true},{"text":"Cook","start":18,"end":22,"id":4,"ws":false}],"spans":[{"start":2,"end":7,"token_start":1,"token_end":1,"label":"ORG","source":"en_core_web_sm"},{"token_start":3,"token_end":4,"label":"PERSON"}],"meta":{"source":"news"},"_view_id":"ner_manual","answer":"accept","_timestamp":1700000000}
{"text":"Rain in Paris","spans":[{"start":8,"end":13,"label":"ORG","score":0.4}],"answer":"reject","_view_id":"ner","_timestamp":1700000001}
{"text":"Rain in Paris","spans":[{"start":0,"end":4,"label":"GPE"}],"answer":"ignore"}
{"text":"Great phone, poor battery","label":"POSITIVE","answer":"accept"}
{"text":"Great phone, poor battery","label":"NEGATIVE","answer":"reject"}
{"text":"Pick the topics","options":[{"id":1,"text":"sport"},{"id":2,"text":"politics"},{"id":3,"text":"music"}],"accept":[1,3],"answer":"accept"}
{"text":"Alice married Bob","tokens":[{"text":"Alice","start":0,"end":5,"id":0},{"text":"married","start":6,"end":13,"id":1},{"text":"Bob","start":14,"end":17,"id":2}],"spans":[{"start":0,"end":5,"token_start":0,"token_end":0,"label":"PER"},{"start":14,"end":17,"token_start":2,"token_end":2,"label":"PER"}],"relations":[{"head":0,"child":2,"head_span":{"start":0,"end":5,"token_start":0,"token_end":0,"label":"PER"},"child_span":{"start":14,"end":17,"token_start":2,"token_end":2,"label":"PER"},"label":"SPOUSE"},{"head":1,"child":0,"label":"SUBJ"}],"answer":"accept"}
)";

} // namespace

class TestProdigyFormat : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryTaskKind();
    void exportReadsBackTheSame();
    void exportMakesTokensForNewSpans();
    void badTasksStoreNothing_data();
    void badTasksStoreNothing();
    void blankTextsGetANameFromTheirFirstWords();
};

void TestProdigyFormat::readsEveryTaskKind()
{
    QTemporaryDir dir;
    put(dir.filePath(key("tasks.jsonl")), kTasks);
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> f = FormatRegistry::make(key("prodigy"));
    QVERIFY(f);
    FormatReport report;
    QVERIFY2(ImportJob::read(*f, *store, dir.filePath(key("tasks.jsonl")), report, {}),
             qPrintable(f->errorString()));
    QCOMPARE(report.assets, 5); // the rejected tasks share their texts' assets
    QCOMPARE(describe(*store),
             QStringList({"(none): married", "ORG: Apple", "PER: Alice", "PER: Bob",
                          "PERSON: Tim Cook", "SPOUSE: Alice -> Bob", "SUBJ: married -> Alice",
                          "class: POSITIVE", "class: music", "class: sport"}));
    // Nothing unread goes unsaid: the negative tasks and the made relation end are counted.
    QVERIFY2(report.warnings.join('\n').contains(key("3 rejected or ignored task(s)")),
             qPrintable(report.warnings.join('\n')));
    QVERIFY(report.warnings.join('\n').contains(key("1 relation end(s)")));
    // Keys Tessera does not read stay with the text; a span's own keys with the span.
    const qint64 first = store->assetIds(AssetFilter{.kind = AssetKind::Text}).first();
    const Asset apple = *store->asset(first);
    QCOMPARE(apple.payload.value(key("meta")).toObject().value(key("source")).toString(),
             key("news"));
    QCOMPARE(apple.payload.value(key("_task_hash")).toInt(), 12);
    QVERIFY(!apple.payload.contains(key("answer")));
    bool sourceKept = false;
    for (const Annotation &a : store->annotations(first))
        sourceKept = sourceKept
                     || a.data.value(key("prodigy")).toObject().value(key("source")).toString()
                                == key("en_core_web_sm");
    QVERIFY(sourceKept);
    // The rejected NER task is kept whole, not turned into a label.
    bool rejectedKept = false;
    for (qint64 id : store->assetIds(AssetFilter{.kind = AssetKind::Text})) {
        const Asset a = *store->asset(id);
        if (a.text == key("Rain in Paris")) {
            QVERIFY(store->annotations(id).isEmpty());
            const QJsonArray kept = a.payload.value(key("prodigy_answers")).toArray();
            QCOMPARE(kept.size(), 2);
            QCOMPARE(kept[0].toObject().value(key("answer")).toString(), key("reject"));
            rejectedKept = true;
        }
    }
    QVERIFY(rejectedKept);
}

void TestProdigyFormat::exportReadsBackTheSame()
{
    QTemporaryDir dir;
    put(dir.filePath(key("tasks.jsonl")), kTasks);
    auto store = Test::newProject(dir.path(), key("a.tessera"));
    std::unique_ptr<Format> f = FormatRegistry::make(key("prodigy"));
    FormatReport in;
    QVERIFY(ImportJob::read(*f, *store, dir.filePath(key("tasks.jsonl")), in, {}));
    FormatReport out;
    const QString exported = dir.filePath(key("out.jsonl"));
    QVERIFY2(ExportJob::write(*f, *store, exported, out, {}), qPrintable(f->errorString()));

    const QList<QJsonObject> written = lines(exported);
    QCOMPARE(written.size(), 7); // 4 accepted texts and 3 rejected or ignored tasks
    for (const QJsonObject &task : written) {
        QVERIFY(task.value(key("text")).isString());
        const QJsonArray tokens = task.value(key("tokens")).toArray();
        // Every span's token indices cover exactly its characters, as Prodigy requires.
        if (task.value(key("answer")).toString() == key("accept"))
            for (const QJsonValue &v : task.value(key("spans")).toArray()) {
                const QJsonObject s = v.toObject();
                const int first = s.value(key("token_start")).toInt(-1);
                const int last = s.value(key("token_end")).toInt(-1);
                QVERIFY(first >= 0 && last >= first && last < tokens.size());
                QCOMPARE(tokens[first].toObject().value(key("start")).toInteger(),
                         s.value(key("start")).toInteger());
                QCOMPARE(tokens[last].toObject().value(key("end")).toInteger(),
                         s.value(key("end")).toInteger());
            }
        if (task.value(key("text")).toString() == key("Pick the topics")) {
            // Choices are named by their options' text and go back as the ids they were.
            QCOMPARE(task.value(key("accept")).toArray(), QJsonArray({1, 3}));
            QCOMPARE(task.value(key("options")).toArray().size(), 3);
        }
        if (task.value(key("text")).toString() == key("Great phone, poor battery")
            && task.value(key("answer")).toString() == key("accept"))
            QCOMPARE(task.value(key("label")).toString(), key("POSITIVE"));
        if (task.value(key("answer")).toString() == key("reject")
            && task.value(key("text")).toString() == key("Rain in Paris"))
            QCOMPARE(
                    task.value(key("spans")).toArray()[0].toObject().value(key("score")).toDouble(),
                    0.4);
    }
    // Read back into a fresh project: the same labels on the same words.
    auto again = Test::newProject(dir.path(), key("b.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*f, *again, exported, back, {}), qPrintable(f->errorString()));
    QCOMPARE(describe(*again), describe(*store));
    QVERIFY(back.warnings.join('\n').contains(key("3 rejected or ignored task(s)")));
}

void TestProdigyFormat::exportMakesTokensForNewSpans()
{
    // Spans drawn in Tessera on a text without tokens, one of them inside a word.
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Asset text{.kind = AssetKind::Text, .name = key("t"), .text = key("New York-based  Acme")};
    text.sha256 = key("t");
    QVERIFY(store->addAsset(text));
    Label place{.name = key("GPE"), .kinds = TextKindFlag};
    Label org{.name = key("ORG"), .kinds = TextKindFlag};
    QVERIFY(store->addLabel(place));
    QVERIFY(store->addLabel(org));
    QList<Annotation> spans{{.assetId = text.id,
                             .labelId = place.id,
                             .kind = AnnotationKind::Span,
                             .start = 0,
                             .end = 8},
                            {.assetId = text.id,
                             .labelId = org.id,
                             .kind = AnnotationKind::Span,
                             .start = 16,
                             .end = 20}};
    QVERIFY(store->addAnnotations(spans));
    std::unique_ptr<Format> f = FormatRegistry::make(key("prodigy"));
    FormatReport out;
    const QString exported = dir.filePath(key("out.jsonl"));
    QVERIFY2(ExportJob::write(*f, *store, exported, out, {}), qPrintable(f->errorString()));
    const QList<QJsonObject> written = lines(exported);
    QCOMPARE(written.size(), 1);
    QStringList tokenTexts;
    for (const QJsonValue &t : written[0].value(key("tokens")).toArray())
        tokenTexts.append(t.toObject().value(key("text")).toString());
    QCOMPARE(tokenTexts, QStringList({"New", "York", "-based", "Acme"}));
    const QJsonArray s = written[0].value(key("spans")).toArray();
    QCOMPARE(s[0].toObject().value(key("token_start")).toInt(), 0);
    QCOMPARE(s[0].toObject().value(key("token_end")).toInt(), 1);
    QCOMPARE(s[1].toObject().value(key("token_start")).toInt(), 3);
}

void TestProdigyFormat::badTasksStoreNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"text":"fine","label":"A","answer":"accept"})"
                            "\n";
    QTest::newRow("answer") << good + R"({"text":"x","answer":"maybe"})"
                            << "2: \"answer\"";
    QTest::newRow("outside") << good + R"({"text":"abc","spans":[{"start":1,"end":9,"label":"L"}]})"
                             << "2: span 0 [1, 9)";
    QTest::newRow("token") << good + R"({"text":"abc","spans":[{"token_start":0,"token_end":0}]})"
                           << "2: span 0 has neither";
    QTest::newRow("image") << good + R"({"image":"cat.jpg","spans":[]})"
                           << "image or audio task";
    QTest::newRow("accept-id") << good + R"({"text":"abc","accept":[1e308]})"
                               << "2: an \"accept\" id is neither a name nor a whole number";
    QTest::newRow("truncated") << good + R"({"text":"abc","spans":[)"
                               << "tasks.jsonl:2";
}

void TestProdigyFormat::badTasksStoreNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    put(dir.filePath(key("tasks.jsonl")), bytes);
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> f = FormatRegistry::make(key("prodigy"));
    FormatReport report;
    QVERIFY(!ImportJob::read(*f, *store, dir.filePath(key("tasks.jsonl")), report, {}));
    QVERIFY2(f->errorString().contains(message), qPrintable(f->errorString()));
    QVERIFY2(f->errorString().contains(key("tasks.jsonl")), qPrintable(f->errorString()));
    QCOMPARE(store->assetCount(), 0); // the good first line is not kept either
    QCOMPARE(store->labels().size(), 0);
}

void TestProdigyFormat::blankTextsGetANameFromTheirFirstWords()
{
    // An empty text was refused by the store (no name); a text starting with blank lines was
    // named "". Both come in, named by their first words or "(empty)".
    QTemporaryDir dir;
    put(dir.filePath(key("tasks.jsonl")), R"({"text":"","answer":"accept"}
{"text":"\n  \n  Hello   there\nworld"}
)");
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> f = FormatRegistry::make(key("prodigy"));
    FormatReport report;
    QVERIFY2(ImportJob::read(*f, *store, dir.filePath(key("tasks.jsonl")), report, {}),
             qPrintable(f->errorString()));
    QStringList names;
    for (qint64 id : store->assetIds())
        names.append(store->asset(id)->name);
    QCOMPARE(names, QStringList({"(empty)", "Hello there"}));
}

QTEST_GUILESS_MAIN(TestProdigyFormat)
#include "tst_prodigyformat.moc"
