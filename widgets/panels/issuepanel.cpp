// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "issuepanel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

IssuePanel::IssuePanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_reply(new QLineEdit(this))
    , m_send(new QPushButton(tr("Reply"), this))
    , m_resolve(new QPushButton(tr("Resolve"), this))
    , m_showResolved(new QCheckBox(tr("Show resolved"), this))
{
    // Threads are rich text: long notes wrap at any width, and a click on one selects it.
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_reply->setPlaceholderText(tr("Reply (Enter sends)"));
    m_summary->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reply, 1);
    buttons->addWidget(m_send);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showResolved);
    bottom->addStretch();
    bottom->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(bottom);

    auto send = [this]() {
        const qint64 id = currentIssue();
        if (id && !m_reply->text().trimmed().isEmpty()) {
            emit replyRequested(id, m_reply->text().trimmed());
            m_reply->clear();
        }
    };
    connect(m_send, &QPushButton::clicked, this, send);
    connect(m_reply, &QLineEdit::returnPressed, this, send);
    connect(m_resolve, &QPushButton::clicked, this, [this]() {
        const qint64 id = currentIssue();
        for (const IssueThread &t : std::as_const(m_threads))
            if (t.issue.id == id)
                emit resolveRequested(id, !t.issue.resolved);
    });
    connect(m_showResolved, &QCheckBox::toggled, this, [this]() {
        rebuild();
        emit shownIssuesChanged();
    });
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        setCurrentIssue(url.path().toLongLong());
        for (const IssueThread &t : std::as_const(m_threads))
            if (t.issue.id == m_current)
                emit issueActivated(t.issue);
    });
    rebuild();
}

void IssuePanel::setThreads(const QList<IssueThread> &threads)
{
    m_threads = threads;
    // Open issues first, each group oldest first: the work still to do leads.
    std::stable_sort(m_threads.begin(), m_threads.end(),
                     [](const IssueThread &a, const IssueThread &b) {
                         return !a.issue.resolved && b.issue.resolved;
                     });
    bool known = false;
    for (const IssueThread &t : std::as_const(m_threads))
        known = known || t.issue.id == m_current;
    // Otherwise the first open issue is the one a reply goes to: usually the only one.
    if (!known)
        m_current = !m_threads.isEmpty() && !m_threads.constFirst().issue.resolved
                            ? m_threads.constFirst().issue.id
                            : 0;
    rebuild();
    emit shownIssuesChanged();
}

QList<Comment> IssuePanel::shownIssues() const
{
    QList<Comment> out;
    for (const IssueThread &t : m_threads)
        if (!t.issue.resolved || m_showResolved->isChecked())
            out.append(t.issue);
    return out;
}

qint64 IssuePanel::currentIssue() const
{
    return m_current;
}

void IssuePanel::setCurrentIssue(qint64 id)
{
    m_current = id;
    rebuild();
}

QString IssuePanel::text() const
{
    return m_view->toPlainText();
}

void IssuePanel::rebuild()
{
    int open = 0;
    int number = 0;
    QString html;
    const QString faint = palette().color(QPalette::PlaceholderText).name();
    const QString chosen = palette().color(QPalette::Highlight).lighter(170).name();
    for (const IssueThread &t : std::as_const(m_threads)) {
        if (!t.issue.resolved)
            ++open;
        if (t.issue.resolved && !m_showResolved->isChecked())
            continue;
        ++number;
        QString where;
        if (t.issue.hasSpan())
            where = tr(" (characters %1–%2)").arg(t.issue.spanStart).arg(t.issue.spanEnd);
        QString block
                = QStringLiteral("<p style='margin:0'><a href='issue:%1' "
                                 "style='text-decoration:none; color:%2'><b>%3.</b> %4%5</a>"
                                 "<br><small style='color:%6'>%7 · %8%9</small></p>")
                          .arg(t.issue.id)
                          .arg(t.issue.resolved ? faint : palette().color(QPalette::Text).name())
                          .arg(number)
                          .arg(t.issue.body.toHtmlEscaped(), where.toHtmlEscaped(), faint,
                               t.issue.author.toHtmlEscaped(), when(t.issue.createdAt),
                               t.issue.resolved ? tr(" · resolved") : QString());
        for (const Comment &r : t.replies)
            block += QStringLiteral("<p style='margin:2px 0 0 14px'>↳ <small style='color:%1'>%2 · "
                                    "%3</small><br>%4</p>")
                             .arg(faint, r.author.toHtmlEscaped(), when(r.createdAt),
                                  r.body.toHtmlEscaped());
        html += QStringLiteral("<table width='100%' cellpadding='4' style='margin-bottom:4px'>"
                               "<tr><td bgcolor='%1'>%2</td></tr></table>")
                        .arg(t.issue.id == m_current ? chosen : QStringLiteral("transparent"),
                             block);
    }
    m_view->setHtml(html);
    m_summary->setText(
            m_threads.isEmpty()
                    ? tr("No issues on this asset. Ctrl+Alt+N opens one at the "
                         "selection or under the mouse.")
                    : tr("%n open issue(s)", nullptr, open)
                              + (m_threads.size() > open ? tr(", %n resolved", nullptr,
                                                              int(m_threads.size()) - open)
                                                         : QString())
                              + (m_current ? QString() : tr(" · click one to reply or resolve")));
    updateButtons();
}

void IssuePanel::updateButtons()
{
    const qint64 id = currentIssue();
    bool resolved = false;
    for (const IssueThread &t : std::as_const(m_threads))
        if (t.issue.id == id)
            resolved = t.issue.resolved;
    m_send->setEnabled(id != 0);
    m_reply->setEnabled(id != 0);
    m_resolve->setEnabled(id != 0);
    m_resolve->setText(resolved ? tr("Reopen") : tr("Resolve"));
}

} // namespace Tessera
