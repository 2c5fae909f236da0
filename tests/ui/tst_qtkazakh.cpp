// Kazakh everywhere: with the Kazakh interface, Qt's own buttons and dialogs that GravDesk shows (OK, Cancel, Save,
// Discard, Open, the file dialog's labels, the text fields' menu) are in Kazakh, from GravDesk's own
// translations/gravdesk_qt_kk.ts; Qt texts it has not translated fall back to Qt's Russian, then English.
#include "text/interfacetranslation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace GravDesk;

class TestQtKazakh final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { InterfaceTranslation::install(QStringLiteral("en")); }

    void buttonsAreKazakh()
    {
        InterfaceTranslation::install(QStringLiteral("kk"));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save | QDialogButtonBox::Discard
            | QDialogButtonBox::Open | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Бас тарту"));
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Сақтау"));
        QCOMPARE(box.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Сақтамау"));
        QCOMPARE(box.button(QDialogButtonBox::Open)->text(), QStringLiteral("Ашу"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Жабу"));
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
        // The same buttons in a message box, as the unsaved-changes question shows them.
        QMessageBox ask(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QCOMPARE(ask.button(QMessageBox::Discard)->text(), QStringLiteral("Сақтамау"));
        QCOMPARE(ask.button(QMessageBox::Cancel)->text(), QStringLiteral("Бас тарту"));
    }

    void fileDialogIsKazakh()
    {
        InterfaceTranslation::install(QStringLiteral("kk"));
        QFileDialog dialog(nullptr, QStringLiteral("t"), QDir::tempPath());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.show();
        QStringList labels;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("Қарау орны:")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("Файл түрі:")), qPrintable(labels.join(QLatin1Char('|'))));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QStringList texts;
        for (const QAbstractButton *b : buttons->buttons())
            texts << b->text();
        QVERIFY2(texts.contains(QStringLiteral("&Ашу")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("Бас тарту")), qPrintable(texts.join(QLatin1Char('|'))));
        dialog.close();
    }

    void textMenuIsKazakh()
    {
        InterfaceTranslation::install(QStringLiteral("kk"));
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (const QAction *a : menu->actions())
            texts << a->text().section(QLatin1Char('\t'), 0, 0); // "&Copy\tCtrl+C"
        QVERIFY2(texts.contains(QStringLiteral("&Көшіру")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("Бәрін белгілеу")), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void fallsBackToRussianThenEnglish()
    {
        InterfaceTranslation::install(QStringLiteral("kk"));
        // Not in GravDesk's Kazakh Qt texts: Qt's Russian (Debian's qt6-translations-l10n) answers.
        const QString print = QCoreApplication::translate("QPrintDialog", "Print");
        QVERIFY2(print != QLatin1String("Print"), qPrintable(print));
        InterfaceTranslation::install(QStringLiteral("ru"));
        QCOMPARE(QCoreApplication::translate("QPrintDialog", "Print"), print);
        // Russian has Qt's own texts; GravDesk's Kazakh ones are not installed then.
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Бас тарту"));
        InterfaceTranslation::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestQtKazakh)
#include "tst_qtkazakh.moc"
