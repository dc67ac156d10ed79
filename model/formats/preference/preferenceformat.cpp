// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "preferenceformat.h"

#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace Tessera {

namespace {

using FormatSupport::firstLine;
using FormatSupport::key;
using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "PreferenceFormat".
struct PreferenceFormatText
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceFormat)
};
QJsonObject message(const QString &role, const QString &content)
{
    return {{key("role"), role}, {key("content"), content}};
}

// "\n\nHuman: ...\n\nAssistant: ..." as messages.
QJsonArray transcript(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\\n\\n(Human|Assistant):[ ]?"));
    QJsonArray messages;
    QString role;
    qsizetype from = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!role.isEmpty())
            messages.append(message(role, text.mid(from, m.capturedStart() - from)));
        role = m.captured(1) == QLatin1String("Human") ? key("user") : key("assistant");
        from = m.capturedEnd();
    }
    if (!role.isEmpty())
        messages.append(message(role, text.mid(from)));
    return messages;
}

QString hhText(const QJsonArray &messages)
{
    QString out;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        out += m.value(key("role")).toString() == QLatin1String("assistant")
                       ? QStringLiteral("\n\nAssistant: ")
                       : QStringLiteral("\n\nHuman: ");
        out += m.value(key("content")).toString();
    }
    return out;
}

// What one record holds: the turns before the answers, the answers and the judgement.
struct Record
{
    QJsonArray context; // messages; the last is the user's prompt
    QJsonArray answers;
    QJsonValue choice; // index, "tie", "both-bad" or null when undecided
    QJsonObject rest;  // keys kept as they were
};

bool readAnswer(const QJsonValue &v, QJsonArray *context, QString *answer)
{
    if (v.isString()) {
        *answer = v.toString();
        return true;
    }
    const QJsonArray messages = v.toArray();
    if (messages.isEmpty() || !messages.last().isObject())
        return false;
    *answer = messages.last().toObject().value(key("content")).toString();
    if (context)
        *context = QJsonArray(messages);
    if (context)
        context->removeLast();
    return true;
}

bool readRecord(const QJsonObject &o, Record *r, QString *why)
{
    r->rest = o;
    if (o.contains(key("output_1")) && o.contains(key("output_2"))) { // alpaca_eval
        QString prompt = o.value(key("instruction")).toString();
        if (!o.value(key("input")).toString().isEmpty())
            prompt += QStringLiteral("\n\n") + o.value(key("input")).toString();
        if (prompt.isEmpty()) {
            *why = PreferenceFormatText::tr("no \"instruction\"");
            return false;
        }
        r->context = {message(key("user"), prompt)};
        r->answers = {o.value(key("output_1")).toString(), o.value(key("output_2")).toString()};
        const double p = o.value(key("preference")).toDouble(0);
        if (p == 1.0 || p == 2.0)
            r->choice = int(p) - 1;
        else if (p == 1.5)
            r->choice = key("tie");
        if (o.contains(key("generator_1")))
            r->rest[key("generators")]
                    = QJsonArray{o.value(key("generator_1")), o.value(key("generator_2"))};
        for (const char *k :
             {"instruction", "input", "output_1", "output_2", "generator_1", "generator_2"})
            r->rest.remove(key(k));
        return true;
    }
    if (!o.contains(key("chosen")) || !o.contains(key("rejected"))) {
        *why = PreferenceFormatText::tr(
                "expected \"chosen\" and \"rejected\", or alpaca_eval's \"output_1\" and "
                "\"output_2\"");
        return false;
    }
    QString chosen, rejected;
    QJsonArray chosenContext, rejectedContext;
    if (!readAnswer(o.value(key("chosen")), &chosenContext, &chosen)
        || !readAnswer(o.value(key("rejected")), &rejectedContext, &rejected)) {
        *why = PreferenceFormatText::tr(
                "\"chosen\" and \"rejected\" must be texts or lists of messages");
        return false;
    }
    const QJsonValue prompt = o.value(key("prompt"));
    if (prompt.isString()) {
        r->context = {message(key("user"), prompt.toString())};
    } else if (prompt.isArray()) {
        r->context = prompt.toArray();
    } else if (!chosenContext.isEmpty()) {
        // The prompt is the turns that lead the conversations (TRL's implicit prompt).
        if (chosenContext != rejectedContext) {
            *why = PreferenceFormatText::tr(
                    "\"chosen\" and \"rejected\" differ before their last message");
            return false;
        }
        r->context = chosenContext;
    } else {
        // hh-rlhf: two transcripts that share everything up to the last assistant turn.
        const QJsonArray a = transcript(chosen), b = transcript(rejected);
        if (a.isEmpty() || b.isEmpty()
            || a.last().toObject().value(key("role")).toString() != QLatin1String("assistant")
            || b.last().toObject().value(key("role")).toString() != QLatin1String("assistant")) {
            *why = PreferenceFormatText::tr(
                    "no \"prompt\", and \"chosen\" is not a Human/Assistant transcript ending "
                    "with the assistant");
            return false;
        }
        QJsonArray prefixA = a, prefixB = b;
        prefixA.removeLast();
        prefixB.removeLast();
        if (prefixA != prefixB) {
            *why = PreferenceFormatText::tr(
                    "\"chosen\" and \"rejected\" differ before the last assistant turn");
            return false;
        }
        r->context = prefixA;
        chosen = a.last().toObject().value(key("content")).toString();
        rejected = b.last().toObject().value(key("content")).toString();
    }
    if (r->context.isEmpty()) {
        *why = PreferenceFormatText::tr("the prompt is empty");
        return false;
    }
    r->answers = {chosen, rejected};
    r->choice = 0;
    for (const char *k : {"prompt", "chosen", "rejected"})
        r->rest.remove(key(k));
    return true;
}

} // namespace

QString PreferenceFormat::shortName() const
{
    return m_layout == Layout::Dpo ? key("dpo") : key("hh-rlhf");
}
QString PreferenceFormat::displayName() const
{
    return m_layout == Layout::Dpo
                   ? PreferenceFormatText::tr("Preference JSONL (prompt/chosen/rejected, DPO)")
                   : PreferenceFormatText::tr("Preference JSONL (Anthropic hh-rlhf)");
}
QString PreferenceFormat::nameFilter() const
{
    return PreferenceFormatText::tr("Preference data (*.jsonl *.json)");
}

bool PreferenceFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                                const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QString(), QStringLiteral("*.jsonl"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    int undecided = 0;
    auto visit = [&](const QJsonObject &o, int, QString *why) {
        if (control.canceled()) {
            *why = PreferenceFormatText::tr("import canceled: nothing was added");
            return false;
        }
        Record r;
        if (!readRecord(o, &r, why))
            return false;
        Asset wanted{.kind = AssetKind::Comparison};
        wanted.text = r.context.last().toObject().value(key("content")).toString();
        wanted.name = firstLine(wanted.text);
        wanted.payload = r.rest;
        wanted.payload[key("answers")] = r.answers;
        if (r.context.size() > 1)
            wanted.payload[key("messages")] = r.context;
        const std::optional<Asset> asset = sink.textAsset(wanted, report, why);
        if (!asset)
            return false;
        if (r.choice.isNull() || r.choice.isUndefined()) {
            ++undecided;
            return true;
        }
        Annotation a{.assetId = asset->id, .kind = AnnotationKind::Preference};
        a.data[key("choice")] = r.choice;
        a.provenance.origin = Origin::Import;
        QList<Annotation> one{a};
        if (!sink.storeAnnotations(one, report, why))
            return false;
        ++report.annotations;
        return true;
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        if (QFileInfo(file).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
            const std::optional<QJsonDocument> doc = FormatSupport::readJson(file, &error);
            if (!doc)
                return fail(error);
            const QJsonArray records = doc->isArray() ? doc->array() : QJsonArray{doc->object()};
            for (qsizetype k = 0; k < records.size(); ++k) {
                QString why;
                if (!records[k].isObject() || !visit(records[k].toObject(), int(k), &why))
                    return fail(PreferenceFormatText::tr("%1: record %2: %3")
                                        .arg(shown(file))
                                        .arg(k)
                                        .arg(why.isEmpty()
                                                     ? PreferenceFormatText::tr("not an object")
                                                     : why));
            }
        } else if (!FormatSupport::forEachJsonLine(file, visit, &error)) {
            return fail(error);
        }
        control.report(i + 1, files.size());
    }
    if (undecided)
        report.warnings.append(
                PreferenceFormatText::tr("%1 comparison(s) came without a judgement and await one")
                        .arg(undecided));
    return true;
}

QList<FormatOption> PreferenceFormat::formatOptions() const
{
    if (m_layout != Layout::Dpo)
        return {};
    return {{key("values"),
             PreferenceFormatText::tr("Values"),
             {key("auto"), key("strings"), key("messages")},
             PreferenceFormatText::tr(
                     "One type per field in every row: message lists when any prompt is a "
                     "conversation (auto), or always strings, or always message lists."),
             {PreferenceFormatText::tr("Automatic"), PreferenceFormatText::tr("Strings"),
              PreferenceFormatText::tr("Message lists")}}};
}

bool PreferenceFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                                 const JobControl &control)
{
    QString error;
    const QString target = FormatSupport::outputFile(
            path, key("jsonl"),
            m_layout == Layout::Dpo ? key("preferences.jsonl") : key("hh-rlhf.jsonl"), &error);
    if (target.isEmpty())
        return fail(error);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(PreferenceFormatText::tr("%1: cannot write (%2)")
                            .arg(shown(target), out.errorString()));
    int skipped = 0;
    // One value type per field for the whole file: decided before the first row.
    bool asMessages = option(key("values")) == QLatin1String("messages");
    if (m_layout == Layout::Dpo && option(key("values")) == QLatin1String("auto"))
        for (const qint64 id : source.assetsWithPayloadKey(key("messages")))
            if (const std::optional<Asset> a = source.asset(id);
                a && a->payload.value(key("messages")).toArray().size() > 1)
                asMessages = true;
    int flattened = 0; // conversations written as text (values=strings)
    QString walkError;
    const bool walked = FormatSupport::forEachAsset(
            source, AssetKind::Comparison, control,
            [&](const Asset &item) {
                const std::optional<Asset> asset(item);
                // The latest judgement counts.
                std::optional<Annotation> judgement;
                for (const Annotation &a : source.annotations(asset->id))
                    if (a.kind == AnnotationKind::Preference)
                        judgement = a;
                const QJsonArray answers = asset->payload.value(key("answers")).toArray();
                QList<int> order; // answer indices, best first
                if (judgement) {
                    for (const QJsonValue &v : judgement->data.value(key("ranking")).toArray())
                        order.append(v.toInt());
                    const QJsonValue choice = judgement->data.value(key("choice"));
                    if (order.isEmpty() && choice.isDouble()) {
                        order.append(choice.toInt());
                        for (int i = 0; i < answers.size(); ++i)
                            if (i != choice.toInt())
                                order.append(i);
                        if (answers.size() > 2) // a single pick orders only the best
                            order = order.mid(0, 1) + QList<int>{-1};
                    }
                }
                if (order.size() < 2) {
                    ++skipped;
                    return true;
                }
                QJsonArray context = asset->payload.value(key("messages")).toArray();
                if (context.isEmpty())
                    context = {message(key("user"), asset->text)};
                const bool conversational = context.size() > 1;
                flattened += conversational && !asMessages && m_layout == Layout::Dpo ? 1 : 0;
                for (qsizetype i = 0; i < order.size(); ++i) {
                    for (qsizetype j = i + 1; j < order.size(); ++j) {
                        QList<int> losers{order[j]};
                        if (order[j] < 0) { // best against every other answer
                            losers.clear();
                            for (int k = 0; k < answers.size(); ++k)
                                if (k != order[i])
                                    losers.append(k);
                        }
                        for (int loser : losers) {
                            const QString chosen = answers.at(order[i]).toString();
                            const QString rejected = answers.at(loser).toString();
                            QJsonObject line;
                            if (m_layout == Layout::HhRlhf) {
                                const QString before
                                        = hhText(context) + QStringLiteral("\n\nAssistant: ");
                                line[key("chosen")] = QString(before + chosen);
                                line[key("rejected")] = QString(before + rejected);
                            } else if (asMessages) {
                                line[key("prompt")] = context;
                                line[key("chosen")] = QJsonArray{message(key("assistant"), chosen)};
                                line[key("rejected")]
                                        = QJsonArray{message(key("assistant"), rejected)};
                            } else {
                                line[key("prompt")]
                                        = conversational
                                                  ? QString(hhText(context)
                                                            + QStringLiteral("\n\nAssistant:"))
                                                  : asset->text;
                                line[key("chosen")] = chosen;
                                line[key("rejected")] = rejected;
                            }
                            const QByteArray bytes
                                    = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
                            if (out.write(bytes) != bytes.size())
                                return fail(PreferenceFormatText::tr("%1: cannot write (%2)")
                                                    .arg(shown(target), out.errorString()));
                            ++report.annotations;
                        }
                    }
                }
                ++report.assets;
                return true;
            },
            &walkError);
    if (!walked)
        return walkError.isEmpty() ? false : fail(walkError);
    if (!out.commit())
        return fail(PreferenceFormatText::tr("%1: cannot write (%2)")
                            .arg(shown(target), out.errorString()));
    report.warnings = losses(source);
    if (flattened)
        report.warnings.append(
                PreferenceFormatText::tr(
                        "%1 conversation(s) are written as hh-rlhf text in \"prompt\" "
                        "(values=strings)")
                        .arg(flattened));
    if (skipped)
        report.warnings.append(PreferenceFormatText::tr(
                                       "%1 comparison(s) without a decided preference (none yet, a "
                                       "tie or both bad) are not written")
                                       .arg(skipped));
    return true;
}

QStringList PreferenceFormat::losses(ExportSource &source) const
{
    QStringList lines;
    const ProjectStats stats = source.stats();
    if (const qint64 n
        = stats.assetsByKind.value(AssetKind::Image) + stats.assetsByKind.value(AssetKind::Text))
        lines.append(PreferenceFormatText::tr(
                             "%1 image(s) and text(s) are not written (preference data holds "
                             "comparisons)")
                             .arg(n));
    if (!stats.annotationsByKind.value(AnnotationKind::Preference))
        return lines;
    qint64 detailed = 0;
    source.forEachAnnotation([&detailed](const Annotation &a) {
        if (a.kind == AnnotationKind::Preference
            && (a.data.contains(key("ratings")) || a.data.contains(key("flags"))
                || a.data.contains(key("rationale"))))
            ++detailed;
        return true;
    });
    if (detailed)
        lines.append(PreferenceFormatText::tr(
                             "%1 judgement(s) have ratings, flags or a rationale, which are not "
                             "written (only the preferred answer and the ranking are)")
                             .arg(detailed));
    return lines;
}

} // namespace Tessera
