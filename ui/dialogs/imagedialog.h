#pragma once

#include <QDialog>
#include <QUrl>

class MediaCache;
class QLabel;

/*! \brief Shows an image of a message at full size. */
class ImageDialog : public QDialog
{
    Q_OBJECT

public:
    ImageDialog(MediaCache *media, const QUrl &url, const QString &title,
                QWidget *parent = nullptr);

private:
    QLabel *m_image;
};
