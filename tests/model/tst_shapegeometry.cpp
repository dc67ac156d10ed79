// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "core/shapeindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Tessera;

class TestShapeGeometry : public QObject
{
    Q_OBJECT

private slots:
    void hitTests_data();
    void hitTests();
    void rotatedBoxBounds();
    void areas();
    void vertexAndEdgeEditing();
    void indexFindsExactlyWhatABruteForceScanFinds();
    void indexFindsPointsAndLargeShapes();
    void maskRunLengthRoundTrip();
};

namespace {

Annotation shape(AnnotationKind kind, QList<QPointF> points, double rotation = 0)
{
    Annotation a;
    a.kind = kind;
    a.points = std::move(points);
    a.rotation = rotation;
    return a;
}

} // namespace

void TestShapeGeometry::hitTests_data()
{
    QTest::addColumn<Annotation>("annotation");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("hit");
    const Annotation box = shape(AnnotationKind::Box, {QPointF(10, 10), QPointF(50, 30)});
    QTest::newRow("box-inside") << box << QPointF(30, 20) << true;
    QTest::newRow("box-outside") << box << QPointF(60, 20) << false;
    QTest::newRow("box-near-edge") << box << QPointF(51.5, 20) << true;
    const Annotation rotated
            = shape(AnnotationKind::RotatedBox, {QPointF(0, 40), QPointF(100, 60)}, 90);
    QTest::newRow("rotated-box-inside-after-rotation") << rotated << QPointF(50, 5) << true;
    QTest::newRow("rotated-box-outside-after-rotation") << rotated << QPointF(5, 50) << false;
    const Annotation tri
            = shape(AnnotationKind::Polygon, {QPointF(0, 0), QPointF(100, 0), QPointF(0, 100)});
    QTest::newRow("polygon-inside") << tri << QPointF(20, 20) << true;
    QTest::newRow("polygon-outside-in-bounds") << tri << QPointF(80, 80) << false;
    const Annotation line = shape(AnnotationKind::Polyline, {QPointF(0, 0), QPointF(100, 0)});
    QTest::newRow("polyline-on") << line << QPointF(50, 1) << true;
    QTest::newRow("polyline-off") << line << QPointF(50, 10) << false;
    const Annotation point = shape(AnnotationKind::Point, {QPointF(5, 5)});
    QTest::newRow("point-near") << point << QPointF(6, 6) << true;
    QTest::newRow("point-far") << point << QPointF(15, 5) << false;
    const Annotation ellipse = shape(AnnotationKind::Ellipse, {QPointF(0, 0), QPointF(100, 50)});
    QTest::newRow("ellipse-centre") << ellipse << QPointF(50, 25) << true;
    QTest::newRow("ellipse-corner-outside") << ellipse << QPointF(4, 4) << false;
}

void TestShapeGeometry::hitTests()
{
    QFETCH(Annotation, annotation);
    QFETCH(QPointF, point);
    QFETCH(bool, hit);
    QCOMPARE(ShapeGeometry::hitTest(annotation, point, 2.0), hit);
}

void TestShapeGeometry::rotatedBoxBounds()
{
    const Annotation a = shape(AnnotationKind::RotatedBox, {QPointF(0, 0), QPointF(100, 20)}, 90);
    const QRectF b = ShapeGeometry::boundingRect(a);
    QCOMPARE(qRound(b.width()), 20);
    QCOMPARE(qRound(b.height()), 100);
    QCOMPARE(b.center(), QPointF(50, 10));
}

void TestShapeGeometry::areas()
{
    QCOMPARE(ShapeGeometry::area(shape(AnnotationKind::Box, {QPointF(0, 0), QPointF(10, 20)})),
             200.0);
    QCOMPARE(ShapeGeometry::area(shape(AnnotationKind::Polygon, {QPointF(0, 0), QPointF(10, 0),
                                                                 QPointF(10, 10), QPointF(0, 10)})),
             100.0);
    QCOMPARE(ShapeGeometry::area(shape(AnnotationKind::Polyline, {QPointF(0, 0), QPointF(10, 10)})),
             0.0);
    Annotation mask;
    mask.kind = AnnotationKind::Mask;
    mask.maskRect = QRect(0, 0, 4, 4);
    mask.maskRuns = {2, 5, 3, 6};
    QCOMPARE(ShapeGeometry::area(mask), 11.0);
}

void TestShapeGeometry::vertexAndEdgeEditing()
{
    const Annotation square = shape(AnnotationKind::Polygon, {QPointF(0, 0), QPointF(10, 0),
                                                              QPointF(10, 10), QPointF(0, 10)});
    QCOMPARE(ShapeGeometry::vertexAt(square, QPointF(9.5, 0.5), 1.5), 1);
    QCOMPARE(ShapeGeometry::vertexAt(square, QPointF(5, 5), 1.5), -1);
    const auto edge = ShapeGeometry::edgeAt(square, QPointF(5, 10.4), 1.0);
    QVERIFY(edge);
    QCOMPARE(edge->first, 3); // between vertex 2 and 3
    QCOMPARE(edge->second, QPointF(5, 10));
    const auto closing = ShapeGeometry::edgeAt(square, QPointF(-0.3, 5), 1.0);
    QVERIFY(closing);
    QCOMPARE(closing->first, 4); // the closing edge of a polygon appends
    const Annotation moved = ShapeGeometry::translated(square, QPointF(3, -2));
    QCOMPARE(moved.points[2], QPointF(13, 8));
}

void TestShapeGeometry::indexFindsExactlyWhatABruteForceScanFinds()
{
    ShapeIndex index;
    index.reset(QSizeF(4000, 3000));
    QRandomGenerator random(7);
    QHash<qint64, QRectF> rects;
    for (qint64 id = 1; id <= 3000; ++id) {
        const QRectF r(random.bounded(4200.0) - 100, random.bounded(3200.0) - 100,
                       random.bounded(200.0), random.bounded(200.0));
        rects.insert(id, r);
        index.insert(id, r);
    }
    for (qint64 id = 1; id <= 3000; id += 3) {
        index.remove(id);
        rects.remove(id);
    }
    QCOMPARE(index.size(), int(rects.size()));
    for (int q = 0; q < 50; ++q) {
        // Views reach past the image's edges too (panned beyond it); each shape once.
        const QRectF view(random.bounded(4800.0) - 400, random.bounded(3800.0) - 400,
                          random.bounded(900.0), random.bounded(900.0));
        QList<qint64> expected;
        for (auto it = rects.cbegin(); it != rects.cend(); ++it)
            if (it.value().adjusted(-0.5, -0.5, 0.5, 0.5).intersects(view))
                expected.append(it.key());
        QList<qint64> found = index.query(view);
        std::sort(expected.begin(), expected.end());
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }
}

void TestShapeGeometry::indexFindsPointsAndLargeShapes()
{
    ShapeIndex index;
    index.reset(QSizeF(1000, 1000));
    index.insert(1, QRectF(QPointF(500, 500), QSizeF(0, 0)));   // a point
    index.insert(2, QRectF(0, 0, 1000, 1000));                  // covers everything
    index.insert(3, QRectF(QPointF(-50, -50), QSizeF(10, 10))); // dragged off the image
    QCOMPARE(index.at(QPointF(500.2, 500.2), 1).size(), 2);
    QCOMPARE(index.query(QRectF(900, 900, 10, 10)), QList<qint64>{2});
    QVERIFY(index.at(QPointF(-45, -45), 1).contains(3));
    index.remove(2);
    QCOMPARE(index.query(QRectF(900, 900, 10, 10)), QList<qint64>{});
}

void TestShapeGeometry::maskRunLengthRoundTrip()
{
    QImage image(40, 30, QImage::Format_Grayscale8);
    image.fill(0);
    for (int y = 5; y < 12; ++y)
        for (int x = 10; x < 25; ++x)
            image.setPixel(x, y, 255);
    image.setPixel(30, 20, 255); // a lone pixel far away
    Annotation mask;
    QVERIFY(MaskCodec::fromImage(mask, image, QPoint(100, 200)));
    QCOMPARE(mask.kind, AnnotationKind::Mask);
    QCOMPARE(mask.maskRect, QRect(110, 205, 21, 16)); // cropped to the set pixels, placed
    QCOMPARE(ShapeGeometry::area(mask), 15.0 * 7 + 1);
    QVERIFY(MaskCodec::contains(mask, QPoint(110, 205)));
    QVERIFY(MaskCodec::contains(mask, QPoint(130, 220)));
    QVERIFY(!MaskCodec::contains(mask, QPoint(129, 220)));
    QVERIFY(ShapeGeometry::hitTest(mask, QPointF(112.5, 207.5), 1));
    QVERIFY(!ShapeGeometry::hitTest(mask, QPointF(128.5, 207.5), 1));
    const QImage back = MaskCodec::toImage(mask);
    QCOMPARE(back.size(), QSize(21, 16));
    QCOMPARE(qGray(back.pixel(0, 0)), 255);
    QCOMPARE(qGray(back.pixel(20, 15)), 255);
    QCOMPARE(qGray(back.pixel(19, 15)), 0);
    // Runs that overrun the rectangle are cut, not trusted.
    Annotation broken = mask;
    broken.maskRuns = {0, 4000000000u};
    QCOMPARE(MaskCodec::toImage(broken).size(), QSize(21, 16));
    QImage empty(8, 8, QImage::Format_Grayscale8);
    empty.fill(0);
    QVERIFY(!MaskCodec::fromImage(broken, empty, QPoint()));
}

QTEST_GUILESS_MAIN(TestShapeGeometry)
#include "tst_shapegeometry.moc"
