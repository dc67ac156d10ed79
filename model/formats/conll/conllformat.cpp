// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "conllformat.h"

#include "core/textoffsets.h"
#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace Tessera {

namespace {

using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "ConllFormat".
struct ConllFormatText
{
    Q_DECLARE_TR_FUNCTIONS(ConllFormat)
};

struct Entity
{
    qint64 start = 0;
    qint64 end = 0;
    QString label;
};

// A document being read: its text so far (in code points too) and its entities.
struct Document
{
    QString text;
    qint64 length = 0; // code points
    QList<Entity> entities;
    bool open = false; // an entity runs to the last token
    QString openType;

    void addToken(const QString &token, const QString &tag, bool sentenceStart)
    {
        if (!text.isEmpty()) {
            text += sentenceStart ? QLatin1Char('\n') : QLatin1Char(' ');
            ++length;
        }
        const qint64 start = length;
        text += token;
        length += TextOffsets::codePointLength(token);
        const QChar prefix = tag.at(0);
        const QString type = tag.mid(2);
        const bool continues = open && openType == type && !sentenceStart
                               && (prefix == QLatin1Char('I') || prefix == QLatin1Char('E'));
        if (tag == QLatin1String("O")) {
            open = false;
        } else if (continues) {
            entities.last().end = length;
        } else {
            entities.append({start, length, type});
            openType = type;
            open = true;
        }
        if (prefix == QLatin1Char('E') || prefix == QLatin1Char('S'))
            open = false;
    }
};

bool validTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^(O|[BIES]-\\S+)$"));
    return pattern.match(tag).hasMatch();
}

// Whitespace-separated tokens of a text with their code-point ranges; new lines end sentences.
struct Token
{
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    bool sentenceStart = false;
};
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qint64 codePoint = 0;
    bool newSentence = true;
    Token current;
    bool inToken = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool surrogate = c.isHighSurrogate() && i + 1 < text.size();
        if (c.isSpace()) {
            if (inToken) {
                current.end = codePoint;
                tokens.append(current);
                inToken = false;
            }
            if (c == QLatin1Char('\n'))
                newSentence = true;
        } else {
            if (!inToken) {
                current = Token{codePoint, codePoint, QString(), newSentence && !tokens.isEmpty()};
                newSentence = false;
                inToken = true;
            }
            current.text += c;
            if (surrogate)
                current.text += text.at(i + 1);
        }
        if (surrogate)
            ++i;
        ++codePoint;
    }
    if (inToken) {
        current.end = codePoint;
        tokens.append(current);
    }
    return tokens;
}

struct TaggedText
{
    QStringList lines;
    int widened = 0;
    int overlapping = 0;
};
TaggedText tagText(const QString &text, QList<Annotation> spans,
                   const QHash<qint64, QString> &names)
{
    TaggedText out;
    const QList<Token> tokens = tokenize(text);
    QStringList tags(tokens.size(), QStringLiteral("O"));
    std::sort(spans.begin(), spans.end(), [](const Annotation &a, const Annotation &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    for (const Annotation &s : std::as_const(spans)) {
        QList<qsizetype> covered;
        for (qsizetype i = 0; i < tokens.size(); ++i)
            if (tokens[i].end > s.start && tokens[i].start < s.end)
                covered.append(i);
        if (covered.isEmpty())
            continue;
        const bool free = std::all_of(covered.cbegin(), covered.cend(),
                                      [&](qsizetype i) { return tags[i] == QLatin1String("O"); });
        if (!free) {
            ++out.overlapping;
            continue;
        }
        if (tokens[covered.first()].start != s.start || tokens[covered.last()].end != s.end)
            ++out.widened;
        const QString name
                = QString(names.value(s.labelId)).replace(QLatin1Char(' '), QLatin1Char('_'));
        for (qsizetype k = 0; k < covered.size(); ++k)
            tags[covered[k]] = (k == 0 ? QStringLiteral("B-") : QStringLiteral("I-")) + name;
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].sentenceStart)
            out.lines.append(QString());
        out.lines.append(tokens[i].text + QLatin1Char('\t') + tags[i]);
    }
    return out;
}

// What CoNLL cannot hold at all: relations, classes, images, comparisons.
QStringList kindLosses(ExportSource &source)
{
    QStringList lines;
    const ProjectStats stats = source.stats();
    if (const qint64 n = stats.annotationsByKind.value(AnnotationKind::Relation))
        lines.append(
                ConllFormatText::tr("%1 relation(s) cannot be written in CoNLL and are left out")
                        .arg(n));
    if (const qint64 n = stats.annotationsByKind.value(AnnotationKind::Classification))
        lines.append(ConllFormatText::tr(
                             "%1 document class(es) cannot be written in CoNLL and are left out")
                             .arg(n));
    if (const qint64 n = stats.assetsByKind.value(AssetKind::Image)
                         + stats.assetsByKind.value(AssetKind::Comparison))
        lines.append(ConllFormatText::tr(
                             "%1 image(s) and comparison(s) are not written (CoNLL holds text)")
                             .arg(n));
    return lines;
}

} // namespace

QString ConllFormat::displayName() const
{
    return ConllFormatText::tr("CoNLL 2003 (BIO)");
}
QString ConllFormat::nameFilter() const
{
    return ConllFormatText::tr("CoNLL files (*.conll *.txt)");
}

bool ConllFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                           const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QString(), QStringLiteral("*.conll"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    QHash<QString, qint64> labels;
    return readAll(files, control,
                   [&](const QString &file) { return readFile(sink, file, report, labels); });
}

bool ConllFormat::readFile(ImportSink &sink, const QString &file, FormatReport &report,
                           QHash<QString, qint64> &labels)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ConllFormatText::tr("%1: cannot read (%2)").arg(shown(file), in.errorString()));
    QList<Document> documents;
    bool docMode = false;
    bool sentenceStart = true;
    bool extraColumns = false;
    Document current;
    auto finishSentence = [&]() {
        current.open = false;
        sentenceStart = true;
        if (!docMode && !current.text.isEmpty()) {
            documents.append(current);
            current = Document();
        }
    };
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    int lineNumber = 0;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    while (!in.atEnd()) {
        const QByteArray bytes = in.readLine();
        ++lineNumber;
        const QString line = QString(utf8.decode(bytes)).trimmed();
        if (utf8.hasError())
            return fail(
                    ConllFormatText::tr("%1:%2: not UTF-8 text").arg(shown(file)).arg(lineNumber));
        if (line.isEmpty()) {
            finishSentence();
            continue;
        }
        if (line.startsWith(QLatin1String("-DOCSTART-"))) {
            if (!current.text.isEmpty())
                documents.append(current);
            current = Document();
            docMode = true;
            sentenceStart = true;
            continue;
        }
        const QStringList columns = line.split(spaces);
        if (columns.size() < 2)
            return fail(ConllFormatText::tr("%1:%2: expected a token and a tag, found \"%3\"")
                                .arg(shown(file))
                                .arg(lineNumber)
                                .arg(line));
        const QString tag = columns.last();
        if (!validTag(tag))
            return fail(ConllFormatText::tr(
                                "%1:%2: the tag \"%3\" is not O, B-, I-, E- or S- and a type")
                                .arg(shown(file))
                                .arg(lineNumber)
                                .arg(tag));
        extraColumns = extraColumns || columns.size() > 2;
        current.addToken(columns.first(), tag, sentenceStart);
        sentenceStart = false;
    }
    if (!current.text.isEmpty())
        documents.append(current);
    if (documents.isEmpty())
        return fail(ConllFormatText::tr("%1: no tokens").arg(shown(file)));
    if (extraColumns)
        report.warnings.append(
                ConllFormatText::tr(
                        "%1: the columns between token and tag (e.g. part of speech) are not kept")
                        .arg(shown(file)));

    QString why;
    for (const Document &d : std::as_const(documents)) {
        Asset wanted{.kind = AssetKind::Text,
                     .name = d.text.section(QLatin1Char('\n'), 0, 0).left(60),
                     .text = d.text};
        const std::optional<Asset> asset = sink.textAsset(wanted, report, &why);
        if (!asset)
            return fail(why);
        QList<Annotation> spans;
        for (const Entity &e : d.entities) {
            if (!labels.contains(e.label))
                labels.insert(e.label, sink.labelId(Label{.name = e.label, .kinds = TextKindFlag},
                                                    report, &why));
            Annotation a{.assetId = asset->id,
                         .labelId = labels.value(e.label),
                         .kind = AnnotationKind::Span,
                         .start = e.start,
                         .end = e.end};
            if (!a.labelId)
                return fail(why);
            a.provenance.origin = Origin::Import;
            spans.append(a);
        }
        if (!sink.storeAnnotations(spans, report, &why))
            return fail(why);
        report.annotations += int(spans.size());
    }
    return true;
}

bool ConllFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                            const JobControl &control)
{
    QString error;
    const QString target = FormatSupport::outputFile(path, QStringLiteral("conll"),
                                                     QStringLiteral("annotations.conll"), &error);
    if (target.isEmpty())
        return fail(error);
    QHash<qint64, QString> names;
    for (const Label &l : source.labels())
        names.insert(l.id, l.name);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(
                ConllFormatText::tr("%1: cannot write (%2)").arg(shown(target), out.errorString()));
    int widened = 0, overlapping = 0;
    QString walkError;
    const bool walked = FormatSupport::forEachAsset(
            source, AssetKind::Text, control,
            [&](const Asset &item) {
                const std::optional<Asset> asset(item);
                QList<Annotation> spans;
                for (const Annotation &a : source.annotations(asset->id))
                    if (a.kind == AnnotationKind::Span && names.contains(a.labelId))
                        spans.append(a);
                const TaggedText tagged = tagText(asset->text, spans, names);
                widened += tagged.widened;
                overlapping += tagged.overlapping;
                report.annotations += int(spans.size()) - tagged.overlapping;
                const QByteArray block = "-DOCSTART-\tO\n\n"
                                         + tagged.lines.join(QLatin1Char('\n')).toUtf8() + "\n\n";
                if (out.write(block) != block.size())
                    return fail(ConllFormatText::tr("%1: cannot write (%2)")
                                        .arg(shown(target), out.errorString()));
                ++report.assets;
                return true;
            },
            &walkError);
    if (!walked)
        return walkError.isEmpty() ? false : fail(walkError);
    if (!out.commit())
        return fail(
                ConllFormatText::tr("%1: cannot write (%2)").arg(shown(target), out.errorString()));
    // The spans' own lines come from what was written, not from losses()' forecast.
    report.warnings = kindLosses(source);
    if (widened)
        report.warnings.append(
                ConllFormatText::tr(
                        "%1 span(s) did not fall on whole tokens and were widened to them")
                        .arg(widened));
    if (overlapping)
        report.warnings.append(
                ConllFormatText::tr("%1 span(s) overlap another and cannot be written in BIO tags")
                        .arg(overlapping));
    return true;
}

QStringList ConllFormat::losses(ExportSource &source) const
{
    QStringList lines = kindLosses(source);
    const ProjectStats stats = source.stats();
    // What the tags do to the spans, known before writing (--verify, the export dialog): the
    // texts are tokenized as the export tokenizes them.
    if (!stats.annotationsByKind.value(AnnotationKind::Span))
        return lines;
    QHash<qint64, QString> names;
    for (const Label &l : source.labels())
        names.insert(l.id, l.name);
    int widened = 0, overlapping = 0;
    QString error;
    FormatSupport::forEachAsset(
            source, AssetKind::Text, JobControl(),
            [&](const Asset &asset) {
                QList<Annotation> spans;
                for (const Annotation &a : source.annotations(asset.id))
                    if (a.kind == AnnotationKind::Span && names.contains(a.labelId))
                        spans.append(a);
                if (spans.isEmpty())
                    return true;
                const TaggedText tagged = tagText(asset.text, spans, names);
                widened += tagged.widened;
                overlapping += tagged.overlapping;
                return true;
            },
            &error);
    if (widened)
        lines.append(ConllFormatText::tr(
                             "%1 span(s) do not fall on whole tokens and are widened to them")
                             .arg(widened));
    if (overlapping)
        lines.append(
                ConllFormatText::tr("%1 span(s) overlap another and cannot be written in BIO tags")
                        .arg(overlapping));
    return lines;
}

} // namespace Tessera
