// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

namespace Tessera {

class AssetDocument;

/** A text document, read-only, with its spans highlighted in label colours and its classes. */
class TextView : public QWidget
{
    Q_OBJECT

public:
    explicit TextView(QWidget *parent = nullptr);
    void setDocument(AssetDocument *document);
    void setLabels(const QList<Label> &labels);
    QString plainText() const;
    /**
     * The selected text as [start, end) in code points, snapped outwards to whole words and
     * without surrounding white space; nullopt when nothing is selected.
     */
    std::optional<std::pair<qint64, qint64>> selectedSpan() const;
    /** Makes a span of the selection with this label (one undo step); false without a selection. */
    bool labelSelection(qint64 labelId);
    /** Selects [start, end) (code points), e.g. for keyboard-driven tests and the span list. */
    void select(qint64 start, qint64 end);

private:
    void refresh();

    QPointer<AssetDocument> m_document;
    QList<Label> m_labels;
    QLabel *m_classes;
    QTextBrowser *m_text;
};

} // namespace Tessera
