// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0

// The bad-input corpus: every importer, the image reader, project files and bundles fed damaged,
// hostile or odd input through tessera-cli as a user would. Each case asserts the exit code, that
// the message names the file at fault, that a refused import stored nothing, and that no file
// outside the command's target changed (hashes of the whole sandbox before and after, with
// hostile names aiming at the sandbox's parent).

#include "store/projectstore.h"
#include "store/sqlitedatabase.h"
#include "testhelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

using namespace Tessera;

namespace {

// The sandbox: S/data holds the input, S/p.tessera the project (the target of imports), S/out
// an export's target. Hostile names aim at S/.. (the "outer" folder), which holds bait files.
struct Sandbox
{
    QString outer;
    QString root;
    QString data() const { return root + QStringLiteral("/data"); }
};

void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

void image(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(Test::writeImage(path, 3));
}

QByteArray pngBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.png"));
    Test::writeImage(path, 5);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray binary(int size = 4096)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char &c : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x);
    }
    return bytes;
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth)
{
    return open.repeated(depth) + close.repeated(depth);
}

const QByteArray entityBomb
        = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
          "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
          "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
          "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
          "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
          "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
          "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
          "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
          "]>\n<annotations><image id=\"0\" name=\"&lol7;\" width=\"64\" height=\"48\"/>"
          "</annotations>\n";

// A COCO file with one image and the given annotation records (JSON text).
QByteArray coco(const QByteArray &fileName, const QByteArray &annotations)
{
    return "{\"images\":[{\"id\":1,\"file_name\":\"" + fileName
           + "\",\"width\":64,\"height\":48}],\"categories\":[{\"id\":1,\"name\":\"cat\"}],"
             "\"annotations\":["
           + annotations + "]}";
}
const QByteArray cocoBox = "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[1,2,10,12]}";

QByteArray voc(const QByteArray &width, const QByteArray &xmin)
{
    return "<annotation><filename>a.png</filename><size><width>" + width
           + "</width><height>48</height><depth>3</depth></size><object><name>cat</name>"
             "<bndbox><xmin>"
           + xmin
           + "</xmin><ymin>2</ymin><xmax>20</xmax><ymax>20</ymax></bndbox></object>"
             "</annotation>\n";
}

QByteArray cvat(const QByteArray &shape)
{
    return "<?xml version=\"1.0\"?>\n<annotations><version>1.1</version><image id=\"0\" "
           "name=\"a.png\" width=\"64\" height=\"48\">"
           + shape + "</image></annotations>\n";
}

QByteArray labelme(const QByteArray &shapes)
{
    return "{\"version\":\"5.1.1\",\"flags\":{},\"shapes\":[" + shapes
           + "],\"imagePath\":\"a.png\",\"imageData\":null,\"imageHeight\":48,\"imageWidth\":64}";
}
const QByteArray labelmeBox
        = "{\"label\":\"cat\",\"points\":[[1,2],[10,20]],\"shape_type\":\"rectangle\"}";

QByteArray labelStudio(const QByteArray &value)
{
    return "[{\"id\":1,\"data\":{\"image\":\"/data/upload/1/a.png\"},\"annotations\":[{\"result\":"
           "[{\"id\":\"r\",\"type\":\"rectanglelabels\",\"from_name\":\"label\",\"to_name\":"
           "\"image\",\"original_width\":64,\"original_height\":48,\"value\":"
           + value + "}]}]}]";
}

// A zip of the given members (name -> bytes); for bundles.
void zipOf(const QString &path, const QList<QPair<QByteArray, QByteArray>> &members)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(z);
    for (const auto &[name, bytes] : members) {
        zip_source_t *s = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        QVERIFY(zip_file_add(z, name.constData(), s, ZIP_FL_ENC_UTF_8) >= 0);
    }
    QCOMPARE(zip_close(z), 0);
}

QByteArray manifest(const QList<QPair<QByteArray, QByteArray>> &members, int version = 1)
{
    QByteArray list;
    for (const auto &[name, bytes] : members)
        list += QByteArray(list.isEmpty() ? "" : ",") + "{\"path\":\"" + name
                + "\",\"size\":" + QByteArray::number(bytes.size()) + ",\"sha256\":\""
                + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "\"}";
    return "{\"format\":\"tessera-bundle\",\"version\":" + QByteArray::number(version)
           + ",\"members\":[" + list + "]}";
}

using Make = std::function<void(const Sandbox &)>;

Make both(Make a, Make b)
{
    return [a, b](const Sandbox &s) {
        a(s);
        b(s);
    };
}

// Cuts a file to size bytes; a negative size -n keeps 1/n of it.
void resize(const QString &path, qint64 size)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(size >= 0 ? size : f.size() / -size));
}

void setUserVersion(const QString &path, int version)
{
    SqliteDatabase db;
    QVERIFY(db.open(path, SqliteDatabase::ReadWrite));
    QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
}

// A real project at data/x.tessera, then changed (damaged) by change.
Make project(std::function<void(const QString &)> change)
{
    return [change](const Sandbox &s) {
        const QString p = s.data() + QStringLiteral("/x.tessera");
        QDir().mkpath(s.data());
        QString error;
        QVERIFY2(ProjectStore::create(p, &error), qPrintable(error));
        change(p);
    };
}

// data/b.zip: a manifest listing listed (at version) and the members held (listed by default).
Make bundle(const QList<QPair<QByteArray, QByteArray>> &listed,
            const QList<QPair<QByteArray, QByteArray>> &held = {}, int version = 1)
{
    return [=](const Sandbox &s) {
        QDir().mkpath(s.data());
        zipOf(s.data() + QStringLiteral("/b.zip"),
              QList<QPair<QByteArray, QByteArray>>{{"manifest.json", manifest(listed, version)}}
                      + (held.isEmpty() ? listed : held));
    };
}

// One case: make() writes the input into the sandbox, args run tessera-cli ({P} = the project,
// {D} = the data folder, {S} = the sandbox). The message must contain named.
struct Case
{
    const char *name;
    std::function<void(const Sandbox &)> make;
    QStringList args;
    int code;
    QString named;
    QString says = {}; // more text the output must hold, when the reason matters
};

QStringList cmd(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<Case> cases()
{
    const auto in = [](const char *rel, QByteArray bytes) {
        return [rel, bytes](const Sandbox &s) {
            put(s.data() + QLatin1Char('/') + QLatin1String(rel), bytes);
        };
    };
    const QStringList openBundle = cmd("bundle open {D}/b.zip {S}/out");
    const auto img = [](const char *rel) {
        return [rel](const Sandbox &s) {
            image(s.data() + QLatin1Char('/') + QLatin1String(rel));
        };
    };
    const auto fifo = [](const char *rel) {
        return [rel](const Sandbox &s) {
            QDir().mkpath(s.data());
            QCOMPARE(mkfifo(QFile::encodeName(s.data() + QLatin1Char('/') + QLatin1String(rel))
                                    .constData(),
                            0644),
                     0);
        };
    };
    const auto loop = [](const char *rel) {
        return [rel](const Sandbox &s) {
            QDir().mkpath(s.data());
            const QString a = s.data() + QLatin1Char('/') + QLatin1String(rel);
            QVERIFY(QFile::link(a + QStringLiteral(".other"), a));
            QVERIFY(QFile::link(a, a + QStringLiteral(".other")));
        };
    };
    const QByteArray goodCoco = coco("a.png", cocoBox);
    const auto cocoIn = [&](QByteArray bytes) {
        return both(in("coco.json", bytes), img("a.png"));
    };
    const auto vocIn = [&](QByteArray bytes) {
        return both(in("Annotations/a.xml", bytes), img("JPEGImages/a.png"));
    };
    const auto yoloIn = [&](QByteArray bytes) {
        return both(both(in("Annotations/a.txt", bytes), in("obj.names", "cat\ndog\n")),
                    img("Images/a.png"));
    };
    const auto ultraIn = [&](QByteArray yaml) {
        return both(both(in("data.yaml", yaml), in("labels/train/a.txt", "0 0.5 0.5 0.2 0.2\n")),
                    img("images/train/a.png"));
    };
    const auto labelmeIn = [&](QByteArray bytes) {
        return both(in("a.json", bytes), img("a.png"));
    };
    const auto cvatIn = [&](QByteArray bytes) {
        return both(in("annotations.xml", bytes), img("a.png"));
    };
    const auto lsIn = [&](QByteArray bytes) {
        return both(in("tasks.json", bytes), img("a.png"));
    };
    const QStringList importCoco = cmd("import {P} --format coco {D}/coco.json");
    const QStringList importVoc = cmd("import {P} --format voc {D}");
    const QStringList importYolo = cmd("import {P} --format yolo {D}");
    const QStringList importUltra = cmd("import {P} --format ultralytics {D}");
    const QStringList importLabelme = cmd("import {P} --format labelme {D}/a.json");
    const QStringList importCvat = cmd("import {P} --format cvat {D}/annotations.xml");
    const QStringList importLs = cmd("import {P} --format labelstudio {D}/tasks.json");
    const QStringList importDoccano = cmd("import {P} --format doccano {D}/data.jsonl");
    const QStringList importConll = cmd("import {P} --format conll {D}/data.conll");
    const QStringList importDpo = cmd("import {P} --format dpo {D}/pairs.jsonl");
    const QStringList importHh = cmd("import {P} --format hh-rlhf {D}/pairs.jsonl");
    const QStringList addImages = cmd("add-images {P} {D}");
    const QString cocoJson = QStringLiteral("coco.json");

    const QByteArray bom = "\xef\xbb\xbf";
    QByteArray crlfCoco = goodCoco;
    crlfCoco.replace(",", ",\r\n");

    return {
            // COCO
            {"coco: empty file", cocoIn(""), importCoco, 1, cocoJson},
            {"coco: truncated", cocoIn(goodCoco.left(goodCoco.size() / 2)), importCoco, 1,
             cocoJson},
            {"coco: binary", cocoIn(binary()), importCoco, 1, cocoJson},
            {"coco: wrong types", cocoIn("{\"images\":\"x\",\"annotations\":{},\"categories\":5}"),
             importCoco, 1, cocoJson},
            {"coco: inf",
             cocoIn(coco("a.png",
                         "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[1e999,2,3,4]}")),
             importCoco, 1, cocoJson},
            {"coco: 1e308",
             cocoIn(coco("a.png",
                         "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[-1e308,2,3,4]}")),
             importCoco, 1, cocoJson},
            {"coco: NaN text",
             cocoIn(coco("a.png",
                         "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[NaN,2,3,4]}")),
             importCoco, 1, cocoJson},
            {"coco: deep nesting", cocoIn("{\"images\":" + nested("[", "]", 100000) + "}"),
             importCoco, 1, cocoJson},
            {"coco: huge RLE",
             cocoIn(coco("a.png", "{\"id\":1,\"image_id\":1,\"category_id\":1,\"segmentation\":{"
                                  "\"size\":[2000000000,2000000000],\"counts\":[0,5]}}")),
             importCoco, 1, cocoJson, QStringLiteral("larger than")},
            {"coco: odd keypoints",
             cocoIn(coco("a.png",
                         "{\"id\":1,\"image_id\":1,\"category_id\":1,\"keypoints\":[1,2]}")),
             importCoco, 1, cocoJson},
            {"coco: unknown image id",
             cocoIn(coco("a.png",
                         "{\"id\":1,\"image_id\":7,\"category_id\":1,\"bbox\":[1,2,3,4]}")),
             importCoco, 1, cocoJson, QStringLiteral("image_id 7")},
            {"coco: non-UTF-8 name",
             cocoIn(coco("a.png", cocoBox).replace("\"cat\"", "\"c\xff\xfe\"")), importCoco, 1,
             cocoJson},
            {"coco: BOM", cocoIn(bom + goodCoco), importCoco, 0, QString()},
            {"coco: CRLF", cocoIn(crlfCoco), importCoco, 0, QString()},
            {"coco: image is a FIFO", both(in("coco.json", coco("f.png", cocoBox)), fifo("f.png")),
             importCoco, 1, QStringLiteral("f.png")},
            {"coco: image is a symlink loop",
             both(in("coco.json", coco("loop.png", cocoBox)), loop("loop.png")), importCoco, 1,
             QStringLiteral("loop.png")},
            {"coco: image is a folder",
             both(in("coco.json", coco("dir.png", cocoBox)), img("dir.png/x.png")), importCoco, 1,
             QStringLiteral("dir.png")},
            // VOC
            {"voc: malformed", vocIn("<annotation><filename>a.png</filename><size>"), importVoc, 1,
             QStringLiteral("a.xml")},
            {"voc: entity bomb", vocIn(entityBomb), importVoc, 1, QStringLiteral("a.xml")},
            {"voc: empty", vocIn(""), importVoc, 1, QStringLiteral("a.xml")},
            {"voc: binary", vocIn(binary()), importVoc, 1, QStringLiteral("a.xml")},
            {"voc: width not a number", vocIn(voc("abc", "1")), importVoc, 1,
             QStringLiteral("a.xml")},
            {"voc: 1e308", vocIn(voc("64", "-1e308")), importVoc, 1, QStringLiteral("a.xml")},
            {"voc: nan", vocIn(voc("64", "nan")), importVoc, 1, QStringLiteral("a.xml")},
            {"voc: deep nesting",
             vocIn("<annotation>" + nested("<a>", "</a>", 20000) + "</annotation>"), importVoc, 1,
             QStringLiteral("a.xml")},
            {"voc: CRLF and BOM", vocIn(bom + voc("64", "1").replace(">", ">\r\n")), importVoc, 0,
             QString()},
            {"voc: non-UTF-8", vocIn(voc("64", "1").replace("cat", "c\xff")), importVoc, 1,
             QStringLiteral("a.xml")},
            // YOLO
            {"yolo: class out of range", yoloIn("7 0.5 0.5 0.1 0.1\n"), importYolo, 1,
             QStringLiteral("a.txt")},
            {"yolo: nan", yoloIn("0 nan 0.5 0.1 0.1\n"), importYolo, 1, QStringLiteral("a.txt")},
            {"yolo: 1e308", yoloIn("0 1e308 0.5 0.1 0.1\n"), importYolo, 1,
             QStringLiteral("a.txt")},
            {"yolo: binary", yoloIn(binary()), importYolo, 1, QStringLiteral("a.txt")},
            {"yolo: too few numbers", yoloIn("0 0.5 0.5\n"), importYolo, 1,
             QStringLiteral("a.txt")},
            {"yolo: huge line, odd count", yoloIn("0" + QByteArray(" 0.5").repeated(300001) + "\n"),
             importYolo, 1, QStringLiteral("a.txt")},
            {"yolo: huge line, a 150k-point polygon",
             yoloIn("0" + QByteArray(" 0.5 0.25").repeated(150000) + "\n"), importYolo, 0,
             QString(), QStringLiteral("1 annotation")},
            {"yolo: CRLF", yoloIn("0 0.5 0.5 0.1 0.1\r\n1 0.2 0.2 0.1 0.1\r\n"), importYolo, 0,
             QString()},
            // Ultralytics
            {"ultralytics: huge kpt_shape",
             ultraIn("train: images/train\nkpt_shape: [99999999, 3]\nnames: [cat]\n"), importUltra,
             1, QStringLiteral("data.yaml")},
            {"ultralytics: names not a list", ultraIn("train: images/train\nnames: 5\n"),
             importUltra, 1, QStringLiteral("data.yaml")},
            {"ultralytics: binary yaml", ultraIn(binary()), importUltra, 1,
             QStringLiteral("data.yaml")},
            {"ultralytics: empty yaml", ultraIn(""), importUltra, 1, QStringLiteral("data.yaml")},
            // labelme
            {"labelme: truncated", labelmeIn(labelme(labelmeBox).left(60)), importLabelme, 1,
             QStringLiteral("a.json")},
            {"labelme: points not a list",
             labelmeIn(labelme(
                     "{\"label\":\"cat\",\"points\":\"abc\",\"shape_type\":\"rectangle\"}")),
             importLabelme, 1, QStringLiteral("a.json")},
            {"labelme: 1e308",
             labelmeIn(labelme("{\"label\":\"cat\",\"points\":[[1e308,2],[10,20]],\"shape_type\":"
                               "\"rectangle\"}")),
             importLabelme, 1, QStringLiteral("a.json")},
            {"labelme: unknown shape type",
             labelmeIn(labelme(
                     "{\"label\":\"cat\",\"points\":[[1,2],[10,20]],\"shape_type\":\"hexagon\"}")),
             importLabelme, 1, QStringLiteral("a.json")},
            {"labelme: deep nesting", labelmeIn("{\"shapes\":" + nested("[", "]", 100000) + "}"),
             importLabelme, 1, QStringLiteral("a.json")},
            {"labelme: empty", labelmeIn(""), importLabelme, 1, QStringLiteral("a.json")},
            {"labelme: BOM", labelmeIn(bom + labelme(labelmeBox)), importLabelme, 0, QString()},
            // CVAT
            {"cvat: 1e308",
             cvatIn(cvat("<box label=\"cat\" xtl=\"-1e308\" ytl=\"1\" xbr=\"5\" ybr=\"5\"/>")),
             importCvat, 1, QStringLiteral("annotations.xml")},
            {"cvat: malformed", cvatIn(cvat("<box label=\"cat\"").left(90)), importCvat, 1,
             QStringLiteral("annotations.xml")},
            {"cvat: entity bomb", cvatIn(entityBomb), importCvat, 1,
             QStringLiteral("annotations.xml")},
            {"cvat: binary", cvatIn(binary()), importCvat, 1, QStringLiteral("annotations.xml")},
            {"cvat: points garbage",
             cvatIn(cvat("<polygon label=\"cat\" points=\"1,2;x,y;3,4\"/>")), importCvat, 1,
             QStringLiteral("annotations.xml")},
            // Label Studio
            {"labelstudio: truncated", lsIn(labelStudio("{}").left(40)), importLs, 1,
             QStringLiteral("tasks.json")},
            {"labelstudio: wrong types", lsIn("{\"tasks\":\"none\"}"), importLs, 1,
             QStringLiteral("tasks.json")},
            {"labelstudio: inf",
             lsIn(labelStudio("{\"x\":1e999,\"y\":1,\"width\":2,\"height\":2,\"rectanglelabels\":["
                              "\"cat\"]}")),
             importLs, 1, QStringLiteral("tasks.json")},
            // doccano
            {"doccano: offsets beyond the text",
             in("data.jsonl", "{\"text\":\"abc\",\"label\":[[0,99,\"X\"]]}\n"), importDoccano, 1,
             QStringLiteral("data.jsonl:1")},
            {"doccano: negative offsets",
             in("data.jsonl", "{\"text\":\"abc\",\"label\":[[-2,1,\"X\"]]}\n"), importDoccano, 1,
             QStringLiteral("data.jsonl:1")},
            {"doccano: non-UTF-8",
             in("data.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"a\xff\xfe\"}\n"), importDoccano, 1,
             QStringLiteral("data.jsonl:2")},
            {"doccano: truncated line",
             in("data.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"abc\",\"lab"), importDoccano, 1,
             QStringLiteral("data.jsonl:2")},
            {"doccano: binary", in("data.jsonl", binary()), importDoccano, 1,
             QStringLiteral("data.jsonl")},
            {"doccano: BOM and CRLF",
             in("data.jsonl",
                bom + "{\"text\":\"abc\",\"label\":[[0,1,\"X\"]]}\r\n{\"text\":\"de\"}\r\n"),
             importDoccano, 0, QString()},
            // CoNLL
            {"conll: binary", in("data.conll", binary()), importConll, 1,
             QStringLiteral("data.conll")},
            {"conll: empty", in("data.conll", ""), importConll, 1, QStringLiteral("data.conll")},
            // Preference pairs
            {"dpo: missing chosen", in("pairs.jsonl", "{\"prompt\":\"p\",\"rejected\":\"r\"}\n"),
             importDpo, 1, QStringLiteral("pairs.jsonl:1")},
            {"dpo: wrong types",
             in("pairs.jsonl", "{\"prompt\":\"p\",\"chosen\":5,\"rejected\":[true]}\n"), importDpo,
             1, QStringLiteral("pairs.jsonl:1")},
            {"hh-rlhf: truncated",
             in("pairs.jsonl", "{\"chosen\":\"\\n\\nHuman: hi\\n\\nAssistant: yo\",\"rej"),
             importHh, 1, QStringLiteral("pairs.jsonl:1")},
            // Images
            {"image: empty file", in("empty.png", ""), addImages, 1, QStringLiteral("empty.png")},
            {"image: truncated", in("cut.png", pngBytes().left(60)), addImages, 1,
             QStringLiteral("cut.png")},
            {"image: header claims 100k x 100k", in("liar.png", Test::lyingPngHeader()), addImages,
             1, QStringLiteral("liar.png")},
            {"image: FIFO", fifo("pipe.png"), cmd("add-images {P} {D}/pipe.png"), 1,
             QStringLiteral("pipe.png")},
            {"image: symlink loop", loop("loop.png"), cmd("add-images {P} {D}/loop.png"), 1,
             QStringLiteral("loop.png")},
            {"image: text named .jpg", in("notes.jpg", "hello\n"), addImages, 1,
             QStringLiteral("notes.jpg")},
            // Projects
            {"project: not SQLite", in("x.tessera", "hello, I am text\n"),
             cmd("stats {D}/x.tessera"), 1, QStringLiteral("x.tessera"),
             QStringLiteral("not a Tessera project")},
            {"project: empty file", in("x.tessera", ""), cmd("stats {D}/x.tessera"), 1,
             QStringLiteral("x.tessera")},
            {"project: a folder", img("x.tessera/a.png"), cmd("stats {D}/x.tessera"), 1,
             QStringLiteral("x.tessera")},
            {"project: truncated", project([](const QString &p) { resize(p, 5000); }),
             cmd("check {D}/x.tessera"), 1, QStringLiteral("x.tessera")},
            {"project: damaged pages", project([](const QString &p) {
                 QFile f(p);
                 QVERIFY(f.open(QIODevice::ReadWrite));
                 QVERIFY(f.size() > 16384);
                 f.seek(8192);
                 f.write(binary(8192));
             }),
             cmd("check {D}/x.tessera"), 1, QStringLiteral("x.tessera")},
            {"project: newer schema", project([](const QString &p) { setUserVersion(p, 999); }),
             cmd("stats {D}/x.tessera"), 1, QStringLiteral("x.tessera"), QStringLiteral("newer")},
            {"project: negative schema version (found by fuzzing)",
             project([](const QString &p) { setUserVersion(p, -251); }), cmd("stats {D}/x.tessera"),
             1, QStringLiteral("x.tessera"), QStringLiteral("damaged")},
            // Bundles
            {"bundle: zip slip", bundle({{"project.tessera", "x"}, {"../../evil.txt", "boo"}}),
             openBundle, 1, QStringLiteral("b.zip"), QStringLiteral("outside")},
            {"bundle: absolute name", bundle({{"project.tessera", "x"}, {"/tmp/evil.txt", "boo"}}),
             openBundle, 1, QStringLiteral("b.zip")},
            {"bundle: unlisted member",
             bundle({{"project.tessera", "x"}},
                    {{"project.tessera", "x"}, {"media/extra.png", "boo"}}),
             openBundle, 1, QStringLiteral("b.zip"), QStringLiteral("not in the manifest")},
            {"bundle: newer version", bundle({{"project.tessera", "x"}}, {}, 99), openBundle, 1,
             QStringLiteral("b.zip"), QStringLiteral("newer")},
            {"bundle: zip bomb", bundle({{"project.tessera", QByteArray(64 << 20, '\0')}}),
             openBundle, 1, QStringLiteral("b.zip"), QStringLiteral("sane size")},
            {"bundle: checksum mismatch",
             bundle({{"project.tessera", "x"}}, {{"project.tessera", "y"}}), openBundle, 1,
             QStringLiteral("b.zip")},
            {"bundle: not a zip", in("b.zip", binary()), openBundle, 1, QStringLiteral("b.zip")},
            {"bundle: truncated",
             both(bundle({{"project.tessera", binary(20000)}}),
                  [](const Sandbox &s) { resize(s.data() + QStringLiteral("/b.zip"), -2); }),
             openBundle, 1, QStringLiteral("b.zip")},
            // Names inside datasets that point outside: stored, but never steer a write.
            {"export: COCO file_name ../ then Ultralytics copy",
             [=](const Sandbox &s) {
                 put(s.data() + QStringLiteral("/coco.json"), coco("../../bait.png", cocoBox));
                 image(s.outer + QStringLiteral("/bait.png"));
             },
             cmd("import {P} --format coco {D}/coco.json ; export {P} --format ultralytics "
                 "--option images=copy {S}/out"),
             0, QString()},
    };
}

// Every file under folder except those under skip: path -> SHA-256 (symlinks: their target;
// other non-regular files: their type), never opening a FIFO.
QMap<QString, QByteArray> snapshot(const QString &folder, const QStringList &skip)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        bool skipped = false;
        for (const QString &s : skip)
            skipped = skipped || path == s || path.startsWith(s + QLatin1Char('/'));
        if (skipped)
            continue;
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            files.insert(path, "-> " + QFile::encodeName(info.symLinkTarget()));
        else if (info.isDir())
            files.insert(path, "dir");
        else if (info.isFile())
            files.insert(path, Test::fileHash(path));
        else
            files.insert(path, "special");
    }
    return files;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsLargeEnough();
    void badInput_data();
    void badInput();

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args);

    QString m_cli;
};

void TestBadInput::initTestCase()
{
    m_cli = qEnvironmentVariable("TESSERA_CLI");
    QVERIFY2(QFileInfo::exists(m_cli), "TESSERA_CLI must name the tessera-cli executable");
}

TestBadInput::Result TestBadInput::run(const QStringList &args)
{
    QProcess p;
    p.setProgram(m_cli);
    p.setArguments(args);
    p.start();
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-2, p.readAllStandardOutput(),
                "timed out: " + args.join(QLatin1Char(' ')).toUtf8()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestBadInput::corpusIsLargeEnough()
{
    QVERIFY2(cases().size() >= 60, qPrintable(QString::number(cases().size())));
}

void TestBadInput::badInput_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all[i].name) << i;
}

void TestBadInput::badInput()
{
    QFETCH(int, index);
    const Case c = cases().at(index);
    QTemporaryDir outer;
    // Bait beside the sandbox that a hostile name could reach.
    put(outer.filePath(QStringLiteral("bait.txt")), "keep me");
    const Sandbox s{outer.path(), outer.filePath(QStringLiteral("sandbox"))};
    QDir().mkpath(s.data());
    const QString project = s.root + QStringLiteral("/p.tessera");
    {
        QString error;
        QVERIFY2(ProjectStore::create(project, &error), qPrintable(error));
    }
    c.make(s);
    if (QTest::currentTestFailed())
        return;

    // What the command may change: the project, the export or unpack folder.
    const QStringList targets{project, project + QStringLiteral("-wal"),
                              project + QStringLiteral("-shm"), s.root + QStringLiteral("/out")};
    const QMap<QString, QByteArray> before = snapshot(outer.path(), targets);

    // Several commands are separated by ";"; all but the last must succeed.
    QList<QStringList> commands{{}};
    for (const QString &arg : c.args) {
        if (arg == QLatin1String(";")) {
            commands.append(QStringList());
            continue;
        }
        QString a = arg;
        a.replace(QStringLiteral("{P}"), project)
                .replace(QStringLiteral("{D}"), s.data())
                .replace(QStringLiteral("{S}"), s.root);
        commands.last().append(a);
    }
    Result r;
    for (const QStringList &command : commands) {
        r = run(command);
        if (&command != &commands.last())
            QVERIFY2(r.code == 0, r.err.constData());
    }
    const QString said = QString::fromUtf8(r.out + r.err);
    QVERIFY2(
            r.code == c.code,
            qPrintable(
                    QStringLiteral("exit %1, expected %2:\n%3").arg(r.code).arg(c.code).arg(said)));
    if (!c.named.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(c.named), qPrintable(said));
    if (!c.says.isEmpty())
        QVERIFY2(said.contains(c.says), qPrintable(said));
    // Messages are text: a binary input is never echoed raw.
    QVERIFY2(!r.err.contains('\0') && !r.err.contains("\x1b"), qPrintable(said));

    // A refused import stores nothing: all or nothing.
    if (c.code != 0 && c.args.first() == QLatin1String("import")) {
        const Result stats = run({QStringLiteral("stats"), project, QStringLiteral("--json")});
        QCOMPARE(stats.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(o.value(QStringLiteral("assets")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("annotations")).toInt(), 0);
    }

    const QMap<QString, QByteArray> after = snapshot(outer.path(), targets);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        QVERIFY2(before.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1 changed or appeared").arg(it.key())));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.contains(it.key()),
                 qPrintable(QStringLiteral("%1 was removed").arg(it.key())));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
