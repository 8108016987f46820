<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentStore</name>
    <message>
        <location filename="../core/relay/agentstore.cpp" line="98"/>
        <source>An agent&apos;s name must not be empty or begin or end with a space.</source>
        <translation>Der Name eines Agenten darf nicht leer sein und nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../core/relay/agentstore.cpp" line="104"/>
        <source>The database cannot be reached.</source>
        <translation>Die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/relay/agentstore.cpp" line="125"/>
        <source>There is already an agent named %1.</source>
        <translation>Es gibt bereits einen Agenten namens %1.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../core/client/apiclient.cpp" line="320"/>
        <source>the response is larger than %1 MiB; it was not read to its end</source>
        <translation>die Antwort ist größer als %1 MiB; sie wurde nicht bis zum Ende gelesen</translation>
    </message>
    <message>
        <location filename="../core/client/apiclient.cpp" line="322"/>
        <source>the response is larger than %1 KiB; it was not read to its end</source>
        <translation>die Antwort ist größer als %1 KiB; sie wurde nicht bis zum Ende gelesen</translation>
    </message>
</context>
<context>
    <name>ApiConnection</name>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="43"/>
        <source>the base URL is not a valid URL</source>
        <translation>die Basis-URL ist keine gültige URL</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="49"/>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>unverschlüsseltes http ist nur für Loopback-Hosts erlaubt; verwenden Sie https</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="51"/>
        <source>the base URL must use https</source>
        <translation>die Basis-URL muss https verwenden</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="59"/>
        <source>no app id is set</source>
        <translation>es ist keine App-ID gesetzt</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="61"/>
        <source>no valid credentials are set</source>
        <translation>es sind keine gültigen Zugangsdaten gesetzt</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/client/apierror.cpp" line="52"/>
        <source>unexpected HTTP %1 redirect to %2</source>
        <translation>unerwartete HTTP-%1-Weiterleitung nach %2</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="58"/>
        <source>the connection closed after the request was sent, before the answer</source>
        <translation>die Verbindung wurde nach dem Senden der Anfrage und vor der Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="100"/>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="112"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="114"/>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="116"/>
        <source>timed out: %1</source>
        <translation>Zeitüberschreitung: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="118"/>
        <source>invalid response: %1</source>
        <translation>ungültige Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="120"/>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="129"/>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="132"/>
        <source>The server refused the credentials (HTTP %1).</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="134"/>
        <source>The server does not know this conversation or message (HTTP 404).</source>
        <translation>Der Server kennt diese Unterhaltung oder Nachricht nicht (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="136"/>
        <source>The server is busy and asked to try again later (HTTP %1).</source>
        <translation>Der Server ist ausgelastet und bittet, es später erneut zu versuchen (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="139"/>
        <source>The server has a problem (HTTP %1).</source>
        <translation>Der Server hat ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="142"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="143"/>
        <source>The server refused the request (HTTP %1): %2.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1): %2.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="149"/>
        <source>Can&apos;t reach the server: it refused the connection.</source>
        <translation>Der Server ist nicht erreichbar: Er hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="151"/>
        <source>Can&apos;t reach the server: its address was not found.</source>
        <translation>Der Server ist nicht erreichbar: Seine Adresse wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="153"/>
        <source>The connection closed before the server answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server antwortete.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="156"/>
        <source>Can&apos;t reach the server: there is no network connection.</source>
        <translation>Der Server ist nicht erreichbar: Es besteht keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="162"/>
        <source>Can&apos;t reach the server through the proxy.</source>
        <translation>Der Server ist über den Proxy nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="164"/>
        <source>Can&apos;t reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="167"/>
        <source>The secure connection to the server could not be set up.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="169"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="171"/>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>Die Antwort des Servers war nicht verständlich (%1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="173"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>AppUsersApi</name>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="24"/>
        <location filename="../core/client/appusersapi.cpp" line="32"/>
        <location filename="../core/client/appusersapi.cpp" line="57"/>
        <location filename="../core/client/appusersapi.cpp" line="67"/>
        <source>no user id given</source>
        <translation>keine Nutzer-ID angegeben</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="34"/>
        <source>nothing to update</source>
        <translation>nichts zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="37"/>
        <source>%1 cannot be changed</source>
        <translation>%1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="39"/>
        <source>properties must be an object</source>
        <translation>properties muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="41"/>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="28"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="39"/>
        <source>Checked as you type; Enter when done, Escape to leave it.</source>
        <translation>Wird beim Tippen geprüft; Eingabe, wenn fertig, Esc zum Verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="52"/>
        <source>Quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="54"/>
        <location filename="../ui/conversation/attachmentchip.cpp" line="59"/>
        <source>Button label</source>
        <translation>Beschriftung der Schaltfläche</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="54"/>
        <source>Quick reply label</source>
        <translation>Beschriftung der Schnellantwort</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="57"/>
        <source>Link button</source>
        <translation>Link-Schaltfläche</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="59"/>
        <source>Link button label</source>
        <translation>Beschriftung der Link-Schaltfläche</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="61"/>
        <source>Link button address</source>
        <translation>Adresse der Link-Schaltfläche</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="65"/>
        <source>Image by URL</source>
        <translation>Bild per URL</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="65"/>
        <source>File by URL</source>
        <translation>Datei per URL</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="66"/>
        <source>https:// address of the image</source>
        <translation>https://-Adresse des Bildes</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="67"/>
        <source>https:// address of the file</source>
        <translation>https://-Adresse der Datei</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="72"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="84"/>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="95"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="96"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="246"/>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="249"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="253"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>AttachmentsApi</name>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="41"/>
        <source>The file is larger than the 10 MB the service accepts per file (it answered 413 Payload Too Large). Send a smaller file, or share a link to it.</source>
        <translation>Die Datei ist größer als die 10 MB, die der Dienst pro Datei annimmt (er antwortete mit 413 Payload Too Large). Senden Sie eine kleinere Datei oder teilen Sie einen Link darauf.</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="48"/>
        <source>The file is empty: there is nothing to send.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="50"/>
        <source>The file is %1, more than the 10 MB the service accepts per file. Send a smaller file, or share a link to it.</source>
        <translation>Die Datei ist %1 groß, mehr als die 10 MB, die der Dienst pro Datei annimmt. Senden Sie eine kleinere Datei oder teilen Sie einen Link darauf.</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="84"/>
        <source>no user given for the attachment</source>
        <translation>kein Nutzer für den Anhang angegeben</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="110"/>
        <source>no mediaUrl given</source>
        <translation>keine mediaUrl angegeben</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="15"/>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="30"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="23"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="23"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="23"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../ui/conversation/banner.cpp" line="16"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/conversation/banner.cpp" line="22"/>
        <location filename="../ui/conversation/banner.cpp" line="23"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/banner.cpp" line="24"/>
        <source>Hides this notice.</source>
        <translation>Blendet diesen Hinweis aus.</translation>
    </message>
</context>
<context>
    <name>ClearHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="27"/>
        <source>Export the whole history to a file first</source>
        <translation>Zuerst den gesamten Verlauf in eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="30"/>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="33"/>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="36"/>
        <source>This permanently deletes every message of %1 for everyone. Type the user id to confirm:</source>
        <translation>Damit werden alle Nachrichten von %1 für alle endgültig gelöscht. Geben Sie zur Bestätigung die Nutzer-ID ein:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="43"/>
        <source>User id to confirm</source>
        <translation>Nutzer-ID zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="60"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="61"/>
        <source>Export problem</source>
        <translation>Problem mit dem Export</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="65"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="67"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="68"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="111"/>
        <source>Choose the file the history is exported to.</source>
        <translation>Wählen Sie die Datei, in die der Verlauf exportiert wird.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="114"/>
        <source>Give the full path of the export file.</source>
        <translation>Geben Sie den vollständigen Pfad der Exportdatei an.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="116"/>
        <source>%1 is a folder: add a file name.</source>
        <translation>%1 ist ein Ordner: Ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="119"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="122"/>
        <source>%1 already exists: choose another name, so that it is not overwritten.</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen, damit die Datei nicht überschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="125"/>
        <source>The file cannot be written there: choose another folder.</source>
        <translation>Die Datei kann dort nicht geschrieben werden: Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="54"/>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Antwort schreiben… (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="56"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="58"/>
        <source>The reply to the open conversation. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Die Antwort an die geöffnete Unterhaltung. Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="64"/>
        <location filename="../ui/conversation/composer.cpp" line="66"/>
        <source>Add buttons, an image, a file or a saved reply</source>
        <translation>Schaltflächen, ein Bild, eine Datei oder eine Antwortvorlage hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="75"/>
        <source>Saved reply…</source>
        <translation>Antwortvorlage…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="65"/>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="81"/>
        <source>Sends the reply; it waits in the outbox until the server has it.</source>
        <translation>Sendet die Antwort; sie wartet im Postausgang, bis der Server sie hat.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="116"/>
        <source>Search saved replies by name or text</source>
        <translation>Antwortvorlagen nach Name oder Text durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="117"/>
        <source>Search saved replies</source>
        <translation>Antwortvorlagen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="119"/>
        <source>Type part of a saved reply&apos;s name or text; Up and Down choose, Enter inserts, Escape closes.</source>
        <translation>Geben Sie einen Teil des Namens oder Texts einer Antwortvorlage ein; Pfeiltasten wählen aus, Eingabe fügt ein, Esc schließt.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="146"/>
        <location filename="../ui/conversation/composer.cpp" line="154"/>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="147"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="251"/>
        <source>No preview here.</source>
        <translation>Hier keine Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="260"/>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="262"/>
        <source>Not an image this console can show.</source>
        <translation>Kein Bild, das diese Konsole anzeigen kann.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="263"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/composer.cpp" line="436"/>
        <source>%n button(s) of this saved reply cannot be sent from here and were left out.</source>
        <translation>
            <numerusform>%n Schaltfläche dieser Antwortvorlage kann von hier aus nicht gesendet werden und wurde weggelassen.</numerusform>
            <numerusform>%n Schaltflächen dieser Antwortvorlage können von hier aus nicht gesendet werden und wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="477"/>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="481"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="487"/>
        <source>Type a message first.</source>
        <translation>Schreiben Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="512"/>
        <source>Nothing can be sent right now.</source>
        <translation>Im Moment kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="69"/>
        <source>Quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="70"/>
        <source>Link button</source>
        <translation>Link-Schaltfläche</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="72"/>
        <source>Image by URL</source>
        <translation>Bild per URL</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="73"/>
        <source>File by URL</source>
        <translation>Datei per URL</translation>
    </message>
</context>
<context>
    <name>ConversationApi</name>
    <message>
        <location filename="../core/client/conversationapi.cpp" line="63"/>
        <source>no message id given</source>
        <translation>keine Nachrichten-ID angegeben</translation>
    </message>
    <message>
        <location filename="../core/client/conversationapi.cpp" line="144"/>
        <source>the response has no conversation</source>
        <translation>die Antwort enthält keine Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="81"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="82"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="99"/>
        <source>Typing indicator</source>
        <translation>Tippanzeige</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="103"/>
        <source>Other agents</source>
        <translation>Andere Agenten</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="107"/>
        <source>New in this conversation</source>
        <translation>Neu in dieser Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="112"/>
        <source>Sends the reply as it is, although the conversation changed while you wrote it.</source>
        <translation>Sendet die Antwort so, wie sie ist, obwohl sich die Unterhaltung geändert hat, während Sie sie geschrieben haben.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="114"/>
        <source>Goes back to the reply; nothing is sent and the text stays.</source>
        <translation>Kehrt zur Antwort zurück; nichts wird gesendet und der Text bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="139"/>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="140"/>
        <source>Undo deletion</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="144"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="145"/>
        <source>Brings back the deleted message; nothing reaches the server until the undo time is over.</source>
        <translation>Holt die gelöschte Nachricht zurück; bis die Frist zum Rückgängigmachen abgelaufen ist, erreicht nichts den Server.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="219"/>
        <source>Not sent yet: the conversation changed while you wrote (see above).</source>
        <translation>Noch nicht gesendet: Die Unterhaltung hat sich geändert, während Sie geschrieben haben (siehe oben).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="243"/>
        <source>Send the pasted image?</source>
        <translation>Eingefügtes Bild senden?</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="244"/>
        <source>Send the image on the clipboard (%1 × %2 pixels) to %3?</source>
        <translation>Das Bild aus der Zwischenablage (%1 × %2 Pixel) an %3 senden?</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="250"/>
        <source>Pasted image %1.png</source>
        <translation>Eingefügtes Bild %1.png</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="259"/>
        <source>File from computer…</source>
        <translation>Datei vom Computer…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="265"/>
        <source>Send files to the customer</source>
        <translation>Dateien an den Kunden senden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="341"/>
        <source>The customer is typing…</source>
        <translation>Der Kunde schreibt…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="342"/>
        <source>%1 is typing…</source>
        <translation>%1 tippt…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="360"/>
        <source>The server refused the credentials (%1). Messages wait in the outbox until they are fixed.</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (%1). Nachrichten warten im Postausgang, bis sie korrigiert sind.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="373"/>
        <source>History of %1 cleared.</source>
        <translation>Verlauf von %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="374"/>
        <source>History of %1 cleared · export saved to %2</source>
        <translation>Verlauf von %1 gelöscht · Export gespeichert unter %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="383"/>
        <source>Nothing was deleted: the export failed (%1).</source>
        <translation>Es wurde nichts gelöscht: Der Export ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="387"/>
        <source>The history could not be cleared: %1</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="394"/>
        <source>The message could not be deleted: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="402"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="403"/>
        <source>Delete this message for everyone? You can undo for a few seconds.</source>
        <translation>Diese Nachricht für alle löschen? Sie können das einige Sekunden lang rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationpane.cpp" line="426"/>
        <source>%Ln message(s) loaded</source>
        <translation>
            <numerusform>%Ln Nachricht geladen</numerusform>
            <numerusform>%Ln Nachrichten geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="487"/>
        <source>“%1” was not sent: %2</source>
        <translation>„%1“ wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="521"/>
        <source>Your reply was not sent yet. New since you began it:</source>
        <translation>Ihre Antwort wurde noch nicht gesendet. Neu, seit Sie sie begonnen haben:</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="522"/>
        <source>New since you began your reply:</source>
        <translation>Neu, seit Sie Ihre Antwort begonnen haben:</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="525"/>
        <source>Another agent</source>
        <translation>Ein anderer Agent</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="526"/>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="527"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="582"/>
        <source>Message deleted.</source>
        <translation>Nachricht gelöscht.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="45"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="51"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="52"/>
        <source>The messages of the open conversation, oldest first. Arrow keys move between messages, F2 selects text, the menu key offers Copy.</source>
        <translation>Die Nachrichten der geöffneten Unterhaltung, älteste zuerst. Pfeiltasten wechseln zwischen Nachrichten, F2 wählt Text aus, die Menütaste bietet Kopieren an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationview.cpp" line="439"/>
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln neue Nachricht ↓</numerusform>
            <numerusform>%Ln neue Nachrichten ↓</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="544"/>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="557"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="558"/>
        <source>Copy message id</source>
        <translation>Nachrichten-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="562"/>
        <source>Delete message…</source>
        <translation>Nachricht löschen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="597"/>
        <source>Write an email to %1?</source>
        <translation>Eine E-Mail an %1 schreiben?</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="607"/>
        <source>Open this link in your browser?

%1</source>
        <translation>Diesen Link im Browser öffnen?

%1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="613"/>
        <source>Open this file in your browser?

%1</source>
        <translation>Diese Datei im Browser öffnen?

%1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="625"/>
        <location filename="../ui/conversation/conversationview.cpp" line="636"/>
        <source>Save file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="637"/>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="44"/>
        <source>The system keychain could not %1 (%2). Secrets are kept in memory for this session only and must be entered again next time.</source>
        <translation>Der Schlüsselbund des Systems meldete einen Fehler beim Vorgang „%1“ (%2). Geheimnisse bleiben nur für diese Sitzung im Speicher und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="96"/>
        <source>read a secret</source>
        <translation>Geheimnis lesen</translation>
    </message>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="105"/>
        <source>store a secret</source>
        <translation>Geheimnis speichern</translation>
    </message>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="115"/>
        <source>remove a secret</source>
        <translation>Geheimnis entfernen</translation>
    </message>
</context>
<context>
    <name>CustomerController</name>
    <message>
        <location filename="../core/session/customercontroller.cpp" line="113"/>
        <source>Couldn&apos;t load the profile: %1</source>
        <translation>Das Profil konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/customercontroller.cpp" line="124"/>
        <source>Couldn&apos;t load the channels: %1</source>
        <translation>Die Kanäle konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/customercontroller.cpp" line="136"/>
        <source>Couldn&apos;t check other tools handling this conversation: %1</source>
        <translation>Es konnte nicht geprüft werden, ob andere Tools diese Unterhaltung bearbeiten: %1</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="32"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="34"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="36"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="38"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="110"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="111"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="114"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="120"/>
        <location filename="../ui/customer/customerpanel.cpp" line="128"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="130"/>
        <source>Who the customer is: name, email, properties and the channels they write from.</source>
        <translation>Wer der Kunde ist: Name, E-Mail, Eigenschaften und die Kanäle, über die er schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="155"/>
        <source>Customer picture</source>
        <translation>Bild des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="172"/>
        <source>Also handled elsewhere</source>
        <translation>Wird auch anderswo bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="176"/>
        <source>Profile problem</source>
        <translation>Problem mit dem Profil</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="182"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="189"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="189"/>
        <source>Add first name</source>
        <translation>Vorname hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="190"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="190"/>
        <source>Add last name</source>
        <translation>Nachname hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="191"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="191"/>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="192"/>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="272"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="283"/>
        <source>Open a conversation to see who the customer is.</source>
        <translation>Öffnen Sie eine Unterhaltung, um zu sehen, wer der Kunde ist.</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="288"/>
        <source>Loading the customer&apos;s profile…</source>
        <translation>Profil des Kunden wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="296"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="299"/>
        <source>Saved copy from %1</source>
        <translation>Gespeicherte Kopie, %1</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="309"/>
        <source>Zendesk (ticket %1)</source>
        <translation>Zendesk (Ticket %1)</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="311"/>
        <source>Slack (channel %1)</source>
        <translation>Slack (Kanal %1)</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="317"/>
        <source>⚠ Also handled in %1. Someone may answer from there too.</source>
        <translation>⚠ Wird auch in %1 bearbeitet. Dort könnte ebenfalls jemand antworten.</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="330"/>
        <source>On %1, seen %2</source>
        <translation>Auf %1, gesehen %2</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="333"/>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="339"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="487"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="498"/>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen %1</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="499"/>
        <source>Never seen</source>
        <translation>Nie gesehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="517"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="45"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="47"/>
        <source>Delivered to the channel</source>
        <translation>An den Kanal zugestellt</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="48"/>
        <source>Delivered to %1</source>
        <translation>Zugestellt an %1</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="50"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="52"/>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="61"/>
        <source>The channel</source>
        <translation>Der Kanal</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="63"/>
        <source>WhatsApp&apos;s 24-hour window has closed: the customer last wrote more than 24 hours ago, so WhatsApp only takes an approved template message now.</source>
        <translation>Das 24-Stunden-Fenster von WhatsApp ist geschlossen: Der Kunde hat zuletzt vor mehr als 24 Stunden geschrieben, daher nimmt WhatsApp jetzt nur noch eine genehmigte Vorlagennachricht an.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="66"/>
        <source>The customer has blocked messages from the business on %1.</source>
        <translation>Der Kunde hat Nachrichten des Unternehmens über %1 blockiert.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="68"/>
        <source>%1 refused the business&apos;s credentials: the integration needs to be connected again.</source>
        <translation>%1 hat die Zugangsdaten des Unternehmens abgelehnt: Die Integration muss neu verbunden werden.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="72"/>
        <source>%1 does not know this customer any more.</source>
        <translation>%1 kennt diesen Kunden nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="74"/>
        <source>%1 refused the message as it is.</source>
        <translation>%1 hat die Nachricht in dieser Form abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="75"/>
        <source>%1 refused the message: %2</source>
        <translation>%1 hat die Nachricht abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="77"/>
        <source>%1 did not deliver it: %2</source>
        <translation>%1 hat sie nicht zugestellt: %2</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="79"/>
        <source>%1 did not deliver it (%2).</source>
        <translation>%1 hat sie nicht zugestellt (%2).</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="80"/>
        <source>%1 did not deliver it, and gave no reason.</source>
        <translation>%1 hat sie nicht zugestellt und keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="87"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="89"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="91"/>
        <source>the web widget</source>
        <translation>das Web-Widget</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="93"/>
        <source>the app</source>
        <translation>die App</translation>
    </message>
</context>
<context>
    <name>EditableField</name>
    <message>
        <location filename="../ui/customer/editablefield.cpp" line="22"/>
        <source>Type to change it: Enter saves, Escape cancels.</source>
        <translation>Tippen Sie, um den Wert zu ändern: Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/customer/editablefield.cpp" line="64"/>
        <location filename="../ui/customer/editablefield.cpp" line="68"/>
        <location filename="../ui/customer/editablefield.cpp" line="91"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <location filename="../core/session/historyexporter.cpp" line="47"/>
        <source>reading %1&apos;s history failed: %2</source>
        <translation>der Verlauf von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/session/historyexporter.cpp" line="81"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryPaging</name>
    <message>
        <location filename="../core/client/historypaging.cpp" line="54"/>
        <source>more messages share one millisecond than a page holds, near %1; the history cannot be paged past them</source>
        <translation>mehr Nachrichten teilen sich eine Millisekunde, als eine Seite fasst (bei %1); der Verlauf kann nicht an ihnen vorbei geblättert werden</translation>
    </message>
</context>
<context>
    <name>HistoryWalker</name>
    <message numerus="yes">
        <location filename="../core/client/historywalker.cpp" line="83"/>
        <source>the history takes more than %Ln pages; the walk stopped</source>
        <translation>
            <numerusform>der Verlauf umfasst mehr als %Ln Seite; der Durchlauf wurde angehalten</numerusform>
            <numerusform>der Verlauf umfasst mehr als %Ln Seiten; der Durchlauf wurde angehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="16"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="20"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="35"/>
        <source>The image could not be loaded: %1</source>
        <translation>Das Bild konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="36"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxdelegate.cpp" line="26"/>
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln noch nicht gesendet</numerusform>
            <numerusform>%Ln noch nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="127"/>
        <source>Draft:</source>
        <translation>Entwurf:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="132"/>
        <source>You:</source>
        <translation>Sie:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="134"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="134"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxmodel.cpp" line="187"/>
        <source>%1: %2, %Ln unread</source>
        <translation>
            <numerusform>%1: %2, %Ln ungelesen</numerusform>
            <numerusform>%1: %2, %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxmodel.cpp" line="191"/>
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln noch nicht gesendet</numerusform>
            <numerusform>%Ln noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="142"/>
        <source>typing…</source>
        <translation>tippt…</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="24"/>
        <source>Open conversation…</source>
        <translation>Unterhaltung öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="31"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="33"/>
        <location filename="../ui/inbox/inboxpane.cpp" line="35"/>
        <source>Filter conversations</source>
        <translation>Unterhaltungen filtern</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="36"/>
        <source>Shows only the conversations whose name, user id or last message contains the text.</source>
        <translation>Zeigt nur die Unterhaltungen, deren Name, Nutzer-ID oder letzte Nachricht den Text enthält.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="39"/>
        <source>Conversations, latest activity first. Enter opens the selected one.</source>
        <translation>Unterhaltungen, neueste Aktivität zuerst. Die Eingabetaste öffnet die ausgewählte.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="64"/>
        <source>Opens the conversation of a user id.</source>
        <translation>Öffnet die Unterhaltung zu einer Nutzer-ID.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="164"/>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="165"/>
        <source>User id or smoochId:</source>
        <translation>Nutzer-ID oder smoochId:</translation>
    </message>
</context>
<context>
    <name>InboxPlaceholder</name>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="12"/>
        <source>Open by user id…</source>
        <translation>Per Benutzer-ID öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="14"/>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="15"/>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="23"/>
        <source>Opens the conversation of a user id (%1).</source>
        <translation>Öffnet die Unterhaltung zu einer Benutzer-ID (%1).</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="42"/>
        <source>Smooch v1.1 cannot list conversations: they appear here as customers write, through live updates. To answer someone now, open their conversation by user id.</source>
        <translation>Smooch v1.1 kann Unterhaltungen nicht auflisten: Sie erscheinen hier, sobald Kunden schreiben, über Live-Aktualisierungen. Um jemandem jetzt zu antworten, öffnen Sie die Unterhaltung per Benutzer-ID.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="45"/>
        <source>Smooch v1.1 cannot list conversations, and live updates are off, so none appear here by themselves. Turn on live updates (a webhook) to see customers as they write, or open a conversation by user id.</source>
        <translation>Smooch v1.1 kann Unterhaltungen nicht auflisten, und Live-Aktualisierungen sind aus, daher erscheint hier von selbst keine. Schalten Sie Live-Aktualisierungen (einen Webhook) ein, um Kunden zu sehen, sobald sie schreiben, oder öffnen Sie eine Unterhaltung per Benutzer-ID.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="48"/>
        <source>Live update settings…</source>
        <translation>Einstellungen für Live-Aktualisierungen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="48"/>
        <source>Set up live updates…</source>
        <translation>Live-Aktualisierungen einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="50"/>
        <source>Opens the profile&apos;s settings, where live updates (webhooks) are set up.</source>
        <translation>Öffnet die Einstellungen des Profils, in denen Live-Aktualisierungen (Webhooks) eingerichtet werden.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="57"/>
        <source>This profile is temporary: its settings cannot be changed here.</source>
        <translation>Dieses Profil ist vorübergehend: Seine Einstellungen können hier nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="53"/>
        <source>Smooch Agent Console</source>
        <translation>Smooch-Agentenkonsole</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="74"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="77"/>
        <source>Live updates</source>
        <translation>Live-Aktualisierungen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="111"/>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="129"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="130"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="132"/>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="134"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="140"/>
        <source>C&amp;onversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="142"/>
        <source>&amp;Open conversation…</source>
        <translation>Unterhaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="144"/>
        <source>Jump to &amp;newest</source>
        <translation>Zur &amp;neuesten Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="149"/>
        <source>&amp;Write a reply</source>
        <translation>Antwort sch&amp;reiben</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="154"/>
        <source>Sen&amp;d reply</source>
        <translation>Antwort sen&amp;den</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="159"/>
        <source>&amp;Search conversations</source>
        <translation>Unterhaltungen durch&amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="163"/>
        <source>Ne&amp;xt conversation</source>
        <translation>Nä&amp;chste Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="166"/>
        <source>P&amp;revious conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="169"/>
        <source>Next &amp;unread conversation</source>
        <translation>Nächste &amp;ungelesene Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="173"/>
        <source>&amp;Customer details</source>
        <translation>&amp;Kundendetails</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="177"/>
        <source>Show or hide the customer&apos;s details (Ctrl+I)</source>
        <translation>Details des Kunden ein- oder ausblenden (Strg+I)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="193"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="194"/>
        <source>&amp;Clear history…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="195"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="198"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="200"/>
        <source>&amp;About Smooch Agent Console</source>
        <translation>Ü&amp;ber die Smooch-Agentenkonsole</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="202"/>
        <source>About Smooch Agent Console</source>
        <translation>Über die Smooch-Agentenkonsole</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="203"/>
        <source>Smooch Agent Console %1

A desktop console for support agents on the Smooch (Sunshine Conversations) v1.1 API.</source>
        <translation>Smooch-Agentenkonsole %1

Eine Desktop-Konsole für Support-Agenten auf der Smooch-API v1.1 (Sunshine Conversations).</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="298"/>
        <source>%1 — Smooch Agent Console</source>
        <translation>%1 — Smooch-Agentenkonsole</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="309"/>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="334"/>
        <source>Can&apos;t reach Smooch — retrying</source>
        <translation>Smooch ist nicht erreichbar — neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="342"/>
        <source>Live updates from the relay are back</source>
        <translation>Die Live-Aktualisierungen vom Relay sind wieder da</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="346"/>
        <source>The team relay refused this console (%1): live updates are off until the profile has a valid agent token. The open conversation checks every few seconds.</source>
        <translation>Das Team-Relay hat diese Konsole abgelehnt (%1): Live-Aktualisierungen sind aus, bis das Profil ein gültiges Agent-Token hat. Die geöffnete Unterhaltung wird alle paar Sekunden geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="352"/>
        <source>Live updates from the relay stopped; checking every few seconds and reconnecting.</source>
        <translation>Die Live-Aktualisierungen vom Relay sind unterbrochen; es wird alle paar Sekunden geprüft und neu verbunden.</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="100"/>
        <location filename="../ui/conversation/mediacache.cpp" line="140"/>
        <source>local addresses are not loaded</source>
        <translation>lokale Adressen werden nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="101"/>
        <source>only https links are loaded</source>
        <translation>es werden nur https-Links geladen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="141"/>
        <source>only https images are loaded</source>
        <translation>es werden nur https-Bilder geladen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="159"/>
        <source>the image is too large</source>
        <translation>das Bild ist zu groß</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="48"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="50"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/messagelayout.cpp" line="116"/>
        <source>
… (%Ln more characters; Copy text copies all)</source>
        <translation>
            <numerusform>
… (%Ln weiteres Zeichen; „Text kopieren“ kopiert alles)</numerusform>
            <numerusform>
… (%Ln weitere Zeichen; „Text kopieren“ kopiert alles)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="319"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="441"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="351"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="375"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="376"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="377"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="383"/>
        <source>%1 · automated</source>
        <translation>%1 · automatisch</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="385"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="424"/>
        <source>Uploaded; waiting for the server…</source>
        <translation>Hochgeladen; Warten auf den Server…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="425"/>
        <source>Uploading… %1%</source>
        <translation>Wird hochgeladen… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="439"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="442"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="444"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="449"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="452"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="455"/>
        <source>Delivery unknown</source>
        <translation>Zustellung unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="458"/>
        <source>For another app</source>
        <translation>Für eine andere App</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="461"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="541"/>
        <source>Seen %1</source>
        <translation>Gelesen %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="621"/>
        <source>(empty message)</source>
        <translation>(leere Nachricht)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="633"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="637"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="638"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="645"/>
        <source>Shared location</source>
        <translation>Geteilter Standort</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="658"/>
        <source>Open in map</source>
        <translation>In Karte öffnen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="660"/>
        <source>(no coordinates)</source>
        <translation>(keine Koordinaten)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="679"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="687"/>
        <source>(no items)</source>
        <translation>(keine Einträge)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="690"/>
        <source>Form (submitted)</source>
        <translation>Formular (abgeschickt)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="691"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="700"/>
        <source>%1 field</source>
        <translation>Feld vom Typ %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="701"/>
        <source>%1 field: %2</source>
        <translation>Feld vom Typ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="707"/>
        <source>Form response</source>
        <translation>Formularantwort</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="717"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="725"/>
        <source>Unsupported message type “%1”</source>
        <translation>Nicht unterstützter Nachrichtentyp „%1“</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="174"/>
        <source>Image unavailable</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="176"/>
        <source>Click to load image from %1</source>
        <translation>Klicken, um das Bild von %1 zu laden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="177"/>
        <source>Loading image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="332"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="476"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="479"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="573"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="358"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="229"/>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="230"/>
        <source>Couldn&apos;t load older messages: %1</source>
        <translation>Ältere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="243"/>
        <source>Your message, not sent: %1. %2</source>
        <translation>Ihre Nachricht, nicht gesendet: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="246"/>
        <source>Your message, delivery unknown: %1. %2</source>
        <translation>Ihre Nachricht, Zustellung unbekannt: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="249"/>
        <source>Your message, for another app: %1. %2</source>
        <translation>Ihre Nachricht, für eine andere App: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="252"/>
        <source>Your message, sending: %1</source>
        <translation>Ihre Nachricht, wird gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="290"/>
        <source>Couldn&apos;t load newer messages: %1</source>
        <translation>Neuere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="306"/>
        <source>Automated message from %1 at %2: %3</source>
        <translation>Automatische Nachricht von %1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="307"/>
        <source>the business</source>
        <translation>das Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="310"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="314"/>
        <source>Seen at %1.</source>
        <translation>Gelesen um %1.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="320"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/session/outbox.cpp" line="48"/>
        <source>The history was cleared after this message was first sent, so whether it arrived cannot be checked. Retry sends it again; Cancel drops it.</source>
        <translation>Der Verlauf wurde gelöscht, nachdem diese Nachricht zum ersten Mal gesendet wurde, daher lässt sich nicht prüfen, ob sie angekommen ist. „Erneut versuchen“ sendet sie noch einmal; „Abbrechen“ verwirft sie.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="312"/>
        <source>Queued before the console recorded which app a message is for. Retry sends it to the app open now; Cancel drops it.</source>
        <translation>In die Warteschlange gestellt, bevor die Konsole festhielt, für welche App eine Nachricht ist. „Erneut versuchen“ sendet sie an die jetzt geöffnete App; „Abbrechen“ verwirft sie.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="316"/>
        <source>Written for app %1 at %2, not the one open now: it is never sent here. Open that app to send it, or cancel it.</source>
        <translation>Geschrieben für die App %1 unter %2, nicht für die jetzt geöffnete: Sie wird hier nie gesendet. Öffnen Sie diese App, um sie zu senden, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="422"/>
        <source>Cancelling: waiting for the upload&apos;s answer to remove the file…</source>
        <translation>Wird abgebrochen: Warten auf die Antwort zum Upload, um die Datei zu entfernen…</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="432"/>
        <source>It may have been delivered: the console cannot check now. Cancel drops it anyway; Retry sends it again.</source>
        <translation>Sie wurde vielleicht zugestellt: Die Konsole kann es jetzt nicht prüfen. „Abbrechen“ verwirft sie trotzdem; „Erneut versuchen“ sendet sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="439"/>
        <source>Checking whether it arrived before cancelling…</source>
        <translation>Vor dem Abbrechen wird geprüft, ob sie angekommen ist…</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="668"/>
        <source>The console&apos;s copy of “%1” is missing or damaged: it cannot be sent. Cancel it and attach the file again.</source>
        <translation>Die Kopie von „%1“ in der Konsole fehlt oder ist beschädigt: Die Nachricht kann nicht gesendet werden. Brechen Sie sie ab und hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="874"/>
        <source>The conversation has too many messages at one instant to check whether this one arrived. Retry sends it again; Cancel drops it.</source>
        <translation>Die Unterhaltung hat zu viele Nachrichten im selben Augenblick, um zu prüfen, ob diese angekommen ist. „Erneut versuchen“ sendet sie noch einmal; „Abbrechen“ verwirft sie.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="892"/>
        <source>Waiting: the server refused the credentials (%1)</source>
        <translation>Wartet: Der Server hat die Zugangsdaten abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="921"/>
        <source>It may have been delivered: the check failed (%1). Cancel drops it anyway; Retry sends it again.</source>
        <translation>Sie wurde vielleicht zugestellt: Die Prüfung schlug fehl (%1). „Abbrechen“ verwirft sie trotzdem; „Erneut versuchen“ sendet sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="961"/>
        <source>Retrying in %1 s: %2</source>
        <translation>Neuer Versuch in %1 s: %2</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../core/text/plaintext.cpp" line="109"/>
        <source>(empty message)</source>
        <translation>(leere Nachricht)</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="111"/>
        <source>[Image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="111"/>
        <source>[Image] %1</source>
        <translation>[Bild] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="113"/>
        <source>[File] %1</source>
        <translation>[Datei] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="115"/>
        <source>[Location] %1</source>
        <translation>[Standort] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="119"/>
        <location filename="../core/text/plaintext.cpp" line="120"/>
        <source>[Cards] %1</source>
        <translation>[Karten] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="122"/>
        <source>[Form] %1</source>
        <translation>[Formular] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="124"/>
        <source>[Form response] %1</source>
        <translation>[Formularantwort] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="128"/>
        <source>[Unsupported message: %1]</source>
        <translation>[Nicht unterstützte Nachricht: %1]</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/accounts/profile.cpp" line="27"/>
        <source>the profile needs a name</source>
        <translation>das Profil braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="31"/>
        <source>the profile needs an app id</source>
        <translation>das Profil braucht eine App-ID</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="33"/>
        <source>the profile needs a key id</source>
        <translation>das Profil braucht eine Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="43"/>
        <source>the relay URL must be an http or https address</source>
        <translation>die Relay-URL muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="59"/>
        <source>From the environment</source>
        <translation>Aus der Umgebung</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="37"/>
        <source>Show administrator tools (delete, clear history)</source>
        <translation>Administratorwerkzeuge anzeigen (löschen, Verlauf leeren)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="38"/>
        <source>Receive live updates by webhook</source>
        <translation>Live-Aktualisierung per Webhook empfangen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="45"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="48"/>
        <source>United States (api.smooch.io)</source>
        <translation>Vereinigte Staaten (api.smooch.io)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="49"/>
        <source>European Union (api.eu-1.smooch.io)</source>
        <translation>Europäische Union (api.eu-1.smooch.io)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="50"/>
        <source>Other address</source>
        <translation>Andere Adresse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="57"/>
        <source>Key id and secret (signed JWT)</source>
        <translation>Schlüssel-ID und Geheimnis (signiertes JWT)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="58"/>
        <source>Pasted JWT</source>
        <translation>Eingefügtes JWT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="59"/>
        <source>Key id and secret (Basic)</source>
        <translation>Schlüssel-ID und Geheimnis (Basic)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="61"/>
        <source>Secret or JWT</source>
        <translation>Geheimnis oder JWT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="63"/>
        <location filename="../ui/dialogs/profiledialog.cpp" line="73"/>
        <source>kept in the keychain; leave empty to keep the stored one</source>
        <translation>wird im Schlüsselbund aufbewahrt; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="66"/>
        <source>the webhook&apos;s secret (X-API-Key)</source>
        <translation>das Geheimnis des Webhooks (X-API-Key)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="68"/>
        <source>https://relay.example.com (empty: no relay)</source>
        <translation>https://relay.example.com (leer: kein Relay)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="70"/>
        <source>Relay agent token</source>
        <translation>Agent-Token für das Relay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="75"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="80"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="81"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="82"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="83"/>
        <source>App id:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="84"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="85"/>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="86"/>
        <source>Secret or JWT:</source>
        <translation>Geheimnis oder JWT:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="87"/>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="88"/>
        <source>Your email:</source>
        <translation>Ihre E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="89"/>
        <source>Your avatar URL:</source>
        <translation>URL Ihres Avatars:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="92"/>
        <source>Webhook port:</source>
        <translation>Webhook-Port:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="93"/>
        <source>Webhook secret:</source>
        <translation>Webhook-Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="94"/>
        <source>Team relay URL:</source>
        <translation>URL des Team-Relays:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="95"/>
        <source>Relay agent token:</source>
        <translation>Agent-Token für das Relay:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="97"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="98"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="99"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="100"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="101"/>
        <source>Save and open</source>
        <translation>Speichern und öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="213"/>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="222"/>
        <source>Saved, but the keychain refused the secret (%1): it is kept for this session only.</source>
        <translation>Gespeichert, aber der Schlüsselbund hat das Geheimnis abgelehnt (%1): Es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="234"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="257"/>
        <source>Cannot test: %1.</source>
        <translation>Test nicht möglich: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="264"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="274"/>
        <location filename="../ui/dialogs/profiledialog.cpp" line="277"/>
        <source>The credentials work.</source>
        <translation>Die Zugangsdaten funktionieren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="279"/>
        <source>The credentials were refused (%1).</source>
        <translation>Die Zugangsdaten wurden abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="281"/>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/window/profileswitcher.cpp" line="36"/>
        <source>(no saved profiles)</source>
        <translation>(keine gespeicherten Profile)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileswitcher.cpp" line="63"/>
        <source>No secret is stored for the profile “%1”: enter it under Manage profiles.</source>
        <translation>Für das Profil „%1“ ist kein Geheimnis gespeichert: Geben Sie es unter „Profile verwalten“ ein.</translation>
    </message>
    <message>
        <location filename="../ui/window/profileswitcher.cpp" line="66"/>
        <source>The keychain could not be read (%1).</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/protocol/uploadedmedia.cpp" line="15"/>
        <source>the upload answer is not a JSON object</source>
        <translation>die Antwort auf den Upload ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/protocol/uploadedmedia.cpp" line="24"/>
        <source>the upload answer has no valid mediaUrl</source>
        <translation>die Antwort auf den Upload enthält keine gültige mediaUrl</translation>
    </message>
    <message>
        <location filename="../core/protocol/uploadedmedia.cpp" line="28"/>
        <source>the upload answer has no mediaType</source>
        <translation>die Antwort auf den Upload enthält keinen mediaType</translation>
    </message>
    <message>
        <location filename="../core/session/outgoingfile.cpp" line="25"/>
        <source>“%1” is not a file that can be sent.</source>
        <translation>„%1“ ist keine Datei, die gesendet werden kann.</translation>
    </message>
    <message>
        <location filename="../core/session/outgoingfile.cpp" line="35"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/session/outgoingfile.cpp" line="54"/>
        <source>“%1” is named as %2, but its content is %3: it was not sent. Rename it or send the right file.</source>
        <translation>„%1“ ist als %2 benannt, der Inhalt ist aber %3: Die Datei wurde nicht gesendet. Benennen Sie sie um oder senden Sie die richtige Datei.</translation>
    </message>
</context>
<context>
    <name>RelayClient</name>
    <message>
        <location filename="../core/session/relayclient.cpp" line="55"/>
        <source>the relay sent nothing for too long</source>
        <translation>das Relay hat zu lange nichts gesendet</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="192"/>
        <source>the relay connection was closed</source>
        <translation>die Verbindung zum Relay wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="285"/>
        <source>the relay did not answer with an event stream</source>
        <translation>das Relay hat nicht mit einem Ereignis-Stream geantwortet</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="300"/>
        <source>the relay sent a line too long to read</source>
        <translation>das Relay hat eine Zeile gesendet, die zu lang zum Lesen ist</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="384"/>
        <source>the relay cannot be reached (%1)</source>
        <translation>das Relay ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="386"/>
        <source>the relay answered HTTP %1</source>
        <translation>das Relay hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="388"/>
        <source>the relay closed the stream</source>
        <translation>das Relay hat den Stream geschlossen</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="406"/>
        <source>the relay&apos;s agent token does not cover this app</source>
        <translation>das Agent-Token des Relays gilt nicht für diese App</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="407"/>
        <source>the relay refused the agent token</source>
        <translation>das Relay hat das Agent-Token abgelehnt</translation>
    </message>
</context>
<context>
    <name>RelayConnection</name>
    <message>
        <location filename="../core/relay/relayconnection.cpp" line="125"/>
        <source>The database driver for %1 is not available.</source>
        <translation>Der Datenbanktreiber für %1 ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ReplyRules</name>
    <message>
        <location filename="../core/session/replyrules.cpp" line="21"/>
        <source>A button needs a label.</source>
        <translation>Eine Schaltfläche braucht eine Beschriftung.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="23"/>
        <source>A button&apos;s label has at most %1 characters.</source>
        <translation>Die Beschriftung einer Schaltfläche hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="37"/>
        <location filename="../core/session/replyrules.cpp" line="55"/>
        <source>The address is longer than %1 characters.</source>
        <translation>Die Adresse ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="41"/>
        <source>Use an https:// address: an http:// link is not encrypted.</source>
        <translation>Verwenden Sie eine https://-Adresse: Ein http://-Link ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="45"/>
        <source>A link button opens an https:// or mailto: address.</source>
        <translation>Eine Link-Schaltfläche öffnet eine https://- oder mailto:-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="47"/>
        <location filename="../core/session/replyrules.cpp" line="66"/>
        <source>This is not a complete https:// address.</source>
        <translation>Dies ist keine vollständige https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="61"/>
        <source>Use an https:// address: the customer&apos;s channel fetches the file, and an http:// address is not encrypted.</source>
        <translation>Verwenden Sie eine https://-Adresse: Der Kanal des Kunden ruft die Datei ab, und eine http://-Adresse ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="64"/>
        <source>An image or file is sent by its https:// address.</source>
        <translation>Ein Bild oder eine Datei wird über ihre https://-Adresse gesendet.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="103"/>
        <source>Fill in %1 first: it has no value here. Type over it, or delete it.</source>
        <translation>Füllen Sie zuerst %1 aus: Die Variable hat hier keinen Wert. Überschreiben oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>SavedReplies</name>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="105"/>
        <source>The saved replies could not be loaded: %1</source>
        <translation>Die Antwortvorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/savedreplies.cpp" line="130"/>
        <source>Only the first %n saved replies could be loaded.</source>
        <translation>
            <numerusform>Nur %n Antwortvorlage konnte geladen werden.</numerusform>
            <numerusform>Nur die ersten %n Antwortvorlagen konnten geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="195"/>
        <source>A saved reply named “%1” already exists: choose another name.</source>
        <translation>Eine Antwortvorlage namens „%1“ gibt es bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="197"/>
        <source>The saved reply “%1” no longer exists: someone may have deleted it.</source>
        <translation>Die Antwortvorlage „%1“ existiert nicht mehr: Vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="199"/>
        <source>The server refused the saved reply: %1</source>
        <translation>Der Server hat die Antwortvorlage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="203"/>
        <source>This profile&apos;s key may not change saved replies.</source>
        <translation>Der Schlüssel dieses Profils darf keine Antwortvorlagen ändern.</translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="29"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="30"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="31"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="33"/>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="34"/>
        <source>Saved replies</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="37"/>
        <source>Hi {{first_name}}, … — variables: {{first_name}}, {{last_name}}, {{name}}, {{email}}, {{agent_name}}, {{property.KEY}}</source>
        <translation>Hallo {{first_name}}, … — Variablen: {{first_name}}, {{last_name}}, {{name}}, {{email}}, {{agent_name}}, {{property.KEY}}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="40"/>
        <source>One quick reply label a line (optional)</source>
        <translation>Eine Schnellantwort-Beschriftung pro Zeile (optional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="43"/>
        <source>https:// address of an image (optional)</source>
        <translation>https://-Adresse eines Bildes (optional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="49"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="50"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="51"/>
        <source>Quick replies:</source>
        <translation>Schnellantworten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="52"/>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="203"/>
        <source>A saved reply needs a name.</source>
        <translation>Eine Antwortvorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="207"/>
        <source>A saved reply needs a text, quick replies or an image.</source>
        <translation>Eine Antwortvorlage braucht einen Text, Schnellantworten oder ein Bild.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="214"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="237"/>
        <source>Delete saved reply</source>
        <translation>Antwortvorlage löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="238"/>
        <source>Delete “%1” for the whole team?</source>
        <translation>„%1“ für das ganze Team löschen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="246"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="21"/>
        <source>Manage saved replies…</source>
        <translation>Antwortvorlagen verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="27"/>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="34"/>
        <source>Saved replies</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="49"/>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ auswählen · Eingabe fügt ein · Esc schließt</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="122"/>
        <source>Saved replies are not available.</source>
        <translation>Antwortvorlagen sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="124"/>
        <source>Loading saved replies…</source>
        <translation>Antwortvorlagen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="128"/>
        <source>The team has no saved replies yet.</source>
        <translation>Das Team hat noch keine Antwortvorlagen.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="130"/>
        <source>No saved reply matches “%1”. Esc keeps what you typed.</source>
        <translation>Keine Antwortvorlage passt zu „%1“. Esc behält, was Sie eingegeben haben.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/session/session.cpp" line="63"/>
        <source>webhooks are on, but no webhook secret is set</source>
        <translation>Webhooks sind an, aber es ist kein Webhook-Geheimnis gesetzt</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="68"/>
        <source>the webhook receiver cannot listen on port %1</source>
        <translation>der Webhook-Empfänger kann nicht auf Port %1 lauschen</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="183"/>
        <source>The local database could not be opened (%1): messages cannot be sent.</source>
        <translation>Die lokale Datenbank konnte nicht geöffnet werden (%1): Es können keine Nachrichten gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="186"/>
        <location filename="../core/session/sessioncontroller.cpp" line="204"/>
        <source>Another Smooch console is open with this profile: send from that one.</source>
        <translation>Eine andere Smooch-Konsole ist mit diesem Profil geöffnet: Senden Sie von dort.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="188"/>
        <source>Live updates are off: %1. The open conversation still refreshes by itself.</source>
        <translation>Live-Aktualisierung ist aus: %1. Die geöffnete Unterhaltung aktualisiert sich trotzdem selbst.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="191"/>
        <source>Live updates from the team relay are off: %1. The open conversation still refreshes by itself.</source>
        <translation>Die Live-Aktualisierungen vom Team-Relay sind aus: %1. Die geöffnete Unterhaltung aktualisiert sich trotzdem selbst.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="201"/>
        <source>The local database is not available, so the message cannot be kept safe: %1</source>
        <translation>Die lokale Datenbank ist nicht verfügbar, daher kann die Nachricht nicht sicher aufbewahrt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="273"/>
        <source>no agent token is stored for the relay</source>
        <translation>für das Relay ist kein Agent-Token gespeichert</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="349"/>
        <source>%1 is replying</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="351"/>
        <source>%1 are replying</source>
        <translation>%1 antworten</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="353"/>
        <source>%1 is viewing</source>
        <translation>%1 sieht zu</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="355"/>
        <source>%1 are viewing</source>
        <translation>%1 sehen zu</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="430"/>
        <source>The file could not be stored in the console&apos;s data folder, so it was not sent.</source>
        <translation>Die Datei konnte nicht im Datenordner der Konsole gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="444"/>
        <source>The message could not be saved to the outbox; it was not sent.</source>
        <translation>Die Nachricht konnte nicht im Postausgang gespeichert werden; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="502"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="21"/>
        <source>Load images from any https host</source>
        <translation>Bilder von jedem https-Host laden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="25"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="33"/>
        <source>Like the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="34"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="35"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="38"/>
        <source>A new language shows when the console starts again.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="44"/>
        <source>Otherwise images from hosts other than Smooch&apos;s and your server&apos;s wait for a click: loading one tells its host your address and when you read the message.</source>
        <translation>Sonst warten Bilder von anderen Hosts als denen von Smooch und Ihres Servers auf einen Klick: Das Laden verrät dem Host Ihre Adresse und wann Sie die Nachricht lesen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="57"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="15"/>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="17"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="34"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="39"/>
        <source>Send the reply (in the reply box)</source>
        <translation>Antwort senden (im Antwortfeld)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="40"/>
        <source>New line in the reply</source>
        <translation>Neue Zeile in der Antwort</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="41"/>
        <source>Saved reply</source>
        <translation>Antwortvorlage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="42"/>
        <source>Saved replies (at the start of an empty reply)</source>
        <translation>Antwortvorlagen (am Anfang einer leeren Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="43"/>
        <source>Move between messages</source>
        <translation>Zwischen Nachrichten wechseln</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="43"/>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="45"/>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="51"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="44"/>
        <source>Oldest loaded / newest message</source>
        <translation>Älteste geladene / neueste Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="46"/>
        <source>Select text of a message</source>
        <translation>Text einer Nachricht auswählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="47"/>
        <source>Links, buttons and Copy of a message</source>
        <translation>Links, Schaltflächen und Kopieren einer Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="48"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="49"/>
        <source>Copy the selected messages</source>
        <translation>Ausgewählte Nachrichten kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="50"/>
        <source>Next / previous control</source>
        <translation>Nächstes / vorheriges Bedienelement</translation>
    </message>
</context>
<context>
    <name>SmoochCtl</name>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="26"/>
        <source>smoochctl: %1; attempt %2 in %3 s
</source>
        <translation>smoochctl: %1; Versuch %2 in %3 s
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="49"/>
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
        <translation>Verwaltungs- und Skriptwerkzeug für die Unterhaltungs-API v1.1 von Smooch.

Befehle:
  messages USER [--before TS | --after TS | --all]   eine JSON-Nachricht pro Zeile, älteste zuerst
  send USER --text TEXT [--name N] [--email E] [--avatar-url U]   gibt die erstellte Nachricht aus
  typing USER start|stop
  read USER
  delete USER MESSAGE_ID
  clear USER... [--yes] [--export FILE]

Zugangsdaten kommen nur aus der Umgebung: SMOOCH_KEY_ID mit SMOOCH_SECRET (ein JWT wird
lokal signiert; SMOOCH_AUTH=basic verwendet stattdessen Basic) oder SMOOCH_JWT; oder aus einem
gespeicherten Profil der Konsole (--profile NAME) mit seinem Geheimnis im Schlüsselbund des Systems.
Exit-Codes: 0 Erfolg, 1 API-Fehler, 2 Aufruffehler, 3 Netzwerk- oder TLS-Fehler.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="15"/>
        <source>API base URL (SMOOCH_BASE_URL).</source>
        <translation>Basis-URL der API (SMOOCH_BASE_URL).</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="16"/>
        <source>App id (SMOOCH_APP_ID).</source>
        <translation>App-ID (SMOOCH_APP_ID).</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="17"/>
        <source>Use a saved profile of the console and its keychain secret.</source>
        <translation>Ein gespeichertes Profil der Konsole und sein Geheimnis aus dem Schlüsselbund verwenden.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="19"/>
        <source>Seconds without data before a request fails.</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage fehlschlägt.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="16"/>
        <source>messages: the page before this Unix time.</source>
        <translation>messages: die Seite vor dieser Unix-Zeit.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="17"/>
        <source>messages: the page after this Unix time.</source>
        <translation>messages: die Seite nach dieser Unix-Zeit.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="18"/>
        <source>messages: the whole history.</source>
        <translation>messages: der gesamte Verlauf.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="13"/>
        <source>send: the message text.</source>
        <translation>send: der Nachrichtentext.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="14"/>
        <source>send: the agent&apos;s display name.</source>
        <translation>send: der Anzeigename des Agenten.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="15"/>
        <source>send: the agent&apos;s email.</source>
        <translation>send: die E-Mail des Agenten.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="16"/>
        <source>send: the agent&apos;s avatar URL.</source>
        <translation>send: die Avatar-URL des Agenten.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="17"/>
        <source>clear: do not ask for confirmation.</source>
        <translation>clear: nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="18"/>
        <source>clear: first write the whole history as JSON to FILE.</source>
        <translation>clear: zuerst den gesamten Verlauf als JSON in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="70"/>
        <source>messages, send, typing, read, delete or clear.</source>
        <translation>messages, send, typing, read, delete oder clear.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="71"/>
        <source>The command&apos;s arguments.</source>
        <translation>Die Argumente des Befehls.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="93"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="94"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="104"/>
        <source>--%1 does not go with %2</source>
        <translation>--%1 passt nicht zu %2</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="49"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="66"/>
        <source>the keychain holds no secret for profile &apos;%1&apos;</source>
        <translation>der Schlüsselbund enthält kein Geheimnis für das Profil „%1“</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="67"/>
        <source>the keychain could not be read: %1</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="85"/>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="24"/>
        <source>messages takes one USER</source>
        <translation>messages erwartet einen USER</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="30"/>
        <source>--before, --after and --all exclude each other</source>
        <translation>--before, --after und --all schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="42"/>
        <source>--before and --after take a Unix time in seconds</source>
        <translation>--before und --after erwarten eine Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="22"/>
        <source>send takes one USER and --text TEXT</source>
        <translation>send erwartet einen USER und --text TEXT</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/typingcommand.cpp" line="16"/>
        <source>typing takes USER and start or stop</source>
        <translation>typing erwartet USER und start oder stop</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/readcommand.cpp" line="16"/>
        <source>read takes one USER</source>
        <translation>read erwartet einen USER</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/deletecommand.cpp" line="16"/>
        <source>delete takes USER and MESSAGE_ID</source>
        <translation>delete erwartet USER und MESSAGE_ID</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="27"/>
        <source>clear takes one or more USERs</source>
        <translation>clear erwartet einen oder mehrere USER</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="33"/>
        <source>clear asks for confirmation on a terminal; pass --yes to run without one</source>
        <translation>clear fragt in einem Terminal nach Bestätigung; übergeben Sie --yes, um ohne Terminal zu laufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/smoochctl/clearcommand.cpp" line="36"/>
        <source>Permanently delete the whole history of %Ln user(s): %1?</source>
        <translation>
            <numerusform>Den gesamten Verlauf von %Ln Nutzer endgültig löschen: %1?</numerusform>
            <numerusform>Den gesamten Verlauf von %Ln Nutzern endgültig löschen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="39"/>
        <source>smoochctl: nothing deleted
</source>
        <translation>smoochctl: nichts gelöscht
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="46"/>
        <source>smoochctl: the audit log cannot be written (%1); nothing deleted
</source>
        <translation>smoochctl: Das Audit-Protokoll kann nicht geschrieben werden (%1); nichts gelöscht
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="69"/>
        <source>smoochctl: %1; nothing deleted
</source>
        <translation>smoochctl: %1; nichts gelöscht
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="55"/>
        <source>smoochctl: cleared %1
</source>
        <translation>smoochctl: %1 geleert
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctloutput.cpp" line="71"/>
        <source>%1: %2
Try &apos;%1 --help&apos;.
</source>
        <translation>%1: %2
Siehe „%1 --help“.
</translation>
    </message>
</context>
<context>
    <name>SmoochRelay</name>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="14"/>
        <source>An app the agent may see (repeat for more; none: every app).</source>
        <translation>Eine App, die der Agent sehen darf (für mehrere wiederholen; keine: jede App).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="29"/>
        <source>agent takes add NAME, remove NAME or list</source>
        <translation>agent erwartet add NAME, remove NAME oder list</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="34"/>
        <source>--app goes with agent add only</source>
        <translation>--app passt nur zu agent add</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="47"/>
        <location filename="../app/smooch-relay/servecommand.cpp" line="164"/>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="55"/>
        <source>cannot add agent &apos;%1&apos;: %2</source>
        <translation>Agent „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="63"/>
        <source>no agent named &apos;%1&apos;</source>
        <translation>kein Agent namens „%1“</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="64"/>
        <source>cannot remove agent &apos;%1&apos;: %2</source>
        <translation>Agent „%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="49"/>
        <source>Address and port to listen on (default 127.0.0.1:8385).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:8385).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="51"/>
        <source>Serve HTTPS with this PEM certificate (chain).</source>
        <translation>HTTPS mit diesem PEM-Zertifikat (Kette) bereitstellen.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="52"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Der private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="54"/>
        <source>Webhook secrets, lines APPID SECRET (default $CREDENTIALS_DIRECTORY/webhook-secrets, else STATE/webhook-secrets).</source>
        <translation>Webhook-Geheimnisse, Zeilen APPID SECRET (Standard $CREDENTIALS_DIRECTORY/webhook-secrets, sonst STATE/webhook-secrets).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="57"/>
        <source>Days events are kept (default 30).</source>
        <translation>Tage, die Ereignisse aufbewahrt werden (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="58"/>
        <source>Seconds between keepalives on streams (default 15).</source>
        <translation>Sekunden zwischen Keepalives auf Streams (Standard 15).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="85"/>
        <source>serve takes no arguments</source>
        <translation>serve erwartet keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="97"/>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:8385</source>
        <translation>--listen erwartet ADDR:PORT, z. B. 127.0.0.1:8385</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="101"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="109"/>
        <source>--retention-days takes a positive number</source>
        <translation>--retention-days erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="119"/>
        <source>--keepalive-seconds takes a positive number</source>
        <translation>--keepalive-seconds erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="136"/>
        <source>cannot read the TLS certificate or key</source>
        <translation>das TLS-Zertifikat oder der Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="148"/>
        <source>the TLS certificate or key is not valid PEM</source>
        <translation>das TLS-Zertifikat oder der Schlüssel ist kein gültiges PEM</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="186"/>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="191"/>
        <source>cannot listen on %1</source>
        <translation>auf %1 kann nicht gelauscht werden</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="47"/>
        <source>--db and --postgres do not go together</source>
        <translation>--db und --postgres passen nicht zusammen</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="60"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="77"/>
        <source>SQLite database (default STATE/relay.sqlite).</source>
        <translation>SQLite-Datenbank (Standard STATE/relay.sqlite).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="80"/>
        <source>PostgreSQL database, as a libpq conninfo string.</source>
        <translation>PostgreSQL-Datenbank, als libpq-conninfo-Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="103"/>
        <source>The team relay: receives an app&apos;s webhooks, keeps them, and streams them to every agent&apos;s console.

Commands:
  serve [--listen ADDR:PORT] [--db FILE | --postgres CONNINFO]
        [--tls-cert FILE --tls-key FILE] [--secrets FILE] [--retention-days N]
        prints its base URL as the first line
  agent add NAME [--app ID]...   prints the new token once
  agent remove NAME
  agent list
  webhook register --app ID --url PUBLIC_URL   credentials as smoochctl takes them
  webhook status --app ID | webhook remove --app ID

STATE is $STATE_DIRECTORY, else $XDG_DATA_HOME/smooch-relay.
Exit codes: 0 success, 1 failure, 2 usage, 3 network failure.</source>
        <translation>Das Team-Relay: empfängt die Webhooks einer App, bewahrt sie auf und streamt sie an die Konsole jedes Agenten.

Befehle:
  serve [--listen ADDR:PORT] [--db FILE | --postgres CONNINFO]
        [--tls-cert FILE --tls-key FILE] [--secrets FILE] [--retention-days N]
        gibt seine Basis-URL als erste Zeile aus
  agent add NAME [--app ID]...   gibt das neue Token einmalig aus
  agent remove NAME
  agent list
  webhook register --app ID --url PUBLIC_URL   Zugangsdaten wie bei smoochctl
  webhook status --app ID | webhook remove --app ID

STATE ist $STATE_DIRECTORY, sonst $XDG_DATA_HOME/smooch-relay.
Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 Netzwerkfehler.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="122"/>
        <source>The command&apos;s arguments.</source>
        <translation>Die Argumente des Befehls.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="140"/>
        <source>no command given; try &apos;smooch-relay --help&apos;</source>
        <translation>kein Befehl angegeben; siehe „smooch-relay --help“</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="141"/>
        <source>unknown command &apos;%1&apos;; try &apos;smooch-relay --help&apos;</source>
        <translation>unbekannter Befehl „%1“; siehe „smooch-relay --help“</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="17"/>
        <source>The app whose webhook it is.</source>
        <translation>Die App, zu der der Webhook gehört.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="19"/>
        <source>The relay&apos;s public URL for the app&apos;s deliveries, ending in /webhooks/ID.</source>
        <translation>Die öffentliche URL des Relays für die Zustellungen an die App, endend auf /webhooks/ID.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="21"/>
        <source>The webhook secrets file (default: STATE/webhook-secrets).</source>
        <translation>Die Datei mit den Webhook-Geheimnissen (Standard: STATE/webhook-secrets).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="37"/>
        <source>webhook takes one of register, status or remove</source>
        <translation>webhook erwartet eines von register, status oder remove</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="42"/>
        <source>webhook %1 needs --app ID</source>
        <translation>webhook %1 braucht --app ID</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="47"/>
        <source>webhook register needs --url PUBLIC_URL</source>
        <translation>webhook register braucht --url PUBLIC_URL</translation>
    </message>
</context>
<context>
    <name>TemplatesApi</name>
    <message>
        <location filename="../core/client/templatesapi.cpp" line="23"/>
        <source>a page needs a limit of 1 or more and an offset of 0 or more</source>
        <translation>eine Seite braucht ein Limit von 1 oder mehr und einen Offset von 0 oder mehr</translation>
    </message>
    <message>
        <location filename="../core/client/templatesapi.cpp" line="31"/>
        <source>a saved reply needs a name</source>
        <translation>eine Antwortvorlage braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/client/templatesapi.cpp" line="55"/>
        <location filename="../core/client/templatesapi.cpp" line="66"/>
        <location filename="../core/client/templatesapi.cpp" line="75"/>
        <source>no template id given</source>
        <translation>keine Vorlagen-ID angegeben</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/window/trayicon.cpp" line="39"/>
        <source>Smooch Agent Console: %Ln unread</source>
        <translation>
            <numerusform>Smooch-Agentenkonsole: %Ln ungelesen</numerusform>
            <numerusform>Smooch-Agentenkonsole: %Ln ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookSecrets</name>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="61"/>
        <source>%1, line %2: expected APPID SECRET</source>
        <translation>%1, Zeile %2: APPID SECRET erwartet</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="74"/>
        <location filename="../core/relay/webhooksecrets.cpp" line="129"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="109"/>
        <source>the app id must be one word</source>
        <translation>die App-ID muss ein einzelnes Wort sein</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="112"/>
        <source>the secret must be one word</source>
        <translation>das Geheimnis muss ein einzelnes Wort sein</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="122"/>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="154"/>
        <location filename="../core/relay/webhooksecrets.cpp" line="159"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WebhookSetup</name>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="53"/>
        <source>App %1 has no webhook of the relay.</source>
        <translation>App %1 hat keinen Webhook des Relays.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="55"/>
        <source>App %1: the relay&apos;s webhook %2 delivers to %3.</source>
        <translation>App %1: Der Webhook %2 des Relays liefert an %3.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="58"/>
        <source>Payload version: v1.1.</source>
        <translation>Payload-Version: v1.1.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="59"/>
        <source>Payload version: %1, not v1.1: remove the webhook and register it again.</source>
        <translation>Payload-Version: %1, nicht v1.1: Entfernen Sie den Webhook und registrieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="61"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="65"/>
        <source>Triggers: all %1 the console uses.</source>
        <translation>Auslöser: alle %1, die die Konsole verwendet.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="66"/>
        <source>Triggers missing: %1.</source>
        <translation>Fehlende Auslöser: %1.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="67"/>
        <source>Client information: included.</source>
        <translation>Client-Informationen: enthalten.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="68"/>
        <source>Client information: not included.</source>
        <translation>Client-Informationen: nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="70"/>
        <source>%1 webhooks of the relay; every event arrives %1 times.</source>
        <translation>%1 Webhooks des Relays; jedes Ereignis kommt %1-mal an.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="73"/>
        <source>Other webhooks of the app (left alone): %1 of at most 10 in all.</source>
        <translation>Andere Webhooks der App (unverändert gelassen): %1 von insgesamt höchstens 10.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="83"/>
        <source>Registered the relay&apos;s webhook; its secret is stored.</source>
        <translation>Webhook des Relays registriert; sein Geheimnis ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="86"/>
        <source>Completed the relay&apos;s webhook; its secret is stored.</source>
        <translation>Webhook des Relays vervollständigt; sein Geheimnis ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="89"/>
        <source>The relay&apos;s webhook was already registered; nothing changed.</source>
        <translation>Der Webhook des Relays war bereits registriert; nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="92"/>
        <source>Removed the relay&apos;s webhook.</source>
        <translation>Webhook des Relays entfernt.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="95"/>
        <source>The app has no webhook of the relay; nothing removed.</source>
        <translation>Die App hat keinen Webhook des Relays; nichts entfernt.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="139"/>
        <source>no secrets file is given</source>
        <translation>keine Geheimnisdatei angegeben</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="144"/>
        <source>cannot write the secrets file %1</source>
        <translation>die Geheimnisdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="151"/>
        <source>cannot create the secrets file %1</source>
        <translation>die Geheimnisdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="158"/>
        <source>no Webhooks API</source>
        <translation>keine Webhooks-API</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="165"/>
        <source>no URL given, and %1 holds no secret for app %2: give the relay&apos;s webhook URL, or the secrets file that register wrote</source>
        <translation>keine URL angegeben, und %1 enthält kein Geheimnis für App %2: Geben Sie die Webhook-URL des Relays an oder die Geheimnisdatei, die register geschrieben hat</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="182"/>
        <source>the webhook URL must start with https:// or http://</source>
        <translation>die Webhook-URL muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="187"/>
        <source>the relay&apos;s webhook sends payload version %1; remove it and register again</source>
        <translation>der Webhook des Relays sendet Payload-Version %1; entfernen Sie ihn und registrieren Sie ihn erneut</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="237"/>
        <source>the webhook is registered but its secret could not be stored (%1); run register again once the file can be written</source>
        <translation>der Webhook ist registriert, aber sein Geheimnis konnte nicht gespeichert werden (%1); führen Sie register erneut aus, sobald die Datei geschrieben werden kann</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="285"/>
        <source>the webhook is removed but the secrets file could not be updated (%1)</source>
        <translation>der Webhook ist entfernt, aber die Geheimnisdatei konnte nicht aktualisiert werden (%1)</translation>
    </message>
</context>
<context>
    <name>WebhooksApi</name>
    <message>
        <location filename="../core/client/webhooksapi.cpp" line="26"/>
        <location filename="../core/client/webhooksapi.cpp" line="46"/>
        <source>the webhook has no target</source>
        <translation>der Webhook hat kein Ziel</translation>
    </message>
    <message>
        <location filename="../core/client/webhooksapi.cpp" line="36"/>
        <location filename="../core/client/webhooksapi.cpp" line="44"/>
        <location filename="../core/client/webhooksapi.cpp" line="61"/>
        <source>no webhook id given</source>
        <translation>keine Webhook-ID angegeben</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="9"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="10"/>
        <source>Connect your Smooch app</source>
        <translation>Ihre Smooch-App verbinden</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="12"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="13"/>
        <source>Welcome to the Smooch Agent Console</source>
        <translation>Willkommen in der Smooch Agent Console</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="20"/>
        <source>No Smooch app is connected. Try the console on a local demo app with a few customers, or connect your own app with its app id and an API key.</source>
        <translation>Es ist keine Smooch-App verbunden. Probieren Sie die Konsole mit einer lokalen Demo-App mit einigen Kunden aus, oder verbinden Sie Ihre eigene App mit ihrer App-ID und einem API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="28"/>
        <source>Opens a demo app on this computer; nothing reaches Smooch.</source>
        <translation>Öffnet eine Demo-App auf diesem Computer; nichts erreicht Smooch.</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="30"/>
        <source>Sets up a profile with your app&apos;s base URL, app id and API key.</source>
        <translation>Richtet ein Profil mit der Basis-URL, der App-ID und dem API-Schlüssel Ihrer App ein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="57"/>
        <source>Smooch Agent Console. Without options it opens the last profile; SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID with SMOOCH_SECRET (or SMOOCH_JWT) and SMOOCH_AUTH open a temporary profile.</source>
        <translation>Smooch-Agentenkonsole. Ohne Optionen öffnet sie das zuletzt verwendete Profil; SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID mit SMOOCH_SECRET (oder SMOOCH_JWT) und SMOOCH_AUTH öffnen ein temporäres Profil.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="65"/>
        <source>Open USER&apos;s conversation at start.</source>
        <translation>Beim Start die Unterhaltung von USER öffnen.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="69"/>
        <source>Try the console on a local demo app.</source>
        <translation>Die Konsole mit einer lokalen Demo-App ausprobieren.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="72"/>
        <source>Save a picture of the window to FILE after --screenshot-delay, then quit.</source>
        <translation>Nach --screenshot-delay ein Bild des Fensters in FILE speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="77"/>
        <source>Milliseconds before --screenshot.</source>
        <translation>Millisekunden vor --screenshot.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="96"/>
        <source>Smooch console is already open: its window was brought forward.</source>
        <translation>Die Smooch-Konsole ist bereits geöffnet: Ihr Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="136"/>
        <source>The demo could not start a local server.</source>
        <translation>Die Demo konnte keinen lokalen Server starten.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="144"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="148"/>
        <source>You (demo)</source>
        <translation>Sie (Demo)</translation>
    </message>
</context>
</TS>
