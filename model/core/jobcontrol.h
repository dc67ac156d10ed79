// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Tessera {

/** How a caller follows and stops a long job. Both members may be left empty. */
struct JobControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool canceled() const { return cancel && cancel->load(); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

/** What a job that adds files did. errors name the file and the reason, one per line. */
struct AddReport
{
    int added = 0;
    int duplicates = 0;
    int skipped = 0; // files already in the project by path
    int hashed = 0;  // files read to hash them (the others' digests were remembered unchanged)
    QStringList errors;
    QList<qint64> assetIds;
    bool canceled = false;
    QString fatalError; // set when the job could not go on at all (e.g. the store refused writes)
};

} // namespace Tessera
