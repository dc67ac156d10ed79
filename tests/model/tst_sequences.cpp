// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/shapegeometry.h"
#include "prelabel/detector.h"
#include "prelabel/sequences.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace Tessera;

namespace {

// The frames are extracted (tessera_prelabel, values) and added (the job), as the CLI does.
AddReport addVideo(ProjectStore &store, const QString &video, const QString &folder, int every,
                   const JobControl &control)
{
    return Sequences::addVideoFrames(store,
                                     Sequences::extractVideo(video, folder, every, control));
}

int trackForward(ProjectStore &store, qint64 id, int count, double confidence, QString *error,
                 QString *why)
{
    const std::optional<TrackStart> start
            = Sequences::trackStart(store, id, count, false, {AnnotationKind::Box}, error);
    if (!start)
        return -1;
    const Sequences::TrackResult r = Sequences::propagate(
            start->paths, QRectF(start->start.points.value(0), start->start.points.value(1)),
            confidence, {});
    *why = r.stopReason;
    return Sequences::writeTracked(store, *start, Sequences::trackedBoxes(r),
                                   Sequences::trackerModel(), Sequences::trackerVersion(), true,
                                   error);
}

} // namespace

class TestSequences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void videoBecomesAnOrderedSequence();
    void unreadableVideoAddsNothing();
    void folderOfFramesInNaturalOrder();
    void interpolationByShape();
    void tracksAreFilledBetweenKeyframes();
    void trackerFollowsTheSquareAndStopsWhenItGoes();

private:
    /** A 24-frame MJPEG video of a textured square moving right by 6 px a frame; gone after
     *  frame `until`. */
    QString writeVideo(int until = 1000);
    static QRectF squareAt(int frame) { return QRectF(20 + 6 * frame, 40, 40, 40); }

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
};

void TestSequences::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("v.tessera")), &error);
    QVERIFY(m_store);
}

void TestSequences::cleanup()
{
    m_store.reset();
    delete m_dir;
}

QString TestSequences::writeVideo(int until)
{
    const QString path = m_dir->filePath(QStringLiteral("clip.avi"));
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                           cv::Size(240, 160));
    for (int f = 0; f < 24; ++f) {
        cv::Mat frame(160, 240, CV_8UC3, cv::Scalar(200, 200, 200));
        if (f <= until) {
            const QRectF s = squareAt(f);
            const cv::Rect r(int(s.x()), int(s.y()), int(s.width()), int(s.height()));
            frame(r).setTo(cv::Scalar(30, 60, 160));
            // A pattern inside, so that the square has something to be recognised by.
            cv::circle(frame, cv::Point(r.x + 20, r.y + 20), 10, cv::Scalar(240, 240, 40), -1);
            cv::line(frame, cv::Point(r.x, r.y), cv::Point(r.x + 39, r.y + 39), cv::Scalar(0, 0, 0),
                     2);
        }
        writer.write(frame);
    }
    writer.release();
    return path;
}

void TestSequences::videoBecomesAnOrderedSequence()
{
    const QString video = writeVideo();
    const AddReport report = addVideo(*m_store, video,
                                                 m_dir->filePath(QStringLiteral("frames")), 2, {});
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QCOMPARE(report.added, 12); // frames 0, 2, …, 22
    const QList<qint64> frames = Sequences::frames(*m_store, QStringLiteral("clip"));
    QCOMPARE(frames, report.assetIds);
    const Asset third = *m_store->asset(frames[2]);
    QCOMPARE(Sequences::frameOf(third)->index, 4);
    QCOMPARE(third.width, 240);
    QVERIFY(QFileInfo::exists(m_store->absolutePath(third)));
    QVERIFY(third.path.startsWith(QStringLiteral("frames/"))); // stored beside the project
}

void TestSequences::unreadableVideoAddsNothing()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.mp4"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a video at all");
    f.close();
    const AddReport report
            = addVideo(*m_store, bad, m_dir->filePath(QStringLiteral("frames")), 1, {});
    QVERIFY(report.fatalError.contains(QStringLiteral("bad.mp4")));
    QCOMPARE(m_store->stats().assets, 0);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("frames"))).isEmpty());
}

void TestSequences::folderOfFramesInNaturalOrder()
{
    QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("walk")));
    for (int n : {10, 2, 1}) {
        QImage frame(32, 24, QImage::Format_RGB32);
        frame.fill(QColor(n * 20, 0, 0));
        QVERIFY(frame.save(dir.filePath(QStringLiteral("walk/frame%1.png").arg(n))));
    }
    const AddReport report
            = Sequences::addFrameFolder(*m_store, dir.filePath(QStringLiteral("walk")), {});
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QStringList names;
    for (qint64 id : Sequences::frames(*m_store, QStringLiteral("walk")))
        names.append(m_store->asset(id)->name);
    QCOMPARE(names, (QStringList{QStringLiteral("frame1.png"), QStringLiteral("frame2.png"),
                                 QStringLiteral("frame10.png")}));
}

void TestSequences::interpolationByShape()
{
    Annotation a{.kind = AnnotationKind::RotatedBox,
                 .points = {QPointF(0, 0), QPointF(10, 10)},
                 .rotation = 350};
    Annotation b = a;
    b.points = {QPointF(20, 10), QPointF(30, 30)};
    b.rotation = 10;
    const Annotation half = *Sequences::interpolate(a, b, 0.5);
    QCOMPARE(half.points, (QList<QPointF>{QPointF(10, 5), QPointF(20, 20)}));
    QCOMPARE(half.rotation, 360.0); // through 0°, not back across 180°
    Annotation poly{.kind = AnnotationKind::Polygon, .points = {{0, 0}, {10, 0}, {0, 10}}};
    Annotation other = poly;
    other.points.append(QPointF(5, 5));
    QVERIFY(!Sequences::interpolate(poly, other, 0.5));
    QVERIFY(!Sequences::interpolate(poly, a, 0.5));
}

void TestSequences::tracksAreFilledBetweenKeyframes()
{
    const AddReport report = addVideo(*m_store, writeVideo(),
                                                 m_dir->filePath(QStringLiteral("frames")), 4, {});
    const QList<qint64> frames = report.assetIds; // 6 frames: 0, 4, …, 20
    Label car{.name = QStringLiteral("car")};
    QVERIFY(m_store->addLabel(car));
    QList<Annotation> keys{{.assetId = frames[0],
                            .labelId = car.id,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(0, 0), QPointF(10, 10)}},
                           {.assetId = frames[4],
                            .labelId = car.id,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(40, 20), QPointF(50, 30)}}};
    for (Annotation &k : keys)
        k.data[QStringLiteral("track")] = QStringLiteral("7");
    QVERIFY(m_store->addAnnotations(keys));
    QString error;
    QCOMPARE(Sequences::interpolateTracks(*m_store, QStringLiteral("clip"), &error), 3);
    const QList<Annotation> second = m_store->annotations(frames[1]);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].points, (QList<QPointF>{QPointF(10, 5), QPointF(20, 15)}));
    QVERIFY(second[0].data.value(QStringLiteral("interpolated")).toBool());
    QCOMPARE(second[0].labelId, car.id);
    QVERIFY(m_store->annotations(frames[5]).isEmpty()); // after the last keyframe: nothing
    // Filling again replaces, never adds to, what the last filling made.
    QCOMPARE(Sequences::interpolateTracks(*m_store, QStringLiteral("clip"), &error), 3);
    QCOMPARE(m_store->annotations(frames[2]).size(), 1);
}

void TestSequences::trackerFollowsTheSquareAndStopsWhenItGoes()
{
    const AddReport report = addVideo(*m_store, writeVideo(14),
                                                 m_dir->filePath(QStringLiteral("frames")), 1, {});
    // Frames 15…23 are the same empty picture: still one asset each.
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QCOMPARE(report.added, 24);
    const QList<qint64> frames = report.assetIds;
    Label thing{.name = QStringLiteral("thing")};
    QVERIFY(m_store->addLabel(thing));
    QList<Annotation> start{{.assetId = frames[0],
                             .labelId = thing.id,
                             .kind = AnnotationKind::Box,
                             .points = {squareAt(0).topLeft(), squareAt(0).bottomRight()}}};
    QVERIFY(m_store->addAnnotations(start));
    QString error;
    QString why;
    const int followed = trackForward(*m_store, start[0].id, 20, 0.5, &error, &why);
    QVERIFY2(followed >= 0, qPrintable(error));
    // The square is on frames 0…14: followed through 14, then it is gone.
    QCOMPARE(followed, 14);
    QVERIFY2(why.contains(QStringLiteral("frame 15")), qPrintable(why));
    for (int f = 1; f <= 14; ++f) {
        const QList<Annotation> boxes = m_store->annotations(frames[f]);
        QCOMPARE(boxes.size(), 1);
        const QRectF found(boxes[0].points[0], boxes[0].points[1]);
        QVERIFY2(ShapeGeometry::iou(found, squareAt(f)) > 0.6, qPrintable(QString::number(f)));
        QCOMPARE(boxes[0].data.value(QStringLiteral("track")).toString(),
                 m_store->annotation(start[0].id)->data.value(QStringLiteral("track")).toString());
    }
}

QTEST_GUILESS_MAIN(TestSequences)
#include "tst_sequences.moc"
