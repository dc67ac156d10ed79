// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "comparisonview.h"

#include "answercard.h"
#include "document/assetdocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Tessera {

namespace {

const QString choiceKey = QStringLiteral("choice");
const QString rankingKey = QStringLiteral("ranking");
const QString ratingsKey = QStringLiteral("ratings");
const QString flagsKey = QStringLiteral("flags");
const QString rationaleKey = QStringLiteral("rationale");

QString letter(int slot)
{
    return QString(QChar(QLatin1Char('A').unicode() + slot));
}

// A value per stored answer, padded to the number of answers.
QJsonArray perAnswer(const QJsonValue &value, int count, const QJsonValue &fill)
{
    QJsonArray values = value.toArray();
    while (values.size() < count)
        values.append(fill);
    return values;
}

QString answerText(const QJsonValue &answer)
{
    return answer.isString() ? answer.toString()
                             : answer.toObject().value(QStringLiteral("content")).toString();
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QTextBrowser(this))
    , m_verdict(new QLabel(this))
    , m_rankingBox(new QWidget(this))
    , m_ranking(new QListWidget(m_rankingBox))
    , m_rationale(new QPlainTextEdit(this))
    , m_rationaleTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *promptBox = new QWidget(splitter);
    auto *promptLayout = new QVBoxLayout(promptBox);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    promptLayout->addWidget(new QLabel(tr("<b>Prompt</b>"), promptBox));
    promptLayout->addWidget(m_prompt);
    // Many or wide answers scroll sideways instead of widening the window.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *answers = new QWidget(scroll);
    m_answerRow = new QHBoxLayout(answers);
    m_answerRow->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(answers);
    splitter->addWidget(promptBox);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    // A short prompt above tall answers; the user can drag the handle for a long chat.
    splitter->setSizes({130, 600});
    layout->addWidget(splitter, 1);

    auto *judgement = new QHBoxLayout;
    m_verdict->setTextFormat(Qt::RichText);
    judgement->addWidget(m_verdict, 1);
    auto *rankingLayout = new QHBoxLayout(m_rankingBox);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    rankingLayout->addWidget(new QLabel(tr("Ranking, best first:"), m_rankingBox));
    m_ranking->setObjectName(QStringLiteral("ranking"));
    m_ranking->setFlow(QListView::LeftToRight);
    m_ranking->setDragDropMode(QAbstractItemView::InternalMove);
    m_ranking->setDefaultDropAction(Qt::MoveAction);
    m_ranking->setFixedHeight(m_ranking->fontMetrics().height() + 16);
    m_ranking->setToolTip(tr("Drag to reorder, or pick an answer and press Alt+Left/Alt+Right"));
    m_ranking->setSpacing(2);
    m_ranking->setStyleSheet(QStringLiteral(
            "QListWidget::item { border: 1px solid #9e9e9e; border-radius: 3px; padding: 0 10px; }"
            "QListWidget::item:selected { border: 2px solid #1565c0; }"));
    rankingLayout->addWidget(m_ranking, 1);
    judgement->addWidget(m_rankingBox, 1);
    layout->addLayout(judgement);
    // A drop reorders the list's rows: read the new order back once the move is done.
    connect(m_ranking->model(), &QAbstractItemModel::rowsMoved, this,
            [this]() { QTimer::singleShot(0, this, &ComparisonView::rankingDropped); });

    auto *rationaleRow = new QHBoxLayout;
    rationaleRow->addWidget(new QLabel(tr("Rationale:"), this), 0, Qt::AlignTop);
    m_rationale->setObjectName(QStringLiteral("rationale"));
    m_rationale->setPlaceholderText(tr("Why is this answer better? (optional)"));
    m_rationale->setFixedHeight(m_rationale->fontMetrics().lineSpacing() * 3 + 12);
    m_rationale->setTabChangesFocus(true);
    m_rationale->installEventFilter(this);
    rationaleRow->addWidget(m_rationale, 1);
    layout->addLayout(rationaleRow);
    m_rationaleTimer->setSingleShot(true);
    m_rationaleTimer->setInterval(600);
    connect(m_rationaleTimer, &QTimer::timeout, this, &ComparisonView::commitRationale);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_refreshing)
            return;
        m_rationaleTyping = true;
        m_rationaleTimer->start();
    });
}

ComparisonView::~ComparisonView()
{
    commitRationale();
    m_rationale->removeEventFilter(this);
}

void ComparisonView::setConfig(const TaskConfig &config)
{
    const bool taskChanged = config.criteria != m_config.criteria || config.flags != m_config.flags;
    const bool orderChanged = config.shuffleAnswers != m_config.shuffleAnswers;
    m_config = config;
    if (taskChanged) {
        for (AnswerCard *card : std::as_const(m_cards))
            card->setTask(m_config.criteria, m_config.flags);
    }
    if (orderChanged && m_document)
        setDocument(m_document);
    else
        refresh();
}

void ComparisonView::ensureCards(int count)
{
    // Cards are kept and reused from item to item: building them is what would make stepping
    // through comparisons slow.
    while (m_cards.size() < count) {
        auto *card = new AnswerCard(this);
        card->setTask(m_config.criteria, m_config.flags);
        const int slot = int(m_cards.size());
        connect(card, &AnswerCard::chooseClicked, this, [this, slot]() { choose(slot); });
        connect(card, &AnswerCard::rated, this,
                [this, slot](const QString &c, int v) { rate(slot, c, v); });
        connect(card, &AnswerCard::flagToggled, this,
                [this, slot](const QString &f, bool on) { setFlag(slot, f, on); });
        m_answerRow->addWidget(card);
        m_cards.append(card);
    }
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setVisible(i < count);
}

void ComparisonView::setDocument(AssetDocument *document)
{
    commitRationale();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_rationaleMerging = false;
    if (!document) {
        m_order.clear();
        m_prompt->clear();
        ensureCards(0);
        refresh();
        return;
    }
    connect(document, &AssetDocument::annotationsChanged, this, &ComparisonView::refresh);
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
    AnswerCard::renderMarkdown(m_prompt, prompt);
    const QJsonArray answers = asset.payload.value(QStringLiteral("answers")).toArray();
    m_order = m_config.displayOrder(asset.id, int(answers.size()));
    ensureCards(int(answers.size()));
    const QJsonArray generators = asset.payload.value(QStringLiteral("generators")).toArray();
    for (int slot = 0; slot < m_order.size(); ++slot) {
        const int stored = m_order[slot];
        m_cards[slot]->setAnswer(letter(slot), answerText(answers[stored]),
                                 generators.at(stored).toString());
    }
    refresh();
}

QJsonObject ComparisonView::judgementData() const
{
    const std::optional<Annotation> j = m_document ? m_document->judgement() : std::nullopt;
    return j ? j->data : QJsonObject();
}

void ComparisonView::edit(const std::function<void(QJsonObject &)> &change, const QString &text,
                          bool mergeable)
{
    if (!m_document)
        return;
    QJsonObject data = judgementData();
    change(data);
    m_document->setJudgement(data, text, mergeable);
}

void ComparisonView::choose(int slot)
{
    if (slot < 0 || slot >= m_order.size())
        return;
    const int stored = m_order[slot];
    edit([stored](QJsonObject &d) { d[choiceKey] = stored; },
         tr("Answer %1 is better").arg(letter(slot)));
}

void ComparisonView::chooseTie()
{
    edit([](QJsonObject &d) { d[choiceKey] = QStringLiteral("tie"); }, tr("Tie"));
}

void ComparisonView::chooseBothBad()
{
    edit([](QJsonObject &d) { d[choiceKey] = QStringLiteral("both-bad"); }, tr("Both bad"));
}

QList<int> ComparisonView::currentRanking() const
{
    QList<int> ranking;
    for (const QJsonValue &v : judgementData().value(rankingKey).toArray()) {
        const int i = v.toInt(-1);
        if (i >= 0 && i < m_order.size() && !ranking.contains(i))
            ranking.append(i);
    }
    // Answers not ranked yet follow in display order.
    for (int stored : m_order) {
        if (!ranking.contains(stored))
            ranking.append(stored);
    }
    return ranking;
}

void ComparisonView::setRanking(const QList<int> &slotOrder)
{
    QJsonArray ranking;
    for (int slot : slotOrder) {
        if (slot >= 0 && slot < m_order.size())
            ranking.append(m_order[slot]);
    }
    if (ranking.size() != m_order.size())
        return;
    edit([ranking](QJsonObject &d) { d[rankingKey] = ranking; }, tr("Rank answers"));
}

void ComparisonView::moveInRanking(int slot, int delta)
{
    if (slot < 0 || slot >= m_order.size())
        return;
    QList<int> ranking = currentRanking();
    const int at = int(ranking.indexOf(m_order[slot]));
    const int to = std::clamp(at + delta, 0, int(ranking.size()) - 1);
    if (at == to)
        return;
    ranking.move(at, to);
    QList<int> slotOrder;
    for (int stored : ranking)
        slotOrder.append(int(m_order.indexOf(stored)));
    setRanking(slotOrder);
    // Keep the moved answer current in the list, so that the key can be pressed again.
    m_ranking->setCurrentRow(to);
}

void ComparisonView::rankingDropped()
{
    QList<int> slotOrder;
    for (int row = 0; row < m_ranking->count(); ++row)
        slotOrder.append(m_ranking->item(row)->data(Qt::UserRole).toInt());
    QList<int> before;
    for (int stored : currentRanking())
        before.append(int(m_order.indexOf(stored)));
    if (slotOrder != before)
        setRanking(slotOrder);
}

void ComparisonView::rate(int slot, const QString &criterion, int value)
{
    if (slot < 0 || slot >= m_order.size())
        return;
    const int stored = m_order[slot];
    const int count = int(m_order.size());
    edit(
            [&](QJsonObject &d) {
                QJsonObject ratings = d.value(ratingsKey).toObject();
                QJsonArray values = perAnswer(ratings.value(criterion), count, QJsonValue::Null);
                values[stored] = value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
                ratings[criterion] = values;
                d[ratingsKey] = ratings;
            },
            tr("Rate %1: %2").arg(letter(slot), criterion));
}

void ComparisonView::setFlag(int slot, const QString &flag, bool on)
{
    if (slot < 0 || slot >= m_order.size())
        return;
    const int stored = m_order[slot];
    const int count = int(m_order.size());
    edit(
            [&](QJsonObject &d) {
                QJsonArray all = perAnswer(d.value(flagsKey), count, QJsonArray());
                QStringList flags;
                for (const QJsonValue &v : all[stored].toArray())
                    flags.append(v.toString());
                flags.removeAll(flag);
                if (on)
                    flags.append(flag);
                all[stored] = QJsonArray::fromStringList(flags);
                d[flagsKey] = all;
            },
            on ? tr("Flag %1 as %2").arg(letter(slot), flag)
               : tr("Unflag %1 as %2").arg(letter(slot), flag));
}

void ComparisonView::setRationale(const QString &text)
{
    edit(
            [&text](QJsonObject &d) {
                if (text.isEmpty())
                    d.remove(rationaleKey);
                else
                    d[rationaleKey] = text;
            },
            tr("Rationale"), m_rationaleMerging);
}

void ComparisonView::commitRationale()
{
    m_rationaleTimer->stop();
    if (!m_rationaleTyping)
        return;
    m_rationaleTyping = false;
    if (judgementData().value(rationaleKey).toString() != m_rationale->toPlainText()) {
        setRationale(m_rationale->toPlainText());
        m_rationaleMerging = true; // typing on merges into the same undo step
    }
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rationale && event->type() == QEvent::FocusOut) {
        commitRationale();
        m_rationaleMerging = false;
    }
    return QWidget::eventFilter(watched, event);
}

void ComparisonView::refresh()
{
    m_refreshing = true;
    const QJsonObject data = judgementData();
    const QJsonValue choice = data.value(choiceKey);
    const bool ranked = m_order.size() > 2 && data.contains(rankingKey);
    const QList<int> ranking = currentRanking();
    const QJsonObject ratings = data.value(ratingsKey).toObject();
    const QJsonArray flags = data.value(flagsKey).toArray();
    for (int slot = 0; slot < m_order.size(); ++slot) {
        const int stored = m_order[slot];
        QString badge;
        if (choice.isDouble() && choice.toInt() == stored)
            badge = tr("better");
        else if (choice.toString() == QLatin1String("tie"))
            badge = tr("tie");
        else if (choice.toString() == QLatin1String("both-bad"))
            badge = tr("bad");
        if (ranked)
            badge += (badge.isEmpty() ? QString() : QStringLiteral(" · "))
                     + tr("rank %1").arg(ranking.indexOf(stored) + 1);
        m_cards[slot]->setVerdict(badge, choice.isDouble() && choice.toInt() == stored);
        for (const RatingCriterion &c : std::as_const(m_config.criteria))
            m_cards[slot]->setRating(c.name, ratings.value(c.name).toArray().at(stored).toInt(0));
        QStringList names;
        for (const QJsonValue &v : flags.at(stored).toArray())
            names.append(v.toString());
        m_cards[slot]->setFlags(names);
    }
    QString verdict;
    if (choice.isDouble() && m_order.contains(choice.toInt()))
        verdict = tr("Answer %1 is better").arg(letter(int(m_order.indexOf(choice.toInt()))));
    else if (choice.toString() == QLatin1String("tie"))
        verdict = tr("Tie");
    else if (choice.toString() == QLatin1String("both-bad"))
        verdict = tr("Both answers are bad");
    const QString keys = m_order.size() > 0
                                 ? tr("keys 1–%1 pick the better answer, T tie, 0 both bad")
                                           .arg(m_order.size())
                                 : QString();
    m_verdict->setText(
            verdict.isEmpty()
                    ? tr("<b>No verdict yet</b> <span style=\"color:gray\">(%1)</span>").arg(keys)
                    : tr("<b>%1</b> <span style=\"color:gray\">(%2)</span>")
                              .arg(verdict.toHtmlEscaped(), keys));
    m_rankingBox->setVisible(m_order.size() > 2);
    const int current = m_ranking->currentRow();
    m_ranking->clear();
    for (int stored : ranking) {
        const int slot = int(m_order.indexOf(stored));
        auto *item = new QListWidgetItem(tr("%1").arg(letter(slot)), m_ranking);
        item->setData(Qt::UserRole, slot);
        item->setTextAlignment(Qt::AlignCenter);
    }
    m_ranking->setCurrentRow(std::min(current, m_ranking->count() - 1));
    if (!m_rationaleTyping) {
        const QString rationale = data.value(rationaleKey).toString();
        if (m_rationale->toPlainText() != rationale)
            m_rationale->setPlainText(rationale);
    }
    m_rationale->setEnabled(m_document != nullptr);
    m_refreshing = false;
}

} // namespace Tessera
