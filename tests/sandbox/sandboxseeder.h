#pragma once

#include <QString>

class SandboxStore;

/*!
 * \brief Fills a sandbox with demo data: a handful of app users with realistic histories
 * holding every message type and role, one user with a history of 5,000 messages, and one
 * whose id needs percent-encoding.
 */
class SandboxSeeder
{
public:
    /*! The user with the long history. */
    static constexpr const char *longHistoryUser = "emma.schulz";
    static constexpr int longHistorySize = 5000;

    /*!
     * Seeds \a store relative to \a nowSeconds; the same arguments give the same data. Images
     * and avatars point below \a mediaBase (the sandbox serves /media itself).
     */
    static void seedDemo(SandboxStore &store, double nowSeconds,
                         const QString &mediaBase = QStringLiteral("https://media.example.com"));
};
