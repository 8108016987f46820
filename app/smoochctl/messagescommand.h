#pragma once

#include "ctlcommand.h"

#include <QCoreApplication>

struct PageRequest;

/*!
 * \brief smoochctl messages USER [--before TS | --after TS | --all]: one JSON message per
 * line, oldest first; one page of the history, or all of it walked with HistoryWalker.
 */
class MessagesCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    MessagesCommand(ConversationApi &api, CtlOutput &output);

    QList<QCommandLineOption> options() const override { return {m_before, m_after, m_all}; }
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void walk(const QString &userId);
    void page(const QString &userId, const PageRequest &request);

    QCommandLineOption m_before;
    QCommandLineOption m_after;
    QCommandLineOption m_all;
};
