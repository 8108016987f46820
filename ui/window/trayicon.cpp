#include "window/trayicon.h"

#include "style/theme.h"
#include "text/plaintext.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(QWidget *window)
    : QObject(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
    connect(m_tray, &QSystemTrayIcon::activated, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    m_tray->show();
}

void TrayIcon::notify(const QString &title, const QString &body)
{
    // Notification servers may read markup in the body: escape what came from outside.
    if (m_tray)
        m_tray->showMessage(PlainText::oneLine(title, 80),
                            PlainText::asLiteralMarkup(PlainText::oneLine(body, 200)));
}

void TrayIcon::setUnread(int unread)
{
    if (!m_tray)
        return;
    m_tray->setToolTip(tr("Smooch Agent Console: %Ln unread", nullptr, unread));
    QPixmap icon = QGuiApplication::windowIcon().pixmap(64, 64);
    if (unread > 0 && !icon.isNull()) {
        // The inbox's unread badge, on the icon.
        const Theme::Colors colors = Theme::colors(QGuiApplication::palette());
        QPainter painter(&icon);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colors.badge);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(28, 0, 36, 36));
        painter.setPen(colors.badgeText);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(22);
        painter.setFont(font);
        painter.drawText(QRect(28, 0, 36, 36), Qt::AlignCenter,
                         unread > 99 ? u"99+"_s : QString::number(unread));
    }
    m_tray->setIcon(QIcon(icon));
}
