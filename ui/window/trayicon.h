#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

/*!
 * \brief The console in the system tray, where there is one: the app icon with a badge of the
 * unread count (99+ above 99), a tooltip that says it, and desktop notifications whose text is
 * shown literally; a click on it brings the window up. Without a system tray it does nothing,
 * quietly.
 */
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    /*! The tray icon of \a window. */
    explicit TrayIcon(QWidget *window);

    bool isAvailable() const { return m_tray != nullptr; }
    void setUnread(int unread);
    /*! A desktop notification; \a title and \a body are plain text from outside. */
    void notify(const QString &title, const QString &body);

private:
    QSystemTrayIcon *m_tray = nullptr;
};
