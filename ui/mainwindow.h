#pragma once

#include <QMainWindow>

/*! \brief The console's main window. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
