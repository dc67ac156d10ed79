// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/pgdatabase.h"
#include "store/projectlocation.h"

#include <QFile>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace Tessera::Test {

/**
 * The PostgreSQL that ctest's fixture "pgserver" started (tests/helpers/pgserver.sh; its URL in
 * the file TESSERA_PG_URL_FILE names). Hands out empty databases, each dropped at the end.
 */
class PgTestServer
{
public:
    /** Connects; errorString() says why not (no fixture, server gone). */
    bool start()
    {
        QFile file(qEnvironmentVariable("TESSERA_PG_URL_FILE"));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("no PostgreSQL for the tests: run through ctest (fixture "
                                     "pgserver)");
            return false;
        }
        const QString url = QString::fromUtf8(file.readAll()).trimmed();
        m_server = url.left(url.lastIndexOf(QLatin1Char('/')));
        if (!m_admin.open(ProjectLocation(url).connectionString())) {
            m_error = m_admin.errorString();
            return false;
        }
        return true;
    }

    ~PgTestServer()
    {
        for (const QString &name : std::as_const(m_databases))
            m_admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        // After the databases: a login's grants there would keep it.
        for (const QString &login : std::as_const(m_logins))
            m_admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }

    QString errorString() const { return m_error; }

    /** A new, empty database; an invalid location (and qWarning) if it cannot be made. */
    ProjectLocation freshDatabase()
    {
        const QString name
                = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!m_admin.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            qWarning("CREATE DATABASE: %s", qPrintable(m_admin.errorString()));
            return {};
        }
        m_databases << name;
        return ProjectLocation(m_server + QLatin1Char('/') + name);
    }

    /**
     * Takes a database away from its clients as an outage would (new connections refused, the
     * open ones cut), or gives it back; the server itself and its other databases stay up.
     */
    bool setReachable(const ProjectLocation &location, bool reachable)
    {
        const QString name = QUrl(location.toString()).path().mid(1);
        if (!m_admin.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                                  .arg(name, reachable ? QStringLiteral("true")
                                                       : QStringLiteral("false"))))
            return false;
        return reachable
               || m_admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                              "pg_stat_activity WHERE datname = '%1'")
                                       .arg(name));
    }

    /** A new login (no password: the test server trusts local connections), dropped at the end. */
    QString createLogin(const QString &prefix)
    {
        const QString login = prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
        if (!m_admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)))
            qFatal("CREATE ROLE: %s", qPrintable(m_admin.errorString()));
        m_logins << login;
        return login;
    }

    /** A connection of its own to location as login (the URL's user otherwise). */
    static std::unique_ptr<PgDatabase> connectAs(const ProjectLocation &location,
                                                 const QString &login)
    {
        QUrl url(location.toString());
        url.setUserName(login);
        return connect(ProjectLocation(url.toString()));
    }

    /** A connection of its own to location; the test run stops if it cannot be had. */
    static std::unique_ptr<PgDatabase> connect(const ProjectLocation &location)
    {
        auto db = std::make_unique<PgDatabase>();
        if (!db->open(location.connectionString()))
            qFatal("connect: %s", qPrintable(db->errorString()));
        return db;
    }

private:
    QString m_server; // postgresql://...@127.0.0.1:PORT (no database)
    QString m_error;
    PgDatabase m_admin;
    QStringList m_databases;
    QStringList m_logins;
};

} // namespace Tessera::Test
