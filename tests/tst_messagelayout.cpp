#include "conversation/mediacache.h"
#include "conversation/messagedelegate.h"
#include "conversation/messagelayout.h"
#include "conversation/messagelistmodel.h"
#include "protocol/message.h"
#include "session/outbox.h"
#include "style/theme.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QScreen>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

#include <list>

using namespace Qt::StringLiterals;

namespace {
/*! A paint device that keeps every run of text drawn on it, with its font and pen. */
class TextRecorder : public QPaintDevice
{
public:
    struct Item
    {
        QString text;
        QFont font;
        QColor color;
        QPointF at; //!< the start of its baseline
    };

    explicit TextRecorder(const QSize &size)
        : m_size(size)
        , m_engine(this)
    {}
    ~TextRecorder() override = default;

    QList<Item> items;

    QPaintEngine *paintEngine() const override { return &m_engine; }

    /*! The run of text drawn inside \a rect that is part of \a text, if any. */
    std::optional<Item> find(const QString &text, const QRect &rect) const
    {
        for (const Item &item : items) {
            if (!item.text.trimmed().isEmpty() && text.contains(item.text) &&
                rect.adjusted(-1, -1, 1, 1).contains(item.at.toPoint()))
                return item;
        }
        return std::nullopt;
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        // The screen's resolution, so that a font measures here as the layout measured it.
        const int dpi = qRound(QGuiApplication::primaryScreen()->logicalDotsPerInch());
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / (10 * dpi);
        case PdmHeightMM:
            return m_size.height() * 254 / (10 * dpi);
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return dpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device)
            : QPaintEngine(AllFeatures)
            , m_device(device)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        Type type() const override { return User; }
        void updateState(const QPaintEngineState &changed) override
        {
            if (changed.state() & DirtyPen)
                m_pen = changed.pen().color();
        }
        void drawTextItem(const QPointF &at, const QTextItem &item) override
        {
            m_device->items.append({item.text(), item.font(), m_pen, at});
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawRects(const QRectF *, int) override {}
        void drawLines(const QLineF *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &,
                       Qt::ImageConversionFlags) override
        {}
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}

    private:
        TextRecorder *m_device;
        QColor m_pen;
    };

    QSize m_size;
    mutable Engine m_engine;
};

QString describe(const QFont &font)
{
    return u"%1pt%2%3"_s.arg(font.pointSizeF())
        .arg(font.bold() ? u" bold"_s : QString(), font.italic() ? u" italic"_s : QString());
}
} // namespace

/*!
 * A row is drawn as it was measured: every text of a MessageLayout is painted in the font its
 * style gives, and its rectangle is as wide and high as that font makes the text.
 */
class TestMessageLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir cacheDir;
    std::unique_ptr<MediaCache> media;
    std::unique_ptr<QStandardItemModel> model;
    std::list<Message> messages; // the rows point at them

    void addMessage(const QJsonObject &json, MessageListModel::RowKind kind,
                    const QList<QPair<int, QVariant>> &roles = {})
    {
        const auto m = Message::fromJson(json);
        QVERIFY(m);
        messages.push_back(*m);
        auto *item = new QStandardItem;
        item->setData(QVariant::fromValue(kind), MessageListModel::RowKindRole);
        item->setData(QVariant::fromValue(static_cast<const Message *>(&messages.back())),
                      MessageListModel::MessageRole);
        item->setData(m->id, MessageListModel::IdRole);
        for (const auto &[role, value] : roles)
            item->setData(value, role);
        model->appendRow(item);
    }

    QStyleOptionViewItem optionFor(const QModelIndex &index, MessageDelegate &delegate,
                                   Theme::Mode mode) const
    {
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.palette = Theme::palette(mode);
        option.rect = QRect(0, 0, 640, 10);
        option.rect.setHeight(delegate.sizeHint(option, index).height());
        return option;
    }

private Q_SLOTS:
    void initTestCase()
    {
        media = std::make_unique<MediaCache>(cacheDir.path());
        model = std::make_unique<QStandardItemModel>();
        const double today = double(QDateTime::currentSecsSinceEpoch());
        using K = MessageListModel::RowKind;
        // A name, a date separator, the unread marker, a time; body text.
        addMessage(
            {{"_id"_L1, "m1"_L1},
             {"role"_L1, "appUser"_L1},
             {"type"_L1, "text"_L1},
             {"name"_L1, "Alice Example"_L1},
             {"text"_L1, "Hello there"_L1},
             {"received"_L1, today}},
            K::Message,
            {{MessageListModel::StartsDayRole, true}, {MessageListModel::UnreadMarkerRole, true}});
        // A title, a meta line and buttons, on the business's side.
        addMessage({{"_id"_L1, "m2"_L1},
                    {"role"_L1, "appMaker"_L1},
                    {"type"_L1, "file"_L1},
                    {"name"_L1, "Sam Agent"_L1},
                    {"mediaUrl"_L1, "https://example.com/files/report.pdf"_L1},
                    {"mediaType"_L1, "application/pdf"_L1},
                    {"received"_L1, today + 1}},
                   K::Message);
        // An italic note.
        addMessage({{"_id"_L1, "m3"_L1},
                    {"role"_L1, "appUser"_L1},
                    {"type"_L1, "hologram"_L1},
                    {"received"_L1, today + 2}},
                   K::Message, {{MessageListModel::GroupedRole, true}});
        // An outgoing message that failed: an italic reason, Retry and Cancel.
        addMessage(
            {{"_id"_L1, "client-1"_L1},
             {"role"_L1, "appMaker"_L1},
             {"type"_L1, "text"_L1},
             {"text"_L1, "Not yet"_L1},
             {"received"_L1, today + 3}},
            K::Outgoing,
            {{MessageListModel::OutgoingStateRole, QVariant::fromValue(Outbox::State::Failed)},
             {MessageListModel::ErrorRole, u"HTTP 413"_s}});
        // A status row with its Retry button.
        auto *status = new QStandardItem(u"Couldn't load older messages: timeout"_s);
        status->setData(QVariant::fromValue(K::OlderFailed), MessageListModel::RowKindRole);
        model->appendRow(status);
    }

    void textIsDrawnInTheFontItWasMeasuredWith_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("mode");
        for (const auto mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            const QByteArray suffix = mode == Theme::Mode::Dark ? " (dark)" : " (light)";
            QTest::newRow("name, separator, unread, time" + suffix) << 0 << int(mode);
            QTest::newRow("title, meta, buttons" + suffix) << 1 << int(mode);
            QTest::newRow("italic" + suffix) << 2 << int(mode);
            QTest::newRow("outgoing" + suffix) << 3 << int(mode);
            QTest::newRow("status" + suffix) << 4 << int(mode);
        }
    }

    void textIsDrawnInTheFontItWasMeasuredWith()
    {
        QFETCH(int, row);
        QFETCH(int, mode);
        MessageDelegate delegate(media.get());
        const QModelIndex index = model->index(row, 0);
        const QStyleOptionViewItem option = optionFor(index, delegate, Theme::Mode(mode));
        const Theme::Colors colors = Theme::colors(option.palette);
        const auto layout = MessageLayout::compute(option, index, media.get());
        TextRecorder recorder(option.rect.size());
        {
            QPainter painter(&recorder);
            delegate.paint(&painter, option, index);
        }
        QVERIFY(!layout->texts.isEmpty());
        using S = MessageLayout::Style;
        for (const MessageLayout::Text &t : layout->texts) {
            const auto painted = recorder.find(t.text, t.rect);
            QVERIFY2(painted, qPrintable(u"not drawn: "_s + t.text));
            const QFont measured = MessageLayout::font(t.style, option.font);
            QVERIFY2(qFuzzyCompare(painted->font.pointSizeF(), measured.pointSizeF()) &&
                         painted->font.bold() == measured.bold() &&
                         painted->font.italic() == measured.italic(),
                     qPrintable(u"%1: drawn in %2, measured in %3"_s.arg(
                         t.text, describe(painted->font), describe(measured))));
            QCOMPARE(painted->color, MessageLayout::color(t.style, option.palette, colors));
            // The rectangle fits the text as drawn: as wide (for what is not a whole row's
            // width), and exactly as high for a line in a bubble.
            const QFontMetrics fm(painted->font);
            const int advance = fm.horizontalAdvance(t.text);
            if (t.style != S::Separator && t.style != S::Unread) {
                QVERIFY2(t.rect.width() >= advance && t.rect.width() <= advance + 2,
                         qPrintable(
                             u"%1: %2 wide for %3"_s.arg(t.text).arg(t.rect.width()).arg(advance)));
            }
            if (t.style == S::Separator || t.style == S::Unread || t.style == S::Status)
                QVERIFY(t.rect.height() >= fm.height());
            else
                QCOMPARE(t.rect.height(), fm.height());
        }
        // Buttons: the label, drawn in the button's font, with the same padding everywhere.
        int buttons = 0;
        for (const MessageLayout::Target &t : layout->targets) {
            if (t.kind == MessageLayout::Target::Kind::Link ||
                t.kind == MessageLayout::Target::Kind::Image)
                continue;
            ++buttons;
            const auto painted = recorder.find(t.label, t.rect);
            QVERIFY2(painted, qPrintable(u"not drawn: "_s + t.label));
            QCOMPARE(painted->color,
                     MessageLayout::color(MessageLayout::Style::Button, option.palette, colors));
            const QFontMetrics fm(painted->font);
            QVERIFY2(t.rect.height() == fm.height() + 10,
                     qPrintable(u"%1: %2 high for a line of %3"_s.arg(t.label)
                                    .arg(t.rect.height())
                                    .arg(fm.height())));
            const int advance = fm.horizontalAdvance(t.label);
            QVERIFY2(
                t.rect.width() >= advance + 20 && t.rect.width() <= advance + 24,
                qPrintable(u"%1: %2 wide for %3"_s.arg(t.label).arg(t.rect.width()).arg(advance)));
        }
        QCOMPARE(buttons, QList<int>({0, 2, 0, 2, 1}).at(row));
    }
};

QTEST_MAIN(TestMessageLayout)
#include "tst_messagelayout.moc"
