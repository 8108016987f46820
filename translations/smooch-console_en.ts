<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConversationView</name>
    <message numerus="yes">
        <location filename="../ui/conversationview.cpp" line="431"/>
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln new message ↓</numerusform>
            <numerusform>%Ln new messages ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message numerus="yes">
        <location filename="../ui/inboxmodel.cpp" line="100"/>
        <source>%1: %2, %Ln unread</source>
        <translation>
            <numerusform>%1: %2, %Ln unread</numerusform>
            <numerusform>%1: %2, %Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>%Ln message(s) loaded</source>
        <translation>
            <numerusform>%Ln message loaded</numerusform>
            <numerusform>%Ln messages loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>Smooch Agent Console: %Ln unread</source>
        <translation>
            <numerusform>Smooch Agent Console: %Ln unread</numerusform>
            <numerusform>Smooch Agent Console: %Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message numerus="yes">
        <location filename="../ui/messagedelegate.cpp" line="200"/>
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
    <name>SmoochCtl</name>
    <message numerus="yes">
        <location filename="../core/smoochctl.cpp" line="307"/>
        <source>Permanently delete the whole history of %Ln user(s): %1?</source>
        <translation>
            <numerusform>Permanently delete the whole history of %Ln user: %1?</numerusform>
            <numerusform>Permanently delete the whole history of %Ln users: %1?</numerusform>
        </translation>
    </message>
</context>
</TS>
