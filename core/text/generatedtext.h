#pragma once

#include <QJsonObject>
#include <QString>

/*!
 * \brief The \c text the service writes into a message that was sent without one, for the
 * channels that show text only.
 *
 * As the v1.1 documentation shows it: a location becomes "Location shared:\n" and a Google
 * Maps link; a list becomes its items, numbered, each with its description and its link
 * buttons, separated by two empty lines. Other types get none. The sandbox stores these texts
 * as the service does; the console recognises them, so that a bubble does not say twice what
 * it already draws.
 */
namespace GeneratedText {
/*! The text the service generates for \a message (its JSON form), or an empty string. */
QString forMessage(const QJsonObject &message);
} // namespace GeneratedText
