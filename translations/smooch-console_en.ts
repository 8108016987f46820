<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Composer</name>
    <message numerus="yes">
        <location filename="../ui/conversation/composer.cpp" line="436"/>
        <source>%n button(s) of this saved reply cannot be sent from here and were left out.</source>
        <translation>
            <numerusform>%n button of this saved reply cannot be sent from here and was left out.</numerusform>
            <numerusform>%n buttons of this saved reply cannot be sent from here and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationpane.cpp" line="426"/>
        <source>%Ln message(s) loaded</source>
        <translation>
            <numerusform>%Ln message loaded</numerusform>
            <numerusform>%Ln messages loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationview.cpp" line="439"/>
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln new message ↓</numerusform>
            <numerusform>%Ln new messages ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="34"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="36"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="38"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="517"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWalker</name>
    <message numerus="yes">
        <location filename="../core/client/historywalker.cpp" line="83"/>
        <source>the history takes more than %Ln pages; the walk stopped</source>
        <translation>
            <numerusform>the history takes more than %Ln page; the walk stopped</numerusform>
            <numerusform>the history takes more than %Ln pages; the walk stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxdelegate.cpp" line="26"/>
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln not yet sent</numerusform>
            <numerusform>%Ln not yet sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxmodel.cpp" line="187"/>
        <source>%1: %2, %Ln unread</source>
        <translation>
            <numerusform>%1: %2, %Ln unread</numerusform>
            <numerusform>%1: %2, %Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxmodel.cpp" line="191"/>
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln not yet sent</numerusform>
            <numerusform>%Ln not yet sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message numerus="yes">
        <location filename="../ui/conversation/messagelayout.cpp" line="116"/>
        <source>
… (%Ln more characters; Copy text copies all)</source>
        <translation>
            <numerusform>
… (%Ln more character; Copy text copies all)</numerusform>
            <numerusform>
… (%Ln more characters; Copy text copies all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedReplies</name>
    <message numerus="yes">
        <location filename="../core/session/savedreplies.cpp" line="130"/>
        <source>Only the first %n saved replies could be loaded.</source>
        <translation>
            <numerusform>Only the first %n saved reply could be loaded.</numerusform>
            <numerusform>Only the first %n saved replies could be loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmoochCtl</name>
    <message numerus="yes">
        <location filename="../app/smoochctl/clearcommand.cpp" line="36"/>
        <source>Permanently delete the whole history of %Ln user(s): %1?</source>
        <translation>
            <numerusform>Permanently delete the whole history of %Ln user: %1?</numerusform>
            <numerusform>Permanently delete the whole history of %Ln users: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/window/trayicon.cpp" line="39"/>
        <source>Smooch Agent Console: %Ln unread</source>
        <translation>
            <numerusform>Smooch Agent Console: %Ln unread</numerusform>
            <numerusform>Smooch Agent Console: %Ln unread</numerusform>
        </translation>
    </message>
</context>
</TS>
