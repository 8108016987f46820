#include "dialogs/clearhistorydialog.h"

#include "style/theme.h"
#include "text/plaintext.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ClearHistoryDialog::ClearHistoryDialog(const QString &userId, QWidget *parent)
    : QDialog(parent)
    , m_userId(userId)
    , m_confirm(new QLineEdit(this))
    , m_export(new QCheckBox(tr("Export the whole history to a file first"), this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear history"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Clear history"));
    setMinimumWidth(480); // room for the export path
    auto *explanation =
        new QLabel(tr("This permanently deletes every message of %1 for everyone. Type the user "
                      "id to confirm:")
                       .arg(PlainText::oneLine(userId, 120)),
                   this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    m_confirm->setObjectName(u"confirmUserId"_s);
    m_confirm->setAccessibleName(tr("User id to confirm"));
    m_export->setChecked(true);
    QString safeName = userId;
    safeName.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    // The documents folder when there is one; many machines have none (the export then failed
    // after the admin had typed the user id), and the home folder always exists.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable())
        folder = QDir::homePath();
    // A name no earlier export has: a second clear on the same day must not meet the first.
    const QString stem = QDir(folder).filePath(
        u"%1-history-%2"_s.arg(safeName, QDate::currentDate().toString(Qt::ISODate)));
    QString suggested = stem + u".json"_s;
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = u"%1-%2.json"_s.arg(stem).arg(n);
    m_path->setText(QDir::toNativeSeparators(suggested));
    m_path->setObjectName(u"exportPath"_s);
    m_path->setAccessibleName(tr("Export file"));
    m_problem->setAccessibleName(tr("Export problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export history"),
                                                          m_path->text(), tr("JSON (*.json)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_buttons->addButton(m_clear, QDialogButtonBox::DestructiveRole);
    // Enter in the user id field clears, once the id is typed (a disabled default does nothing).
    m_clear->setDefault(true);
    styleClearButton();
    connect(m_clear, &QPushButton::clicked, this, [this] {
        update(); // the file system may have changed since the path was typed
        if (m_clear->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_confirm);
    layout->addWidget(m_export);
    layout->addLayout(pathRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_confirm, &QLineEdit::textChanged, this, &ClearHistoryDialog::update);
    connect(m_export, &QCheckBox::toggled, this, &ClearHistoryDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &ClearHistoryDialog::update);
    update();
}

void ClearHistoryDialog::update()
{
    m_path->setEnabled(m_export->isChecked());
    const QString problem = m_export->isChecked() ? pathProblem() : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_clear->setEnabled(m_confirm->text() == m_userId && problem.isEmpty());
}

QString ClearHistoryDialog::pathProblem() const
{
    const QString path = exportPath();
    if (path.isEmpty())
        return tr("Choose the file the history is exported to.");
    const QFileInfo file(QDir::fromNativeSeparators(path));
    if (file.isRelative())
        return tr("Give the full path of the export file.");
    if (file.isDir())
        return tr("%1 is a folder: add a file name.").arg(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (file.exists())
        return tr("%1 already exists: choose another name, so that it is not overwritten.")
            .arg(path);
    if (!folder.isDir() || !folder.isWritable())
        return tr("The file cannot be written there: choose another folder.");
    return {};
}

void ClearHistoryDialog::styleClearButton()
{
    const Theme::Colors colors = Theme::colors(palette());
    // Red only while it can act; disabled, it looks like any disabled button.
    QPalette p = palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Button, colors.destructive);
        p.setColor(group, QPalette::ButtonText, colors.destructiveText);
    }
    m_clear->setPalette(p);
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, colors.alert);
    m_problem->setPalette(problem);
}

void ClearHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleClearButton(); // a theme switch while the dialog is open
    QDialog::changeEvent(event);
}

QString ClearHistoryDialog::exportPath() const
{
    return m_export->isChecked() ? m_path->text().trimmed() : QString();
}
