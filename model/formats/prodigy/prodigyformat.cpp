// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prodigyformat.h"

#include "core/textoffsets.h"
#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Tessera {

namespace {

using FormatSupport::key;

// Texts filed by lupdate under, and looked up in, the context "ProdigyFormat".
struct ProdigyFormatText
{
    Q_DECLARE_TR_FUNCTIONS(ProdigyFormat)
};

// The payload key that keeps rejected and ignored tasks whole.
QString answersKey()
{
    return key("prodigy_answers");
}

// A span's keys Tessera reads; the others go to the annotation's data and back out again.
bool isSpanKey(const QString &k)
{
    static const QStringList keys{key("start"),     key("end"),   key("token_start"),
                                  key("token_end"), key("label"), key("text")};
    return keys.contains(k);
}

struct Token
{
    qint64 start = 0;
    qint64 end = 0;
};

struct PendingSpan
{
    qint64 start = 0;
    qint64 end = 0;
    QString label; // empty: none
    QJsonObject extra;
};

bool readTokens(const QJsonValue &value, qint64 length, QList<Token> *tokens, QString *why)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *why = ProdigyFormatText::tr("\"tokens\" is not a list");
        return false;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject t = list[i].toObject();
        const qint64 start = t.value(key("start")).toInteger(-1);
        const qint64 end = t.value(key("end")).toInteger(-1);
        if (!t.value(key("start")).isDouble() || start < 0 || end < start || end > length) {
            *why = ProdigyFormatText::tr(
                           "token %1 has no start and end inside the text's %2 characters")
                           .arg(i)
                           .arg(length);
            return false;
        }
        tokens->append({start, end});
    }
    return true;
}

// A span from start/end, or from token_start/token_end when it has no character offsets.
bool readSpan(const QJsonObject &o, const QList<Token> &tokens, qint64 length, int index,
              PendingSpan *span, QString *why)
{
    const QJsonValue start = o.value(key("start"));
    const QJsonValue end = o.value(key("end"));
    if (start.isDouble() && end.isDouble()) {
        span->start = start.toInteger(-1);
        span->end = end.toInteger(-1);
    } else {
        const qint64 first = o.value(key("token_start")).toInteger(-1);
        const qint64 last = o.value(key("token_end")).toInteger(-1);
        if (first < 0 || last < first || last >= tokens.size()) {
            *why = ProdigyFormatText::tr(
                           "span %1 has neither start and end nor token_start and token_end into "
                           "\"tokens\"")
                           .arg(index);
            return false;
        }
        span->start = tokens[first].start;
        span->end = tokens[last].end;
    }
    if (span->start < 0 || span->end <= span->start || span->end > length) {
        *why = ProdigyFormatText::tr("span %1 [%2, %3) lies outside the text's %4 characters")
                       .arg(index)
                       .arg(span->start)
                       .arg(span->end)
                       .arg(length);
        return false;
    }
    const QJsonValue label = o.value(key("label"));
    if (!label.isUndefined() && !label.isNull() && !label.isString()) {
        *why = ProdigyFormatText::tr("span %1 has a label that is not a name").arg(index);
        return false;
    }
    span->label = label.toString();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!isSpanKey(it.key()))
            span->extra.insert(it.key(), it.value());
    return true;
}

QString idName(const QJsonValue &id)
{
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}

// The class a choice stands for: its id when that is a name, else its option's text (numbered
// options of a choice task), else the number.
QString choiceName(const QJsonArray &options, const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    for (const QJsonValue &o : options)
        if (o.toObject().value(key("id")) == id && o.toObject().value(key("text")).isString())
            return o.toObject().value(key("text")).toString();
    return idName(id);
}

// Tokens for a text whose spans do not fall on the tokens it came with (or that had none): split
// at whitespace and at every span edge, so each span is a run of whole tokens.
QJsonArray makeTokens(const QString &text, const TextOffsets::OffsetMap &map,
                      const QList<qint64> &edges)
{
    QJsonArray tokens;
    const qint64 length = map.length();
    auto isSpace = [&](qint64 cp) {
        const qsizetype i = map.toUtf16(cp);
        return text.at(i).isSpace();
    };
    qint64 start = -1;
    auto close = [&](qint64 end) {
        if (start < 0)
            return;
        const qsizetype from = map.toUtf16(start);
        const qsizetype to = map.toUtf16(end);
        tokens.append(QJsonObject{{key("text"), text.mid(from, to - from)},
                                  {key("start"), start},
                                  {key("end"), end},
                                  {key("id"), tokens.size()},
                                  {key("ws"), end < length && isSpace(end)}});
        start = -1;
    };
    for (qint64 cp = 0; cp < length; ++cp) {
        if (std::binary_search(edges.cbegin(), edges.cend(), cp))
            close(cp);
        if (isSpace(cp))
            close(cp);
        else if (start < 0)
            start = cp;
    }
    close(length);
    return tokens;
}

// Index of the token starting at start and of the one ending at end; -1 when there is none.
// The tokens of one text by character offset, built once per text: a span's token range is then
// two lookups (searching the token list per span made a long document with many spans quadratic).
class TokenIndex
{
public:
    explicit TokenIndex(const QJsonArray &tokens)
    {
        m_byStart.reserve(tokens.size());
        m_byEnd.reserve(tokens.size());
        for (int i = 0; i < tokens.size(); ++i) {
            const QJsonObject t = tokens[i].toObject();
            m_byStart.insert(t.value(key("start")).toInteger(), i);
            m_byEnd.insert(t.value(key("end")).toInteger(), i);
        }
    }
    /** The first and last token of [start, end); -1 where no token starts or ends there. */
    std::pair<int, int> range(qint64 start, qint64 end) const
    {
        return {m_byStart.value(start, -1), m_byEnd.value(end, -1)};
    }

private:
    QHash<qint64, int> m_byStart;
    QHash<qint64, int> m_byEnd;
};

} // namespace

QString ProdigyFormat::displayName() const
{
    return ProdigyFormatText::tr("Prodigy JSONL");
}
QString ProdigyFormat::nameFilter() const
{
    return ProdigyFormatText::tr("Prodigy JSON Lines (*.jsonl)");
}

QSet<AnnotationKind> ProdigyFormat::writtenKinds() const
{
    return {AnnotationKind::Span, AnnotationKind::Relation, AnnotationKind::Classification};
}

bool ProdigyFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                             const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QString(), QStringLiteral("*.jsonl"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    QHash<QString, qint64> labels;
    auto labelFor = [&](const QString &name, QString *why) -> qint64 {
        if (name.isEmpty())
            return 0;
        if (!labels.contains(name))
            labels.insert(name,
                          sink.labelId(Label{.name = name, .kinds = TextKindFlag}, report, why));
        return labels.value(name);
    };
    int negative = 0;  // rejected or ignored tasks, kept whole
    int madeEnds = 0;  // relation ends that were no span of the task
    int unlabeled = 0; // spans without a label
    auto visit = [&](const QJsonObject &line, int, QString *why) -> bool {
        if (control.canceled()) {
            *why = ProdigyFormatText::tr("import canceled: nothing was added");
            return false;
        }
        QJsonObject rest = line;
        const QJsonValue textValue = rest.take(key("text"));
        if (!textValue.isString()) {
            *why = line.contains(key("image")) || line.contains(key("audio"))
                           ? ProdigyFormatText::tr(
                                   "an image or audio task: Tessera reads Prodigy's text tasks")
                           : ProdigyFormatText::tr("no \"text\"");
            return false;
        }
        const QString text = textValue.toString();
        const QJsonValue answer = line.value(key("answer"));
        if (!answer.isUndefined() && answer != QJsonValue(key("accept"))
            && answer != QJsonValue(key("reject")) && answer != QJsonValue(key("ignore"))) {
            *why = ProdigyFormatText::tr("\"answer\" is not accept, reject or ignore");
            return false;
        }
        const qint64 length = TextOffsets::codePointLength(text);
        QList<Token> tokens;
        if (!readTokens(line.value(key("tokens")), length, &tokens, why))
            return false;
        QList<PendingSpan> spans;
        const QJsonValue spanList = rest.take(key("spans"));
        if (!spanList.isUndefined() && !spanList.isNull() && !spanList.isArray()) {
            *why = ProdigyFormatText::tr("\"spans\" is not a list");
            return false;
        }
        for (qsizetype i = 0; i < spanList.toArray().size(); ++i) {
            PendingSpan s;
            if (!readSpan(spanList.toArray()[i].toObject(), tokens, length, int(i), &s, why))
                return false;
            spans.append(s);
        }
        const QJsonValue label = rest.take(key("label"));
        const QJsonValue accept = rest.take(key("accept"));
        const QJsonValue relations = rest.take(key("relations"));
        if ((!label.isUndefined() && !label.isNull() && !label.isString())
            || (!accept.isUndefined() && !accept.isArray())
            || (!relations.isUndefined() && !relations.isNull() && !relations.isArray())) {
            *why = ProdigyFormatText::tr(
                    "\"label\" is not a name, or \"accept\" or \"relations\" not a list");
            return false;
        }
        rest.remove(key("answer"));
        if (answer == QJsonValue(key("reject")) || answer == QJsonValue(key("ignore"))) {
            // Negative evidence: kept with the text, written back as it came.
            Asset wanted{.kind = AssetKind::Text,
                         .name = FormatSupport::firstLine(text),
                         .text = text,
                         .payload = rest};
            std::optional<Asset> asset = sink.textAsset(wanted, report, why);
            if (!asset)
                return false;
            QJsonObject task = line;
            task.remove(key("text"));
            QJsonArray kept = asset->payload.value(answersKey()).toArray();
            if (!kept.contains(task)) {
                kept.append(task);
                asset->payload[answersKey()] = kept;
                if (!sink.setAssetPayload(asset->id, asset->payload)) {
                    *why = sink.errorString();
                    return false;
                }
            }
            ++negative;
            return true;
        }
        Asset wanted{.kind = AssetKind::Text,
                     .name = FormatSupport::firstLine(text),
                     .text = text,
                     .payload = rest};
        const std::optional<Asset> asset = sink.textAsset(wanted, report, why);
        if (!asset)
            return false;
        QList<Annotation> annotations;
        for (const PendingSpan &s : std::as_const(spans)) {
            Annotation a{.assetId = asset->id,
                         .kind = AnnotationKind::Span,
                         .start = s.start,
                         .end = s.end};
            if (!s.label.isEmpty() && !(a.labelId = labelFor(s.label, why)))
                return false;
            unlabeled += s.label.isEmpty() ? 1 : 0;
            if (!s.extra.isEmpty())
                a.data[key("prodigy")] = s.extra;
            a.provenance.origin = Origin::Import;
            annotations.append(a);
        }
        QStringList classes;
        if (label.isString())
            classes.append(label.toString());
        for (const QJsonValue &id : accept.toArray()) {
            // Numbers only as whole ones a double holds exactly (what Prodigy's ids are).
            if (!id.isString()
                && (!id.isDouble() || id.toDouble() != std::trunc(id.toDouble())
                    || std::abs(id.toDouble()) > 9007199254740992.0)) {
                *why = ProdigyFormatText::tr(
                        "an \"accept\" id is neither a name nor a whole number");
                return false;
            }
            classes.append(choiceName(rest.value(key("options")).toArray(), id));
        }
        for (const QString &name : std::as_const(classes)) {
            Annotation a{.assetId = asset->id, .kind = AnnotationKind::Classification};
            if (!(a.labelId = labelFor(name, why)))
                return false;
            a.provenance.origin = Origin::Import;
            annotations.append(a);
        }
        // Relation ends are found among the stored spans: they need their ids.
        if (!sink.storeAnnotations(annotations, report, why))
            return false;
        report.annotations += int(annotations.size());
        const QJsonArray links = relations.toArray();
        if (links.isEmpty())
            return true;
        QList<Annotation> ends; // spans made for relation ends
        auto endOf = [&](const QJsonObject &r, const char *side, qint64 *id) -> bool {
            PendingSpan s;
            const QJsonValue given = r.value(key(side) + key("_span"));
            if (given.isObject()) {
                if (!readSpan(given.toObject(), tokens, length, 0, &s, why))
                    return false;
            } else {
                const qint64 t = r.value(key(side)).toInteger(-1);
                if (t < 0 || t >= tokens.size()) {
                    *why = ProdigyFormatText::tr("a relation's %1 is no token of \"tokens\"")
                                   .arg(key(side));
                    return false;
                }
                s.start = tokens[t].start;
                s.end = tokens[t].end;
            }
            for (const QList<Annotation> *list : {&annotations, &ends})
                for (const Annotation &a : *list)
                    if (a.kind == AnnotationKind::Span && a.start == s.start && a.end == s.end) {
                        *id = a.id;
                        return true;
                    }
            QList<Annotation> made{Annotation{.assetId = asset->id,
                                              .kind = AnnotationKind::Span,
                                              .start = s.start,
                                              .end = s.end}};
            if (!s.label.isEmpty() && !(made[0].labelId = labelFor(s.label, why)))
                return false;
            made[0].provenance.origin = Origin::Import;
            if (!sink.storeAnnotations(made, report, why))
                return false;
            ++report.annotations;
            ++madeEnds;
            ends.append(made[0]);
            *id = made[0].id;
            return true;
        };
        QList<Annotation> relationList;
        for (const QJsonValue &v : links) {
            const QJsonObject r = v.toObject();
            Annotation a{.assetId = asset->id, .kind = AnnotationKind::Relation};
            if (!endOf(r, "head", &a.sourceId) || !endOf(r, "child", &a.targetId))
                return false;
            if (r.value(key("label")).isString()
                && !(a.labelId = labelFor(r.value(key("label")).toString(), why)))
                return false;
            a.provenance.origin = Origin::Import;
            relationList.append(a);
        }
        if (!sink.storeAnnotations(relationList, report, why))
            return false;
        report.annotations += int(relationList.size());
        return true;
    };
    const bool read = readAll(files, control, [&](const QString &file) {
        QString why;
        return FormatSupport::forEachJsonLine(file, visit, &why) || fail(why);
    });
    if (!read)
        return false;
    if (negative)
        report.warnings.append(
                ProdigyFormatText::tr(
                        "%1 rejected or ignored task(s) are kept with their texts (and "
                        "written back on export), not made annotations")
                        .arg(negative));
    if (madeEnds)
        report.warnings.append(
                ProdigyFormatText::tr(
                        "%1 relation end(s) were no span of their task and became spans")
                        .arg(madeEnds));
    if (unlabeled)
        report.warnings.append(ProdigyFormatText::tr("%1 span(s) have no label").arg(unlabeled));
    return true;
}

bool ProdigyFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                              const JobControl &control)
{
    QString error;
    const QString target
            = FormatSupport::outputFile(path, key("jsonl"), key("prodigy.jsonl"), &error);
    if (target.isEmpty())
        return fail(error);
    QHash<qint64, QString> names;
    for (const Label &l : source.labels())
        names.insert(l.id, l.name);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ProdigyFormatText::tr("%1: cannot write (%2)")
                            .arg(FormatSupport::shown(target), out.errorString()));
    auto writeLine = [&](const QJsonObject &line) {
        return out.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') >= 0
               || fail(ProdigyFormatText::tr("%1: cannot write (%2)")
                               .arg(FormatSupport::shown(target), out.errorString()));
    };
    int unlabeled = 0; // spans Prodigy's "spans" cannot hold
    QString walkError;
    const bool walked = FormatSupport::forEachAsset(
            source, AssetKind::Text, control,
            [&](const Asset &asset) {
                QJsonObject base = asset.payload;
                const QJsonArray negative = base.take(answersKey()).toArray();
                base.remove(key("source")); // where add-text found it, not Prodigy's
                const QList<Annotation> all = source.annotations(asset.id);
                QList<Annotation> spans;
                QStringList classes;
                QList<Annotation> relations;
                for (const Annotation &a : all) {
                    if (a.kind == AnnotationKind::Span)
                        spans.append(a);
                    else if (a.kind == AnnotationKind::Classification && a.labelId)
                        classes.append(names.value(a.labelId));
                    else if (a.kind == AnnotationKind::Relation)
                        relations.append(a);
                }
                std::sort(spans.begin(), spans.end(), [](const Annotation &a, const Annotation &b) {
                    return std::pair(a.start, a.end) < std::pair(b.start, b.end);
                });
                // A text known only from rejected tasks is not an accepted "no entities".
                if (all.isEmpty() && !negative.isEmpty()) {
                    for (const QJsonValue &task : negative) {
                        QJsonObject line = task.toObject();
                        line[key("text")] = asset.text;
                        if (!writeLine(line))
                            return false;
                    }
                    ++report.assets;
                    return true;
                }
                const TextOffsets::OffsetMap map(asset.text);
                QJsonArray tokens = base.value(key("tokens")).toArray();
                bool aligned = !tokens.isEmpty() || spans.isEmpty();
                std::optional<TokenIndex> index(std::in_place, tokens);
                for (const Annotation &s : std::as_const(spans)) {
                    const auto [first, last] = index->range(s.start, s.end);
                    aligned = aligned && first >= 0 && last >= first;
                }
                if (!aligned) {
                    QList<qint64> edges;
                    for (const Annotation &s : std::as_const(spans))
                        edges << s.start << s.end;
                    std::sort(edges.begin(), edges.end());
                    tokens = makeTokens(asset.text, map, edges);
                    index.emplace(tokens);
                }
                auto spanObject = [&](const Annotation &s) {
                    QJsonObject o = s.data.value(key("prodigy")).toObject();
                    const auto [first, last] = index->range(s.start, s.end);
                    o[key("start")] = s.start;
                    o[key("end")] = s.end;
                    o[key("token_start")] = first;
                    o[key("token_end")] = last;
                    o[key("label")] = s.labelId ? QJsonValue(names.value(s.labelId))
                                                : QJsonValue(QJsonValue::Null);
                    return o;
                };
                QJsonObject line = base;
                line[key("text")] = asset.text;
                QJsonArray spanArray;
                QHash<qint64, QJsonObject> byId;
                for (const Annotation &s : std::as_const(spans)) {
                    byId.insert(s.id, spanObject(s));
                    if (s.labelId) {
                        spanArray.append(byId.value(s.id));
                        ++report.annotations;
                    } else {
                        ++unlabeled;
                    }
                }
                if (!spans.isEmpty() || base.contains(key("tokens"))) {
                    line[key("tokens")] = tokens;
                    line[key("spans")] = spanArray;
                }
                if (!relations.isEmpty()) {
                    QJsonArray links;
                    for (const Annotation &r : std::as_const(relations)) {
                        const QJsonObject head = byId.value(r.sourceId);
                        const QJsonObject child = byId.value(r.targetId);
                        links.append(QJsonObject{
                                {key("head"), head.value(key("token_end"))},
                                {key("child"), child.value(key("token_end"))},
                                {key("head_span"), head},
                                {key("child_span"), child},
                                {key("label"), r.labelId ? QJsonValue(names.value(r.labelId))
                                                         : QJsonValue(QJsonValue::Null)}});
                        ++report.annotations;
                    }
                    line[key("relations")] = links;
                }
                const QJsonArray options = base.value(key("options")).toArray();
                if (!options.isEmpty()) {
                    // Choices: the ids of the options, as the file gave them (names or numbers).
                    QJsonArray ids;
                    for (const QString &name : std::as_const(classes)) {
                        QJsonValue id(name);
                        for (const QJsonValue &o : options) {
                            const QJsonValue optionId = o.toObject().value(key("id"));
                            if (choiceName(options, optionId) == name)
                                id = optionId;
                        }
                        ids.append(id);
                    }
                    line[key("accept")] = ids;
                } else if (classes.size() == 1) {
                    line[key("label")] = classes.first();
                } else if (classes.size() > 1) {
                    line[key("accept")] = QJsonArray::fromStringList(classes);
                }
                report.annotations += int(classes.size());
                line[key("answer")] = key("accept");
                if (!writeLine(line))
                    return false;
                for (const QJsonValue &task : negative) {
                    QJsonObject other = task.toObject();
                    other[key("text")] = asset.text;
                    if (!writeLine(other))
                        return false;
                }
                ++report.assets;
                return true;
            },
            &walkError);
    if (!walked)
        return walkError.isEmpty() ? false : fail(walkError);
    if (!out.commit())
        return fail(ProdigyFormatText::tr("%1: cannot write (%2)")
                            .arg(FormatSupport::shown(target), out.errorString()));
    report.warnings = losses(source);
    if (unlabeled)
        report.warnings.append(
                ProdigyFormatText::tr("%1 span(s) without a label are left out of \"spans\" (kept "
                                      "only as the ends of their relations)")
                        .arg(unlabeled));
    return true;
}

QStringList ProdigyFormat::losses(ExportSource &source) const
{
    QStringList lines;
    const ProjectStats stats = source.stats();
    if (const qint64 n = stats.assetsByKind.value(AssetKind::Image))
        lines.append(
                ProdigyFormatText::tr(
                        "%1 image(s) and their shapes are not written (Prodigy JSONL holds text "
                        "here)")
                        .arg(n));
    if (const qint64 n = stats.assetsByKind.value(AssetKind::Comparison))
        lines.append(ProdigyFormatText::tr(
                             "%1 comparison(s) are not written (use the preference formats)")
                             .arg(n));
    return lines;
}

} // namespace Tessera
