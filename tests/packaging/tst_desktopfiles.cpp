// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// The desktop integration files pass Debian's validators, and the MIME types they declare
// recognise real projects and bundles by their content (whatever their names).
#include "bundle/projectbundle.h"
#include "core/jobcontrol.h"
#include "store/projectstore.h"

#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tessera;

namespace {

const QString desktopDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/desktop");
const QString desktopId = QStringLiteral("io.github.tessera.Tessera");

// Runs a validator; its whole output is the failure message.
void validate(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        QFAIL(qPrintable(program
                         + QStringLiteral(" is missing: packaging/deps.sh --test installs it")));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
    // desktop-file-validate prints only what is wrong (hints included); nothing is the pass.
    if (program == QLatin1String("desktop-file-validate"))
        QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopEntryIsValid();
    void appStreamDataIsValid();
    void mimeTypesRecogniseProjectsAndBundles();

private:
    QTemporaryDir m_data;
};

void TestDesktopFiles::initTestCase()
{
    // The MIME database as the package's trigger leaves it: the system's types and Tessera's,
    // merged by update-mime-database into one database (Qt 6.4 lets a later database's magic
    // win over an earlier one's, whatever the priorities: only a merged one is what users get).
    const QString packages = m_data.filePath(QStringLiteral("mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(desktopDir + QLatin1Char('/') + desktopId + QStringLiteral(".xml"),
                        packages + QStringLiteral("/tessera.xml")));
    QVERIFY2(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                         packages + QStringLiteral("/freedesktop.org.xml")),
             "shared-mime-info is missing: packaging/deps.sh --test installs it");
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (update.isEmpty())
        QFAIL("update-mime-database is missing: packaging/deps.sh --test installs "
              "shared-mime-info");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(update, {m_data.filePath(QStringLiteral("mime"))});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    // QMimeDatabase reads these when it is first used: only the merged database.
    qputenv("XDG_DATA_DIRS", m_data.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_data.filePath(QStringLiteral("home")).toLocal8Bit());
}

void TestDesktopFiles::desktopEntryIsValid()
{
    validate(QStringLiteral("desktop-file-validate"),
             {desktopDir + QLatin1Char('/') + desktopId + QStringLiteral(".desktop")});
}

void TestDesktopFiles::appStreamDataIsValid()
{
    validate(QStringLiteral("appstreamcli"),
             {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"),
              desktopDir + QLatin1Char('/') + desktopId + QStringLiteral(".metainfo.xml")});
}

void TestDesktopFiles::mimeTypesRecogniseProjectsAndBundles()
{
    QTemporaryDir dir;
    // A project under a name that says nothing: its SQLite application id tells.
    const QString project = dir.filePath(QStringLiteral("work.tessera"));
    QString error;
    {
        auto store = ProjectStore::create(project, &error);
        QVERIFY2(store, qPrintable(error));
        const QString bundle = dir.filePath(QStringLiteral("handover.tessera.zip"));
        QVERIFY2(ProjectBundle::create(*store, bundle, {}, JobControl(), &error),
                 qPrintable(error));
    }
    QVERIFY(QFile::copy(project, dir.filePath(QStringLiteral("renamed.dat"))));
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("handover.tessera.zip")),
                        dir.filePath(QStringLiteral("handover.bin"))));
    QFile plain(dir.filePath(QStringLiteral("plain.zip")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0') + "readme.txt");
    plain.close();

    QMimeDatabase mime;
    QCOMPARE(mime.mimeTypeForFile(project).name(), QStringLiteral("application/x-tessera-project"));
    QCOMPARE(mime.mimeTypeForFile(dir.filePath(QStringLiteral("renamed.dat"))).name(),
             QStringLiteral("application/x-tessera-project"));
    // By the name Tessera gives bundles, and by content under any name but *.zip (Qt 6.4 takes a
    // single glob match over content, so a bundle named x.zip is a zip to it; GIO sniffs further).
    QCOMPARE(mime.mimeTypeForFile(dir.filePath(QStringLiteral("handover.tessera.zip"))).name(),
             QStringLiteral("application/x-tessera-bundle"));
    QCOMPARE(mime.mimeTypeForFile(dir.filePath(QStringLiteral("handover.bin"))).name(),
             QStringLiteral("application/x-tessera-bundle"));
    // Other zips and other SQLite files stay what they are.
    QVERIFY(mime.mimeTypeForFile(plain.fileName()).name()
            != QLatin1String("application/x-tessera-bundle"));
    QVERIFY(mime.mimeTypeForName(QStringLiteral("application/x-tessera-bundle"))
                    .inherits(QStringLiteral("application/zip")));
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
