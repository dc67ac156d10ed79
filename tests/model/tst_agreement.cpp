// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "quality/agreement.h"

#include <QTest>

using namespace Tessera;

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void cohenKappaOfTheTextbookTable();
    void fleissKappaOfTheTextbookTable();
    void krippendorffAlphaWithMissingValues();
    void spansMatchExactly();
    void boxesMatchByIoU();
    void preferenceAgreementRate();
};

namespace {

QList<QString> repeat(const QString &v, int n)
{
    return QList<QString>(n, v);
}

} // namespace

void TestAgreement::cohenKappaOfTheTextbookTable()
{
    // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. Observed 35/50 = 0.7; A says yes
    // half the time, B 30/50: chance 0.5 × 0.6 + 0.5 × 0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    const QString yes = QStringLiteral("yes");
    const QString no = QStringLiteral("no");
    const QList<QString> a = repeat(yes, 20) + repeat(yes, 5) + repeat(no, 10) + repeat(no, 15);
    const QList<QString> b = repeat(yes, 20) + repeat(no, 5) + repeat(yes, 10) + repeat(no, 15);
    QVERIFY(qAbs(*Agreement::cohenKappa(a, b) - 0.4) < 1e-12);
    QCOMPARE(*Agreement::cohenKappa(a, a), 1.0);
    QCOMPARE(*Agreement::cohenKappa(repeat(yes, 3), repeat(yes, 3)), 1.0); // chance is 1 too
    QVERIFY(!Agreement::cohenKappa({}, {}));
    QVERIFY(!Agreement::cohenKappa({yes}, {yes, no}));
}

void TestAgreement::fleissKappaOfTheTextbookTable()
{
    // Fleiss (1971) as worked in the literature: 10 items, 14 raters, 5 categories; κ = 0.2099.
    const QList<QList<int>> table{
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    QList<QMap<QString, int>> counts;
    for (const QList<int> &row : table) {
        QMap<QString, int> item;
        for (int c = 0; c < row.size(); ++c)
            item.insert(QString::number(c + 1), row[c]);
        counts.append(item);
    }
    QVERIFY(qAbs(*Agreement::fleissKappa(counts) - 0.20993) < 1e-5);
    // Unequal numbers of raters are refused, not averaged.
    counts[0][QStringLiteral("1")] = 1;
    QVERIFY(!Agreement::fleissKappa(counts));
}

void TestAgreement::krippendorffAlphaWithMissingValues()
{
    // Krippendorff's own example (4 coders, 12 units, missing values): nominal α = 0.743.
    const QList<QList<int>> coders{{1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
                                   {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
                                   {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
                                   {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}};
    QList<QList<QString>> units(12);
    for (const QList<int> &coder : coders)
        for (int u = 0; u < 12; ++u)
            if (coder[u] != 0) // 0: this coder gave no value
                units[u].append(QString::number(coder[u]));
    QVERIFY(qAbs(*Agreement::krippendorffAlpha(units) - 0.743421) < 1e-6);
    QVERIFY(!Agreement::krippendorffAlpha({{QStringLiteral("a")}})); // nothing pairable
}

void TestAgreement::spansMatchExactly()
{
    using S = Agreement::LabelledSpan;
    const QList<S> ref{{QStringLiteral("PER"), 0, 3},
                       {QStringLiteral("LOC"), 10, 16},
                       {QStringLiteral("ORG"), 20, 24}};
    const QList<S> other{{QStringLiteral("PER"), 0, 3},   // exact
                         {QStringLiteral("LOC"), 10, 15}, // one off: no match
                         {QStringLiteral("PER"), 20, 24}, // wrong label
                         {QStringLiteral("PER"), 0, 3}};  // a repeat matches nothing new
    const Agreement::Score s = Agreement::spanMatch(ref, other);
    QCOMPARE(s.matched, 1);
    QCOMPARE(s.precision(), 0.25);
    QCOMPARE(s.recall(), 1.0 / 3);
    QVERIFY(qAbs(s.f1() - 2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3)) < 1e-12);
}

void TestAgreement::boxesMatchByIoU()
{
    using B = Agreement::LabelledBox;
    // IoU of [0,10)² and [2,12)×[0,10) is 2/3; of [0,10)² and [5,15)×[0,10) 1/3.
    const QList<B> ref{{QStringLiteral("cat"), QRectF(0, 0, 10, 10)},
                       {QStringLiteral("cat"), QRectF(100, 0, 10, 10)}};
    const QList<B> other{{QStringLiteral("cat"), QRectF(2, 0, 10, 10)},
                         {QStringLiteral("cat"), QRectF(105, 0, 10, 10)},
                         {QStringLiteral("dog"), QRectF(0, 0, 10, 10)}};
    Agreement::Score s = Agreement::boxMatch(ref, other, 0.5);
    QCOMPARE(s.matched, 1);
    QCOMPARE(s.reference, 2);
    QCOMPARE(s.predicted, 3);
    s = Agreement::boxMatch(ref, other, 0.3);
    QCOMPARE(s.matched, 2);
}

void TestAgreement::preferenceAgreementRate()
{
    const QList<QString> a{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("tie"),
                           QStringLiteral("0")};
    const QList<QString> b{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("tie"),
                           QStringLiteral("0")};
    QCOMPARE(*Agreement::agreementRate(a, b), 0.75);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
