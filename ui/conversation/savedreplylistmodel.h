#pragma once

#include "protocol/messagetemplate.h"

#include <QAbstractListModel>

/*!
 * \brief The saved replies a search found, best first, for the picker: the name to show, and
 * the text (one line) as a preview. Content is plain text, never markup.
 */
class SavedReplyListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, TextRole };
    static constexpr qsizetype maxToolTip = 1000; //!< characters of a template's tooltip

    using QAbstractListModel::QAbstractListModel;

    void setTemplates(const QList<MessageTemplate> &templates);
    const MessageTemplate *templateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<MessageTemplate> m_templates;
};
