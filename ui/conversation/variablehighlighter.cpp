#include "conversation/variablehighlighter.h"

#include "style/theme.h"

#include <QGuiApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

VariableHighlighter::VariableHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void VariableHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression pattern(u"\\{\\{\\s*[A-Za-z_][A-Za-z0-9_.\\-]*\\s*\\}\\}"_s);
    const Theme::Colors colors = Theme::colors(QGuiApplication::palette());
    QTextCharFormat format;
    format.setBackground(colors.warningFill);
    format.setForeground(colors.warningText);
    format.setFontWeight(QFont::Bold);
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(colors.inputError);
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
    }
}
