#pragma once

#include <QWidget>

class QPushButton;

/*!
 * \brief What the window shows while no profile is open: the two ways to start, trying the
 * demo or connecting a Smooch app. It stays in the window, so that a cancelled profile dialog
 * does not leave the agent without a way back.
 */
class WelcomePane : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePane(QWidget *parent = nullptr);

    /*! Whether profiles can be set up here (false when the window has no profile store). */
    void setCanConnect(bool canConnect);

Q_SIGNALS:
    void demoRequested();
    void connectRequested();

private:
    QPushButton *m_demo;
    QPushButton *m_connect;
};
