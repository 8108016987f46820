#pragma once

#include "client/apierror.h"
#include "client/conversationapi.h"
#include "protocol/message.h"
#include "session/deliverystatus.h"
#include "session/outbox.h"

#include <QAbstractListModel>
#include <QSet>
#include <QSize>
#include <QTimer>

class DeliveryTracker;

/*!
 * \brief One conversation's messages, oldest first, with paging in both directions.
 *
 * Older history comes through canFetchMore()/fetchMore() with the HistoryPaging routine: a
 * second fetchMore() while a page is loading joins it, and the start of history is known when
 * a page brings no \c previous. Newer messages come from a catch-up poll (\c after) while the
 * conversation is open, and from addMessages() (webhooks, the agent's own posts). Every batch
 * is deduplicated by \c _id before any row signal.
 *
 * Both cursors come from the contiguous range of the history actually paged from the API, never
 * from the rows: a message added from elsewhere (a delivered reply, a webhook) is shown, but a
 * customer's message older than it is still fetched by the next catch-up, and an old one does
 * not make older paging skip what lies between.
 *
 * Besides message rows the model may hold status rows: a loading or a failed row at the top
 * (the failed one offers Retry), a gap row below the history when a catch-up could not
 * complete, and at the very bottom the agent's outgoing messages that the server does not have
 * yet. An outgoing row leaves when a message with its client id arrives. A response for a
 * conversation that is no longer shown is dropped.
 *
 * With a DeliveryTracker, the business's messages say where they stand (DeliveryRole) until the
 * customer read past them, and the last one the customer read carries the read time (SeenRole);
 * both follow the tracker as it changes.
 */
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool atStart READ isAtStart NOTIFY atStartChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY conversationChanged)

public:
    enum class RowKind { Message, LoadingOlder, OlderFailed, NewerGap, Outgoing };
    Q_ENUM(RowKind)

    enum Role {
        RowKindRole = Qt::UserRole + 1, //!< RowKind
        MessageRole,                    //!< const Message *, valid until the model changes
        IdRole,                         //!< the message id
        StartsDayRole,    //!< bool: first message of its day (a date separator goes above)
        GroupedRole,      //!< bool: same author as the row above, within a few minutes
        UnreadMarkerRole, //!< bool: the first message the agent has not seen
        ErrorRole, //!< QString: why a status row's request failed, or an outgoing message waits
        OutgoingStateRole, //!< Outbox::State of an outgoing row: value<Outbox::State>()
        /*! DeliveryStatus of a business message to show under it: State::None when nothing
            is known, or the customer has read it (failures always show). */
        DeliveryRole,
        /*! double: when the customer read, on the last business message they read; else
            invalid. */
        SeenRole,
        LocalFileRole,      //!< QString: an outgoing row's file, on this computer, until it is up
        FileSizeRole,       //!< qint64: its size in bytes
        ImageSizeRole,      //!< QSize: its pixels, when it is an image this computer can read
        UploadProgressRole, //!< double 0..1 while its upload goes, else -1
        CancellingRole      //!< bool: a cancel of the outgoing row waits for its upload
    };

    /*! A message of the agent's that the server does not have yet, shown below the history. */
    struct Outgoing
    {
        QString clientId;
        Message message; //!< what it will look like: built from the post
        Outbox::State state = Outbox::State::Queued;
        QString error;
        QString localFile; //!< the outbox's copy of its file, while it is not uploaded
        QString fileName;
        qint64 fileSize = 0;
        QSize imageSize;         //!< of the local file, when it is an image
        double progress = -1;    //!< of its upload, 0..1, or -1 when none is going
        bool cancelling = false; //!< a cancel waits for the upload's answer
    };

    explicit MessageListModel(ConversationApi *api, QObject *parent = nullptr);

    /*! Shows \a userId's conversation: drops every row and request of the previous one. */
    void setConversation(const QString &userId);
    QString userId() const { return m_userId; }

    /*! Where the business's messages stand and when the customer read; null: not shown. */
    void setDeliveries(const DeliveryTracker *tracker);
    /*! Messages received after \a seconds count as unseen; the marker goes above the first. */
    void setLastSeen(double seconds);
    /*! Interval of the catch-up poll while a conversation is open; zero pauses it. */
    void setPollInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds pollInterval() const;

    /*! Merges messages from elsewhere (webhooks, own posts): sorted in, duplicates dropped. */
    void addMessages(const QList<Message> &messages);
    /*! Adds or updates the outgoing row of \a outgoing.clientId. */
    void setOutgoing(const Outgoing &outgoing);
    /*! The upload of \a clientId's file has sent \a sent of \a total bytes. */
    void setUploadProgress(const QString &clientId, qint64 sent, qint64 total);
    /*! Removes an outgoing row (cancelled, or delivered). */
    void removeOutgoing(const QString &clientId);
    /*! Removes a message for good: a later page will not bring it back. */
    void removeMessage(const QString &id);
    /*! Brings back a message removed by removeMessage() (a deletion was undone or failed). */
    void restoreMessage(const Message &message);
    /*! Asks for newer messages now (a poll out of turn). */
    void catchUp();
    /*! Retries what a status row offers: the older page or the catch-up. */
    void retry(RowKind kind);

    bool isLoading() const { return !m_olderRequest.isNull(); }
    bool isAtStart() const { return m_atStart; }
    int messageCount() const { return int(m_messages.size()); }
    /*! The row of message \a id, or -1. */
    int rowOf(const QString &id) const;
    const Message *messageAt(int row) const;
    QModelIndex indexOf(const QString &id) const { return index(rowOf(id)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged();
    void atStartChanged();
    void conversationChanged();
    /*! The first page of a conversation arrived (or failed). */
    void initialLoadFinished();
    /*! Rows for \a count messages newer than any held were added at the bottom. */
    void newerMessagesArrived(int count);

private:
    void startOlderPage(const PageRequest &request);
    void onOlderPage(const MessagesPage &page);
    void onNewerPage(const MessagesPage &page);
    void onOlderFailed(const ApiError &error);
    void onNewerFailed(const ApiError &error);
    void insertMessages(const QList<Message> &fresh, bool older);
    void setTopStatus(RowKind kind, const QString &error = {});
    void clearTopStatus();
    void setGap(const QString &error);
    void clearGap();
    void setAtStart(bool atStart);
    void extendPaged(const MessagesPage &page);
    void poll();
    int topRows() const { return m_topStatus ? 1 : 0; }
    int outgoingStart() const { return topRows() + int(m_messages.size()) + (m_gap ? 1 : 0); }
    const Outgoing *outgoingAt(int row) const;
    int messageRow(int row) const { return row - topRows(); }
    qsizetype insertionPoint(double received, bool beforeEqual) const;
    bool isKnown(const QString &id) const;
    void updateUnreadMarker();
    void updateSeen();
    std::optional<double> readAt() const;
    void refreshRow(const QString &id, const QList<int> &roles);

    ConversationApi *m_api;
    QString m_userId;
    QList<Message> m_messages;
    QHash<QString, double> m_received; //!< id -> received of every held message: dedupe and lookup
    QSet<QString> m_removed;
    double m_lastSeen = -1;
    QString m_markerId; //!< the message the unread marker stands above
    const DeliveryTracker *m_deliveries = nullptr;
    QString m_seenId;        //!< the last business message the customer read
    double m_readShown = -1; //!< the read time the rows show

    QPointer<ApiReply> m_olderRequest; //!< the first page or an older one
    QPointer<ApiReply> m_newerRequest;
    PageRequest m_olderCursor;
    PageRequest m_newerCursor;
    // The edges of the range paged from the API: the only places paging continues from.
    std::optional<double> m_pagedOldest;
    std::optional<double> m_pagedNewest;
    bool m_atStart = false;
    bool m_initialLoaded = false;

    std::optional<RowKind> m_topStatus; //!< LoadingOlder or OlderFailed
    QString m_topError;
    bool m_gap = false;
    QString m_gapError;

    QList<Outgoing> m_outgoing;

    QTimer m_pollTimer;
};
