#include "dialogs/auditlogdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditLogDialog::AuditLogDialog(const QSqlDatabase &database, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Audit log"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *model = new QSqlQueryModel(this);
    QSqlQuery query(database);
    query.exec(
        u"SELECT at, profile, action, user_id, message_id, count, export_file FROM audit ORDER BY seq DESC"_s);
    model->setQuery(std::move(query));
    const QStringList headers = {tr("When (UTC)"), tr("Profile"),  tr("Action"),     tr("User"),
                                 tr("Message"),    tr("Messages"), tr("Export file")};
    for (int i = 0; i < headers.size(); ++i)
        model->setHeaderData(i, Qt::Horizontal, headers.at(i));
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Audit log"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(900, 400);
}
