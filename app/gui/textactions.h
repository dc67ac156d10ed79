// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QMenuBar;

namespace Tessera {

class ComparisonView;
class DataExchange;
class ProjectSession;
class TextView;

/**
 * The Text and Comparison menus: span navigation, deletion, relations, proposals and rules for
 * text; verdict keys (1–N, T, 0) and ranking moves for comparisons. Each menu is enabled only
 * while its kind of asset is shown, so that the keys are free for the other canvases.
 */
class TextActions : public QObject
{
    Q_OBJECT

public:
    TextActions(TextView *text, ComparisonView *comparison, QMenuBar *menuBar,
                DataExchange *exchange, std::function<ProjectSession *()> session, QWidget *window);

    /** Enables the menu that fits the asset shown (none for images or nothing). */
    void setAssetKind(std::optional<AssetKind> kind);
    QList<QAction *> actions() const { return m_textActions + m_comparisonActions; }
    /** The actions that work on text documents only. */
    const QList<QAction *> &textActions() const { return m_textActions; }
    /** The actions that work on comparisons only. */
    const QList<QAction *> &comparisonActions() const { return m_comparisonActions; }

    /** Reads the project's task settings into both canvases (after a project is opened). */
    void loadTask();
    /** Runs the span rules on the document shown (one undo step) or, on a worker, on all. */
    void runRules(bool wholeProject);
    void editTask();

signals:
    void message(const QString &text);

private:
    QAction *add(QMenu *menu, QList<QAction *> &group, const QString &text,
                 const QList<QKeySequence> &keys, const std::function<void()> &slot);

    TextView *m_text;
    ComparisonView *m_comparison;
    DataExchange *m_exchange;
    std::function<ProjectSession *()> m_session;
    QWidget *m_window;
    QList<QAction *> m_textActions;
    QList<QAction *> m_comparisonActions;
};

} // namespace Tessera
