#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/*!
 * \brief What an empty inbox says: v1.1 cannot list a Smooch app's conversations, so they
 * appear only as live updates bring them or when the agent opens one by user id. It offers both.
 */
class InboxPlaceholder : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPlaceholder(QWidget *parent = nullptr);

    /*! Whether live updates (webhooks) are on for the open profile. */
    void setLiveUpdates(bool on);
    /*! Whether the live update settings can be changed here. */
    void setCanChangeSettings(bool can);

Q_SIGNALS:
    void liveUpdatesRequested();
    void openRequested();

private:
    QLabel *m_text;
    QPushButton *m_live;
    QPushButton *m_open;
};
