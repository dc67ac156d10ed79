// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assetlease.h"

#include "document/projectsession.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QLabel>

namespace Tessera {

namespace {

constexpr int leaseSeconds = 90;
// A third of the lease: two renewals may fail (a slow network) before it runs out.
constexpr int renewMs = 30000;

} // namespace

AssetLease::AssetLease(std::function<ProjectSession *()> session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("leaseLabel"));
    m_label->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; font-weight: bold; }"));
    m_label->hide();
    m_renew.setInterval(renewMs);
    connect(&m_renew, &QTimer::timeout, this, &AssetLease::renew);
}

AssetLease::~AssetLease()
{
    // The label belongs to the status bar once added; only one never added is ours to delete.
    if (m_label && !m_label->parent())
        delete m_label;
}

void AssetLease::assetShown(qint64 assetId)
{
    if (assetId == m_asset)
        return;
    release();
    m_asset = assetId;
    ProjectSession *session = m_session();
    if (!m_asset || !session || !session->store()->isServer())
        return;
    renew();
    m_renew.start();
}

void AssetLease::release()
{
    m_renew.stop();
    if (ProjectSession *session = m_session(); session && m_asset)
        session->store()->releaseAsset(m_asset);
    m_asset = 0;
    if (!m_other.isEmpty()) {
        m_other.clear();
        if (m_label)
            m_label->hide();
        emit otherHolderChanged(m_other);
    }
}

void AssetLease::renew()
{
    ProjectSession *session = m_session();
    if (!session || !m_asset || !m_label)
        return;
    ProjectStore *store = session->store();
    const std::optional<ProjectStore::Lease> lease = store->leaseAsset(m_asset, leaseSeconds);
    show(lease ? std::optional<QString>(lease->login) : std::nullopt, lease ? lease->until : 0);
}

void AssetLease::refresh()
{
    ProjectSession *session = m_session();
    if (!session || !m_asset || !m_label)
        return;
    const std::optional<ProjectStore::Lease> lease = session->store()->leaseHolder(m_asset);
    if (!lease) {
        renew(); // given up or run out: ours now
        return;
    }
    show(lease->login, lease->until);
}

void AssetLease::show(const std::optional<QString> &holder, qint64 until)
{
    ProjectSession *session = m_session();
    if (!session || !m_label)
        return;
    const QString other = holder && *holder != session->store()->author() ? *holder : QString();
    if (other == m_other)
        return;
    m_other = other;
    if (m_other.isEmpty()) {
        m_label->hide();
    } else {
        m_label->setText(tr("Being edited by %1").arg(m_other));
        m_label->setToolTip(
                tr("%1 has this asset open (until %2 unless they stay on it). Your edits are "
                   "still stored; one made on a shape they changed meanwhile is refused.")
                        .arg(m_other, QDateTime::fromMSecsSinceEpoch(until).toString(
                                              QStringLiteral("HH:mm"))));
        m_label->show();
    }
    emit otherHolderChanged(m_other);
}

} // namespace Tessera
