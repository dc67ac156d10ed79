// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QLabel>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QLocalServer;

namespace Tessera {

/**
 * One window's claim on the project it shows.
 *
 * Windows of the same OS user on this machine find each other through a local socket named after
 * the user and the project file: `tessera PROJECT` while PROJECT is open raises that window
 * instead of starting a second writer. Other users and machines are told apart through a small
 * holders file beside the project (`.NAME.tessera.holders`, JSON): each open window writes its
 * user, host, process and a heartbeat there, and shows who else holds the project in a status-bar
 * label. The project itself stays writable by all of them (the store's locking and the window's
 * reload keep every edit); the label only says who else is working.
 */
class ProjectPresence : public QObject
{
    Q_OBJECT

public:
    struct Holder
    {
        QString user;    // Tessera's name for the person (Settings › Your name)
        QString account; // the OS account
        QString host;
        qint64 pid = 0;
        QDateTime since;
        QDateTime seen; // last heartbeat
    };

    explicit ProjectPresence(QObject *parent = nullptr);
    ~ProjectPresence() override;

    /**
     * Asks the window of this OS user that holds @p projectPath to come to the front (and show
     * @p asset when not empty). True when one answered within @p timeoutMs.
     */
    static bool forward(const QString &projectPath, const QString &asset = {},
                        int timeoutMs = 1500);

    /** Claims @p projectPath for this window, releasing the previous claim; empty releases. */
    void claim(const QString &projectPath);
    QString project() const { return m_project; }

    /** Other holders of the project (other processes, users or machines) with a fresh heartbeat. */
    QList<Holder> others() const { return m_others; }

    /** The status-bar label naming the other holders (hidden while there are none). */
    QLabel *label() const { return m_label; }

    /** The holders file of @p projectPath. */
    static QString holdersFile(const QString &projectPath);

    /** How often the heartbeat is written, and after how long without one a holder is gone. */
    static constexpr int heartbeatMs = 60 * 1000;
    static constexpr int staleMs = 3 * heartbeatMs;

signals:
    /** Another `tessera` of this user asked for this project: come to the front. */
    void raiseRequested(const QString &asset);
    void othersChanged();

private:
    void beat();
    void release();
    void updateLabel();

    QLocalServer *m_server = nullptr;
    QPointer<QLabel> m_label; // the status bar owns it once added (and may delete it first)
    QTimer m_heartbeat;
    QString m_project;
    QDateTime m_since;
    QList<Holder> m_others;
};

} // namespace Tessera
