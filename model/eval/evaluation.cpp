// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "evaluation.h"

#include "core/shapegeometry.h"
#include "formats/datasetprobe.h"
#include "formats/format.h"
#include "formats/memorydataset.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace Tessera::Evaluator {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Evaluator".
struct EvaluatorText
{
    Q_DECLARE_TR_FUNCTIONS(Evaluator)
};

using Key = std::pair<qint64, qint64>; // asset, label

/**
 * COCO's greedy matching of one image and class: predictions by falling score each take the
 * unmatched reference they overlap most, if by at least t. Returns, per prediction (in the
 * order given), the index of its reference or -1; *matchedRefs marks the references taken.
 */
QList<int> match(const QList<const EvalBox *> &refs, const QList<const EvalBox *> &preds, double t,
                 QList<bool> *matchedRefs)
{
    QList<int> result(preds.size(), -1);
    matchedRefs->fill(false, refs.size());
    for (int p = 0; p < preds.size(); ++p) {
        double best = t;
        int bestRef = -1;
        for (int r = 0; r < refs.size(); ++r) {
            if ((*matchedRefs)[r])
                continue;
            const double overlap = ShapeGeometry::iou(refs[r]->box, preds[p]->box);
            if (overlap >= best) {
                best = overlap;
                bestRef = r;
            }
        }
        if (bestRef >= 0) {
            (*matchedRefs)[bestRef] = true;
            result[p] = bestRef;
        }
    }
    return result;
}

/** The 101-point interpolated AP of one class, from (score, true positive) and the reference count.
 */
double averagePrecision(QList<std::pair<double, bool>> scored, int references, PrCurve *curve)
{
    if (references == 0)
        return -1;
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<double> recall;
    QList<double> precision;
    int tp = 0;
    int fp = 0;
    for (const auto &[score, hit] : std::as_const(scored)) {
        (hit ? tp : fp) += 1;
        recall.append(double(tp) / references);
        precision.append(double(tp) / (tp + fp));
    }
    if (curve)
        *curve = {recall, precision};
    // The envelope: precision at a recall is the best precision at that recall or beyond.
    for (qsizetype i = precision.size() - 1; i > 0; --i)
        precision[i - 1] = std::max(precision[i - 1], precision[i]);
    double sum = 0;
    for (int k = 0; k <= 100; ++k) {
        const double r = k / 100.0;
        const auto it = std::lower_bound(recall.cbegin(), recall.cend(), r - 1e-12);
        if (it != recall.cend())
            sum += precision[it - recall.cbegin()];
    }
    return sum / 101;
}

} // namespace

Evaluation evaluate(const QList<EvalBox> &references, const QList<EvalBox> &predictions,
                    double scoreThreshold, int maxDets)
{
    Evaluation e;
    QMap<Key, QList<const EvalBox *>> refs;
    QMap<Key, QList<const EvalBox *>> preds;
    QSet<qint64> classes;
    for (const EvalBox &r : references) {
        refs[{r.assetId, r.labelId}].append(&r);
        classes.insert(r.labelId);
        ++e.references[r.labelId];
    }
    for (const EvalBox &p : predictions) {
        preds[{p.assetId, p.labelId}].append(&p);
        classes.insert(p.labelId);
    }
    for (auto &list : preds) {
        std::stable_sort(list.begin(), list.end(),
                         [](const EvalBox *a, const EvalBox *b) { return a->score > b->score; });
        if (list.size() > maxDets)
            list.resize(maxDets);
    }
    QList<qint64> sortedClasses(classes.cbegin(), classes.cend());
    std::sort(sortedClasses.begin(), sortedClasses.end());
    QMap<qint64, double> sums;
    QMap<qint64, double> ap75;
    for (int step = 0; step < 10; ++step) {
        const double t = 0.5 + 0.05 * step;
        QMap<qint64, QList<std::pair<double, bool>>> scored;
        for (auto it = preds.cbegin(); it != preds.cend(); ++it) {
            QList<bool> taken;
            const QList<int> m = match(refs.value(it.key()), it.value(), t, &taken);
            for (int p = 0; p < it.value().size(); ++p)
                scored[it.key().second].append({it.value()[p]->score, m[p] >= 0});
        }
        for (qint64 c : std::as_const(sortedClasses)) {
            PrCurve curve;
            const double ap = averagePrecision(scored.value(c), e.references.value(c),
                                               step == 0 ? &curve : nullptr);
            if (ap < 0)
                continue;
            sums[c] += ap;
            if (step == 0) {
                e.ap50PerClass[c] = ap;
                e.curves[c] = curve;
            }
            if (step == 5)
                ap75[c] = ap;
        }
    }
    auto mean = [](const QList<double> &values) {
        return values.isEmpty()
                       ? -1.0
                       : std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
    };
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        e.apPerClass[it.key()] = it.value() / 10;
    e.ap = mean(e.apPerClass.values());
    e.ap50 = mean(e.ap50PerClass.values());
    e.ap75 = mean(ap75.values());

    // Mistakes at IoU 0.5 among the predictions a user would keep (score ≥ threshold).
    QList<EvalMistake> falsePositives;
    QList<EvalMistake> falseNegatives;
    QSet<Key> keys;
    for (auto it = refs.cbegin(); it != refs.cend(); ++it)
        keys.insert(it.key());
    for (auto it = preds.cbegin(); it != preds.cend(); ++it)
        keys.insert(it.key());
    for (const Key &k : std::as_const(keys)) {
        QList<const EvalBox *> kept;
        for (const EvalBox *p : preds.value(k))
            if (p->score >= scoreThreshold)
                kept.append(p);
        QList<bool> taken;
        const QList<const EvalBox *> r = refs.value(k);
        const QList<int> m = match(r, kept, 0.5, &taken);
        for (int p = 0; p < kept.size(); ++p)
            if (m[p] < 0)
                falsePositives.append({*kept[p], true});
        for (int i = 0; i < r.size(); ++i)
            if (!taken[i])
                falseNegatives.append({*r[i], false});
    }
    std::stable_sort(
            falsePositives.begin(), falsePositives.end(),
            [](const EvalMistake &a, const EvalMistake &b) { return a.box.score > b.box.score; });
    e.mistakes = falsePositives + falseNegatives;

    // Confusion: any class may match any class; the better overlap wins.
    QMap<qint64, QList<const EvalBox *>> refsByAsset;
    QMap<qint64, QList<const EvalBox *>> predsByAsset;
    for (const EvalBox &r : references)
        refsByAsset[r.assetId].append(&r);
    for (const EvalBox &p : predictions)
        if (p.score >= scoreThreshold)
            predsByAsset[p.assetId].append(&p);
    QSet<qint64> assets;
    for (auto it = refsByAsset.cbegin(); it != refsByAsset.cend(); ++it)
        assets.insert(it.key());
    for (auto it = predsByAsset.cbegin(); it != predsByAsset.cend(); ++it)
        assets.insert(it.key());
    for (qint64 asset : std::as_const(assets)) {
        QList<const EvalBox *> p = predsByAsset.value(asset);
        std::stable_sort(p.begin(), p.end(),
                         [](const EvalBox *a, const EvalBox *b) { return a->score > b->score; });
        const QList<const EvalBox *> r = refsByAsset.value(asset);
        QList<bool> taken;
        const QList<int> m = match(r, p, 0.5, &taken);
        for (int i = 0; i < p.size(); ++i)
            ++e.confusion[m[i] >= 0 ? r[m[i]]->labelId : 0][p[i]->labelId];
        for (int i = 0; i < r.size(); ++i)
            if (!taken[i])
                ++e.confusion[r[i]->labelId][0];
    }
    return e;
}

QList<EvalBox> references(ProjectStore &store)
{
    QList<EvalBox> out;
    store.forEachAnnotation([&out](const Annotation &a) {
        if (!isProposal(a) && ShapeGeometry::isArea(a.kind) && a.labelId)
            out.append({a.assetId, a.labelId, ShapeGeometry::boundingRect(a), 1});
        return true;
    });
    return out;
}

QList<EvalBox> proposals(ProjectStore &store, const QString &model)
{
    QList<EvalBox> out;
    store.forEachAnnotation([&](const Annotation &a) {
        if (isProposal(a) && ShapeGeometry::isArea(a.kind) && a.labelId
            && (model.isEmpty() || a.provenance.modelId == model))
            out.append({a.assetId, a.labelId, ShapeGeometry::boundingRect(a),
                        a.provenance.score.value_or(1)});
        return true;
    });
    return out;
}

namespace {

/** The project's images as its asset list has them (name and size), a page at a time. */
QList<Asset> projectImages(ProjectStore &store)
{
    QList<Asset> all;
    const AssetFilter images{.kind = AssetKind::Image};
    for (qint64 after = 0;;) {
        const QList<Asset> page = store.assetPage(images, after, 2000);
        if (page.isEmpty())
            return all;
        after = page.constLast().id;
        all += page;
    }
}

/**
 * Predictions given as a dataset another tool wrote (a COCO file with scores, a labelme folder,
 * …): read by the format's codec into memory, then placed on the project's images by file name
 * (else by stem) and on its labels by name. Boxes are the extents of area shapes; the score is
 * the one the file gives (1 without). Images the project does not have are passed over.
 */
std::optional<QList<EvalBox>> readDataset(ProjectStore &store, const QString &formatName,
                                          const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<Format> format = FormatRegistry::make(formatName);
    MemoryDataset read;
    FormatReport report;
    if (!format || !format->readData(read, path, report, {})) {
        *error = format ? format->errorString() : formatName;
        return std::nullopt;
    }
    QHash<QString, qint64> byName, byStem;
    for (const Asset &a : projectImages(store)) {
        byName.insert(QFileInfo(a.name).fileName(), a.id);
        byStem.insert(QFileInfo(a.name).completeBaseName(), a.id);
    }
    QHash<qint64, qint64> assetOf; // dataset asset -> project asset
    for (const Asset &a : read.assets()) {
        const QString name = QFileInfo(a.name.isEmpty() ? a.path : a.name).fileName();
        const qint64 id = byName.value(name, byStem.value(QFileInfo(name).completeBaseName()));
        if (id)
            assetOf.insert(a.id, id);
    }
    if (assetOf.isEmpty() && !read.assets().isEmpty()) {
        *error = EvaluatorText::tr("%1: none of its %2 image(s) is in the project (matched by "
                                   "file name)")
                         .arg(shown)
                         .arg(read.assets().size());
        return std::nullopt;
    }
    QHash<qint64, qint64> labelOf; // dataset label -> project label
    for (const Label &l : read.labels()) {
        const std::optional<Label> mine = store.labelByName(l.name);
        if (!mine) {
            *error = EvaluatorText::tr("%1: class \"%2\" is not a label of the project")
                             .arg(shown, l.name);
            return std::nullopt;
        }
        labelOf.insert(l.id, mine->id);
    }
    QList<EvalBox> out;
    for (const Annotation &a : read.annotations()) {
        const qint64 asset = assetOf.value(a.assetId);
        if (!asset || !a.labelId || !ShapeGeometry::isArea(a.kind))
            continue;
        out.append({asset, labelOf.value(a.labelId), ShapeGeometry::boundingRect(a),
                    a.provenance.score.value_or(1.0)});
    }
    return out;
}

/** The codec of a predictions file or folder that is a dataset; empty when it is none. */
QString datasetFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        // A YOLO folder is read as YOLO predictions (a score after the box), not as a dataset.
        const std::optional<DatasetProbe::Found> found = DatasetProbe::find(path);
        return found && found->format != QLatin1String("yolo") ? found->format : QString();
    }
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
        return QString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray head = f.read(1 << 16).trimmed();
    if (!head.startsWith('{'))
        return QString(); // COCO results: a list
    if (head.contains("\"shapes\""))
        return QStringLiteral("labelme");
    if (head.contains("\"images\""))
        return QStringLiteral("coco");
    return QString();
}

} // namespace

std::optional<QList<EvalBox>> readPredictions(ProjectStore &store, const QString &path,
                                              QString *error)
{
    if (const QString format = datasetFormat(path); !format.isEmpty())
        return readDataset(store, format, path, error);
    const QString shown = QDir::toNativeSeparators(path);
    QHash<int, qint64> labelByOrder; // class id = label order (YOLO), category id = order + 1
    for (const Label &l : store.labels())
        labelByOrder.insert(l.sortOrder, l.id);
    QList<EvalBox> out;
    if (QFileInfo(path).isDir()) {
        QHash<QString, Asset> byStem;
        for (const Asset &a : projectImages(store))
            byStem.insert(QFileInfo(a.name).completeBaseName(), a);
        QDirIterator it(path, {QStringLiteral("*.txt")}, QDir::Files);
        while (it.hasNext()) {
            const QString file = it.next();
            const auto found = byStem.constFind(QFileInfo(file).completeBaseName());
            if (found == byStem.cend())
                continue; // e.g. classes.txt, or images not in the project
            const Asset *asset = &found.value();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = EvaluatorText::tr("%1: %2").arg(QDir::toNativeSeparators(file),
                                                         f.errorString());
                return std::nullopt;
            }
            int line = 0;
            for (const QByteArray &raw : f.readAll().split('\n')) {
                ++line;
                const QList<QByteArray> v = raw.simplified().split(' ');
                if (raw.trimmed().isEmpty())
                    continue;
                bool ok = v.size() == 6;
                double n[6] = {};
                for (int i = 0; ok && i < 6; ++i)
                    n[i] = v[i].toDouble(&ok);
                if (!ok || !labelByOrder.contains(int(n[0]))) {
                    *error = EvaluatorText::tr(
                                     "%1:%2: expected \"class cx cy w h score\" with a known class")
                                     .arg(QDir::toNativeSeparators(file))
                                     .arg(line);
                    return std::nullopt;
                }
                const double w = n[3] * asset->width;
                const double h = n[4] * asset->height;
                out.append({asset->id, labelByOrder.value(int(n[0])),
                            QRectF(n[1] * asset->width - w / 2, n[2] * asset->height - h / 2, w, h),
                            n[5]});
            }
        }
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = EvaluatorText::tr("%1: %2").arg(shown, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = parseError.error != QJsonParseError::NoError
                         ? EvaluatorText::tr("%1: not JSON (%2 at offset %3)")
                                   .arg(shown, parseError.errorString())
                                   .arg(parseError.offset)
                         : EvaluatorText::tr("%1: COCO results are a JSON array").arg(shown);
        return std::nullopt;
    }
    const QJsonArray results = doc.array();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results[i].toObject();
        const QJsonArray bbox = r.value(QStringLiteral("bbox")).toArray();
        const qint64 asset = r.value(QStringLiteral("image_id")).toInteger(-1);
        const int category = int(r.value(QStringLiteral("category_id")).toInteger(-1));
        if (bbox.size() != 4 || !r.value(QStringLiteral("score")).isDouble()
            || !labelByOrder.contains(category - 1) || !store.asset(asset)) {
            *error = EvaluatorText::tr("%1: result %2 needs image_id (an asset), category_id "
                                       "(label order + 1), "
                                       "bbox [x, y, w, h] and score")
                             .arg(shown)
                             .arg(i);
            return std::nullopt;
        }
        out.append({asset, labelByOrder.value(category - 1),
                    QRectF(bbox[0].toDouble(), bbox[1].toDouble(), bbox[2].toDouble(),
                           bbox[3].toDouble()),
                    r.value(QStringLiteral("score")).toDouble()});
    }
    return out;
}

} // namespace Tessera::Evaluator
