#pragma once

#include <QString>

class SandboxStore;

/*!
 * \brief Fills a sandbox with demo data: a handful of app users with realistic histories
 * holding every message type and role, one user with a history of 5,000 messages, one
 * whose id needs percent-encoding, and channel users (WhatsApp, Telegram) known only by their
 * appUser \c _id, named by their client.
 */
class SandboxSeeder
{
public:
    /*! The user with the long history. */
    static constexpr const char *longHistoryUser = "emma.schulz";
    static constexpr int longHistorySize = 5000;
    /*! Channel users: no userId, no given name on WhatsApp; the client carries the name. */
    static constexpr const char *whatsAppUser = "5e7e05af8ab787000c88e2a1";
    static constexpr const char *telegramUser = "5e7e05af8ab787000c88e2b2";
    /*! A second WhatsApp user, quiet for two days: the 24-hour window to reply is closed. */
    static constexpr const char *closedWindowUser = "5e7e05af8ab787000c88e2c3";

    /*!
     * Seeds \a store relative to \a nowSeconds; the same arguments give the same data. Images
     * and avatars point below \a mediaBase (the sandbox serves /media itself).
     */
    static void seedDemo(SandboxStore &store, double nowSeconds,
                         const QString &mediaBase = QStringLiteral("https://media.example.com"));

private:
    /*! Emails, sign-up dates, properties, clients, channels and business systems. */
    static void seedProfiles(SandboxStore &store, double nowSeconds, const QString &mediaBase);
};
