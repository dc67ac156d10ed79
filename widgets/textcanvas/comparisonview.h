// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QTextBrowser;
class QHBoxLayout;

namespace Tessera {

class AssetDocument;

/** A comparison item: the prompt (or chat) above, the answers side by side, Markdown rendered. */
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    void setDocument(AssetDocument *document);
    int answerCount() const { return int(m_answers.size()); }

private:
    QTextBrowser *m_prompt;
    QHBoxLayout *m_answerRow;
    QList<QWidget *> m_answers;
    QPointer<AssetDocument> m_document;
};

} // namespace Tessera
