// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "textview.h"

#include "document/assetdocument.h"
#include "spantextedit.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace Tessera {

TextView::TextView(QWidget *parent)
    : QWidget(parent)
    , m_classes(new QLabel(this))
    , m_text(new SpanTextEdit(this))
    , m_fieldBox(new QWidget(this))
    , m_fieldForm(new QFormLayout(m_fieldBox))
    , m_fieldTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_classes);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fieldBox);
    m_classes->setContentsMargins(12, 6, 12, 6);
    m_classes->setTextFormat(Qt::RichText);
    m_fieldForm->setContentsMargins(12, 6, 12, 8);
    m_fieldBox->hide();
    m_fieldTimer->setSingleShot(true);
    m_fieldTimer->setInterval(600);
    connect(m_fieldTimer, &QTimer::timeout, this, &TextView::commitFields);
    connect(m_text, &SpanTextEdit::clicked, this, &TextView::clicked);
}

TextView::~TextView()
{
    // Typing not yet stored is stored now; the editors go first, while the members they
    // report to still exist.
    commitFields();
    delete m_fieldBox;
    m_fieldEditors.clear();
}

void TextView::setDocument(AssetDocument *document)
{
    commitFields();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selected = m_pendingSource = 0;
    m_fieldsMerging.clear();
    const QString text = document ? document->asset().text : QString();
    m_offsets = TextOffsets::OffsetMap(text);
    bool relations = false;
    if (document)
        for (const Annotation &a : document->annotations())
            relations = relations || a.kind == AnnotationKind::Relation;
    m_text->setContent(text, relations);
    if (document)
        connect(document, &AssetDocument::annotationsChanged, this, &TextView::refresh);
    refresh();
    emit selectionChanged({});
}

void TextView::setLabels(const QList<Label> &labels)
{
    m_labels.clear();
    for (const Label &l : labels)
        m_labels.insert(l.id, l);
    refresh();
}

void TextView::setConfig(const TaskConfig &config)
{
    const bool fieldsChanged = config.textFields != m_config.textFields;
    m_config = config;
    if (fieldsChanged)
        rebuildFieldEditors();
    refresh();
}

AssetDocument *TextView::document() const
{
    return m_document;
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
    const QString &text = m_document->asset().text;
    qsizetype from = std::min(cursor.selectionStart(), cursor.selectionEnd());
    qsizetype to = std::max(cursor.selectionStart(), cursor.selectionEnd());
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, 0, text.size());
    // Snap to whole words: a drag that starts or ends inside a word takes the whole word.
    auto isWord = [&](qsizetype i) {
        return i >= 0 && i < text.size()
               && (text.at(i).isLetterOrNumber() || text.at(i).isMark()
                   || text.at(i).isSurrogate());
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
    return std::pair{m_offsets.toCodePoint(from), m_offsets.toCodePoint(to)};
}

bool TextView::hasTextSelection() const
{
    return m_text->textCursor().hasSelection();
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
    // The new span is the last one added: select it, so that a second key relabels it.
    const QList<Annotation> &all = m_document->annotations();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->kind == AnnotationKind::Span && it->start == span->first && it->end == span->second
            && it->labelId == labelId) {
            selectInternal(it->id);
            break;
        }
    }
    return true;
}

void TextView::setIssueSpans(const QList<std::pair<qint64, qint64>> &spans)
{
    // A wavy underline, as spelling mistakes are shown: a note on the text, not a label.
    QList<QTextEdit::ExtraSelection> marks;
    for (const auto &[start, end] : spans) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(int(m_offsets.toUtf16(start)));
        mark.cursor.setPosition(int(m_offsets.toUtf16(end)), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(255, 64, 160));
        mark.format.setBackground(QColor(255, 64, 160, 45));
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
}

void TextView::select(qint64 start, qint64 end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(m_offsets.toUtf16(start)));
    cursor.setPosition(int(m_offsets.toUtf16(end)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

void TextView::selectInternal(qint64 id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    m_text->setSelectedId(id);
    emit selectionChanged(id ? QList<qint64>{id} : QList<qint64>{});
}

void TextView::setSelectedAnnotation(qint64 id)
{
    selectInternal(id);
    const std::optional<Annotation> a = m_document ? m_document->annotation(id) : std::nullopt;
    if (a && a->kind == AnnotationKind::Span)
        m_text->scrollToSpan(id);
}

void TextView::selectNext(int direction)
{
    const QList<SpanTextEdit::Span> &spans = m_text->spans();
    if (spans.isEmpty())
        return;
    int index = -1;
    for (int i = 0; i < spans.size(); ++i) {
        if (spans[i].id == m_selected)
            index = i;
    }
    if (index < 0) {
        // From nothing selected: the first span from the cursor on (going back: the last one
        // before it), wrapping around at the end of the text.
        const int cursor = m_text->textCursor().selectionStart();
        const auto after = std::lower_bound(
                spans.cbegin(), spans.cend(), cursor,
                [](const SpanTextEdit::Span &s, int pos) { return s.start < pos; });
        const int firstAfter = int(after - spans.cbegin());
        if (direction > 0)
            index = firstAfter < spans.size() ? firstAfter : 0;
        else
            index = firstAfter > 0 ? firstAfter - 1 : int(spans.size()) - 1;
    } else {
        index = std::clamp(index + direction, 0, int(spans.size()) - 1);
    }
    setSelectedAnnotation(spans[index].id);
}

bool TextView::relabelSelected(qint64 labelId)
{
    if (!m_document || !m_selected)
        return false;
    std::optional<Annotation> a = m_document->annotation(m_selected);
    if (!a || (a->kind != AnnotationKind::Span && a->kind != AnnotationKind::Relation))
        return false;
    if (a->labelId != labelId) {
        a->labelId = labelId;
        m_document->changeAnnotations({*a}, tr("Relabel"), false);
    }
    return true;
}

bool TextView::deleteSelected()
{
    if (!m_document || !m_selected || !m_document->annotation(m_selected))
        return false;
    // After deleting, the next span in text order is selected, so that Delete can be repeated
    // through a run of bad proposals.
    const QList<SpanTextEdit::Span> &spans = m_text->spans();
    qint64 next = 0;
    for (int i = 0; i < spans.size(); ++i) {
        if (spans[i].id == m_selected)
            next = i + 1 < spans.size() ? spans[i + 1].id : (i > 0 ? spans[i - 1].id : 0);
    }
    const qint64 id = m_selected;
    if (m_pendingSource == id)
        m_pendingSource = 0;
    selectInternal(0);
    m_document->removeAnnotations({id});
    if (next && m_document->annotation(next))
        selectInternal(next);
    return true;
}

bool TextView::acceptSelected()
{
    if (!m_document)
        return false;
    if (m_pendingSource && m_selected && m_selected != m_pendingSource)
        return relate(m_pendingSource, m_selected);
    const std::optional<Annotation> a
            = m_selected ? m_document->annotation(m_selected) : std::nullopt;
    if (!a || !isProposal(*a))
        return false;
    m_document->acceptProposals({a->id});
    selectNext(+1);
    return true;
}

int TextView::acceptAllProposals()
{
    if (!m_document)
        return 0;
    QList<qint64> ids;
    for (const Annotation &a : m_document->annotations()) {
        if (isProposal(a))
            ids.append(a.id);
    }
    m_document->acceptProposals(ids);
    return int(ids.size());
}

bool TextView::startRelation()
{
    const std::optional<Annotation> a
            = m_document && m_selected ? m_document->annotation(m_selected) : std::nullopt;
    if (!a || a->kind != AnnotationKind::Span)
        return false;
    m_pendingSource = a->id;
    m_text->setPendingSource(a->id);
    emit message(tr("Relation from \"%1\": click the target span, or step to it with Alt+arrows "
                    "and press Enter (Esc cancels)")
                         .arg(m_labels.value(a->labelId).name));
    return true;
}

bool TextView::relate(qint64 source, qint64 target)
{
    m_pendingSource = 0;
    m_text->setPendingSource(0);
    if (!m_document || source == target)
        return false;
    const std::optional<Annotation> s = m_document->annotation(source);
    const std::optional<Annotation> t = m_document->annotation(target);
    if (!s || !t || s->kind != AnnotationKind::Span || t->kind != AnnotationKind::Span)
        return false;
    for (const Annotation &a : m_document->annotations()) {
        if (a.kind == AnnotationKind::Relation && a.sourceId == source && a.targetId == target) {
            selectInternal(a.id);
            return true;
        }
    }
    m_document->addAnnotations({{.assetId = m_document->assetId(),
                                 .kind = AnnotationKind::Relation,
                                 .sourceId = source,
                                 .targetId = target}},
                               tr("Add relation"));
    const QList<Annotation> &all = m_document->annotations();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->kind == AnnotationKind::Relation && it->sourceId == source
            && it->targetId == target) {
            selectInternal(it->id);
            break;
        }
    }
    emit message(tr("Relation added: press a label key to name it"));
    return true;
}

void TextView::cancel()
{
    if (m_pendingSource) {
        m_pendingSource = 0;
        m_text->setPendingSource(0);
        emit message(QString());
        return;
    }
    QTextCursor cursor = m_text->textCursor();
    cursor.clearSelection();
    m_text->setTextCursor(cursor);
    selectInternal(0);
}

void TextView::clicked(const QPoint &point, Qt::KeyboardModifiers modifiers)
{
    if (const qint64 relation = m_text->relationAt(point)) {
        selectInternal(relation);
        return;
    }
    const qint64 span = m_text->spanAt(point);
    if (span && m_pendingSource && span != m_pendingSource) {
        relate(m_pendingSource, span);
        return;
    }
    const std::optional<Annotation> selected
            = m_selected && m_document ? m_document->annotation(m_selected) : std::nullopt;
    if (span && (modifiers & Qt::ControlModifier) && selected
        && selected->kind == AnnotationKind::Span && selected->id != span) {
        relate(selected->id, span);
        return;
    }
    selectInternal(span);
}

void TextView::refresh()
{
    if (!m_document) {
        m_text->setSpans({}, {});
        m_classes->clear();
        refreshFields();
        return;
    }
    QList<SpanTextEdit::Span> spans;
    QList<SpanTextEdit::Relation> relations;
    const QColor unlabelled(128, 128, 128);
    for (const Annotation &a : m_document->annotations()) {
        const auto label = m_labels.constFind(a.labelId);
        const QColor color = label != m_labels.cend() ? label->color : unlabelled;
        const QString name = label != m_labels.cend() ? label->name : QString();
        if (a.kind == AnnotationKind::Span) {
            spans.append({.id = a.id,
                          .start = int(m_offsets.toUtf16(a.start)),
                          .end = int(m_offsets.toUtf16(a.end)),
                          .color = color,
                          .name = name,
                          .proposal = isProposal(a)});
        } else if (a.kind == AnnotationKind::Relation) {
            relations.append({a.id, a.sourceId, a.targetId, color, name});
        }
    }
    m_text->setSpans(std::move(spans), std::move(relations));
    if (m_selected && !m_document->annotation(m_selected))
        selectInternal(0);
    if (m_pendingSource && !m_document->annotation(m_pendingSource))
        cancel();
    refreshClasses();
    refreshFields();
}

void TextView::refreshClasses()
{
    QStringList classes;
    for (const Annotation &a : m_document->annotations()) {
        if (a.kind != AnnotationKind::Classification)
            continue;
        const Label label = m_labels.value(a.labelId);
        classes.append(
                QStringLiteral("<span style=\"background:%1;color:white\">&nbsp;%2&nbsp;"
                               "</span>")
                        .arg(label.color.isValid() ? label.color.name() : QStringLiteral("#808080"),
                             label.name.toHtmlEscaped()));
    }
    const QString mode
            = m_config.singleClass ? tr("one class per document") : tr("any number of classes");
    m_classes->setText(
            (classes.isEmpty() ? tr("<i>No document class yet</i>")
                               : classes.join(QLatin1Char(' ')))
            + QStringLiteral("&nbsp;&nbsp;<span style=\"color:gray\">(%1)</span>").arg(mode));
}

void TextView::rebuildFieldEditors()
{
    commitFields();
    while (m_fieldForm->rowCount() > 0)
        m_fieldForm->removeRow(0);
    m_fieldEditors.clear();
    for (const QString &name : m_config.textFields) {
        auto *editor = new QPlainTextEdit(m_fieldBox);
        editor->setObjectName(QStringLiteral("field:") + name);
        editor->setPlaceholderText(tr("Write the %1 of this document").arg(name));
        editor->setFixedHeight(editor->fontMetrics().lineSpacing() * 3 + 12);
        editor->setTabChangesFocus(true);
        connect(editor, &QPlainTextEdit::textChanged, this, [this, name]() {
            m_fieldsTyping.insert(name);
            m_fieldTimer->start();
        });
        m_fieldForm->addRow(name + QLatin1Char(':'), editor);
        m_fieldEditors.insert(name, editor);
        // Leaving the field ends its undo step: the next edit there is a step of its own.
        editor->installEventFilter(this);
    }
    m_fieldsMerging.clear();
    m_fieldBox->setVisible(!m_config.textFields.isEmpty());
    refreshFields();
}

void TextView::refreshFields()
{
    for (auto it = m_fieldEditors.cbegin(); it != m_fieldEditors.cend(); ++it) {
        if (m_fieldsTyping.contains(it.key()))
            continue; // the user's typing wins over a refresh it caused itself
        const QString value = m_document ? m_document->field(it.key()) : QString();
        if (it.value()->toPlainText() != value) {
            const QSignalBlocker blocker(it.value());
            it.value()->setPlainText(value);
        }
        it.value()->setEnabled(m_document != nullptr);
    }
}

void TextView::commitFields()
{
    m_fieldTimer->stop();
    const QSet<QString> typing = std::exchange(m_fieldsTyping, {});
    if (!m_document)
        return;
    for (const QString &name : typing) {
        if (QPlainTextEdit *editor = m_fieldEditors.value(name)) {
            m_document->setField(name, editor->toPlainText(), m_fieldsMerging.contains(name));
            m_fieldsMerging.insert(name);
        }
    }
}

bool TextView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        commitFields();
        for (auto it = m_fieldEditors.cbegin(); it != m_fieldEditors.cend(); ++it) {
            if (it.value() == watched)
                m_fieldsMerging.remove(it.key());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TextView::setFieldText(const QString &name, const QString &value)
{
    if (!m_document)
        return;
    m_document->setField(name, value, false);
}

} // namespace Tessera
