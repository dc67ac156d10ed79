// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "quality/reviewworkflow.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Tessera {

class AssetDocument;
class ProjectSession;

/**
 * The Review menu: submit (F5), accept and go to the next submitted asset (F6), reject with a
 * reason from the project's list plus free text (F7), reopen (F8), next in the review queue
 * (F9). An asset still "new" becomes "in progress" with its first edit.
 */
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(std::function<ProjectSession *()> session,
                  std::function<AssetDocument *()> document, QWidget *window);

    void addMenu(QMenu *menu);
    QList<QAction *> actions() const { return m_actions; }
    /** Called after every edit of an asset. */
    void edited(qint64 assetId);
    /** Enables what the shown asset's state allows. */
    void updateActions();

    /**
     * Submit and accept check first: with open issues or proposals nobody reviewed on the asset
     * they ask (see setAsk()) and do nothing unless the answer is yes.
     */
    bool submit();
    bool accept();
    /** How the checks ask (default: a Yes/No message box); tests answer here. */
    void setAsk(std::function<bool(const QString &question)> ask) { m_ask = std::move(ask); }
    bool reject(const QString &reason);
    bool reopen();
    /** The next asset of the queue after the current one (wrapping); 0 when it is empty. */
    qint64 nextInQueue() const;
    /** What F9 and accept-and-next walk through (by default: submitted assets). */
    const ReviewWorkflow::QueueFilter &queueFilter() const { return m_queueFilter; }
    void setQueueFilter(const ReviewWorkflow::QueueFilter &filter) { m_queueFilter = filter; }
    /** Opens the queue filter dialog. */
    void editQueueFilter();

signals:
    void message(const QString &text);
    void showAsset(qint64 assetId);
    void statusChanged(qint64 assetId);

private:
    bool move(ReviewStatus to, const QString &reason);
    bool checkFirst(ReviewStatus to);
    void askReject();

    std::function<ProjectSession *()> m_session;
    std::function<AssetDocument *()> m_document;
    QWidget *m_window;
    QList<QAction *> m_actions;
    QAction *m_submit = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_next = nullptr;
    ReviewWorkflow::QueueFilter m_queueFilter;
    QAction *m_noSelfAccept = nullptr;
    std::function<bool(const QString &)> m_ask;
};

} // namespace Tessera
