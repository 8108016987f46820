#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QSettings;

/*!
 * \brief The console's look: the desktop's own palette, or a light or dark one, and the
 * colours of chat bubbles and badges that go with whichever palette is in use.
 *
 * Every colour the delegates draw with comes from colors(), so that light and dark keep
 * their contrast in one place (tst_theme measures it).
 */
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    /*! The colours of a conversation drawn on \a palette. */
    struct Colors
    {
        QColor text;     //!< message text
        QColor muted;    //!< names, times, separators, notes
        QColor link;     //!< links and buttons
        QColor alert;    //!< the unread marker and errors
        QColor incoming; //!< the app user's bubbles
        QColor outgoing; //!< the business's bubbles
        QColor whisper;  //!< notes from other business systems
        QColor whisperBorder;
        QColor card;            //!< carousel cards and list items inside a bubble
        QColor badge;           //!< the unread badge
        QColor badgeText;       //!< its number
        QColor destructive;     //!< buttons that delete for good
        QColor destructiveText; //!< their label
        QColor errorFill;       //!< banners that say something failed
        QColor errorText;
        QColor warningFill; //!< banners that say something is wrong but being retried
        QColor warningText;
        QColor successFill; //!< banners that confirm something was done
        QColor successText;
        QColor avatarText; //!< the initials on an avatar without a picture
        QColor inputError; //!< a short error under an input, such as a reply that failed
    };
    static Colors colors(const QPalette &palette);
    /*! The fill of an avatar without a picture on \a palette: a hue of its own for \a key
        (the initials), the same every time. */
    static QColor avatarFill(const QPalette &palette, const QString &key);
    static bool isDark(const QPalette &palette);
    /*! The WCAG 2 contrast ratio of two colours, from 1 to 21. */
    static double contrast(const QColor &a, const QColor &b);

    /*! The palette of \a mode: the desktop's own for System. */
    static QPalette palette(Mode mode);
    /*! Applies \a mode to the whole application. */
    static void apply(Mode mode);

    static Mode fromString(const QString &name); //!< "light", "dark", anything else System
    static QString toString(Mode mode);

    /*! Where Settings keeps the chosen mode. */
    static constexpr const char *settingsKey = "ui/theme";
    /*! The mode chosen in \a settings; System when none was. */
    static Mode saved(const QSettings &settings);
};
