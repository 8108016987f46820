#pragma once

#include <QLoggingCategory>

/*!
 * \file logging.h
 * \brief One logging category per area. Nothing logged in any of them carries a secret:
 * requests are logged by method and path, never by header.
 */
/*!
 * Keeps request headers out of the log whatever the logging rules say: QtHttpServer's own
 * categories print whole requests, Authorization and X-API-Key included, when debug is on.
 * Called by everything that runs an HTTP server; idempotent.
 */
void protectSecretsInLogs();

Q_DECLARE_LOGGING_CATEGORY(lcApi)      //!< console.api: requests, retries, failures
Q_DECLARE_LOGGING_CATEGORY(lcPaging)   //!< console.paging: history walks
Q_DECLARE_LOGGING_CATEGORY(lcStore)    //!< console.store: the local database, outbox and drafts
Q_DECLARE_LOGGING_CATEGORY(lcTyping)   //!< console.typing: typing activity and read receipts
Q_DECLARE_LOGGING_CATEGORY(lcWebhooks) //!< console.webhooks: live deliveries and what they lack
Q_DECLARE_LOGGING_CATEGORY(lcHttp)     //!< console.http: connections to the console's own servers
Q_DECLARE_LOGGING_CATEGORY(lcUi)       //!< console.ui: what the models and views could not show
Q_DECLARE_LOGGING_CATEGORY(lcRelay)    //!< relay: the team relay's log, agents and connections
