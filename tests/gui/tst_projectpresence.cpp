// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// One window per project and user: a second `tessera PROJECT` raises the first; other users and
// machines holding the project are named in the status bar.
#include "projectpresence.h"

#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Tessera;

class TestProjectPresence : public QObject
{
    Q_OBJECT

private slots:
    void secondStartRaisesTheFirstWindow();
    void othersAreNamedAndStaleOnesDropped();
    void namesFromTheFileAreShownAsTextNeverAsMarkup();
    void anEndedButUnreapedProcessHoldsNothing();
    void releaseTakesThisWindowOut();

private:
    QString makeProject(const QTemporaryDir &dir);
    static QJsonObject holder(const QString &user, const QString &host, qint64 pid,
                              const QDateTime &seen);
};

QString TestProjectPresence::makeProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("team.tessera"));
    QString error;
    auto store = ProjectStore::create(path, &error);
    return store ? path : QString();
}

QJsonObject TestProjectPresence::holder(const QString &user, const QString &host, qint64 pid,
                                        const QDateTime &seen)
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("account"), user.toLower()},
            {QStringLiteral("host"), host},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("since"), seen.toString(Qt::ISODate)},
            {QStringLiteral("seen"), seen.toString(Qt::ISODate)}};
}

void TestProjectPresence::secondStartRaisesTheFirstWindow()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    QVERIFY(!project.isEmpty());
    QVERIFY(!ProjectPresence::forward(project)); // nobody holds it yet
    ProjectPresence first;
    first.claim(project);
    QSignalSpy raised(&first, &ProjectPresence::raiseRequested);

    // The real program, started on the same project (by a relative path through a symlinked
    // folder, as a file manager may): it hands over to this window and exits at once.
    QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("link"))));
    QProcess second;
    second.setWorkingDirectory(dir.filePath(QStringLiteral("link")));
    second.start(qEnvironmentVariable("TESSERA_GUI"),
                 {QStringLiteral("team.tessera"), QStringLiteral("--asset"), QStringLiteral("7")});
    QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 1, 20000);
    QCOMPARE(raised.constFirst().constFirst().toString(), QStringLiteral("7"));
    QVERIFY(second.state() == QProcess::NotRunning || second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardOutput().contains("open in another window"),
             "the second start said nothing");

    // Once released, a start opens its own window again (nothing answers).
    first.claim(QString());
    QVERIFY(!ProjectPresence::forward(project, QString(), 300));
}

void TestProjectPresence::othersAreNamedAndStaleOnesDropped()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray holders;
    holders.append(holder(QStringLiteral("Bob"), QStringLiteral("ws-12"), 4242, now));
    // Gone: no heartbeat for ten minutes, or a process of this machine that has ended.
    holders.append(holder(QStringLiteral("Carol"), QStringLiteral("ws-13"), 77, now.addSecs(-600)));
    holders.append(holder(QStringLiteral("Dave"), QSysInfo::machineHostName(), 999999999, now));
    QFile file(ProjectPresence::holdersFile(project));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(holders).toJson());
    file.close();

    ProjectPresence presence;
    QSignalSpy changed(&presence, &ProjectPresence::othersChanged);
    presence.claim(project);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(presence.others().size(), 1);
    QCOMPARE(presence.others().constFirst().user, QStringLiteral("Bob"));
    QVERIFY2(presence.label()->text().contains(QLatin1String("Bob on ws-12")),
             qPrintable(presence.label()->text()));
    QVERIFY(!presence.label()->isHidden());

    // The file now holds Bob and this window, nobody else.
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray written = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.at(0).toObject().value(QLatin1String("user")).toString(),
             QStringLiteral("Bob"));
    QCOMPARE(written.at(1).toObject().value(QLatin1String("pid")).toInteger(),
             QCoreApplication::applicationPid());
}

void TestProjectPresence::namesFromTheFileAreShownAsTextNeverAsMarkup()
{
    // The holders file is written by whoever can write the folder: a name is text, never HTML.
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString name = QStringLiteral("<b>Eve</b><img src=\"x.png\">");
    QJsonArray holders;
    holders.append(
            holder(name, QStringLiteral("<i>ws</i>"), 4242, QDateTime::currentDateTimeUtc()));
    QFile file(ProjectPresence::holdersFile(project));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(holders).toJson());
    file.close();
    ProjectPresence presence;
    presence.claim(project);
    QLabel *label = presence.label();
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY2(label->text().contains(name), qPrintable(label->text()));
    // The tooltip is rich text of our own making, with the names escaped.
    const QString tip = label->toolTip();
    QVERIFY2(tip.contains(QLatin1String("&lt;b&gt;Eve&lt;/b&gt;")), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("<img")), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("<b>")), qPrintable(tip));
}

void TestProjectPresence::releaseTakesThisWindowOut()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString file = ProjectPresence::holdersFile(project);
    {
        ProjectPresence presence;
        presence.claim(project);
        QVERIFY(QFile::exists(file));
        QVERIFY(presence.label()->isHidden()); // alone: nothing to say
    }
    // The last holder out leaves no file behind.
    QVERIFY(!QFile::exists(file));
}

void TestProjectPresence::anEndedButUnreapedProcessHoldsNothing()
{
    // A window killed while its parent does not reap it stays a zombie, which still answers
    // kill(pid, 0): it must not be named as holding the project.
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    QVERIFY(child > 0);
    QTRY_VERIFY([child]() {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        return stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
    }());
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    QJsonArray holders;
    holders.append(holder(QStringLiteral("Zed"), QSysInfo::machineHostName(), child,
                          QDateTime::currentDateTimeUtc()));
    QFile file(ProjectPresence::holdersFile(project));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(holders).toJson());
    file.close();
    ProjectPresence presence;
    presence.claim(project);
    const bool named = !presence.others().isEmpty();
    ::waitpid(child, nullptr, 0);
    QVERIFY(!named);
}

QTEST_MAIN(TestProjectPresence)
#include "tst_projectpresence.moc"
