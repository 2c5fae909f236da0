#include "gitbadges.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace GravDesk {

namespace {

QIcon badge(const QColor &colour, const QString &sign)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QFont font = p.font();
        font.setPixelSize(size * 11 / 16);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, sign);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon queuedBadgeIcon()
{
    static const QIcon icon = badge(QColor(0xc9, 0x9a, 0x06), QStringLiteral("↑"));
    return icon;
}

QIcon gitStateIcon(PageGitState state)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(state)); it != cache.cend())
        return *it;
    struct Look
    {
        QColor colour;
        QString sign;
    };
    Look look;
    switch (state) {
    case PageGitState::Synced: look = {QColor(0x8a, 0xb8, 0x8a), QStringLiteral("✓")}; break;
    case PageGitState::EditedHere: look = {QColor(0x3a, 0x7b, 0xd5), QStringLiteral("✎")}; break;
    case PageGitState::ChangedOnServer: look = {QColor(0xe0, 0x8a, 0x1e), QStringLiteral("↓")}; break;
    case PageGitState::ChangedOnBoth: look = {QColor(0x8e, 0x5a, 0xc8), QStringLiteral("⇅")}; break;
    case PageGitState::MovedOnServer: look = {QColor(0x1c, 0x9c, 0x9c), QStringLiteral("→")}; break;
    case PageGitState::DeletedOnServer: look = {QColor(0x9a, 0x9a, 0x9a), QStringLiteral("×")}; break;
    case PageGitState::NeedsDecision: look = {QColor(0xd0, 0x30, 0x30), QStringLiteral("!")}; break;
    }
    const QIcon icon = badge(look.colour, look.sign);
    cache.insert(int(state), icon);
    return icon;
}

} // namespace GravDesk
