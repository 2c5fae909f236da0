#include "editor/selectionlayers.h"

#include <QPlainTextEdit>

namespace GravDesk {
namespace {

// The layers of one editor, kept beside it (and deleted with it).
class Layers final : public QObject
{
public:
    explicit Layers(QPlainTextEdit *editor)
        : QObject(editor)
    {
        setObjectName(QStringLiteral("selectionLayers"));
    }
    QList<QPair<QString, QList<QTextEdit::ExtraSelection>>> layers;
};

Layers *layersOf(QPlainTextEdit *editor, bool create)
{
    auto *found = editor->findChild<QObject *>(QStringLiteral("selectionLayers"), Qt::FindDirectChildrenOnly);
    if (found || !create)
        return static_cast<Layers *>(found);
    return new Layers(editor);
}

} // namespace

void setSelectionLayer(QPlainTextEdit *editor, const QString &layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    if (!editor)
        return;
    Layers *l = layersOf(editor, true);
    bool found = false;
    for (auto &entry : l->layers) {
        if (entry.first == layer) {
            entry.second = selections;
            found = true;
        }
    }
    if (!found)
        l->layers.append({layer, selections});
    QList<QTextEdit::ExtraSelection> all;
    for (const auto &entry : std::as_const(l->layers))
        all += entry.second;
    editor->setExtraSelections(all);
}

QList<QTextEdit::ExtraSelection> selectionLayer(QPlainTextEdit *editor, const QString &layer)
{
    if (Layers *l = editor ? layersOf(editor, false) : nullptr)
        for (const auto &entry : std::as_const(l->layers))
            if (entry.first == layer)
                return entry.second;
    return {};
}

} // namespace GravDesk
