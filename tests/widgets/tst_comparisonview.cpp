// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "document/assetdocument.h"
#include "store/projectstore.h"
#include "textcanvas/answercard.h"
#include "textcanvas/comparisonview.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

using namespace Tessera;

class TestComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verdictIsStoredInStoredOrder();
    void buttonsRateFlagAndChoose();
    void rankingByKeysAndByDrop();
    void rationaleIsOneUndoStepPerPause();
    void markdownAndCodeRenderReadably();
    void steppingReusesTheCards();

private:
    qint64 addComparison(int answers, const QString &prompt);
    void open(qint64 assetId);
    QJsonObject judgement() const;

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AssetDocument> m_doc;
    std::unique_ptr<ComparisonView> m_view;
};

void TestComparisonView::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("c.tessera")), &error);
    QVERIFY(m_store);
    m_view = std::make_unique<ComparisonView>();
    m_view->resize(1100, 800);
    m_view->setConfig(TaskConfig());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestComparisonView::cleanup()
{
    m_view.reset();
    m_doc.reset();
    m_store.reset();
    delete m_dir;
}

qint64 TestComparisonView::addComparison(int answers, const QString &prompt)
{
    QJsonArray list;
    for (int i = 0; i < answers; ++i)
        list.append(QStringLiteral("answer number %1").arg(i));
    Asset a{.kind = AssetKind::Comparison,
            .name = prompt,
            .sha256 = prompt,
            .text = prompt,
            .payload = {{QStringLiteral("answers"), list}}};
    return m_store->addAsset(a) ? a.id : 0;
}

void TestComparisonView::open(qint64 assetId)
{
    m_doc = std::make_unique<AssetDocument>(m_store.get(), assetId);
    QVERIFY(m_doc->load());
    m_view->setDocument(m_doc.get());
}

QJsonObject TestComparisonView::judgement() const
{
    for (const Annotation &a : m_store->annotations(m_doc->assetId()))
        if (a.kind == AnnotationKind::Preference)
            return a.data;
    return {};
}

void TestComparisonView::verdictIsStoredInStoredOrder()
{
    // Find an asset whose shuffled order puts the second stored answer first on screen.
    qint64 id = 0;
    for (int i = 0; i < 40 && !id; ++i) {
        const qint64 candidate = addComparison(2, QStringLiteral("prompt %1").arg(i));
        if (TaskConfig().displayOrder(candidate, 2) == QList<int>{1, 0})
            id = candidate;
    }
    QVERIFY(id);
    open(id);
    QCOMPARE(m_view->displayOrder(), (QList<int>{1, 0}));
    // The card shown as "Answer A" holds stored answer 1.
    auto cards = m_view->findChildren<AnswerCard *>();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards[0]->browser()->toPlainText().trimmed(), QStringLiteral("answer number 1"));
    m_view->choose(0); // "A is better"
    QCOMPARE(judgement().value(QStringLiteral("choice")).toInt(), 1);
    m_view->chooseTie();
    QCOMPARE(judgement().value(QStringLiteral("choice")).toString(), QStringLiteral("tie"));
    m_view->chooseBothBad();
    QCOMPARE(judgement().value(QStringLiteral("choice")).toString(), QStringLiteral("both-bad"));
    // Each verdict is one undo step; one annotation holds the judgement.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(judgement().value(QStringLiteral("choice")).toInt(), 1);
    QCOMPARE(m_store->annotations(id).size(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotations(id).size(), 0);
    // Without shuffling, screen order is stored order.
    TaskConfig plain;
    plain.shuffleAnswers = false;
    m_view->setConfig(plain);
    QCOMPARE(m_view->displayOrder(), (QList<int>{0, 1}));
    m_view->choose(0);
    QCOMPARE(judgement().value(QStringLiteral("choice")).toInt(), 0);
}

void TestComparisonView::buttonsRateFlagAndChoose()
{
    TaskConfig plain;
    plain.shuffleAnswers = false;
    m_view->setConfig(plain);
    open(addComparison(3, QStringLiteral("rate me")));
    const auto cards = m_view->findChildren<AnswerCard *>();
    QCOMPARE(cards.size(), 3);
    AnswerCard *b = cards[1];
    QToolButton *four = nullptr;
    for (QToolButton *button : b->findChildren<QToolButton *>()) {
        if (button->text() == QLatin1String("4") && !four)
            four = button; // the first criterion's row: helpfulness
    }
    QVERIFY(four);
    QTest::mouseClick(four, Qt::LeftButton);
    const QJsonArray helpfulness = judgement()
                                           .value(QStringLiteral("ratings"))
                                           .toObject()
                                           .value(QStringLiteral("helpfulness"))
                                           .toArray();
    QCOMPARE(helpfulness.size(), 3);
    QVERIFY(helpfulness[0].isNull());
    QCOMPARE(helpfulness[1].toInt(), 4);
    QVERIFY(four->isChecked());
    QTest::mouseClick(four, Qt::LeftButton); // again: cleared
    QVERIFY(judgement()
                    .value(QStringLiteral("ratings"))
                    .toObject()
                    .value(QStringLiteral("helpfulness"))
                    .toArray()[1]
                    .isNull());
    QCheckBox *unsafe = nullptr;
    for (QCheckBox *box : cards[2]->findChildren<QCheckBox *>())
        if (box->text() == QLatin1String("unsafe"))
            unsafe = box;
    QVERIFY(unsafe);
    QTest::mouseClick(unsafe, Qt::LeftButton);
    QCOMPARE(judgement().value(QStringLiteral("flags")).toArray()[2].toArray(),
             QJsonArray{QStringLiteral("unsafe")});
    QPushButton *better = cards[2]->findChild<QPushButton *>();
    QTest::mouseClick(better, Qt::LeftButton);
    QCOMPARE(judgement().value(QStringLiteral("choice")).toInt(), 2);
    // Undo takes back one click at a time and the card shows it.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(!unsafe->isChecked());
}

void TestComparisonView::rankingByKeysAndByDrop()
{
    TaskConfig plain;
    plain.shuffleAnswers = false;
    m_view->setConfig(plain);
    open(addComparison(3, QStringLiteral("rank me")));
    QListWidget *list = m_view->rankingList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    m_view->moveInRanking(2, -1); // C up one: A, C, B
    QCOMPARE(judgement().value(QStringLiteral("ranking")).toArray(), (QJsonArray{0, 2, 1}));
    m_view->moveInRanking(2, -1); // C to the top: C, A, B
    QCOMPARE(judgement().value(QStringLiteral("ranking")).toArray(), (QJsonArray{2, 0, 1}));
    QCOMPARE(list->item(0)->text(), QStringLiteral("C"));
    m_view->moveInRanking(2, -1); // already first: nothing changes, no undo step
    QCOMPARE(m_doc->undoStack()->count(), 2);
    // A drop in the list is a move of its rows: B to the front.
    QVERIFY(list->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
    QTRY_COMPARE(judgement().value(QStringLiteral("ranking")).toArray(), (QJsonArray{1, 2, 0}));
    m_doc->undoStack()->undo();
    QCOMPARE(judgement().value(QStringLiteral("ranking")).toArray(), (QJsonArray{2, 0, 1}));
    QCOMPARE(list->item(0)->text(), QStringLiteral("C"));
}

void TestComparisonView::rationaleIsOneUndoStepPerPause()
{
    open(addComparison(2, QStringLiteral("why")));
    QPlainTextEdit *rationale = m_view->rationaleEditor();
    rationale->setFocus();
    QTest::keyClicks(rationale, QStringLiteral("B cites"));
    QTest::keyClicks(rationale, QStringLiteral(" a source"));
    QTRY_COMPARE(judgement().value(QStringLiteral("rationale")).toString(),
                 QStringLiteral("B cites a source"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_view->setFocus(); // leaving the editor ends the step
    rationale->setFocus();
    QTest::keyClicks(rationale, QStringLiteral("."));
    QTRY_COMPARE(judgement().value(QStringLiteral("rationale")).toString(),
                 QStringLiteral("B cites a source."));
    m_doc->undoStack()->undo();
    QCOMPARE(judgement().value(QStringLiteral("rationale")).toString(),
             QStringLiteral("B cites a source"));
    QCOMPARE(rationale->toPlainText(), QStringLiteral("B cites a source"));
}

void TestComparisonView::markdownAndCodeRenderReadably()
{
    QTextBrowser browser;
    AnswerCard::renderMarkdown(&browser, QStringLiteral("**Bold** text\n\n```python\ndef f():\n"
                                                        "    return 1\n```\n"));
    QCOMPARE(browser.toPlainText().contains(QStringLiteral("**")), false);
    bool shadedCode = false;
    for (QTextBlock b = browser.document()->begin(); b.isValid(); b = b.next()) {
        if (!b.text().contains(QStringLiteral("def f")))
            continue;
        QTextCursor inside(b);
        inside.setPosition(b.position() + 2);
        shadedCode = b.blockFormat().background().style() != Qt::NoBrush
                     && inside.charFormat().fontFixedPitch();
    }
    QVERIFY(shadedCode);
}

void TestComparisonView::steppingReusesTheCards()
{
    const qint64 first = addComparison(2, QStringLiteral("one"));
    const qint64 second = addComparison(2, QStringLiteral("two"));
    open(first);
    const QList<AnswerCard *> before = m_view->findChildren<AnswerCard *>();
    m_view->choose(1);
    open(second);
    QCOMPARE(m_view->findChildren<AnswerCard *>(), before);
    // The new item shows no verdict of the previous one.
    for (AnswerCard *card : before)
        QVERIFY(card->styleSheet().isEmpty());
    open(first);
    int chosen = 0;
    for (AnswerCard *card : before)
        chosen += !card->styleSheet().isEmpty();
    QCOMPARE(chosen, 1);
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
