#include "conversation/savedreplylistmodel.h"

#include "text/plaintext.h"

using namespace Qt::StringLiterals;

void SavedReplyListModel::setTemplates(const QList<MessageTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

const MessageTemplate *SavedReplyListModel::templateAt(int row) const
{
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

int SavedReplyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant SavedReplyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageTemplate &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString text = PlainText::oneLine(t.message.text, 70);
        return text.isEmpty() ? PlainText::oneLine(t.name, 40)
                              : PlainText::oneLine(t.name, 40) + u"  —  "_s + text;
    }
    case Qt::ToolTipRole: {
        // QToolTip reads markup when it guesses some: escaped, so the text shows as it is; and
        // bounded, however long the template.
        const QString text = t.message.text.size() > maxToolTip
                                 ? t.message.text.left(maxToolTip - 1) + u'…'
                                 : t.message.text;
        return u"<qt>"_s + PlainText::asLiteralMarkup(text) + u"</qt>"_s;
    }
    case TextRole:
        return t.message.text;
    case IdRole:
        return t.id;
    default:
        return {};
    }
}
