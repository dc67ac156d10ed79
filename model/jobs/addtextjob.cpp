// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "addtextjob.h"

#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

namespace Tessera::AddTextJob {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool decodeUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString firstLine(const QString &text, int maxLength = 60)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

// Turns one JSONL object into an asset, or explains why it cannot.
std::optional<Asset> assetFromObject(const QJsonObject &object, QString *why)
{
    Asset a;
    a.payload = object;
    if (object.contains(key("prompt")) || object.contains(key("messages"))) {
        a.kind = AssetKind::Comparison;
        a.text = object.value(key("prompt")).toString();
        a.payload.remove(key("prompt"));
        QJsonArray answers = object.value(key("answers")).toArray();
        if (answers.isEmpty())
            answers = object.value(key("responses")).toArray();
        if (answers.isEmpty() && object.contains(key("chosen"))) {
            answers = {object.value(key("chosen")), object.value(key("rejected"))};
        }
        if (answers.size() < 2) {
            *why = QStringLiteral("a comparison needs at least two answers (\"answers\", "
                                  "\"responses\" or \"chosen\"/\"rejected\")");
            return std::nullopt;
        }
        a.payload.remove(key("responses"));
        a.payload[key("answers")] = answers;
        if (a.text.isEmpty()) {
            const QJsonArray messages = object.value(key("messages")).toArray();
            if (messages.isEmpty()) {
                *why = QStringLiteral("a comparison needs a \"prompt\" or \"messages\"");
                return std::nullopt;
            }
            a.text = messages.last().toObject().value(key("content")).toString();
        }
        a.name = firstLine(a.text);
        return a;
    }
    if (object.value(key("text")).isString()) {
        a.kind = AssetKind::Text;
        a.text = object.value(key("text")).toString();
        a.payload.remove(key("text"));
        a.name = firstLine(a.text);
        return a;
    }
    *why = QStringLiteral("expected a \"text\" field, or a \"prompt\" with answers");
    return std::nullopt;
}

} // namespace

AddReport run(ProjectStore &store, const QStringList &paths, const JobControl &control)
{
    // A folder stands for the .txt and .jsonl files below it, in name order (a stable order
    // means stable asset order from one import to the next).
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(
                path,
                {QStringLiteral("*.txt"), QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson")},
                QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    AddReport report;
    QSet<QString> seen;
    QList<Asset> pending;
    // One transaction for the whole job: one commit (one fsync) instead of one per thousand
    // records, and a canceled job leaves nothing half added.
    ProjectStore::Transaction whole(store);
    auto nothingAdded = [&report]() {
        report.added = 0;
        report.assetIds.clear();
        return report;
    };
    auto addIfNew = [&](Asset &a, const QByteArray &identity) {
        a.sha256 = sha256Of(identity);
        if (seen.contains(a.sha256) || store.assetBySha256(a.sha256)) {
            ++report.duplicates;
            return;
        }
        seen.insert(a.sha256);
        a.byteSize = identity.size();
        pending.append(a);
    };
    auto flush = [&]() {
        if (!store.addAssets(pending)) {
            report.fatalError = store.errorString();
            return false;
        }
        report.added += int(pending.size());
        for (const Asset &a : std::as_const(pending))
            report.assetIds.append(a.id);
        pending.clear();
        return true;
    };

    for (qsizetype i = 0; i < files.size(); ++i) {
        if (control.canceled()) {
            report.canceled = true;
            break;
        }
        const QString &path = files[i];
        const QString shown = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.errors.append(
                    QStringLiteral("%1: cannot read (%2)").arg(shown, file.errorString()));
            continue;
        }
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")) {
            int lineNumber = 0;
            while (!file.atEnd()) {
                if (control.canceled()) {
                    report.canceled = true;
                    break;
                }
                const QByteArray line = file.readLine().trimmed();
                ++lineNumber;
                if (line.isEmpty())
                    continue;
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
                if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                    report.errors.append(
                            QStringLiteral("%1:%2: not a JSON object (%3)")
                                    .arg(shown)
                                    .arg(lineNumber)
                                    .arg(error.error == QJsonParseError::NoError
                                                 ? QStringLiteral("found an array or value")
                                                 : error.errorString()));
                    continue;
                }
                QString why;
                std::optional<Asset> asset = assetFromObject(doc.object(), &why);
                if (!asset) {
                    report.errors.append(
                            QStringLiteral("%1:%2: %3").arg(shown).arg(lineNumber).arg(why));
                    continue;
                }
                asset->path.clear();
                asset->payload[key("source")]
                        = QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(lineNumber);
                addIfNew(*asset, line);
                if (pending.size() >= 1000 && !flush())
                    return nothingAdded();
            }
        } else {
            const QByteArray bytes = file.readAll();
            Asset a;
            a.kind = AssetKind::Text;
            if (!decodeUtf8(bytes, &a.text)) {
                report.errors.append(QStringLiteral("%1: not UTF-8 text").arg(shown));
                continue;
            }
            if (a.text.startsWith(QChar(0xfeff)))
                a.text.remove(0, 1);
            a.path = store.storedPath(QFileInfo(path).absoluteFilePath());
            a.name = QFileInfo(path).fileName();
            addIfNew(a, bytes);
        }
        control.report(i + 1, files.size());
    }
    if (report.canceled || !flush())
        return nothingAdded();
    if (!whole.commit()) {
        report.fatalError = store.errorString();
        return nothingAdded();
    }
    return report;
}

} // namespace Tessera::AddTextJob
