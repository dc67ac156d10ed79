// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectpresence.h"

#include "store/projectlocation.h"
#include "util/identity.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSaveFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Tessera {

namespace {

QString canonical(const QString &path)
{
    if (ProjectLocation::isServerUrl(path))
        return path; // a server project's URL (without a password) names it already
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

// One socket per OS account and project file: another account never reaches this window (the
// socket is also made private to the account), and a copy of the project elsewhere is another.
QString socketName(const QString &projectPath)
{
    const QByteArray key
            = (Identity::systemUserName() + QLatin1Char('\n') + canonical(projectPath)).toUtf8();
    return QStringLiteral("tessera-")
           + QString::fromLatin1(
                   QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(24));
}

bool processAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    // A process that ended but nobody reaped yet (a zombie: state Z in /proc) still answers
    // kill(); it holds nothing.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.read(512);
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
            return false;
    }
    return true;
}

QList<ProjectPresence::Holder> readHolders(const QString &file)
{
    QList<ProjectPresence::Holder> holders;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || in.size() > 1024 * 1024)
        return holders;
    const QJsonArray array = QJsonDocument::fromJson(in.readAll()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ProjectPresence::Holder h;
        h.user = o.value(QLatin1String("user")).toString();
        h.account = o.value(QLatin1String("account")).toString();
        h.host = o.value(QLatin1String("host")).toString();
        h.pid = o.value(QLatin1String("pid")).toInteger();
        h.since = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
        h.seen = QDateTime::fromString(o.value(QLatin1String("seen")).toString(), Qt::ISODate);
        if (!h.host.isEmpty() && h.seen.isValid())
            holders.append(h);
    }
    return holders;
}

QJsonObject toJson(const ProjectPresence::Holder &h)
{
    return {{QStringLiteral("user"), h.user},
            {QStringLiteral("account"), h.account},
            {QStringLiteral("host"), h.host},
            {QStringLiteral("pid"), h.pid},
            {QStringLiteral("since"), h.since.toString(Qt::ISODate)},
            {QStringLiteral("seen"), h.seen.toString(Qt::ISODate)}};
}

bool isGone(const ProjectPresence::Holder &h, const QDateTime &now)
{
    if (h.seen.msecsTo(now) > ProjectPresence::staleMs)
        return true;
    // On this machine a holder whose process ended (a crash, a kill) is gone at once.
    return h.host == QSysInfo::machineHostName() && !processAlive(h.pid);
}

} // namespace

ProjectPresence::ProjectPresence(QObject *parent)
    : QObject(parent)
    , m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("presenceLabel"));
    // Names come from a file anyone who can write the folder may write: text, never markup.
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ProjectPresence::beat);
}

ProjectPresence::~ProjectPresence()
{
    release();
    if (m_label && !m_label->parent())
        delete m_label;
}

QString ProjectPresence::holdersFile(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName()
           + QStringLiteral(".holders");
}

bool ProjectPresence::forward(const QString &projectPath, const QString &asset, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(projectPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write("raise\t" + asset.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

void ProjectPresence::claim(const QString &projectPath)
{
    release();
    if (projectPath.isEmpty())
        return;
    m_project = canonical(projectPath);
    m_since = QDateTime::currentDateTimeUtc();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = socketName(m_project);
    if (!m_server->listen(name)) {
        // Left behind by a window that crashed: nobody answers on it (main() asked first).
        QLocalServer::removeServer(name);
        if (!m_server->listen(name))
            Logging::warn(QStringLiteral("%1: cannot listen for other windows: %2")
                                  .arg(m_project, m_server->errorString()));
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine(64 * 1024).trimmed();
                if (!line.startsWith("raise"))
                    return;
                socket->write("ok\n");
                socket->flush();
                emit raiseRequested(QString::fromUtf8(line.mid(6)));
            });
        }
    });
    beat();
    m_heartbeat.start();
}

void ProjectPresence::release()
{
    m_heartbeat.stop();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    if (m_project.isEmpty())
        return;
    if (ProjectLocation::isServerUrl(m_project)) {
        m_project.clear();
        return;
    }
    // Take this window out of the holders file; the last one out removes the file.
    const QString file = holdersFile(m_project);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray rest;
    for (const Holder &h : readHolders(file)) {
        if ((h.host == QSysInfo::machineHostName() && h.pid == QCoreApplication::applicationPid())
            || isGone(h, now))
            continue;
        rest.append(toJson(h));
    }
    if (rest.isEmpty()) {
        QFile::remove(file);
    } else {
        QSaveFile out(file);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(rest).toJson());
            out.commit();
        }
    }
    m_project.clear();
    if (!m_others.isEmpty()) {
        m_others.clear();
        updateLabel();
        emit othersChanged();
    }
}

void ProjectPresence::beat()
{
    // A server project has no folder to keep a holders file in (who edits what is the
    // server's to say); the socket that raises this window still works.
    if (m_project.isEmpty() || ProjectLocation::isServerUrl(m_project))
        return;
    const QString file = holdersFile(m_project);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    QList<Holder> others;
    QJsonArray all;
    for (const Holder &h : readHolders(file)) {
        if ((h.host == host && h.pid == pid) || isGone(h, now))
            continue;
        others.append(h);
        all.append(toJson(h));
    }
    all.append(toJson(Holder{Identity::currentUserName(), Identity::systemUserName(), host, pid,
                             m_since, now}));
    // Written in place of the old file, never half: a reader sees the old list or the new one.
    // Two windows beating at the same moment may drop one line; its next beat brings it back.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(all).toJson()) < 0
        || !out.commit())
        Logging::warn(QStringLiteral("%1: cannot write who holds the project").arg(file));
    const bool changed
            = others.size() != m_others.size()
              || !std::equal(others.cbegin(), others.cend(), m_others.cbegin(),
                             [](const Holder &a, const Holder &b) {
                                 return a.host == b.host && a.pid == b.pid && a.user == b.user;
                             });
    m_others = others;
    if (changed) {
        updateLabel();
        emit othersChanged();
    }
}

void ProjectPresence::updateLabel()
{
    if (!m_label)
        return;
    if (m_others.isEmpty()) {
        m_label->hide();
        return;
    }
    QStringList names;
    QStringList lines;
    for (const Holder &h : std::as_const(m_others)) {
        const QString who = h.host == QSysInfo::machineHostName()
                                    ? h.user
                                    : tr("%1 on %2").arg(h.user, h.host);
        if (!names.contains(who))
            names.append(who);
        lines.append(tr("%1 (account %2 on %3, process %4) since %5")
                             .arg(h.user, h.account, h.host)
                             .arg(h.pid)
                             .arg(QLocale().toString(h.since.toLocalTime(), QLocale::ShortFormat))
                             .toHtmlEscaped());
    }
    m_label->setText(tr("Also open: %1").arg(names.join(QLatin1String(", "))));
    // A tooltip guesses its format; this one is always rich text of our own, names escaped.
    m_label->setToolTip(
            QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                    .arg(tr("This project is open in other windows too:").toHtmlEscaped(),
                         lines.join(QLatin1String("<br>")),
                         tr("Every edit is kept; the window reloads what the others "
                            "change.")
                                 .toHtmlEscaped()));
    m_label->show();
}

} // namespace Tessera
