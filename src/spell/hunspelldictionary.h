#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace GravDesk {

/**
 * One Hunspell dictionary (.aff + .dic). Words go in and come out as QString; the conversion uses the
 * dictionary's own encoding (the .aff's SET line): UTF-8 directly, anything else (KOI8-R, ISO 8859-x,
 * Microsoft code pages) through iconv, because QStringConverter only knows UTF-8/16/32 and Latin-1.
 * Not thread-safe: one thread uses an instance at a time.
 */
class HunspellDictionary final
{
public:
    /// Loads @p affPath and @p dicPath; on failure returns null and says why in @p error.
    static std::unique_ptr<HunspellDictionary> load(const QString &affPath, const QString &dicPath, QString *error = nullptr);
    ~HunspellDictionary();
    HunspellDictionary(const HunspellDictionary &) = delete;
    HunspellDictionary &operator=(const HunspellDictionary &) = delete;

    QString encoding() const { return m_encoding; }
    bool spell(const QString &word) const;
    QStringList suggest(const QString &word) const;
    /// Adds a word for this run only (the dictionary files are not touched).
    void add(const QString &word);
    /// Adds @p word with the endings @p model has in this dictionary (телемедицина like медицина).
    void addLike(const QString &word, const QString &model);
    /// Takes back a word added with add() or addLike().
    void remove(const QString &word);

private:
    HunspellDictionary() = default;
    std::string encode(const QString &word, bool *ok) const;
    QString decode(const std::string &bytes) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_encoding;
    bool m_utf8 = true;
    // iconv descriptors (void * so that the header needs no <iconv.h>); null for UTF-8 dictionaries.
    void *m_toDictionary = nullptr;
    void *m_fromDictionary = nullptr;
};

/// The standard dictionary file name stem of a language: "kk" → kk_KZ, "ru" → ru_RU, "en" → en_US.
QString dictionaryStem(const QString &language);

/// Folders searched for dictionaries: $GRAVDESK_HUNSPELL_DIR, then the system's (/usr/share/hunspell …).
QStringList dictionaryFolders();

/// The .aff path of @p language's dictionary in dictionaryFolders(), or "" when none is installed.
QString findDictionary(const QString &language);

} // namespace GravDesk
