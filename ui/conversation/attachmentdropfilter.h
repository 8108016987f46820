#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

/*!
 * \brief Takes files to send from where an agent drops or pastes them: files dragged onto the
 * widgets it watches (the conversation, the composer), and Ctrl+V in the composer with files or
 * an image on the clipboard.
 *
 * It only says what was offered; it never reads files. A pasted image is handed on as PNG bytes:
 * the clipboard's own PNG data when it offers some, otherwise the image encoded once. Text on
 * the clipboard (also when it comes with an image, as from a web page) is left to the editor.
 */
class AttachmentDropFilter : public QObject
{
    Q_OBJECT

public:
    explicit AttachmentDropFilter(QObject *parent = nullptr);

    /*! Accepts file drops on \a dropTarget (a scroll area's viewport, for a view or editor). */
    void watchDrops(QWidget *dropTarget);
    /*! Takes Ctrl+V (QKeySequence::Paste) in \a editor when the clipboard holds local files,
        or an image and no text. */
    void watchPaste(QWidget *editor);

    /*! The local files of \a data, if any: what a drop or paste of it offers. */
    static QStringList localFiles(const QMimeData *data);
    /*! The PNG bytes of the image in \a data, empty when it holds none or holds text. */
    static QByteArray pastedPng(const QMimeData *data);

Q_SIGNALS:
    void filesOffered(const QStringList &paths);
    void imagePasted(const QByteArray &png);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
