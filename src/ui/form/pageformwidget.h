#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace GravDesk {

class PageDocument;
class SiteConfig;

/// The page's main header fields (read-only for now) and where the file is.
class PageFormWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFormWidget)

public:
    explicit PageFormWidget(QWidget *parent = nullptr);

    void showDocument(const PageDocument *doc, const SiteConfig &config, const QString &route);
    void clear();

private:
    QLineEdit *m_title;
    QLineEdit *m_date;
    QCheckBox *m_published;
    QLabel *m_file;
    QLabel *m_headerState;
};

} // namespace GravDesk
