#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

/*!
 * \brief What the composer accepts in a reply besides its text, and the saved-reply variables:
 * each check says in words why a value cannot go, so the composer can show it while the agent
 * types and refuse a send that would carry it.
 *
 * Addresses: a link button goes to https or mailto; an image or file by URL is https (plain
 * http only on a loopback host when the profile's server is a local sandbox). Variables are
 * written \c {{first_name}}; one without a value stays as written and a reply that still holds
 * one is never sent.
 */
class ReplyRules
{
    Q_DECLARE_TR_FUNCTIONS(ReplyRules)

public:
    static constexpr int maxLabelLength = 128;
    static constexpr int maxAddressLength = 2048;

    /*! Why \a label cannot be a button's label, or empty. */
    static QString labelProblem(const QString &label);
    /*! Why \a typed cannot be a link button's address, or empty. */
    static QString linkProblem(const QString &typed);
    /*! Why \a typed cannot be the address of an image or file, or empty. */
    static QString mediaProblem(const QString &typed, bool loopbackHttpAllowed = false);
    /*! True while \a typed may still become a valid address (the start of "https://"). */
    static bool isUnfinishedAddress(const QString &typed);

    /*! The variables written in \a text, as written ("{{first_name}}"), in order, unique. */
    static QStringList variables(const QString &text);
    /*! \a text with each variable that has a non-blank value in \a values replaced by it;
     *  keys are the names without braces ("first_name", "property.plan"). */
    static QString expand(const QString &text, const QHash<QString, QString> &values);
    /*! "Fill in {{first_name}} first…", or empty when \a text holds no variable. */
    static QString unfilledProblem(const QString &text);
};
