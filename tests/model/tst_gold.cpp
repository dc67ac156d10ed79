// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "quality/gold.h"
#include "quality/reviewworkflow.h"
#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestGold : public QObject
{
    Q_OBJECT

private slots:
    void compareByKindOfWork();
    void markHidesTheReferenceAndScoresTheAnnotator();
};

namespace {

Annotation box(qint64 label, double x)
{
    return {.labelId = label,
            .kind = AnnotationKind::Box,
            .points = {QPointF(x, 0), QPointF(x + 10, 10)}};
}

} // namespace

void TestGold::compareByKindOfWork()
{
    // Boxes: 2 references, 1 found, 1 extra: precision 1/2, recall 1/2, F1 1/2.
    QCOMPARE(Gold::compare({box(1, 0), box(1, 50)}, {box(1, 1), box(1, 200)}), 0.5);
    // Spans: exact only; classes: Jaccard {1,2} vs {2,3} = 1/3; the mean of both kinds.
    const QList<Annotation> ref{{.labelId = 4, .kind = AnnotationKind::Span, .start = 0, .end = 3},
                                {.labelId = 1, .kind = AnnotationKind::Classification},
                                {.labelId = 2, .kind = AnnotationKind::Classification}};
    const QList<Annotation> made{{.labelId = 4, .kind = AnnotationKind::Span, .start = 0, .end = 3},
                                 {.labelId = 2, .kind = AnnotationKind::Classification},
                                 {.labelId = 3, .kind = AnnotationKind::Classification}};
    QVERIFY(qAbs(Gold::compare(ref, made) - (1.0 + 1.0 / 3) / 2) < 1e-12);
    // A preference: the same verdict or not.
    Annotation a{.kind = AnnotationKind::Preference, .data = {{QStringLiteral("choice"), 1}}};
    Annotation b = a;
    QCOMPARE(Gold::compare({a}, {b}), 1.0);
    b.data[QStringLiteral("choice")] = QStringLiteral("tie");
    QCOMPARE(Gold::compare({a}, {b}), 0.0);
}

void TestGold::markHidesTheReferenceAndScoresTheAnnotator()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("g.tessera")), &error);
    Label cat{.name = QStringLiteral("cat")};
    QVERIFY(store->addLabel(cat));
    Asset image{.kind = AssetKind::Image,
                .name = QStringLiteral("g.jpg"),
                .sha256 = QStringLiteral("g")};
    QVERIFY(store->addAsset(image));
    store->setAuthor(QStringLiteral("lead"));
    QList<Annotation> truth{box(cat.id, 0), box(cat.id, 50)};
    for (Annotation &a : truth)
        a.assetId = image.id;
    QVERIFY(store->addAnnotations(truth));
    QVERIFY2(Gold::mark(*store, image.id, &error), qPrintable(error));
    // The annotator sees an unlabelled image.
    QVERIFY(store->annotations(image.id).isEmpty());
    QVERIFY(Gold::isGold(*store, image.id));
    QVERIFY(!Gold::score(*store, image.id)); // nothing made yet
    QVERIFY(!Gold::mark(*store, image.id, &error));
    store->setAuthor(QStringLiteral("ann"));
    QList<Annotation> work{box(cat.id, 2)};
    work[0].assetId = image.id;
    QVERIFY(store->addAnnotations(work));
    const std::optional<Gold::Score> s = Gold::score(*store, image.id);
    QVERIFY(s);
    QCOMPARE(s->annotator, QStringLiteral("ann"));
    QCOMPARE(s->reference, 2);
    QCOMPARE(s->made, 1);
    QVERIFY(qAbs(s->score - 2.0 / 3) < 1e-12); // precision 1, recall 1/2
    // The report carries it.
    const QList<AnnotatorReport> report = ReviewReport::build(*store);
    const auto ann = std::find_if(report.cbegin(), report.cend(), [](const AnnotatorReport &r) {
        return r.name == QLatin1String("ann");
    });
    QVERIFY(ann != report.cend());
    QCOMPARE(ann->goldScored, 1);
    QVERIFY(qAbs(ann->goldScore - 2.0 / 3) < 1e-12);
    // Unmarking brings the reference back as the annotations.
    QVERIFY(Gold::unmark(*store, image.id, &error));
    QCOMPARE(store->annotations(image.id).size(), 2);
    QVERIFY(!Gold::isGold(*store, image.id));
}

QTEST_GUILESS_MAIN(TestGold)
#include "tst_gold.moc"
