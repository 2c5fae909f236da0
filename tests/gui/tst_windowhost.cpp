// Choosing another interface language rebuilds the window in that language, on the same site and page.

#include "common/interfacelanguage.h"
#include "dialogs/prompter.h"
#include "mainwindow/windowhost.h"
#include "page/pagedocument.h"
#include "tempsite.h"

#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace GravDesk;

class TestWindowHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void languageChangeKeepsThePlace_data();
    void languageChangeKeepsThePlace();
};

void TestWindowHost::languageChangeKeepsThePlace_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("&Файл");
    QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("&Файл");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File");
}

void TestWindowHost::languageChangeKeepsThePlace()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("02.news/a/item.kk.md"), "---\ntitle: 'Жаңалық'\n---\nМәтін.\n");
    site.writePage(QStringLiteral("02.news/a/item.ru.md"), "---\ntitle: 'Новость'\n---\nТекст.\n");
    InterfaceLanguage::apply(QStringLiteral("en"));
    WindowHost host;
    host.show(MainWindow::Place {site.root(), QStringLiteral("02.news/a"), QStringLiteral("ru")});
    QTRY_VERIFY_WITH_TIMEOUT(host.window()->currentDocument(), 20000);
    QCOMPARE(host.window()->currentDocument()->language(), QStringLiteral("ru"));
    QCOMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    Q_EMIT host.window()->interfaceLanguageChosen(language);
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 10000);
    QCOMPARE(InterfaceLanguage::current(), language);
    QCOMPARE(host.window()->menuBar()->actions().first()->text(), fileMenu);
    QTRY_VERIFY_WITH_TIMEOUT(host.window()->currentDocument(), 20000);
    QCOMPARE(host.window()->currentDocument()->language(), QStringLiteral("ru"));
    QCOMPARE(host.window()->place().page, QStringLiteral("02.news/a"));
}

QTEST_MAIN(TestWindowHost)
#include "tst_windowhost.moc"
