// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "document/assetdocument.h"
#include "store/projectstore.h"
#include "textcanvas/spantextedit.h"
#include "textcanvas/textview.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Tessera;

class TestTextView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mouseDragMakesAWordSnappedSpan_data();
    void mouseDragMakesAWordSnappedSpan();
    void shiftArrowsSelectByKeyboard();
    void nestedAndOverlappingSpansStackAndDraw();
    void clickSelectsTheInnermostSpanAndDeleteUndoes();
    void relationsByCtrlClickAndByKeys();
    void labelKeyRelabelsTheSelection();
    void proposalsAreAcceptedOrRejected();
    void freeTextFieldIsStoredAndUndoable();
    void issueSpansAreUnderlinedInCodePoints();
    void relationArcsStayBetweenTheLines();

private:
    void open(const QString &text);
    QPoint pointAt(qint64 codePoint) const; // viewport point inside the character
    Annotation span(qint64 start, qint64 end, qint64 label = 0) const;

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AssetDocument> m_doc;
    std::unique_ptr<TextView> m_view;
    qint64 m_per = 0;
    qint64 m_org = 0;
};

void TestTextView::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("t.tessera")), &error);
    QVERIFY(m_store);
    Label per{.name = QStringLiteral("PER"), .color = QColor(230, 25, 75)};
    Label org{.name = QStringLiteral("ORG"), .color = QColor(67, 99, 216)};
    QVERIFY(m_store->addLabel(per));
    QVERIFY(m_store->addLabel(org));
    m_per = per.id;
    m_org = org.id;
    m_view = std::make_unique<TextView>();
    m_view->resize(900, 600);
    m_view->setLabels(m_store->labels());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTextView::issueSpansAreUnderlinedInCodePoints()
{
    // After an emoji (two UTF-16 units) the code point offsets 4..9 are UTF-16 5..10.
    open(QStringLiteral("😀 a Lovelace text"));
    m_view->setIssueSpans({{4, 9}});
    const QList<QTextEdit::ExtraSelection> marks = m_view->editor()->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[0].cursor.selectionStart(), 5);
    QCOMPARE(marks[0].cursor.selectionEnd(), 10);
    QCOMPARE(marks[0].cursor.selectedText(), QStringLiteral("Lovel"));
    QCOMPARE(marks[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);
    m_view->setIssueSpans({});
    QVERIFY(m_view->editor()->extraSelections().isEmpty());
}

void TestTextView::relationArcsStayBetweenTheLines()
{
    // A relation on the second line, far apart: its arc and name must not cover the first
    // line's words (nor its underlines).
    open(QStringLiteral("Ada Lovelace wrote the first program for the engine.\n"
                        "Charles Babbage designed it and Ada explained how it worked."));
    const qint64 second = 53; // "Charles"
    QList<Annotation> spans{span(0, 3), span(second, second + 7), span(second + 32, second + 35)};
    m_doc->addAnnotations(spans, QStringLiteral("add"));
    const qint64 charles = m_doc->annotations()[1].id;
    const qint64 ada = m_doc->annotations()[2].id;
    m_doc->addAnnotations({{.assetId = m_doc->assetId(),
                            .labelId = m_org,
                            .kind = AnnotationKind::Relation,
                            .sourceId = charles,
                            .targetId = ada}},
                          QStringLiteral("relate"));
    SpanTextEdit *editor = m_view->editor();
    editor->viewport()->repaint();
    const QList<QRectF> names = editor->relationLabelRects();
    QCOMPARE(names.size(), 1);
    const QList<QRectF> firstLine = editor->rectsFor(0, 52);
    QVERIFY(!firstLine.isEmpty());
    qreal bottom = 0;
    for (const QRectF &r : firstLine)
        bottom = std::max(bottom, r.bottom());
    // Below the first line and its four underline rows.
    QVERIFY2(names[0].top() > bottom + 14,
             qPrintable(QStringLiteral("name at %1, first line ends at %2")
                                .arg(names[0].top())
                                .arg(bottom)));
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS"))
        m_view->grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/arcs.png"));
}

void TestTextView::cleanup()
{
    m_view.reset();
    m_doc.reset();
    m_store.reset();
    delete m_dir;
}

void TestTextView::open(const QString &text)
{
    Asset a{.kind = AssetKind::Text,
            .name = QStringLiteral("doc"),
            .sha256 = QString::number(qHash(text)),
            .text = text};
    QVERIFY(m_store->addAsset(a));
    m_doc = std::make_unique<AssetDocument>(m_store.get(), a.id);
    QVERIFY(m_doc->load());
    m_view->setDocument(m_doc.get());
}

Annotation TestTextView::span(qint64 start, qint64 end, qint64 label) const
{
    return {.assetId = m_doc->assetId(),
            .labelId = label ? label : m_per,
            .kind = AnnotationKind::Span,
            .start = start,
            .end = end};
}

QPoint TestTextView::pointAt(qint64 codePoint) const
{
    const TextOffsets::OffsetMap map(m_doc->asset().text);
    const int u = int(map.toUtf16(codePoint));
    const QList<QRectF> rects = m_view->editor()->rectsFor(u, u + 1);
    return rects.isEmpty() ? QPoint() : rects.constFirst().center().toPoint();
}

void TestTextView::mouseDragMakesAWordSnappedSpan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("from"); // code points dragged over
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("start"); // the span made
    QTest::addColumn<qint64>("end");
    QTest::newRow("inside-words") << QStringLiteral("met Ada Lovelace today") << qint64(5)
                                  << qint64(10) << qint64(4) << qint64(16);
    // 👋 is one code point (two UTF-16 units): offsets after it count it once.
    QTest::newRow("after-emoji") << QStringLiteral("Hi 👋 Ada Lovelace wrote") << qint64(6)
                                 << qint64(7) << qint64(5) << qint64(8);
    QTest::newRow("combining-mark") << QStringLiteral("the cafe\u0301 opened") << qint64(5)
                                    << qint64(6) << qint64(4) << qint64(9);
    QTest::newRow("cjk") << QStringLiteral("山田太郎 of Sony") << qint64(1) << qint64(2)
                         << qint64(0) << qint64(4);
    QTest::newRow("rtl") << QStringLiteral("met جامعة القاهرة here") << qint64(5) << qint64(6)
                         << qint64(4) << qint64(9);
}

void TestTextView::mouseDragMakesAWordSnappedSpan()
{
    QFETCH(QString, text);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    open(text);
    QWidget *viewport = m_view->editor()->viewport();
    const QPoint a = pointAt(from);
    const QPoint b = pointAt(to);
    QVERIFY(!a.isNull() && !b.isNull());
    QTest::mousePress(viewport, Qt::LeftButton, {}, a);
    QMouseEvent move(QEvent::MouseMove, b, viewport->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                     {});
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
    QCOMPARE(m_view->selectedSpan(), (std::optional<std::pair<qint64, qint64>>({start, end})));
    QVERIFY(m_view->labelSelection(m_org));
    const QList<Annotation> stored = m_store->annotations(m_doc->assetId());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().start, start);
    QCOMPARE(stored.constFirst().end, end);
    QCOMPARE(stored.constFirst().labelId, m_org);
    QCOMPARE(m_view->selectedAnnotation(), stored.constFirst().id);
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 0);
}

void TestTextView::shiftArrowsSelectByKeyboard()
{
    open(QStringLiteral("Alan Turing was born in London"));
    SpanTextEdit *edit = m_view->editor();
    edit->setFocus();
    QTextCursor cursor(edit->document());
    cursor.setPosition(5); // before "Turing"
    edit->setTextCursor(cursor);
    QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(m_view->selectedSpan(), (std::optional<std::pair<qint64, qint64>>({5, 11})));
    // One more character with Shift+Right still snaps to the word "was".
    QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedSpan(), (std::optional<std::pair<qint64, qint64>>({5, 15})));
}

void TestTextView::nestedAndOverlappingSpansStackAndDraw()
{
    open(QStringLiteral("The Port of Rotterdam Authority said so"));
    // ORG "Port of Rotterdam Authority" [4, 31) holds LOC "Rotterdam" [12, 21); PER [16, 35)
    // overlaps both.
    m_doc->addAnnotations({span(4, 31, m_org), span(12, 21), span(16, 35)}, QStringLiteral("add"));
    const QList<SpanTextEdit::Span> &spans = m_view->editor()->spans();
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans[0].start, 4);
    QCOMPARE(spans[0].level, 0);
    QCOMPARE(spans[1].level, 1);
    QCOMPARE(spans[2].level, 2);
    // As drawn: the outer span's band is tinted with its colour, and each level has its own
    // underline row in its colour.
    const QImage image = m_view->editor()->viewport()->grab().toImage();
    const QRectF outer = m_view->editor()->rectsFor(4, 6).constFirst(); // "Po": ORG only
    auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                       + std::abs(a.blue() - b.blue())
               < 40;
    };
    const qreal dpr = image.devicePixelRatio();
    auto pixel = [&](qreal x, qreal y) {
        return image.pixelColor(int(x * dpr), int(y * dpr));
    };
    // Tinted band: the ORG colour at alpha 48 over white, somewhere in the top of the rect.
    const QColor tint(255 - (255 - 67) * 48 / 255, 255 - (255 - 99) * 48 / 255,
                      255 - (255 - 216) * 48 / 255);
    bool tinted = false;
    for (qreal x = outer.left() + 1; x < outer.right() - 1; ++x)
        tinted = tinted || near(pixel(x, outer.top() + 1), tint);
    QVERIFY(tinted);
    const QRectF inner = m_view->editor()->rectsFor(13, 15).constFirst(); // inside "Rotterdam"
    QVERIFY(near(pixel(inner.center().x(), inner.bottom() + 2.5), QColor(67, 99, 216)));
    QVERIFY(near(pixel(inner.center().x(), inner.bottom() + 5.5), QColor(230, 25, 75)));
}

void TestTextView::clickSelectsTheInnermostSpanAndDeleteUndoes()
{
    open(QStringLiteral("The Port of Rotterdam Authority said so"));
    m_doc->addAnnotations({span(4, 31, m_org), span(12, 21)}, QStringLiteral("add"));
    const qint64 outerId = m_doc->annotations()[0].id;
    const qint64 innerId = m_doc->annotations()[1].id;
    m_doc->addAnnotations({{.assetId = m_doc->assetId(),
                            .kind = AnnotationKind::Relation,
                            .sourceId = innerId,
                            .targetId = outerId}},
                          QStringLiteral("rel"));
    QSignalSpy selection(m_view.get(), &TextView::selectionChanged);
    QWidget *viewport = m_view->editor()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointAt(14)); // inside "Rotterdam"
    QCOMPARE(m_view->selectedAnnotation(), innerId);
    QCOMPARE(selection.last().constFirst().value<QList<qint64>>(), QList<qint64>{innerId});
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointAt(6)); // "Port": only the outer one
    QCOMPARE(m_view->selectedAnnotation(), outerId);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointAt(36)); // "so": nothing
    QCOMPARE(m_view->selectedAnnotation(), 0);
    // Deleting a span takes its relation with it, in one undo step.
    m_view->setSelectedAnnotation(innerId);
    QVERIFY(m_view->deleteSelected());
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 1);
    QCOMPARE(m_view->selectedAnnotation(), outerId); // the next span is selected
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 3);
    QCOMPARE(m_view->editor()->spans().size(), 2);
}

void TestTextView::relationsByCtrlClickAndByKeys()
{
    open(QStringLiteral("Ada works for Acme in London"));
    m_doc->addAnnotations({span(0, 3), span(14, 18, m_org), span(22, 28, m_org)},
                          QStringLiteral("add"));
    const qint64 ada = m_doc->annotations()[0].id;
    const qint64 acme = m_doc->annotations()[1].id;
    const qint64 london = m_doc->annotations()[2].id;
    QWidget *viewport = m_view->editor()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointAt(1));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, pointAt(15));
    std::optional<Annotation> relation = m_doc->annotation(m_view->selectedAnnotation());
    QVERIFY(relation);
    QCOMPARE(relation->kind, AnnotationKind::Relation);
    QCOMPARE(relation->sourceId, ada);
    QCOMPARE(relation->targetId, acme);
    // By keys: select Acme, start a relation, step to London, confirm.
    m_view->setSelectedAnnotation(acme);
    QVERIFY(m_view->startRelation());
    QVERIFY(m_view->isRelating());
    m_view->selectNext(+1);
    QCOMPARE(m_view->selectedAnnotation(), london);
    QVERIFY(m_view->acceptSelected());
    QVERIFY(!m_view->isRelating());
    relation = m_doc->annotation(m_view->selectedAnnotation());
    QCOMPARE(relation->sourceId, acme);
    QCOMPARE(relation->targetId, london);
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 5);
    // Drawn as arcs: each has a hit area for its label.
    m_view->editor()->viewport()->repaint();
    QVERIFY(m_view->editor()->relationAt(QPoint(-100, -100)) == 0);
    // Esc while drawing a relation cancels it without adding anything.
    m_view->setSelectedAnnotation(ada);
    QVERIFY(m_view->startRelation());
    m_view->cancel();
    QVERIFY(!m_view->isRelating());
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 5);
}

void TestTextView::labelKeyRelabelsTheSelection()
{
    open(QStringLiteral("Ada works for Acme"));
    m_doc->addAnnotations({span(14, 18)}, QStringLiteral("add"));
    const qint64 id = m_doc->annotations()[0].id;
    QVERIFY(!m_view->relabelSelected(m_org)); // nothing selected
    m_view->setSelectedAnnotation(id);
    QVERIFY(m_view->relabelSelected(m_org));
    QCOMPARE(m_store->annotation(id)->labelId, m_org);
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotation(id)->labelId, m_per);
}

void TestTextView::proposalsAreAcceptedOrRejected()
{
    open(QStringLiteral("in 2024 and 2025 and 2026"));
    QList<Annotation> proposals{span(3, 7), span(12, 16), span(21, 25)};
    for (Annotation &a : proposals)
        a.provenance = {.origin = Origin::Prelabel, .modelId = QStringLiteral("rule:year")};
    m_doc->addAnnotations(proposals, QStringLiteral("rules"));
    QVERIFY(m_view->editor()->spans()[0].proposal);
    const qint64 first = m_doc->annotations()[0].id;
    m_view->setSelectedAnnotation(first);
    QVERIFY(m_view->acceptSelected());
    QVERIFY(!isProposal(*m_store->annotation(first)));
    QCOMPARE(m_store->annotation(first)->provenance.modelId, QStringLiteral("rule:year"));
    QVERIFY(!m_view->editor()->spans()[0].proposal);
    // Accepting moves on to the next one; Delete rejects it.
    const qint64 second = m_doc->annotations()[1].id;
    QCOMPARE(m_view->selectedAnnotation(), second);
    QVERIFY(m_view->deleteSelected());
    QVERIFY(!m_store->annotation(second));
    QCOMPARE(m_view->acceptAllProposals(), 1);
    for (const Annotation &a : m_store->annotations(m_doc->assetId()))
        QVERIFY(!isProposal(a));
}

void TestTextView::freeTextFieldIsStoredAndUndoable()
{
    TaskConfig config;
    config.textFields = {QStringLiteral("summary")};
    m_view->setConfig(config);
    open(QStringLiteral("A long report."));
    auto *field = m_view->findChild<QPlainTextEdit *>(QStringLiteral("field:summary"));
    QVERIFY(field && field->isVisible());
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("short"));
    // Stored when typing pauses (or the field loses focus): one undo step for the word.
    QTRY_COMPARE(m_doc->field(QStringLiteral("summary")), QStringLiteral("short"));
    QTest::keyClicks(field, QStringLiteral(" one"));
    m_view->editor()->setFocus();
    QTRY_COMPARE(m_doc->field(QStringLiteral("summary")), QStringLiteral("short one"));
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->field(QStringLiteral("summary")), QStringLiteral("short"));
    QCOMPARE(field->toPlainText(), QStringLiteral("short"));
}

QTEST_MAIN(TestTextView)
#include "tst_textview.moc"
