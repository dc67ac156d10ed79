// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "document/taskconfig.h"
#include "jobs/textrules.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Tessera;

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void regexFindsSpansInCodePoints();
    void gazetteerMatchesWholeWordsLongestFirst();
    void caseSensitivity();
    void existingSpansAreNotProposedAgain();
    void badRulesAreExplained();
    void parseCommandLineSpecs();
    void runOnProjectAddsProposalsAndCancelRollsBack();
    void taskConfigRoundTripsAndTolerates();
    void displayOrderIsAFixedPermutationPerAsset();

private:
    static TextRule regex(const QString &pattern, qint64 label = 1)
    {
        return {.name = QStringLiteral("r"), .labelId = label, .pattern = pattern};
    }
};

void TestTextRules::regexFindsSpansInCodePoints()
{
    // 👋 is one code point and two UTF-16 units: "2026" starts at code point 5, unit 6.
    const QString text = QStringLiteral("Hi 👋 2026 and 1999");
    const QList<Annotation> found
            = TextRules::propose({regex(QStringLiteral("\\d{4}"), 7)}, 3, text, {});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].start, 5);
    QCOMPARE(found[0].end, 9);
    QCOMPARE(found[1].start, 14);
    QCOMPARE(found[1].end, 18);
    QCOMPARE(found[0].assetId, 3);
    QCOMPARE(found[0].labelId, 7);
    QCOMPARE(found[0].kind, AnnotationKind::Span);
    QVERIFY(isProposal(found[0]));
    QCOMPARE(found[0].provenance.modelId, QStringLiteral("rule:r"));
    QVERIFY(!found[0].provenance.modelVersion.isEmpty());
}

void TestTextRules::gazetteerMatchesWholeWordsLongestFirst()
{
    TextRule rule{.name = QStringLiteral("places"),
                  .kind = TextRule::Kind::Gazetteer,
                  .labelId = 2,
                  .terms
                  = {QStringLiteral("New York"), QStringLiteral("New York City"),
                     QStringLiteral("York"), QStringLiteral("東京"), QStringLiteral("A.B.")}};
    // "Yorkshire" must not match "York"; the longest term wins where two start together; CJK
    // and terms with regex characters work.
    const QString text = QStringLiteral("New York City, Yorkshire, York, 東京 and A.B. or AxBx");
    QList<std::pair<qint64, qint64>> spans;
    for (const Annotation &a : TextRules::propose({rule}, 1, text, {}))
        spans.append({a.start, a.end});
    const QList<std::pair<qint64, qint64>> expected{{0, 13}, {26, 30}, {32, 34}, {39, 43}};
    QCOMPARE(spans, expected);
}

void TestTextRules::caseSensitivity()
{
    TextRule rule = regex(QStringLiteral("acme"));
    QCOMPARE(TextRules::propose({rule}, 1, QStringLiteral("ACME and acme"), {}).size(), 2);
    rule.caseSensitive = true;
    QCOMPARE(TextRules::propose({rule}, 1, QStringLiteral("ACME and acme"), {}).size(), 1);
}

void TestTextRules::existingSpansAreNotProposedAgain()
{
    const QString text = QStringLiteral("2024 2025");
    Annotation existing{.labelId = 1, .kind = AnnotationKind::Span, .start = 0, .end = 4};
    const QList<Annotation> found
            = TextRules::propose({regex(QStringLiteral("\\d+"))}, 1, text, {existing});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].start, 5);
    // The same place with another label is a different span and is proposed.
    existing.labelId = 9;
    QCOMPARE(TextRules::propose({regex(QStringLiteral("\\d+"))}, 1, text, {existing}).size(), 2);
}

void TestTextRules::badRulesAreExplained()
{
    QVERIFY(TextRules::check(regex(QStringLiteral("(unclosed"))).contains(QStringLiteral("r")));
    QVERIFY(!TextRules::check(regex(QStringLiteral("(unclosed"))).isEmpty());
    QVERIFY(!TextRules::check(regex(QStringLiteral("x*"))).isEmpty());   // matches empty text
    QVERIFY(!TextRules::check(regex(QStringLiteral("x"), 0)).isEmpty()); // no label
    QVERIFY(!TextRules::check({.name = QStringLiteral("g"),
                               .kind = TextRule::Kind::Gazetteer,
                               .labelId = 1,
                               .terms = {QStringLiteral("  ")}})
                     .isEmpty());
    QVERIFY(TextRules::check(regex(QStringLiteral("x+"))).isEmpty());
    // A bad rule proposes nothing instead of failing the others.
    QCOMPARE(TextRules::propose({regex(QStringLiteral("(")), regex(QStringLiteral("b"))}, 1,
                                QStringLiteral("abc"), {})
                     .size(),
             1);
}

void TestTextRules::parseCommandLineSpecs()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    QVERIFY(store);
    Label org{.name = QStringLiteral("ORG")};
    QVERIFY(store->addLabel(org));
    std::optional<TextRule> r = TextRules::parse(*store, QStringLiteral("ORG=/Acme/i"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->pattern, QStringLiteral("Acme"));
    QVERIFY(!r->caseSensitive);
    QCOMPARE(r->labelId, org.id);
    QFile terms(dir.filePath(QStringLiteral("orgs.txt")));
    QVERIFY(terms.open(QIODevice::WriteOnly));
    terms.write("Acme Corp\n\nUnited Nations\r\n");
    terms.close();
    r = TextRules::parse(*store, QStringLiteral("ORG=@") + terms.fileName(), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->terms,
             (QStringList{QStringLiteral("Acme Corp"), QStringLiteral("United Nations")}));
    QVERIFY(!TextRules::parse(*store, QStringLiteral("PER=/x/"), &error));
    QVERIFY(error.contains(QStringLiteral("PER")));
    QVERIFY(!TextRules::parse(*store, QStringLiteral("ORG=@/no/such/file"), &error));
    QVERIFY(error.contains(QStringLiteral("/no/such/file")));
    QVERIFY(!TextRules::parse(*store, QStringLiteral("ORG=/(/"), &error));
    QVERIFY(!TextRules::parse(*store, QStringLiteral("ORG=plain"), &error));
}

void TestTextRules::runOnProjectAddsProposalsAndCancelRollsBack()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    QVERIFY(store);
    Label year{.name = QStringLiteral("YEAR")};
    QVERIFY(store->addLabel(year));
    for (int i = 0; i < 3; ++i) {
        Asset a{.kind = AssetKind::Text,
                .name = QString::number(i),
                .sha256 = QString::number(i),
                .text = QStringLiteral("in %1 and %2").arg(2000 + i).arg(1990 + i)};
        QVERIFY(store->addAsset(a));
    }
    Asset image{
            .kind = AssetKind::Image, .name = QStringLiteral("i"), .sha256 = QStringLiteral("i")};
    QVERIFY(store->addAsset(image));
    const QList<TextRule> rules{regex(QStringLiteral("\\d{4}"), year.id)};
    QVERIFY(TextRules::save(*store, rules));
    QCOMPARE(TextRules::load(*store), rules);

    std::atomic_bool cancel{true};
    JobControl canceled;
    canceled.cancel = &cancel;
    QCOMPARE(TextRules::runOnProject(*store, rules, canceled, &error), -1);
    QCOMPARE(store->stats().annotations, 0);

    QCOMPARE(TextRules::runOnProject(*store, rules, {}, &error), 6);
    QCOMPARE(store->stats().annotations, 6);
    // Running again proposes nothing new.
    QCOMPARE(TextRules::runOnProject(*store, rules, {}, &error), 0);
}

void TestTextRules::taskConfigRoundTripsAndTolerates()
{
    TaskConfig c;
    c.singleClass = true;
    c.textFields = {QStringLiteral("summary")};
    c.criteria = {{QStringLiteral("clarity"), 7}};
    c.flags = {};
    c.shuffleAnswers = false;
    QCOMPARE(TaskConfig::fromJson(c.toJson()), c);
    // Wrong types keep the defaults; scales are held to 2..10; empty names are dropped.
    QJsonArray criteria;
    criteria.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                {QStringLiteral("scale"), 99}});
    criteria.append(QJsonObject{{QStringLiteral("name"), QStringLiteral(" ")}});
    QJsonObject json;
    json.insert(QStringLiteral("singleClass"), QStringLiteral("yes"));
    json.insert(QStringLiteral("criteria"), criteria);
    const TaskConfig odd = TaskConfig::fromJson(json);
    QCOMPARE(odd.singleClass, false);
    QCOMPARE(odd.criteria, (QList<RatingCriterion>{{QStringLiteral("x"), 10}}));
    QCOMPARE(odd.flags, TaskConfig().flags);
}

void TestTextRules::displayOrderIsAFixedPermutationPerAsset()
{
    TaskConfig c;
    QSet<QList<int>> seen;
    for (qint64 asset = 1; asset <= 60; ++asset) {
        const QList<int> order = c.displayOrder(asset, 4);
        QList<int> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(c.displayOrder(asset, 4), order); // the same every time
        seen.insert(order);
    }
    // Over 60 assets a shuffle shows many of the 24 orders, and "A first" is not the rule.
    QVERIFY(seen.size() > 10);
    int identity = 0;
    for (qint64 asset = 1; asset <= 200; ++asset)
        identity += c.displayOrder(asset, 2) == QList<int>{0, 1};
    QVERIFY(identity > 60 && identity < 140);
    c.shuffleAnswers = false;
    QCOMPARE(c.displayOrder(5, 3), (QList<int>{0, 1, 2}));
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
