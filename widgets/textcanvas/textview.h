// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/textoffsets.h"
#include "core/types.h"
#include "document/taskconfig.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Tessera {

class AssetDocument;
class SpanTextEdit;

/**
 * The text canvas: a document with its spans (bands, stacked underlines, chips), relations (arcs)
 * and proposals, its classes above, and the project's free-text fields below.
 *
 * Annotating: select words (mouse or Shift/Ctrl+Shift+arrows) and press a label key to make a
 * span; click a span or its chip to select it (the innermost at that place); a label key then
 * relabels it, Delete removes it, Enter accepts a proposal. A relation goes from the selected span
 * to the one Ctrl+clicked, or, after startRelation(), to the next one clicked or stepped to and
 * confirmed with Enter. All offsets at this interface are code points.
 */
class TextView : public QWidget
{
    Q_OBJECT

public:
    explicit TextView(QWidget *parent = nullptr);
    ~TextView() override;
    void setDocument(AssetDocument *document);
    void setLabels(const QList<Label> &labels);
    void setConfig(const TaskConfig &config);
    const TaskConfig &config() const { return m_config; }
    SpanTextEdit *editor() const { return m_text; }
    AssetDocument *document() const;
    QString plainText() const;

    /**
     * The selected text as [start, end) in code points, snapped outwards to whole words and
     * without surrounding white space; nullopt when nothing is selected.
     */
    std::optional<std::pair<qint64, qint64>> selectedSpan() const;
    /** True when any text is selected, also only white space (which selectedSpan() drops). */
    bool hasTextSelection() const;
    /** Makes a span of the selection with this label (one undo step); false without a selection. */
    bool labelSelection(qint64 labelId);
    /** Selects [start, end) (code points), e.g. for keyboard-driven tests. */
    void select(qint64 start, qint64 end);

    /** The selected span or relation (0: none); mirrors the span list. */
    qint64 selectedAnnotation() const { return m_selected; }
    void setSelectedAnnotation(qint64 id);
    /** Selects the next (+1) or previous (-1) span in text order and scrolls to it. */
    void selectNext(int direction);
    /** Gives the selected span or relation this label; false if none is selected. */
    bool relabelSelected(qint64 labelId);
    /** Removes the selected span (with its relations) or relation, or rejects the proposal. */
    bool deleteSelected();
    /** Completes a relation being drawn, else accepts the selected proposal. */
    bool acceptSelected();
    /** Accepts every proposal of the document in one step; returns how many. */
    int acceptAllProposals();
    /** Starts a relation from the selected span; false if no span is selected. */
    bool startRelation();
    bool isRelating() const { return m_pendingSource != 0; }
    /** Adds a relation source → target (unlabelled until a label key names it). */
    bool relate(qint64 source, qint64 target);
    /** Esc: stops drawing a relation, else clears the selection. */
    void cancel();
    /** Underlines the spans of open review issues ([start, end) in code points). */
    void setIssueSpans(const QList<std::pair<qint64, qint64>> &spans);
    /** Sets a free-text field of the document (one undo step per editing pause). */
    void setFieldText(const QString &name, const QString &value);

signals:
    void selectionChanged(const QList<qint64> &ids);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshClasses();
    void refreshFields();
    void rebuildFieldEditors();
    void commitFields();
    void clicked(const QPoint &point, Qt::KeyboardModifiers modifiers);
    void selectInternal(qint64 id);

    QPointer<AssetDocument> m_document;
    QHash<qint64, Label> m_labels;
    TaskConfig m_config;
    TextOffsets::OffsetMap m_offsets;
    QLabel *m_classes;
    SpanTextEdit *m_text;
    QWidget *m_fieldBox;
    QFormLayout *m_fieldForm;
    QHash<QString, QPlainTextEdit *> m_fieldEditors;
    QTimer *m_fieldTimer;
    QSet<QString> m_fieldsTyping;  // fields edited since their last commit
    QSet<QString> m_fieldsMerging; // fields whose next commit merges into the previous step
    qint64 m_selected = 0;
    qint64 m_pendingSource = 0;
};

} // namespace Tessera
