// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "prelabel/assists.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Tessera;

class TestAssists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void grabCutOutlinesTheDiskInTheBox();
    void magicWandTakesTheConnectedColour();
    void simplifyDropsNearlyStraightPoints();
    void maskBecomesItsOutline();
    void scissorsFollowTheEdge();
    void badInputIsExplained();

private:
    QTemporaryDir m_dir;
    QString m_disk;    // a dark disk of radius 60 at (150, 120) on a noisy light background
    QString m_squares; // a red and a blue rectangle on white
};

namespace {

double area(const QPolygonF &p)
{
    double a = 0;
    for (int i = 0; i < p.size(); ++i)
        a += p[i].x() * p[(i + 1) % p.size()].y() - p[(i + 1) % p.size()].x() * p[i].y();
    return std::abs(a) / 2;
}

} // namespace

void TestAssists::initTestCase()
{
    QImage disk(320, 240, QImage::Format_RGB32);
    QRandomGenerator random(3);
    for (int y = 0; y < disk.height(); ++y)
        for (int x = 0; x < disk.width(); ++x) {
            const int n = int(random.bounded(20));
            disk.setPixel(x, y, qRgb(200 + n, 210 + n, 190 + n));
        }
    {
        QPainter p(&disk);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 60, 140));
        p.drawEllipse(QPointF(150, 120), 60, 60);
    }
    m_disk = m_dir.filePath(QStringLiteral("disk.png"));
    QVERIFY(disk.save(m_disk));
    QImage squares(300, 200, QImage::Format_RGB32);
    squares.fill(Qt::white);
    {
        QPainter p(&squares);
        p.fillRect(QRect(20, 30, 100, 80), QColor(220, 30, 30));
        p.fillRect(QRect(150, 60, 120, 100), QColor(30, 30, 220));
    }
    m_squares = m_dir.filePath(QStringLiteral("squares.png"));
    QVERIFY(squares.save(m_squares));
}

void TestAssists::grabCutOutlinesTheDiskInTheBox()
{
    QString error;
    const std::optional<QPolygonF> outline
            = Assists::boxToPolygon(m_disk, QRectF(80, 50, 140, 140), 1.0, &error);
    QVERIFY2(outline, qPrintable(error));
    // The disk's area within 10 %, and every vertex on its rim within 4 px.
    const double expected = M_PI * 60 * 60;
    QVERIFY2(std::abs(area(*outline) - expected) < expected * 0.1,
             qPrintable(QString::number(area(*outline))));
    for (const QPointF &v : *outline)
        QVERIFY(std::abs(std::hypot(v.x() - 150, v.y() - 120) - 60) < 4);
}

void TestAssists::magicWandTakesTheConnectedColour()
{
    QString error;
    std::optional<QPolygonF> red = Assists::magicWand(m_squares, QPointF(50, 50), 30, &error);
    QVERIFY2(red, qPrintable(error));
    const QRectF bounds = red->boundingRect();
    QVERIFY(std::abs(bounds.left() - 20) <= 1 && std::abs(bounds.top() - 30) <= 1);
    QVERIFY(std::abs(bounds.right() - 119) <= 1 && std::abs(bounds.bottom() - 109) <= 1);
    // The blue rectangle is another region; the white background a third, around both.
    const std::optional<QPolygonF> blue
            = Assists::magicWand(m_squares, QPointF(200, 100), 30, &error);
    QVERIFY(blue && blue->boundingRect().left() >= 149);
}

void TestAssists::simplifyDropsNearlyStraightPoints()
{
    const QPolygonF wobbly{{0, 0}, {50, 0.4}, {100, 0}, {100, 100}, {50, 99.6}, {0, 100}};
    const QPolygonF square = Assists::simplify(wobbly, 1.0, true);
    QCOMPARE(square.size(), 4);
    QCOMPARE(Assists::simplify(wobbly, 0, true), wobbly);
    // Never below a triangle, however large the tolerance.
    QCOMPARE(Assists::simplify(wobbly, 1000, true), wobbly);
}

void TestAssists::maskBecomesItsOutline()
{
    QImage bits(40, 30, QImage::Format_Grayscale8);
    bits.fill(0);
    for (int y = 5; y < 25; ++y)
        for (int x = 10; x < 30; ++x)
            bits.setPixel(x, y, 255);
    Annotation mask{.kind = AnnotationKind::Mask};
    QVERIFY(MaskCodec::fromImage(mask, bits, QPoint(100, 200)));
    const std::optional<QPolygonF> outline = Assists::maskToPolygon(mask, 1.0);
    QVERIFY(outline);
    QCOMPARE(outline->size(), 4);
    QCOMPARE(outline->boundingRect(), QRectF(110, 205, 19, 19));
}

void TestAssists::scissorsFollowTheEdge()
{
    // A dark square outline on white: the path from one corner to the next runs along it.
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setPen(QPen(Qt::black, 3));
        p.drawRect(QRect(50, 50, 100, 100));
    }
    const QString path = m_dir.filePath(QStringLiteral("edge.png"));
    QVERIFY(image.save(path));
    Assists::Scissors scissors;
    QString error;
    QVERIFY2(scissors.load(path, &error), qPrintable(error));
    scissors.setAnchor(QPointF(50, 50));
    const QPolygonF route = scissors.pathTo(QPointF(150, 150));
    QVERIFY(route.size() > 100);
    QVERIFY((route.constFirst() - QPointF(50, 50)).manhattanLength() <= 2);
    QVERIFY((route.constLast() - QPointF(150, 150)).manhattanLength() <= 2);
    for (const QPointF &p : route) {
        const double toEdge = std::min({std::abs(p.x() - 50), std::abs(p.x() - 150),
                                        std::abs(p.y() - 50), std::abs(p.y() - 150)});
        QVERIFY2(toEdge <= 3, qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));
    }
}

void TestAssists::badInputIsExplained()
{
    QString error;
    QVERIFY(!Assists::boxToPolygon(m_dir.filePath(QStringLiteral("none.png")), QRectF(0, 0, 50, 50),
                                   1, &error));
    QVERIFY(error.contains(QStringLiteral("none.png")));
    QVERIFY(!Assists::boxToPolygon(m_disk, QRectF(10, 10, 2, 2), 1, &error));
    QVERIFY(!Assists::magicWand(m_squares, QPointF(-5, 10), 30, &error));
    QVERIFY(error.contains(QStringLiteral("outside")));
}

QTEST_GUILESS_MAIN(TestAssists)
#include "tst_assists.moc"
