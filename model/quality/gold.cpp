// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "gold.h"

#include "agreement.h"
#include "core/jsonconvert.h"
#include "core/shapegeometry.h"
#include "store/goldstore.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "store/serverextras.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Tessera::Gold {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Gold".
struct GoldText
{
    Q_DECLARE_TR_FUNCTIONS(Gold)
};

QList<Annotation> annotationsOf(const GoldReference &reference)
{
    QList<Annotation> out;
    for (const QJsonValue &v : reference.annotations)
        if (std::optional<Annotation> a = Json::annotationFromJson(v.toObject()))
            out.append(*a);
    return out;
}

} // namespace

bool isGold(ProjectStore &store, qint64 assetId)
{
    return GoldStore(store).isGold(assetId);
}

bool mark(ProjectStore &store, qint64 assetId, QString *error)
{
    const std::optional<Asset> asset = store.asset(assetId);
    if (!asset) {
        *error = GoldText::tr("no asset %1").arg(assetId);
        return false;
    }
    GoldStore gold(store);
    if (gold.isGold(assetId)) {
        *error = GoldText::tr("%1 is gold already").arg(asset->name);
        return false;
    }
    QJsonArray annotations;
    QList<qint64> ids;
    for (const Annotation &a : store.annotations(assetId)) {
        if (isProposal(a))
            continue; // a reference is what people agreed on, not a model's guess
        annotations.append(Json::toJson(a));
        ids.append(a.id);
    }
    if (annotations.isEmpty()) {
        *error = GoldText::tr("%1 has no annotations to be the reference").arg(asset->name);
        return false;
    }
    ProjectStore::Transaction transaction(store);
    if (!gold.put(assetId, annotations) || !store.removeAnnotations(ids) || !transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

bool unmark(ProjectStore &store, qint64 assetId, QString *error)
{
    GoldStore gold(store);
    const std::optional<GoldReference> reference = gold.reference(assetId);
    if (!reference) {
        *error = GoldText::tr("asset %1 is not gold").arg(assetId);
        return false;
    }
    QList<Annotation> back = annotationsOf(*reference);
    QList<qint64> current;
    for (const Annotation &a : store.annotations(assetId))
        current.append(a.id);
    for (Annotation &a : back) {
        a.id = 0;
        a.assetId = assetId;
    }
    ProjectStore::Transaction transaction(store);
    if (!store.removeAnnotations(current) || !store.addAnnotations(back) || !gold.remove(assetId)
        || !transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

double compare(const QList<Annotation> &ref, const QList<Annotation> &made)
{
    // One figure per kind of work present in the reference, averaged.
    QList<double> parts;
    QList<Agreement::LabelledBox> refBoxes;
    QList<Agreement::LabelledBox> madeBoxes;
    QList<Agreement::LabelledSpan> refSpans;
    QList<Agreement::LabelledSpan> madeSpans;
    QSet<qint64> refClasses;
    QSet<qint64> madeClasses;
    QJsonValue refChoice(QJsonValue::Undefined);
    QJsonValue madeChoice(QJsonValue::Undefined);
    auto sort = [&](const QList<Annotation> &list, QList<Agreement::LabelledBox> &boxes,
                    QList<Agreement::LabelledSpan> &spans, QSet<qint64> &classes,
                    QJsonValue &choice) {
        for (const Annotation &a : list) {
            if (ShapeGeometry::isShape(a.kind) && a.kind != AnnotationKind::Tag)
                boxes.append({QString::number(a.labelId), ShapeGeometry::boundingRect(a)});
            else if (a.kind == AnnotationKind::Span)
                spans.append({QString::number(a.labelId), a.start, a.end});
            else if (a.kind == AnnotationKind::Tag || a.kind == AnnotationKind::Classification)
                classes.insert(a.labelId);
            else if (a.kind == AnnotationKind::Preference)
                choice = a.data.value(QStringLiteral("choice"));
        }
    };
    sort(ref, refBoxes, refSpans, refClasses, refChoice);
    sort(made, madeBoxes, madeSpans, madeClasses, madeChoice);
    if (!refBoxes.isEmpty())
        parts.append(Agreement::boxMatch(refBoxes, madeBoxes, 0.5).f1());
    if (!refSpans.isEmpty())
        parts.append(Agreement::spanMatch(refSpans, madeSpans).f1());
    if (!refClasses.isEmpty()) {
        const QSet<qint64> both = QSet<qint64>(refClasses).intersect(madeClasses);
        const QSet<qint64> either = QSet<qint64>(refClasses).unite(madeClasses);
        parts.append(double(both.size()) / either.size());
    }
    if (!refChoice.isUndefined())
        parts.append(refChoice == madeChoice ? 1.0 : 0.0);
    if (parts.isEmpty())
        return 0;
    double sum = 0;
    for (double p : parts)
        sum += p;
    return sum / parts.size();
}

std::optional<Score> score(ProjectStore &store, qint64 assetId)
{
    const std::optional<GoldReference> reference = GoldStore(store).reference(assetId);
    if (!reference)
        return std::nullopt;
    QList<Annotation> made;
    QHash<QString, int> authors;
    for (const Annotation &a : store.annotations(assetId)) {
        if (isProposal(a))
            continue;
        made.append(a);
        ++authors[a.provenance.author];
    }
    if (made.isEmpty())
        return std::nullopt;
    QString annotator;
    int most = 0;
    for (auto it = authors.cbegin(); it != authors.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            annotator = it.key();
        }
    const QList<Annotation> ref = annotationsOf(*reference);
    return Score{assetId, annotator, compare(ref, made), int(ref.size()), int(made.size())};
}

QList<Score> scoreAll(ProjectStore &store)
{
    QList<Score> out;
    LayerStore layers(store);
    GoldStore gold(store);
    // On a server, gold handed to several logins holds each one's work in the main annotations
    // until consensus collects it: scored per login, not as one.
    const QMap<qint64, QStringList> shared = ServerExtras::sharedAssignments(store);
    for (qint64 id : gold.assets()) {
        if (shared.contains(id)) {
            const std::optional<GoldReference> reference = gold.reference(id);
            if (!reference)
                continue;
            QMap<QString, QList<Annotation>> byLogin;
            for (const Annotation &a : store.annotations(id))
                if (!isProposal(a) && shared[id].contains(a.provenance.author))
                    byLogin[a.provenance.author].append(a);
            const QList<Annotation> ref = annotationsOf(*reference);
            for (auto it = byLogin.cbegin(); it != byLogin.cend(); ++it)
                out.append(Score{id, it.key(), compare(ref, it.value()), int(ref.size()),
                                 int(it->size())});
        } else if (const std::optional<Score> s = score(store, id)) {
            out.append(*s);
        }
        // Gold handed to several annotators (a team split) comes back in their layers: each is
        // scored on its own, under the layer's name.
        const QMap<QString, QList<Annotation>> byLayer = layers.layers(id);
        if (byLayer.isEmpty())
            continue;
        const std::optional<GoldReference> reference = gold.reference(id);
        if (!reference)
            continue;
        const QList<Annotation> ref = annotationsOf(*reference);
        for (auto it = byLayer.cbegin(); it != byLayer.cend(); ++it)
            out.append(Score{id, it.key(), compare(ref, it.value()), int(ref.size()),
                             int(it->size())});
    }
    return out;
}

} // namespace Tessera::Gold
