// The form's table editors: `type: array` (key/value maps such as metadata) and `type: list` with
// sub-fields (repeaters), driven through the real PageFormWidget; each change must rewrite only its lines.

#include "form/fieldwidgets.h"
#include "form/pageformwidget.h"
#include "page/blueprintresolver.h"
#include "page/frontmatter.h"
#include "page/pagedocument.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "tempsite.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace GravDesk;

namespace {

const QByteArray kBlueprint = R"(title: Item
form:
  fields:
    tabs:
      type: tabs
      fields:
        content:
          type: tab
          title: Content
          fields:
            header.title:
              type: text
              label: Title
            header.metadata:
              type: array
              label: Metadata
              placeholder_key: Name
              placeholder_value: Content
            header.links:
              type: list
              label: Links
              fields:
                .name:
                  type: text
                  label: Name
                .url:
                  type: text
                  label: Address
                .external:
                  type: toggle
                  label: External
)";

const QByteArray kHeader = "title: 'Жаңалық'\n"
                           "metadata:\n"
                           "    description: 'Old text' # shown by search engines\n"
                           "    keywords: a, b\n"
                           "links:\n"
                           "    - name: Один\n"
                           "      url: /one\n"
                           "    # the partner\n"
                           "    - name: Two\n"
                           "      url: 'https://two.kz'\n"
                           "      external: true\n"
                           "published: true\n";

QList<QByteArray> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n'), b = after.split('\n');
    QList<QByteArray> out;
    for (const QByteArray &l : b)
        if (!a.contains(l))
            out << "+" + l;
    for (const QByteArray &l : a)
        if (!b.contains(l))
            out << "-" + l;
    return out;
}

} // namespace

class TestTableFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keyValueEditChangesOneLine();
    void keyValueAddRemoveAndRename();
    void keyValueRefusesDuplicateKeys();
    void repeaterEditKeepsOtherItems();
    void repeaterAddMoveRemove();

private:
    QTableWidget *table(const QString &key) const
    {
        return m_form->findChild<QTableWidget *>(key + QStringLiteral("TableWidget"));
    }
    QToolButton *button(const QString &key, const QString &name) const
    {
        QWidget *editor = m_form->findChild<QWidget *>(key + QStringLiteral("FieldEditor"));
        return editor ? editor->findChild<QToolButton *>(name) : nullptr;
    }
    QByteArray header() const { return m_doc->headerBytes(); }

    TempSite *m_site = nullptr;
    PageDocument *m_doc = nullptr;
    PageFormWidget *m_form = nullptr;
};

void TestTableFields::init()
{
    m_site = new TempSite;
    m_site->writeDefaultConfig();
    m_site->writeFile(QStringLiteral("user/blueprints/pages/item.yaml"), kBlueprint);
    const QByteArray file = "---\n" + kHeader + "---\nBody\n";
    const QString path = m_site->writePage(QStringLiteral("01.news/x/item.kk.md"), file);
    const SiteLayout layout = locateSite(m_site->root());
    const SiteConfig config = SiteConfig::load(layout);
    const Blueprint bp = BlueprintResolver(layout, config).resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(bp.error));
    m_doc = new PageDocument(path, file, QStringLiteral("kk"));
    m_form = new PageFormWidget;
    // The form plans changes; its owner makes them (the page editor, through an undo command).
    connect(m_form, &PageFormWidget::headerEditRequested, m_doc,
        [this](const QByteArray &before, const QByteArray &after, const QString &) {
            QCOMPARE(m_doc->headerBytes(), before);
            m_doc->setHeaderBytes(after);
        });
    m_form->showDocument(m_doc, bp, FieldContext {}, config, QStringLiteral("/news/x"));
    m_form->show();
    QCOMPARE(header(), kHeader);
}

void TestTableFields::cleanup()
{
    delete m_form;
    delete m_doc;
    delete m_site;
    m_form = nullptr;
    m_doc = nullptr;
    m_site = nullptr;
}

void TestTableFields::keyValueEditChangesOneLine()
{
    QTableWidget *t = table(QStringLiteral("metadata"));
    QVERIFY(t);
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->horizontalHeaderItem(0)->text(), QStringLiteral("Name"));
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("description"));
    t->item(0, 1)->setText(QStringLiteral("Жаңа: мәтін"));
    const QByteArray after = header();
    QCOMPARE(changedLines(kHeader, after),
        (QList<QByteArray> {"+    description: 'Жаңа: мәтін' # shown by search engines",
            "-    description: 'Old text' # shown by search engines"}));
    QCOMPARE(parseHeader(after).values.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("description")).toString(),
        QStringLiteral("Жаңа: мәтін"));
}

void TestTableFields::keyValueAddRemoveAndRename()
{
    QTableWidget *t = table(QStringLiteral("metadata"));
    QVERIFY(t);
    // Rename a key: its line goes, a line with the new key comes; the other key keeps its bytes.
    t->item(1, 0)->setText(QStringLiteral("robots"));
    QByteArray after = header();
    QCOMPARE(changedLines(kHeader, after), (QList<QByteArray> {"+    robots: 'a, b'", "-    keywords: a, b"}));
    // Add a row, fill it.
    QToolButton *add = button(QStringLiteral("metadata"), QStringLiteral("addRowToolButton"));
    QVERIFY(add);
    add->click();
    QCOMPARE(t->rowCount(), 3);
    t->item(2, 0)->setText(QStringLiteral("author"));
    t->item(2, 1)->setText(QStringLiteral("2024"));
    after = header();
    const QVariantMap md = parseHeader(after).values.value(QStringLiteral("metadata")).toMap();
    QCOMPARE(md.value(QStringLiteral("author")).typeId(), int(QMetaType::QString));
    QCOMPARE(md.value(QStringLiteral("author")).toString(), QStringLiteral("2024"));
    QCOMPARE(md.size(), 3);
    // Remove every row: the whole map goes (not an empty `metadata:` that Grav reads as null).
    t->selectAll();
    button(QStringLiteral("metadata"), QStringLiteral("removeRowToolButton"))->click();
    after = header();
    QVERIFY2(!after.contains("metadata"), after.constData());
    QVERIFY(after.contains("links:\n    - name: Один\n"));
}

void TestTableFields::keyValueRefusesDuplicateKeys()
{
    QTableWidget *t = table(QStringLiteral("metadata"));
    QVERIFY(t);
    t->item(1, 0)->setText(QStringLiteral("description"));
    QCOMPARE(header(), kHeader); // nothing written
    QString why;
    QVERIFY(!m_form->canSave(&why));
    QVERIFY2(why.contains(QStringLiteral("twice")), qPrintable(why));
    t->item(1, 0)->setText(QStringLiteral("a.b"));
    QVERIFY(!m_form->canSave(&why));
    QVERIFY2(why.contains(QStringLiteral("dot")), qPrintable(why));
    QCOMPARE(header(), kHeader);
}

void TestTableFields::repeaterEditKeepsOtherItems()
{
    QTableWidget *t = table(QStringLiteral("links"));
    QVERIFY(t);
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->columnCount(), 3);
    QCOMPARE(t->item(1, 1)->text(), QStringLiteral("https://two.kz"));
    QCOMPARE(t->item(1, 2)->checkState(), Qt::Checked);
    t->item(0, 1)->setText(QStringLiteral("/бір"));
    const QByteArray after = header();
    QCOMPARE(changedLines(kHeader, after), (QList<QByteArray> {"+      url: /бір", "-      url: /one"}));
    QVERIFY(after.contains("    # the partner\n    - name: Two\n      url: 'https://two.kz'\n"));
}

void TestTableFields::repeaterAddMoveRemove()
{
    QTableWidget *t = table(QStringLiteral("links"));
    QVERIFY(t);
    button(QStringLiteral("links"), QStringLiteral("addRowToolButton"))->click();
    QCOMPARE(t->rowCount(), 3);
    t->item(2, 0)->setText(QStringLiteral("true"));
    QByteArray after = header();
    // New item: its text quoted so it stays text; empty cells add no key.
    QVERIFY2(after.contains("      external: true\n    - name: 'true'\npublished: true\n"), after.constData());
    QCOMPARE(parseHeader(after).values.value(QStringLiteral("links")).toList().value(2).toMap(),
        (QVariantMap {{QStringLiteral("name"), QStringLiteral("true")}}));
    // Keys come in the blueprint's sub-field order (name, url, external), not sorted.
    t->item(2, 2)->setCheckState(Qt::Checked);
    after = header();
    QVERIFY2(after.contains("    - name: 'true'\n      external: true\npublished: true\n"), after.constData());
    t->item(2, 1)->setText(QStringLiteral("/x"));
    after = header();
    QVERIFY2(after.contains("    - name: 'true'\n      url: /x\n      external: true\npublished: true\n"), after.constData());
    // Move the new item up: the list order changes, every value reads back.
    t->setCurrentCell(2, 0);
    button(QStringLiteral("links"), QStringLiteral("moveUpToolButton"))->click();
    after = header();
    QVariantList items = parseHeader(after).values.value(QStringLiteral("links")).toList();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[1].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("true"));
    QCOMPARE(items[2].toMap().value(QStringLiteral("external")).toBool(), true);
    // Remove the first item: the others keep their lines.
    t->clearSelection();
    t->selectRow(0);
    button(QStringLiteral("links"), QStringLiteral("removeRowToolButton"))->click();
    after = header();
    items = parseHeader(after).values.value(QStringLiteral("links")).toList();
    QCOMPARE(items.size(), 2);
    QVERIFY(!after.contains("Один"));
    QVERIFY(after.contains("    - name: Two\n      url: 'https://two.kz'\n      external: true\n"));
    QVERIFY(after.endsWith("published: true\n"));
}

QTEST_MAIN(TestTableFields)
#include "tst_tablefields.moc"
