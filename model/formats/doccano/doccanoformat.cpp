// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "doccanoformat.h"

#include "core/textoffsets.h"
#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Tessera {

namespace {

using FormatSupport::firstLine;
using FormatSupport::key;

// Texts filed by lupdate under, and looked up in, the context "DoccanoFormat".
struct DoccanoFormatText
{
    Q_DECLARE_TR_FUNCTIONS(DoccanoFormat)
};

struct PendingSpan
{
    qint64 start = 0;
    qint64 end = 0;
    QString label;
    QJsonValue id; // doccano's entity id, for relations
};

// Reads [start, end, "label"] triples or {start_offset, end_offset, label, id} objects.
bool readSpans(const QJsonArray &list, qint64 length, QList<PendingSpan> *spans, QString *why)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        PendingSpan s;
        QJsonValue start, end, label;
        if (list[i].isArray()) {
            const QJsonArray t = list[i].toArray();
            start = t.at(0);
            end = t.at(1);
            label = t.at(2);
        } else if (list[i].isObject()) {
            const QJsonObject o = list[i].toObject();
            start = o.value(key("start_offset"));
            end = o.value(key("end_offset"));
            label = o.value(key("label"));
            s.id = o.value(key("id"));
        }
        if (!start.isDouble() || !end.isDouble() || !label.isString()) {
            *why = DoccanoFormatText::tr(
                           "entity %1 is not [start, end, \"label\"] or {start_offset, end_offset, "
                           "label}")
                           .arg(i);
            return false;
        }
        s.start = start.toInteger(-1);
        s.end = end.toInteger(-1);
        s.label = label.toString();
        if (s.start < 0 || s.end <= s.start || s.end > length) {
            *why = DoccanoFormatText::tr("entity %1 [%2, %3) lies outside the text's %4 characters")
                           .arg(i)
                           .arg(start.toDouble())
                           .arg(end.toDouble())
                           .arg(length);
            return false;
        }
        spans->append(s);
    }
    return true;
}

bool readNames(const QJsonArray &list, QStringList *names, QString *why)
{
    for (const QJsonValue &v : list) {
        if (!v.isString() || v.toString().isEmpty()) {
            *why = DoccanoFormatText::tr("a class is not a name");
            return false;
        }
        names->append(v.toString());
    }
    return true;
}

} // namespace

QString DoccanoFormat::displayName() const
{
    return DoccanoFormatText::tr("doccano JSONL");
}
QString DoccanoFormat::nameFilter() const
{
    return DoccanoFormatText::tr("doccano JSON Lines (*.jsonl)");
}

QSet<AnnotationKind> DoccanoFormat::writtenKinds() const
{
    return {AnnotationKind::Span, AnnotationKind::Relation, AnnotationKind::Classification};
}

bool DoccanoFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                             const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QString(), QStringLiteral("*.jsonl"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    QHash<QString, qint64> labels;
    auto labelFor = [&](const QString &name, QString *why) -> qint64 {
        if (!labels.contains(name))
            labels.insert(name,
                          sink.labelId(Label{.name = name, .kinds = TextKindFlag}, report, why));
        return labels.value(name);
    };
    QString file;
    // Annotations of records without relations are written in batches: one insert and one
    // audit entry per few thousand instead of per record.
    QList<Annotation> pending;
    auto flushPending = [&](QString *why) {
        if (pending.isEmpty())
            return true;
        if (!sink.storeAnnotations(pending, report, why))
            return false;
        report.annotations += int(pending.size());
        pending.clear();
        return true;
    };
    auto visit = [&](const QJsonObject &line, int lineNumber, QString *why) -> bool {
        if (control.canceled()) {
            *why = DoccanoFormatText::tr("import canceled: nothing was added");
            return false;
        }
        QJsonObject rest = line;
        QString text;
        bool found = false;
        for (const char *field : {"text", "column_data", "data"})
            if (!found && line.value(key(field)).isString()) {
                text = line.value(key(field)).toString();
                rest.remove(key(field));
                found = true;
            }
        if (!found) {
            *why = DoccanoFormatText::tr("no \"text\"");
            return false;
        }
        const qint64 length = TextOffsets::codePointLength(text);
        QList<PendingSpan> spans;
        QStringList classes;
        QJsonArray relations;
        for (const char *field :
             {"label", "labels", "column_label", "entities", "cats", "relations"}) {
            const QJsonValue v = rest.take(key(field));
            if (v.isUndefined() || v.isNull())
                continue;
            if (!v.isArray()) {
                *why = DoccanoFormatText::tr("\"%1\" is not a list").arg(QLatin1String(field));
                return false;
            }
            const QJsonArray list = v.toArray();
            const bool names
                    = qstrcmp(field, "cats") == 0 || (!list.isEmpty() && list.first().isString());
            if (qstrcmp(field, "relations") == 0) {
                relations = list;
            } else if (names) {
                if (!readNames(list, &classes, why))
                    return false;
            } else if (!readSpans(list, length, &spans, why)) {
                return false;
            }
        }
        Asset wanted{
                .kind = AssetKind::Text, .name = firstLine(text), .text = text, .payload = rest};
        const std::optional<Asset> asset = sink.textAsset(wanted, report, why);
        if (!asset)
            return false;
        QList<Annotation> annotations;
        QSet<QString> seen;
        QHash<qint64, qint64> spanOf; // doccano entity id -> annotation id
        for (const PendingSpan &s : std::as_const(spans)) {
            // doccano's own test data repeats a span: one copy is enough.
            const QString identity
                    = QStringLiteral("%1:%2:%3").arg(s.start).arg(s.end).arg(s.label);
            if (seen.contains(identity)) {
                report.warnings.append(
                        DoccanoFormatText::tr("%1:%2: a repeated entity [%3, %4, %5] was read once")
                                .arg(QDir::toNativeSeparators(file))
                                .arg(lineNumber)
                                .arg(s.start)
                                .arg(s.end)
                                .arg(s.label));
                continue;
            }
            seen.insert(identity);
            Annotation a{.assetId = asset->id,
                         .kind = AnnotationKind::Span,
                         .start = s.start,
                         .end = s.end};
            if (!(a.labelId = labelFor(s.label, why)))
                return false;
            if (!s.id.isUndefined())
                a.data[key("doccanoId")] = s.id;
            a.provenance.origin = Origin::Import;
            annotations.append(a);
        }
        for (const QString &name : std::as_const(classes)) {
            Annotation a{.assetId = asset->id, .kind = AnnotationKind::Classification};
            if (!(a.labelId = labelFor(name, why)))
                return false;
            a.provenance.origin = Origin::Import;
            annotations.append(a);
        }
        if (relations.isEmpty()) {
            pending.append(annotations);
            return pending.size() < 4096 || flushPending(why);
        }
        // Relations need the ids of their spans: this record is written at once.
        if (!flushPending(why))
            return false;
        if (!sink.storeAnnotations(annotations, report, why))
            return false;
        report.annotations += int(annotations.size());
        for (const Annotation &a : std::as_const(annotations))
            if (a.data.contains(key("doccanoId")))
                spanOf.insert(a.data.value(key("doccanoId")).toInteger(), a.id);
        QList<Annotation> links;
        for (qsizetype i = 0; i < relations.size(); ++i) {
            const QJsonObject r = relations[i].toObject();
            const qint64 from = spanOf.value(r.value(key("from_id")).toInteger(-1));
            const qint64 to = spanOf.value(r.value(key("to_id")).toInteger(-1));
            if (!from || !to) {
                *why = DoccanoFormatText::tr(
                               "relation %1 links entity ids that are not in \"entities\"")
                               .arg(i);
                return false;
            }
            Annotation a{.assetId = asset->id,
                         .kind = AnnotationKind::Relation,
                         .sourceId = from,
                         .targetId = to};
            if (!(a.labelId = labelFor(r.value(key("type")).toString(), why)))
                return false;
            a.provenance.origin = Origin::Import;
            links.append(a);
        }
        if (!sink.storeAnnotations(links, report, why))
            return false;
        report.annotations += int(links.size());
        return true;
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        file = files[i];
        if (!FormatSupport::forEachJsonLine(files[i], visit, &error))
            return fail(error);
        control.report(i + 1, files.size());
    }
    if (!flushPending(&error))
        return fail(error);
    return true;
}

bool DoccanoFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                              const JobControl &control)
{
    QString error;
    const QString target
            = FormatSupport::outputFile(path, key("jsonl"), key("doccano.jsonl"), &error);
    if (target.isEmpty())
        return fail(error);
    QHash<qint64, QString> names;
    for (const Label &l : source.labels())
        names.insert(l.id, l.name);
    const ProjectStats stats = source.stats();
    const bool hasSpans = stats.annotationsByKind.value(AnnotationKind::Span) > 0;
    const bool hasClasses = stats.annotationsByKind.value(AnnotationKind::Classification) > 0;
    const bool hasRelations = stats.annotationsByKind.value(AnnotationKind::Relation) > 0;

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(DoccanoFormatText::tr("%1: cannot write (%2)")
                            .arg(QDir::toNativeSeparators(target), out.errorString()));
    QString walkError;
    const bool walked = FormatSupport::forEachAsset(
            source, AssetKind::Text, control,
            [&](const Asset &item) {
                const std::optional<Asset> asset(item);
                QJsonObject line = asset->payload;
                line.remove(key("source")); // where add-text found it, not a doccano field
                line[key("id")] = asset->id;
                line[key("text")] = asset->text;
                QJsonArray triples, entities, cats, relations;
                for (const Annotation &a : source.annotations(asset->id)) {
                    const QString name = names.value(a.labelId);
                    if (a.kind == AnnotationKind::Span) {
                        triples.append(QJsonArray{a.start, a.end, name});
                        entities.append(QJsonObject{{key("id"), a.id},
                                                    {key("label"), name},
                                                    {key("start_offset"), a.start},
                                                    {key("end_offset"), a.end}});
                    } else if (a.kind == AnnotationKind::Classification) {
                        cats.append(name);
                    } else if (a.kind == AnnotationKind::Relation) {
                        relations.append(QJsonObject{{key("id"), a.id},
                                                     {key("from_id"), a.sourceId},
                                                     {key("to_id"), a.targetId},
                                                     {key("type"), name}});
                    } else {
                        continue;
                    }
                    ++report.annotations;
                }
                if (hasRelations) {
                    line[key("entities")] = entities;
                    line[key("relations")] = relations;
                    if (hasClasses)
                        line[key("cats")] = cats;
                } else if (hasSpans && hasClasses) {
                    line[key("entities")] = triples;
                    line[key("cats")] = cats;
                } else if (hasClasses) {
                    line[key("label")] = cats;
                } else {
                    line[key("label")] = triples;
                }
                if (out.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0)
                    return fail(DoccanoFormatText::tr("%1: cannot write (%2)")
                                        .arg(QDir::toNativeSeparators(target), out.errorString()));
                ++report.assets;
                return true;
            },
            &walkError);
    if (!walked)
        return walkError.isEmpty() ? false : fail(walkError);
    if (!out.commit())
        return fail(DoccanoFormatText::tr("%1: cannot write (%2)")
                            .arg(QDir::toNativeSeparators(target), out.errorString()));
    report.warnings = losses(source);
    return true;
}

QStringList DoccanoFormat::losses(ExportSource &source) const
{
    QStringList lines;
    const ProjectStats stats = source.stats();
    if (const qint64 n = stats.assetsByKind.value(AssetKind::Image))
        lines.append(
                DoccanoFormatText::tr(
                        "%1 image(s) and their shapes are not written (doccano JSONL holds text)")
                        .arg(n));
    if (const qint64 n = stats.assetsByKind.value(AssetKind::Comparison))
        lines.append(DoccanoFormatText::tr(
                             "%1 comparison(s) are not written (use the preference formats)")
                             .arg(n));
    return lines;
}

} // namespace Tessera
