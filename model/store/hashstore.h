// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Tessera {

class ProjectStore;

/** Perceptual hashes of image assets (for near-duplicates), one 64-bit value per asset. */
class HashStore
{
public:
    explicit HashStore(ProjectStore &store);

    /** Asset id → hash, for every image that has one. */
    QHash<qint64, quint64> hashes();
    /** Image assets (with their files) that have no hash yet, by id. */
    QList<std::pair<qint64, QString>> missing();
    /** Stores hashes (replacing earlier ones) in one transaction. */
    bool setHashes(const QList<std::pair<qint64, quint64>> &hashes);

private:
    ProjectStore &m_store;
};

} // namespace Tessera
