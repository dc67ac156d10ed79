// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Tessera {

class ProjectStore;

/** An issue (a comment with parentId 0) and its replies, oldest first. */
struct IssueThread
{
    Comment issue;
    QList<Comment> replies;
};

/**
 * Review issues on assets: threads of comments pinned to a point, region, span or annotation,
 * resolved and reopened. Every write is one committed, audited transaction of the store, attributed
 * to the store's author; failures return false with errorString() naming the problem.
 */
class IssueStore
{
public:
    explicit IssueStore(ProjectStore &store);

    QString errorString() const;

    /** Opens an issue on issue.assetId; fills in id, author and time. The body must not be empty.
     */
    bool open(Comment &issue);
    /** Adds a reply to the thread of issueId (an issue, not a reply); fills in its fields. */
    bool reply(qint64 issueId, Comment &reply);
    bool setResolved(qint64 issueId, bool resolved);
    /** Removes one's own comment (a whole thread when it is the issue). */
    bool remove(qint64 commentId);

    std::optional<Comment> comment(qint64 id);
    /** The threads of an asset, in the order they were opened. */
    QList<IssueThread> threads(qint64 assetId);
    /** Open issues per asset (assets without any are absent): for the browser and the queue. */
    QHash<qint64, int> openCounts();
    /** Every open issue of the project, oldest first: the "what is left to fix" list. */
    QList<Comment> openIssues();

private:
    bool insert(Comment &comment);

    ProjectStore &m_store;
};

} // namespace Tessera
