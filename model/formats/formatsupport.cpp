// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formatsupport.h"

#include "core/shapegeometry.h"

#include <sys/stat.h>

#include <cmath>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Tessera::FormatSupport {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Format".
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace

QStringList annotationFiles(const QString &path, const QString &subfolder, const QString &pattern,
                            const QString &title, QString *error)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        // /dev/zero or a FIFO named as the dataset would be read forever.
        if (!isRegularFile(path, error))
            return {};
        return {info.absoluteFilePath()};
    }
    QDir dir(path);
    if (!subfolder.isEmpty() && dir.exists(subfolder))
        dir.cd(subfolder);
    else if (!subfolder.isEmpty() && dir.exists(subfolder.toLower())) // relaxed layouts
        dir.cd(subfolder.toLower());
    QStringList files;
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    if (files.isEmpty())
        *error = FormatText::tr("%1: no %2 files (%3) found").arg(shown(path), title, pattern);
    return files;
}

QString printable(const QByteArray &raw, int max)
{
    QString out;
    const QString text = QString::fromUtf8(raw);
    const bool validUtf8 = text.toUtf8() == raw;
    if (validUtf8) {
        for (const QChar c : text) {
            if (out.size() >= max) {
                out += QStringLiteral("…");
                break;
            }
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }
    for (const char b : raw) {
        if (out.size() >= max) {
            out += QStringLiteral("…");
            break;
        }
        const auto u = static_cast<unsigned char>(b);
        if (u < 0x20 || u >= 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(b);
    }
    return out;
}

bool isRegularFile(const QString &path, QString *error)
{
    // Only regular files: a FIFO, a socket or a device named where an image should be would
    // block the read forever or never end. (A missing file is left to the caller's message.)
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
        if (error)
            *error = FormatText::tr(
                             "%1: not a regular file (a folder, device, pipe or socket); not read")
                             .arg(shown(path));
        return false;
    }
    return true;
}

bool FolderListing::contains(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QStringLiteral(".") : path.left(slash);
    auto it = m_folders.find(folder);
    if (it == m_folders.end()) {
        QSet<QString> names;
        // Every kind of entry, dangling links too (what isPresent() sees); no stat per entry.
        QDirIterator entries(folder,
                             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (entries.hasNext()) {
            entries.next();
            names.insert(entries.fileName());
        }
        it = m_folders.insert(folder, names);
    }
    return it->contains(path.mid(slash + 1));
}

QString imageByStem(const QDir &dir, const QString &stem)
{
    if (stem.isEmpty() || !QFileInfo(stem).suffix().isEmpty())
        return QString();
    static const QStringList suffixes{QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                      QStringLiteral("png"),  QStringLiteral("bmp"),
                                      QStringLiteral("tif"),  QStringLiteral("tiff"),
                                      QStringLiteral("webp"), QStringLiteral("JPG"),
                                      QStringLiteral("JPEG"), QStringLiteral("PNG")};
    for (const QString &suffix : suffixes) {
        const QString candidate = dir.filePath(stem + QLatin1Char('.') + suffix);
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return QString();
}

QString textIdentity(const Asset &text, qint64 *byteSize)
{
    const QByteArray identity
            = text.kind == AssetKind::Text
                      ? text.text.toUtf8()
                      : QJsonDocument(QJsonObject{{QStringLiteral("prompt"), text.text},
                                                  {QStringLiteral("payload"), text.payload}})
                                .toJson(QJsonDocument::Compact);
    if (byteSize)
        *byteSize = identity.size();
    return QString::fromLatin1(
            QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex());
}

std::optional<QJsonDocument> readJson(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = FormatText::tr("%1: cannot read (%2)").arg(shown(file), in.errorString());
        return std::nullopt;
    }
    // A JSON document is parsed whole: past this size the parser's tree would not fit in memory
    // next to the file. Tessera's own exports stream and are far below it.
    constexpr qint64 limit = qint64(1) << 30;
    if (in.size() > limit) {
        *error = FormatText::tr("%1: %2 MiB is more than Tessera reads as one JSON document (%3 "
                                "MiB); split "
                                "it or use JSON Lines")
                         .arg(shown(file))
                         .arg(in.size() >> 20)
                         .arg(limit >> 20);
        return std::nullopt;
    }
    const QByteArray bytes = in.readAll();
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = jsonErrorAt(file, bytes, parseError.offset, parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

QString jsonErrorAt(const QString &file, const QByteArray &bytes, qint64 offset,
                    const QString &reason)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return FormatText::tr("%1:%2:%3: not valid JSON (%4)")
            .arg(shown(file))
            .arg(line)
            .arg(column)
            .arg(reason);
}

bool writeAtomically(const QString &file, const QByteArray &bytes, QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = FormatText::tr("%1: cannot write (%2)").arg(shown(file), out.errorString());
        return false;
    }
    return true;
}

bool forEachJsonLine(const QString &file,
                     const std::function<bool(const QJsonObject &, int, QString *)> &visit,
                     QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = FormatText::tr("%1: cannot read (%2)").arg(shown(file), in.errorString());
        return false;
    }
    int lineNumber = 0;
    constexpr qint64 longest = qint64(256) << 20;
    // QIODevice::readLine(maxSize) reserves maxSize bytes for every line (256 MiB of address
    // space mapped and unmapped per record, most of a 100k-line import's time): read into one
    // buffer that grows only as far as the longest line needs.
    QByteArray buffer(4096, Qt::Uninitialized);
    auto readLine = [&]() {
        qint64 length = 0;
        while (true) {
            const qint64 n = in.readLine(buffer.data() + length, buffer.size() - length);
            if (n <= 0)
                break;
            length += n;
            if (buffer.at(length - 1) == '\n' || length + 1 < buffer.size()
                || buffer.size() >= longest)
                break;
            buffer.resize(std::min<qint64>(buffer.size() * 2, longest));
        }
        return QByteArray(buffer.constData(), length);
    };
    while (!in.atEnd()) {
        const QByteArray raw = readLine();
        ++lineNumber;
        if (raw.size() >= longest - 1 && !raw.endsWith('\n')) {
            *error = FormatText::tr("%1:%2: the line is longer than %3 MiB: not JSON Lines")
                             .arg(shown(file))
                             .arg(lineNumber)
                             .arg(longest >> 20);
            return false;
        }
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        QString why;
        if (parseError.error != QJsonParseError::NoError)
            why = FormatText::tr("not a JSON object (%1 at column %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset + 1);
        else if (!doc.isObject())
            why = FormatText::tr("not a JSON object");
        else if (visit(doc.object(), lineNumber, &why))
            continue;
        *error = FormatText::tr("%1:%2: %3").arg(shown(file)).arg(lineNumber).arg(why);
        return false;
    }
    return true;
}

QString outputFile(const QString &path, const QString &suffix, const QString &defaultName,
                   QString *error)
{
    const QFileInfo info(path);
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) == 0 && !info.isDir()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = FormatText::tr("%1: cannot create the folder").arg(shown(info.absolutePath()));
            return QString();
        }
        return info.absoluteFilePath();
    }
    if (!QDir().mkpath(path)) {
        *error = FormatText::tr("%1: cannot create the folder").arg(shown(path));
        return QString();
    }
    return QDir(info.absoluteFilePath()).filePath(defaultName);
}

QRectF keypointBox(const Annotation &a)
{
    const QJsonArray kept = a.data.value(QStringLiteral("box")).toArray();
    if (kept.size() == 4)
        return QRectF(QPointF(kept[0].toDouble(), kept[1].toDouble()),
                      QPointF(kept[2].toDouble(), kept[3].toDouble()));
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    for (qsizetype k = 0; k < a.points.size(); ++k) {
        if (a.visibility.value(k, 2) == 0)
            continue;
        const QPointF p = a.points[k];
        left = any ? std::min(left, p.x()) : p.x();
        right = any ? std::max(right, p.x()) : p.x();
        top = any ? std::min(top, p.y()) : p.y();
        bottom = any ? std::max(bottom, p.y()) : p.y();
        any = true;
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QString safeFileName(const QString &name, qint64 assetId, QSet<QString> *used)
{
    // The last component, whichever separator the writer used.
    QString base = name;
    const qsizetype slash
            = std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        base = base.mid(slash + 1);
    if (base.size() >= 2 && base[1] == QLatin1Char(':') && base[0].isLetter())
        base = base.mid(2); // a drive letter without a separator: "C:x.jpg"
    QString clean;
    clean.reserve(base.size());
    for (const QChar c : std::as_const(base))
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f && c != QLatin1Char(':'))
            clean.append(c);
    // No hidden or special names: "..", ".", ".x" all lose their leading dots.
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    clean = clean.trimmed();
    if (clean.isEmpty())
        clean = QStringLiteral("asset-%1").arg(assetId);
    if (used) {
        if (used->contains(clean.toLower()))
            clean = QStringLiteral("%1_%2").arg(assetId).arg(clean);
        used->insert(clean.toLower());
    }
    return clean;
}

bool saneNumber(double v)
{
    return std::isfinite(v) && std::abs(v) <= 1e8;
}

bool isInside(const QString &folder, const QString &path)
{
    const QString root = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return target.startsWith(root + QLatin1Char('/')) && target.size() > root.size() + 1;
}

bool isCleanRelativePath(const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/'))
        || relative.contains(QLatin1Char('\\')) || relative.contains(QChar(0))
        || QDir::isAbsolutePath(relative) || QDir::cleanPath(relative) != relative)
        return false;
    const QStringList parts = relative.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..")
               || (p.size() >= 2 && p[1] == QLatin1Char(':'));
    });
}

QHash<qint64, QString> fileStems(ExportSource &source, AssetKind kind)
{
    QHash<qint64, QString> stems;
    QSet<QString> used;
    for (const Asset &a : listAssets(source, AssetFilter{.kind = kind})) {
        QString stem = QFileInfo(safeFileName(a.name, a.id)).completeBaseName();
        if (stem.isEmpty() || used.contains(stem))
            stem += QStringLiteral("-%1").arg(a.id);
        used.insert(stem);
        stems.insert(a.id, stem);
    }
    return stems;
}

bool BatchWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray named = QFile::encodeName(info.absolutePath() + QStringLiteral("/.")
                                               + info.fileName() + QStringLiteral(".tessera-part"));
    // An unnamed file (O_TMPFILE) gets its name only when it is complete: no half-written file
    // is ever visible, and a new file costs one directory change instead of two.
    int fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    const bool unnamed = fd >= 0;
    if (!unnamed)
        fd = ::open(named.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    for (qsizetype done = 0; ok && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        ok = n > 0;
        done += n;
    }
    if (ok && unnamed) {
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW)
            != 0) {
            // The file exists: link under a temporary name and rename over it.
            ::unlink(named.constData());
            ok = ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, named.constData(),
                          AT_SYMLINK_FOLLOW)
                         == 0
                 && ::rename(named.constData(), target.constData()) == 0;
        }
    } else if (ok) {
        ok = ::rename(named.constData(), target.constData()) == 0;
    }
    if (fd >= 0 && ::close(fd) != 0)
        ok = false;
    if (!ok) {
        *error = FormatText::tr("%1: cannot write (%2)")
                         .arg(shown(path), QString::fromLocal8Bit(strerror(errno)));
        ::unlink(named.constData());
        return false;
    }
    if (m_folder.isEmpty())
        m_folder = info.absolutePath();
    return true;
}

bool BatchWriter::finish(QString *error)
{
    if (m_folder.isEmpty())
        return true;
    const int fd
            = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::syncfs(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        *error = FormatText::tr("%1: cannot make the export durable (%2)")
                         .arg(shown(m_folder), QString::fromLocal8Bit(strerror(errno)));
    return ok;
}

QString firstLine(const QString &text, int maxLength)
{
    // The first line with something on it; a text of nothing but blanks still gets a name (the
    // store needs one, and the browser shows it).
    QString line;
    for (const QStringView part : QStringView(text).split(QLatin1Char('\n'))) {
        line = part.toString().simplified();
        if (!line.isEmpty())
            break;
    }
    if (line.isEmpty())
        return QStringLiteral("(empty)");
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

QList<Asset> listAssets(ExportSource &source, const AssetFilter &filter)
{
    QList<Asset> all;
    all.reserve(source.assetCount(filter)); // 100,000 assets grown page by page were copied often
    for (qint64 after = 0;;) {
        const QList<Asset> page = source.assetPage(filter, after, 2000);
        if (page.isEmpty())
            return all;
        after = page.constLast().id;
        all += page;
    }
}

bool forEachListedAsset(ExportSource &source, const AssetFilter &filter, const JobControl &control,
                        const std::function<bool(const Asset &)> &visit, QString *error)
{
    const qint64 total = source.assetCount(filter);
    qint64 done = 0;
    for (qint64 after = 0;;) {
        const QList<Asset> page = source.assetPage(filter, after, 500);
        if (page.isEmpty())
            return true;
        after = page.constLast().id;
        for (const Asset &listed : page) {
            if (control.canceled()) {
                *error = FormatText::tr("Export canceled");
                return false;
            }
            if (!visit(listed))
                return false;
            control.report(++done, total);
        }
    }
}

bool forEachAsset(ExportSource &source, std::optional<AssetKind> kind, const JobControl &control,
                  const std::function<bool(const Asset &)> &visit, QString *error)
{
    return forEachListedAsset(
            source, AssetFilter{.kind = kind}, control,
            [&](const Asset &listed) {
                const std::optional<Asset> asset = source.asset(listed.id); // text and payload
                if (!asset) {
                    *error = source.errorString();
                    return false;
                }
                return visit(*asset);
            },
            error);
}

QString relativePath(const QString &dir, const QString &target)
{
    return QDir(dir).relativeFilePath(target);
}

QStringList losses(ExportSource &source, const QSet<AnnotationKind> &written, bool areasAsBoxes,
                   const QString &title)
{
    const ProjectStats stats = source.stats();
    return losses(stats.annotationsByKind,
                  stats.assetsByKind.value(AssetKind::Text)
                          + stats.assetsByKind.value(AssetKind::Comparison),
                  written, areasAsBoxes, title);
}

QStringList losses(const QMap<AnnotationKind, qint64> &annotationsByKind, qint64 textAssets,
                   const QSet<AnnotationKind> &written, bool areasAsBoxes, const QString &title)
{
    QStringList lines;
    for (auto it = annotationsByKind.cbegin(); it != annotationsByKind.cend(); ++it) {
        const AnnotationKind kind = it.key();
        if (written.contains(kind) || it.value() == 0)
            continue;
        lines.append(areasAsBoxes && ShapeGeometry::isArea(kind)
                             ? FormatText::tr("%1 %2(s) are written as their bounding boxes")
                                       .arg(it.value())
                                       .arg(annotationKindName(kind))
                             : FormatText::tr("%1 %2(s) cannot be written in %3 and are left out")
                                       .arg(it.value())
                                       .arg(annotationKindName(kind), title));
    }
    const bool writesText = written.contains(AnnotationKind::Span)
                            || written.contains(AnnotationKind::Classification)
                            || written.contains(AnnotationKind::Preference);
    if (!writesText && textAssets)
        lines.append(
                FormatText::tr(
                        "%1 text document(s) and comparison(s) are not written (%2 holds images)")
                        .arg(textAssets)
                        .arg(title));
    return lines;
}

} // namespace Tessera::FormatSupport
