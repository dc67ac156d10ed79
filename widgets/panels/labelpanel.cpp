// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "labelpanel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(140));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    painter.end();
    // The same pixmap when selected: otherwise the style tints it with the highlight colour and
    // the selected label's colour reads wrong.
    QIcon icon(pixmap);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

} // namespace

LabelPanel::LabelPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("labelsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: gray"));
    m_empty->hide();
    m_filter->setPlaceholderText(tr("Filter labels…"));
    m_filter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    connect(m_filter, &QLineEdit::textChanged, this, &LabelPanel::rebuild);
    m_list->setFocusPolicy(Qt::NoFocus);
    connect(m_filter, &QLineEdit::returnPressed, this, [this]() {
        if (m_list->count() > 0)
            emit labelActivated(m_list->item(0)->data(Qt::UserRole).toLongLong());
        emit leaveRequested();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit labelActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        // Queued: the manager is modal and may rebuild this list, and the view still emits
        // itemActivated for the item after this signal returns.
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        QMetaObject::invokeMethod(
                this, [this, id]() { emit manageRequested(id); }, Qt::QueuedConnection);
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit labelActivated(item->data(Qt::UserRole).toLongLong());
    });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = m_list->itemAt(pos);
        if (!item)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool hidden = m_hidden.contains(id);
        QMenu menu(this);
        QAction *toggle = menu.addAction(hidden ? tr("Show Shapes of This Label")
                                                : tr("Hide Shapes of This Label"));
        if (menu.exec(m_list->viewport()->mapToGlobal(pos)) != toggle)
            return;
        if (hidden)
            m_hidden.remove(id);
        else
            m_hidden.insert(id);
        rebuild();
        emit visibilityToggled(id, hidden);
    });
    // Only a change the user makes reaches here: rebuild() blocks the list's signals.
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        emit classToggled(item->data(Qt::UserRole).toLongLong());
    });
}

void LabelPanel::keyPressEvent(QKeyEvent *event)
{
    // Esc in the filter (which does not use it) clears it and hands the keyboard back.
    if (event->key() == Qt::Key_Escape) {
        m_filter->clear();
        emit leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LabelPanel::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    rebuild();
}

void LabelPanel::setAsset(std::optional<AssetKind> kind, const QSet<qint64> &checkedLabels)
{
    m_kind = kind;
    m_checked = checkedLabels;
    rebuild();
}

int LabelPanel::visibleCount() const
{
    return m_list->count();
}

void LabelPanel::setCurrentLabel(qint64 labelId)
{
    m_current = labelId;
    // Only the highlight moves: rebuilding the items under a click would lose the press, and a
    // double-click (which opens the label manager) would never arrive.
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setSelected(item->data(Qt::UserRole).toLongLong() == labelId);
    }
}

void LabelPanel::rebuild()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString filter = m_filter->text().trimmed();
    for (const Label &l : std::as_const(m_labels)) {
        if (m_kind && !(l.kinds & (1 << int(*m_kind))))
            continue;
        if (!filter.isEmpty() && !l.name.contains(filter, Qt::CaseInsensitive))
            continue;
        const QString text
                = l.hotkey.isEmpty() ? l.name : QStringLiteral("%1\t[%2]").arg(l.name, l.hotkey);
        auto *item = new QListWidgetItem(swatch(l.color), text, m_list);
        item->setData(Qt::UserRole, l.id);
        // Say what the box means: the whole image or document gets the class, unlike a shape.
        const bool image = m_kind == AssetKind::Image;
        const QString box = image ? tr("Tick: tag the whole image with %1 (an image-level class)")
                                  : tr("Tick: give the whole document the class %1");
        const QString name = l.hotkey.isEmpty()
                                     ? tr("Click the name: new shapes get this label")
                                     : tr("Click the name or press %1: new shapes get this label, "
                                          "selected ones are relabelled")
                                               .arg(l.hotkey);
        item->setToolTip(box.arg(l.name) + QLatin1Char('\n') + name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(l.id) ? Qt::Checked : Qt::Unchecked);
        if (l.id == m_current)
            item->setSelected(true);
        if (m_hidden.contains(l.id)) {
            // Hidden labels read as greyed out, so that nobody wonders where shapes went.
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setText(item->text() + tr("  (hidden)"));
        }
    }
    // An empty palette teaches: where labels come from, or why none applies here.
    const bool none = m_list->count() == 0;
    m_empty->setVisible(none);
    if (none)
        m_empty->setText(!m_filter->text().trimmed().isEmpty() ? tr("No label matches the filter")
                         : m_labels.isEmpty()
                                 ? tr("No labels yet. Labels › Manage Labels (Ctrl+Alt+K) or "
                                      "Edit › New Label (Ctrl+Shift+L) adds one; importing a "
                                      "dataset brings its own.")
                                 : tr("No label applies to this kind of asset: tick it in Labels "
                                      "› Manage Labels (Ctrl+Alt+K)."));
}

} // namespace Tessera
