// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "textactions.h"

#include "dataexchange.h"
#include "dialogs/taskdialog.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "store/projectstore.h"
#include "textcanvas/comparisonview.h"
#include "textcanvas/textview.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace Tessera {

TextActions::TextActions(TextView *text, ComparisonView *comparison, QMenuBar *menuBar,
                         DataExchange *exchange, std::function<ProjectSession *()> session,
                         QWidget *window)
    : QObject(window)
    , m_text(text)
    , m_comparison(comparison)
    , m_exchange(exchange)
    , m_session(std::move(session))
    , m_window(window)
{
    QMenu *menu = menuBar->addMenu(tr("Te&xt"));
    add(menu, m_textActions, tr("&Next Span"), {QKeySequence(tr("Alt+Right"))},
        [this]() { m_text->selectNext(+1); });
    add(menu, m_textActions, tr("&Previous Span"), {QKeySequence(tr("Alt+Left"))},
        [this]() { m_text->selectNext(-1); });
    add(menu, m_textActions, tr("&Delete Span or Relation"),
        {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)}, [this]() {
            if (!m_text->deleteSelected())
                emit message(tr("Select a span or relation first (click it or press Alt+Right)"));
        });
    add(menu, m_textActions, tr("&Relation from Selected Span"), {QKeySequence(tr("Ctrl+R"))},
        [this]() {
            if (!m_text->startRelation())
                emit message(tr("Select the span the relation starts from first"));
        });
    add(menu, m_textActions, tr("&Accept Proposal or Confirm Relation"),
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, [this]() {
            // Editable fields do not claim Return from window shortcuts: give it back to them.
            if (auto *field = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
                field && !field->isReadOnly()) {
                field->insertPlainText(QStringLiteral("\n"));
                return;
            }
            if (!m_text->acceptSelected())
                emit message(tr("Nothing to accept: select a proposal (dashed) first"));
        });
    add(menu, m_textActions, tr("Accept A&ll Proposals"), {QKeySequence(tr("Ctrl+Shift+Return"))},
        [this]() {
            emit message(tr("%n proposal(s) accepted", nullptr, m_text->acceptAllProposals()));
        });
    add(menu, m_textActions, tr("&Clear Selection"), {QKeySequence(Qt::Key_Escape)},
        [this]() { m_text->cancel(); });
    menu->addSeparator();
    add(menu, m_textActions, tr("Run Span R&ules on This Document"),
        {QKeySequence(tr("Ctrl+Shift+R"))}, [this]() { runRules(false); });
    add(menu, m_textActions, tr("Run Span Rules on All &Documents"), {},
        [this]() { runRules(true); });

    QMenu *compare = menuBar->addMenu(tr("&Comparison"));
    for (int slot = 0; slot < 6; ++slot) {
        const QChar letter(QLatin1Char('A').unicode() + slot);
        add(compare, m_comparisonActions, tr("Answer %1 Is &Better").arg(letter),
            {QKeySequence(QString::number(slot + 1))}, [this, slot]() {
                if (slot < m_comparison->answerCount())
                    m_comparison->choose(slot);
            });
    }
    add(compare, m_comparisonActions, tr("&Tie"), {QKeySequence(tr("T"))},
        [this]() { m_comparison->chooseTie(); });
    add(compare, m_comparisonActions, tr("Both Answers Are Ba&d"), {QKeySequence(tr("0"))},
        [this]() { m_comparison->chooseBothBad(); });
    compare->addSeparator();
    auto moveCurrent = [this](int delta) {
        QListWidgetItem *item = m_comparison->rankingList()->currentItem();
        if (!item) {
            emit message(tr("Pick an answer in the ranking first"));
            return;
        }
        m_comparison->moveInRanking(item->data(Qt::UserRole).toInt(), delta);
    };
    add(compare, m_comparisonActions, tr("Rank Picked Answer &Higher"),
        {QKeySequence(tr("Alt+Left"))}, [moveCurrent]() { moveCurrent(-1); });
    add(compare, m_comparisonActions, tr("Rank Picked Answer &Lower"),
        {QKeySequence(tr("Alt+Right"))}, [moveCurrent]() { moveCurrent(+1); });
    add(compare, m_comparisonActions, tr("&Write Rationale"), {QKeySequence(tr("Ctrl+Return"))},
        [this]() { m_comparison->rationaleEditor()->setFocus(); });

    for (QMenu *m : {menu, compare}) {
        m->addSeparator();
        QAction *settings = m->addAction(tr("Task &Settings…"));
        connect(settings, &QAction::triggered, this, &TextActions::editTask);
    }
    setAssetKind(std::nullopt);
}

QAction *TextActions::add(QMenu *menu, QList<QAction *> &group, const QString &text,
                          const QList<QKeySequence> &keys, const std::function<void()> &slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcuts(keys);
    connect(action, &QAction::triggered, this, slot);
    group.append(action);
    return action;
}

void TextActions::loadTask()
{
    ProjectSession *session = m_session();
    const TaskConfig config = session ? TaskConfig::load(*session->store()) : TaskConfig();
    m_text->setConfig(config);
    m_comparison->setConfig(config);
}

void TextActions::editTask()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    ProjectStore &store = *session->store();
    TaskDialog dialog(TaskConfig::load(store), TextRules::load(store), session->labels(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.config().save(store) || !TextRules::save(store, dialog.rules())) {
        QMessageBox::warning(m_window, tr("Task settings"),
                             tr("The settings could not be saved: %1").arg(store.errorString()));
        return;
    }
    loadTask();
}

void TextActions::runRules(bool wholeProject)
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    const QList<TextRule> rules = TextRules::load(*session->store());
    if (rules.isEmpty()) {
        QMessageBox::information(m_window, tr("Span rules"),
                                 tr("This project has no span rules yet. Add a pattern or a "
                                    "list of terms in Task Settings › Span Rules."));
        editTask();
        return;
    }
    if (!wholeProject) {
        AssetDocument *document = m_text->document();
        if (!document)
            return;
        const QList<Annotation> proposals = TextRules::propose(
                rules, document->assetId(), document->asset().text, document->annotations());
        if (!proposals.isEmpty())
            document->addAnnotations(
                    proposals, tr("Span rules: %n proposal(s)", nullptr, int(proposals.size())));
        emit message(tr("%n new proposal(s); Enter accepts, Delete rejects, Alt+Right steps",
                        nullptr, int(proposals.size())));
        return;
    }
    qint64 added = 0;
    QString error;
    const bool ok = m_exchange->runWithProgress(
            tr("Running span rules…"),
            [&rules, &added](ProjectStore &store, const JobControl &control, QString *message) {
                added = TextRules::runOnProject(store, rules, control, message);
                return added >= 0;
            },
            &error);
    if (!ok) {
        QMessageBox::warning(m_window, tr("Span rules"),
                             tr("No proposals were added: %1").arg(error));
        return;
    }
    emit m_exchange->projectChanged();
    emit message(tr("%n new proposal(s) in all documents", nullptr, int(added)));
}

void TextActions::setAssetKind(std::optional<AssetKind> kind)
{
    for (QAction *a : std::as_const(m_textActions))
        a->setEnabled(kind == AssetKind::Text);
    for (QAction *a : std::as_const(m_comparisonActions))
        a->setEnabled(kind == AssetKind::Comparison);
}

} // namespace Tessera
