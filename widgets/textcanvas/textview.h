// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QPointer>
#include <QWidget>

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

private:
    void refresh();

    QPointer<AssetDocument> m_document;
    QList<Label> m_labels;
    QLabel *m_classes;
    QTextBrowser *m_text;
};

} // namespace Tessera
