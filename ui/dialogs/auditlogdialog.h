#pragma once

#include <QDialog>
#include <QSqlDatabase>

/*! \brief The audit log of destructive actions, newest first, read-only. */
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(const QSqlDatabase &database, QWidget *parent = nullptr);
};
