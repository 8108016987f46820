#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    const auto add = [this](const QString &what, const QString &keys) {
        m_list->addTopLevelItem(new QTreeWidgetItem(QStringList{what, keys}));
    };
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        add(QString(action->text()).remove(u'&').remove(u'…'), keys.join(tr(" or ")));
    }
    const auto key = [](QKeySequence sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    add(tr("Send the reply (in the reply box)"), key(Qt::Key_Return));
    add(tr("New line in the reply"), key(Qt::SHIFT | Qt::Key_Return));
    add(tr("Saved reply"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    add(tr("Saved replies (at the start of an empty reply)"), u"/"_s);
    add(tr("Move between messages"), tr("%1 / %2").arg(key(Qt::Key_Up), key(Qt::Key_Down)));
    add(tr("Oldest loaded / newest message"),
        tr("%1 / %2").arg(key(Qt::Key_Home), key(Qt::Key_End)));
    add(tr("Select text of a message"), key(Qt::Key_F2));
    add(tr("Links, buttons and Copy of a message"),
        tr("%1 or %2").arg(key(Qt::Key_Menu), key(Qt::SHIFT | Qt::Key_F10)));
    add(tr("Copy the selected messages"), key(QKeySequence::Copy));
    add(tr("Next / previous control"),
        tr("%1 / %2").arg(key(Qt::Key_Tab), key(Qt::SHIFT | Qt::Key_Tab)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 520);
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        result.append({m_list->topLevelItem(i)->text(0), m_list->topLevelItem(i)->text(1)});
    return result;
}
