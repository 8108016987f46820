#pragma once

#include "apiconnection.h"

#include <QMainWindow>

/*! \brief The console's main window. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ApiConnection &connection, QWidget *parent = nullptr);
};
