// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "textview.h"

#include "core/textoffsets.h"
#include "document/assetdocument.h"

#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Tessera {

TextView::TextView(QWidget *parent)
    : QWidget(parent)
    , m_classes(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_classes);
    layout->addWidget(m_text, 1);
    m_classes->setContentsMargins(12, 6, 12, 0);
    m_classes->setTextFormat(Qt::RichText);
    m_text->setOpenLinks(false);
    // Read-only text that can be selected by mouse and by keyboard (Shift+arrows, Ctrl+Shift+
    // arrows by word): a selection plus a label key makes a span.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_text->setFont(font);
    m_text->document()->setDocumentMargin(24);
}

void TextView::setDocument(AssetDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &AssetDocument::annotationsChanged, this, &TextView::refresh);
    refresh();
}

void TextView::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    refresh();
}

QString TextView::plainText() const
{
    return m_text->toPlainText();
}

std::optional<std::pair<qint64, qint64>> TextView::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection() || !m_document)
        return std::nullopt;
    const QString text = m_document->asset().text;
    qsizetype from = std::min(cursor.selectionStart(), cursor.selectionEnd());
    qsizetype to = std::max(cursor.selectionStart(), cursor.selectionEnd());
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, 0, text.size());
    // Snap to whole words: a drag that starts or ends inside a word takes the whole word.
    auto isWord = [&](qsizetype i) {
        return i >= 0 && i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark());
    };
    while (from > 0 && isWord(from) && isWord(from - 1))
        --from;
    while (to < text.size() && isWord(to - 1) && isWord(to))
        ++to;
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    if (from >= to)
        return std::nullopt;
    return std::pair{TextOffsets::toCodePoint(text, from), TextOffsets::toCodePoint(text, to)};
}

bool TextView::labelSelection(qint64 labelId)
{
    const std::optional<std::pair<qint64, qint64>> span = selectedSpan();
    if (!span || !m_document)
        return false;
    m_document->addAnnotations({{.assetId = m_document->assetId(),
                                 .labelId = labelId,
                                 .kind = AnnotationKind::Span,
                                 .start = span->first,
                                 .end = span->second}},
                               tr("Label span"));
    QTextCursor cursor = m_text->textCursor();
    cursor.clearSelection();
    m_text->setTextCursor(cursor);
    return true;
}

void TextView::select(qint64 start, qint64 end)
{
    if (!m_document)
        return;
    const QString text = m_document->asset().text;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(TextOffsets::toUtf16(text, start)));
    cursor.setPosition(int(TextOffsets::toUtf16(text, end)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

void TextView::refresh()
{
    if (!m_document) {
        m_text->clear();
        m_classes->clear();
        return;
    }
    const QString text = m_document->asset().text;
    // Re-highlighting after an edit must not jump back to the top of a long document.
    const int scrolled = m_text->verticalScrollBar()->value();
    m_text->setPlainText(text);
    QStringList classes;
    for (const Annotation &a : m_document->annotations()) {
        const auto label = std::find_if(m_labels.cbegin(), m_labels.cend(),
                                        [&a](const Label &l) { return l.id == a.labelId; });
        const QColor color = label != m_labels.cend() ? label->color : QColor(Qt::yellow);
        const QString name = label != m_labels.cend() ? label->name : QString();
        if (a.kind == AnnotationKind::Classification) {
            classes.append(QStringLiteral("<span style=\"background:%1;color:white\">&nbsp;%2&nbsp;"
                                          "</span>")
                                   .arg(color.name(), name.toHtmlEscaped()));
        } else if (a.kind == AnnotationKind::Span) {
            // Stored offsets are code points; the editor counts UTF-16 units.
            QTextCursor cursor(m_text->document());
            cursor.setPosition(int(TextOffsets::toUtf16(text, a.start)));
            cursor.setPosition(int(TextOffsets::toUtf16(text, a.end)), QTextCursor::KeepAnchor);
            QTextCharFormat format;
            QColor background = color;
            background.setAlpha(70);
            format.setBackground(background);
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(color);
            format.setToolTip(name);
            cursor.mergeCharFormat(format);
        }
    }
    m_classes->setText(classes.isEmpty() ? tr("<i>No document class yet</i>")
                                         : classes.join(QLatin1Char(' ')));
    m_text->verticalScrollBar()->setValue(scrolled);
}

} // namespace Tessera
