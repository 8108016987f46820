<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiConnection</name>
    <message>
        <location filename="../core/apiconnection.cpp" line="43"/>
        <source>the base URL is not a valid URL</source>
        <translation>l’URL de base n’est pas une URL valide</translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="49"/>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>le http non chiffré n’est autorisé que pour les hôtes locaux (loopback)&#xa0;; utilisez https</translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="51"/>
        <source>the base URL must use https</source>
        <translation>l’URL de base doit utiliser https</translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="59"/>
        <source>no app id is set</source>
        <translation>aucun identifiant d’application n’est défini</translation>
    </message>
    <message>
        <location filename="../core/apiconnection.cpp" line="61"/>
        <source>no valid credentials are set</source>
        <translation>aucun identifiant de connexion valide n’est défini</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/apierror.cpp" line="52"/>
        <source>unexpected HTTP %1 redirect to %2</source>
        <translation>redirection HTTP %1 inattendue vers %2</translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="58"/>
        <source>the connection closed after the request was sent, before the answer</source>
        <translation>la connexion s’est fermée après l’envoi de la requête, avant la réponse</translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="100"/>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="112"/>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="114"/>
        <source>TLS error: %1</source>
        <translation>erreur TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="116"/>
        <source>timed out: %1</source>
        <translation>délai dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="118"/>
        <source>invalid response: %1</source>
        <translation>réponse invalide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/apierror.cpp" line="120"/>
        <source>not sent: %1</source>
        <translation>non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="15"/>
        <location filename="../ui/auditlogdialog.cpp" line="30"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="22"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="23"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/auditlogdialog.cpp" line="23"/>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
</context>
<context>
    <name>ClearHistoryDialog</name>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="24"/>
        <source>Export the whole history to a file first</source>
        <translation>Exporter d’abord tout l’historique dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="28"/>
        <location filename="../ui/clearhistorydialog.cpp" line="52"/>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="30"/>
        <source>This permanently deletes every message of %1 for everyone. Type the user id to confirm:</source>
        <translation>Cela supprime définitivement tous les messages de %1 pour tout le monde. Saisissez l’identifiant de l’utilisateur pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="36"/>
        <source>User id to confirm</source>
        <translation>Identifiant de l’utilisateur à confirmer</translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="43"/>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="44"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="46"/>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location filename="../ui/clearhistorydialog.cpp" line="47"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/composer.cpp" line="41"/>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Écrire une réponse… (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="43"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="45"/>
        <source>The reply to the open conversation. Enter sends, Shift+Enter starts a new line.</source>
        <translation>La réponse à la conversation ouverte. Entrée envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="51"/>
        <location filename="../ui/composer.cpp" line="53"/>
        <source>Add buttons, an image or a file</source>
        <translation>Ajouter des boutons, une image ou un fichier</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="52"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="56"/>
        <source>Quick reply…</source>
        <translation>Réponse rapide…</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="57"/>
        <source>Link button…</source>
        <translation>Bouton de lien…</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="59"/>
        <source>Image by URL…</source>
        <translation>Image par URL…</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="60"/>
        <source>File by URL…</source>
        <translation>Fichier par URL…</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="63"/>
        <source>Sends the reply; it waits in the outbox until the server has it.</source>
        <translation>Envoie la réponse&#xa0;; elle attend dans la boîte d’envoi jusqu’à ce que le serveur l’ait reçue.</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="108"/>
        <location filename="../ui/composer.cpp" line="116"/>
        <source>Send to %1</source>
        <translation>Envoyer à %1</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="109"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="163"/>
        <source>A link button needs a label and an http, https or mailto address.</source>
        <translation>Un bouton de lien nécessite un libellé et une adresse http, https ou mailto.</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="178"/>
        <source>An image or file is sent by its https address.</source>
        <translation>Une image ou un fichier est envoyé par son adresse https.</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="204"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="205"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="210"/>
        <source>Image: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="210"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="251"/>
        <source>Open a conversation first.</source>
        <translation>Ouvrez d’abord une conversation.</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="254"/>
        <source>Type a message first.</source>
        <translation>Saisissez d’abord un message.</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="265"/>
        <source>Nothing can be sent right now.</source>
        <translation>Rien ne peut être envoyé pour le moment.</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="298"/>
        <source>Quick reply</source>
        <translation>Réponse rapide</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="298"/>
        <source>Button label:</source>
        <translation>Libellé du bouton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="307"/>
        <source>Link button</source>
        <translation>Bouton de lien</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="315"/>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="316"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="326"/>
        <source>Image by URL</source>
        <translation>Image par URL</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="326"/>
        <source>File by URL</source>
        <translation>Fichier par URL</translation>
    </message>
    <message>
        <location filename="../ui/composer.cpp" line="327"/>
        <source>https address:</source>
        <translation>Adresse https&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConversationApi</name>
    <message>
        <location filename="../core/conversationapi.cpp" line="85"/>
        <source>no message id given</source>
        <translation>aucun identifiant de message indiqué</translation>
    </message>
    <message>
        <location filename="../core/conversationapi.cpp" line="224"/>
        <source>the response has no conversation</source>
        <translation>la réponse ne contient pas de conversation</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../ui/conversationview.cpp" line="44"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="47"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="48"/>
        <source>The messages of the open conversation, oldest first. Arrow keys move between messages, F2 selects text, the menu key offers Copy.</source>
        <translation>Les messages de la conversation ouverte, du plus ancien au plus récent. Les flèches passent d’un message à l’autre, F2 sélectionne du texte, la touche menu propose Copier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversationview.cpp" line="431"/>
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln nouveau message ↓</numerusform>
            <numerusform>%Ln nouveaux messages ↓</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="528"/>
        <source>Open “%1”</source>
        <translation>Ouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="539"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="540"/>
        <source>Copy message id</source>
        <translation>Copier l’identifiant du message</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="544"/>
        <source>Delete message…</source>
        <translation>Supprimer le message…</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="576"/>
        <source>Open this link in your browser?

%1</source>
        <translation>Ouvrir ce lien dans votre navigateur&#xa0;?

%1</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="582"/>
        <source>Open this file in your browser?

%1</source>
        <translation>Ouvrir ce fichier dans votre navigateur&#xa0;?

%1</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="591"/>
        <location filename="../ui/conversationview.cpp" line="602"/>
        <source>Save file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../ui/conversationview.cpp" line="603"/>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/credentialstore.cpp" line="44"/>
        <source>The system keychain could not %1 (%2). Secrets are kept in memory for this session only and must be entered again next time.</source>
        <translation>Le trousseau du système a échoué lors de l’opération «&#xa0;%1&#xa0;» (%2). Les secrets sont gardés en mémoire pour cette session seulement et devront être saisis à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="96"/>
        <source>read a secret</source>
        <translation>lire un secret</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="105"/>
        <source>store a secret</source>
        <translation>enregistrer un secret</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="115"/>
        <source>remove a secret</source>
        <translation>supprimer un secret</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <location filename="../core/historyexporter.cpp" line="42"/>
        <source>reading %1&apos;s history failed: %2</source>
        <translation>la lecture de l’historique de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/historyexporter.cpp" line="57"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../ui/imagedialog.cpp" line="16"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/imagedialog.cpp" line="20"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/imagedialog.cpp" line="35"/>
        <source>The image could not be loaded: %1</source>
        <translation>L’image n’a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/imagedialog.cpp" line="36"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message numerus="yes">
        <location filename="../ui/inboxmodel.cpp" line="90"/>
        <source>%1: %2, %Ln unread</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %Ln non lu</numerusform>
            <numerusform>%1&#xa0;: %2, %Ln non lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="95"/>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Smooch Agent Console</source>
        <translation>Console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Shows only the conversations whose name, user id or last message contains the text.</source>
        <translation>N’affiche que les conversations dont le nom, l’identifiant d’utilisateur ou le dernier message contient le texte.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Conversations, latest activity first. Enter opens the selected one.</source>
        <translation>Conversations, activité la plus récente en premier. Entrée ouvre celle qui est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Open conversation…</source>
        <translation>Ouvrir une conversation…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Opens the conversation of a user id.</source>
        <translation>Ouvre la conversation d’un identifiant d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Typing indicator</source>
        <translation>Indicateur de saisie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Conversation title</source>
        <translation>Titre de la conversation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Undo deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Brings back the deleted message; nothing reaches the server until the undo time is over.</source>
        <translation>Rétablit le message supprimé&#xa0;; rien n’atteint le serveur avant la fin du délai d’annulation.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Open conversation…</source>
        <translation>&amp;Ouvrir une conversation…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Jump to &amp;newest</source>
        <translation>Aller au plus &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Write a reply</source>
        <translation>&amp;Écrire une réponse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Sen&amp;d reply</source>
        <translation>En&amp;voyer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Search conversations</source>
        <translation>Chercher dans les &amp;conversations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Ne&amp;xt conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>P&amp;revious conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Next &amp;unread conversation</source>
        <translation>Prochaine conversation &amp;non lue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;Clear history…</source>
        <translation>&amp;Effacer l’historique…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>&amp;About Smooch Agent Console</source>
        <translation>À &amp;propos de la console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>About Smooch Agent Console</source>
        <translation>À propos de la console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Smooch Agent Console %1

A desktop console for support agents on the Smooch (Sunshine Conversations) v1.1 API.</source>
        <translation>Console agent Smooch %1

Une console de bureau pour les agents de support sur l’API Smooch v1.1 (Sunshine Conversations).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>No profile open</source>
        <translation>Aucun profil ouvert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>No secret is stored for the profile “%1”: enter it under Manage profiles.</source>
        <translation>Aucun secret n’est enregistré pour le profil «&#xa0;%1&#xa0;»&#xa0;: saisissez-le dans Gérer les profils.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>The keychain could not be read (%1).</source>
        <translation>Le trousseau n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>%1 — Smooch Agent Console</source>
        <translation>%1 — Console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>The local database could not be opened (%1): messages cannot be sent.</source>
        <translation>La base de données locale n’a pas pu être ouverte (%1)&#xa0;: les messages ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Another Smooch console is open with this profile: send from that one.</source>
        <translation>Une autre console Smooch est ouverte avec ce profil&#xa0;: envoyez depuis celle-ci.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>Live updates are off: %1. The open conversation still refreshes by itself.</source>
        <translation>Les mises à jour en direct sont désactivées&#xa0;: %1. La conversation ouverte se rafraîchit tout de même d’elle-même.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>No conversation open</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>The server refused the credentials (%1). Messages wait in the outbox until they are fixed.</source>
        <translation>Le serveur a refusé les identifiants (%1). Les messages attendent dans la boîte d’envoi jusqu’à ce qu’ils soient corrigés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>Delete this message for everyone? You can undo for a few seconds.</source>
        <translation>Supprimer ce message pour tout le monde&#xa0;? Vous pouvez annuler pendant quelques secondes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>Smooch Agent Console: %Ln unread</source>
        <translation>
            <numerusform>Console agent Smooch&#xa0;: %Ln non lu</numerusform>
            <numerusform>Console agent Smooch&#xa0;: %Ln non lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>The message could not be deleted: %1</source>
        <translation>Le message n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>The local database is not available, so the message cannot be kept safe: %1</source>
        <translation>La base de données locale n’est pas disponible, le message ne peut donc pas être conservé en sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>The message could not be saved to the outbox; it was not sent.</source>
        <translation>Le message n’a pas pu être enregistré dans la boîte d’envoi&#xa0;; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>Open conversation</source>
        <translation>Ouvrir une conversation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>%Ln message(s) loaded</source>
        <translation>
            <numerusform>%Ln message chargé</numerusform>
            <numerusform>%Ln messages chargés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>User id or smoochId:</source>
        <translation>Identifiant d’utilisateur ou smoochId&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="658"/>
        <source>%1 has read the conversation</source>
        <translation>%1 a lu la conversation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>Message deleted.</source>
        <translation>Message supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="763"/>
        <source>The history could not be cleared: %1</source>
        <translation>L’historique n’a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="777"/>
        <source>Nothing was deleted: the export failed (%1).</source>
        <translation>Rien n’a été supprimé&#xa0;: l’export a échoué (%1).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="805"/>
        <source>(no saved profiles)</source>
        <translation>(aucun profil enregistré)</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <location filename="../ui/mediacache.cpp" line="43"/>
        <source>only https links are loaded</source>
        <translation>seuls les liens https sont chargés</translation>
    </message>
    <message>
        <location filename="../ui/mediacache.cpp" line="82"/>
        <source>only https images are loaded</source>
        <translation>seules les images https sont chargées</translation>
    </message>
    <message>
        <location filename="../ui/mediacache.cpp" line="96"/>
        <source>the image is too large</source>
        <translation>l’image est trop grande</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="56"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="58"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagedelegate.cpp" line="201"/>
        <source>
… (%Ln more characters; Copy text copies all)</source>
        <translation>
            <numerusform>
… (%Ln caractère de plus&#xa0;; «&#xa0;Copier le texte&#xa0;» copie tout)</numerusform>
            <numerusform>
… (%Ln caractères de plus&#xa0;; «&#xa0;Copier le texte&#xa0;» copie tout)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="372"/>
        <location filename="../ui/messagedelegate.cpp" line="464"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="402"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="425"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="426"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="432"/>
        <source>Internal note · %1</source>
        <translation>Note interne · %1</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="433"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="465"/>
        <location filename="../ui/messagedelegate.cpp" line="467"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="470"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="471"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="472"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="558"/>
        <source>(empty message)</source>
        <translation>(message vide)</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="569"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="573"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="574"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="580"/>
        <source>Shared location</source>
        <translation>Position partagée</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="593"/>
        <source>Open in map</source>
        <translation>Ouvrir dans une carte</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="595"/>
        <source>(no coordinates)</source>
        <translation>(aucune coordonnée)</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="614"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="622"/>
        <source>(no items)</source>
        <translation>(aucun élément)</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="625"/>
        <source>Form (submitted)</source>
        <translation>Formulaire (envoyé)</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="625"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="632"/>
        <source>%1 field</source>
        <translation>champ de type %1</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="633"/>
        <source>%1 field: %2</source>
        <translation>champ de type %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="639"/>
        <source>Form response</source>
        <translation>Réponse au formulaire</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="649"/>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="657"/>
        <source>Unsupported message type “%1”</source>
        <translation>Type de message non pris en charge «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="751"/>
        <source>Image unavailable</source>
        <translation>Image indisponible</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="751"/>
        <source>Loading image…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="869"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="895"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="150"/>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="151"/>
        <source>Couldn&apos;t load older messages: %1</source>
        <translation>Impossible de charger les messages plus anciens&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="162"/>
        <source>Your message, not sent: %1. %2</source>
        <translation>Votre message, non envoyé&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="164"/>
        <source>Your message, sending: %1</source>
        <translation>Votre message, en cours d’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="191"/>
        <source>Couldn&apos;t load newer messages: %1</source>
        <translation>Impossible de charger les messages plus récents&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="202"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/outbox.cpp" line="309"/>
        <source>Waiting: the server refused the credentials (%1)</source>
        <translation>En attente&#xa0;: le serveur a refusé les identifiants (%1)</translation>
    </message>
    <message>
        <location filename="../core/outbox.cpp" line="369"/>
        <source>Retrying in %1 s: %2</source>
        <translation>Nouvel essai dans %1&#xa0;s&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../core/plaintext.cpp" line="97"/>
        <source>(empty message)</source>
        <translation>(message vide)</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="99"/>
        <source>[Image]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="99"/>
        <source>[Image] %1</source>
        <translation>[Image] %1</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="101"/>
        <source>[File] %1</source>
        <translation>[Fichier] %1</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="103"/>
        <source>[Location] %1</source>
        <translation>[Position] %1</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="107"/>
        <location filename="../core/plaintext.cpp" line="108"/>
        <source>[Cards] %1</source>
        <translation>[Cartes] %1</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="110"/>
        <source>[Form] %1</source>
        <translation>[Formulaire] %1</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="112"/>
        <source>[Form response] %1</source>
        <translation>[Réponse au formulaire] %1</translation>
    </message>
    <message>
        <location filename="../core/plaintext.cpp" line="116"/>
        <source>[Unsupported message: %1]</source>
        <translation>[Message non pris en charge&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/profile.cpp" line="27"/>
        <source>the profile needs a name</source>
        <translation>le profil doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="31"/>
        <source>the profile needs an app id</source>
        <translation>le profil doit avoir un identifiant d’application</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="33"/>
        <source>the profile needs a key id</source>
        <translation>le profil doit avoir un identifiant de clé</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="44"/>
        <source>From the environment</source>
        <translation>Depuis l’environnement</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/profiledialog.cpp" line="37"/>
        <source>Show administrator tools (delete, clear history)</source>
        <translation>Afficher les outils d’administration (supprimer, effacer l’historique)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="38"/>
        <source>Receive live updates by webhook</source>
        <translation>Recevoir les mises à jour en direct par webhook</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="43"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="46"/>
        <source>United States (api.smooch.io)</source>
        <translation>États-Unis (api.smooch.io)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="47"/>
        <source>European Union (api.eu-1.smooch.io)</source>
        <translation>Union européenne (api.eu-1.smooch.io)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="48"/>
        <source>Other address</source>
        <translation>Autre adresse</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="55"/>
        <source>Key id and secret (signed JWT)</source>
        <translation>Identifiant de clé et secret (JWT signé)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="56"/>
        <source>Pasted JWT</source>
        <translation>JWT collé</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="57"/>
        <source>Key id and secret (Basic)</source>
        <translation>Identifiant de clé et secret (Basic)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="59"/>
        <source>Secret or JWT</source>
        <translation>Secret ou JWT</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="61"/>
        <source>kept in the keychain; leave empty to keep the stored one</source>
        <translation>conservé dans le trousseau&#xa0;; laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="63"/>
        <source>the webhook&apos;s secret (X-API-Key)</source>
        <translation>le secret du webhook (X-API-Key)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="65"/>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="70"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="71"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="72"/>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="73"/>
        <source>App id:</source>
        <translation>Identifiant d’application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="74"/>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="75"/>
        <source>Key id:</source>
        <translation>Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="76"/>
        <source>Secret or JWT:</source>
        <translation>Secret ou JWT&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="77"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="78"/>
        <source>Your email:</source>
        <translation>Votre e-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="79"/>
        <source>Your avatar URL:</source>
        <translation>URL de votre avatar&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="82"/>
        <source>Webhook port:</source>
        <translation>Port du webhook&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="83"/>
        <source>Webhook secret:</source>
        <translation>Secret du webhook&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="85"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="86"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="87"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="88"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="89"/>
        <source>Save and open</source>
        <translation>Enregistrer et ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="198"/>
        <source>Not saved: %1.</source>
        <translation>Non enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="207"/>
        <source>Saved, but the keychain refused the secret (%1): it is kept for this session only.</source>
        <translation>Enregistré, mais le trousseau a refusé le secret (%1)&#xa0;: il est conservé pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="215"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="238"/>
        <source>Cannot test: %1.</source>
        <translation>Test impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="245"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="257"/>
        <location filename="../ui/profiledialog.cpp" line="264"/>
        <source>The credentials work.</source>
        <translation>Les identifiants fonctionnent.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="266"/>
        <source>The credentials were refused (%1).</source>
        <translation>Les identifiants ont été refusés (%1).</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="268"/>
        <source>The test failed: %1</source>
        <translation>Le test a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/session.cpp" line="34"/>
        <source>webhooks are on, but no webhook secret is set</source>
        <translation>les webhooks sont activés, mais aucun secret de webhook n’est défini</translation>
    </message>
    <message>
        <location filename="../core/session.cpp" line="39"/>
        <source>the webhook receiver cannot listen on port %1</source>
        <translation>le récepteur de webhooks ne peut pas écouter sur le port %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="22"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Like the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="32"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>A new language shows when the console starts again.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="15"/>
        <location filename="../ui/shortcutsdialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="17"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="34"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="39"/>
        <source>Send the reply (in the reply box)</source>
        <translation>Envoyer la réponse (dans la zone de réponse)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="40"/>
        <source>New line in the reply</source>
        <translation>Nouvelle ligne dans la réponse</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="41"/>
        <source>Move between messages</source>
        <translation>Passer d’un message à l’autre</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="41"/>
        <location filename="../ui/shortcutsdialog.cpp" line="43"/>
        <location filename="../ui/shortcutsdialog.cpp" line="49"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="42"/>
        <source>Oldest loaded / newest message</source>
        <translation>Message chargé le plus ancien / le plus récent</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="44"/>
        <source>Select text of a message</source>
        <translation>Sélectionner le texte d’un message</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Links, buttons and Copy of a message</source>
        <translation>Liens, boutons et copie d’un message</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="46"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="47"/>
        <source>Copy the selected messages</source>
        <translation>Copier les messages sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="48"/>
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
</context>
<context>
    <name>SmoochCtl</name>
    <message>
        <location filename="../core/smoochctl.cpp" line="56"/>
        <source>smoochctl: %1; attempt %2 in %3 s
</source>
        <translation>smoochctl&#xa0;: %1&#xa0;; tentative %2 dans %3&#xa0;s
</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="91"/>
        <source>smoochctl: %1
Try &apos;smoochctl --help&apos;.
</source>
        <translation>smoochctl&#xa0;: %1
Voir «&#xa0;smoochctl --help&#xa0;».
</translation>
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
        <translation>Outil d’administration et de script pour l’API de conversation Smooch v1.1.

Commandes&#xa0;:
  messages USER [--before TS | --after TS | --all]   un message JSON par ligne, du plus ancien au plus récent
  send USER --text TEXT [--name N] [--email E] [--avatar-url U]   affiche le message créé
  typing USER start|stop
  read USER
  delete USER MESSAGE_ID
  clear USER... [--yes] [--export FILE]

Les identifiants viennent uniquement de l’environnement&#xa0;: SMOOCH_KEY_ID avec SMOOCH_SECRET (un JWT est
signé localement&#xa0;; SMOOCH_AUTH=basic utilise Basic à la place), ou SMOOCH_JWT&#xa0;; ou d’un profil enregistré
de la console (--profile NAME) avec son secret dans le trousseau du système.
Codes de sortie&#xa0;: 0 succès, 1 erreur de l’API, 2 mauvaise utilisation, 3 échec réseau ou TLS.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="121"/>
        <source>API base URL (SMOOCH_BASE_URL).</source>
        <translation>URL de base de l’API (SMOOCH_BASE_URL).</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="123"/>
        <source>App id (SMOOCH_APP_ID).</source>
        <translation>Identifiant d’application (SMOOCH_APP_ID).</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="125"/>
        <source>Use a saved profile of the console and its keychain secret.</source>
        <translation>Utiliser un profil enregistré de la console et son secret du trousseau.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="127"/>
        <source>Seconds without data before a request fails.</source>
        <translation>Secondes sans données avant qu’une requête échoue.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="128"/>
        <source>messages: the page before this Unix time.</source>
        <translation>messages&#xa0;: la page avant cette heure Unix.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="130"/>
        <source>messages: the page after this Unix time.</source>
        <translation>messages&#xa0;: la page après cette heure Unix.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="132"/>
        <source>messages: the whole history.</source>
        <translation>messages&#xa0;: tout l’historique.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="133"/>
        <source>send: the message text.</source>
        <translation>send&#xa0;: le texte du message.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="134"/>
        <source>send: the agent&apos;s display name.</source>
        <translation>send&#xa0;: le nom affiché de l’agent.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="135"/>
        <source>send: the agent&apos;s email.</source>
        <translation>send&#xa0;: l’e-mail de l’agent.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="136"/>
        <source>send: the agent&apos;s avatar URL.</source>
        <translation>send&#xa0;: l’URL de l’avatar de l’agent.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="138"/>
        <source>clear: do not ask for confirmation.</source>
        <translation>clear&#xa0;: ne pas demander de confirmation.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="140"/>
        <source>clear: first write the whole history as JSON to FILE.</source>
        <translation>clear&#xa0;: écrire d’abord tout l’historique en JSON dans FILE.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="144"/>
        <source>messages, send, typing, read, delete or clear.</source>
        <translation>messages, send, typing, read, delete ou clear.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="145"/>
        <source>The command&apos;s arguments.</source>
        <translation>Les arguments de la commande.</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="174"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="174"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="181"/>
        <source>--%1 does not go with %2</source>
        <translation>--%1 ne va pas avec %2</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="191"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="208"/>
        <source>the keychain holds no secret for profile &apos;%1&apos;</source>
        <translation>le trousseau ne contient aucun secret pour le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="209"/>
        <source>the keychain could not be read: %1</source>
        <translation>le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="226"/>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout attend un nombre positif de secondes</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="235"/>
        <source>messages takes one USER</source>
        <translation>messages attend un USER</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="241"/>
        <source>--before, --after and --all exclude each other</source>
        <translation>--before, --after et --all s’excluent mutuellement</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="257"/>
        <source>--before and --after take a Unix time in seconds</source>
        <translation>--before et --after attendent une heure Unix en secondes</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="265"/>
        <source>send takes one USER and --text TEXT</source>
        <translation>send attend un USER et --text TEXT</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="275"/>
        <source>typing takes USER and start or stop</source>
        <translation>typing attend USER et start ou stop</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="284"/>
        <source>read takes one USER</source>
        <translation>read attend un USER</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="291"/>
        <source>delete takes USER and MESSAGE_ID</source>
        <translation>delete attend USER et MESSAGE_ID</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="298"/>
        <source>clear takes one or more USERs</source>
        <translation>clear attend un ou plusieurs USER</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="304"/>
        <source>clear asks for confirmation on a terminal; pass --yes to run without one</source>
        <translation>clear demande une confirmation dans un terminal&#xa0;; passez --yes pour l’exécuter sans terminal</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smoochctl.cpp" line="307"/>
        <source>Permanently delete the whole history of %Ln user(s): %1?</source>
        <translation>
            <numerusform>Supprimer définitivement tout l’historique de %Ln utilisateur&#xa0;: %1&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement tout l’historique de %Ln utilisateurs&#xa0;: %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="310"/>
        <source>smoochctl: nothing deleted
</source>
        <translation>smoochctl&#xa0;: rien n’a été supprimé
</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="345"/>
        <source>smoochctl: %1; nothing deleted
</source>
        <translation>smoochctl&#xa0;: %1&#xa0;; rien n’a été supprimé
</translation>
    </message>
    <message>
        <location filename="../core/smoochctl.cpp" line="359"/>
        <source>smoochctl: cleared %1
</source>
        <translation>smoochctl&#xa0;: %1 effacé
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="54"/>
        <source>Smooch Agent Console. Without options it opens the last profile; SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID with SMOOCH_SECRET (or SMOOCH_JWT) and SMOOCH_AUTH open a temporary profile.</source>
        <translation>Console agent Smooch. Sans option, elle ouvre le dernier profil&#xa0;; SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID avec SMOOCH_SECRET (ou SMOOCH_JWT) et SMOOCH_AUTH ouvrent un profil temporaire.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="62"/>
        <source>Open USER&apos;s conversation at start.</source>
        <translation>Ouvrir la conversation de USER au démarrage.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="66"/>
        <source>Try the console on a local demo app.</source>
        <translation>Essayer la console sur une application de démonstration locale.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="69"/>
        <source>Save a picture of the window to FILE after --screenshot-delay, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE après --screenshot-delay, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="74"/>
        <source>Milliseconds before --screenshot.</source>
        <translation>Millisecondes avant --screenshot.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="104"/>
        <source>The demo could not start a local server.</source>
        <translation>La démonstration n’a pas pu démarrer de serveur local.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="111"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="115"/>
        <source>You (demo)</source>
        <translation>Vous (démo)</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="142"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="143"/>
        <source>No Smooch app is set up yet.</source>
        <translation>Aucune application Smooch n’est encore configurée.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="145"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="147"/>
        <source>Connect your Smooch app</source>
        <translation>Connecter votre application Smooch</translation>
    </message>
</context>
</TS>
