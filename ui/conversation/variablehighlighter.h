#pragma once

#include <QSyntaxHighlighter>

/*!
 * \brief Marks the saved-reply variables still in the reply (\c {{first_name}}): each one has
 * no value yet, and the reply does not go until the agent fills or deletes it.
 */
class VariableHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit VariableHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};
