#include "clearhistorydialog.h"

#include "plaintext.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
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
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Clear history"));
    auto *explanation =
        new QLabel(tr("This permanently deletes every message of %1 for everyone. Type the user "
                      "id to confirm:")
                       .arg(PlainText::oneLine(userId, 120)),
                   this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    m_confirm->setAccessibleName(tr("User id to confirm"));
    m_export->setChecked(true);
    QString safeName = userId;
    safeName.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(u"%1-history-%2.json"_s.arg(
                            safeName, QDate::currentDate().toString(Qt::ISODate))));
    m_path->setAccessibleName(tr("Export file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export history"),
                                                          m_path->text(), tr("JSON (*.json)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    QPushButton *clear =
        m_buttons->addButton(tr("Clear history"), QDialogButtonBox::DestructiveRole);
    connect(clear, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_confirm);
    layout->addWidget(m_export);
    layout->addLayout(pathRow);
    layout->addWidget(m_buttons);
    connect(m_confirm, &QLineEdit::textChanged, this, &ClearHistoryDialog::update);
    connect(m_export, &QCheckBox::toggled, this, &ClearHistoryDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &ClearHistoryDialog::update);
    update();
}

void ClearHistoryDialog::update()
{
    m_path->setEnabled(m_export->isChecked());
    const bool ok = m_confirm->text() == m_userId &&
                    (!m_export->isChecked() || !m_path->text().trimmed().isEmpty());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::DestructiveRole)
            b->setEnabled(ok);
    }
}

QString ClearHistoryDialog::exportPath() const
{
    return m_export->isChecked() ? m_path->text().trimmed() : QString();
}
