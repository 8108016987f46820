#include "dialogs/imagedialog.h"

#include "conversation/mediacache.h"
#include "text/plaintext.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

ImageDialog::ImageDialog(MediaCache *media, const QUrl &url, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_image(new QLabel(this))
{
    setWindowTitle(title.isEmpty() ? tr("Image") : PlainText::oneLine(title, 120));
    setAttribute(Qt::WA_DeleteOnClose);
    m_image->setTextFormat(Qt::PlainText);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setText(tr("Loading %1…").arg(url.toDisplayString()));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(900, 700);
    media->fetch(url, this, [this](const QByteArray &bytes, const QString &error) {
        QImage image;
        if (error.isEmpty())
            image.loadFromData(bytes);
        if (image.isNull())
            m_image->setText(tr("The image could not be loaded: %1")
                                 .arg(error.isEmpty() ? tr("unknown format") : error));
        else
            m_image->setPixmap(QPixmap::fromImage(image));
    });
}
