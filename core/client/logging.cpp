#include "client/logging.h"

#include <cstring>

Q_LOGGING_CATEGORY(lcApi, "console.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPaging, "console.paging", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "console.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTyping, "console.typing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWebhooks, "console.webhooks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "console.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "console.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRelay, "relay", QtWarningMsg)

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void withoutHeaders(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

void protectSecretsInLogs()
{
    static const bool installed = [] {
        previousFilter = QLoggingCategory::installFilter(withoutHeaders);
        return true;
    }();
    Q_UNUSED(installed);
}
