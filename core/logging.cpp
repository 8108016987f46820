#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "console.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPaging, "console.paging", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "console.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "console.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "console.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTyping, "console.typing", QtWarningMsg)
