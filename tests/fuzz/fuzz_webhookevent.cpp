// libFuzzer target: a webhook delivery body, which anyone who knows the URL can send.
#include "protocol/webhookevent.h"
#include "text/plaintext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto event = WebhookEvent::fromJson(body, &error)) {
        PlainText::oneLine(event->displayName);
        for (const Message &m : event->messages)
            PlainText::summary(m);
    }
    return 0;
}
