// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Tessera {

class AssetDocument;

/**
 * Edits the attributes of the selected shapes, with one field per attribute definition of their
 * label: a combo box (select), a checkable list (multi-select), a check box, a number or a line of
 * text. Values live in each annotation's data["attributes"]; every change is one undo step for
 * all selected shapes.
 */
class AttributeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeEditor(QWidget *parent = nullptr);

    void setLabels(const QList<Label> &labels);
    void setDocument(AssetDocument *document);
    void setSelection(const QList<qint64> &ids);
    /** Number of attribute fields shown (for tests). */
    int fieldCount() const { return m_fieldCount; }

private:
    void rebuild();
    void apply(const QString &name, const QJsonValue &value);
    QWidget *makeField(const AttributeDefinition &def, const QJsonValue &value);

    QPointer<AssetDocument> m_document;
    QList<Label> m_labels;
    QList<qint64> m_selection;
    QLabel *m_header;
    QFormLayout *m_form;
    QWidget *m_fields;
    int m_fieldCount = 0;
    bool m_applying = false;
};

} // namespace Tessera
