// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/taskconfig.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace Tessera {

class AnswerCard;
class AssetDocument;

/**
 * The comparison canvas: the prompt (one message or a multi-turn chat) above, 2..N answers side
 * by side (Markdown rendered), and the judgement: the better answer, tie or both bad; a ranking
 * (drag or keys); Likert ratings per answer on the project's criteria; flags; a rationale.
 *
 * Answers may be shown in a shuffled order per asset (TaskConfig::displayOrder): "slot" below is
 * the position on screen (A = 0), and every stored value uses the answer's stored index, so the
 * result does not depend on what order anyone saw. The judgement (one Preference annotation)
 * keeps: choice (index | "tie" | "both-bad"), ranking (indices, best first), ratings
 * ({criterion: [value or null per index]}), flags ([[names] per index]), rationale.
 */
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;
    void setDocument(AssetDocument *document);
    void setConfig(const TaskConfig &config);
    int answerCount() const { return int(m_order.size()); }
    /** Slot → stored answer index. */
    const QList<int> &displayOrder() const { return m_order; }

    // Edits, each one undo step, in display slotOrder.
    void choose(int slot);
    void chooseTie();
    void chooseBothBad();
    /** Sets the whole ranking, best first, as slotOrder. */
    void setRanking(const QList<int> &slotOrder);
    /** Moves the answer in this slot up (-1) or down (+1) in the ranking. */
    void moveInRanking(int slot, int delta);
    /** value 0 clears the rating. */
    void rate(int slot, const QString &criterion, int value);
    void setFlag(int slot, const QString &flag, bool on);
    void setRationale(const QString &text);

    QListWidget *rankingList() const { return m_ranking; }
    QPlainTextEdit *rationaleEditor() const { return m_rationale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QJsonObject judgementData() const;
    void edit(const std::function<void(QJsonObject &)> &change, const QString &text,
              bool mergeable = false);
    QList<int> currentRanking() const; // stored indices, best first (display order if none)
    void refresh();
    void ensureCards(int count);
    void rankingDropped();
    void commitRationale();

    QPointer<AssetDocument> m_document;
    TaskConfig m_config;
    QList<int> m_order;
    QTextBrowser *m_prompt;
    QHBoxLayout *m_answerRow;
    QList<AnswerCard *> m_cards;
    QLabel *m_verdict;
    QWidget *m_rankingBox;
    QListWidget *m_ranking;
    QPlainTextEdit *m_rationale;
    QTimer *m_rationaleTimer;
    bool m_rationaleTyping = false;
    bool m_rationaleMerging = false;
    bool m_refreshing = false;
};

} // namespace Tessera
