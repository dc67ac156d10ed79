// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/issuestore.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace Tessera {

/**
 * The review issues of the shown asset: each thread with its replies, newest reply last; a reply
 * field and Resolve / Reopen for the selected thread. Numbers match the pins on the canvas. The
 * panel holds no store: it shows what it is given and asks through its signals.
 */
class IssuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit IssuePanel(QWidget *parent = nullptr);

    /** Shows these threads (open first, then resolved when "Show resolved" is on). */
    void setThreads(const QList<IssueThread> &threads);
    /** The threads as numbered on the canvas: the open ones (and resolved ones when shown). */
    QList<Comment> shownIssues() const;
    qint64 currentIssue() const;
    void setCurrentIssue(qint64 id);
    /** What the panel shows, as plain text (tests). */
    QString text() const;

signals:
    void replyRequested(qint64 issueId, const QString &text);
    void resolveRequested(qint64 issueId, bool resolved);
    void issueActivated(const Comment &issue);
    void shownIssuesChanged();

private:
    void rebuild();
    void updateButtons();

    QList<IssueThread> m_threads;
    QLabel *m_summary;
    QTextBrowser *m_view;
    QLineEdit *m_reply;
    QPushButton *m_send;
    QPushButton *m_resolve;
    QCheckBox *m_showResolved;
    qint64 m_current = 0;
};

} // namespace Tessera
