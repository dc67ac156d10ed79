// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "labelwriter.h"

#include "core/jsonconvert.h"
#include "database.h"
#include "storerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Tessera {

using namespace StoreRows;

LabelWriter::LabelWriter(ProjectStore &store)
    : m_store(store)
{}

bool LabelWriter::writeAttributes(const Label &label)
{
    Database &db = m_store.database();
    Statement *d = db.prepare("DELETE FROM label_attributes WHERE label_id = ?");
    if (!d || !d->bind(1, label.id).exec())
        return m_store.fail(QStringLiteral("Could not save the attributes of %1").arg(label.name));
    int order = 0;
    for (const AttributeDefinition &def : label.attributes) {
        Statement *q = db.prepare("INSERT INTO label_attributes (label_id, name, type, "
                                  "options, default_value, sort_order) "
                                  "VALUES (?, ?, ?, ?, ?, ?)");
        if (!q)
            return m_store.fail(
                    QStringLiteral("Could not save the attributes of %1").arg(label.name));
        const QString options
                = def.options.isEmpty()
                          ? QString()
                          : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(def.options))
                                                      .toJson(QJsonDocument::Compact));
        q->bind(1, label.id).bind(2, def.name).bind(3, int(def.type)).bind(4, options);
        q->bind(5, def.defaultValue).bind(6, order++);
        if (!q->exec())
            return m_store.fail(
                    QStringLiteral("Could not save attribute %1 of %2").arg(def.name, label.name));
    }
    return true;
}

bool LabelWriter::add(Label &label)
{
    Database &db = m_store.database();
    if (label.name.trimmed().isEmpty()) {
        m_store.setErrorString(QStringLiteral("A label needs a name"));
        return false;
    }
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    if (m_store.labelByName(label.name)) {
        m_store.setErrorString(
                QStringLiteral("A label named \"%1\" exists already").arg(label.name));
        return false;
    }
    // The order is max + 1 and never reused, so removing a label leaves every other id in place.
    const qint64 order
            = db.queryInt("SELECT coalesce(max(sort_order), -1) + 1 FROM labels").value_or(0);
    Statement *q = db.prepare("INSERT INTO labels (name, color, hotkey, kinds, sort_order, "
                              "skeleton) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q)
        return m_store.fail(QStringLiteral("Could not add label %1").arg(label.name));
    if (!label.color.isValid())
        label.color = QColor::fromHsv(int(order * 67 % 360), 200, 230);
    q->bind(1, label.name).bind(2, label.color.name()).bind(3, label.hotkey);
    q->bind(4, label.kinds).bind(5, order).bind(6, skeletonToText(label.skeleton));
    if (!q->exec())
        return m_store.fail(QStringLiteral("Could not add label %1").arg(label.name));
    label.id = db.lastInsertId();
    label.sortOrder = int(order);
    if (!writeAttributes(label)
        || !m_store.audit(QStringLiteral("add-label"), 0, 0, QString(),
                          compactJson(Json::toJson(label))))
        return false;
    return t.commit();
}

bool LabelWriter::update(const Label &label)
{
    Database &db = m_store.database();
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    const std::optional<Label> before = m_store.label(label.id);
    if (!before) {
        m_store.setErrorString(QStringLiteral("No label with id %1").arg(label.id));
        return false;
    }
    Statement *q = db.prepare("UPDATE labels SET name = ?, color = ?, hotkey = ?, kinds = ?, "
                              "skeleton = ? WHERE id = ?");
    if (!q)
        return m_store.fail(QStringLiteral("Could not update label %1").arg(label.name));
    q->bind(1, label.name).bind(2, label.color.name()).bind(3, label.hotkey).bind(4, label.kinds);
    q->bind(5, skeletonToText(label.skeleton)).bind(6, label.id);
    if (!q->exec())
        return m_store.fail(QStringLiteral("Could not update label %1").arg(label.name));
    Label stored = label;
    stored.sortOrder = before->sortOrder;
    if (!writeAttributes(stored)
        || !m_store.audit(QStringLiteral("update-label"), 0, 0, compactJson(Json::toJson(*before)),
                          compactJson(Json::toJson(stored))))
        return false;
    return t.commit();
}

bool LabelWriter::setDisplayOrder(const QList<qint64> &ids)
{
    Database &db = m_store.database();
    const QList<Label> before = m_store.labels();
    QSet<qint64> known;
    for (const Label &l : before)
        known.insert(l.id);
    // A partial or repeated list would leave two labels on one place or one without a place.
    if (QSet<qint64>(ids.cbegin(), ids.cend()) != known || ids.size() != before.size()) {
        m_store.setErrorString(QStringLiteral("The new label order must name every label once"));
        return false;
    }
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    Statement *q = db.prepare("UPDATE labels SET display_order = ? WHERE id = ?");
    if (!q)
        return m_store.fail(QStringLiteral("Could not reorder the labels"));
    QJsonArray oldOrder, newOrder;
    QList<Label> shown = before;
    sortForDisplay(shown);
    for (const Label &l : std::as_const(shown))
        oldOrder.append(l.name);
    for (int i = 0; i < ids.size(); ++i) {
        q->bind(1, i).bind(2, ids[i]);
        if (!q->exec())
            return m_store.fail(QStringLiteral("Could not reorder the labels"));
        for (const Label &l : before)
            if (l.id == ids[i])
                newOrder.append(l.name);
    }
    if (!m_store.audit(QStringLiteral("reorder-labels"), 0, 0,
                       compactJson(QJsonObject{{QStringLiteral("labels"), oldOrder}}),
                       compactJson(QJsonObject{{QStringLiteral("labels"), newOrder}})))
        return false;
    return t.commit();
}

bool LabelWriter::remove(qint64 id, bool removeAnnotations)
{
    Database &db = m_store.database();
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    const std::optional<Label> before = m_store.label(id);
    if (!before) {
        m_store.setErrorString(QStringLiteral("No label with id %1").arg(id));
        return false;
    }
    Statement *c = db.prepare("SELECT count(*) FROM annotations WHERE label_id = ?");
    if (!c || !c->bind(1, id).step())
        return m_store.fail(QStringLiteral("Could not count the uses of %1").arg(before->name));
    const qint64 uses = c->int64(0);
    c->reset();
    if (uses > 0 && !removeAnnotations) {
        m_store.setErrorString(
                QStringLiteral("Label \"%1\" is used by %2 annotation(s); remove them as well "
                               "(--force) or relabel them first")
                        .arg(before->name)
                        .arg(uses));
        return false;
    }
    Statement *d = db.prepare("DELETE FROM annotations WHERE label_id = ?");
    if (!d || !d->bind(1, id).exec())
        return m_store.fail(
                QStringLiteral("Could not remove the annotations of %1").arg(before->name));
    Statement *q = db.prepare("DELETE FROM labels WHERE id = ?");
    if (!q || !q->bind(1, id).exec())
        return m_store.fail(QStringLiteral("Could not remove label %1").arg(before->name));
    QJsonObject after;
    after[QStringLiteral("removedAnnotations")] = uses;
    if (!m_store.audit(QStringLiteral("remove-label"), 0, 0, compactJson(Json::toJson(*before)),
                       compactJson(after)))
        return false;
    return t.commit();
}

qint64 LabelWriter::merge(qint64 from, qint64 into)
{
    Database &db = m_store.database();
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return -1;
    const std::optional<Label> source = m_store.label(from);
    const std::optional<Label> target = m_store.label(into);
    if (!source || !target || from == into) {
        m_store.setErrorString(QStringLiteral("Cannot merge label %1 into %2").arg(from).arg(into));
        return -1;
    }
    Statement *u = db.prepare("UPDATE annotations SET label_id = ? WHERE label_id = ?");
    if (!u || !u->bind(1, into).bind(2, from).exec()) {
        m_store.fail(QStringLiteral("Could not relabel the annotations of %1").arg(source->name));
        return -1;
    }
    const qint64 moved = db.changes();
    Statement *l = db.prepare("UPDATE layer_annotations SET label_id = ? WHERE label_id = ?");
    if (!l || !l->bind(1, into).bind(2, from).exec()) {
        m_store.fail(QStringLiteral("Could not relabel the layers of %1").arg(source->name));
        return -1;
    }
    Statement *q = db.prepare("DELETE FROM labels WHERE id = ?");
    if (!q || !q->bind(1, from).exec()) {
        m_store.fail(QStringLiteral("Could not remove label %1").arg(source->name));
        return -1;
    }
    QJsonObject after;
    after[QStringLiteral("mergedInto")] = target->name;
    after[QStringLiteral("movedAnnotations")] = moved;
    if (!m_store.audit(QStringLiteral("merge-label"), 0, 0, compactJson(Json::toJson(*source)),
                       compactJson(after))
        || !t.commit())
        return -1;
    return moved;
}

} // namespace Tessera
