// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "document/assetdocument.h"
#include "imagecanvas/imagebackdrop.h"
#include "imagecanvas/imagecanvas.h"
#include "imagecanvas/tools/drawtools.h"
#include "store/projectstore.h"
#include "testhelpers.h"
#include "tiffwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QImageWriter>
#include <QSignalSpy>
#include <QtEndian>

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

/** The image canvas driven as a user would: mouse drags, clicks and keys on the offscreen screen.
 */
class TestImageCanvas : public QObject
{
    Q_OBJECT

private slots:
    void magicWandClickMakesThePolygonOfTheRegion();
    void scissorsClicksFollowTheEdges();
    void init();
    void cleanup();
    void drawBoxByDragWithUndoRedo();
    void tinyDragMakesNoBox();
    void drawPolygonClosesOnFirstPoint();
    void polygonBackspaceEnterAndEscape();
    void drawPointsEllipseAndCircle();
    void keypointsFollowTheLabelTemplate();
    void maskBrushPaintsAndErases();
    void moveByDragIsOneStep();
    void resizeAndRotateByHandles();
    void vertexDragInsertAndDelete();
    void rubberBandAndShiftClickSelect();
    void relabelCopyPasteDuplicateOrder();
    void lockedShapesStayPut();
    void hiddenShapesCannotBePicked();
    void groupSelectsTogether();
    void editsSurviveReopening();
    void badImagesGiveAMessage_data();
    void badImagesGiveAMessage();
    void truncatedJpegShowsWhatItCanAndSaysSo();
    void bigJpegShowsOverviewThenFullResolutionDetail();
    void bigPngStreamsIntoOverviewAndTiles();
    void shownSignalsOfAReplacedDocumentAreDropped();
    void hugePngIsShownWhileItStreamsIn();
    void tiffPyramidIsShownWholeAtOnce();
    void steppingAwayAndBackDuringAPassShowsTheImage();
    void lyingHeaderFailsWithoutAllocating();
    void rotatedBigJpegDetailFollowsExif();

private:
    QPoint at(const QPointF &imagePoint) const { return m_canvas->toWidget(imagePoint).toPoint(); }
    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {},
              Qt::MouseButton button = Qt::LeftButton);
    const QList<Annotation> &shapes() const { return m_doc->annotations(); }
    /** What the canvas paints at these points is the source's pixel (within JPEG error). */
    void verifyShowsSource(const QImage &source, const QList<QPoint> &probes);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AssetDocument> m_doc;
    std::unique_ptr<ImageCanvas> m_canvas;
    qint64 m_cat = 0;
    qint64 m_dog = 0;
    qint64 m_secondAsset = 0;
};

void TestImageCanvas::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("c.tessera")), &error);
    QVERIFY(m_store);
    Label cat{.name = QStringLiteral("cat"), .color = Qt::green};
    Label dog{.name = QStringLiteral("dog"), .color = Qt::red};
    QVERIFY(m_store->addLabel(cat) && m_store->addLabel(dog));
    m_cat = cat.id;
    m_dog = dog.id;
    const QString image = m_dir->filePath(QStringLiteral("i.png"));
    QVERIFY(Test::writeImage(image, 3, QSize(400, 300)));
    Asset a{.kind = AssetKind::Image,
            .path = QStringLiteral("i.png"),
            .name = QStringLiteral("i.png"),
            .sha256 = QStringLiteral("1"),
            .width = 400,
            .height = 300};
    QVERIFY(m_store->addAsset(a));
    Asset b{.kind = AssetKind::Image,
            .path = QStringLiteral("i.png"),
            .name = QStringLiteral("j.png"),
            .sha256 = QStringLiteral("2"),
            .width = 400,
            .height = 300};
    QVERIFY(m_store->addAsset(b));
    m_secondAsset = b.id;
    m_doc = std::make_unique<AssetDocument>(m_store.get(), a.id);
    QVERIFY(m_doc->load());
    m_canvas = std::make_unique<ImageCanvas>();
    m_canvas->resize(816, 616);
    m_canvas->setLabels(m_store->labels());
    m_canvas->setCurrentLabel(m_cat);
    m_canvas->setDocument(m_doc.get(), image);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    QTRY_VERIFY(m_canvas->hasImage());
    QCOMPARE(m_canvas->zoom(), 2.0); // 400x300 fitted into 800x600
}

void TestImageCanvas::magicWandClickMakesThePolygonOfTheRegion()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(QRect(100, 80, 120, 100), QColor(40, 60, 200));
    const QString path = m_dir->filePath(QStringLiteral("wand.png"));
    QVERIFY(image.save(path));
    m_canvas->setDocument(m_doc.get(), path);
    QTRY_VERIFY(m_canvas->hasImage());
    m_canvas->setTool(ImageCanvas::Tool::Wand);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(150, 120)));
    QCOMPARE(shapes().size(), 1);
    const Annotation &a = shapes().constFirst();
    QCOMPARE(a.kind, AnnotationKind::Polygon);
    QCOMPARE(a.labelId, m_cat);
    QCOMPARE(QPolygonF(a.points).boundingRect(), QRectF(100, 80, 119, 99));
    m_doc->undoStack()->undo();
    QCOMPARE(shapes().size(), 0);
}

void TestImageCanvas::scissorsClicksFollowTheEdges()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setPen(QPen(Qt::black, 3));
        p.drawRect(QRect(100, 80, 150, 120));
    }
    const QString path = m_dir->filePath(QStringLiteral("edges.png"));
    QVERIFY(image.save(path));
    m_canvas->setDocument(m_doc.get(), path);
    QTRY_VERIFY(m_canvas->hasImage());
    m_canvas->setTool(ImageCanvas::Tool::Scissors);
    // Clicks near (not on) the corners; the path snaps to the drawn outline between them.
    for (const QPointF &p :
         {QPointF(101, 81), QPointF(249, 81), QPointF(249, 199), QPointF(101, 199)}) {
        const QPoint w = at(p);
        QMouseEvent move(QEvent::MouseMove, w, m_canvas->mapToGlobal(w), Qt::NoButton, Qt::NoButton,
                         {});
        QCoreApplication::sendEvent(m_canvas.get(), &move);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, w);
    }
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(101, 81))); // closes
    QCOMPARE(shapes().size(), 1);
    const QRectF bounds = QPolygonF(shapes().constFirst().points).boundingRect();
    QVERIFY2(std::abs(bounds.left() - 100) <= 3 && std::abs(bounds.top() - 80) <= 3
                     && std::abs(bounds.right() - 250) <= 3 && std::abs(bounds.bottom() - 200) <= 3,
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(bounds.left())
                                .arg(bounds.top())
                                .arg(bounds.right())
                                .arg(bounds.bottom())));
}

void TestImageCanvas::cleanup()
{
    m_canvas.reset();
    m_doc.reset();
    m_store.reset();
    delete m_dir;
}

void TestImageCanvas::drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers,
                           Qt::MouseButton button)
{
    QTest::mousePress(m_canvas.get(), button, modifiers, at(from));
    const int steps = 5;
    for (int i = 1; i <= steps; ++i) {
        const QPointF p = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, at(p), m_canvas->mapToGlobal(at(p)), Qt::NoButton,
                         button, modifiers);
        QCoreApplication::sendEvent(m_canvas.get(), &move);
    }
    QTest::mouseRelease(m_canvas.get(), button, modifiers, at(to));
}

void TestImageCanvas::verifyShowsSource(const QImage &source, const QList<QPoint> &probes)
{
    const QImage shot = m_canvas->grab().toImage();
    for (const QPoint &probe : probes) {
        const QPointF imagePoint = m_canvas->toImage(QPointF(probe) + QPointF(0.5, 0.5));
        const QColor seen = shot.pixelColor(probe);
        const QColor truth = source.pixelColor(int(imagePoint.x()), int(imagePoint.y()));
        QVERIFY2(std::abs(seen.red() - truth.red()) <= 12
                         && std::abs(seen.green() - truth.green()) <= 12,
                 qPrintable(QStringLiteral("%1 vs %2 at %3,%4")
                                    .arg(seen.name(), truth.name())
                                    .arg(probe.x())
                                    .arg(probe.y())));
    }
}

void TestImageCanvas::drawBoxByDragWithUndoRedo()
{
    m_canvas->setTool(ImageCanvas::Tool::Box);
    drag(QPointF(50, 40), QPointF(150, 120));
    QCOMPARE(shapes().size(), 1);
    const Annotation box = shapes().constFirst();
    QCOMPARE(box.kind, AnnotationKind::Box);
    QCOMPARE(box.labelId, m_cat);
    QCOMPARE(box.points, (QList<QPointF>{QPointF(50, 40), QPointF(150, 120)}));
    QCOMPARE(m_canvas->selection(), QList<qint64>{box.id});
    QCOMPARE(m_store->annotation(box.id)->points, box.points); // stored at once
    // Drawn past the border: clamped to the image, as labelme does.
    drag(QPointF(350, 250), QPointF(450, 350));
    QCOMPARE(shapes().constLast().points.value(1), QPointF(400, 300));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotationCount(m_doc->assetId()), 0);
    QVERIFY(m_canvas->selection().isEmpty());
    m_doc->undoStack()->redo();
    QCOMPARE(m_store->annotation(box.id)->points, box.points);
}

void TestImageCanvas::tinyDragMakesNoBox()
{
    m_canvas->setTool(ImageCanvas::Tool::Box);
    drag(QPointF(50, 40), QPointF(50.5, 40.5));
    QCOMPARE(shapes().size(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestImageCanvas::drawPolygonClosesOnFirstPoint()
{
    m_canvas->setTool(ImageCanvas::Tool::Polygon);
    const QList<QPointF> corners{QPointF(10, 10), QPointF(100, 10), QPointF(100, 80),
                                 QPointF(10, 80)};
    for (const QPointF &p : corners)
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(p));
    QCOMPARE(shapes().size(), 0);                                               // still drawing
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(11, 11))); // near the first
    QCOMPARE(shapes().size(), 1);
    QCOMPARE(shapes()[0].kind, AnnotationKind::Polygon);
    QCOMPARE(shapes()[0].points, corners);
    QCOMPARE(m_doc->undoStack()->count(), 1); // the whole polygon is one step
}

void TestImageCanvas::polygonBackspaceEnterAndEscape()
{
    m_canvas->setTool(ImageCanvas::Tool::Polyline);
    for (const QPointF &p : {QPointF(10, 10), QPointF(50, 50), QPointF(90, 10), QPointF(120, 60)})
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(p));
    QTest::keyClick(m_canvas.get(), Qt::Key_Backspace); // drops (120, 60)
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    QCOMPARE(shapes().size(), 1);
    QCOMPARE(shapes()[0].kind, AnnotationKind::Polyline);
    QCOMPARE(shapes()[0].points.size(), 3);
    QCOMPARE(shapes()[0].points.constLast(), QPointF(90, 10));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(200, 200)));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(250, 200)));
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape); // cancels the second line
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    QCOMPARE(shapes().size(), 1);
    QCOMPARE(m_canvas->tool(), ImageCanvas::Tool::Polyline); // Esc first cancels the drawing
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QCOMPARE(m_canvas->tool(), ImageCanvas::Tool::Select); // then leaves the tool
}

void TestImageCanvas::drawPointsEllipseAndCircle()
{
    m_canvas->setTool(ImageCanvas::Tool::Point);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(20, 30)));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(40, 30)));
    QCOMPARE(shapes().size(), 2);
    QCOMPARE(shapes()[1].kind, AnnotationKind::Point);
    QCOMPARE(shapes()[1].points, QList<QPointF>{QPointF(40, 30)});
    m_canvas->setTool(ImageCanvas::Tool::Ellipse);
    drag(QPointF(100, 100), QPointF(200, 150));
    QCOMPARE(shapes().constLast().kind, AnnotationKind::Ellipse);
    drag(QPointF(250, 100), QPointF(300, 130), Qt::ShiftModifier);
    const Annotation circle = shapes().constLast();
    QCOMPARE(circle.points[1] - circle.points[0], QPointF(50, 50));
}

void TestImageCanvas::keypointsFollowTheLabelTemplate()
{
    Label face{.name = QStringLiteral("face")};
    face.skeleton
            = {{QStringLiteral("nose"), QStringLiteral("left eye"), QStringLiteral("right eye")},
               {{0, 1}, {0, 2}}};
    QVERIFY(m_store->addLabel(face));
    m_canvas->setLabels(m_store->labels());
    m_canvas->setCurrentLabel(face.id);
    m_canvas->setTool(ImageCanvas::Tool::Keypoints);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(100, 100)));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::AltModifier, at(QPointF(80, 80)));
    QCOMPARE(shapes().size(), 0);
    QTest::keyClick(m_canvas.get(), Qt::Key_N); // the right eye is not visible at all
    QCOMPARE(shapes().size(), 1);
    const Annotation kp = shapes()[0];
    QCOMPARE(kp.kind, AnnotationKind::Keypoints);
    QCOMPARE(kp.labelId, face.id);
    QCOMPARE(kp.visibility, (QList<int>{2, 1, 0}));
    QCOMPARE(kp.points.value(1), QPointF(80, 80));
    // The absent point sits at (0, 0) and must not be picked there.
    QCOMPARE(m_canvas->shapeAt(QPointF(0, 0)), 0);
    QCOMPARE(m_canvas->shapeAt(QPointF(100, 100)), kp.id);
    // Alt+click on a placed keypoint cycles visible -> occluded -> absent.
    m_canvas->setTool(ImageCanvas::Tool::Select);
    m_canvas->setSelection({kp.id});
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::AltModifier, at(QPointF(100, 100)));
    QCOMPARE(m_store->annotation(kp.id)->visibility, (QList<int>{1, 1, 0}));
    m_canvas->grab(); // draws edges only between placed points
}

void TestImageCanvas::maskBrushPaintsAndErases()
{
    m_canvas->setTool(ImageCanvas::Tool::Mask);
    // The brush is 12 screen pixels wide at zoom 2: 6 image pixels of radius.
    drag(QPointF(50, 50), QPointF(150, 50));
    QCOMPARE(shapes().size(), 1);
    const qint64 id = shapes()[0].id;
    Annotation mask = *m_store->annotation(id);
    QCOMPARE(mask.kind, AnnotationKind::Mask);
    QCOMPARE(mask.labelId, m_cat);
    QVERIFY(MaskCodec::contains(mask, QPoint(100, 50)));
    QVERIFY(MaskCodec::contains(mask, QPoint(100, 54)));
    QVERIFY(!MaskCodec::contains(mask, QPoint(100, 60)));
    const double painted = ShapeGeometry::area(mask);
    QVERIFY2(painted > 1100 && painted < 1500, qPrintable(QString::number(painted)));
    QCOMPARE(m_canvas->selection(), QList<qint64>{id});
    // The right button erases from the selected mask: a cut through the middle.
    drag(QPointF(100, 35), QPointF(100, 65), {}, Qt::RightButton);
    mask = *m_store->annotation(id);
    QVERIFY(!MaskCodec::contains(mask, QPoint(100, 50)));
    QVERIFY(MaskCodec::contains(mask, QPoint(60, 50)));
    QVERIFY(ShapeGeometry::area(mask) < painted);
    QCOMPARE(m_doc->undoStack()->count(), 2); // one step per stroke
    m_doc->undoStack()->undo();
    QVERIFY(MaskCodec::contains(*m_store->annotation(id), QPoint(100, 50)));
    // [ and ] resize the brush.
    const double before = MaskTool::brushRadius();
    QTest::keyClick(m_canvas.get(), Qt::Key_BracketRight);
    QVERIFY(MaskTool::brushRadius() > before);
    QTest::keyClick(m_canvas.get(), Qt::Key_BracketLeft);
    m_canvas->grab(); // the tinted mask draws
}

void TestImageCanvas::moveByDragIsOneStep()
{
    m_doc->addAnnotations({{.labelId = m_cat,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(100, 100), QPointF(200, 200)}}},
                          QStringLiteral("Add"));
    const qint64 id = shapes()[0].id;
    drag(QPointF(150, 150), QPointF(170, 130));
    QCOMPARE(m_canvas->selection(), QList<qint64>{id});
    QCOMPARE(m_store->annotation(id)->points,
             (QList<QPointF>{QPointF(120, 80), QPointF(220, 180)}));
    QCOMPARE(m_doc->undoStack()->count(), 2); // add + one move for the whole drag
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotation(id)->points.value(0), QPointF(100, 100));
    // Arrow keys nudge the selection by a pixel, Shift by ten.
    QTest::keyClick(m_canvas.get(), Qt::Key_Right);
    QTest::keyClick(m_canvas.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_store->annotation(id)->points.value(0), QPointF(101, 110));
}

void TestImageCanvas::resizeAndRotateByHandles()
{
    m_doc->addAnnotations({{.labelId = m_cat,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(100, 100), QPointF(200, 160)}}},
                          QStringLiteral("Add"));
    const qint64 id = shapes()[0].id;
    m_canvas->setSelection({id});
    drag(QPointF(200, 160), QPointF(240, 200)); // bottom-right corner handle
    QCOMPARE(m_store->annotation(id)->points,
             (QList<QPointF>{QPointF(100, 100), QPointF(240, 200)}));
    drag(QPointF(100, 150), QPointF(80, 150)); // left edge handle: only x changes
    QCOMPARE(m_store->annotation(id)->points,
             (QList<QPointF>{QPointF(80, 100), QPointF(240, 200)}));
    // The rotation knob sits 24 screen pixels above the top edge's middle.
    const QPointF knob = m_canvas->toImage(m_canvas->toWidget(QPointF(160, 100)) - QPointF(0, 24));
    drag(knob, QPointF(300, 150)); // to the right of the centre (160, 150): +90 degrees
    const Annotation rotated = *m_store->annotation(id);
    QCOMPARE(rotated.kind, AnnotationKind::RotatedBox);
    QCOMPARE(qRound(rotated.rotation), 90);
    QCOMPARE(rotated.points, (QList<QPointF>{QPointF(80, 100), QPointF(240, 200)}));
}

void TestImageCanvas::vertexDragInsertAndDelete()
{
    m_doc->addAnnotations({{.labelId = m_cat,
                            .kind = AnnotationKind::Polygon,
                            .points = {QPointF(100, 100), QPointF(200, 100), QPointF(150, 200)}}},
                          QStringLiteral("Add"));
    const qint64 id = shapes()[0].id;
    m_canvas->setSelection({id});
    drag(QPointF(200, 100), QPointF(220, 90));
    QCOMPARE(m_store->annotation(id)->points.value(1), QPointF(220, 90));
    // The top edge now runs from (100, 100) to (220, 90); (160, 95) lies on it.
    QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(160, 95)));
    const QList<QPointF> inserted = m_store->annotation(id)->points;
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(qRound(inserted[1].x()), 160); // between vertex 0 and 1
    // Hover a vertex and press Del: that vertex goes, the polygon stays.
    QTest::mouseMove(m_canvas.get(), at(inserted[1]));
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QCOMPARE(m_store->annotation(id)->points.size(), 3);
    QTest::mouseMove(m_canvas.get(), at(QPointF(150, 200)));
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete); // a triangle keeps its three vertices
    QVERIFY(m_store->annotation(id));
    QTest::mouseMove(m_canvas.get(), at(QPointF(160, 140)));
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete); // not on a vertex: the shape goes
    QVERIFY(!m_store->annotation(id));
}

void TestImageCanvas::rubberBandAndShiftClickSelect()
{
    QList<Annotation> boxes;
    for (int i = 0; i < 4; ++i)
        boxes.append({.labelId = m_cat,
                      .kind = AnnotationKind::Box,
                      .points = {QPointF(20 + 90 * i, 20), QPointF(80 + 90 * i, 80)}});
    m_doc->addAnnotations(boxes, QStringLiteral("Add"));
    drag(QPointF(10, 10), QPointF(180, 90)); // encloses the first two
    QCOMPARE(m_canvas->selection(), (QList<qint64>{shapes()[0].id, shapes()[1].id}));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, at(QPointF(320, 50)));
    QCOMPARE(m_canvas->selection().size(), 3);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, at(QPointF(50, 50)));
    QCOMPARE(m_canvas->selection(), (QList<qint64>{shapes()[1].id, shapes()[3].id}));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(390, 290))); // empty
    QVERIFY(m_canvas->selection().isEmpty());
}

void TestImageCanvas::relabelCopyPasteDuplicateOrder()
{
    m_doc->addAnnotations({{.labelId = m_cat,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(10, 10), QPointF(50, 50)}},
                           {.labelId = m_cat,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(30, 30), QPointF(70, 70)}}},
                          QStringLiteral("Add"));
    const qint64 first = shapes()[0].id;
    m_canvas->setSelection({first});
    m_canvas->relabelSelection(m_dog);
    QCOMPARE(m_store->annotation(first)->labelId, m_dog);
    m_canvas->bringToFront();
    QCOMPARE(m_canvas->shapeAt(QPointF(40, 40)), first); // now drawn over the second
    m_canvas->sendToBack();
    QVERIFY(m_canvas->shapeAt(QPointF(40, 40)) != first);
    m_canvas->duplicateSelection();
    QCOMPARE(shapes().size(), 3);
    const Annotation copy = *m_canvas->annotation(m_canvas->selection().constFirst());
    QCOMPARE(copy.points.value(0), QPointF(20, 20)); // offset on the same image
    QCOMPARE(copy.labelId, m_dog);
    m_canvas->copySelection();
    // Paste onto the next image: same place, new provenance.
    AssetDocument next(m_store.get(), m_secondAsset);
    QVERIFY(next.load());
    m_canvas->setDocument(&next, m_dir->filePath(QStringLiteral("i.png")));
    m_canvas->paste();
    QCOMPARE(next.annotations().size(), 1);
    QCOMPARE(next.annotations()[0].points, copy.points);
    QCOMPARE(next.annotations()[0].assetId, m_secondAsset);
    QVERIFY(next.annotations()[0].id != copy.id);
}

void TestImageCanvas::lockedShapesStayPut()
{
    m_doc->addAnnotations({{.labelId = m_cat,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(100, 100), QPointF(200, 200)}}},
                          QStringLiteral("Add"));
    const qint64 id = shapes()[0].id;
    m_canvas->setSelection({id});
    m_canvas->toggleLockSelection();
    QVERIFY(m_store->annotation(id)->data.value(QStringLiteral("locked")).toBool());
    drag(QPointF(150, 150), QPointF(180, 180));
    m_canvas->deleteSelection();
    m_canvas->relabelSelection(m_dog);
    QCOMPARE(m_store->annotation(id)->points.value(0), QPointF(100, 100));
    QCOMPARE(m_store->annotation(id)->labelId, m_cat);
    m_canvas->toggleLockSelection();
    m_canvas->deleteSelection();
    QVERIFY(!m_store->annotation(id));
}

void TestImageCanvas::hiddenShapesCannotBePicked()
{
    m_doc->addAnnotations({{.labelId = m_cat,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(100, 100), QPointF(200, 200)}},
                           {.labelId = m_dog,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(250, 100), QPointF(300, 200)}}},
                          QStringLiteral("Add"));
    const qint64 cat = shapes()[0].id;
    m_canvas->setSelection({cat});
    m_canvas->hideSelection();
    QCOMPARE(m_canvas->shapeAt(QPointF(150, 150)), 0);
    m_canvas->showAllShapes();
    QCOMPARE(m_canvas->shapeAt(QPointF(150, 150)), cat);
    m_canvas->setLabelHidden(m_dog, true);
    QCOMPARE(m_canvas->shapeAt(QPointF(270, 150)), 0);
    QVERIFY(m_store->annotation(shapes()[1].id)); // hiding never deletes
}

void TestImageCanvas::groupSelectsTogether()
{
    m_doc->addAnnotations(
            {{.labelId = m_cat,
              .kind = AnnotationKind::Box,
              .points = {QPointF(10, 10), QPointF(50, 50)}},
             {.labelId = m_cat, .kind = AnnotationKind::Point, .points = {QPointF(200, 200)}}},
            QStringLiteral("Add"));
    m_canvas->selectAll();
    m_canvas->groupSelection();
    QVERIFY(shapes()[0].groupId != 0);
    QCOMPARE(shapes()[0].groupId, shapes()[1].groupId);
    m_canvas->setSelection({});
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(QPointF(30, 30)));
    QCOMPARE(m_canvas->selection().size(), 2);
    m_canvas->ungroupSelection();
    QCOMPARE(m_store->annotation(shapes()[1].id)->groupId, 0);
}

void TestImageCanvas::editsSurviveReopening()
{
    m_canvas->setTool(ImageCanvas::Tool::Box);
    drag(QPointF(10, 10), QPointF(60, 40));
    m_canvas->setTool(ImageCanvas::Tool::Polygon);
    for (const QPointF &p : {QPointF(100, 100), QPointF(150, 100), QPointF(120, 150)})
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at(p));
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    const QList<Annotation> before = shapes();
    const QString path = m_store->path();
    const qint64 asset = m_doc->assetId();
    m_canvas->clear();
    m_doc.reset();
    m_store.reset();
    QString error;
    m_store = ProjectStore::open(path, &error);
    QVERIFY(m_store);
    AssetDocument reopened(m_store.get(), asset);
    QVERIFY(reopened.load());
    QCOMPARE(reopened.annotations(), before);
}

void TestImageCanvas::badImagesGiveAMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("zero-bytes") << QByteArray();
    QTest::newRow("not-an-image") << QByteArray("<html>oops</html>");
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(40, '\x07'));
    QTest::newRow("corrupt-png") << png;
}

void TestImageCanvas::badImagesGiveAMessage()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir->filePath(QStringLiteral("bad.jpg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QSignalSpy failed(m_canvas.get(), &ImageCanvas::loadFailed);
    m_canvas->setDocument(m_doc.get(), path);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("bad.jpg")));
    QVERIFY(!m_canvas->hasImage());
    m_canvas->grab(); // paints the message without crashing
}

void TestImageCanvas::truncatedJpegShowsWhatItCanAndSaysSo()
{
    QFile good(Test::demoImage("coffee.jpg"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QString path = m_dir->filePath(QStringLiteral("cut.jpg"));
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(good.read(good.size() / 2));
    cut.close();
    QSignalSpy warned(m_canvas.get(), &ImageCanvas::loadWarning);
    m_canvas->setDocument(m_doc.get(), path);
    QTRY_COMPARE(warned.count(), 1);
    QVERIFY(warned.constFirst().constFirst().toString().contains(QStringLiteral("cut.jpg")));
    QVERIFY(m_canvas->hasImage());
}

void TestImageCanvas::bigJpegShowsOverviewThenFullResolutionDetail()
{
    // 5000x4000 = 20 MP: above the whole-decode limit, so shown from a reduced overview.
    QImage big(5000, 4000, QImage::Format_RGB32);
    for (int y = 0; y < big.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(big.scanLine(y));
        for (int x = 0; x < big.width(); ++x)
            line[x] = qRgb((x / 3) % 256, (y / 5) % 256, ((x + y) / 7) % 256);
    }
    const QString path = m_dir->filePath(QStringLiteral("big.jpg"));
    QVERIFY(big.save(path, "jpg", 95));
    Asset a{.kind = AssetKind::Image,
            .path = QStringLiteral("big.jpg"),
            .name = QStringLiteral("big.jpg"),
            .sha256 = QStringLiteral("big"),
            .width = 5000,
            .height = 4000};
    QVERIFY(m_store->addAsset(a));
    AssetDocument doc(m_store.get(), a.id);
    QVERIFY(doc.load());
    m_canvas->setDocument(&doc, path);
    QTRY_VERIFY(m_canvas->hasImage());
    QCOMPARE(m_canvas->detailFactor(), 0); // at fit the overview is enough
    m_canvas->actualSize();
    QTRY_COMPARE_WITH_TIMEOUT(m_canvas->detailFactor(), 1, 5000);
    const QRectF visible(m_canvas->toImage(QPointF(0, 0)),
                         m_canvas->toImage(QPointF(m_canvas->width(), m_canvas->height())));
    QVERIFY(m_canvas->detailRect().contains(visible.toAlignedRect()));
    // What is painted at 1:1 is the full-resolution pixel, not an upscaled overview pixel.
    verifyShowsSource(big, {QPoint(m_canvas->width() / 2 + 1, m_canvas->height() / 2 + 1)});
}

void TestImageCanvas::bigPngStreamsIntoOverviewAndTiles()
{
    // 4200x4000 = 16.8 MP: above the whole-decode limit; PNG has no reduced decoding.
    QImage big(4200, 4000, QImage::Format_RGB32);
    for (int y = 0; y < big.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(big.scanLine(y));
        for (int x = 0; x < big.width(); ++x)
            line[x] = qRgb((x / 2) % 256, (y / 3) % 256, 90);
    }
    const QString path = m_dir->filePath(QStringLiteral("big.png"));
    QVERIFY(big.save(path, "png", 10));
    Asset a{.kind = AssetKind::Image,
            .path = QStringLiteral("big.png"),
            .name = QStringLiteral("big.png"),
            .sha256 = QStringLiteral("bigpng"),
            .width = 4200,
            .height = 4000};
    QVERIFY(m_store->addAsset(a));
    AssetDocument doc(m_store.get(), a.id);
    QVERIFY(doc.load());
    QSignalSpy shown(m_canvas.get(), &ImageCanvas::imageShown);
    QSignalSpy whole(m_canvas.get(), &ImageCanvas::imageShownWhole);
    m_canvas->setDocument(&doc, path);
    QTRY_COMPARE_WITH_TIMEOUT(whole.count(), 1, 20000);
    QCOMPARE(shown.count(), 1); // the first rows and the whole image: shown once, whole once
    QCOMPARE(m_canvas->imageReadShare(), 1.0);
    QVERIFY(m_canvas->tilesReady()); // made with the overview, in the same pass
    m_canvas->actualSize();
    QTRY_COMPARE_WITH_TIMEOUT(m_canvas->detailFactor(), 1, 5000);
    verifyShowsSource(big, {QPoint(m_canvas->width() / 2 + 3, m_canvas->height() / 2 + 3)});
}

void TestImageCanvas::shownSignalsOfAReplacedDocumentAreDropped()
{
    // A frame of the first document is painted and its "shown" signals are queued; the second
    // document is set before they are delivered. A screenshot taken on them would show the wrong
    // image (CI caught the big-PNG test counting the previous image's signal).
    QSignalSpy shown(m_canvas.get(), &ImageCanvas::imageShown);
    QSignalSpy whole(m_canvas.get(), &ImageCanvas::imageShownWhole);
    m_canvas->setDocument(m_doc.get(), m_dir->filePath(QStringLiteral("i.png")));
    QTRY_VERIFY(m_canvas->hasImage());
    m_canvas->repaint(); // queues both signals for the first document
    AssetDocument second(m_store.get(), m_secondAsset);
    QVERIFY(second.load());
    m_canvas->setDocument(&second, m_dir->filePath(QStringLiteral("i.png")));
    QTRY_COMPARE(whole.count(), 1);
    QCOMPARE(whole.constFirst().constFirst().toLongLong(), m_secondAsset);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.constFirst().constFirst().toLongLong(), m_secondAsset);
    m_canvas->setDocument(nullptr, QString());
}

namespace {

// 4200x4000, red 200 everywhere (what the probes look for), green in 40-pixel stripes.
QImage redStripes()
{
    QImage big(4200, 4000, QImage::Format_RGB32);
    for (int y = 0; y < big.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(big.scanLine(y));
        for (int x = 0; x < big.width(); ++x)
            line[x] = qRgb(200, (x / 40) % 256, 30);
    }
    return big;
}

// What the canvas would paint of a 4200x4000 backdrop at 1/10 scale, on black.
QImage paintedAtOneTenth(ImageBackdrop &backdrop)
{
    QImage frame(420, 400, QImage::Format_RGB32);
    frame.fill(Qt::black);
    QPainter painter(&frame);
    backdrop.paint(painter, QTransform::fromScale(0.1, 0.1), 0.1, QRectF(0, 0, 4200, 4000), false);
    return frame;
}

} // namespace

void TestImageCanvas::hugePngIsShownWhileItStreamsIn()
{
    // 4200x4000: eight bands of 512 rows, so the pass reports its first band before the end.
    const QImage big = redStripes();
    const QString path = m_dir->filePath(QStringLiteral("streaming.png"));
    QVERIFY(big.save(path, "png", 10));
    ImageBackdrop backdrop;
    QList<double> shares;
    QImage firstFrame;
    auto record = [&]() {
        shares.append(backdrop.readShare());
        if (firstFrame.isNull())
            firstFrame = paintedAtOneTenth(backdrop); // what the canvas paints at that moment
    };
    connect(&backdrop, &ImageBackdrop::loaded, this, record);
    connect(&backdrop, &ImageBackdrop::detailChanged, this, record);
    backdrop.setImage(path, QSize(4200, 4000));
    QTRY_VERIFY_WITH_TIMEOUT(!shares.isEmpty() && shares.constLast() == 1.0, 20000);
    QVERIFY2(shares.constFirst() > 0 && shares.constFirst() < 1.0,
             qPrintable(QString::number(shares.constFirst())));
    QVERIFY(std::is_sorted(shares.cbegin(), shares.cend()));
    QCOMPARE(backdrop.fullSize(), QSize(4200, 4000));
    // The first frame shows the rows read (the source's red) and leaves the rest unpainted.
    const int readRows = int(shares.constFirst() * 400);
    QVERIFY(readRows >= 2);
    QCOMPARE(qRed(firstFrame.pixel(200, 1)), 200);
    QCOMPARE(qRed(firstFrame.pixel(200, 399)) < 50, true);
    // Once whole, the bottom rows are the image too.
    const QImage wholeFrame = paintedAtOneTenth(backdrop);
    QVERIFY(std::abs(qRed(wholeFrame.pixel(200, 398)) - 200) <= 2);
}

void TestImageCanvas::tiffPyramidIsShownWholeAtOnce()
{
    const QImage big = redStripes();
    const QString path = m_dir->filePath(QStringLiteral("pyramid.tif"));
    QVERIFY(Test::writeTiff(path, big, 512, {4}));
    ImageBackdrop backdrop;
    QList<double> shares;
    QImage firstFrame;
    connect(&backdrop, &ImageBackdrop::loaded, this, [&]() {
        shares.append(backdrop.readShare());
        if (firstFrame.isNull())
            firstFrame = paintedAtOneTenth(backdrop);
    });
    backdrop.setImage(path, QSize(4200, 4000));
    QTRY_COMPARE_WITH_TIMEOUT(shares.size(), 2, 20000); // the pyramid level, then the pass
    QCOMPARE(shares, (QList<double>{1.0, 1.0}));
    // The very first frame is the whole image, the bottom rows too: no waiting for the pass.
    QVERIFY(std::abs(qRed(firstFrame.pixel(200, 398)) - 200) <= 3);
    QTRY_VERIFY(backdrop.tilesReady());
}

void TestImageCanvas::steppingAwayAndBackDuringAPassShowsTheImage()
{
    // Stepping away cancels the pass over a huge PNG; stepping back before that pass has
    // ended must still show the image (the canceled pass is started over, not lost).
    QImage big(4200, 4000, QImage::Format_RGB32);
    big.fill(qRgb(10, 180, 90));
    const QString path = m_dir->filePath(QStringLiteral("away.png"));
    QVERIFY(big.save(path, "png", 10));
    const QString small = m_dir->filePath(QStringLiteral("small.png"));
    QVERIFY(QImage(64, 48, QImage::Format_RGB32).save(small));
    ImageBackdrop backdrop;
    QSignalSpy failed(&backdrop, &ImageBackdrop::failed);
    backdrop.setImage(path, QSize(4200, 4000));
    backdrop.setImage(small, QSize(64, 48));
    backdrop.setImage(path, QSize(4200, 4000));
    QTRY_VERIFY_WITH_TIMEOUT(backdrop.hasImage() && backdrop.readShare() == 1.0, 20000);
    QTRY_VERIFY(backdrop.tilesReady());
    QCOMPARE(failed.count(), 0);
}

void TestImageCanvas::lyingHeaderFailsWithoutAllocating()
{
    // A PNG whose header claims 100000 x 100000 pixels and holds none; the project recorded the
    // claimed size at import, as add-images does.
    const QByteArray png = Test::lyingPngHeader();
    const QString path = m_dir->filePath(QStringLiteral("liar.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(png);
    f.close();
    Asset a{.kind = AssetKind::Image,
            .path = QStringLiteral("liar.png"),
            .name = QStringLiteral("liar.png"),
            .sha256 = QStringLiteral("liar"),
            .width = 100000,
            .height = 100000};
    QVERIFY(m_store->addAsset(a));
    AssetDocument doc(m_store.get(), a.id);
    QVERIFY(doc.load());
    QSignalSpy failed(m_canvas.get(), &ImageCanvas::loadFailed);
    QElapsedTimer timer;
    timer.start();
    m_canvas->setDocument(&doc, path);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("liar.png")));
    QVERIFY(timer.elapsed() < 5000);
    m_canvas->grab();
}

void TestImageCanvas::rotatedBigJpegDetailFollowsExif()
{
    // Stored 5000x4000, EXIF says turn 90 degrees: shown 4000x5000.
    QImage stored(5000, 4000, QImage::Format_RGB32);
    for (int y = 0; y < stored.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(stored.scanLine(y));
        for (int x = 0; x < stored.width(); ++x)
            line[x] = qRgb((x / 4) % 256, (y / 3) % 256, 40);
    }
    const QString path = m_dir->filePath(QStringLiteral("turned.jpg"));
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(stored.save(&buffer, "jpg", 95));
    }
    // A minimal EXIF block right after the start-of-image marker: one IFD entry,
    // Orientation (0x0112) = 6, "turn 90 degrees clockwise to show".
    const QByteArray exif = QByteArray(
            "Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0", 32);
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((exif.size() + 2) >> 8))
            .append(char((exif.size() + 2) & 0xff))
            .append(exif);
    jpeg.insert(2, segment);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(jpeg);
    out.close();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QCOMPARE(reader.transformation(), QImageIOHandler::TransformationRotate90);
    const QImage shown = reader.read();
    QCOMPARE(shown.size(), QSize(4000, 5000));
    Asset a{.kind = AssetKind::Image,
            .path = QStringLiteral("turned.jpg"),
            .name = QStringLiteral("turned.jpg"),
            .sha256 = QStringLiteral("turned"),
            .width = 4000,
            .height = 5000};
    QVERIFY(m_store->addAsset(a));
    AssetDocument doc(m_store.get(), a.id);
    QVERIFY(doc.load());
    m_canvas->setDocument(&doc, path);
    QTRY_VERIFY_WITH_TIMEOUT(m_canvas->hasImage(), 10000);
    m_canvas->actualSize();
    QTRY_COMPARE_WITH_TIMEOUT(m_canvas->detailFactor(), 1, 5000);
    verifyShowsSource(shown, {QPoint(m_canvas->width() / 2, m_canvas->height() / 2), QPoint(40, 40),
                              QPoint(m_canvas->width() - 40, m_canvas->height() - 40)});
}

QTEST_MAIN(TestImageCanvas)
#include "tst_imagecanvas.moc"
