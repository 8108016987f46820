#pragma once

#include "conversation/messagelistmodel.h"
#include "sandboxfixture.h"
#include "window/mainwindow.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

/*!
 * \file uitestutil.h
 * \brief Waits and windows the console's UI tests share (header-only: only they link the UI).
 */
namespace UiTest {

/*! Waits until no page of \a model is in flight. */
inline bool waitIdle(MessageListModel *model)
{
    while (model->isLoading()) {
        QSignalSpy spy(model, &MessageListModel::loadingChanged);
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

/*! Shows \a user's conversation in \a model and waits for its first page. */
inline bool open(MessageListModel *model, const QString &user)
{
    QSignalSpy loaded(model, &MessageListModel::initialLoadFinished);
    model->setConversation(user);
    return loaded.wait(10000) && waitIdle(model);
}

/*! Opens \a user's conversation in \a window and waits for its first page. */
inline bool open(MainWindow &window, const QString &user)
{
    QSignalSpy loaded(window.messageModel(), &MessageListModel::initialLoadFinished);
    window.openConversation(user);
    return loaded.wait(10000);
}

/*! A shown, active console on \a sandbox's app, its data in \a dataDirectory. */
inline std::unique_ptr<MainWindow> window(SandboxFixture &sandbox, const QString &dataDirectory,
                                          const QString &profileId = QStringLiteral("test"))
{
    auto w = std::make_unique<MainWindow>(nullptr, nullptr);
    w->openSession(sandbox.profile(profileId), sandbox.server().config().secret, {}, dataDirectory);
    w->setConfirmer([](const QString &, const QString &) { return true; });
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        qFatal("the window did not become active");
    return w;
}

} // namespace UiTest
