// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "comparisonview.h"

#include "document/assetdocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Tessera {

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *promptBox = new QWidget(splitter);
    auto *promptLayout = new QVBoxLayout(promptBox);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    auto *promptTitle = new QLabel(tr("<b>Prompt</b>"), promptBox);
    promptLayout->addWidget(promptTitle);
    promptLayout->addWidget(m_prompt);
    auto *answers = new QWidget(splitter);
    m_answerRow = new QHBoxLayout(answers);
    m_answerRow->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(promptBox);
    splitter->addWidget(answers);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
}

void ComparisonView::setDocument(AssetDocument *document)
{
    m_document = document;
    qDeleteAll(m_answers);
    m_answers.clear();
    if (!document) {
        m_prompt->clear();
        return;
    }
    const Asset &asset = document->asset();
    QString prompt;
    const QJsonArray messages = asset.payload.value(QStringLiteral("messages")).toArray();
    if (!messages.isEmpty()) {
        // A multi-turn chat: every turn, with its role, as Markdown.
        for (const QJsonValue &m : messages) {
            const QJsonObject turn = m.toObject();
            prompt += QStringLiteral("**%1:** %2\n\n")
                              .arg(turn.value(QStringLiteral("role")).toString(),
                                   turn.value(QStringLiteral("content")).toString());
        }
    } else {
        prompt = asset.text;
    }
    m_prompt->setMarkdown(prompt);
    const QJsonArray answers = asset.payload.value(QStringLiteral("answers")).toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        const QChar letter(QLatin1Char('A').unicode() + int(i));
        boxLayout->addWidget(new QLabel(tr("<b>Answer %1</b>").arg(letter), box));
        auto *browser = new QTextBrowser(box);
        const QJsonValue answer = answers[i];
        browser->setMarkdown(
                answer.isString() ? answer.toString()
                                  : answer.toObject().value(QStringLiteral("content")).toString());
        boxLayout->addWidget(browser);
        m_answerRow->addWidget(box);
        m_answers.append(box);
    }
}

} // namespace Tessera
