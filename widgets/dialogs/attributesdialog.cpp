// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "attributesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

const AttributeType types[] = {AttributeType::Select, AttributeType::MultiSelect,
                               AttributeType::Checkbox, AttributeType::Number, AttributeType::Text};

QStringList splitOptions(const QString &text)
{
    QStringList options;
    for (const QString &o : text.split(QLatin1Char(',')))
        if (!o.trimmed().isEmpty())
            options.append(o.trimmed());
    return options;
}

} // namespace

AttributesDialog::AttributesDialog(const QString &labelName,
                                   const QList<AttributeDefinition> &attributes, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Attributes of %1").arg(labelName));
    m_table->setHorizontalHeaderLabels(
            {tr("Name"), tr("Type"), tr("Options (comma separated)"), tr("Default")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OptionsColumn, QHeaderView::Stretch);
    for (const AttributeDefinition &a : attributes) {
        m_table->insertRow(m_table->rowCount());
        m_ids.append(a.id);
        setRow(m_table->rowCount() - 1, a);
    }
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &AttributesDialog::addRow);
    connect(remove, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            m_ids.removeAt(row);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttributesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *hint = new QLabel(tr("Values already given to annotations are kept under their "
                               "attribute's name; renaming an attribute leaves them behind."),
                            this);
    hint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(620, 340);
}

void AttributesDialog::setRow(int row, const AttributeDefinition &a)
{
    m_table->setItem(row, NameColumn, new QTableWidgetItem(a.name));
    auto *type = new QComboBox(m_table);
    for (AttributeType t : types)
        type->addItem(attributeTypeName(t), int(t));
    type->setCurrentIndex(type->findData(int(a.type)));
    m_table->setCellWidget(row, TypeColumn, type);
    m_table->setItem(row, OptionsColumn, new QTableWidgetItem(a.options.join(QLatin1String(", "))));
    m_table->setItem(row, DefaultColumn, new QTableWidgetItem(a.defaultValue));
}

void AttributesDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_ids.append(0);
    setRow(row, {.name = tr("attribute %1").arg(row + 1)});
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

QList<AttributeDefinition> AttributesDialog::definitions() const
{
    QList<AttributeDefinition> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        AttributeDefinition a;
        a.id = m_ids.value(row);
        a.name = m_table->item(row, NameColumn)->text().trimmed();
        a.type = AttributeType(qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn))
                                       ->currentData()
                                       .toInt());
        if (a.type == AttributeType::Select || a.type == AttributeType::MultiSelect)
            a.options = splitOptions(m_table->item(row, OptionsColumn)->text());
        a.defaultValue = m_table->item(row, DefaultColumn)->text().trimmed();
        result.append(a);
    }
    return result;
}

QString AttributesDialog::problem(const QList<AttributeDefinition> &attributes)
{
    QSet<QString> names;
    for (const AttributeDefinition &a : attributes) {
        if (a.name.trimmed().isEmpty())
            return tr("An attribute needs a name");
        if (names.contains(a.name.toLower()))
            return tr("There are two attributes named %1").arg(a.name);
        names.insert(a.name.toLower());
        const bool select = a.type == AttributeType::Select || a.type == AttributeType::MultiSelect;
        if (select && a.options.isEmpty())
            return tr("%1 is a choice: give its options, separated by commas").arg(a.name);
        if (a.defaultValue.isEmpty())
            continue;
        if (a.type == AttributeType::Select && !a.options.contains(a.defaultValue))
            return tr("The default of %1 (%2) is not one of its options")
                    .arg(a.name, a.defaultValue);
        if (a.type == AttributeType::MultiSelect)
            for (const QString &d : splitOptions(a.defaultValue))
                if (!a.options.contains(d))
                    return tr("The default of %1 (%2) is not one of its options").arg(a.name, d);
        bool number = false;
        a.defaultValue.toDouble(&number);
        if (a.type == AttributeType::Number && !number)
            return tr("The default of %1 (%2) is not a number").arg(a.name, a.defaultValue);
        if (a.type == AttributeType::Checkbox && a.defaultValue != QLatin1String("true")
            && a.defaultValue != QLatin1String("false"))
            return tr("The default of %1 is true or false").arg(a.name);
    }
    return {};
}

void AttributesDialog::accept()
{
    const QString why = problem(definitions());
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace Tessera
