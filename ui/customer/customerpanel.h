#pragma once

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class CustomerController;
class EditableField;
class MediaCache;
class QFormLayout;
class QLabel;
class QVBoxLayout;

/*!
 * \brief The customer beside the conversation: who they are (avatar, name, email, signed up,
 * local time), what the app knows of them (properties), where they write from (channels:
 * platform, primary, last seen, avatar) and whether another tool handles the conversation too
 * (a Zendesk ticket, a Slack channel, Help Scout).
 *
 * It shows what the CustomerController has: the cached profile at once, a note while it
 * refreshes, and what failed to load in words, without ever standing in the conversation's
 * way. Names, email and properties are edited in place; a failed save is shown under the field
 * with the agent's text kept. Every value is plain text and bounded; the panel scrolls.
 */
class CustomerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPanel(MediaCache *media, QWidget *parent = nullptr);

    /*! The controller of the open profile (null: none). */
    void setController(CustomerController *controller);
    /*! The field for \a key (givenName, surname, email, properties.KEY), if shown. */
    EditableField *field(const QString &key) const { return m_fields.value(key); }
    QLabel *nameLabel() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *localTimeLabel() const { return m_localTime; }
    /*! The text of the channels section, for tests and screen readers. */
    QString channelsText() const;
    /*! The icon of the action that shows and hides the panel. */
    static QIcon toggleIcon(const QPalette &palette);
    /*! "14:32 (UTC−5)" for an offset of \a hours at \a now. */
    static QString localTime(double hours, const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateFields();
    void rebuildProperties();
    void rebuildChannels();
    void updateAvatar();
    void applyColors();
    EditableField *addField(QFormLayout *form, const QString &key, const QString &label);

    MediaCache *m_media;
    QPointer<CustomerController> m_controller;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_warning;
    QLabel *m_status;
    QLabel *m_problem;
    QWidget *m_content;
    QFormLayout *m_details;
    QLabel *m_signedUp;
    QLabel *m_localTime;
    QLabel *m_localTimeLabel;
    QLabel *m_propertiesTitle;
    QWidget *m_properties;
    QFormLayout *m_propertiesForm;
    QLabel *m_channelsTitle;
    QWidget *m_channels;
    QVBoxLayout *m_channelsLayout;
    QLabel *m_empty;
    QHash<QString, EditableField *> m_fields;
    QStringList m_propertyKeys;
    QString m_channelsKey;
    QUrl m_avatarUrl;
    QString m_shownUser;
};
