// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "answercard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tessera {

AnswerCard::AnswerCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_ratingBox(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(250);
    setObjectName(QStringLiteral("answerCard"));
    // A chosen rating must be plain to see at a glance across three cards.
    m_ratingBox->setStyleSheet(QStringLiteral(
            "QToolButton { padding: 1px 6px; }"
            "QToolButton:checked { background: #1565c0; color: white; border: 1px solid #0d47a1;"
            " border-radius: 3px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_badge);
    auto *choose = new QPushButton(tr("Better"), this);
    choose->setToolTip(tr("This answer is the better one"));
    choose->setFocusPolicy(Qt::NoFocus);
    connect(choose, &QPushButton::clicked, this, &AnswerCard::chooseClicked);
    header->addWidget(choose);
    layout->addLayout(header);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_ratingBox);
    new QGridLayout(m_ratingBox);
    m_ratingBox->layout()->setContentsMargins(0, 4, 0, 0);
}

void AnswerCard::setTask(const QList<RatingCriterion> &criteria, const QStringList &flags)
{
    auto *grid = static_cast<QGridLayout *>(m_ratingBox->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ratingButtons.clear();
    m_flagBoxes.clear();
    int row = 0;
    for (const RatingCriterion &c : criteria) {
        grid->addWidget(new QLabel(c.name, m_ratingBox), row, 0);
        auto *buttons = new QWidget(m_ratingBox);
        auto *line = new QHBoxLayout(buttons);
        line->setContentsMargins(0, 0, 0, 0);
        line->setSpacing(2);
        QList<QAbstractButton *> list;
        for (int v = 1; v <= c.scale; ++v) {
            auto *b = new QToolButton(buttons);
            b->setText(QString::number(v));
            b->setCheckable(true);
            b->setAutoRaise(false);
            b->setFocusPolicy(Qt::NoFocus);
            b->setMinimumWidth(26);
            const QString name = c.name;
            // Clicking the current value again clears the rating.
            connect(b, &QToolButton::clicked, this,
                    [this, name, v](bool on) { emit rated(name, on ? v : 0); });
            line->addWidget(b);
            list.append(b);
        }
        line->addStretch(1);
        grid->addWidget(buttons, row, 1);
        m_ratingButtons.insert(c.name, list);
        ++row;
    }
    if (!flags.isEmpty()) {
        // Two flags per row: three in one row do not fit a card beside two others.
        auto *flagRow = new QWidget(m_ratingBox);
        auto *flagGrid = new QGridLayout(flagRow);
        flagGrid->setContentsMargins(0, 2, 0, 0);
        flagGrid->setVerticalSpacing(2);
        for (int i = 0; i < flags.size(); ++i) {
            const QString f = flags[i];
            auto *box = new QCheckBox(f, flagRow);
            box->setFocusPolicy(Qt::NoFocus);
            connect(box, &QCheckBox::clicked, this,
                    [this, f](bool on) { emit flagToggled(f, on); });
            flagGrid->addWidget(box, i / 2, i % 2);
            m_flagBoxes.insert(f, box);
        }
        flagGrid->setColumnStretch(2, 1);
        grid->addWidget(new QLabel(tr("flags"), m_ratingBox), row, 0, Qt::AlignTop);
        grid->addWidget(flagRow, row, 1);
    }
    grid->setColumnStretch(1, 1);
}

void AnswerCard::setAnswer(const QString &letter, const QString &markdown, const QString &generator)
{
    m_title->setText(tr("<b>Answer %1</b>").arg(letter));
    // Who generated the answer stays hidden: knowing the model would bias the judgement.
    Q_UNUSED(generator)
    renderMarkdown(m_browser, markdown);
}

void AnswerCard::setVerdict(const QString &badge, bool chosen)
{
    m_badge->setText(badge.isEmpty() ? QString()
                                     : QStringLiteral("<b>%1</b>").arg(badge.toHtmlEscaped()));
    setStyleSheet(chosen ? QStringLiteral("QFrame#answerCard { border: 2px solid #2e7d32; "
                                          "border-radius: 4px; background: #f1f8e9; }")
                         : QString());
}

void AnswerCard::setRating(const QString &criterion, int value)
{
    const QList<QAbstractButton *> buttons = m_ratingButtons.value(criterion);
    for (int i = 0; i < buttons.size(); ++i)
        buttons[i]->setChecked(i + 1 == value);
}

void AnswerCard::setFlags(const QStringList &flags)
{
    for (auto it = m_flagBoxes.cbegin(); it != m_flagBoxes.cend(); ++it)
        it.value()->setChecked(flags.contains(it.key()));
}

void AnswerCard::renderMarkdown(QTextBrowser *browser, const QString &markdown)
{
    browser->setMarkdown(markdown);
    // Qt's Markdown reader marks fenced and indented code but draws it like prose: shade it and
    // use a fixed-pitch font so that code reads as code.
    QTextCursor cursor(browser->document());
    QFont fixed(QStringLiteral("monospace"));
    fixed.setStyleHint(QFont::TypeWriter);
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
        const QTextBlockFormat format = b.blockFormat();
        if (!format.hasProperty(QTextFormat::BlockCodeFence)
            && !format.hasProperty(QTextFormat::BlockCodeLanguage))
            continue;
        cursor.setPosition(b.position());
        QTextBlockFormat shaded;
        shaded.setBackground(QColor(0xf3, 0xf4, 0xf6));
        shaded.setLeftMargin(6);
        cursor.mergeBlockFormat(shaded);
        cursor.setPosition(b.position() + b.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat mono;
        mono.setFontFamilies({fixed.family()});
        mono.setFontFixedPitch(true);
        cursor.mergeCharFormat(mono);
    }
}

} // namespace Tessera
