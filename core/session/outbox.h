#pragma once

#include "client/conversationapi.h"
#include "client/retrypolicy.h"
#include "protocol/uploadedmedia.h"
#include "session/outgoingfile.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class AttachmentsApi;
class LocalStore;

/*!
 * \brief Agent messages on their way: written to SQLite before their POST starts, delivered
 * exactly once, through crashes, dropped connections and server errors.
 *
 * Each message carries a client message id in \c metadata.clientMessageId. A POST whose answer
 * never came (timeout, lost connection, 5xx, a crash) may still have reached the server, so
 * before posting again the outbox looks for that id in the history after the time the message
 * was first sent, and marks it delivered when it is there. That time is the server's: the offset
 * between the agent's clock and the server's comes from each response's \c Date header, so a
 * skewed clock does not move the search. When the check cannot tell (more than a page of messages
 * share one instant, the history was cleared after the first send), the message is marked
 * State::Unknown and the agent decides: retry() sends it, cancel() drops it. Messages of one
 * conversation go out in order, one at a time.
 *
 * Every row is bound to the app it was written for (base URL and app id): rows of another app
 * are shown as State::OtherApp and are never sent here; they can only be cancelled.
 *
 * 4xx answers other than 408 and 429 fail the message for good, with the server's description;
 * the agent may retry or cancel it. 401 and 403 hold the whole outbox until resume(): the
 * credentials need fixing, and nothing is lost meanwhile. 408, 429, 5xx and network failures
 * retry with backoff (RetryPolicy), without limit while online.
 *
 * A message may carry a file (enqueueFile()). The file is copied into the profile's data
 * folder (readable by the agent's account only) and its row written in one step before
 * anything is sent; its upload (AttachmentsApi, for the row's user) is the message's first
 * step. The row says "uploading" before the upload starts and keeps its answer (mediaUrl,
 * mediaType, in the post) before the POST starts, so after a crash an uploaded file is never
 * uploaded again and the POST goes through the exactly-once path above. One window cannot be
 * closed: when the server stored the file but its answer never arrived (a crash, a lost
 * connection, a timeout after the whole body went out), the outbox cannot know the file's URL,
 * so it uploads again; the message still arrives once, and the first copy stays on the server
 * unused (the service deletes it with the user). The window is the time between the server
 * storing the file and this side writing its answer. Cancelling a message whose upload is
 * under way aborts it while its bytes are still going out; once they are all out it waits for
 * the answer and removes the file. A file uploaded for a message that is cancelled is removed
 * through attachments/remove, recorded first so that the removal survives a crash.
 */
class Outbox : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Queued,
        Sending,
        Sent,
        Failed,
        Unknown,  //!< it may or may not have arrived: the agent decides
        OtherApp, //!< written for another app (base URL, app id): never sent here
    };
    Q_ENUM(State)

    struct Entry
    {
        QString clientId;
        QString userId;
        NewMessage post;
        State state = State::Queued;
        QString error; //!< why it failed, or why it waits
        double createdAt = 0;
        std::optional<double> firstSentAt; //!< when its first POST started (agent's clock)
        /*! firstSentAt on the server's clock, when the offset was known then. */
        std::optional<double> firstSentServer;
        int attempts = 0;
        QString messageId; //!< the server's id once delivered
        QString baseUrl;   //!< the app it is for; empty for rows written before it was recorded
        QString appId;
        /*! Where the message's file stands: none, stored here, being uploaded, uploaded. */
        enum class Upload { None, Waiting, Uploading, Uploaded };
        Upload upload = Upload::None;
        QString filePath; //!< the outbox's own copy of the file, until it is delivered
        QString fileName;
        QString fileType;
        qint64 fileSize = 0;

        /*! What the message will look like once delivered, to show it meanwhile: the post,
            with the client id as its id and the time it was written as its time. */
        Message displayed() const;
    };

    Outbox(ConversationApi *api, LocalStore *store, QObject *parent = nullptr);

    /*!
     * Stores \a post for \a userId and sends it when its turn comes; returns its client id, or an
     * empty string when nothing was stored. \a alongside runs in the same SQLite transaction
     * (the composer's draft delete): both are written or neither is.
     */
    QString enqueue(const QString &userId, NewMessage post,
                    const std::function<bool()> &alongside = {});
    /*!
     * Stores \a file (checked: OutgoingFile::isValid()) for \a userId with its row, uploads it
     * when its turn comes and then posts it as an image or file message: \a post with its role,
     * type and media set here (its text, author name, email, avatar come from the caller).
     * Returns the client id, or an empty string when nothing was stored.
     */
    QString enqueueFile(const QString &userId, const OutgoingFile &file, NewMessage post = {});
    /*! Bytes of \a clientId's file sent so far and its request's total, while it uploads. */
    std::optional<std::pair<qint64, qint64>> uploadProgress(const QString &clientId) const;
    /*! Whether a cancel of \a clientId waits for its upload's answer. */
    bool isCancelling(const QString &clientId) const { return m_cancelling.contains(clientId); }
    AttachmentsApi *attachments() const { return m_attachments; }

    /*! Messages not yet delivered (queued, sending, failed), oldest first; all users if empty. */
    QList<Entry> undelivered(const QString &userId = {}) const;
    std::optional<Entry> entry(const QString &clientId) const;
    /*! Puts a failed message back in the queue; an unknown one is sent again, to this app. */
    void retry(const QString &clientId);
    /*!
     * Drops a message; true when it is gone. One being sent cannot be cancelled. One that was
     * posted before without an answer may have arrived: it is looked for first, and is either
     * delivered, dropped, or (when it cannot be checked) marked State::Unknown.
     */
    bool cancel(const QString &clientId);

    /*!
     * A clear of \a userId's history starts: nothing of theirs is posted or checked until
     * endClear(). The clear is recorded now, so that a crash meanwhile errs on the side of asking.
     */
    void beginClear(const QString &userId);
    /*!
     * The clear ended. When it \a mayHaveCleared, messages of \a userId first sent before it
     * cannot be checked any more and become State::Unknown; otherwise the record is dropped.
     */
    void endClear(const QString &userId, bool mayHaveCleared);

    /*! Offline the outbox waits; back online it sends at once. */
    void setOnline(bool online);
    /*! Ends a hold after 401/403 (the credentials were changed). */
    void resume();
    bool isHeld() const { return m_held; }
    /*! False when another console owns the database file: this one does not send. */
    bool canSend() const;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    /*! How far before the first send the check for a delivered message looks (clock skew). */
    void setVerifyMargin(std::chrono::seconds margin) { m_margin = margin; }
    /*! The agent's clock, in seconds since the epoch (tests skew it). */
    void setClock(std::function<double()> clock) { m_clock = std::move(clock); }

    /*! The metadata key of the client message id: spelled here only. */
    static constexpr const char *clientIdKey = "clientMessageId";

Q_SIGNALS:
    /*! An entry was added or its state or error changed. */
    void entryChanged(const Outbox::Entry &entry);
    /*! A cancelled entry is gone. */
    void entryRemoved(const QString &clientId);
    /*! The server has the message: \a message is what it stored. */
    void delivered(const Outbox::Entry &entry, const Message &message);
    /*! \a sent of \a total bytes of \a clientId's upload have gone out. */
    void uploadProgressed(const QString &clientId, qint64 sent, qint64 total);
    /*! Sending stopped on 401 or 403 until resume(). */
    void heldChanged(bool held, const ApiError &error);

private:
    struct Check
    {
        QString clientId;
        PageRequest request;
        QSet<QString> seen; //!< message ids this check has been shown, to see it progress
        bool probe = false; //!< a first look at the latest page, to learn the server's clock
    };

    void pump();
    void upload(Entry entry);
    void onUploaded(const QString &clientId, const UploadedMedia &media);
    void onUploadFailed(const QString &clientId, const ApiError &error);
    /*! Deletes \a entry's row and its file; an uploaded file is removed from the server. */
    bool drop(const Entry &entry, bool removeUpload);
    void removeUploads();
    void deleteFileCopy(const QString &clientId);
    QString filesFolder() const;
    void post(Entry entry);
    void check(const Entry &entry);
    void verify(const Entry &entry, const PageRequest &request, Check check);
    void notThere(const Entry &entry);
    void markUnknown(Entry entry, const QString &reason);
    std::optional<double> anchor(const Entry &entry) const;
    std::optional<double> clearedAt(const QString &userId) const;
    void onServerDate(const QDateTime &date);
    void onPage(Check check, const MessagesPage &page);
    void onPostFailed(const QString &clientId, const ApiError &error);
    void onCheckFailed(const Check &check, const ApiError &error);
    void markDelivered(const QString &clientId, const Message &message);
    void backOff(const QString &clientId, const ApiError &error);
    void fail(const QString &clientId, const QString &reason);
    void finish(const QString &clientId);
    bool save(const Entry &entry);
    QList<Entry> load(const QString &where, const QVariantList &values = {}) const;
    /*! The rows of the app this outbox speaks to, matching \a where. */
    QList<Entry> loadOwn(const QString &where, QVariantList values = {}) const;
    QString boundUrl() const;
    QString boundApp() const;

    ConversationApi *m_api;
    LocalStore *m_store;
    RetryPolicy m_policy;
    std::chrono::seconds m_margin{300};
    std::function<double()> m_clock;
    std::optional<double> m_serverOffset;       //!< server clock minus the agent's, in seconds
    QHash<QString, QString> m_busyUsers;        //!< user -> the client id in flight
    QHash<QString, QDeadlineTimer> m_notBefore; //!< client id -> end of its backoff
    QSet<QString> m_clearing;                   //!< users whose history is being cleared
    QSet<QString> m_cancelling;                 //!< client ids to drop if the check misses them
    AttachmentsApi *m_attachments;
    QHash<QString, QPointer<ApiReply>> m_uploads;         //!< client id -> its upload
    QHash<QString, std::pair<qint64, qint64>> m_progress; //!< client id -> (sent, total)
    QSet<QString> m_removing;                             //!< media URLs being removed
    QTimer m_wakeUp;
    bool m_online = true;
    bool m_held = false;
};

Q_DECLARE_METATYPE(Outbox::Entry)
