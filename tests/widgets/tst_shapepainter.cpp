// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagecanvas/shapepainter.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Tessera;

namespace {

Annotation polygon(const QList<QPointF> &points)
{
    return Annotation{.id = 1, .labelId = 1, .kind = AnnotationKind::Polygon, .points = points};
}

// A polyline of one edge.
Annotation edge(const QPointF &from, const QPointF &to)
{
    Annotation a = polygon({from, to});
    a.kind = AnnotationKind::Polyline;
    return a;
}

QImage blank(QImage::Format format = QImage::Format_ARGB32_Premultiplied)
{
    QImage image(200, 120, format);
    image.fill(Qt::transparent);
    return image;
}

int setPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0;
    return count;
}

} // namespace

/**
 * The canvas's batched outlines (Detail::Fast: thousands of shapes) are written into the layer by
 * hand; they must land where QPainter would put them, clip, blend and never run away.
 */
class TestShapePainter : public QObject
{
    Q_OBJECT

private slots:
    void horizontalEdgeCoversItsPixels();
    void matchesQPainterOnRandomPolygons();
    void translucentColoursBlendAsSourceOver();
    void clipsToThePainterClipAndTheImage();
    void otherDevicesFallBackToQPainter();
    void coloursRunInOrder();
    void hiDpiLinesAreAsThickAsQPainters();
};

void TestShapePainter::horizontalEdgeCoversItsPixels()
{
    QImage image = blank();
    {
        QPainter painter(&image);
        ShapePainter::OutlineBatch batch(painter);
        // A polyline of one edge: y 20.7 is pixel row 20, x 10.2 .. 50.6 pixels 10 .. 50.
        const Annotation a = edge(QPointF(10.2, 20.7), QPointF(50.6, 20.7));
        QVERIFY(batch.add(a, QTransform(), Qt::red));
    }
    QCOMPARE(setPixels(image), 41);
    for (int x = 10; x <= 50; ++x)
        QCOMPARE(image.pixel(x, 20), qRgb(255, 0, 0));
}

void TestShapePainter::matchesQPainterOnRandomPolygons()
{
    // The same 300 polygons through the batch and through QPainter (aliased, 1 px): the pixels
    // differ at most where the two round a half-pixel differently.
    QRandomGenerator random(3);
    QList<Annotation> shapes;
    for (int i = 0; i < 300; ++i) {
        const QPointF c(random.bounded(200.0), random.bounded(120.0));
        QList<QPointF> points;
        for (int k = 0; k < 12; ++k)
            points.append(c + QPointF(random.bounded(40.0) - 20, random.bounded(40.0) - 20));
        shapes.append(polygon(points));
    }
    const QTransform zoom = QTransform::fromScale(0.8, 0.8) * QTransform::fromTranslate(3.3, -2.1);
    QImage mine = blank();
    {
        QPainter painter(&mine);
        ShapePainter::OutlineBatch batch(painter);
        for (const Annotation &a : std::as_const(shapes))
            QVERIFY(batch.add(a, zoom, Qt::green));
    }
    QImage qt = blank();
    {
        QPainter painter(&qt);
        painter.setPen(QPen(Qt::green, 1));
        for (const Annotation &a : std::as_const(shapes))
            painter.drawPolygon(zoom.map(QPolygonF(a.points)));
    }
    int both = 0, either = 0;
    for (int y = 0; y < qt.height(); ++y)
        for (int x = 0; x < qt.width(); ++x) {
            const bool m = qAlpha(mine.pixel(x, y)) > 0;
            const bool q = qAlpha(qt.pixel(x, y)) > 0;
            both += m && q;
            either += m || q;
        }
    QVERIFY(either > 2000);
    QVERIFY2(both > either * 0.9, qPrintable(QStringLiteral("%1 of %2").arg(both).arg(either)));
}

void TestShapePainter::translucentColoursBlendAsSourceOver()
{
    QImage mine = blank();
    mine.fill(QColor(0, 0, 255));
    QImage qt = mine;
    const QColor half(255, 0, 0, 128);
    {
        QPainter painter(&mine);
        ShapePainter::OutlineBatch batch(painter);
        const Annotation a = edge(QPointF(5.5, 5.5), QPointF(60.5, 5.5));
        QVERIFY(batch.add(a, QTransform(), half));
    }
    QPainter(&qt).fillRect(QRect(5, 5, 56, 1), half);
    for (int x : {5, 30, 60}) {
        const QRgb m = mine.pixel(x, 5);
        const QRgb q = qt.pixel(x, 5);
        QVERIFY2(std::abs(qRed(m) - qRed(q)) <= 1 && std::abs(qBlue(m) - qBlue(q)) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(m, 0, 16).arg(q, 0, 16)));
    }
    QCOMPARE(mine.pixel(4, 5), qRgb(0, 0, 255));
}

void TestShapePainter::clipsToThePainterClipAndTheImage()
{
    QImage image = blank();
    {
        QPainter painter(&image);
        painter.setClipRect(QRect(50, 0, 50, 120));
        ShapePainter::OutlineBatch batch(painter);
        // Through the clip, far outside the image, and enormous: none may write outside or hang.
        QVERIFY(batch.add(polygon({QPointF(-30, 60), QPointF(300, 60), QPointF(300, 61)}),
                          QTransform(), Qt::red));
        QVERIFY(batch.add(polygon({QPointF(-1e9, -1e9), QPointF(1e9, 1e9), QPointF(-1e9, 1e9)}),
                          QTransform(), Qt::red));
        QVERIFY(batch.add(polygon({QPointF(500, 500), QPointF(600, 500), QPointF(600, 600)}),
                          QTransform(), Qt::red));
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(batch.add(polygon({QPointF(nan, 10), QPointF(60, nan), QPointF(70, 10)}),
                          QTransform(), Qt::red));
    }
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (x < 50 || x >= 100)
                QVERIFY2(qAlpha(image.pixel(x, y)) == 0,
                         qPrintable(QStringLiteral("painted at %1,%2").arg(x).arg(y)));
    for (int x = 50; x < 100; ++x)
        QVERIFY(qAlpha(image.pixel(x, 60)) > 0);
}

void TestShapePainter::otherDevicesFallBackToQPainter()
{
    // Not premultiplied ARGB32, and a rotated painter: QPainter draws them, still one pixel wide.
    QImage rgb = blank(QImage::Format_RGB32);
    rgb.fill(Qt::black);
    {
        QPainter painter(&rgb);
        ShapePainter::OutlineBatch batch(painter);
        QVERIFY(batch.add(polygon({QPointF(10, 10), QPointF(100, 10), QPointF(100, 50)}),
                          QTransform(), Qt::white));
    }
    QCOMPARE(rgb.pixel(50, 10), qRgb(255, 255, 255));
    QImage rotated = blank();
    {
        QPainter painter(&rotated);
        painter.translate(100, 60);
        painter.rotate(90);
        ShapePainter::OutlineBatch batch(painter);
        const Annotation a = edge(QPointF(-40, 0), QPointF(40, 0));
        QVERIFY(batch.add(a, QTransform(), Qt::white));
    }
    QVERIFY(qAlpha(rotated.pixel(100, 40)) > 0); // the edge is vertical now
    QCOMPARE(qAlpha(rotated.pixel(80, 60)), 0);
}

void TestShapePainter::coloursRunInOrder()
{
    // Two crossing edges: the later shape is drawn on top, whatever the colours' runs.
    QImage image = blank();
    {
        QPainter painter(&image);
        ShapePainter::OutlineBatch batch(painter);
        const Annotation first = edge(QPointF(10.5, 30.5), QPointF(90.5, 30.5));
        const Annotation second = edge(QPointF(50.5, 10.5), QPointF(50.5, 60.5));
        Annotation third = first;
        QVERIFY(batch.add(first, QTransform(), Qt::red));
        QCOMPARE(image.pixel(50, 30), 0u);                   // collected, not drawn yet
        QVERIFY(batch.add(second, QTransform(), Qt::green)); // a new colour draws the red run
        QCOMPARE(image.pixel(50, 30), qRgb(255, 0, 0));
        batch.flush();
        QCOMPARE(image.pixel(50, 30), qRgb(0, 255, 0));
        QVERIFY(batch.add(third, QTransform(), Qt::blue));
    }
    QCOMPARE(image.pixel(50, 30), qRgb(0, 0, 255));
    // Proposals (dashed) and points are not batched: the caller paints them.
    Annotation proposal = polygon({QPointF(1, 1), QPointF(5, 5), QPointF(1, 5)});
    proposal.provenance.origin = Origin::Prelabel;
    QVERIFY(isProposal(proposal));
    QImage other = blank();
    QPainter painter(&other);
    ShapePainter::OutlineBatch batch(painter);
    QVERIFY(!batch.add(proposal, QTransform(), Qt::red));
    Annotation point{.kind = AnnotationKind::Point, .points = {QPointF(3, 3)}};
    QVERIFY(!batch.add(point, QTransform(), Qt::red));
}

void TestShapePainter::hiDpiLinesAreAsThickAsQPainters()
{
    // On a screen scaled by 2 the layer has twice the pixels and a 1-pixel pen covers 2 of them.
    const auto rowsCovered = [](const QImage &image, int x) {
        int rows = 0;
        for (int y = 0; y < image.height(); ++y)
            rows += qAlpha(image.pixel(x, y)) > 0;
        return rows;
    };
    QImage mine = blank();
    mine.setDevicePixelRatio(2);
    QImage qt = mine.copy();
    const Annotation a = edge(QPointF(10.2, 20.3), QPointF(80.6, 20.3));
    {
        QPainter painter(&mine);
        ShapePainter::OutlineBatch batch(painter);
        QVERIFY(batch.add(a, QTransform(), Qt::red));
    }
    {
        QPainter painter(&qt);
        painter.setPen(QPen(Qt::red, 1));
        painter.drawLine(QLineF(a.points[0], a.points[1]));
    }
    QCOMPARE(rowsCovered(mine, 100), rowsCovered(qt, 100));
    QCOMPARE(rowsCovered(mine, 100), 2);
    QCOMPARE(mine.pixel(100, 40), qRgb(255, 0, 0)); // logical row 20 is device rows 40 and 41
    QCOMPARE(mine.pixel(100, 41), qRgb(255, 0, 0));
}

QTEST_MAIN(TestShapePainter)
#include "tst_shapepainter.moc"
