// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/pgdatabase.h"
#include "store/projectlocation.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace Tessera {

/** One change a server project announced (ServerExtras). */
struct ServerChange
{
    QString table;          // "annotations", "assets", "reviews", "comments", "labels", ...
    QString operation;      // "insert", "update" or "delete"
    QList<qint64> assets;   // the assets whose rows changed; empty for labels or with allAssets
    bool allAssets = false; // too many to list: any asset may have changed
    int senderPid = 0;      // the server process of the connection that made the change
};

/**
 * Watches a server project for the changes other clients commit, on a connection of its own
 * (LISTEN), in the thread it lives in, without polling: the connection's socket wakes it, so a
 * change arrives as soon as the other client's transaction commits. A broken connection (server
 * stopped or restarted, network gone) is reported once by connectionLost() and tried again every
 * few seconds until reconnected(), after which the window reloads what it shows: changes made in
 * between were not seen.
 */
class ServerWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ServerWatcher(ProjectLocation location, QObject *parent = nullptr);
    ~ServerWatcher() override;

    /** Connects and listens; false and errorString() (naming the server) when it cannot. */
    bool start();
    /** Changes made by the server process backendPid (the client's own writer) are not reported. */
    void ignoreSender(int backendPid);
    bool isConnected() const { return m_notifier != nullptr; }
    QString errorString() const { return m_error; }
    /** The server process of the watcher's own connection; 0 when not connected. */
    int backendPid() const { return m_db.backendPid(); }

    /** A notice's payload as a change; nullopt when it is not one a server project sends. */
    static std::optional<ServerChange> parse(const QByteArray &payload);

signals:
    void changed(const Tessera::ServerChange &change);
    /** The connection broke (why says how); the watcher keeps trying to reconnect. */
    void connectionLost(const QString &why);
    /** Connected again after connectionLost(): what changed meanwhile was not announced here. */
    void reconnected();

private:
    bool connectAndListen();
    void read();
    void lose(const QString &why);
    void retry();

    ProjectLocation m_location;
    PgDatabase m_db;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_retry;
    int m_retryDelay = 0;
    QSet<int> m_ignored;
    QString m_error;
};

} // namespace Tessera

Q_DECLARE_METATYPE(Tessera::ServerChange)
