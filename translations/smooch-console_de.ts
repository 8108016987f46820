<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiConnection</name>
    <message>
        <location filename="../core/apiconnection.cpp" line="43"/>
        <source>the base URL is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="49"/>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="51"/>
        <source>the base URL must use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="59"/>
        <source>no app id is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="61"/>
        <source>no valid credentials are set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/apierror.cpp" line="52"/>
        <source>unexpected HTTP %1 redirect to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="58"/>
        <source>the connection closed after the request was sent, before the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="100"/>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="112"/>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="114"/>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="116"/>
        <source>timed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="118"/>
        <source>invalid response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="120"/>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="15"/>
        <location filename="../ui/auditlogdialog.cpp" line="30"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="23"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="23"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="23"/>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearHistoryDialog</name>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="24"/>
        <source>Export the whole history to a file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="28"/>
        <location filename="../ui/clearhistorydialog.cpp" line="52"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="30"/>
        <source>This permanently deletes every message of %1 for everyone. Type the user id to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="36"/>
        <source>User id to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="43"/>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="44"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="46"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="47"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/composer.cpp" line="41"/>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="43"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="49"/>
        <source>Add buttons, an image or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="50"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="53"/>
        <source>Quick reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="54"/>
        <source>Link button…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="56"/>
        <source>Image by URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="57"/>
        <source>File by URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="103"/>
        <location filename="../ui/composer.cpp" line="111"/>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="104"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="158"/>
        <source>A link button needs a label and an http, https or mailto address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="173"/>
        <source>An image or file is sent by its https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="199"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="200"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="205"/>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="205"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="246"/>
        <source>Open a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="249"/>
        <source>Type a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="260"/>
        <source>Nothing can be sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="293"/>
        <source>Quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="293"/>
        <source>Button label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="302"/>
        <source>Link button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="310"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="311"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="321"/>
        <source>Image by URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="321"/>
        <source>File by URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="322"/>
        <source>https address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationApi</name>
    <message>
        <location filename="../core/conversationapi.cpp" line="85"/>
        <source>no message id given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversationapi.cpp" line="224"/>
        <source>the response has no conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../ui/conversationview.cpp" line="41"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="43"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversationview.cpp" line="226"/>
        <source>%n new message(s) ↓</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="317"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="318"/>
        <source>Copy message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="321"/>
        <source>Delete message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="350"/>
        <source>Open this link in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="356"/>
        <source>Open this file in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="365"/>
        <location filename="../ui/conversationview.cpp" line="376"/>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="377"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/credentialstore.cpp" line="44"/>
        <source>The system keychain could not %1 (%2). Secrets are kept in memory for this session only and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="96"/>
        <source>read a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="105"/>
        <source>store a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="115"/>
        <source>remove a secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <location filename="../core/historyexporter.cpp" line="42"/>
        <source>reading %1&apos;s history failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/historyexporter.cpp" line="57"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../ui/imagedialog.cpp" line="16"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagedialog.cpp" line="20"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagedialog.cpp" line="35"/>
        <source>The image could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagedialog.cpp" line="36"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message numerus="yes">
        <location filename="../ui/inboxmodel.cpp" line="90"/>
        <source>%1: %2, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="95"/>
        <source>typing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Smooch Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Filter conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Open conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Typing indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>C&amp;onversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>&amp;Open conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Jump to &amp;newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>No profile open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>No secret is stored for the profile “%1”: enter it under Manage profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>The keychain could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>%1 — Smooch Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>The local database could not be opened (%1): messages cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Another Smooch console is open with this profile: send from that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Live updates are off: %1. The open conversation still refreshes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>The server refused the credentials (%1). Messages wait in the outbox until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Delete this message for everyone? You can undo for a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>%n message(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>The message could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>The local database is not available, so the message cannot be kept safe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>The message could not be saved to the outbox; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>User id or smoochId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>%1 has read the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>Smooch Agent Console: %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639"/>
        <source>Message deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="680"/>
        <source>The history could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>Nothing was deleted: the export failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>(no saved profiles)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <location filename="../ui/mediacache.cpp" line="43"/>
        <source>only https links are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mediacache.cpp" line="82"/>
        <source>only https images are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mediacache.cpp" line="96"/>
        <source>the image is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="60"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="62"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagedelegate.cpp" line="205"/>
        <source>
… (%n more characters; Copy text copies all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="376"/>
        <location filename="../ui/messagedelegate.cpp" line="470"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="407"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="430"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="431"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="437"/>
        <source>Internal note · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="438"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="471"/>
        <location filename="../ui/messagedelegate.cpp" line="473"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="476"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="477"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="478"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="567"/>
        <source>(empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="578"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="582"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="583"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="589"/>
        <source>Shared location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="602"/>
        <source>Open in map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="604"/>
        <source>(no coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="623"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="631"/>
        <source>(no items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="634"/>
        <source>Form (submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="634"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="641"/>
        <source>%1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="642"/>
        <source>%1 field: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="648"/>
        <source>Form response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="658"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="666"/>
        <source>Unsupported message type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="762"/>
        <source>Image unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="762"/>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="864"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="890"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="148"/>
        <source>Loading older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="149"/>
        <source>Couldn&apos;t load older messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="185"/>
        <source>Couldn&apos;t load newer messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/outbox.cpp" line="309"/>
        <source>Waiting: the server refused the credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox.cpp" line="369"/>
        <source>Retrying in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../core/plaintext.cpp" line="91"/>
        <source>(empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="93"/>
        <source>[Image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="93"/>
        <source>[Image] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="95"/>
        <source>[File] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="97"/>
        <source>[Location] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="101"/>
        <location filename="../core/plaintext.cpp" line="102"/>
        <source>[Cards] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="104"/>
        <source>[Form] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="106"/>
        <source>[Form response] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="110"/>
        <source>[Unsupported message: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/profile.cpp" line="27"/>
        <source>the profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="31"/>
        <source>the profile needs an app id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="33"/>
        <source>the profile needs a key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="44"/>
        <source>From the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/profiledialog.cpp" line="37"/>
        <source>Show administrator tools (delete, clear history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="38"/>
        <source>Receive live updates by webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="43"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="46"/>
        <source>United States (api.smooch.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="47"/>
        <source>European Union (api.eu-1.smooch.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="48"/>
        <source>Other address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="55"/>
        <source>Key id and secret (signed JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="56"/>
        <source>Pasted JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="57"/>
        <source>Key id and secret (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="59"/>
        <source>Secret or JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="61"/>
        <source>kept in the keychain; leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="63"/>
        <source>the webhook&apos;s secret (X-API-Key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="65"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="70"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="71"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="72"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="73"/>
        <source>App id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="74"/>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="75"/>
        <source>Key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="76"/>
        <source>Secret or JWT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="77"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="78"/>
        <source>Your email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="79"/>
        <source>Your avatar URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="82"/>
        <source>Webhook port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="83"/>
        <source>Webhook secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="85"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="86"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="87"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="88"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="89"/>
        <source>Save and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="198"/>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="207"/>
        <source>Saved, but the keychain refused the secret (%1): it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="215"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="238"/>
        <source>Cannot test: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="245"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="257"/>
        <location filename="../ui/profiledialog.cpp" line="264"/>
        <source>The credentials work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="266"/>
        <source>The credentials were refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="268"/>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/session.cpp" line="34"/>
        <source>webhooks are on, but no webhook secret is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session.cpp" line="39"/>
        <source>the webhook receiver cannot listen on port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmoochCtl</name>
    <message>
        <location filename="../core/smoochctl.cpp" line="56"/>
        <source>smoochctl: %1; attempt %2 in %3 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="104"/>
        <source>Admin and scripting tool for the Smooch v1.1 conversation API.

Commands:
  messages USER [--before TS | --after TS | --all]   one JSON message per line, oldest first
  send USER --text TEXT [--name N] [--email E] [--avatar-url U]   prints the created message
  typing USER start|stop
  read USER
  delete USER MESSAGE_ID
  clear USER... [--yes] [--export FILE]

Credentials come from the environment only: SMOOCH_KEY_ID with SMOOCH_SECRET (a JWT is
signed locally; SMOOCH_AUTH=basic uses Basic instead), or SMOOCH_JWT; or a saved profile
of the console (--profile NAME) with its secret in the system keychain.
Exit codes: 0 success, 1 API error, 2 usage, 3 network or TLS failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="121"/>
        <source>API base URL (SMOOCH_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="123"/>
        <source>App id (SMOOCH_APP_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="125"/>
        <source>Use a saved profile of the console and its keychain secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="127"/>
        <source>Seconds without data before a request fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="128"/>
        <source>messages: the page before this Unix time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="130"/>
        <source>messages: the page after this Unix time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="132"/>
        <source>messages: the whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="133"/>
        <source>send: the message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="134"/>
        <source>send: the agent&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="135"/>
        <source>send: the agent&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="136"/>
        <source>send: the agent&apos;s avatar URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="138"/>
        <source>clear: do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="140"/>
        <source>clear: first write the whole history as JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="144"/>
        <source>messages, send, typing, read, delete or clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="145"/>
        <source>The command&apos;s arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="174"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="174"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="181"/>
        <source>--%1 does not go with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="191"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="208"/>
        <source>the keychain holds no secret for profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="209"/>
        <source>the keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="226"/>
        <source>--timeout takes a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="235"/>
        <source>messages takes one USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="241"/>
        <source>--before, --after and --all exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="257"/>
        <source>--before and --after take a Unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="265"/>
        <source>send takes one USER and --text TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="275"/>
        <source>typing takes USER and start or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="284"/>
        <source>read takes one USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="291"/>
        <source>delete takes USER and MESSAGE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="298"/>
        <source>clear takes one or more USERs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="304"/>
        <source>clear asks for confirmation on a terminal; pass --yes to run without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smoochctl.cpp" line="307"/>
        <source>Permanently delete the whole history of %n user(s): %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="310"/>
        <source>smoochctl: nothing deleted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="345"/>
        <source>smoochctl: %1; nothing deleted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="359"/>
        <source>smoochctl: cleared %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="45"/>
        <source>Smooch Agent Console. Without options it opens the last profile; SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID with SMOOCH_SECRET (or SMOOCH_JWT) and SMOOCH_AUTH open a temporary profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="53"/>
        <source>Open USER&apos;s conversation at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="57"/>
        <source>Try the console on a local demo app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="60"/>
        <source>Save a picture of the window to FILE after --screenshot-delay, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="65"/>
        <source>Milliseconds before --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="90"/>
        <source>The demo could not start a local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="97"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="101"/>
        <source>You (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="128"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="129"/>
        <source>No Smooch app is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="131"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="133"/>
        <source>Connect your Smooch app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
