#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QIcon>
#include <QPushButton>

namespace GravDesk {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/gravdesk.svg")).pixmap(72, 72));
    m_ui->titleLabel->setText(QStringLiteral("<h2>GravDesk %1</h2>").arg(QStringLiteral(GRAVDESK_VERSION)));
    m_ui->detailsLabel->setText(tr("Built with Qt %1 (running on %2), Qt WebEngine, yaml-cpp and cmark-gfm.\n"
                                   "Licensed under the GNU General Public License, version 3 or later.")
                                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

AboutDialog::~AboutDialog() = default;

} // namespace GravDesk
