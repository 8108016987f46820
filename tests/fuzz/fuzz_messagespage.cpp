// libFuzzer target: a GET messages response body, as the server (or anything in between) sends it.
// Whatever the bytes, parsing must not crash, and what parses must round-trip and display as text.
#include "protocol/messageresponse.h"
#include "protocol/messagespage.h"
#include "text/plaintext.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto page = MessagesPage::fromJson(body, &error)) {
        for (const Message &m : page->messages) {
            // What was accepted writes back and parses again to the same message.
            const auto again = Message::fromJson(m.toJson());
            if (!again || !(*again == m))
                __builtin_trap();
            PlainText::summary(m);
            PlainText::links(PlainText::displayable(m.text));
        }
        QJsonDocument(page->toJson()).toJson();
    }
    MessageResponse::fromJson(body, &error);
    return 0;
}
