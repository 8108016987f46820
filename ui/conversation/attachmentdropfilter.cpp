#include "conversation/attachmentdropfilter.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

AttachmentDropFilter::AttachmentDropFilter(QObject *parent)
    : QObject(parent)
{}

void AttachmentDropFilter::watchDrops(QWidget *dropTarget)
{
    dropTarget->setAcceptDrops(true);
    dropTarget->installEventFilter(this);
}

void AttachmentDropFilter::watchPaste(QWidget *editor)
{
    editor->installEventFilter(this);
}

QStringList AttachmentDropFilter::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QByteArray AttachmentDropFilter::pastedPng(const QMimeData *data)
{
    if (!data || data->hasText() || !data->hasImage())
        return {};
    // The bytes as the clipboard has them, when they are PNG already: nothing re-encoded.
    if (data->hasFormat(u"image/png"_s)) {
        const QByteArray png = data->data(u"image/png"_s);
        if (png.startsWith("\x89PNG"))
            return png;
    }
    const QImage image = qvariant_cast<QImage>(data->imageData());
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool AttachmentDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (files.isEmpty())
            break;
        drop->acceptProposedAction();
        Q_EMIT filesOffered(files);
        return true;
    }
    case QEvent::KeyPress: {
        if (!static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
            break;
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        // Files copied in a file manager come with their paths as text: the files are meant.
        if (const QStringList files = localFiles(data); !files.isEmpty()) {
            Q_EMIT filesOffered(files);
            return true;
        }
        if (const QByteArray png = pastedPng(data); !png.isEmpty()) {
            Q_EMIT imagePasted(png);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
