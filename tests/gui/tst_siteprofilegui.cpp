// A Git Sync clone holds only pages/: the real window opens one (a git repository of the sample site's pages), finds
// its languages from the page files and says so in the status bar, shows the Russian and Kazakh files as languages
// of one page, and File ▸ Import Site Settings… takes the site's system.yaml (a broken one is refused).
#include "dialogs/prompter.h"
#include "fileutil.h"
#include "gitsyncfixture.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "site/pageindex.h"
#include "site/siteprofile.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kSample = QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site/user");

QStringList comboLanguages(const MainWindow &w)
{
    const auto *combo = w.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QStringList out;
    for (int i = 0; combo && i < combo->count(); ++i)
        out << combo->itemData(i).toString();
    return out;
}

} // namespace

class TestSiteProfileGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clone;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;

    bool reloadAfter(QAction *action)
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
        action->trigger();
        return loaded.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // What File ▸ Clone Site leaves of a Git Sync remote: pages/ at the root of a repository, no config/.
        m_clone = m_dir.filePath(QStringLiteral("clone"));
        QVERIFY(copyTree(kSample + QStringLiteral("/pages"), m_clone + QStringLiteral("/pages")));
        // One more Russian-only item than the sample has: Russian is then the most frequent language, and the default
        // found from the files differs from the site's own (Kazakh).
        QVERIFY(QDir().mkpath(m_clone + QStringLiteral("/pages/02.news/09.2025-09-01-ru-only")));
        QVERIFY(writeFile(m_clone + QStringLiteral("/pages/02.news/09.2025-09-01-ru-only/item.ru.md"),
            "---\ntitle: 'Только по-русски'\ndate: '01-09-2025 10:00'\n---\n\nТекст.\n"));
        for (const QStringList &args : {QStringList {QStringLiteral("init"), QStringLiteral("-q")},
                 QStringList {QStringLiteral("add"), QStringLiteral("pages")},
                 QStringList {QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                     QStringLiteral("user.email=t@example.org"), QStringLiteral("commit"), QStringLiteral("-q"),
                     QStringLiteral("-m"), QStringLiteral("pages")}}) {
            const GitRun r = GitSyncFixture::git(m_clone, args);
            QVERIFY2(r.ok(), r.err.constData());
        }
        m_prompter = std::make_shared<ScriptedPrompter>();
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompter(m_prompter);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_clone));
        QVERIFY(loaded.wait(30000));
    }

    void languagesFromPageFiles()
    {
        const auto index = m_window->pageIndex();
        QVERIFY(index);
        QCOMPARE(index->layout.kind, SiteLayoutKind::GitSyncClone);
        QVERIFY(index->config.languagesInferred());
        const QStringList langs = index->config.languages();
        QVERIFY2(langs.contains(QStringLiteral("ru")) && langs.contains(QStringLiteral("kk")), qPrintable(langs.join(u',')));
        // The language menu offers them, and the status bar says where they came from.
        for (const QString &l : langs)
            QVERIFY(comboLanguages(*m_window).contains(l));
        const auto *label = m_window->findChild<QLabel *>(QStringLiteral("siteProfileLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(langs.join(QStringLiteral(", "))), qPrintable(label->text()));
        QVERIFY2(label->toolTip().contains(QStringLiteral("found from the page files")), qPrintable(label->toolTip()));

        // A news item's Russian and Kazakh files are two languages of one page, not page files with warnings.
        const int news = index->findByRelPath(QStringLiteral("02.news"));
        QVERIFY(news > 0);
        int item = -1;
        for (int c : index->nodes[news].children) {
            if (index->variantExact(c, QStringLiteral("ru")) && index->variantExact(c, QStringLiteral("kk"))) {
                item = c;
                break;
            }
        }
        QVERIFY(item > 0);
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
            QVERIFY(m_window->selectPage(index->nodes[item].relPath, lang));
            QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument() && m_window->currentDocument()->language() == lang, 10000);
            QVERIFY(m_window->currentDocument()->path().endsWith(QStringLiteral("item.") + lang + QStringLiteral(".md")));
        }
    }

    void brokenSettingsAreRefused()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("importSiteSettingsAction"));
        QVERIFY(action);
        const QString broken = m_dir.filePath(QStringLiteral("system.yaml"));
        QVERIFY(writeFile(broken, "languages:\n  supported: [ru, kk\n"));
        m_prompter->openFilesAnswer = {broken};
        m_prompter->lastError.clear();
        action->trigger();
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("is not valid YAML")), qPrintable(m_prompter->lastError));
        QVERIFY(!QFileInfo::exists(SiteProfile::folder(m_window->pageIndex()->layout)));
        QVERIFY(m_window->pageIndex()->config.languagesInferred());
    }

    void importSystemYaml()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("importSiteSettingsAction"));
        // Back in the default the window found, as a user who never chose a language is.
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        const QString found = m_window->pageIndex()->config.defaultLanguage();
        const int row = combo->findData(found);
        QVERIFY(row >= 0);
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
        m_prompter->openFilesAnswer = {kSample + QStringLiteral("/config/system.yaml")};
        m_prompter->lastError.clear();
        QVERIFY(reloadAfter(action));
        QVERIFY2(m_prompter->lastError.isEmpty(), qPrintable(m_prompter->lastError));
        const auto index = m_window->pageIndex();
        const SiteConfig sample = SiteConfig::load(locateSite(kSample));
        QVERIFY(!index->config.languagesInferred());
        QCOMPARE(index->config.languages(), sample.languages());
        QCOMPARE(index->config.defaultLanguage(), sample.defaultLanguage());
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("siteProfileLabel"))->isVisible());
        // The window was showing the found default: it now shows the site's own.
        QCOMPARE(comboLanguages(*m_window).size(), sample.languages().size());
        QCOMPARE(combo->currentData().toString(), sample.defaultLanguage());
        QVERIFY(found != sample.defaultLanguage()); // the test shows a change
        // Nothing entered the clone: git sees no change.
        QCOMPARE(GitSyncFixture::gitOut(m_clone, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestSiteProfileGui)
#include "tst_siteprofilegui.moc"
