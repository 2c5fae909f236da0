// The shipped interface translations are complete: every tr() string of the sources is in
// translations/gravdesk_ru.ts and gravdesk_kk.ts, translated (nothing unfinished, empty or left
// over), with the plural forms each language needs, and the placeholders of the source kept.

#include "programrun.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace GravDesk;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one for ordinary messages, the plural forms for numerus ones
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message {context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QString lupdate()
{
    const QString qt6 = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    return QFile::exists(qt6) ? qt6 : QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d+)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    // Qt's plural rules (qtbase/src/corelib/text/qtranslator.cpp numerus tables): Russian has three forms
    // (1, 2–4, 5+); Kazakh, as lupdate writes its files, two.
    QTest::newRow("ru") << QStringLiteral("ru") << 3;
    QTest::newRow("kk") << QStringLiteral("kk") << 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QString tool = lupdate();
    if (tool.isEmpty())
        QSKIP("lupdate is not installed (Debian package qt6-l10n-tools): cannot extract the source strings");
    const QString shipped = TestPaths::sourceDir() + QStringLiteral("/translations/gravdesk_") + language + QStringLiteral(".ts");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(shipped).fileName());
    QVERIFY(QFile::copy(shipped, copy));
    // The shipped file merged with the strings the sources have now (the folders tools/update-translations.sh reads): anything
    // new comes out unfinished, anything removed as vanished.
    QDir src(TestPaths::sourceDir());
    const ProgramRun run = runProgram(tool,
        {QStringLiteral("-locations"), QStringLiteral("none"), src.filePath(QStringLiteral("src")),
            src.filePath(QStringLiteral("ui")), QStringLiteral("-ts"), copy});
    QVERIFY2(run.code == 0, run.err.constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("untranslated: ") + where;
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems << QStringLiteral("no longer in the sources (run tools/update-translations.sh): ") + where;
        else if (m.numerus && m.forms.size() != pluralForms)
            problems << QStringLiteral("%1 plural forms instead of %2: ").arg(m.forms.size()).arg(pluralForms) + where;
        else if (std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << QStringLiteral("empty translation: ") + where;
        else if (!m.type.isEmpty())
            continue;
        else
            for (const QString &t : m.forms)
                if (placeholders(t) != placeholders(m.source) && !(m.numerus && !t.contains(QLatin1String("%n"))))
                    problems << QStringLiteral("placeholders differ (%1): ").arg(t) + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
