// The settings dialog's site address: asked for when the site has none, validated, read-only when
// system.yaml sets it, hidden without a site.

#include "dialogs/settingsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace GravDesk;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWithoutSite()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("siteUrlEdit"))->isVisible());
        QCOMPARE(dialog.siteUrl(), QString());
    }

    void asksWhenNone()
    {
        SettingsDialog dialog;
        dialog.setSiteUrl(QString(), false);
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("siteUrlEdit"));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("siteUrlHintLabel"));
        QVERIFY(edit->isVisible());
        QVERIFY(!edit->isReadOnly());
        QVERIFY(hint->text().contains(QStringLiteral("no address")));
        edit->setText(QStringLiteral("example.kz"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused, with the reason
        QVERIFY(hint->text().contains(QStringLiteral("example.kz")));
        edit->setText(QStringLiteral("https://example.kz/"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.siteUrl(), QStringLiteral("https://example.kz"));
    }

    void readOnlyFromSystem()
    {
        SettingsDialog dialog;
        dialog.setSiteUrl(QStringLiteral("https://grav.example.org"), true);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("siteUrlEdit"));
        QVERIFY(edit->isReadOnly());
        QCOMPARE(edit->text(), QStringLiteral("https://grav.example.org"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
