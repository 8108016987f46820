#pragma once

#include <QIdentityProxyModel>

/*!
 * \brief Hides canFetchMore() from a view.
 *
 * QAbstractItemView fetches more whenever the last row is visible: right for lists that grow
 * at the bottom, wrong for a conversation, whose older pages go on top while the newest row is
 * always in sight. ConversationView puts this between itself and MessageListModel and asks the
 * model for older pages by its own scroll policy.
 */
class NoAutoFetchProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};
