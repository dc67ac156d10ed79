// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "attributeeditor.h"

#include "document/assetdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <limits>

namespace Tessera {

namespace {
const QString attributesKey = QStringLiteral("attributes");
} // namespace

AttributeEditor::AttributeEditor(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_form(nullptr)
    , m_fields(nullptr)
{
    m_header->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addStretch(1);
    rebuild();
}

void AttributeEditor::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    rebuild();
}

void AttributeEditor::setDocument(AssetDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selection.clear();
    if (document)
        connect(document, &AssetDocument::annotationsChanged, this, [this]() {
            // Our own change needs no rebuild: the fields already show it, and rebuilding would
            // take the focus away from the field being edited.
            if (!m_applying)
                rebuild();
        });
    rebuild();
}

void AttributeEditor::setSelection(const QList<qint64> &ids)
{
    m_selection = ids;
    rebuild();
}

QWidget *AttributeEditor::makeField(const AttributeDefinition &def, const QJsonValue &value)
{
    const QString name = def.name;
    switch (def.type) {
    case AttributeType::Select: {
        auto *combo = new QComboBox(m_fields);
        combo->addItem(tr("—"), QString());
        for (const QString &option : def.options)
            combo->addItem(option, option);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString(def.defaultValue))));
        connect(combo, &QComboBox::activated, this,
                [this, name, combo]() { apply(name, combo->currentData().toString()); });
        return combo;
    }
    case AttributeType::MultiSelect: {
        auto *list = new QListWidget(m_fields);
        QStringList chosen;
        for (const QJsonValue &v : value.toArray())
            chosen.append(v.toString());
        for (const QString &option : def.options) {
            auto *item = new QListWidgetItem(option, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(option) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * int(def.options.size() + 1) + 6);
        connect(list, &QListWidget::itemChanged, this, [this, name, list]() {
            QJsonArray checked;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    checked.append(list->item(i)->text());
            apply(name, checked);
        });
        return list;
    }
    case AttributeType::Checkbox: {
        auto *box = new QCheckBox(m_fields);
        box->setChecked(value.isBool() ? value.toBool()
                                       : def.defaultValue == QLatin1String("true"));
        connect(box, &QCheckBox::clicked, this, [this, name](bool on) { apply(name, on); });
        return box;
    }
    case AttributeType::Number: {
        auto *spin = new QDoubleSpinBox(m_fields);
        spin->setRange(-1e9, 1e9);
        spin->setDecimals(3);
        spin->setValue(value.isDouble() ? value.toDouble() : def.defaultValue.toDouble());
        connect(spin, &QDoubleSpinBox::editingFinished, this,
                [this, name, spin]() { apply(name, spin->value()); });
        return spin;
    }
    case AttributeType::Text: {
        auto *edit = new QLineEdit(m_fields);
        edit->setText(value.isString() ? value.toString() : def.defaultValue);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, name, edit]() { apply(name, edit->text()); });
        return edit;
    }
    }
    return nullptr;
}

void AttributeEditor::rebuild()
{
    delete m_fields;
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_fields);
    m_fieldCount = 0;
    if (!m_document || m_selection.isEmpty()) {
        m_header->setText(tr("<i>Select a shape to edit its attributes.</i>"));
        return;
    }
    QList<Annotation> selected;
    for (qint64 id : std::as_const(m_selection))
        if (const std::optional<Annotation> a = m_document->annotation(id))
            selected.append(*a);
    if (selected.isEmpty())
        return;
    const qint64 labelId = selected.constFirst().labelId;
    for (const Annotation &a : std::as_const(selected)) {
        if (a.labelId != labelId) {
            m_header->setText(tr("<i>The selected shapes have different labels.</i>"));
            return;
        }
    }
    const auto label = std::find_if(m_labels.cbegin(), m_labels.cend(),
                                    [labelId](const Label &l) { return l.id == labelId; });
    if (label == m_labels.cend() || label->attributes.isEmpty()) {
        m_header->setText(tr("<i>This label has no attributes.</i>"));
        return;
    }
    m_header->setText(selected.size() == 1 ? tr("<b>%1</b>").arg(label->name.toHtmlEscaped())
                                           : tr("<b>%1</b> — %2 shapes")
                                                     .arg(label->name.toHtmlEscaped())
                                                     .arg(selected.size()));
    const QJsonObject values = selected.constFirst().data.value(attributesKey).toObject();
    for (const AttributeDefinition &def : label->attributes) {
        if (QWidget *field = makeField(def, values.value(def.name))) {
            field->setObjectName(def.name);
            m_form->addRow(def.name + QLatin1Char(':'), field);
            ++m_fieldCount;
        }
    }
}

void AttributeEditor::apply(const QString &name, const QJsonValue &value)
{
    if (!m_document)
        return;
    QList<Annotation> after;
    for (qint64 id : std::as_const(m_selection)) {
        std::optional<Annotation> a = m_document->annotation(id);
        if (!a || a->data.value(QStringLiteral("locked")).toBool())
            continue;
        QJsonObject attributes = a->data.value(attributesKey).toObject();
        if (attributes.value(name) == value)
            continue;
        attributes[name] = value;
        a->data[attributesKey] = attributes;
        after.append(*a);
    }
    if (after.isEmpty())
        return;
    m_applying = true;
    m_document->changeAnnotations(after, tr("Set %1").arg(name), false);
    m_applying = false;
}

} // namespace Tessera
