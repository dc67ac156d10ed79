// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;

namespace Tessera {

class ProjectSession;

/**
 * "Being edited by bob": on a team server project, the window leases the asset it shows
 * (ProjectStore::leaseAsset, 90 s, renewed every 30 s while it stays) and gives it up when it
 * moves on. When someone else's lease runs on the asset, a status-bar label names them, so that
 * two annotators do not silently work on the same image; nothing is locked (the server's versions
 * still refuse a stale edit). Project files: nothing is leased and the label stays hidden.
 */
class AssetLease : public QObject
{
    Q_OBJECT

public:
    AssetLease(std::function<ProjectSession *()> session, QObject *parent = nullptr);
    ~AssetLease() override;

    /** The window shows assetId now (0: none); leases it and gives up the one before. */
    void assetShown(qint64 assetId);
    /** The project is about to close: gives up the lease it holds. */
    void release();
    /**
     * Someone's lease changed (ProjectSession::leasesChanged): re-reads who holds the asset
     * shown, and takes it when nobody does any more. Reads only otherwise, so that windows
     * answering each other's notices never write back and forth.
     */
    void refresh();
    /** The label for the status bar (hidden unless someone else holds the asset shown). */
    QLabel *label() const { return m_label; }
    /** Who else holds the asset shown, empty when nobody (or this login). */
    QString otherHolder() const { return m_other; }

signals:
    void otherHolderChanged(const QString &login);

private:
    void renew();
    void show(const std::optional<QString> &holder, qint64 until);

    std::function<ProjectSession *()> m_session;
    QPointer<QLabel> m_label; // the status bar owns it once added, and may go first
    QTimer m_renew;
    qint64 m_asset = 0;
    QString m_other;
};

} // namespace Tessera
