// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0

// One fuzz harness for every reader of foreign or damaged input: each annotation format's
// importer, the bundle manifest, and the project file. Built once per target as a libFuzzer
// executable (TESSERA_FUZZ=ON, clang) with TESSERA_FUZZ_TARGET set, and once as
// tessera-fuzz-replay, which runs saved inputs (seeds and the crashes fuzzing found) through the
// same code in the ordinary test suite.
//
// Besides "does not crash", the harness checks two properties and aborts when they break: a
// failed import leaves the project without assets, and opening a bundle never writes outside
// its destination folder.

#include "bundle/projectbundle.h"
#include "formats/format.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectreport.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Tessera;

namespace {

// Where the input goes in a small dataset, and what else that dataset holds.
struct Target
{
    const char *name;
    const char *format;    // FormatRegistry short name; empty for bundle and project
    const char *inputPath; // relative to the dataset folder
    const char *readPath;  // what read() is given, relative to the dataset folder
    QList<QPair<const char *, QByteArray>> fixed; // other files; "*.png" become 64x48 images
};

const QList<Target> &targets()
{
    static const QList<Target> list{
            {"coco",
             "coco",
             "annotations.json",
             "annotations.json",
             {{"a.png", {}}, {"images/a.png", {}}}},
            {"voc", "voc", "Annotations/a.xml", ".", {{"JPEGImages/a.png", {}}}},
            {"yolo",
             "yolo",
             "Annotations/a.txt",
             ".",
             {{"obj.names", "cat\ndog\nbird\n"}, {"Images/a.png", {}}}},
            {"ultralytics",
             "ultralytics",
             "data.yaml",
             ".",
             {{"images/train/a.png", {}}, {"labels/train/a.txt", "0 0.5 0.5 0.25 0.25\n"}}},
            {"ultralytics-labels",
             "ultralytics",
             "labels/train/a.txt",
             ".",
             {{"images/train/a.png", {}},
              {"data.yaml",
               "path: .\ntrain: images/train\nkpt_shape: [3, 3]\nnames:\n  0: cat\n  1: dog\n"}}},
            {"labelme", "labelme", "a.json", "a.json", {{"a.png", {}}}},
            {"cvat",
             "cvat",
             "annotations.xml",
             "annotations.xml",
             {{"a.png", {}}, {"images/a.png", {}}}},
            {"labelstudio", "labelstudio", "tasks.json", "tasks.json", {{"a.png", {}}}},
            {"doccano", "doccano", "data.jsonl", "data.jsonl", {}},
            {"prodigy", "prodigy", "data.jsonl", "data.jsonl", {}},
            {"conll", "conll", "data.conll", "data.conll", {}},
            {"dpo", "dpo", "pairs.jsonl", "pairs.jsonl", {}},
            {"hh-rlhf", "hh-rlhf", "pairs.jsonl", "pairs.jsonl", {}},
            {"bundle", "", "manifest.json", "", {}},
            {"project", "", "p.tessera", "", {}},
    };
    return list;
}

const Target *g_target = nullptr;
QTemporaryDir *g_work = nullptr; // lives as long as the process; set up once

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

// TESSERA_FUZZ_VERBOSE=1 says what each input did: to see that seeds reach deep.
void say(const QString &what)
{
    static const bool verbose = qEnvironmentVariableIsSet("TESSERA_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s\n", what.toLocal8Bit().constData());
}

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "tessera-fuzz(%s): %s: %s\n", g_target->name, what,
                 detail.toLocal8Bit().constData());
    std::abort();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A fresh dataset folder holding the fixed files and the input.
QString prepareDataset(const QByteArray &input)
{
    const QString dir = g_work->filePath(QStringLiteral("in"));
    QDir(dir).removeRecursively();
    for (const auto &[name, bytes] : g_target->fixed) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(name);
        if (QLatin1String(name).endsWith(QLatin1String(".png"))) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            image.save(path);
        } else {
            writeFile(path, bytes);
        }
    }
    writeFile(dir + QLatin1Char('/') + QLatin1String(g_target->inputPath), input);
    return dir;
}

std::unique_ptr<ProjectStore> newProject()
{
    const QString path = g_work->filePath(QStringLiteral("p.tessera"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QString error;
    auto store = ProjectStore::create(path, &error);
    if (!store)
        broken("cannot create the project", error);
    return store;
}

void fuzzFormat(const QByteArray &input)
{
    const QString dir = prepareDataset(input);
    auto store = newProject();
    std::unique_ptr<Format> format = FormatRegistry::make(QLatin1String(g_target->format));
    FormatReport report;
    const QString readPath = QDir(dir).filePath(QLatin1String(g_target->readPath));
    if (!ImportJob::read(*format, *store, readPath, report, {})) {
        say(QStringLiteral("refused: ") + format->errorString());
        if (format->errorString().isEmpty())
            broken("an import failed without saying why", readPath);
        if (store->assetCount() != 0 || store->annotationCount() != 0)
            broken("a failed import left assets behind", format->errorString());
        return;
    }
    say(QStringLiteral("imported %1 asset(s), %2 annotation(s), %3 warning(s)")
                .arg(store->assetCount())
                .arg(store->annotationCount())
                .arg(report.warnings.size()));
    // What was imported must be readable back, and exportable without crashing.
    for (qint64 id : store->assetIds())
        store->annotations(id);
    ExportJob::losses(*format, *store);
    FormatReport written;
    ExportJob::write(*format, *store, g_work->filePath(QStringLiteral("out")), written, {});
    QDir(g_work->filePath(QStringLiteral("out"))).removeRecursively();
}

// The input is the manifest; the zip holds it, a project file and one member for each path the
// manifest names (so that hostile names reach the checks through the manifest).
void fuzzBundle(const QByteArray &input)
{
    const QString zipPath = g_work->filePath(QStringLiteral("b.zip"));
    QFile::remove(zipPath);
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        broken("cannot write the zip", zipPath);
    std::vector<QByteArray> keep; // zip_source_buffer borrows until zip_close
    auto add = [&](const QByteArray &name, const QByteArray &bytes) {
        keep.push_back(bytes);
        zip_source_t *s = zip_source_buffer(z, keep.back().constData(),
                                            zip_uint64_t(keep.back().size()), 0);
        if (s && zip_file_add(z, name.constData(), s, ZIP_FL_ENC_UTF_8) < 0)
            zip_source_free(s);
    };
    keep.reserve(64);
    add("manifest.json", input);
    const QJsonArray members
            = QJsonDocument::fromJson(input).object().value(QLatin1String("members")).toArray();
    for (int i = 0; i < members.size() && i < 32; ++i) {
        const QJsonObject m = members.at(i).toObject();
        const QByteArray name = m.value(QLatin1String("path")).toString().toUtf8();
        const qint64 size = std::clamp<qint64>(m.value(QLatin1String("size")).toInteger(), 0, 4096);
        if (!name.isEmpty() && name != "manifest.json")
            add(name, QByteArray(size, 'x'));
    }
    zip_close(z);

    const QString destination = g_work->filePath(QStringLiteral("unpacked"));
    QDir(destination).removeRecursively();
    QStringList before;
    for (QDirIterator it(g_work->path(),
                         QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        before.append(it.next());
    QString why, project;
    QJsonObject manifest;
    if (!ProjectBundle::verify(zipPath, &why, &manifest))
        say(QStringLiteral("refused: ") + why);
    else if (!ProjectBundle::open(zipPath, destination, &project, &why))
        say(QStringLiteral("open refused: ") + why);
    for (QDirIterator it(g_work->path(),
                         QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        if (!before.contains(path) && !path.startsWith(destination + QLatin1Char('/'))
            && path != destination)
            broken("opening a bundle wrote outside its folder", path);
    }
}

// The input is a project file: open it, and when it opens, read everything a window or `check`
// would.
void fuzzProject(const QByteArray &input)
{
    const QString path = g_work->filePath(QStringLiteral("p.tessera"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    writeFile(path, input);
    QString error;
    ProjectStore::schemaVersionOf(path, &error);
    auto store = ProjectStore::open(path, &error);
    if (!store) {
        say(QStringLiteral("refused: ") + error);
        if (error.isEmpty())
            broken("a project was refused without saying why", path);
        return;
    }
    store->labels();
    store->stats();
    ProjectReport::check(store->database(), g_work->path(), false);
    ProjectReport::badAnnotations(store->database());
    for (qint64 id : store->assetIds())
        store->annotations(id);
}

bool selectTarget(const char *name)
{
    for (const Target &t : targets())
        if (std::strcmp(t.name, name) == 0)
            g_target = &t;
    return g_target != nullptr;
}

void setUp()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TESSERA_USER", "fuzzer");
    static int argc = 1;
    static char name[] = "tessera-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(quiet);
    static QTemporaryDir work(QDir::tempPath() + QStringLiteral("/tessera-fuzz-XXXXXX"));
    g_work = &work;
    if (!g_work->isValid())
        broken("no work folder", g_work->errorString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (std::strlen(g_target->format) > 0)
        fuzzFormat(input);
    else if (std::strcmp(g_target->name, "bundle") == 0)
        fuzzBundle(input);
    else
        fuzzProject(input);
    return 0;
}

#ifdef TESSERA_FUZZ_TARGET
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!selectTarget(TESSERA_FUZZ_TARGET)) {
        std::fprintf(stderr, "unknown fuzz target %s\n", TESSERA_FUZZ_TARGET);
        std::exit(2);
    }
    setUp();
    return 0;
}
#else
// tessera-fuzz-replay TARGET FILE-OR-FOLDER...: runs each saved input once; exit 0 when none
// crashed (a crash aborts, which is the failure ctest sees).
int main(int argc, char **argv)
{
    if (argc < 3 || !selectTarget(argv[1])) {
        std::fprintf(stderr, "usage: tessera-fuzz-replay TARGET FILE-OR-FOLDER...\ntargets:");
        for (const Target &t : targets())
            std::fprintf(stderr, " %s", t.name);
        std::fprintf(stderr, "\n");
        return 2;
    }
    setUp();
    int ran = 0;
    for (int i = 2; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            for (QDirIterator it(arg, QDir::Files); it.hasNext();)
                files.append(it.next());
            files.sort();
        } else {
            files.append(arg);
        }
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read\n", QFile::encodeName(file).constData());
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++ran;
        }
    }
    std::printf("%s: %d input(s) ran\n", argv[1], ran);
    return ran > 0 ? 0 : 1;
}
#endif
