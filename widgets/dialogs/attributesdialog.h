// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Tessera {

/**
 * The attributes a label carries, edited as a table: name, type (select, multi-select,
 * checkbox, number, text), options (for the selects, comma separated) and default value. OK is
 * refused, with the problem said, while a definition is invalid.
 */
class AttributesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, OptionsColumn, DefaultColumn, ColumnCount };

    AttributesDialog(const QString &labelName, const QList<AttributeDefinition> &attributes,
                     QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /** A new row (name attribute N, type text) at the end. */
    void addRow();
    /** What the table says now (ids kept for rows that existed). */
    QList<AttributeDefinition> definitions() const;
    /**
     * The first problem of a list of definitions, or empty: a name missing or used twice, a
     * select without options, a default that is not one of the options, not a number, or
     * not true/false for a checkbox.
     */
    static QString problem(const QList<AttributeDefinition> &attributes);
    void accept() override;

private:
    void setRow(int row, const AttributeDefinition &a);

    QTableWidget *m_table;
    QLabel *m_message;
    QList<qint64> m_ids;
};

} // namespace Tessera
