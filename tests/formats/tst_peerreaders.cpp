// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0

// Exports read by the peers' own readers, installed from Debian by `packaging/test.sh`
// (deps.sh --test): labelme's LabelFile for labelme JSON, xmllint for the XML formats. Skipped,
// saying why, where they are not installed.

#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// A project with one image and one shape of each kind labelme has.
std::unique_ptr<ProjectStore> makeProject(const QString &folder)
{
    if (!Test::writeImage(folder + QStringLiteral("/street.png"), 3, QSize(80, 60)))
        return nullptr;
    auto store = Test::newProject(folder);
    Asset image{.path = key("street.png"),
                .name = key("street.png"),
                .sha256 = key("s"),
                .width = 80,
                .height = 60};
    Label car{.name = key("car")};
    Label lane{.name = key("lane")};
    if (!store->addAsset(image) || !store->addLabel(car) || !store->addLabel(lane))
        return nullptr;
    QList<Annotation> shapes{{.assetId = image.id, .labelId = car.id, .points = {{5, 5}, {30, 20}}},
                             {.assetId = image.id,
                              .labelId = car.id,
                              .kind = AnnotationKind::Polygon,
                              .points = {{40, 10}, {70, 10}, {60, 40}},
                              .groupId = 0},
                             {.assetId = image.id,
                              .labelId = lane.id,
                              .kind = AnnotationKind::Polyline,
                              .points = {{0, 59}, {79, 30}}},
                             {.assetId = image.id,
                              .labelId = car.id,
                              .kind = AnnotationKind::Point,
                              .points = {{10, 50}}}};
    if (!store->addAnnotations(shapes))
        return nullptr;
    return store;
}

// Runs a program; its exit code and what it printed.
int run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Debian's python3 (not a user's pyenv or venv): the one labelme is installed for.
const QString kPython = QStringLiteral("/usr/bin/python3");

} // namespace

class TestPeerReaders : public QObject
{
    Q_OBJECT

private slots:
    void labelmeReadsOurLabelmeFiles();
    void xmllintAcceptsOurXml_data();
    void xmllintAcceptsOurXml();
};

void TestPeerReaders::labelmeReadsOurLabelmeFiles()
{
    QString output;
    if (run(kPython, {key("-c"), key("import labelme.label_file")}, &output) != 0)
        QSKIP("labelme is not installed (packaging/deps.sh --test installs it)");
    QTemporaryDir dir;
    auto store = makeProject(dir.path());
    QVERIFY(store);
    std::unique_ptr<Format> labelme = FormatRegistry::make(key("labelme"));
    const QString out = dir.filePath(key("labelme"));
    FormatReport report;
    QVERIFY2(ExportJob::write(*labelme, *store, out, report, {}),
             qPrintable(labelme->errorString()));
    // LabelFile loads the JSON, checks it and reads the image it names (imageData or the file).
    const QString script = key("import sys, json\n"
                               "from labelme.label_file import LabelFile\n"
                               "f = LabelFile(sys.argv[1])\n"
                               "print(json.dumps([[s['label'], s['shape_type'], s['group_id'], "
                               "len(s['points'])] for s in f.shapes]))\n"
                               "print(len(f.imageData) > 0)\n");
    const int code = run(kPython, {key("-c"), script, out + key("/street.json")}, &output);
    QVERIFY2(code == 0, qPrintable(output));
    const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], key("[[\"car\", \"rectangle\", null, 2], [\"car\", \"polygon\", null, 3], "
                           "[\"lane\", \"linestrip\", null, 2], [\"car\", \"point\", null, 1]]"));
    QCOMPARE(lines[1], key("True"));
}

void TestPeerReaders::xmllintAcceptsOurXml_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("voc") << "voc"
                         << "xml";
    QTest::newRow("cvat") << "cvat"
                          << "xml";
    QTest::newRow("labelstudio-config") << "labelstudio"
                                        << "xml";
}

void TestPeerReaders::xmllintAcceptsOurXml()
{
    QFETCH(QString, format);
    QFETCH(QString, suffix);
    const QString xmllint = QStandardPaths::findExecutable(key("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed (packaging/deps.sh --test installs it)");
    QTemporaryDir dir;
    auto store = makeProject(dir.path());
    QVERIFY(store);
    std::unique_ptr<Format> f = FormatRegistry::make(format);
    const QString out = dir.filePath(key("out"));
    FormatReport report;
    QVERIFY2(ExportJob::write(*f, *store, out, report, {}), qPrintable(f->errorString()));
    int checked = 0;
    QDirIterator files(out, {QLatin1String("*.") + suffix}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QString output;
        const QString file = files.next();
        QVERIFY2(run(xmllint, {key("--noout"), file}, &output) == 0,
                 qPrintable(file + QLatin1Char(' ') + output));
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestPeerReaders)
#include "tst_peerreaders.moc"
