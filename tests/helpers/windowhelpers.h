// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/addimagesjob.h"
#include "jobs/addtextjob.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

namespace Tessera::Test {

/**
 * A small project for window tests: labels cat (key 2, images), news (n, text), dog (3, images);
 * images chelsea.jpg and coffee.jpg (assets 1, 2), a text (3) and a comparison (4). Edits are by
 * "tester".
 */
inline QString makeWindowProject(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.tessera"));
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
    if (!store)
        return QString();
    store->setAuthor(QStringLiteral("tester"));
    Label cat{.name = QStringLiteral("cat"), .hotkey = QStringLiteral("2"), .kinds = ImageKindFlag};
    store->addLabel(cat);
    Label topic{
            .name = QStringLiteral("news"), .hotkey = QStringLiteral("n"), .kinds = TextKindFlag};
    store->addLabel(topic);
    Label dog{.name = QStringLiteral("dog"), .hotkey = QStringLiteral("3"), .kinds = ImageKindFlag};
    store->addLabel(dog);
    QDir(dir.path()).mkdir(QStringLiteral("images"));
    for (const char *name : {"chelsea.jpg", "coffee.jpg"})
        QFile::copy(Test::demoImage(name),
                    dir.filePath(QStringLiteral("images/") + QLatin1String(name)));
    AddImagesJob::run(*store, {dir.filePath(QStringLiteral("images"))});
    const QString jsonl = dir.filePath(QStringLiteral("t.jsonl"));
    QFile f(jsonl);
    f.open(QIODevice::WriteOnly);
    f.write("{\"text\": \"Ada Lovelace wrote the first program.\"}\n"
            "{\"prompt\": \"Say hi\", \"answers\": [\"Hi!\", \"**Hello** there\"]}\n");
    f.close();
    AddTextJob::run(*store, {jsonl});
    return path;
}

/** Adds a demo image to a project made by makeWindowProject; its path, empty on failure. */
inline QString addWindowImage(const QString &project, const char *demoName)
{
    const QString path = QFileInfo(project).dir().filePath(QStringLiteral("images/")
                                                           + QLatin1String(demoName));
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
    if (!store || !QFile::copy(Test::demoImage(demoName), path)
        || AddImagesJob::run(*store, {path}).added != 1)
        return QString();
    return path;
}

/**
 * Answers the next count modal dialogs as they open: message boxes are accepted (their text and
 * details appended to *messages), other dialogs with a line edit are handed to fill.
 */
inline void answerDialogs(const std::function<void(QDialog *)> &fill, QStringList *messages,
                          int count)
{
    auto *timer = new QTimer;
    auto handled = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (box) {
            messages->append(box->text() + QLatin1Char('\n') + box->detailedText());
            box->accept();
        } else if (dialog && dialog->findChild<QLineEdit *>()) {
            fill(dialog);
        } else {
            return;
        }
        if (++*handled == count)
            timer->deleteLater();
    });
    timer->start(20);
}

/**
 * The texts of visible labels, buttons and check boxes under root that are narrower than their
 * text needs (cut off or elided), as "text (width < needed)". Word-wrapped labels are checked
 * for height instead. Empty when everything can be read.
 */
inline QStringList cutOffTexts(QWidget *root)
{
    QStringList cut;
    auto check = [&cut](QWidget *w, const QString &text) {
        if (!w->isVisible() || text.isEmpty())
            return;
        const QSize need = w->sizeHint();
        if (auto *label = qobject_cast<QLabel *>(w); label && label->wordWrap()) {
            const int height = label->heightForWidth(label->width());
            if (height > label->height())
                cut.append(QStringLiteral("%1 (height %2 < %3)")
                                   .arg(text)
                                   .arg(label->height())
                                   .arg(height));
            return;
        }
        if (w->width() < need.width())
            cut.append(QStringLiteral("%1 (%2 < %3)").arg(text).arg(w->width()).arg(need.width()));
    };
    for (QLabel *l : root->findChildren<QLabel *>())
        if (!l->pixmap().isNull() || l->text().contains(QLatin1Char('<')))
            continue; // pictures and rich text (measured by their own layouts)
        else
            check(l, l->text());
    for (QLineEdit *e : root->findChildren<QLineEdit *>()) {
        // A hint that does not fit says nothing ("Write a reply and press E…").
        if (!e->isVisible() || !e->text().isEmpty() || e->placeholderText().isEmpty())
            continue;
        const int room
                = e->contentsRect().width() - 2 * 6 - (e->isClearButtonEnabled() ? e->height() : 0);
        const int need = e->fontMetrics().horizontalAdvance(e->placeholderText());
        if (need > room)
            cut.append(
                    QStringLiteral("%1 (%2 < %3)").arg(e->placeholderText()).arg(room).arg(need));
    }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (!qobject_cast<QToolButton *>(b) || !b->text().isEmpty())
            check(b, b->text());
    return cut;
}

/** Answers the next Pre-label dialog: this detector, the dialog's other defaults. */
inline void answerPrelabelDialog(const QString &detectorId, QStringList *messages)
{
    answerDialogs(
            [detectorId](QDialog *dialog) {
                auto *detector = dialog->findChild<QComboBox *>();
                detector->setCurrentIndex(detector->findData(detectorId, Qt::UserRole));
                dialog->accept();
            },
            messages, 1);
}

} // namespace Tessera::Test
