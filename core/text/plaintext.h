#pragma once

#include <QList>
#include <QString>
#include <QUrl>

struct Message;

/*!
 * \brief Untrusted message text made safe to show, and never interpreted: no HTML, no rich
 * text, no hidden direction changes.
 *
 * Every place that shows message content (bubbles, inbox previews, notifications, tooltips)
 * goes through displayable() and draws the result as plain text.
 */
namespace PlainText {
struct Link
{
    qsizetype start = 0;
    qsizetype length = 0;
    QUrl url;
};

/*!
 * \a text with the bidirectional controls that can reorder what a reader sees (embeddings,
 * overrides, isolates, marks) and other invisible control characters replaced by a visible
 * token such as "[U+202E]". Newlines and tabs stay.
 */
QString displayable(const QString &text);
/*! The http, https and mailto links in \a text (bare e-mail addresses become mailto). */
QList<Link> links(const QString &text);
/*! Only http, https and mailto URLs may be opened from message content. */
bool isOpenable(const QUrl &url);
/*! One line that stands for \a message in previews, notifications and copies. */
QString summary(const Message &message);
/*!
 * \a text for places that may read markup (tooltips, desktop notifications): displayable,
 * with every markup character escaped, so it shows literally.
 */
QString asLiteralMarkup(const QString &text);
/*! \a text on one line, shortened to at most \a maxLength characters. */
QString oneLine(const QString &text, qsizetype maxLength = 200);
/*! \a text with its line breaks kept and each line simplified, shortened to at most
    \a maxLength characters: for screen readers, which pause at a break. */
QString lines(const QString &text, qsizetype maxLength = 2000);
/*! What a customer's channel is called ("WhatsApp", "LINE", "SMS") for a v1.1 platform or
    integration type (an open set: an unknown one is shown as it is, on one line). */
QString platformName(const QString &platform);
} // namespace PlainText
