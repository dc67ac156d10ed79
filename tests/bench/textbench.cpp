// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "textbench.h"

#include "document/assetdocument.h"
#include "guibench.h"
#include "store/projectstore.h"
#include "storebench.h"
#include "textcanvas/comparisonview.h"
#include "textcanvas/spantextedit.h"
#include "textcanvas/textview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace Tessera::Bench {

namespace {

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// About 1 MB of prose in paragraphs, with a name or place every few words to label.
QString makeText(QList<std::pair<qint64, qint64>> *spans)
{
    const QStringList words{
            QStringLiteral("the"),      QStringLiteral("port"), QStringLiteral("authority"),
            QStringLiteral("said"),     QStringLiteral("that"), QStringLiteral("container"),
            QStringLiteral("volumes"),  QStringLiteral("rose"), QStringLiteral("in"),
            QStringLiteral("quarter"),  QStringLiteral("with"), QStringLiteral("new"),
            QStringLiteral("services"), QStringLiteral("to")};
    const QStringList names{QStringLiteral("Rotterdam"),
                            QStringLiteral("Maersk"),
                            QStringLiteral("Boudewijn Siemons"),
                            QStringLiteral("West Africa"),
                            QStringLiteral("東京"),
                            QStringLiteral("Zoë Müller")};
    QRandomGenerator random(7);
    QString text;
    text.reserve(1100000);
    int sentence = 0;
    while (text.size() < 1000000) {
        for (int w = 0; w < 12; ++w) {
            text += words[random.bounded(words.size())] + QLatin1Char(' ');
            if (w == 5) {
                const QString name = names[random.bounded(names.size())];
                spans->append({text.size(), text.size() + name.size()});
                text += name + QLatin1Char(' ');
            }
        }
        text += QStringLiteral(". ");
        if (++sentence % 6 == 0)
            text += QStringLiteral("\n\n");
    }
    return text; // no surrogate pairs: UTF-16 offsets equal code points here
}

} // namespace

int textBench(const QStringList &args)
{
    Q_UNUSED(args)
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("t.tessera")), &error);
    store->setAuthor(QStringLiteral("bench"));
    Label per{.name = QStringLiteral("PER"), .color = QColor(230, 25, 75)};
    Label loc{.name = QStringLiteral("LOC"), .color = QColor(60, 180, 75)};
    store->addLabel(per);
    store->addLabel(loc);
    QList<std::pair<qint64, qint64>> places;
    const QString text = makeText(&places);
    QList<qint64> docs;
    for (int copy = 0; copy < 2; ++copy) {
        Asset a{.kind = AssetKind::Text,
                .name = QStringLiteral("big%1").arg(copy),
                .sha256 = QString::number(copy),
                .text = text + QString::number(copy)};
        store->addAsset(a);
        docs.append(a.id);
        QList<Annotation> spans;
        for (qsizetype i = 0; i < places.size() && spans.size() < 5000; i += 2) {
            spans.append({.assetId = a.id,
                          .labelId = i % 3 ? loc.id : per.id,
                          .kind = AnnotationKind::Span,
                          .start = places[i].first,
                          .end = places[i].second});
        }
        store->addAnnotations(spans, ProjectStore::AuditDetail::Summary);
    }
    report("text.document_size", text.toUtf8().size() / 1e6, "MB");
    report("text.spans_per_document", store->annotations(docs[0]).size(), "spans");

    TextView view;
    view.resize(1200, 800);
    view.setLabels(store->labels());
    view.show();
    QApplication::processEvents();
    // Open: read the asset and its spans from the store, lay out, paint the first screen.
    QList<double> opens;
    std::vector<std::unique_ptr<AssetDocument>> open;
    for (int run = 0; run < 6; ++run) {
        QElapsedTimer t;
        t.start();
        auto doc = std::make_unique<AssetDocument>(store.get(), docs[run % 2]);
        doc->load();
        const double loaded = msSince(t);
        view.setDocument(doc.get());
        const double set = msSince(t);
        view.editor()->viewport()->repaint();
        opens.append(msSince(t));
        if (qEnvironmentVariableIsSet("TESSERA_BENCH_DETAIL"))
            std::fprintf(stderr, "open: load %.1f, setDocument %.1f, paint %.1f ms\n", loaded,
                         set - loaded, opens.last() - set);
        open.push_back(std::move(doc));
    }
    report("text.open_1MB_5k_spans_median", median(opens), "ms");
    report("text.open_1MB_5k_spans_max", *std::max_element(opens.cbegin(), opens.cend()), "ms");
    AssetDocument *doc = open.back().get();

    // Create a span on a word in view: store commit, re-layout of the spans, repaint.
    QList<double> creates;
    SpanTextEdit *edit = view.editor();
    const int firstVisible = edit->cursorForPosition(QPoint(0, 0)).position();
    for (int i = 0; i < 200; ++i) {
        const qint64 start = firstVisible + 4 + i * 7; // inside the first screens
        view.select(start, start + 2);
        QElapsedTimer t;
        t.start();
        view.labelSelection(per.id);
        edit->viewport()->repaint();
        creates.append(msSince(t));
    }
    report("text.create_span_median", median(creates), "ms");
    report("text.create_span_p95", percentile(creates, 95), "ms");

    // Move the cursor (arrow key) and page down, each with its repaint.
    QList<double> moves;
    QList<double> pages;
    edit->setFocus();
    for (int i = 0; i < 200; ++i) {
        QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
        QElapsedTimer t;
        t.start();
        QApplication::sendEvent(edit, &right);
        edit->viewport()->repaint();
        moves.append(msSince(t));
    }
    for (int i = 0; i < 60; ++i) {
        QKeyEvent page(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QElapsedTimer t;
        t.start();
        QApplication::sendEvent(edit, &page);
        edit->viewport()->repaint();
        pages.append(msSince(t));
    }
    report("text.cursor_move_median", median(moves), "ms");
    report("text.cursor_move_p95", percentile(moves, 95), "ms");
    report("text.page_down_median", median(pages), "ms");
    report("text.page_down_p95", percentile(pages, 95), "ms");
    Q_UNUSED(doc)
    view.setDocument(nullptr);
    open.clear();

    // Stepping through comparisons: three Markdown answers of ~1.5 KB each with code.
    QList<qint64> comparisons;
    for (int i = 0; i < 60; ++i) {
        QJsonArray answers;
        for (int k = 0; k < 3; ++k) {
            QString md = QStringLiteral("## Answer %1\n\n").arg(k);
            for (int p = 0; p < 8; ++p)
                md += QStringLiteral("Some **bold** point number %1 with `code` and a list:\n\n"
                                     "- first item\n- second item\n\n")
                              .arg(p);
            md += QStringLiteral("```python\ndef f(x):\n    return x * %1\n```\n").arg(i);
            answers.append(md);
        }
        Asset a{.kind = AssetKind::Comparison,
                .name = QStringLiteral("c%1").arg(i),
                .sha256 = QStringLiteral("c%1").arg(i),
                .text = QStringLiteral("Question %1?").arg(i),
                .payload = {{QStringLiteral("answers"), answers}}};
        store->addAsset(a);
        comparisons.append(a.id);
    }
    ComparisonView compare;
    compare.resize(1200, 800);
    compare.setConfig(TaskConfig());
    compare.show();
    QApplication::processEvents();
    QList<double> steps;
    std::unique_ptr<AssetDocument> current;
    for (qint64 id : std::as_const(comparisons)) {
        QElapsedTimer t;
        t.start();
        auto next = std::make_unique<AssetDocument>(store.get(), id);
        next->load();
        compare.setDocument(next.get());
        compare.repaint();
        steps.append(msSince(t));
        current = std::move(next);
    }
    steps.removeFirst(); // the first builds the answer cards
    report("text.comparison_step_median", median(steps), "ms");
    report("text.comparison_step_p95", percentile(steps, 95), "ms");
    compare.setDocument(nullptr);
    current.reset();

    // Import 100k JSONL records from outside the process: plain texts with add-text, and
    // doccano records with two spans each with import.
    const QString cli = QStringLiteral(TESSERA_CLI_PATH);
    QFile plain(dir.filePath(QStringLiteral("texts.jsonl")));
    QFile doccano(dir.filePath(QStringLiteral("doccano.jsonl")));
    plain.open(QIODevice::WriteOnly);
    doccano.open(QIODevice::WriteOnly);
    for (int i = 0; i < 100000; ++i) {
        const QString t = QStringLiteral("Record %1: Ada Lovelace met Charles Babbage in London "
                                         "to discuss the analytical engine.")
                                  .arg(i);
        plain.write(QJsonDocument(QJsonObject{{QStringLiteral("text"), t}})
                            .toJson(QJsonDocument::Compact)
                    + '\n');
        const int ada = int(t.indexOf(QStringLiteral("Ada")));
        const int london = int(t.indexOf(QStringLiteral("London")));
        QJsonArray labels{QJsonArray{ada, ada + 12, QStringLiteral("PER")},
                          QJsonArray{london, london + 6, QStringLiteral("LOC")}};
        doccano.write(QJsonDocument(QJsonObject{{QStringLiteral("text"), t + QStringLiteral("!")},
                                                {QStringLiteral("label"), labels}})
                              .toJson(QJsonDocument::Compact)
                      + '\n');
    }
    plain.close();
    doccano.close();
    for (const auto &[name, importArgs] :
         {std::pair{"text.add_text_100k_jsonl",
                    QStringList{QStringLiteral("add-text"), QString(), plain.fileName()}},
          std::pair{"text.doccano_import_100k_jsonl_200k_spans",
                    QStringList{QStringLiteral("import"), QString(), doccano.fileName(),
                                QStringLiteral("--format"), QStringLiteral("doccano")}}}) {
        QList<double> runs;
        for (int run = 0; run < 3; ++run) {
            const QString project = dir.filePath(QStringLiteral("import%1.tessera").arg(run));
            QFile::remove(project);
            runTimed(cli, {QStringLiteral("init"), project});
            QStringList a = importArgs;
            a[1] = project;
            const RunResult r = runTimed(cli, a);
            if (r.status != 0)
                std::fprintf(stderr, "%s failed with status %d\n", name, r.status);
            runs.append(r.seconds);
        }
        report(name, median(runs), "s");
    }
    return 0;
}

} // namespace Tessera::Bench
