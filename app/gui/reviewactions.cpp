// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewactions.h"

#include "dialogs/dashboarddialog.h"
#include "dialogs/rejectdialog.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "items/assetlistmodel.h"
#include "quality/reviewworkflow.h"
#include "store/issuestore.h"
#include "store/projectstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>

namespace Tessera {

ReviewActions::ReviewActions(std::function<ProjectSession *()> session,
                             std::function<AssetDocument *()> document, QWidget *window)
    : QObject(window)
    , m_session(std::move(session))
    , m_document(std::move(document))
    , m_window(window)
{}

void ReviewActions::addMenu(QMenu *menu)
{
    auto add = [this, menu](const QString &text, const QKeySequence &key,
                            const std::function<void()> &slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    m_submit = add(tr("&Submit for Review"), QKeySequence(Qt::Key_F5), [this]() { submit(); });
    menu->addSeparator();
    m_accept = add(tr("&Accept and Next"), QKeySequence(Qt::Key_F6), [this]() { accept(); });
    m_reject = add(tr("&Reject…"), QKeySequence(Qt::Key_F7), [this]() { askReject(); });
    m_reopen = add(tr("Re&open"), QKeySequence(Qt::Key_F8), [this]() { reopen(); });
    menu->addSeparator();
    m_next = add(tr("&Next in Review Queue"), QKeySequence(Qt::Key_F9), [this]() {
        if (const qint64 next = nextInQueue())
            emit showAsset(next);
        else
            emit message(tr("No submitted asset waits for review"));
    });
    add(tr("Review &Queue Filter…"), QKeySequence(), [this]() { editQueueFilter(); });
    m_noSelfAccept = add(tr("&Forbid Accepting One's Own Work"), QKeySequence(), [this]() {
        if (ProjectSession *session = m_session())
            if (!ReviewWorkflow::setForbidsSelfAccept(*session->store(),
                                                      m_noSelfAccept->isChecked()))
                emit message(session->store()->errorString());
    });
    m_noSelfAccept->setCheckable(true);
    m_noSelfAccept->setToolTip(tr("A project setting: whoever last worked on an asset cannot "
                                  "accept it"));
    menu->addSeparator();
    add(tr("Annotator &Dashboard…"), QKeySequence(), [this]() {
        if (ProjectSession *session = m_session()) {
            DashboardDialog dialog(ReviewReport::build(*session->store()), m_window);
            dialog.exec();
        }
    });
    updateActions();
}

void ReviewActions::updateActions()
{
    AssetDocument *doc = m_document();
    std::optional<ReviewStatus> status;
    if (doc && m_session())
        if (const std::optional<Asset> a = m_session()->store()->asset(doc->assetId()))
            status = a->status;
    auto can = [&status](ReviewStatus to) {
        return status && ReviewWorkflow::allowed(*status, to);
    };
    if (!m_submit)
        return;
    m_submit->setEnabled(can(ReviewStatus::Submitted));
    m_accept->setEnabled(can(ReviewStatus::Accepted));
    m_reject->setEnabled(can(ReviewStatus::Rejected));
    m_reopen->setEnabled(can(ReviewStatus::Reopened));
    m_next->setEnabled(m_session() != nullptr);
    m_noSelfAccept->setEnabled(m_session() != nullptr);
    m_noSelfAccept->setChecked(m_session()
                               && ReviewWorkflow::forbidsSelfAccept(*m_session()->store()));
}

void ReviewActions::edited(qint64 assetId)
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    const std::optional<Asset> a = session->store()->asset(assetId);
    // Work has started: a new, reopened or rejected asset is now in progress (a rejected one is
    // reopened on the way, so that the log shows that the annotator took it up).
    if (a
        && (a->status == ReviewStatus::New || a->status == ReviewStatus::Reopened
            || a->status == ReviewStatus::Rejected)) {
        QString error;
        ProjectStore &store = *session->store();
        if ((a->status != ReviewStatus::Rejected
             || ReviewWorkflow::transition(store, assetId, ReviewStatus::Reopened, {}, &error))
            && ReviewWorkflow::transition(store, assetId, ReviewStatus::InProgress, {}, &error))
            emit statusChanged(assetId);
    }
    updateActions();
}

bool ReviewActions::move(ReviewStatus to, const QString &reason)
{
    ProjectSession *session = m_session();
    AssetDocument *doc = m_document();
    if (!session || !doc)
        return false;
    QString error;
    // The version the window shows: a move of an asset someone changed meanwhile is refused,
    // and the window shows the asset as it is now.
    if (!ReviewWorkflow::transition(*session->store(), doc->assetId(), to, reason, &error, nullptr,
                                    doc->asset().version)) {
        if (session->store()->lastErrorWasConflict()) {
            doc->reloadFromStore();
            session->assetModel()->refreshAsset(doc->assetId());
            updateActions();
        }
        emit message(error);
        return false;
    }
    emit statusChanged(doc->assetId());
    emit message(tr("%1: %2").arg(doc->asset().name, reviewStatusName(to)));
    updateActions();
    return true;
}

bool ReviewActions::checkFirst(ReviewStatus to)
{
    ProjectSession *session = m_session();
    AssetDocument *doc = m_document();
    if (!session || !doc)
        return false;
    int open = 0;
    for (const IssueThread &t : IssueStore(*session->store()).threads(doc->assetId()))
        open += !t.issue.resolved;
    int proposals = 0;
    for (const Annotation &a : doc->annotations())
        proposals += isProposal(a);
    if (!open && !proposals)
        return true;
    QStringList left;
    if (open)
        left.append(tr("%n open issue(s)", nullptr, open));
    if (proposals)
        left.append(tr("%n proposal(s) nobody accepted or rejected", nullptr, proposals));
    const QString question
            = (to == ReviewStatus::Accepted ? tr("%1 still has %2. Accept it anyway?")
                                            : tr("%1 still has %2. Submit it anyway?"))
                      .arg(doc->asset().name, left.join(tr(" and ")));
    if (m_ask)
        return m_ask(question);
    return QMessageBox::question(m_window,
                                 to == ReviewStatus::Accepted ? tr("Accept") : tr("Submit"),
                                 question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

bool ReviewActions::submit()
{
    if (!checkFirst(ReviewStatus::Submitted))
        return false;
    return move(ReviewStatus::Submitted, {});
}

bool ReviewActions::accept()
{
    if (!checkFirst(ReviewStatus::Accepted) || !move(ReviewStatus::Accepted, {}))
        return false;
    // A reviewer goes straight on to the next asset waiting for review.
    if (const qint64 next = nextInQueue())
        emit showAsset(next);
    return true;
}

bool ReviewActions::reject(const QString &reason)
{
    if (!move(ReviewStatus::Rejected, reason))
        return false;
    if (const qint64 next = nextInQueue())
        emit showAsset(next);
    return true;
}

bool ReviewActions::reopen()
{
    return move(ReviewStatus::Reopened, {});
}

qint64 ReviewActions::nextInQueue() const
{
    ProjectSession *session = m_session();
    if (!session)
        return 0;
    const QList<qint64> queue = ReviewWorkflow::queue(*session->store(), m_queueFilter);
    if (queue.isEmpty())
        return 0;
    const qint64 current = m_document() ? m_document()->assetId() : 0;
    for (qint64 id : queue)
        if (id > current)
            return id;
    return queue.constFirst() != current ? queue.constFirst() : 0;
}

void ReviewActions::editQueueFilter()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    ProjectStore &store = *session->store();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Review Queue Filter"));
    auto *status = new QComboBox(&dialog);
    status->addItem(tr("Any status"), -1);
    for (ReviewStatus s : {ReviewStatus::Submitted, ReviewStatus::New, ReviewStatus::InProgress,
                           ReviewStatus::Accepted, ReviewStatus::Rejected, ReviewStatus::Reopened})
        status->addItem(reviewStatusName(s), int(s));
    status->setCurrentIndex(
            std::max(0, status->findData(m_queueFilter.status ? int(*m_queueFilter.status) : -1)));
    auto *annotator = new QComboBox(&dialog);
    annotator->addItem(tr("Anyone"), QString());
    QStringList people;
    for (const ReviewEntry &e : store.reviews())
        if (!people.contains(e.reviewer))
            people.append(e.reviewer);
    people.sort();
    for (const QString &p : std::as_const(people))
        annotator->addItem(p, p);
    annotator->setCurrentIndex(std::max(0, annotator->findData(m_queueFilter.annotator)));
    auto *label = new QComboBox(&dialog);
    label->addItem(tr("Any label"), 0);
    for (const Label &l : session->labels())
        label->addItem(l.name, l.id);
    label->setCurrentIndex(std::max(0, label->findData(m_queueFilter.labelId)));
    auto *issues = new QCheckBox(tr("Only assets with open issues"), &dialog);
    issues->setChecked(m_queueFilter.openIssuesOnly);
    auto *prelabelled = new QCheckBox(tr("Only assets with pre-labelled annotations"), &dialog);
    prelabelled->setChecked(m_queueFilter.prelabelledOnly);
    auto *sample = new QSpinBox(&dialog);
    sample->setRange(1, 100);
    sample->setSuffix(tr(" %"));
    sample->setValue(int(m_queueFilter.samplePercent));
    sample->setToolTip(tr("A random share for spot checks; the same seed draws the same assets"));
    auto *seed = new QSpinBox(&dialog);
    seed->setRange(1, 1000000);
    seed->setValue(int(m_queueFilter.seed));
    auto *count = new QLabel(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Status:"), status);
    form->addRow(tr("Annotator:"), annotator);
    form->addRow(tr("Label:"), label);
    form->addRow(QString(), issues);
    form->addRow(QString(), prelabelled);
    form->addRow(tr("Spot-check sample:"), sample);
    form->addRow(tr("Seed:"), seed);
    form->addRow(count);
    auto read = [&]() {
        ReviewWorkflow::QueueFilter f;
        const int s = status->currentData().toInt();
        f.status = s >= 0 ? std::optional(ReviewStatus(s)) : std::nullopt;
        f.annotator = annotator->currentData().toString();
        f.labelId = label->currentData().toLongLong();
        f.openIssuesOnly = issues->isChecked();
        f.prelabelledOnly = prelabelled->isChecked();
        f.samplePercent = sample->value();
        f.seed = quint64(seed->value());
        return f;
    };
    auto recount = [&]() {
        count->setText(tr("%n asset(s) in the queue", nullptr,
                          int(ReviewWorkflow::queue(store, read()).size())));
    };
    for (QComboBox *c : {status, annotator, label})
        connect(c, &QComboBox::currentIndexChanged, &dialog, recount);
    for (QCheckBox *c : {issues, prelabelled})
        connect(c, &QCheckBox::toggled, &dialog, recount);
    for (QSpinBox *s : {sample, seed})
        connect(s, &QSpinBox::valueChanged, &dialog, recount);
    recount();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_queueFilter = read();
    emit message(tr("Review queue: %n asset(s); F9 steps through them", nullptr,
                    int(ReviewWorkflow::queue(store, m_queueFilter).size())));
}

void ReviewActions::askReject()
{
    ProjectSession *session = m_session();
    if (!session || !m_document())
        return;
    if (const std::optional<QString> text
        = RejectDialog::ask(m_window, ReviewWorkflow::rejectReasons(*session->store())))
        reject(*text);
}

} // namespace Tessera
