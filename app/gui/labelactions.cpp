// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "labelactions.h"

#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "imagecanvas/imagecanvas.h"
#include "panels/labelpanel.h"
#include "store/projectstore.h"
#include "textcanvas/textview.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace Tessera {

LabelActions::LabelActions(std::function<ProjectSession *()> session,
                           std::function<AssetDocument *()> document, Views views, QWidget *window)
    : QObject(window)
    , m_session(std::move(session))
    , m_document(std::move(document))
    , m_views(views)
    , m_window(window)
{}

void LabelActions::addMenu(QMenuBar *bar)
{
    m_menu = bar->addMenu(tr("&Labels"));
    m_manage = new QAction(tr("&Manage Labels…"), this);
    m_manage->setShortcut(QKeySequence(tr("Ctrl+Alt+K")));
    connect(m_manage, &QAction::triggered, this, [this]() { manage(); });
    rebuild();
}

void LabelActions::rebuild()
{
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    if (!m_menu)
        return;
    m_menu->clear();
    m_menu->addAction(m_manage);
    m_menu->addSeparator();
    ProjectSession *session = m_session();
    if (!session) {
        updatePanel();
        return;
    }
    for (const Label &l : session->labels()) {
        auto *action = m_menu->addAction(tr("Label %1").arg(l.name));
        action->setData(l.id);
        if (!l.hotkey.isEmpty())
            action->setShortcut(QKeySequence(l.hotkey));
        const qint64 id = l.id;
        connect(action, &QAction::triggered, this, [this, id]() { labelKey(id); });
        m_labelActions.append(action);
    }
    updatePanel();
}

void LabelActions::labelKey(qint64 labelId)
{
    AssetDocument *document = m_document();
    if (!document)
        return;
    // On images a label key picks the label for drawing and relabels the selection; on text it
    // labels the selected words as a span, and with nothing selected (and on comparisons) it
    // toggles the document class. A selected span or relation takes the label instead of the
    // document.
    const AssetKind kind = document->asset().kind;
    const bool text = kind == AssetKind::Text;
    if (kind == AssetKind::Image) {
        pick(labelId);
    } else if (text && m_views.textView->hasTextSelection()) {
        // Selected text is for a span; white space alone makes none and must not fall through
        // to the document class.
        if (!m_views.textView->labelSelection(labelId))
            emit message(tr("Only spaces are selected: select words to label them"));
    } else if (!text || !m_views.textView->relabelSelected(labelId)) {
        document->toggleClass(labelId, m_views.textView->config().singleClass);
    }
}

void LabelActions::updatePanel()
{
    QSet<qint64> checked;
    std::optional<AssetKind> kind;
    if (AssetDocument *document = m_document()) {
        kind = document->asset().kind;
        for (const Annotation &a : document->annotations()) {
            if (a.kind == AnnotationKind::Tag || a.kind == AnnotationKind::Classification)
                checked.insert(a.labelId);
        }
    }
    m_views.panel->setAsset(kind, checked);
    ProjectSession *session = m_session();
    for (QAction *a : std::as_const(m_labelActions)) {
        const std::optional<Label> label
                = session ? session->label(a->data().toLongLong()) : std::nullopt;
        a->setEnabled(label && kind && (label->kinds & (1 << int(*kind))));
    }
}

void LabelActions::pick(qint64 labelId)
{
    m_views.canvas->setCurrentLabel(labelId);
    m_views.panel->setCurrentLabel(labelId);
    // Remembered per project, so that the next session draws with the same label.
    ProjectSession *session = m_session();
    if (session && session->store()->setting(QStringLiteral("lastLabel")).toLongLong() != labelId)
        session->store()->setSetting(QStringLiteral("lastLabel"), QString::number(labelId));
    AssetDocument *document = m_document();
    if (document && document->asset().kind == AssetKind::Image)
        m_views.canvas->relabelSelection(labelId);
}

void LabelActions::newLabel()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    // Wide enough for its title and a long name ("New l… essera" in a bare getText()).
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("New Label"));
    dialog.setLabelText(tr("Name of the new label (its key and colour can be changed later):"));
    dialog.setMinimumWidth(420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return;
    Label label;
    label.name = name;
    if (!session->store()->addLabel(label)) {
        emit error(session->store()->errorString());
        return;
    }
    session->reloadLabels();
}

qint64 LabelActions::ask()
{
    ProjectSession *session = m_session();
    if (!session)
        return 0;
    QStringList names;
    for (const Label &l : session->labels())
        if (l.kinds & ImageKindFlag)
            names.append(l.name);
    // An editable list: pick one (typing completes) or type a new name.
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Label for the New Shape"));
    dialog.setLabelText(tr("Pick a label or type a new one (it becomes the label for the next "
                           "shapes too):"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(QString());
    dialog.setMinimumWidth(420);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return 0;
    ProjectStore *store = session->store();
    std::optional<Label> label = store->labelByName(name);
    if (!label) {
        Label added{.name = name, .kinds = ImageKindFlag};
        if (!store->addLabel(added)) {
            emit error(store->errorString());
            return 0;
        }
        session->reloadLabels();
        label = added;
    } else if (!(label->kinds & ImageKindFlag)) {
        label->kinds |= ImageKindFlag; // a text label now drawn on an image
        if (!store->updateLabel(*label)) {
            emit error(store->errorString());
            return 0;
        }
        session->reloadLabels();
    }
    pick(label->id);
    return label->id;
}

void LabelActions::manage(qint64 labelId)
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    LabelManagerDialog dialog(session->store(),
                              m_reserved ? m_reserved() : QList<LabelManagerDialog::ReservedKey>(),
                              m_window);
    connect(&dialog, &LabelManagerDialog::labelsChanged, session, &ProjectSession::reloadLabels);
    if (labelId)
        dialog.selectLabel(labelId);
    dialog.exec();
}

} // namespace Tessera
