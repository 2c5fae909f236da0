#pragma once

#include "site/newpost.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QLineEdit;

namespace Ui {
class NewPostDialog;
}

namespace GravDesk {

class PageIndex;

/**
 * Asks for a new post's title, language, date, languages (each with its own title, or a draft) and state; shows the folder and
 * URL it will get as the title is typed, and creates the files when accepted (errors stay in the dialog).
 */
class NewPostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPostDialog)

public:
    /// A post in section node @p section of @p index; @p language is the title's language to start with.
    NewPostDialog(std::shared_ptr<const PageIndex> index, int section, const QString &language, QWidget *parent = nullptr);
    ~NewPostDialog() override;

    /// What was created (after postCreated).
    QString createdRelPath() const { return m_createdRelPath; }
    QString createdLanguage() const { return m_createdLanguage; }

Q_SIGNALS:
    /// The post's folder (relative to the pages folder) and the language of its title.
    void postCreated(const QString &relPath, const QString &language);

public:
    void accept() override;

private:
    NewPostRequest request() const;
    void updatePlan();
    void onTitleLanguageChanged();

    std::unique_ptr<Ui::NewPostDialog> m_ui;
    std::shared_ptr<const PageIndex> m_index;
    int m_section = -1;
    SectionConvention m_convention;
    QList<QCheckBox *> m_languageBoxes; // one per site language
    QList<QLineEdit *> m_languageTitles; // the title of each language (hidden for the title's language)
    bool m_slugEdited = false; // once the user edits the slug it no longer follows the title
    QString m_createdRelPath;
    QString m_createdLanguage;
};

} // namespace GravDesk
