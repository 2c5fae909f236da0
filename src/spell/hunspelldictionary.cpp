#include "hunspelldictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <iconv.h>

#include <hunspell.hxx>

namespace GravDesk {
namespace {

// Converts with an iconv descriptor; ok is false when a character has no equivalent.
std::string convert(void *cd, const char *data, size_t size, bool *ok)
{
    *ok = true;
    auto *descriptor = static_cast<iconv_t>(cd);
    iconv(descriptor, nullptr, nullptr, nullptr, nullptr);
    std::string out(size * 4 + 8, '\0');
    char *in = const_cast<char *>(data);
    size_t inLeft = size;
    char *outPtr = out.data();
    size_t outLeft = out.size();
    if (iconv(descriptor, &in, &inLeft, &outPtr, &outLeft) == static_cast<size_t>(-1))
        *ok = false;
    out.resize(out.size() - outLeft);
    return out;
}

} // namespace

std::unique_ptr<HunspellDictionary> HunspellDictionary::load(const QString &affPath, const QString &dicPath, QString *error)
{
    for (const QString &path : {affPath, dicPath}) {
        if (!QFileInfo(path).isReadable()) {
            if (error)
                *error = QCoreApplication::translate("GravDesk::SpellChecker", "%1 cannot be read")
                             .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
    }
    std::unique_ptr<HunspellDictionary> d(new HunspellDictionary);
    d->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData());
    d->m_encoding = QString::fromLatin1(d->m_hunspell->get_dict_encoding()).trimmed();
    const QString upper = d->m_encoding.toUpper();
    d->m_utf8 = upper.isEmpty() || upper == QLatin1String("UTF-8") || upper == QLatin1String("UTF8");
    if (!d->m_utf8) {
        // Hunspell spells some code pages its own way (microsoft-cp1251); iconv wants CP1251.
        QByteArray name = d->m_encoding.toLatin1();
        if (name.toLower().startsWith("microsoft-"))
            name = name.mid(10);
        const iconv_t to = iconv_open(name.constData(), "UTF-8");
        const iconv_t from = iconv_open("UTF-8", name.constData());
        if (to == reinterpret_cast<iconv_t>(-1) || from == reinterpret_cast<iconv_t>(-1)) {
            if (to != reinterpret_cast<iconv_t>(-1))
                iconv_close(to);
            if (from != reinterpret_cast<iconv_t>(-1))
                iconv_close(from);
            if (error)
                *error = QCoreApplication::translate("GravDesk::SpellChecker", "%1: the encoding %2 is not supported")
                             .arg(QDir::toNativeSeparators(affPath), d->m_encoding);
            return nullptr;
        }
        d->m_toDictionary = to;
        d->m_fromDictionary = from;
    }
    return d;
}

HunspellDictionary::~HunspellDictionary()
{
    if (m_toDictionary)
        iconv_close(static_cast<iconv_t>(m_toDictionary));
    if (m_fromDictionary)
        iconv_close(static_cast<iconv_t>(m_fromDictionary));
}

std::string HunspellDictionary::encode(const QString &word, bool *ok) const
{
    const QByteArray utf8 = word.toUtf8();
    if (m_utf8) {
        *ok = true;
        return std::string(utf8.constData(), static_cast<size_t>(utf8.size()));
    }
    return convert(m_toDictionary, utf8.constData(), static_cast<size_t>(utf8.size()), ok);
}

QString HunspellDictionary::decode(const std::string &bytes) const
{
    if (m_utf8)
        return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    bool ok = false;
    const std::string utf8 = convert(m_fromDictionary, bytes.data(), bytes.size(), &ok);
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

bool HunspellDictionary::spell(const QString &word) const
{
    bool ok = false;
    const std::string bytes = encode(word, &ok);
    // A word with letters the dictionary's code page cannot even write is not in it.
    return ok && m_hunspell->spell(bytes);
}

QStringList HunspellDictionary::suggest(const QString &word) const
{
    bool ok = false;
    const std::string bytes = encode(word, &ok);
    QStringList out;
    if (!ok)
        return out;
    for (const std::string &s : m_hunspell->suggest(bytes))
        out << decode(s);
    return out;
}

void HunspellDictionary::add(const QString &word)
{
    bool ok = false;
    const std::string bytes = encode(word, &ok);
    if (ok)
        m_hunspell->add(bytes);
}

void HunspellDictionary::addLike(const QString &word, const QString &model)
{
    bool ok = false;
    bool modelOk = false;
    const std::string bytes = encode(word, &ok);
    const std::string modelBytes = encode(model, &modelOk);
    if (!ok)
        return;
    // A model this dictionary does not know (a Russian model in the English dictionary) gives no
    // endings: the word itself is still added.
    if (!modelOk || m_hunspell->add_with_affix(bytes, modelBytes) != 0)
        m_hunspell->add(bytes);
}

void HunspellDictionary::remove(const QString &word)
{
    bool ok = false;
    const std::string bytes = encode(word, &ok);
    if (ok)
        m_hunspell->remove(bytes);
}

QString dictionaryStem(const QString &language)
{
    if (language == QLatin1String("kk"))
        return QStringLiteral("kk_KZ");
    if (language == QLatin1String("ru"))
        return QStringLiteral("ru_RU");
    if (language == QLatin1String("en"))
        return QStringLiteral("en_US");
    return language;
}

QStringList dictionaryFolders()
{
    QStringList folders;
    const QByteArray env = qgetenv("GRAVDESK_HUNSPELL_DIR");
    if (!env.isEmpty())
        folders << QFile::decodeName(env);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/local/share/hunspell")
            << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}

QString findDictionary(const QString &language)
{
    const QString stem = dictionaryStem(language);
    for (const QString &folder : dictionaryFolders()) {
        const QString aff = folder + QLatin1Char('/') + stem + QStringLiteral(".aff");
        if (QFileInfo::exists(aff) && QFileInfo::exists(folder + QLatin1Char('/') + stem + QStringLiteral(".dic")))
            return aff;
    }
    return QString();
}

} // namespace GravDesk
