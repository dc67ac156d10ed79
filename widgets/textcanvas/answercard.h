// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/taskconfig.h"

#include <QFrame>
#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QTextBrowser;

namespace Tessera {

/**
 * One answer of a comparison: its letter and verdict badge, the answer rendered from Markdown
 * (code blocks shaded, monospace), a row of 1..scale buttons per rating criterion, and the flags.
 * It only shows state and reports clicks; ComparisonView turns them into edits.
 */
class AnswerCard : public QFrame
{
    Q_OBJECT

public:
    explicit AnswerCard(QWidget *parent = nullptr);

    /** Rebuilds the rating rows and flag boxes (only when the project's task changes). */
    void setTask(const QList<RatingCriterion> &criteria, const QStringList &flags);
    void setAnswer(const QString &letter, const QString &markdown, const QString &generator);
    /** badge: e.g. "best", "rank 2"; highlighted when this answer is the chosen one. */
    void setVerdict(const QString &badge, bool chosen);
    /** value 0: not rated. */
    void setRating(const QString &criterion, int value);
    void setFlags(const QStringList &flags);
    QTextBrowser *browser() const { return m_browser; }

    /** Renders Markdown with code blocks shaded and in a fixed-pitch font. */
    static void renderMarkdown(QTextBrowser *browser, const QString &markdown);

signals:
    void rated(const QString &criterion, int value);
    void flagToggled(const QString &flag, bool on);
    void chooseClicked();

private:
    QLabel *m_title;
    QLabel *m_badge;
    QTextBrowser *m_browser;
    QWidget *m_ratingBox;
    QHash<QString, QList<QAbstractButton *>> m_ratingButtons;
    QHash<QString, QCheckBox *> m_flagBoxes;
};

} // namespace Tessera
