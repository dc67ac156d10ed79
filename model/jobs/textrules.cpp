// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "textrules.h"

#include "core/textoffsets.h"
#include "store/projectstore.h"
#include "util/identity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <set>
#include <tuple>

namespace Tessera::TextRules {

namespace {

const QString settingKey = QStringLiteral("text/rules");

// Texts filed by lupdate under, and looked up in, the context "TextRules".
struct TextRulesText
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
};

QRegularExpression expression(const TextRule &rule)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!rule.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    if (rule.kind == TextRule::Kind::Regex)
        return QRegularExpression(rule.pattern, options);
    // Longest terms first, so that "New York City" wins over "New York" at the same place.
    QStringList terms;
    for (const QString &t : rule.terms) {
        if (!t.trimmed().isEmpty())
            terms.append(QRegularExpression::escape(t.trimmed()));
    }
    std::sort(terms.begin(), terms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (terms.isEmpty())
        return QRegularExpression();
    return QRegularExpression(
            QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(terms.join(QLatin1Char('|'))), options);
}

QString fingerprint(const TextRule &rule)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(rule.pattern.toUtf8());
    hash.addData(rule.terms.join(QLatin1Char('\n')).toUtf8());
    hash.addData(rule.caseSensitive ? "c" : "i");
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace

QList<TextRule> load(ProjectStore &store)
{
    QList<TextRule> rules;
    const QJsonArray array = QJsonDocument::fromJson(store.setting(settingKey).toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        TextRule r;
        r.name = o.value(QStringLiteral("name")).toString();
        r.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("gazetteer")
                         ? TextRule::Kind::Gazetteer
                         : TextRule::Kind::Regex;
        r.labelId = o.value(QStringLiteral("label")).toInteger();
        r.pattern = o.value(QStringLiteral("pattern")).toString();
        for (const QJsonValue &t : o.value(QStringLiteral("terms")).toArray())
            r.terms.append(t.toString());
        r.caseSensitive = o.value(QStringLiteral("caseSensitive")).toBool();
        rules.append(r);
    }
    return rules;
}

bool save(ProjectStore &store, const QList<TextRule> &rules)
{
    QJsonArray array;
    for (const TextRule &r : rules) {
        array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("kind"), r.kind == TextRule::Kind::Gazetteer
                                                                  ? QStringLiteral("gazetteer")
                                                                  : QStringLiteral("regex")},
                                 {QStringLiteral("label"), r.labelId},
                                 {QStringLiteral("pattern"), r.pattern},
                                 {QStringLiteral("terms"), QJsonArray::fromStringList(r.terms)},
                                 {QStringLiteral("caseSensitive"), r.caseSensitive}});
    }
    return store.setSetting(settingKey,
                            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QString check(const TextRule &rule)
{
    if (!rule.labelId)
        return TextRulesText::tr("rule \"%1\" has no label").arg(rule.name);
    if (rule.kind == TextRule::Kind::Gazetteer) {
        if (std::none_of(rule.terms.cbegin(), rule.terms.cend(),
                         [](const QString &t) { return !t.trimmed().isEmpty(); }))
            return TextRulesText::tr("rule \"%1\" has no terms").arg(rule.name);
        return {};
    }
    if (rule.pattern.isEmpty())
        return TextRulesText::tr("rule \"%1\" has no pattern").arg(rule.name);
    const QRegularExpression re = expression(rule);
    if (!re.isValid())
        return TextRulesText::tr("rule \"%1\": %2 at offset %3")
                .arg(rule.name, re.errorString())
                .arg(re.patternErrorOffset());
    if (re.match(QString()).hasMatch())
        return TextRulesText::tr("rule \"%1\" matches empty text").arg(rule.name);
    return {};
}

QList<Annotation> propose(const QList<TextRule> &rules, qint64 assetId, const QString &text,
                          const QList<Annotation> &existing)
{
    std::set<std::tuple<qint64, qint64, qint64>> taken;
    for (const Annotation &a : existing) {
        if (a.kind == AnnotationKind::Span)
            taken.insert({a.labelId, a.start, a.end});
    }
    const TextOffsets::OffsetMap offsets(text);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Annotation> out;
    for (const TextRule &rule : rules) {
        if (!check(rule).isEmpty())
            continue;
        const QRegularExpression re = expression(rule);
        const QString version = fingerprint(rule);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            const qint64 start = offsets.toCodePoint(m.capturedStart());
            const qint64 end = offsets.toCodePoint(m.capturedEnd());
            if (taken.count({rule.labelId, start, end}))
                continue;
            taken.insert({rule.labelId, start, end});
            Annotation a;
            a.assetId = assetId;
            a.labelId = rule.labelId;
            a.kind = AnnotationKind::Span;
            a.start = start;
            a.end = end;
            a.provenance = {.origin = Origin::Prelabel,
                            .author = Identity::currentUserName(),
                            .createdAt = now,
                            .modifiedAt = now,
                            .modelId = QStringLiteral("rule:") + rule.name,
                            .modelVersion = version,
                            .score = 1.0};
            out.append(a);
        }
    }
    return out;
}

qint64 runOnProject(ProjectStore &store, const QList<TextRule> &rules, const JobControl &control,
                    QString *error)
{
    AssetFilter texts;
    texts.kind = AssetKind::Text;
    const QList<qint64> ids = store.assetIds(texts);
    ProjectStore::Transaction transaction(store);
    qint64 added = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (control.canceled()) {
            *error = TextRulesText::tr("canceled");
            return -1;
        }
        const std::optional<Asset> asset = store.asset(ids[i]);
        if (!asset)
            continue;
        QList<Annotation> proposals
                = propose(rules, asset->id, asset->text, store.annotations(asset->id));
        if (!proposals.isEmpty()
            && !store.addAnnotations(proposals, ProjectStore::AuditDetail::Summary)) {
            *error = store.errorString();
            return -1;
        }
        added += proposals.size();
        if (i % 64 == 0)
            control.report(i, ids.size());
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return -1;
    }
    control.report(ids.size(), ids.size());
    return added;
}

std::optional<TextRule> parse(ProjectStore &store, const QString &spec, QString *error)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = TextRulesText::tr("\"%1\": expected LABEL=/REGEX/ or LABEL=@TERMS_FILE").arg(spec);
        return std::nullopt;
    }
    const QString labelName = spec.left(eq);
    const QString body = spec.mid(eq + 1);
    TextRule rule;
    for (const Label &l : store.labels()) {
        if (l.name == labelName)
            rule.labelId = l.id;
    }
    if (!rule.labelId) {
        *error = TextRulesText::tr("\"%1\": no label named \"%2\"").arg(spec, labelName);
        return std::nullopt;
    }
    if (body.startsWith(QLatin1Char('@'))) {
        QFile file(body.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = TextRulesText::tr("%1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        rule.kind = TextRule::Kind::Gazetteer;
        rule.name = QStringLiteral("%1 terms").arg(labelName);
        rule.terms = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &t : rule.terms)
            t = t.trimmed();
    } else if (body.size() >= 2 && body.startsWith(QLatin1Char('/'))
               && (body.endsWith(QLatin1Char('/')) || body.endsWith(QLatin1String("/i")))) {
        const bool insensitive = body.endsWith(QLatin1String("/i"));
        rule.pattern = body.mid(1, body.size() - (insensitive ? 3 : 2));
        rule.caseSensitive = !insensitive;
        rule.name = QStringLiteral("%1 /%2/").arg(labelName, rule.pattern);
    } else {
        *error = TextRulesText::tr(
                         "\"%1\": expected LABEL=/REGEX/, LABEL=/REGEX/i or LABEL=@TERMS_FILE")
                         .arg(spec);
        return std::nullopt;
    }
    if (const QString problem = check(rule); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return rule;
}

} // namespace Tessera::TextRules
