// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/jsonconvert.h"
#include "core/textoffsets.h"
#include "store/geometrycodec.h"

#include <QTest>

using namespace Tessera;

class TestGeometryCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverySection();
    void emptyGeometryIsEmpty();
    void malformedBlobsAreRejected_data();
    void malformedBlobsAreRejected();
    void jsonRoundTrip();
    void codePointOffsets_data();
    void codePointOffsets();
    void offsetMapAgreesEverywhere();
};

void TestGeometryCodec::roundTripKeepsEverySection()
{
    Annotation a;
    a.points = {QPointF(0.1, 0.2), QPointF(1e6, -3.5)};
    a.rotation = 45.25;
    a.visibility = {2, 0};
    a.maskRect = QRect(-3, 4, 100, 200);
    a.maskRuns = {0, 5, 4294967295u};
    a.start = 12;
    a.end = 40;
    Annotation b;
    QVERIFY(GeometryCodec::decode(GeometryCodec::encode(a), b));
    QCOMPARE(b.points, a.points);
    QCOMPARE(b.rotation, a.rotation);
    QCOMPARE(b.visibility, a.visibility);
    QCOMPARE(b.maskRect, a.maskRect);
    QCOMPARE(b.maskRuns, a.maskRuns);
    QCOMPARE(b.start, a.start);
    QCOMPARE(b.end, a.end);
}

void TestGeometryCodec::emptyGeometryIsEmpty()
{
    Annotation a;
    const QByteArray blob = GeometryCodec::encode(a);
    QCOMPARE(blob.size(), 2); // version + section flags
    Annotation b;
    b.points = {QPointF(1, 1)};
    QVERIFY(GeometryCodec::decode(blob, b));
    QVERIFY(b.points.isEmpty()); // decoding resets stale fields
}

void TestGeometryCodec::malformedBlobsAreRejected_data()
{
    QTest::addColumn<QByteArray>("blob");
    Annotation a;
    a.points = {QPointF(1, 2), QPointF(3, 4)};
    const QByteArray good = GeometryCodec::encode(a);
    QTest::newRow("unknown-version") << QByteArray("\x09\x01", 2);
    QTest::newRow("truncated-points") << good.left(good.size() - 3);
    QTest::newRow("trailing-bytes") << good + QByteArray("x");
    // A count of 2^32-1 points with no data behind it: must fail without allocating for it.
    QTest::newRow("huge-count") << QByteArray("\x01\x01\xff\xff\xff\xff", 6);
}

void TestGeometryCodec::malformedBlobsAreRejected()
{
    QFETCH(QByteArray, blob);
    Annotation a;
    QVERIFY(!GeometryCodec::decode(blob, a));
}

void TestGeometryCodec::jsonRoundTrip()
{
    Annotation a;
    a.id = 5;
    a.assetId = 2;
    a.labelId = 3;
    a.kind = AnnotationKind::Keypoints;
    a.points = {QPointF(1, 2), QPointF(3, 4)};
    a.visibility = {2, 1};
    a.groupId = 9;
    a.data[QStringLiteral("unknownKey")] = QStringLiteral("kept");
    a.provenance = {Origin::Prelabel,    QStringLiteral("bob"), 10, 20,
                    QStringLiteral("m"), QStringLiteral("v1"),  0.5};
    QString error;
    const std::optional<Annotation> back = Json::annotationFromJson(Json::toJson(a), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, a);
    QVERIFY(!Json::annotationFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("blob")}},
                                      &error));
    QVERIFY(error.contains(QStringLiteral("blob")));
}

void TestGeometryCodec::codePointOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("codePoint");
    QTest::addColumn<qsizetype>("utf16");
    const QString emoji = QStringLiteral("a🙂b"); // U+1F642 is two UTF-16 units
    QTest::newRow("before-emoji") << emoji << qint64(1) << qsizetype(1);
    QTest::newRow("after-emoji") << emoji << qint64(2) << qsizetype(3);
    QTest::newRow("end") << emoji << qint64(3) << qsizetype(4);
    QTest::newRow("past-end-clamps") << emoji << qint64(10) << qsizetype(4);
    const QString combining = QStringLiteral("e\u0301x"); // e + combining acute: two code points
    QTest::newRow("combining-mark") << combining << qint64(2) << qsizetype(2);
    QTest::newRow("cjk") << QStringLiteral("東京都") << qint64(2) << qsizetype(2);
    QTest::newRow("rtl") << QStringLiteral("جامعة") << qint64(3) << qsizetype(3);
}

void TestGeometryCodec::codePointOffsets()
{
    QFETCH(QString, text);
    QFETCH(qint64, codePoint);
    QFETCH(qsizetype, utf16);
    QCOMPARE(TextOffsets::toUtf16(text, codePoint), utf16);
    if (codePoint <= TextOffsets::codePointLength(text))
        QCOMPARE(TextOffsets::toCodePoint(text, utf16), codePoint);
    const TextOffsets::OffsetMap map(text);
    QCOMPARE(map.toUtf16(codePoint), utf16);
    if (codePoint <= TextOffsets::codePointLength(text))
        QCOMPARE(map.toCodePoint(utf16), codePoint);
}

void TestGeometryCodec::offsetMapAgreesEverywhere()
{
    // Every index of a text mixing ASCII, pairs (also adjacent ones), combining marks, CJK and
    // Arabic, against the one-pass reference conversions.
    const QString text = QStringLiteral("a🙂🙂b e\u0301 東京 جامعة 👋🏽x𝄞");
    const TextOffsets::OffsetMap map(text);
    QCOMPARE(map.length(), TextOffsets::codePointLength(text));
    for (qint64 cp = -1; cp <= map.length() + 1; ++cp)
        QCOMPARE(map.toUtf16(cp), TextOffsets::toUtf16(text, std::max<qint64>(cp, 0)));
    for (qsizetype u = 0; u <= text.size(); ++u)
        QCOMPARE(map.toCodePoint(u), TextOffsets::toCodePoint(text, u));
}

QTEST_GUILESS_MAIN(TestGeometryCodec)
#include "tst_geometrycodec.moc"
