#include "decisiondialog.h"

#include "io/safefile.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "vcs/worddiff.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace GravDesk {
namespace {

enum Side { ServerSide = 0, MineSide = 1, EditSide = 2 };

// The page's title as this desktop has it ("" when it has none or cannot be read).
QString pageTitle(const QString &file)
{
    const FileRead read = readRegularFile(file, 16 * 1024 * 1024);
    if (!read.ok)
        return QString();
    const FrontMatterDocument doc(headerBytes(splitEnvelope(read.bytes)));
    return doc.value(QStringLiteral("title")).toString();
}

QTextBrowser *textView(const QString &html, QWidget *parent)
{
    auto *view = new QTextBrowser(parent);
    view->setHtml(html.isEmpty() ? QStringLiteral("<i>%1</i>").arg(DecisionDialog::tr("(nothing)")) : html);
    view->setMinimumHeight(56);
    view->setMaximumHeight(120);
    view->setOpenLinks(false);
    return view;
}

} // namespace

DecisionDialog::DecisionDialog(const QList<FileDecision> &decisions, const QString &topDir, QWidget *parent)
    : QDialog(parent)
    , m_top(topDir)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Update from Server: Your Decision"));
    resize(1000, 700);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These pages were changed here and on the server in the same place. For each field and "
                                "paragraph, keep the server's text, yours, or write the result yourself. Nothing is "
                                "written until you apply, and no conflict markers ever reach the pages."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (const FileDecision &d : decisions) {
        FileRow row;
        row.decision = d;
        for (const MergeConflict &c : d.conflicts)
            row.rows.append({c, nullptr, nullptr});
        m_files.append(row);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    for (FileRow &row : m_files)
        innerLayout->addWidget(fileWidget(row, inner));
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("decisionSummaryLabel"));
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *allMine = buttons->addButton(tr("All Mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMineButton"));
    QPushButton *allServer = buttons->addButton(tr("All Server"), QDialogButtonBox::ActionRole);
    allServer->setObjectName(QStringLiteral("allServerButton"));
    QPushButton *apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyDecisionsButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(allMine, &QPushButton::clicked, this, [this] { takeAll(MergeTake::Mine); });
    connect(allServer, &QPushButton::clicked, this, [this] { takeAll(MergeTake::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSummary();
}

QWidget *DecisionDialog::fileWidget(FileRow &row, QWidget *parent)
{
    const QString abs = m_top + QLatin1Char('/') + row.decision.path;
    const QString title = pageTitle(abs);
    auto *box
        = new QGroupBox(title.isEmpty() ? row.decision.path : QStringLiteral("%1 — %2").arg(title, row.decision.path), parent);
    auto *layout = new QVBoxLayout(box);
    const auto radio = [box](const QString &text) { return new QRadioButton(text, box); };
    switch (row.decision.reason) {
    case FileDecision::Reason::EditedHereDeletedOnServer:
    case FileDecision::Reason::DeletedHereEditedOnServer: {
        const bool deletedOnServer = row.decision.reason == FileDecision::Reason::EditedHereDeletedOnServer;
        auto *why = new QLabel(deletedOnServer
                ? tr("The server deleted this page file, and you edited it here. Keep your page (it is published "
                     "again when you publish it), or let it go as the server did.")
                : tr("You deleted this page file here, and the server changed it. Keep it deleted (the deletion is "
                     "published when you publish the page), or take the server's version back."),
            box);
        why->setWordWrap(true);
        layout->addWidget(why);
        row.whole = new QButtonGroup(box);
        QRadioButton *server = radio(deletedOnServer ? tr("Delete it, as on the server") : tr("Take the server's version"));
        QRadioButton *mine = radio(deletedOnServer ? tr("Keep my page") : tr("Keep it deleted"));
        row.whole->addButton(server, ServerSide);
        row.whole->addButton(mine, MineSide);
        mine->setChecked(true);
        layout->addWidget(server);
        layout->addWidget(mine);
        connect(row.whole, &QButtonGroup::idClicked, this, &DecisionDialog::updateSummary);
        break;
    }
    case FileDecision::Reason::BothEdited:
    case FileDecision::Reason::BothAdded:
        if (row.decision.reason == FileDecision::Reason::BothAdded) {
            auto *why = new QLabel(tr("This file was created here and on the server with different contents."), box);
            why->setWordWrap(true);
            layout->addWidget(why);
        }
        for (ConflictRow &c : row.rows)
            layout->addWidget(conflictWidget(c, box));
        break;
    }
    return box;
}

QWidget *DecisionDialog::conflictWidget(ConflictRow &row, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *grid = new QGridLayout(w);
    grid->setContentsMargins(0, 6, 0, 6);
    QString what;
    switch (row.conflict.kind) {
    case MergeConflict::Kind::HeaderField:
        what = row.conflict.key.isEmpty() ? tr("The whole header") : tr("Field “%1”").arg(row.conflict.key);
        break;
    case MergeConflict::Kind::Paragraphs: what = tr("Paragraph"); break;
    case MergeConflict::Kind::WholeFile: what = tr("The whole file"); break;
    }
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()), w);
    grid->addWidget(label, 0, 0, 1, 2);
    const WordDiffHtml diff = wordDiffHtml(row.conflict.theirs, row.conflict.mine);
    grid->addWidget(new QLabel(tr("On the server"), w), 1, 0);
    grid->addWidget(new QLabel(tr("Mine"), w), 1, 1);
    grid->addWidget(textView(diff.left, w), 2, 0);
    grid->addWidget(textView(diff.right, w), 2, 1);
    auto *sides = new QWidget(w);
    auto *sidesLayout = new QHBoxLayout(sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    row.sides = new QButtonGroup(w);
    auto *server = new QRadioButton(tr("Server"), sides);
    auto *mine = new QRadioButton(tr("Mine"), sides);
    auto *edit = new QRadioButton(tr("Edit"), sides);
    row.sides->addButton(server, ServerSide);
    row.sides->addButton(mine, MineSide);
    row.sides->addButton(edit, EditSide);
    mine->setChecked(true);
    sidesLayout->addWidget(server);
    sidesLayout->addWidget(mine);
    sidesLayout->addWidget(edit);
    sidesLayout->addStretch(1);
    grid->addWidget(sides, 3, 0, 1, 2);
    row.edit = new QPlainTextEdit(row.conflict.mine, w);
    row.edit->setVisible(false);
    row.edit->setMaximumHeight(140);
    grid->addWidget(row.edit, 4, 0, 1, 2);
    QPlainTextEdit *editor = row.edit;
    connect(row.sides, &QButtonGroup::idClicked, this, [this, editor](int id) {
        editor->setVisible(id == EditSide);
        updateSummary();
    });
    return w;
}

void DecisionDialog::takeAll(MergeTake side)
{
    const int id = side == MergeTake::Theirs ? ServerSide : MineSide;
    for (FileRow &f : m_files) {
        if (f.whole)
            f.whole->button(id)->setChecked(true);
        for (ConflictRow &c : f.rows) {
            c.sides->button(id)->setChecked(true);
            c.edit->setVisible(false);
        }
    }
    updateSummary();
}

void DecisionDialog::choose(int file, int conflict, MergeChoice::Side side, const QString &text)
{
    if (file < 0 || file >= m_files.size())
        return;
    FileRow &f = m_files[file];
    const int id = side == MergeChoice::Side::Theirs ? ServerSide : side == MergeChoice::Side::Mine ? MineSide : EditSide;
    if (f.whole) {
        f.whole->button(id == EditSide ? MineSide : id)->setChecked(true);
    } else if (conflict >= 0 && conflict < f.rows.size()) {
        f.rows[conflict].sides->button(id)->setChecked(true);
        f.rows[conflict].edit->setVisible(id == EditSide);
        if (id == EditSide)
            f.rows[conflict].edit->setPlainText(text);
    }
    updateSummary();
}

QList<SyncDecision> DecisionDialog::decisions() const
{
    QList<SyncDecision> out;
    for (const FileRow &f : m_files) {
        SyncDecision d;
        d.path = f.decision.path;
        if (f.whole) {
            d.take = f.whole->checkedId() == ServerSide ? MergeTake::Theirs : MergeTake::Mine;
        } else {
            for (const ConflictRow &c : f.rows) {
                MergeChoice choice;
                choice.conflict = c.conflict;
                const int id = c.sides->checkedId();
                choice.side = id == ServerSide ? MergeChoice::Side::Theirs
                    : id == EditSide           ? MergeChoice::Side::Edited
                                               : MergeChoice::Side::Mine;
                if (id == EditSide)
                    choice.text = c.edit->toPlainText();
                d.choices.append(choice);
            }
            if (d.choices.isEmpty())
                d.take = MergeTake::Mine;
        }
        out.append(d);
    }
    return out;
}

void DecisionDialog::updateSummary()
{
    int mine = 0, server = 0, edited = 0;
    for (const FileRow &f : m_files) {
        if (f.whole)
            ++(f.whole->checkedId() == ServerSide ? server : mine);
        for (const ConflictRow &c : f.rows) {
            const int id = c.sides->checkedId();
            ++(id == ServerSide ? server : id == EditSide ? edited : mine);
        }
    }
    m_summary->setText(tr("%n page file(s): %1 yours, %2 from the server, %3 written by you.", nullptr, int(m_files.size()))
                           .arg(mine)
                           .arg(server)
                           .arg(edited));
}

} // namespace GravDesk
