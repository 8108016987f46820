#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/*!
 * \brief A one-paragraph notice across a pane: a failure, a problem being retried, or a
 * confirmation. Its text is plain text, its colours come from Theme (and follow a theme
 * switch), and the agent can dismiss it.
 */
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Error,   //!< something failed and needs the agent
        Warning, //!< something is wrong and being retried
        Success, //!< something the agent asked for was done
    };

    explicit Banner(QWidget *parent = nullptr);

    /*! Shows \a text as \a kind, with \a details as its tooltip; an empty \a text hides it. */
    void showMessage(const QString &text, Kind kind = Kind::Error, const QString &details = {});
    QString text() const;
    Kind kind() const { return m_kind; }
    /*! Whether the agent may close it (a banner about a state that ends by itself may not). */
    void setDismissible(bool dismissible);
    QToolButton *closeButton() const { return m_close; }

    /*! The fill and text colours of \a kind on \a palette. */
    static std::pair<QColor, QColor> colors(Kind kind, const QPalette &palette);

Q_SIGNALS:
    /*! The agent closed it. */
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void recolor();

    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
};
