// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "projectstore.h"

namespace Tessera {

/**
 * The label writes of a ProjectStore (its addLabel, updateLabel, setLabelDisplayOrder,
 * removeLabel and mergeLabel, whose contracts hold here): the label rows, their attribute
 * definitions and the audit entries. Each call is one transaction of the store; a refusal sets the
 * store's errorString().
 */
class LabelWriter
{
public:
    explicit LabelWriter(ProjectStore &store);

    bool add(Label &label);
    bool update(const Label &label);
    bool setDisplayOrder(const QList<qint64> &ids);
    bool remove(qint64 id, bool removeAnnotations);
    qint64 merge(qint64 from, qint64 into);

private:
    /** Replaces the label's attribute definitions with label.attributes, in their order. */
    bool writeAttributes(const Label &label);

    ProjectStore &m_store;
};

} // namespace Tessera
