// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "issuestore.h"

#include "projectstore.h"
#include "storerows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tessera {

namespace {

// What the audit log records of a comment: enough to tell later what was said where.
QString describe(const Comment &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("body"), c.body}};
    if (c.parentId)
        o.insert(QStringLiteral("parent"), c.parentId);
    if (c.region)
        o.insert(QStringLiteral("region"), QStringLiteral("%1,%2,%3,%4")
                                                   .arg(c.region->x())
                                                   .arg(c.region->y())
                                                   .arg(c.region->width())
                                                   .arg(c.region->height()));
    if (c.hasSpan())
        o.insert(QStringLiteral("span"), QStringLiteral("%1-%2").arg(c.spanStart).arg(c.spanEnd));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

IssueStore::IssueStore(ProjectStore &store)
    : m_store(store)
{}

QString IssueStore::errorString() const
{
    return m_store.errorString();
}

bool IssueStore::open(Comment &issue)
{
    issue.parentId = 0;
    if (issue.body.trimmed().isEmpty()) {
        m_store.setErrorString(QStringLiteral("An issue needs a description"));
        return false;
    }
    if (!issue.hasSpan() && issue.spanStart >= 0) {
        m_store.setErrorString(QStringLiteral("The span %1-%2 is empty or reversed")
                                       .arg(issue.spanStart)
                                       .arg(issue.spanEnd));
        return false;
    }
    return insert(issue);
}

bool IssueStore::insert(Comment &issue)
{
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    if (!m_store.asset(issue.assetId)) {
        m_store.setErrorString(QStringLiteral("No asset with id %1").arg(issue.assetId));
        return false;
    }
    if (issue.author.isEmpty())
        issue.author = m_store.author();
    if (!issue.createdAt)
        issue.createdAt = ProjectStore::now();
    if (!StoreRows::insertComment(m_store.database(), issue))
        return m_store.fail(QStringLiteral("Could not add the comment"));
    if (!m_store.audit(issue.parentId ? QStringLiteral("reply") : QStringLiteral("open-issue"),
                       issue.assetId, issue.annotationId, QString(), describe(issue)))
        return false;
    return t.commit();
}

bool IssueStore::reply(qint64 issueId, Comment &reply)
{
    const std::optional<Comment> issue = comment(issueId);
    if (!issue || !issue->isIssue()) {
        m_store.setErrorString(QStringLiteral("No issue with id %1").arg(issueId));
        return false;
    }
    if (reply.body.trimmed().isEmpty()) {
        m_store.setErrorString(QStringLiteral("A reply needs a text"));
        return false;
    }
    reply.assetId = issue->assetId;
    reply.region.reset();
    reply.spanStart = reply.spanEnd = -1;
    reply.resolved = false;
    reply.parentId = issueId;
    return insert(reply);
}

bool IssueStore::setResolved(qint64 issueId, bool resolved)
{
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    const std::optional<Comment> issue = comment(issueId);
    if (!issue || !issue->isIssue()) {
        m_store.setErrorString(QStringLiteral("No issue with id %1").arg(issueId));
        return false;
    }
    Statement *q = m_store.database().prepare("UPDATE comments SET resolved = ? WHERE id = ?");
    if (!q || !q->bind(1, resolved ? 1 : 0).bind(2, issueId).exec())
        return m_store.fail(QStringLiteral("Could not update issue %1").arg(issueId));
    if (!m_store.audit(resolved ? QStringLiteral("resolve-issue") : QStringLiteral("reopen-issue"),
                       issue->assetId, 0, describe(*issue), QString::number(issueId)))
        return false;
    return t.commit();
}

bool IssueStore::remove(qint64 commentId)
{
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    const std::optional<Comment> c = comment(commentId);
    if (!c) {
        m_store.setErrorString(QStringLiteral("No comment with id %1").arg(commentId));
        return false;
    }
    if (c->author != m_store.author()) {
        m_store.setErrorString(
                QStringLiteral("Only %1 can remove the comment they wrote").arg(c->author));
        return false;
    }
    Statement *q = m_store.database().prepare("DELETE FROM comments WHERE id = ?");
    if (!q || !q->bind(1, commentId).exec())
        return m_store.fail(QStringLiteral("Could not remove comment %1").arg(commentId));
    if (!m_store.audit(QStringLiteral("remove-comment"), c->assetId, 0, describe(*c), QString()))
        return false;
    return t.commit();
}

std::optional<Comment> IssueStore::comment(qint64 id)
{
    Statement *q = m_store.database().prepare(QByteArray("SELECT ") + StoreRows::commentColumns
                                              + " FROM comments WHERE id = ?");
    if (!q)
        return std::nullopt;
    q->bind(1, id);
    std::optional<Comment> result;
    if (q->step())
        result = StoreRows::readCommentRow(*q);
    q->reset();
    return result;
}

QList<IssueThread> IssueStore::threads(qint64 assetId)
{
    QList<IssueThread> result;
    Statement *q = m_store.database().prepare(QByteArray("SELECT ") + StoreRows::commentColumns
                                              + " FROM comments WHERE asset_id = ? ORDER BY id");
    if (!q)
        return result;
    q->bind(1, assetId);
    QHash<qint64, qsizetype> indexOf;
    QList<Comment> orphans;
    while (q->step()) {
        Comment c = StoreRows::readCommentRow(*q);
        if (c.isIssue()) {
            indexOf.insert(c.id, result.size());
            result.append({c, {}});
        } else if (indexOf.contains(c.parentId)) {
            result[indexOf.value(c.parentId)].replies.append(c);
        }
    }
    q->reset();
    return result;
}

QHash<qint64, int> IssueStore::openCounts()
{
    QHash<qint64, int> counts;
    Statement *q = m_store.database().prepare(
            "SELECT asset_id, count(*) FROM comments WHERE parent_id IS NULL AND resolved = 0 "
            "GROUP BY asset_id");
    if (!q)
        return counts;
    while (q->step())
        counts.insert(q->int64(0), int(q->int64(1)));
    q->reset();
    return counts;
}

QList<Comment> IssueStore::openIssues()
{
    QList<Comment> result;
    Statement *q = m_store.database().prepare(
            QByteArray("SELECT ") + StoreRows::commentColumns
            + " FROM comments WHERE parent_id IS NULL AND resolved = 0 ORDER BY id");
    if (!q)
        return result;
    while (q->step())
        result.append(StoreRows::readCommentRow(*q));
    q->reset();
    return result;
}

} // namespace Tessera
