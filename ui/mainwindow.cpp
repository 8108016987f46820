#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(const ApiConnection &connection, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Smooch Agent Console"));
    const QString problem = connection.validationError();
    auto *placeholder = new QLabel(
        problem.isEmpty() ? tr("Connected to %1, app %2.\nNo conversation open.")
                                .arg(connection.baseUrl().toDisplayString(), connection.appId())
                          : tr("Not connected: %1").arg(problem),
        this);
    placeholder->setTextFormat(Qt::PlainText);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 720);
}
