// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "consensus.h"

#include "agreement.h"
#include "core/shapegeometry.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "store/serverextras.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Tessera::Consensus {

namespace {

bool isClass(AnnotationKind kind)
{
    return kind == AnnotationKind::Classification || kind == AnnotationKind::Tag;
}

// A comparison's verdict as text, so that verdicts compare by value whatever their JSON type.
QString verdictOf(const QList<Annotation> &layer)
{
    for (const Annotation &a : layer)
        if (a.kind == AnnotationKind::Preference) {
            const QJsonValue choice = a.data.value(QLatin1String("choice"));
            if (choice.isUndefined() || choice.isNull())
                return QString();
            return QString::fromUtf8(
                    QJsonDocument(QJsonArray{choice}).toJson(QJsonDocument::Compact));
        }
    return QString();
}

// The categories one layer gives a document or image: its classes and tags, sorted.
QString categoryOf(const QList<Annotation> &layer)
{
    QList<qint64> ids;
    for (const Annotation &a : layer)
        if (isClass(a.kind))
            ids.append(a.labelId);
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char('+'));
}

Annotation proposalFrom(Annotation a, const QStringList &who, int layers, const Options &options)
{
    a.id = 0;
    a.sourceId = a.targetId = 0;
    a.data.remove(QLatin1String("accepted"));
    a.data.insert(QStringLiteral("consensus"), QJsonArray::fromStringList(who));
    a.provenance = {};
    a.provenance.origin = Origin::Prelabel;
    a.provenance.modelId = modelId();
    a.provenance.modelVersion
            = QStringLiteral("quorum %1, IoU %2").arg(options.quorum).arg(options.minIou);
    a.provenance.score = double(who.size()) / layers;
    return a;
}

struct Member
{
    QString layer;
    const Annotation *annotation;
    QRectF bounds;
};

// Clusters the shapes of one label and kind across layers: each layer in turn joins its shapes to
// the clusters they overlap most (best pairs first, one shape per layer and cluster).
QList<QList<Member>> cluster(const QMap<QString, QList<const Annotation *>> &byLayer, double minIou)
{
    QList<QList<Member>> clusters;
    for (auto it = byLayer.cbegin(); it != byLayer.cend(); ++it) {
        struct Pair
        {
            double iou;
            qsizetype shape;
            qsizetype cluster;
        };
        QList<Pair> pairs;
        QList<QRectF> bounds;
        for (const Annotation *a : it.value())
            bounds.append(ShapeGeometry::boundingRect(*a));
        for (qsizetype s = 0; s < bounds.size(); ++s)
            for (qsizetype c = 0; c < clusters.size(); ++c) {
                const double v = ShapeGeometry::iou(bounds[s], clusters[c].constFirst().bounds);
                if (v >= minIou)
                    pairs.append({v, s, c});
            }
        std::sort(pairs.begin(), pairs.end(),
                  [](const Pair &a, const Pair &b) { return a.iou > b.iou; });
        QSet<qsizetype> usedShapes, usedClusters;
        for (const Pair &p : std::as_const(pairs)) {
            if (usedShapes.contains(p.shape) || usedClusters.contains(p.cluster))
                continue;
            usedShapes.insert(p.shape);
            usedClusters.insert(p.cluster);
            clusters[p.cluster].append({it.key(), it.value()[p.shape], bounds[p.shape]});
        }
        for (qsizetype s = 0; s < bounds.size(); ++s)
            if (!usedShapes.contains(s))
                clusters.append({{it.key(), it.value()[s], bounds[s]}});
    }
    return clusters;
}

Annotation merged(const QList<Member> &members)
{
    // A box: the mean of the corners (and of the rotation); anything else: the member that
    // overlaps the others most, since averaging polygons with different vertices means nothing.
    const Annotation &first = *members.constFirst().annotation;
    if ((first.kind == AnnotationKind::Box || first.kind == AnnotationKind::Ellipse
         || first.kind == AnnotationKind::RotatedBox)
        && first.points.size() == 2) {
        Annotation mean = first;
        QPointF a, b;
        double rotation = 0;
        for (const Member &m : members) {
            a += m.annotation->points.value(0);
            b += m.annotation->points.value(1);
            rotation += m.annotation->rotation;
        }
        const double n = members.size();
        mean.points = {a / n, b / n};
        mean.rotation = rotation / n;
        return mean;
    }
    qsizetype best = 0;
    double bestSum = -1;
    for (qsizetype i = 0; i < members.size(); ++i) {
        double sum = 0;
        for (qsizetype j = 0; j < members.size(); ++j)
            if (i != j)
                sum += ShapeGeometry::iou(members[i].bounds, members[j].bounds);
        if (sum > bestSum) {
            bestSum = sum;
            best = i;
        }
    }
    return *members[best].annotation;
}

// On a server, overlap work is in the main annotations of a shared asset, each signed by the
// login assigned to it (ServerExtras' rights keep them blind to each other): login -> its
// annotations, proposals left out.
QMap<QString, QList<Annotation>> workInMain(ProjectStore &store, qint64 assetId,
                                            const QStringList &logins)
{
    QMap<QString, QList<Annotation>> out;
    for (const Annotation &a : store.annotations(assetId))
        if (!isProposal(a) && logins.contains(a.provenance.author))
            out[a.provenance.author].append(a);
    return out;
}

} // namespace

int collectSharedWork(ProjectStore &store, QString *error)
{
    const QMap<qint64, QStringList> shared = ServerExtras::sharedAssignments(store);
    if (shared.isEmpty())
        return 0;
    LayerStore layers(store);
    ProjectStore::Transaction t(store);
    int moved = 0;
    for (auto it = shared.cbegin(); t.ok() && it != shared.cend(); ++it) {
        const QMap<QString, QList<Annotation>> work = workInMain(store, it.key(), it.value());
        const QMap<QString, QList<Annotation>> collected
                = work.isEmpty() ? QMap<QString, QList<Annotation>>() : layers.layers(it.key());
        for (auto w = work.cbegin(); w != work.cend(); ++w) {
            QList<qint64> ids;
            for (const Annotation &a : w.value())
                ids.append(a.id);
            // Work collected by an earlier run stays in the layer, the new joins it.
            if (!layers.setLayer(it.key(), w.key(), collected.value(w.key()) + w.value())
                || !store.removeAnnotations(ids)) {
                *error = store.errorString();
                return -1;
            }
            moved += int(ids.size());
        }
    }
    if (!t.ok() || !t.commit()) {
        *error = store.errorString();
        return -1;
    }
    return moved;
}

QString modelId()
{
    return QStringLiteral("consensus");
}

Outcome build(const QMap<QString, QList<Annotation>> &layers, const Options &options)
{
    Outcome out;
    const int layerCount = int(layers.size());
    const int quorum = std::max(1, options.quorum);

    // Shapes, grouped by (label, kind).
    QMap<QPair<qint64, int>, QMap<QString, QList<const Annotation *>>> shapes;
    // Spans, classes and tags by what they are; the layers that made each.
    QMap<QString, QPair<const Annotation *, QStringList>> keyed;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        QSet<QString> seen; // a layer votes once for each key
        for (const Annotation &a : it.value()) {
            if (ShapeGeometry::isShape(a.kind)) {
                shapes[{a.labelId, int(a.kind)}][it.key()].append(&a);
                continue;
            }
            QString key;
            if (a.kind == AnnotationKind::Span)
                key = QStringLiteral("span %1 %2 %3").arg(a.labelId).arg(a.start).arg(a.end);
            else if (isClass(a.kind))
                key = QStringLiteral("class %1 %2").arg(int(a.kind)).arg(a.labelId);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            auto &entry = keyed[key];
            if (!entry.first)
                entry.first = &a;
            entry.second.append(it.key());
        }
    }
    for (auto it = shapes.cbegin(); it != shapes.cend(); ++it) {
        for (const QList<Member> &c : cluster(it.value(), options.minIou)) {
            if (c.size() < quorum) {
                ++out.disputed;
                continue;
            }
            QStringList who;
            for (const Member &m : c)
                who.append(m.layer);
            out.annotations.append(proposalFrom(merged(c), who, layerCount, options));
            ++out.agreed;
        }
    }
    for (auto it = keyed.cbegin(); it != keyed.cend(); ++it) {
        if (it->second.size() < quorum) {
            ++out.disputed;
            continue;
        }
        out.annotations.append(proposalFrom(*it->first, it->second, layerCount, options));
        ++out.agreed;
    }
    // The verdict of a comparison: the choice most layers made, if enough made it.
    QMap<QString, QStringList> verdicts;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        const QString v = verdictOf(it.value());
        if (!v.isEmpty())
            verdicts[v].append(it.key());
    }
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        if (it->size() < quorum) {
            ++out.disputed;
            continue;
        }
        const QJsonValue choice = QJsonDocument::fromJson(it.key().toUtf8()).array().at(0);
        Annotation judgement{.kind = AnnotationKind::Preference,
                             .data = {{QStringLiteral("choice"), choice}}};
        out.annotations.append(proposalFrom(judgement, it.value(), layerCount, options));
        ++out.agreed;
    }
    return out;
}

bool apply(ProjectStore &store, const Options &options, Summary *summary, QString *error,
           const JobControl &control)
{
    // Collected and built in one transaction: a canceled or failed build puts the work back.
    ProjectStore::Transaction collect(store);
    if (!collect.ok()) {
        *error = store.errorString();
        return false;
    }
    if (collectSharedWork(store, error) < 0)
        return false;
    LayerStore layers(store);
    const QList<qint64> assets = layers.assets();
    ProjectStore::Transaction t(store);
    if (!t.ok()) {
        *error = store.errorString();
        return false;
    }
    Summary s;
    qint64 done = 0;
    for (qint64 assetId : assets) {
        if (control.canceled()) {
            *error = QStringLiteral("Canceled: nothing was changed");
            return false;
        }
        const Outcome outcome = build(layers.layers(assetId), options);
        QList<qint64> stale;
        for (const Annotation &a : store.annotations(assetId))
            if (isProposal(a) && a.provenance.modelId == modelId())
                stale.append(a.id);
        QList<Annotation> fresh = outcome.annotations;
        for (Annotation &a : fresh)
            a.assetId = assetId;
        if (!store.removeAnnotations(stale)
            || !store.addAnnotations(fresh, ProjectStore::AuditDetail::Summary)) {
            *error = store.errorString();
            return false;
        }
        ++s.assets;
        s.proposals += int(fresh.size());
        s.disputed += outcome.disputed;
        control.report(++done, assets.size());
    }
    if (!t.commit() || !collect.commit()) {
        *error = store.errorString();
        return false;
    }
    if (summary)
        *summary = s;
    return true;
}

double AnnotatorAgreement::overall() const
{
    double sum = 0;
    int n = 0;
    for (double v : {shapeF1, spanF1, classKappa, preferenceRate})
        if (v >= 0) {
            sum += v;
            ++n;
        }
    return n ? sum / n : -1;
}

AgreementReport agreement(ProjectStore &store, double minIou)
{
    QMap<qint64, QMap<QString, QList<Annotation>>> assets;
    LayerStore(store).forEach([&](const QString &layer, const Annotation &a) {
        assets[a.assetId][layer].append(a);
        return true;
    });
    // On a server, the overlap work not collected yet counts too.
    const QMap<qint64, QStringList> shared = ServerExtras::sharedAssignments(store);
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        const QMap<QString, QList<Annotation>> work = workInMain(store, it.key(), it.value());
        for (auto w = work.cbegin(); w != work.cend(); ++w)
            if (!assets[it.key()].contains(w.key()))
                assets[it.key()].insert(w.key(), w.value());
    }
    return agreement(assets, minIou);
}

AgreementReport agreement(const QMap<qint64, QMap<QString, QList<Annotation>>> &assets,
                          double minIou)
{
    AgreementReport report;
    QSet<QString> names;
    for (const auto &layers : assets)
        for (auto it = layers.cbegin(); it != layers.cend(); ++it)
            names.insert(it.key());
    report.annotators = QStringList(names.cbegin(), names.cend());
    std::sort(report.annotators.begin(), report.annotators.end());
    const qsizetype n = report.annotators.size();
    auto indexOf = [&](const QString &name) {
        return report.annotators.indexOf(name);
    };

    // Pairwise tallies, [i][j] with i < j.
    struct PairTally
    {
        Agreement::Score shapes, spans;
        bool hasShapes = false, hasSpans = false;
        QList<QString> classesA, classesB, verdictsA, verdictsB;
    };
    QList<QList<PairTally>> pairs(n, QList<PairTally>(n));
    QList<int> assetCount(n, 0);
    QList<QList<QString>> classUnits;
    QList<QMap<QString, int>> classCounts;

    for (const auto &layers : assets) {
        if (layers.size() < 2)
            continue;
        ++report.assets;
        QList<qsizetype> present;
        QList<QList<Agreement::LabelledBox>> boxes;
        QList<QList<Agreement::LabelledSpan>> spans;
        QList<QString> categories, verdicts;
        bool anyClass = false;
        for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
            present.append(indexOf(it.key()));
            ++assetCount[present.constLast()];
            QList<Agreement::LabelledBox> b;
            QList<Agreement::LabelledSpan> s;
            for (const Annotation &a : it.value()) {
                if (ShapeGeometry::isShape(a.kind))
                    b.append({QString::number(a.labelId), ShapeGeometry::boundingRect(a)});
                else if (a.kind == AnnotationKind::Span)
                    s.append({QString::number(a.labelId), a.start, a.end});
                else if (isClass(a.kind))
                    anyClass = true;
            }
            boxes.append(b);
            spans.append(s);
            categories.append(categoryOf(it.value()));
            verdicts.append(verdictOf(it.value()));
        }
        if (anyClass) {
            classUnits.append(categories);
            if (layers.size() == n) {
                QMap<QString, int> counts;
                for (const QString &c : std::as_const(categories))
                    ++counts[c];
                classCounts.append(counts);
            }
        }
        for (qsizetype x = 0; x < present.size(); ++x)
            for (qsizetype y = x + 1; y < present.size(); ++y) {
                // Layers come in name order, as do annotators: present[x] < present[y].
                PairTally &p = pairs[present[x]][present[y]];
                if (!boxes[x].isEmpty() || !boxes[y].isEmpty()) {
                    const Agreement::Score s = Agreement::boxMatch(boxes[x], boxes[y], minIou);
                    p.shapes.matched += s.matched;
                    p.shapes.reference += s.reference;
                    p.shapes.predicted += s.predicted;
                    p.hasShapes = true;
                }
                if (!spans[x].isEmpty() || !spans[y].isEmpty()) {
                    const Agreement::Score s = Agreement::spanMatch(spans[x], spans[y]);
                    p.spans.matched += s.matched;
                    p.spans.reference += s.reference;
                    p.spans.predicted += s.predicted;
                    p.hasSpans = true;
                }
                if (anyClass) {
                    p.classesA.append(categories[x]);
                    p.classesB.append(categories[y]);
                }
                if (!verdicts[x].isEmpty() && !verdicts[y].isEmpty()) {
                    p.verdictsA.append(verdicts[x]);
                    p.verdictsB.append(verdicts[y]);
                }
            }
    }
    report.fleissKappa = Agreement::fleissKappa(classCounts);
    report.krippendorffAlpha = Agreement::krippendorffAlpha(classUnits);

    // Pooled over all pairs, and per annotator as the mean over their partners.
    Agreement::Score allShapes, allSpans;
    int verdictSame = 0, verdictAll = 0;
    struct Sums
    {
        double shape = 0, span = 0, kappa = 0, rate = 0;
        int shapes = 0, spans = 0, kappas = 0, rates = 0;
    };
    QList<Sums> sums(n);
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i + 1; j < n; ++j) {
            const PairTally &p = pairs[i][j];
            auto add = [&](auto member, auto count, double value) {
                for (qsizetype k : {i, j}) {
                    sums[k].*member += value;
                    ++(sums[k].*count);
                }
            };
            if (p.hasShapes) {
                allShapes.matched += p.shapes.matched;
                allShapes.reference += p.shapes.reference;
                allShapes.predicted += p.shapes.predicted;
                add(&Sums::shape, &Sums::shapes, p.shapes.f1());
            }
            if (p.hasSpans) {
                allSpans.matched += p.spans.matched;
                allSpans.reference += p.spans.reference;
                allSpans.predicted += p.spans.predicted;
                add(&Sums::span, &Sums::spans, p.spans.f1());
            }
            if (const auto kappa = Agreement::cohenKappa(p.classesA, p.classesB))
                add(&Sums::kappa, &Sums::kappas, *kappa);
            if (const auto rate = Agreement::agreementRate(p.verdictsA, p.verdictsB)) {
                add(&Sums::rate, &Sums::rates, *rate);
                verdictAll += int(p.verdictsA.size());
                verdictSame += int(std::round(*rate * p.verdictsA.size()));
            }
        }
    if (allShapes.reference + allShapes.predicted)
        report.shapeF1 = allShapes.f1();
    if (allSpans.reference + allSpans.predicted)
        report.spanF1 = allSpans.f1();
    if (verdictAll)
        report.preferenceRate = double(verdictSame) / verdictAll;
    for (qsizetype k = 0; k < n; ++k) {
        AnnotatorAgreement a{.name = report.annotators[k], .assets = assetCount[k]};
        const Sums &s = sums[k];
        if (s.shapes)
            a.shapeF1 = s.shape / s.shapes;
        if (s.spans)
            a.spanF1 = s.span / s.spans;
        if (s.kappas)
            a.classKappa = s.kappa / s.kappas;
        if (s.rates)
            a.preferenceRate = s.rate / s.rates;
        report.perAnnotator.append(a);
    }
    return report;
}

} // namespace Tessera::Consensus
