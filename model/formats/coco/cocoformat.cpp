// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "cocoformat.h"

#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSaveFile>

#include <simdjson.h>

#include <sys/mman.h>
#include <unistd.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

namespace Tessera {

namespace {

using FormatSupport::key;
using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "CocoFormat".
struct CocoFormatText
{
    Q_DECLARE_TR_FUNCTIONS(CocoFormat)
};

bool isNumber(const QJsonValue &v)
{
    return v.isDouble() && FormatSupport::saneNumber(v.toDouble());
}

// COCO RLE counts as written by pycocotools' compressed form: LEB128-like, 5 bits a character,
// each count after the second stored as a difference to the one two before.
QList<quint32> decodeCompressedCounts(const QByteArray &text, bool *ok)
{
    QList<qint64> counts;
    qsizetype p = 0;
    while (p < text.size()) {
        qint64 x = 0;
        int k = 0;
        bool more = true;
        while (more) {
            if (p >= text.size()) {
                *ok = false;
                return {};
            }
            const int c = text[p] - 48;
            x |= qint64(c & 0x1f) << (5 * k);
            more = c & 0x20;
            ++p;
            ++k;
            if (!more && (c & 0x10))
                x |= -1LL << (5 * k);
        }
        if (counts.size() > 2)
            x += counts[counts.size() - 2];
        counts.append(x);
    }
    QList<quint32> result;
    for (qint64 c : counts) {
        if (c < 0) {
            *ok = false;
            return {};
        }
        result.append(quint32(c));
    }
    *ok = true;
    return result;
}

// COCO masks run down the columns of the whole image; Tessera's run along the rows of a crop.
bool maskFromCocoRle(Annotation &a, const QList<quint32> &counts, int height, int width)
{
    QImage bitmap(width, height, QImage::Format_Grayscale8);
    bitmap.fill(0);
    qint64 at = 0;
    bool inside = false;
    const qint64 total = qint64(width) * height;
    for (quint32 run : counts) {
        const qint64 end = std::min(total, at + qint64(run));
        if (inside)
            for (qint64 i = at; i < end; ++i)
                bitmap.scanLine(int(i % height))[i / height] = 255;
        at = end;
        inside = !inside;
    }
    return MaskCodec::fromImage(a, bitmap, QPoint(0, 0));
}

QByteArray cocoRleCounts(const Annotation &a, int width, int height)
{
    const QImage mask = MaskCodec::toImage(a);
    QByteArray counts = "[";
    qint64 run = 0;
    bool inside = false;
    bool first = true;
    for (int x = 0; x < width; ++x) {
        for (int y = 0; y < height; ++y) {
            const QPoint local = QPoint(x, y) - a.maskRect.topLeft();
            const bool on
                    = a.maskRect.contains(QPoint(x, y)) && mask.constScanLine(local.y())[local.x()];
            if (on != inside) {
                counts += (first ? "" : ",") + QByteArray::number(run);
                first = false;
                run = 0;
                inside = on;
            }
            ++run;
        }
    }
    counts += (first ? "" : ",") + QByteArray::number(run) + "]";
    return counts;
}

// The parse touches several hundred MB once (the file, simdjson's structural indexes, tape and
// strings): asked for in 2 MiB pages (transparent huge pages, which this kernel gives on request),
// its page faults, most of the parse's time on a VM, become some 500 times fewer. Only whole
// pages inside each buffer are advised; where the kernel says no, nothing changes.
void adviseRange(const void *data, size_t bytes)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t begin = (uintptr_t(data) + page - 1) & ~(page - 1);
    const uintptr_t end = (uintptr_t(data) + bytes) & ~(page - 1);
    if (data && end > begin + (2u << 20))
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data)
    Q_UNUSED(bytes)
#endif
}

// simdjson's on-demand parser keeps its structural indexes (4 bytes per token: the largest
// buffer of a parse after the file itself) behind a private member. An explicit instantiation may
// name a private member (the standard exempts it from access checks); this one hands out a
// pointer to it, so that the buffer can be asked for in huge pages like the others.
using ParserImplementation = std::unique_ptr<simdjson::internal::dom_parser_implementation>;
ParserImplementation simdjson::ondemand::parser::*parserImplementation();
template<ParserImplementation simdjson::ondemand::parser::*Member>
struct ParserAccess
{
    friend ParserImplementation simdjson::ondemand::parser::*parserImplementation()
    {
        return Member;
    }
};
template struct ParserAccess<&simdjson::ondemand::parser::implementation>;

// The structural indexes parser.allocate() made, sized as simdjson 3's allocate() sizes them.
void adviseHugePages(simdjson::ondemand::parser &parser)
{
    if (const ParserImplementation &implementation = parser.*parserImplementation())
        adviseRange(implementation->structural_indexes.get(),
                    (SIMDJSON_ROUNDUP_N(parser.capacity(), 64) + 2 + 7) * sizeof(uint32_t));
}

// How a record read for the fast path turned out.
enum class RecordRead { Plain, Other, BadJson };

// Whether an error of simdjson's means the text is no JSON (as against a value of another type
// than asked for, or a missing field, which the general path reports in its words).
bool isSyntaxError(simdjson::error_code error)
{
    return error != simdjson::SUCCESS && error != simdjson::INCORRECT_TYPE
           && error != simdjson::NO_SUCH_FIELD && error != simdjson::NUMBER_OUT_OF_RANGE;
}

// A value nothing reads, checked all the same: on demand, simdjson looks at a value only when
// asked, and a corrupt number in a field nobody reads ("area": 12x) would pass where the file is
// not JSON at all. Arrays and objects are walked. A value that is not JSON fails with a syntax
// error (isSyntaxError()), whatever simdjson said of its type.
simdjson::error_code checkValue(simdjson::ondemand::value value)
{
    using simdjson::ondemand::json_type;
    json_type type;
    if (const auto error = value.type().get(type))
        return error;
    switch (type) {
    case json_type::array: {
        simdjson::ondemand::array array;
        if (const auto error = value.get_array().get(array))
            return error;
        for (auto item : array) {
            simdjson::ondemand::value element;
            if (const auto error = item.get(element))
                return error;
            if (const auto error = checkValue(element))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case json_type::object: {
        simdjson::ondemand::object object;
        if (const auto error = value.get_object().get(object))
            return error;
        for (auto item : object) {
            simdjson::ondemand::field field;
            std::string_view name;
            if (const auto error = std::move(item).get(field))
                return error;
            if (const auto error = field.unescaped_key().get(name))
                return error;
            if (const auto error = checkValue(field.value()))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case json_type::number: {
        // A whole number too large for 64 bits is still JSON (read as a double by Qt).
        double d = 0;
        return value.get_double().get(d) ? simdjson::NUMBER_ERROR : simdjson::SUCCESS;
    }
    case json_type::string: {
        std::string_view text;
        return value.get_string().get(text) ? simdjson::STRING_ERROR : simdjson::SUCCESS;
    }
    case json_type::boolean: {
        bool b = false;
        return value.get_bool().get(b) ? simdjson::T_ATOM_ERROR : simdjson::SUCCESS;
    }
    case json_type::null: {
        bool null = false;
        return value.is_null().get(null) || !null ? simdjson::N_ATOM_ERROR : simdjson::SUCCESS;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

// A record with image_id, category_id, a valid bbox, perhaps a score (detection results kept in
// a dataset, as FiftyOne writes them), and no segmentation, keypoints, attributes or caption:
// read without conversion. False sends the record to the general path (which also
// reports what is wrong with it).
RecordRead plainBox(simdjson::ondemand::object &record, const QHash<qint64, qint64> &assetOf,
                    const QHash<qint64, qint64> &labelOf, Annotation &box)
{
    int64_t imageId = 0, categoryId = 0;
    double v[4] = {0, 0, -1, -1};
    std::optional<double> score;
    bool haveBox = false, haveImage = false, haveCategory = false;
    for (auto item : record) {
        simdjson::ondemand::field field;
        if (const auto error = std::move(item).get(field))
            return isSyntaxError(error) ? RecordRead::BadJson : RecordRead::Other;
        const simdjson::ondemand::raw_json_string name = field.key();
        simdjson::ondemand::value value = field.value();
        if (name == "image_id") {
            haveImage = !value.get_int64().get(imageId);
        } else if (name == "category_id") {
            haveCategory = !value.get_int64().get(categoryId);
        } else if (name == "bbox") {
            simdjson::ondemand::array values;
            if (value.get_array().get(values))
                return RecordRead::Other;
            int n = 0;
            for (auto x : values) {
                // Every element is read (a fifth fails below): the parse stays in step.
                double d = 0;
                if (x.get_double().get(d))
                    return RecordRead::Other;
                if (n < 4)
                    v[n] = d;
                ++n;
            }
            if (n != 4)
                return RecordRead::Other;
            haveBox = true;
        } else if (name == "segmentation") {
            simdjson::ondemand::array polygons;
            bool empty = false;
            if (value.get_array().get(polygons) || polygons.is_empty().get(empty) || !empty)
                return RecordRead::Other;
        } else if (name == "score") {
            double d = 0;
            if (value.get_double().get(d) || !std::isfinite(d))
                return RecordRead::Other;
            score = d;
        } else if (name == "keypoints" || name == "attributes" || name == "caption"
                   || name == "segments_info") {
            return RecordRead::Other;
        } else if (checkValue(value)) {
            return RecordRead::Other; // the record's own parse says what is wrong
        }
    }
    if (!haveBox || !haveImage || !haveCategory || !FormatSupport::saneNumber(v[0])
        || !FormatSupport::saneNumber(v[1]) || !FormatSupport::saneNumber(v[2])
        || !FormatSupport::saneNumber(v[3]) || v[2] < 0 || v[3] < 0)
        return RecordRead::Other;
    const auto asset = assetOf.constFind(imageId);
    const auto label = labelOf.constFind(categoryId);
    if (asset == assetOf.cend() || label == labelOf.cend())
        return RecordRead::Other;
    box = Annotation{.assetId = *asset,
                     .labelId = *label,
                     .kind = AnnotationKind::Box,
                     .points = {QPointF(v[0], v[1]), QPointF(v[0] + v[2], v[1] + v[3])}};
    box.provenance.origin = Origin::Import;
    box.provenance.score = score;
    return RecordRead::Plain;
}

// Where the images a COCO file names may be, worked out once per file: 100,000 lookups that each
// rebuilt six candidate paths spent longer on the strings than on the listing.
class ImageFinder
{
public:
    explicit ImageFinder(const QString &jsonFile)
    {
        const QFileInfo json(jsonFile);
        const QDir dir = json.absoluteDir();
        QString subset = json.completeBaseName();
        subset = subset.mid(subset.lastIndexOf(QLatin1Char('_')) + 1); // instances_train -> train
        m_folders << dir.absolutePath() << dir.filePath(QStringLiteral("images"));
        // mmdetection's layout: annotations/instances_train.json beside train/.
        if (dir.dirName() == QLatin1String("annotations")) {
            const QDir root(QDir::cleanPath(dir.filePath(QStringLiteral(".."))));
            m_folders << root.filePath(QStringLiteral("images/") + subset) << root.filePath(subset)
                      << root.filePath(QStringLiteral("images")) << root.absolutePath();
        }
    }

    QString find(const QString &fileName)
    {
        for (const QString &folder : std::as_const(m_folders))
            if (const QString c = folder + QLatin1Char('/') + fileName; m_listing.contains(c))
                return QDir::cleanPath(c);
        // Some writers drop the extension: "000123" for 000123.jpg.
        for (const QString &folder : std::as_const(m_folders)) {
            const QFileInfo info(folder + QLatin1Char('/') + fileName);
            if (const QString byStem
                = FormatSupport::imageByStem(info.absoluteDir(), info.fileName());
                !byStem.isEmpty())
                return byStem;
        }
        return QString();
    }

private:
    QStringList m_folders; // absolute, in the order they are tried
    FormatSupport::FolderListing m_listing;
};

// An image record's fields, read straight from the parsed file.
struct ImageRecord
{
    qint64 cocoId = 0;
    QString fileName;
    int width = 0;
    int height = 0;
};

// INCORRECT_TYPE for a record without its fields, a syntax error for broken JSON.
simdjson::error_code readImageRecord(simdjson::ondemand::value element, ImageRecord *r)
{
    simdjson::ondemand::object o;
    if (const auto error = element.get_object().get(o))
        return error;
    int64_t id = 0;
    std::string_view name;
    double width = 0, height = 0;
    bool haveId = false, haveName = false, haveWidth = false, haveHeight = false;
    // The fields may come in any order; those not read here are checked (checkValue).
    for (auto item : o) {
        simdjson::ondemand::field field;
        if (const auto error = std::move(item).get(field))
            return error;
        const simdjson::ondemand::raw_json_string key = field.key();
        simdjson::ondemand::value value = field.value();
        simdjson::error_code error = simdjson::SUCCESS;
        if (key == "id")
            haveId = !(error = value.get_int64().get(id));
        else if (key == "file_name")
            haveName = !(error = value.get_string().get(name));
        else if (key == "width")
            haveWidth = !(error = value.get_double().get(width));
        else if (key == "height")
            haveHeight = !(error = value.get_double().get(height));
        else
            error = checkValue(value);
        if (error)
            return error;
    }
    if (!haveId || !haveName || !haveWidth || !haveHeight)
        return simdjson::NO_SUCH_FIELD;
    if (name.empty() || !FormatSupport::saneNumber(width) || !FormatSupport::saneNumber(height))
        return simdjson::INCORRECT_TYPE;
    r->cocoId = id;
    r->fileName = QString::fromUtf8(name.data(), qsizetype(name.size()));
    r->width = int(width);
    r->height = int(height);
    return simdjson::SUCCESS;
}

// One record's common fields as their shortest round-trip text (std::to_chars) in a fixed
// buffer: a box's record is about 120 bytes; 512 leave room for the longest numbers.
// What an annotation's record needs of its image, kept for every image during the export.
struct ImageSize
{
    qint64 id = 0;
    int width = 0;
    int height = 0;
};

struct RecordBuffer
{
    char data[512];
    qsizetype size = 0;

    void put(const char *text)
    {
        const size_t n = std::strlen(text);
        std::memcpy(data + size, text, n);
        size += qsizetype(n);
    }
    void put(qint64 v) { size = std::to_chars(data + size, data + sizeof data, v).ptr - data; }
    void put(double v)
    {
        if (!std::isfinite(v)) {
            put("null"); // JSON has no inf or NaN; the store refuses them, this is the last guard
            return;
        }
        char *end = data + sizeof data;
        const double integral = std::floor(v);
        size = (integral == v && std::abs(v) < 1e15 ? std::to_chars(data + size, end, qint64(v))
                                                    : std::to_chars(data + size, end, v))
                       .ptr
               - data;
    }
};

QByteArray number(double v)
{
    // The shortest text that reads back as the same double: exact, and the fast path of the
    // conversion (a fixed precision falls into its slow big-number path).
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

// A JSON string literal; much cheaper than a QJsonDocument per name.
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (uchar(c) < 0x20)
            out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + "\"";
}

} // namespace

QString CocoFormat::displayName() const
{
    return CocoFormatText::tr("COCO instances");
}
QString CocoFormat::nameFilter() const
{
    return CocoFormatText::tr("COCO annotations (*.json)");
}

QSet<AnnotationKind> CocoFormat::writtenKinds() const
{
    return {AnnotationKind::Box, AnnotationKind::Polygon, AnnotationKind::Mask,
            AnnotationKind::Keypoints};
}

bool CocoFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                          const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QStringLiteral("annotations"), QStringLiteral("*.json"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    return readAll(files, control,
                   [&](const QString &file) { return readFile(sink, file, report); });
}

bool CocoFormat::readFile(ImportSink &sink, const QString &file, FormatReport &report)
{
    // simdjson reads the file on demand: one pass finds its tokens, and the records are read
    // straight from the text as they are reached, with no tree of the whole file (which took
    // twice the file's size again in memory, and page faults that were most of the parse's
    // time). A record other than a plain box is read as a small QJsonObject by the code below.
    QString why;
    if (QFileInfo(file).size() > (qint64(1) << 30)) {
        FormatSupport::readJson(file, &why); // the message about the size
        return fail(why);
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(CocoFormatText::tr("%1: cannot read (%2)").arg(shown(file), in.errorString()));
    const qint64 size = in.size();
    simdjson::padded_string json(size_t(std::max<qint64>(size, 0)));
    simdjson::ondemand::parser parser;
    if (parser.allocate(std::max<size_t>(json.size(), 1)))
        return fail(CocoFormatText::tr("%1: not enough memory to read it").arg(shown(file)));
    adviseRange(json.data(), json.size());
    adviseHugePages(parser);
    for (qint64 done = 0; done < size;) {
        const qint64 n = in.read(json.data() + done, size - done);
        if (n <= 0)
            return fail(
                    CocoFormatText::tr("%1: cannot read (%2)").arg(shown(file), in.errorString()));
        done += n;
    }
    // The exact place of a syntax error comes from Qt's parser, which reports it.
    const auto notJson = [&](simdjson::error_code error) {
        QString why;
        if (!FormatSupport::readJson(file, &why))
            return fail(why);
        return fail(CocoFormatText::tr("%1: not valid JSON (%2)")
                            .arg(shown(file), QString::fromLatin1(simdjson::error_message(error))));
    };
    // A UTF-8 byte order mark (Windows tools write one) is not JSON: skipped, as the other
    // importers do.
    const bool bom = json.size() >= 3 && static_cast<unsigned char>(json.data()[0]) == 0xEF
                     && static_cast<unsigned char>(json.data()[1]) == 0xBB
                     && static_cast<unsigned char>(json.data()[2]) == 0xBF;
    const size_t skip = bom ? 3 : 0;
    simdjson::ondemand::document doc;
    simdjson::ondemand::object top;
    if (const auto error = parser.iterate(json.data() + skip, json.size() - skip,
                                          json.size() - skip + simdjson::SIMDJSON_PADDING)
                                   .get(doc))
        return notJson(error);
    if (const auto error = doc.get_object().get(top))
        return isSyntaxError(error)
                       ? notJson(error)
                       : fail(CocoFormatText::tr(
                                      "%1: not COCO: \"images\" and \"annotations\" must be arrays")
                                      .arg(shown(file)));
    // Both arrays are looked for before anything is stored; the fields may come in any order,
    // each lookup goes round the object once at most.
    const auto arrayField = [&top](const char *name, simdjson::ondemand::array *array) {
        simdjson::ondemand::value v;
        if (const auto error = top.find_field_unordered(name).get(v))
            return error;
        if (array)
            return v.get_array().get(*array);
        simdjson::ondemand::json_type type;
        if (const auto error = v.type().get(type))
            return error;
        return type == simdjson::ondemand::json_type::array ? simdjson::SUCCESS
                                                            : simdjson::INCORRECT_TYPE;
    };
    for (const char *name : {"images", "annotations"})
        if (const auto error = arrayField(name, nullptr))
            return isSyntaxError(error) ? notJson(error)
                                        : fail(CocoFormatText::tr("%1: not COCO: \"images\" and "
                                                                  "\"annotations\" must be arrays")
                                                       .arg(shown(file)));
    // A record that is not a plain box is read as a QJsonObject from its own text.
    const auto objectOf = [](std::string_view text, bool *ok) {
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(
                QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error);
        *ok = error.error == QJsonParseError::NoError;
        return d.object();
    };
    const auto recordText = [](simdjson::ondemand::value element, std::string_view *text) {
        simdjson::ondemand::object o;
        if (const auto error = element.get_object().get(o))
            return error;
        return o.raw_json().get(*text);
    };

    // Categories map to labels by name; their ids are only this file's numbering.
    QHash<qint64, qint64> labelOf; // category id -> label id
    qsizetype i = -1;
    // Without "categories" (COCO's captions files have none) there is nothing to read.
    simdjson::ondemand::array categories;
    const auto categoriesError = arrayField("categories", &categories);
    if (isSyntaxError(categoriesError))
        return notJson(categoriesError);
    if (!categoriesError) // a default array is not an empty one: it cannot be walked
        for (auto element : categories) {
            ++i;
            simdjson::ondemand::value value;
            std::string_view text;
            if (const auto error = std::move(element).get(value))
                return notJson(error);
            bool ok = true;
            QJsonObject c;
            if (const auto error = recordText(value, &text); isSyntaxError(error))
                return notJson(error);
            else if (!error)
                c = objectOf(text, &ok);
            if (!ok)
                return notJson(simdjson::TAPE_ERROR);
            const QString name = c.value(key("name")).toString();
            if (!c.value(key("id")).isDouble() || name.isEmpty())
                return fail(CocoFormatText::tr(
                                    "%1: categories[%2] needs a numeric \"id\" and a \"name\"")
                                    .arg(shown(file))
                                    .arg(i));
            Label wanted{.name = name};
            for (const QJsonValue &k : c.value(key("keypoints")).toArray())
                wanted.skeleton.points.append(k.toString());
            // The COCO convention is 1-based; some tools write 0-based pairs.
            const QJsonArray skeleton = c.value(key("skeleton")).toArray();
            bool zeroBased = false;
            for (const QJsonValue &pair : skeleton)
                zeroBased = zeroBased || pair.toArray().at(0).toInt() == 0
                            || pair.toArray().at(1).toInt() == 0;
            for (const QJsonValue &pair : skeleton) {
                const int a = pair.toArray().at(0).toInt() - (zeroBased ? 0 : 1);
                const int b = pair.toArray().at(1).toInt() - (zeroBased ? 0 : 1);
                if (a >= 0 && b >= 0 && a < wanted.skeleton.points.size()
                    && b < wanted.skeleton.points.size())
                    wanted.skeleton.edges.append({a, b});
            }
            QString error;
            const qint64 id = sink.labelId(wanted, report, &error);
            if (!id)
                return fail(error);
            labelOf.insert(c.value(key("id")).toInteger(), id);
        }

    // Images: fields read straight from the parse, files found through one listing per folder
    // and hashed on every core (100,000 images would be a million file-system calls one by one).
    QList<qint64> cocoIds;
    QList<ImageReference> references;
    ImageFinder finder(file);
    const QDir folder = QFileInfo(file).absoluteDir();
    simdjson::ondemand::array images;
    if (const auto error = arrayField("images", &images))
        return notJson(error); // found an array above: only broken JSON fails here
    i = -1;
    for (auto element : images) {
        ++i;
        ImageRecord r;
        simdjson::ondemand::value value;
        if (const auto error = std::move(element).get(value))
            return notJson(error);
        if (const auto error = readImageRecord(value, &r); isSyntaxError(error))
            return notJson(error);
        else if (error)
            return fail(
                    CocoFormatText::tr(
                            "%1: images[%2] needs \"id\", \"file_name\", \"width\" and \"height\"")
                            .arg(shown(file))
                            .arg(i));
        // Missing media is not fatal: the annotations come in, the file is found later.
        cocoIds.append(r.cocoId);
        const QString found = finder.find(r.fileName);
        references.append(
                {.path = found,
                 .expectedPath = found.isEmpty() ? folder.filePath(r.fileName) : QString(),
                 .name = r.fileName,
                 .size = QSize(r.width, r.height)});
    }
    const std::optional<QList<qint64>> assetIds = sink.imageAssets(references, report, &why);
    if (!assetIds)
        return fail(why);
    QHash<qint64, qint64> assetOf; // COCO image id -> asset id
    for (qsizetype k = 0; k < cocoIds.size(); ++k)
        assetOf.insert(cocoIds[k], (*assetIds)[k]);

    QList<Annotation> batch;
    QHash<qint64, QJsonArray> captions; // asset id -> its captions
    i = -1;
    simdjson::ondemand::array annotations;
    if (const auto error = arrayField("annotations", &annotations))
        return notJson(error); // found an array above: only broken JSON fails here
    for (auto element : annotations) {
        ++i;
        simdjson::ondemand::object record;
        if (const auto error = element.get_object().get(record); isSyntaxError(error))
            return notJson(error);
        else if (error)
            return fail(CocoFormatText::tr("%1: annotations[%2] is not an object")
                                .arg(shown(file))
                                .arg(i));
        // Stored in slices: the whole list would hold a million annotations in memory.
        if (batch.size() >= 20000) {
            if (QString why; !sink.storeAnnotations(batch, report, &why))
                return fail(why);
            report.annotations += int(batch.size());
            batch.clear();
        }
        // The common record, a box and nothing else, is read straight from the parsed file.
        Annotation box;
        const RecordRead read = plainBox(record, assetOf, labelOf, box);
        if (read == RecordRead::Plain) {
            batch.append(box);
            continue;
        }
        // Anything else is read again from its start, as a whole.
        std::string_view text;
        bool ok = read != RecordRead::BadJson && !record.reset().error()
                  && !record.raw_json().get(text);
        const QJsonObject o = ok ? objectOf(text, &ok) : QJsonObject();
        if (!ok)
            return notJson(simdjson::TAPE_ERROR);
        const QString where = CocoFormatText::tr("%1: annotations[%2]").arg(shown(file)).arg(i);
        const auto asset = assetOf.constFind(o.value(key("image_id")).toInteger());
        if (asset == assetOf.cend())
            return fail(CocoFormatText::tr("%1: image_id %2 is not among the images")
                                .arg(where)
                                .arg(o.value(key("image_id")).toInteger()));
        // Captions are the image's text, not a shape: kept with the asset.
        if (o.value(key("caption")).isString()) {
            captions[*asset].append(o.value(key("caption")));
            continue;
        }
        // Panoptic: one PNG per image whose colours number its segments.
        if (o.value(key("segments_info")).isArray()) {
            QString why;
            if (!readPanoptic(file, o, *asset, labelOf, batch, &why))
                return fail(CocoFormatText::tr("%1: %2").arg(where, why));
            continue;
        }
        const auto label = labelOf.constFind(o.value(key("category_id")).toInteger());
        if (label == labelOf.cend())
            return fail(CocoFormatText::tr("%1: category_id %2 is not among the categories")
                                .arg(where)
                                .arg(o.value(key("category_id")).toInteger()));
        Annotation a{.assetId = *asset, .labelId = *label};
        a.provenance.origin = Origin::Import;
        if (o.contains(key("score"))) {
            const double score = o.value(key("score")).toDouble(qQNaN());
            if (!std::isfinite(score))
                return fail(CocoFormatText::tr("%1: \"score\" is not a number").arg(where));
            a.provenance.score = score;
        }
        if (o.contains(key("attributes")))
            a.data[key("attributes")] = o.value(key("attributes")).toObject();
        const QJsonArray keypoints = o.value(key("keypoints")).toArray();
        const QJsonValue segmentation = o.value(key("segmentation"));
        if (!keypoints.isEmpty()) {
            if (keypoints.size() % 3)
                return fail(CocoFormatText::tr("%1: keypoints must be x, y, v triples").arg(where));
            a.kind = AnnotationKind::Keypoints;
            // The person's box is not the keypoints' extent: kept for export.
            const QJsonArray bbox = o.value(key("bbox")).toArray();
            if (bbox.size() == 4)
                a.data[key("box")] = QJsonArray{bbox[0].toDouble(), bbox[1].toDouble(),
                                                bbox[0].toDouble() + bbox[2].toDouble(),
                                                bbox[1].toDouble() + bbox[3].toDouble()};
            for (qsizetype k = 0; k + 2 < keypoints.size(); k += 3) {
                if (!isNumber(keypoints[k]) || !isNumber(keypoints[k + 1]))
                    return fail(CocoFormatText::tr("%1: keypoint %2 is not a number pair")
                                        .arg(where)
                                        .arg(k / 3));
                a.points.append(QPointF(keypoints[k].toDouble(), keypoints[k + 1].toDouble()));
                a.visibility.append(std::clamp(keypoints[k + 2].toInt(), 0, 2));
            }
        } else if (segmentation.isObject()) {
            const QJsonObject rle = segmentation.toObject();
            const QJsonArray size = rle.value(key("size")).toArray();
            if (size.size() != 2 || size[0].toInt() <= 0 || size[1].toInt() <= 0)
                return fail(CocoFormatText::tr("%1: an RLE mask needs \"size\": [height, width]")
                                    .arg(where));
            // Bounded before anything is allocated: a mask is as large as its image at most.
            if (size[0].toDouble() * size[1].toDouble() > double(1 << 30))
                return fail(CocoFormatText::tr(
                                    "%1: an RLE mask of %2×%3 pixels is larger than Tessera reads "
                                    "(2^30 pixels)")
                                    .arg(where)
                                    .arg(size[1].toDouble())
                                    .arg(size[0].toDouble()));
            QList<quint32> counts;
            bool ok = true;
            if (rle.value(key("counts")).isString()) {
                counts = decodeCompressedCounts(rle.value(key("counts")).toString().toLatin1(),
                                                &ok);
            } else {
                for (const QJsonValue &c : rle.value(key("counts")).toArray()) {
                    ok = ok && isNumber(c) && c.toDouble() >= 0;
                    counts.append(quint32(c.toDouble()));
                }
            }
            if (!ok)
                return fail(CocoFormatText::tr("%1: the mask's counts cannot be read").arg(where));
            if (!maskFromCocoRle(a, counts, size[0].toInt(), size[1].toInt())) {
                // An empty mask has nothing to keep, but the user hears that it was left out.
                report.warnings.append(
                        CocoFormatText::tr("%1: the mask is empty; left out").arg(where));
                continue;
            }
        } else if (!segmentation.toArray().isEmpty()) {
            // Each polygon of a segmentation becomes a polygon; several share a group.
            const QJsonArray polygons = segmentation.toArray();
            const qint64 group = polygons.size() > 1 ? o.value(key("id")).toInteger() : 0;
            for (const QJsonValue &pv : polygons) {
                const QJsonArray coords = pv.toArray();
                if (coords.size() < 6 || coords.size() % 2)
                    return fail(CocoFormatText::tr("%1: a polygon needs at least three x, y pairs")
                                        .arg(where));
                Annotation poly = a;
                poly.kind = AnnotationKind::Polygon;
                poly.groupId = group;
                for (qsizetype k = 0; k + 1 < coords.size(); k += 2) {
                    if (!isNumber(coords[k]) || !isNumber(coords[k + 1]))
                        return fail(CocoFormatText::tr("%1: polygon coordinates must be numbers")
                                            .arg(where));
                    poly.points.append(QPointF(coords[k].toDouble(), coords[k + 1].toDouble()));
                }
                batch.append(poly);
            }
            continue;
        } else if (!o.contains(key("bbox"))) {
            a.kind = AnnotationKind::Tag; // an image-level label (COCO's "labels" task)
        } else {
            const QJsonArray bbox = o.value(key("bbox")).toArray();
            if (bbox.size() != 4 || !isNumber(bbox[0]) || !isNumber(bbox[1]) || !isNumber(bbox[2])
                || !isNumber(bbox[3]) || bbox[2].toDouble() < 0 || bbox[3].toDouble() < 0)
                return fail(CocoFormatText::tr(
                                    "%1: \"bbox\" must be [x, y, width, height] with finite, "
                                    "non-negative sizes")
                                    .arg(where));
            a.kind = AnnotationKind::Box;
            a.points = {QPointF(bbox[0].toDouble(), bbox[1].toDouble()),
                        QPointF(bbox[0].toDouble() + bbox[2].toDouble(),
                                bbox[1].toDouble() + bbox[3].toDouble())};
        }
        batch.append(a);
    }
    if (QString why; !sink.storeAnnotations(batch, report, &why))
        return fail(why);
    report.annotations += int(batch.size());
    // The other fields of the file (info, licenses, categories) are checked too (checkValue);
    // the import's transaction drops what was stored if they are not JSON.
    doc.rewind();
    if (const auto error = doc.get_object().get(top))
        return notJson(error);
    for (auto item : top) {
        simdjson::ondemand::field field;
        if (const auto error = std::move(item).get(field))
            return notJson(error);
        const simdjson::ondemand::raw_json_string name = field.key();
        if (name == "images" || name == "annotations")
            continue; // read record by record above
        if (const auto error = checkValue(field.value()))
            return notJson(error);
    }
    for (auto it = captions.cbegin(); it != captions.cend(); ++it) {
        std::optional<Asset> asset = sink.asset(it.key());
        QJsonArray all = asset->payload.value(key("captions")).toArray();
        for (const QJsonValue &c : it.value())
            if (!all.contains(c))
                all.append(c);
        asset->payload[key("captions")] = all;
        if (!sink.setAssetPayload(asset->id, asset->payload))
            return fail(sink.errorString());
    }
    return true;
}

bool CocoFormat::readPanoptic(const QString &file, const QJsonObject &o, qint64 assetId,
                              const QHash<qint64, qint64> &labelOf, QList<Annotation> &batch,
                              QString *error)
{
    // The PNGs sit in a folder named after the JSON file (panoptic_train.json -> panoptic_train/).
    const QFileInfo json(file);
    const QString name = o.value(key("file_name")).toString();
    QString png = json.absoluteDir().filePath(json.completeBaseName() + QLatin1Char('/') + name);
    if (!QFileInfo::exists(png))
        png = json.absoluteDir().filePath(name);
    QImage segments;
    if (name.isEmpty() || !segments.load(png)) {
        *error = CocoFormatText::tr("the segment image \"%1\" is missing or unreadable").arg(name);
        return false;
    }
    segments = segments.convertToFormat(QImage::Format_RGB32);
    for (const QJsonValue &v : o.value(key("segments_info")).toArray()) {
        const QJsonObject s = v.toObject();
        const auto label = labelOf.constFind(s.value(key("category_id")).toInteger());
        if (label == labelOf.cend()) {
            *error = CocoFormatText::tr("segment category_id %1 is not among the categories")
                             .arg(s.value(key("category_id")).toInteger());
            return false;
        }
        // Segment id = R + 256 G + 256² B.
        const quint32 id = quint32(s.value(key("id")).toInteger());
        QImage mask(segments.size(), QImage::Format_Grayscale8);
        mask.fill(0);
        for (int y = 0; y < segments.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(segments.constScanLine(y));
            uchar *out = mask.scanLine(y);
            for (int x = 0; x < segments.width(); ++x)
                out[x] = quint32(qRed(line[x]) + 256 * qGreen(line[x]) + 65536 * qBlue(line[x]))
                                         == id
                                 ? 255
                                 : 0;
        }
        Annotation a{.assetId = assetId, .labelId = *label, .kind = AnnotationKind::Mask};
        a.provenance.origin = Origin::Import;
        if (s.value(key("iscrowd")).toInt())
            a.data[key("attributes")] = QJsonObject{{key("iscrowd"), true}};
        if (MaskCodec::fromImage(a, mask, QPoint(0, 0)))
            batch.append(a);
    }
    return true;
}

bool CocoFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                           const JobControl &control)
{
    const QDir out(path);
    if (!QDir().mkpath(out.filePath(QStringLiteral("annotations"))))
        return fail(CocoFormatText::tr("%1: cannot create the folder").arg(shown(path)));
    QHash<qint64, int> categoryOf; // label id -> category id (stable order + 1)
    QByteArray json = "{\"info\":{\"description\":\"exported by "
                      "Tessera\"},\"licenses\":[],\"categories\":[";
    bool first = true;
    for (const Label &l : source.labels()) {
        if (!(l.kinds & ImageKindFlag))
            continue; // text and comparison labels are no image categories
        categoryOf.insert(l.id, l.sortOrder + 1);
        json += (first ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(l.sortOrder + 1)
                + ",\"name\":" + jsonString(l.name) + ",\"supercategory\":\"\"";
        if (!l.skeleton.isEmpty()) {
            QJsonArray edges;
            for (const auto &[a, b] : l.skeleton.edges)
                edges.append(QJsonArray{a + 1, b + 1});
            json += ",\"keypoints\":"
                    + QJsonDocument(QJsonArray::fromStringList(l.skeleton.points))
                              .toJson(QJsonDocument::Compact)
                    + ",\"skeleton\":" + QJsonDocument(edges).toJson(QJsonDocument::Compact);
        }
        json += "}";
        first = false;
    }
    json += "],\"images\":[";
    // The images are written page by page and only their sizes kept, sorted by id (pages come in
    // id order): holding 100,000 full asset records cost a quarter of the export in allocations.
    std::vector<ImageSize> sizes;
    const AssetFilter images{.kind = AssetKind::Image};
    sizes.reserve(size_t(source.assetCount(images)));
    first = true;
    QString why;
    const bool listed = FormatSupport::forEachListedAsset(
            source, images, control,
            [&](const Asset &a) {
                json += (first ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(a.id)
                        + ",\"file_name\":" + jsonString(a.name)
                        + ",\"width\":" + QByteArray::number(a.width)
                        + ",\"height\":" + QByteArray::number(a.height) + "}";
                sizes.push_back({a.id, a.width, a.height});
                first = false;
                return true;
            },
            &why);
    if (!listed)
        return fail(why);
    json += "],\"annotations\":[";
    // Written as it is made, a few MiB at a time: a 115 MB buffer cost more in page faults and
    // growth than the formatting. QSaveFile keeps the write atomic (a failure or cancel discards
    // the temporary file).
    const QString target = out.filePath(QStringLiteral("annotations/instances_default.json"));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
                CocoFormatText::tr("%1: cannot write (%2)").arg(shown(target), file.errorString()));
    constexpr qsizetype chunk = 4 << 20;
    bool writeFailed = false;
    const auto flush = [&]() {
        writeFailed = writeFailed || file.write(json) != json.size();
        json.resize(0); // keeps its capacity
    };
    first = true;
    const auto assetOf = [&sizes](qint64 id) -> const ImageSize * {
        const auto it = std::lower_bound(sizes.cbegin(), sizes.cend(), id,
                                         [](const ImageSize &s, qint64 v) { return s.id < v; });
        return it != sizes.cend() && it->id == id ? &*it : nullptr;
    };
    qint64 seen = 0;
    const qint64 total = source.annotationCount();
    json.reserve(chunk + (64 << 10));
    bool canceled = false;
    // One streaming query in asset order: a query per asset would cost more than the writing.
    const QSet<AnnotationKind> written = writtenKinds();
    QMap<AnnotationKind, qint64> byKind; // for the losses, without a second pass
    // The parts of a multi-part polygon (one COCO annotation with several rings, imported as
    // polygons sharing a group) are written back as one annotation: held until their asset ends.
    QMap<std::pair<qint64, qint64>, QList<Annotation>> parts; // (label, group) -> polygons
    // parts: the polygons of one multi-part annotation (a among them), else empty.
    const auto writeAnnotation = [&](const Annotation &a, const ImageSize *asset,
                                     const QList<Annotation> &rings) {
        QRectF b = a.kind == AnnotationKind::Keypoints ? FormatSupport::keypointBox(a)
                                                       : ShapeGeometry::boundingRect(a);
        double area
                = a.kind == AnnotationKind::Box ? b.width() * b.height() : ShapeGeometry::area(a);
        for (qsizetype r = 1; r < rings.size(); ++r) {
            b |= ShapeGeometry::boundingRect(rings[r]);
            area += ShapeGeometry::area(rings[r]);
        }
        // The common fields formatted into one buffer and appended once: a QByteArray append
        // per field cost more than the formatting.
        RecordBuffer r;
        r.put(first ? "{\"id\":" : ",{\"id\":");
        r.put(a.id);
        r.put(",\"image_id\":");
        r.put(asset->id);
        r.put(",\"category_id\":");
        r.put(qint64(categoryOf.value(a.labelId)));
        r.put(",\"bbox\":[");
        r.put(b.x());
        r.put(",");
        r.put(b.y());
        r.put(",");
        r.put(b.width());
        r.put(",");
        r.put(b.height());
        r.put("],\"area\":");
        r.put(area);
        json.append(r.data, r.size);
        first = false;
        switch (a.kind) {
        case AnnotationKind::Polygon: {
            json += ",\"iscrowd\":0,\"segmentation\":[";
            const QList<Annotation> one{a};
            for (qsizetype r = 0; r < (rings.isEmpty() ? one : rings).size(); ++r) {
                const Annotation &ring = (rings.isEmpty() ? one : rings)[r];
                json += r ? ",[" : "[";
                for (qsizetype i = 0; i < ring.points.size(); ++i)
                    json += (i ? "," : "") + number(ring.points[i].x()) + ","
                            + number(ring.points[i].y());
                json += "]";
            }
            json += "]";
            break;
        }
        case AnnotationKind::Mask:
            json += ",\"iscrowd\":1,\"segmentation\":{\"size\":["
                    + QByteArray::number(asset->height) + "," + QByteArray::number(asset->width)
                    + "],\"counts\":" + cocoRleCounts(a, asset->width, asset->height) + "}";
            break;
        case AnnotationKind::Keypoints: {
            json += ",\"iscrowd\":0,\"segmentation\":[],\"keypoints\":[";
            int visible = 0;
            for (qsizetype i = 0; i < a.points.size(); ++i) {
                const int v = a.visibility.value(i, 2);
                visible += v > 0;
                json += (i ? "," : "") + number(v ? a.points[i].x() : 0) + ","
                        + number(v ? a.points[i].y() : 0) + "," + QByteArray::number(v);
            }
            json += "],\"num_keypoints\":" + QByteArray::number(visible);
            break;
        }
        default:
            json.append(",\"iscrowd\":0,\"segmentation\":[]");
            break;
        }
        if (!a.data.isEmpty() && a.data.contains(key("attributes")))
            json += ",\"attributes\":"
                    + QJsonDocument(a.data.value(key("attributes")).toObject())
                              .toJson(QJsonDocument::Compact);
        json.append('}');
        ++report.annotations;
        if (json.size() >= chunk)
            flush();
    };
    qint64 partsAsset = 0;
    const auto flushParts = [&]() {
        for (const QList<Annotation> &polygons : std::as_const(parts))
            writeAnnotation(polygons.constFirst(), assetOf(partsAsset),
                            polygons.size() > 1 ? polygons : QList<Annotation>());
        parts.clear();
    };
    const bool read = source.forEachShape([&](const Annotation &a) {
        ++byKind[a.kind];
        if ((++seen & 0xffff) == 0) {
            control.report(seen, total);
            if (control.canceled()) {
                canceled = true;
                return false;
            }
        }
        if (a.assetId != partsAsset)
            flushParts();
        const ImageSize *asset = assetOf(a.assetId);
        if (!asset || !categoryOf.contains(a.labelId) || !written.contains(a.kind))
            return true;
        if (a.kind == AnnotationKind::Polygon && a.groupId != 0) {
            partsAsset = a.assetId;
            parts[{a.labelId, a.groupId}].append(a);
            return true;
        }
        writeAnnotation(a, asset, {});
        return !writeFailed; // a full disk stops the export here, not after a million rows
    });
    flushParts();
    if (canceled)
        return fail(CocoFormatText::tr("Export canceled"));
    if (!read && !writeFailed)
        return fail(source.errorString());
    report.assets = int(sizes.size());
    json += "]}\n";
    flush();
    if (writeFailed || !file.commit())
        return fail(
                CocoFormatText::tr("%1: cannot write (%2)").arg(shown(target), file.errorString()));
    // Captions, where the project has them, go to their own file as COCO keeps them.
    const QList<qint64> captioned = source.assetsWithPayloadKey(key("captions"));
    if (!captioned.isEmpty()) {
        QJsonArray images, captions;
        qint64 id = 0;
        for (qint64 assetId : captioned) {
            const std::optional<Asset> a = source.asset(assetId);
            if (!a || a->kind != AssetKind::Image)
                continue;
            images.append(QJsonObject{{key("id"), a->id},
                                      {key("file_name"), a->name},
                                      {key("width"), a->width},
                                      {key("height"), a->height}});
            for (const QJsonValue &c : a->payload.value(key("captions")).toArray())
                captions.append(QJsonObject{
                        {key("id"), ++id}, {key("image_id"), a->id}, {key("caption"), c}});
        }
        if (!FormatSupport::writeAtomically(
                    out.filePath(QStringLiteral("annotations/captions_default.json")),
                    QJsonDocument(QJsonObject{{key("images"), images},
                                              {key("annotations"), captions},
                                              {key("categories"), QJsonArray()}})
                            .toJson(QJsonDocument::Compact),
                    &why))
            return fail(why);
    }
    report.warnings
            = FormatSupport::losses(byKind,
                                    source.assetCount({.kind = AssetKind::Text})
                                            + source.assetCount({.kind = AssetKind::Comparison}),
                                    writtenKinds(), false, displayName());
    return true;
}

QStringList CocoFormat::losses(ExportSource &source) const
{
    return FormatSupport::losses(source, writtenKinds(), false, displayName());
}

} // namespace Tessera
