// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "labelmanagerdialog.h"

#include "attributesdialog.h"
#include "skeletondialog.h"

#include "store/projectstore.h"

#include <algorithm>

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(18, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(140));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 15, 15), 3, 3);
    painter.end();
    QIcon icon(pixmap);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

constexpr int kindFlags[] = {ImageKindFlag, TextKindFlag, ComparisonKindFlag};

} // namespace

LabelManagerDialog::LabelManagerDialog(ProjectStore *store, const QList<ReservedKey> &reservedKeys,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reserved(reservedKeys)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Manage Labels"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Colour"), tr("Name"), tr("Key"), tr("Images"),
                                        tr("Texts"), tr("Comparisons"), tr("Used by"),
                                        tr("Class id")});
    m_table->horizontalHeaderItem(KeyColumn)->setToolTip(
            tr("One key (a letter, digit or F-key) labels with this label"));
    m_table->horizontalHeaderItem(UsesColumn)->setToolTip(tr("Annotations with this label"));
    m_table->horizontalHeaderItem(ClassIdColumn)
            ->setToolTip(tr("The class of this label in YOLO exports (COCO category ids are one "
                            "more). It never changes, whatever the order here."));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellChanged, this, &LabelManagerDialog::cellEdited);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != ColourColumn)
            return;
        const QColor chosen = QColorDialog::getColor(m_labels.value(row).color, this,
                                                     tr("Colour of %1").arg(m_labels[row].name));
        if (chosen.isValid())
            setColour(row, chosen);
    });
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *colour = new QPushButton(tr("&Colour…"), this);
    auto *remove = new QPushButton(tr("&Remove…"), this);
    auto *merge = new QPushButton(tr("&Merge Into…"), this);
    merge->setToolTip(tr("Give this label's annotations another label, then remove this one"));
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move &Down"), this);
    up->setToolTip(tr("List this label earlier in the window (Ctrl+Up)"));
    down->setToolTip(tr("List this label later in the window (Ctrl+Down)"));
    m_table->installEventFilter(this);
    connect(up, &QPushButton::clicked, this, [this]() { moveRow(m_table->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this]() { moveRow(m_table->currentRow(), 1); });
    auto *attributes = new QPushButton(tr("A&ttributes…"), this);
    attributes->setToolTip(tr("What annotations with this label also record: choices, checkboxes, "
                              "numbers, text"));
    auto *skeleton = new QPushButton(tr("S&keleton…"), this);
    skeleton->setToolTip(tr("The named keypoints of this label and the edges between them"));
    connect(skeleton, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        SkeletonDialog dialog(m_labels[row].name, m_labels[row].skeleton, this);
        if (dialog.exec() == QDialog::Accepted)
            setSkeleton(row, dialog.skeleton());
    });
    connect(attributes, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        AttributesDialog dialog(m_labels[row].name, m_labels[row].attributes, this);
        if (dialog.exec() == QDialog::Accepted)
            setAttributes(row, dialog.definitions());
    });
    connect(merge, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        QStringList names;
        QList<qint64> ids;
        for (const Label &l : std::as_const(m_labels)) {
            if (l.id != m_labels[row].id) {
                names.append(l.name);
                ids.append(l.id);
            }
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Merge Label"),
                                                   tr("Merge %1 into:").arg(m_labels[row].name),
                                                   names, 0, false, &ok);
        if (!ok || !names.contains(name))
            return;
        mergeRow(row, ids[names.indexOf(name)], [this, row, name](int uses) {
            return QMessageBox::question(
                           this, tr("Merge Label"),
                           tr("%n annotation(s) of %1 become %2, and %1 is removed. Merge? (The "
                              "project history keeps a record.)",
                              nullptr, uses)
                                   .arg(m_labels[row].name, name))
                   == QMessageBox::Yes;
        });
    });
    connect(add, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Label"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            addLabel(name);
    });
    connect(colour, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QColor chosen = QColorDialog::getColor(m_labels[row].color, this,
                                                     tr("Colour of %1").arg(m_labels[row].name));
        if (chosen.isValid())
            setColour(row, chosen);
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        removeRow(row, [this, row](int uses) {
            return QMessageBox::question(
                           this, tr("Remove Label"),
                           tr("%n annotation(s) use %1. Remove the label and them? (Undo cannot "
                              "bring them back; the project history keeps a record.)",
                              nullptr, uses)
                                   .arg(m_labels[row].name))
                   == QMessageBox::Yes;
        });
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(up);
    row->addWidget(down);
    row->addWidget(colour);
    row->addWidget(attributes);
    row->addWidget(skeleton);
    row->addWidget(merge);
    row->addWidget(remove);
    row->addStretch(1);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *hint = new QLabel(tr("Edit a name or key in place (double-click or F2); double-click a "
                               "colour to change it. Moving a label changes where the window "
                               "lists it; class ids in exports keep the order labels were added "
                               "in, whatever changes here."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addWidget(buttons);
    reload();
    resize(720, 420);
}

void LabelManagerDialog::reload()
{
    m_labels = m_store->labels();
    sortForDisplay(m_labels);
    m_uses = m_store->stats().annotationsByLabel;
    m_filling = true;
    m_table->setRowCount(int(m_labels.size()));
    for (int row = 0; row < m_labels.size(); ++row) {
        const Label &l = m_labels[row];
        auto *colour = new QTableWidgetItem(swatch(l.color), QString());
        colour->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        colour->setToolTip(tr("%1 — double-click to change").arg(l.color.name()));
        m_table->setItem(row, ColourColumn, colour);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(l.name));
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(l.hotkey));
        for (int k = 0; k < 3; ++k) {
            auto *kind = new QTableWidgetItem;
            kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            kind->setCheckState(l.kinds & kindFlags[k] ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, ImageColumn + k, kind);
        }
        auto *uses = new QTableWidgetItem(QString::number(m_uses.value(l.id)));
        uses->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        uses->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, UsesColumn, uses);
        auto *classId = new QTableWidgetItem(QString::number(l.sortOrder));
        classId->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        classId->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ClassIdColumn, classId);
    }
    m_filling = false;
    markConflicts();
}

void LabelManagerDialog::markConflicts()
{
    // A key is for one thing: two labels on one key, or a label on a command's key, means a key
    // press does something the user did not expect.
    QHash<QString, QStringList> byKey;
    for (const Label &l : std::as_const(m_labels))
        if (!l.hotkey.isEmpty())
            byKey[QKeySequence(l.hotkey).toString()].append(l.name);
    m_filling = true;
    for (int row = 0; row < m_labels.size(); ++row) {
        QTableWidgetItem *item = m_table->item(row, KeyColumn);
        const QString key = QKeySequence(m_labels[row].hotkey).toString();
        QStringList others = byKey.value(key);
        others.removeOne(m_labels[row].name);
        QString problem;
        if (!key.isEmpty() && !others.isEmpty())
            problem = tr("%1 is also the key of %2").arg(key, others.join(QStringLiteral(", ")));
        else if (!key.isEmpty())
            for (const ReservedKey &r : std::as_const(m_reserved))
                if (r.key == key && (r.kinds & m_labels[row].kinds)) {
                    problem = tr("%1 is the key of the command \"%2\"").arg(key, r.command);
                    break;
                }
        item->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(255, 205, 210)));
        item->setToolTip(problem.isEmpty()
                                 ? tr("Press this key to label with %1").arg(m_labels[row].name)
                                 : problem);
    }
    m_filling = false;
}

void LabelManagerDialog::cellEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_labels.size())
        return;
    Label label = m_labels[row];
    const QString text = m_table->item(row, column)->text().trimmed();
    switch (column) {
    case NameColumn:
        if (text.isEmpty()) {
            say(tr("A label needs a name"));
            reload();
            return;
        }
        for (const Label &other : std::as_const(m_labels))
            if (other.id != label.id && other.name.compare(text, Qt::CaseInsensitive) == 0) {
                say(tr("There is a label %1 already").arg(other.name));
                reload();
                return;
            }
        label.name = text;
        break;
    case KeyColumn: {
        const QKeySequence key(text);
        if (!text.isEmpty() && (key.count() != 1 || key.isEmpty())) {
            say(tr("\"%1\" is not one key").arg(text));
            reload();
            return;
        }
        label.hotkey = key.toString();
        break;
    }
    case ImageColumn:
    case TextColumn:
    case ComparisonColumn: {
        const int flag = kindFlags[column - ImageColumn];
        const bool on = m_table->item(row, column)->checkState() == Qt::Checked;
        label.kinds = on ? (label.kinds | flag) : (label.kinds & ~flag);
        if (label.kinds == 0) {
            say(tr("%1 must apply to at least one kind of asset").arg(label.name));
            reload();
            return;
        }
        break;
    }
    default:
        return;
    }
    if (!m_store->updateLabel(label)) {
        say(m_store->errorString());
        reload();
        return;
    }
    say(QString());
    reload();
    emit labelsChanged();
}

bool LabelManagerDialog::addLabel(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        say(tr("A label needs a name"));
        return false;
    }
    if (m_store->labelByName(trimmed)) {
        say(tr("There is a label %1 already").arg(trimmed));
        return false;
    }
    Label label{.name = trimmed};
    if (!m_store->addLabel(label)) {
        say(m_store->errorString());
        return false;
    }
    say(QString());
    reload();
    selectLabel(label.id);
    emit labelsChanged();
    return true;
}

bool LabelManagerDialog::mergeRow(int row, qint64 into, const std::function<bool(int)> &confirm)
{
    if (row < 0 || row >= m_labels.size() || into == m_labels[row].id)
        return false;
    if (!confirm(int(m_uses.value(m_labels[row].id))))
        return false;
    if (m_store->mergeLabel(m_labels[row].id, into) < 0) {
        say(m_store->errorString());
        return false;
    }
    say(QString());
    reload();
    selectLabel(into);
    emit labelsChanged();
    return true;
}

bool LabelManagerDialog::setAttributes(int row, const QList<AttributeDefinition> &attributes)
{
    if (row < 0 || row >= m_labels.size())
        return false;
    if (const QString why = AttributesDialog::problem(attributes); !why.isEmpty()) {
        say(why);
        return false;
    }
    Label label = m_labels[row];
    label.attributes = attributes;
    return store(label);
}

bool LabelManagerDialog::setSkeleton(int row, const Skeleton &skeleton)
{
    if (row < 0 || row >= m_labels.size())
        return false;
    if (const QString why = SkeletonDialog::problem(skeleton); !why.isEmpty()) {
        say(why);
        return false;
    }
    Label label = m_labels[row];
    label.skeleton = skeleton;
    return store(label);
}

bool LabelManagerDialog::setColour(int row, const QColor &colour)
{
    if (row < 0 || row >= m_labels.size() || !colour.isValid())
        return false;
    Label label = m_labels[row];
    label.color = colour;
    return store(label);
}

bool LabelManagerDialog::store(const Label &label)
{
    if (!m_store->updateLabel(label)) {
        say(m_store->errorString());
        return false;
    }
    say(QString());
    reload();
    selectLabel(label.id);
    emit labelsChanged();
    return true;
}

bool LabelManagerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Up/Down in the table move the label (the table alone would only move the cursor).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveRow(m_table->currentRow(), key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool LabelManagerDialog::moveRow(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_labels.size() || to < 0 || to >= m_labels.size())
        return false;
    QList<qint64> ids;
    for (const Label &l : std::as_const(m_labels))
        ids.append(l.id);
    ids.move(row, to);
    if (!m_store->setLabelDisplayOrder(ids)) {
        say(m_store->errorString());
        return false;
    }
    say(QString());
    reload();
    selectLabel(ids[to]);
    emit labelsChanged();
    return true;
}

bool LabelManagerDialog::removeRow(int row, const std::function<bool(int)> &confirm)
{
    if (row < 0 || row >= m_labels.size())
        return false;
    const qint64 id = m_labels[row].id;
    const int uses = int(m_uses.value(id));
    if (uses > 0 && !confirm(uses))
        return false;
    if (!m_store->removeLabel(id, uses > 0)) {
        say(m_store->errorString());
        return false;
    }
    say(QString());
    reload();
    emit labelsChanged();
    return true;
}

void LabelManagerDialog::selectLabel(qint64 labelId)
{
    for (int row = 0; row < m_labels.size(); ++row)
        if (m_labels[row].id == labelId)
            m_table->setCurrentCell(row, NameColumn);
}

QString LabelManagerDialog::message() const
{
    return m_message->text();
}

void LabelManagerDialog::say(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Tessera
