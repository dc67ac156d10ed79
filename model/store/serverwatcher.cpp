// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "serverwatcher.h"

#include "serverextras.h"
#include "serverschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <spdlog/spdlog.h>

namespace Tessera {

namespace {

struct WatcherText
{
    Q_DECLARE_TR_FUNCTIONS(ServerWatcher)
};

// The first retry comes soon (a server restart takes a second or two), later ones less often.
constexpr int firstRetryMs = 250;
constexpr int longestRetryMs = 4000;

} // namespace

ServerWatcher::ServerWatcher(ProjectLocation location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    qRegisterMetaType<ServerChange>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerWatcher::retry);
}

ServerWatcher::~ServerWatcher() = default;

bool ServerWatcher::start()
{
    m_retry.stop();
    return connectAndListen();
}

void ServerWatcher::ignoreSender(int backendPid)
{
    m_ignored.insert(backendPid);
}

bool ServerWatcher::connectAndListen()
{
    m_notifier.reset();
    if (!ServerSchema::connect(m_db, m_location, &m_error))
        return false;
    if (!m_db.listen(ServerExtras::liveChannel)) {
        m_error = WatcherText::tr("%1: cannot listen for changes (%2)")
                          .arg(m_location.display(), m_db.errorString());
        m_db.close();
        return false;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_db.socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ServerWatcher::read);
    m_retryDelay = 0;
    m_error.clear();
    return true;
}

void ServerWatcher::read()
{
    const std::optional<QList<PgDatabase::Notification>> notices = m_db.takeNotifications();
    if (!notices) {
        // libpq's message goes on with a guess at the cause over several lines: the first says it.
        lose(WatcherText::tr("%1: connection lost (%2)")
                     .arg(m_location.display(),
                          m_db.errorString().section(QLatin1Char('\n'), 0, 0)));
        return;
    }
    for (const PgDatabase::Notification &notice : *notices) {
        if (m_ignored.contains(notice.senderPid))
            continue;
        std::optional<ServerChange> change = parse(notice.payload);
        if (!change) {
            spdlog::warn("server watcher: a notice that is not a change: {}",
                         notice.payload.left(200).toStdString());
            continue;
        }
        change->senderPid = notice.senderPid;
        emit changed(*change);
    }
}

void ServerWatcher::lose(const QString &why)
{
    // The socket is dead: its notifier would fire forever. Off until a connection is back.
    m_notifier.reset();
    m_db.close();
    m_error = why;
    spdlog::warn("server watcher: {}", why.toStdString());
    emit connectionLost(why);
    m_retryDelay = firstRetryMs;
    m_retry.start(m_retryDelay);
}

void ServerWatcher::retry()
{
    if (connectAndListen()) {
        spdlog::info("server watcher: reconnected to {}", m_location.display().toStdString());
        emit reconnected();
        return;
    }
    m_retryDelay = std::min(m_retryDelay * 2, longestRetryMs);
    m_retry.start(m_retryDelay);
}

std::optional<ServerChange> ServerWatcher::parse(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(payload, &error).object();
    if (error.error != QJsonParseError::NoError || !object.value(QLatin1String("table")).isString()
        || !object.value(QLatin1String("op")).isString())
        return std::nullopt;
    ServerChange change;
    change.table = object.value(QLatin1String("table")).toString();
    change.operation = object.value(QLatin1String("op")).toString();
    const QJsonValue assets = object.value(QLatin1String("assets"));
    if (assets.isNull()) {
        change.allAssets = true;
    } else if (assets.isArray()) {
        for (const QJsonValue &id : assets.toArray())
            change.assets.append(qint64(id.toDouble()));
    } else {
        return std::nullopt;
    }
    return change;
}

} // namespace Tessera
