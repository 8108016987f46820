<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgentStore</name>
    <message>
        <location filename="../core/relay/agentstore.cpp" line="98"/>
        <source>An agent&apos;s name must not be empty or begin or end with a space.</source>
        <translation>Le nom d’un agent ne doit pas être vide, ni commencer ou finir par un espace.</translation>
    </message>
    <message>
        <location filename="../core/relay/agentstore.cpp" line="104"/>
        <source>The database cannot be reached.</source>
        <translation>Impossible de joindre la base de données.</translation>
    </message>
    <message>
        <location filename="../core/relay/agentstore.cpp" line="125"/>
        <source>There is already an agent named %1.</source>
        <translation>Il existe déjà un agent nommé %1.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../core/client/apiclient.cpp" line="320"/>
        <source>the response is larger than %1 MiB; it was not read to its end</source>
        <translation>la réponse dépasse %1 Mio ; elle n&apos;a pas été lue jusqu&apos;au bout</translation>
    </message>
    <message>
        <location filename="../core/client/apiclient.cpp" line="322"/>
        <source>the response is larger than %1 KiB; it was not read to its end</source>
        <translation>la réponse dépasse %1 KiB ; elle n’a pas été lue jusqu’au bout</translation>
    </message>
</context>
<context>
    <name>ApiConnection</name>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="43"/>
        <source>the base URL is not a valid URL</source>
        <translation>l’URL de base n’est pas une URL valide</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="49"/>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>le http non chiffré n’est autorisé que pour les hôtes locaux (loopback)&#xa0;; utilisez https</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="51"/>
        <source>the base URL must use https</source>
        <translation>l’URL de base doit utiliser https</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="59"/>
        <source>no app id is set</source>
        <translation>aucun identifiant d’application n’est défini</translation>
    </message>
    <message>
        <location filename="../core/client/apiconnection.cpp" line="61"/>
        <source>no valid credentials are set</source>
        <translation>aucun identifiant de connexion valide n’est défini</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/client/apierror.cpp" line="52"/>
        <source>unexpected HTTP %1 redirect to %2</source>
        <translation>redirection HTTP %1 inattendue vers %2</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="58"/>
        <source>the connection closed after the request was sent, before the answer</source>
        <translation>la connexion s’est fermée après l’envoi de la requête, avant la réponse</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="100"/>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="112"/>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="114"/>
        <source>TLS error: %1</source>
        <translation>erreur TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="116"/>
        <source>timed out: %1</source>
        <translation>délai dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="118"/>
        <source>invalid response: %1</source>
        <translation>réponse invalide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="120"/>
        <source>not sent: %1</source>
        <translation>non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="129"/>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="132"/>
        <source>The server refused the credentials (HTTP %1).</source>
        <translation>Le serveur a refusé les identifiants (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="134"/>
        <source>The server does not know this conversation or message (HTTP 404).</source>
        <translation>Le serveur ne connaît pas cette conversation ou ce message (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="136"/>
        <source>The server is busy and asked to try again later (HTTP %1).</source>
        <translation>Le serveur est occupé et demande de réessayer plus tard (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="139"/>
        <source>The server has a problem (HTTP %1).</source>
        <translation>Le serveur rencontre un problème (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="142"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="143"/>
        <source>The server refused the request (HTTP %1): %2.</source>
        <translation>Le serveur a refusé la requête (HTTP %1) : %2.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="149"/>
        <source>Can&apos;t reach the server: it refused the connection.</source>
        <translation>Impossible de joindre le serveur : il a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="151"/>
        <source>Can&apos;t reach the server: its address was not found.</source>
        <translation>Impossible de joindre le serveur : son adresse est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="153"/>
        <source>The connection closed before the server answered.</source>
        <translation>La connexion s&apos;est fermée avant la réponse du serveur.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="156"/>
        <source>Can&apos;t reach the server: there is no network connection.</source>
        <translation>Impossible de joindre le serveur : aucune connexion réseau.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="162"/>
        <source>Can&apos;t reach the server through the proxy.</source>
        <translation>Impossible de joindre le serveur par le proxy.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="164"/>
        <source>Can&apos;t reach the server.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="167"/>
        <source>The secure connection to the server could not be set up.</source>
        <translation>La connexion sécurisée au serveur n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="169"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="171"/>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>La réponse du serveur est incompréhensible (%1).</translation>
    </message>
    <message>
        <location filename="../core/client/apierror.cpp" line="173"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
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
        <translation>aucun identifiant d’utilisateur indiqué</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="34"/>
        <source>nothing to update</source>
        <translation>rien à mettre à jour</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="37"/>
        <source>%1 cannot be changed</source>
        <translation>%1 ne peut pas être modifié</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="39"/>
        <source>properties must be an object</source>
        <translation>properties doit être un objet</translation>
    </message>
    <message>
        <location filename="../core/client/appusersapi.cpp" line="41"/>
        <source>%1 must be text</source>
        <translation>%1 doit être du texte</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="28"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="39"/>
        <source>Checked as you type; Enter when done, Escape to leave it.</source>
        <translation>Vérifié pendant la saisie&#xa0;; Entrée pour terminer, Échap pour quitter.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="52"/>
        <source>Quick reply</source>
        <translation>Réponse rapide</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="54"/>
        <location filename="../ui/conversation/attachmentchip.cpp" line="59"/>
        <source>Button label</source>
        <translation>Libellé du bouton</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="54"/>
        <source>Quick reply label</source>
        <translation>Libellé de la réponse rapide</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="57"/>
        <source>Link button</source>
        <translation>Bouton de lien</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="59"/>
        <source>Link button label</source>
        <translation>Libellé du bouton de lien</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="61"/>
        <source>Link button address</source>
        <translation>Adresse du bouton de lien</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="65"/>
        <source>Image by URL</source>
        <translation>Image par URL</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="65"/>
        <source>File by URL</source>
        <translation>Fichier par URL</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="66"/>
        <source>https:// address of the image</source>
        <translation>Adresse https:// de l’image</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="67"/>
        <source>https:// address of the file</source>
        <translation>Adresse https:// du fichier</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="72"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="84"/>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="95"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="96"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="246"/>
        <source>Image: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="249"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/attachmentchip.cpp" line="253"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsApi</name>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="41"/>
        <source>The file is larger than the 10 MB the service accepts per file (it answered 413 Payload Too Large). Send a smaller file, or share a link to it.</source>
        <translation>Le fichier dépasse les 10&#xa0;Mo que le service accepte par fichier (il a répondu 413 Payload Too Large). Envoyez un fichier plus petit ou partagez un lien vers celui-ci.</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="48"/>
        <source>The file is empty: there is nothing to send.</source>
        <translation>Le fichier est vide&#xa0;: il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="50"/>
        <source>The file is %1, more than the 10 MB the service accepts per file. Send a smaller file, or share a link to it.</source>
        <translation>Le fichier fait %1, plus que les 10&#xa0;Mo que le service accepte par fichier. Envoyez un fichier plus petit ou partagez un lien vers celui-ci.</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="84"/>
        <source>no user given for the attachment</source>
        <translation>aucun utilisateur indiqué pour la pièce jointe</translation>
    </message>
    <message>
        <location filename="../core/client/attachmentsapi.cpp" line="110"/>
        <source>no mediaUrl given</source>
        <translation>aucune mediaUrl indiquée</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="15"/>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="30"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="22"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="23"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="23"/>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../ui/conversation/banner.cpp" line="16"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/conversation/banner.cpp" line="22"/>
        <location filename="../ui/conversation/banner.cpp" line="23"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/conversation/banner.cpp" line="24"/>
        <source>Hides this notice.</source>
        <translation>Masque cet avis.</translation>
    </message>
</context>
<context>
    <name>ClearHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="27"/>
        <source>Export the whole history to a file first</source>
        <translation>Exporter d’abord tout l’historique dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="30"/>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="33"/>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="36"/>
        <source>This permanently deletes every message of %1 for everyone. Type the user id to confirm:</source>
        <translation>Cela supprime définitivement tous les messages de %1 pour tout le monde. Saisissez l’identifiant de l’utilisateur pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="43"/>
        <source>User id to confirm</source>
        <translation>Identifiant de l’utilisateur à confirmer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="60"/>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="61"/>
        <source>Export problem</source>
        <translation>Problème d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="65"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="67"/>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="68"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="111"/>
        <source>Choose the file the history is exported to.</source>
        <translation>Choisissez le fichier dans lequel l&apos;historique est exporté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="114"/>
        <source>Give the full path of the export file.</source>
        <translation>Indiquez le chemin complet du fichier d&apos;export.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="116"/>
        <source>%1 is a folder: add a file name.</source>
        <translation>%1 est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="119"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="122"/>
        <source>%1 already exists: choose another name, so that it is not overwritten.</source>
        <translation>%1 existe déjà : choisissez un autre nom pour ne pas l&apos;écraser.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clearhistorydialog.cpp" line="125"/>
        <source>The file cannot be written there: choose another folder.</source>
        <translation>Le fichier ne peut pas être écrit ici : choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="54"/>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Écrire une réponse… (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="56"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="58"/>
        <source>The reply to the open conversation. Enter sends, Shift+Enter starts a new line.</source>
        <translation>La réponse à la conversation ouverte. Entrée envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="64"/>
        <location filename="../ui/conversation/composer.cpp" line="66"/>
        <source>Add buttons, an image, a file or a saved reply</source>
        <translation>Ajouter des boutons, une image, un fichier ou une réponse enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="75"/>
        <source>Saved reply…</source>
        <translation>Réponse enregistrée…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="65"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="81"/>
        <source>Sends the reply; it waits in the outbox until the server has it.</source>
        <translation>Envoie la réponse&#xa0;; elle attend dans la boîte d’envoi jusqu’à ce que le serveur l’ait reçue.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="116"/>
        <source>Search saved replies by name or text</source>
        <translation>Rechercher des réponses enregistrées par nom ou texte</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="117"/>
        <source>Search saved replies</source>
        <translation>Rechercher des réponses enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="119"/>
        <source>Type part of a saved reply&apos;s name or text; Up and Down choose, Enter inserts, Escape closes.</source>
        <translation>Saisissez une partie du nom ou du texte d’une réponse enregistrée&#xa0;; Haut et Bas choisissent, Entrée insère, Échap ferme.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="146"/>
        <location filename="../ui/conversation/composer.cpp" line="154"/>
        <source>Send to %1</source>
        <translation>Envoyer à %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="147"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="251"/>
        <source>No preview here.</source>
        <translation>Pas d’aperçu ici.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="260"/>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="262"/>
        <source>Not an image this console can show.</source>
        <translation>Ce n’est pas une image que cette console peut afficher.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="263"/>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/composer.cpp" line="436"/>
        <source>%n button(s) of this saved reply cannot be sent from here and were left out.</source>
        <translation>
            <numerusform>%n bouton de cette réponse enregistrée ne peut pas être envoyé d’ici et a été omis.</numerusform>
            <numerusform>%n boutons de cette réponse enregistrée ne peuvent pas être envoyés d’ici et ont été omis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="477"/>
        <source>Open a conversation first.</source>
        <translation>Ouvrez d’abord une conversation.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="481"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="487"/>
        <source>Type a message first.</source>
        <translation>Saisissez d’abord un message.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="512"/>
        <source>Nothing can be sent right now.</source>
        <translation>Rien ne peut être envoyé pour le moment.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="69"/>
        <source>Quick reply</source>
        <translation>Réponse rapide</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="70"/>
        <source>Link button</source>
        <translation>Bouton de lien</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="72"/>
        <source>Image by URL</source>
        <translation>Image par URL</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="73"/>
        <source>File by URL</source>
        <translation>Fichier par URL</translation>
    </message>
</context>
<context>
    <name>ConversationApi</name>
    <message>
        <location filename="../core/client/conversationapi.cpp" line="63"/>
        <source>no message id given</source>
        <translation>aucun identifiant de message indiqué</translation>
    </message>
    <message>
        <location filename="../core/client/conversationapi.cpp" line="144"/>
        <source>the response has no conversation</source>
        <translation>la réponse ne contient pas de conversation</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="81"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="82"/>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="99"/>
        <source>Typing indicator</source>
        <translation>Indicateur de saisie</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="103"/>
        <source>Other agents</source>
        <translation>Autres agents</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="107"/>
        <source>New in this conversation</source>
        <translation>Nouveau dans cette conversation</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="112"/>
        <source>Sends the reply as it is, although the conversation changed while you wrote it.</source>
        <translation>Envoie la réponse telle quelle, bien que la conversation ait changé pendant que vous l’écriviez.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="114"/>
        <source>Goes back to the reply; nothing is sent and the text stays.</source>
        <translation>Revient à la réponse&#xa0;; rien n’est envoyé et le texte est conservé.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="139"/>
        <source>Conversation title</source>
        <translation>Titre de la conversation</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="140"/>
        <source>Undo deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="144"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="145"/>
        <source>Brings back the deleted message; nothing reaches the server until the undo time is over.</source>
        <translation>Rétablit le message supprimé&#xa0;; rien n’atteint le serveur avant la fin du délai d’annulation.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="219"/>
        <source>Not sent yet: the conversation changed while you wrote (see above).</source>
        <translation>Pas encore envoyée&#xa0;: la conversation a changé pendant que vous écriviez (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="243"/>
        <source>Send the pasted image?</source>
        <translation>Envoyer l’image collée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="244"/>
        <source>Send the image on the clipboard (%1 × %2 pixels) to %3?</source>
        <translation>Envoyer l’image du presse-papiers (%1 × %2 pixels) à %3&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="250"/>
        <source>Pasted image %1.png</source>
        <translation>Image collée %1.png</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="259"/>
        <source>File from computer…</source>
        <translation>Fichier de l’ordinateur…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="265"/>
        <source>Send files to the customer</source>
        <translation>Envoyer des fichiers au client</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="341"/>
        <source>The customer is typing…</source>
        <translation>Le client écrit…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="342"/>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="360"/>
        <source>The server refused the credentials (%1). Messages wait in the outbox until they are fixed.</source>
        <translation>Le serveur a refusé les identifiants (%1). Les messages attendent dans la boîte d’envoi jusqu’à ce qu’ils soient corrigés.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="373"/>
        <source>History of %1 cleared.</source>
        <translation>Historique de %1 effacé.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="374"/>
        <source>History of %1 cleared · export saved to %2</source>
        <translation>Historique de %1 effacé · export enregistré dans %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="383"/>
        <source>Nothing was deleted: the export failed (%1).</source>
        <translation>Rien n’a été supprimé&#xa0;: l’export a échoué (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="387"/>
        <source>The history could not be cleared: %1</source>
        <translation>L’historique n’a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="394"/>
        <source>The message could not be deleted: %1</source>
        <translation>Le message n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="402"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="403"/>
        <source>Delete this message for everyone? You can undo for a few seconds.</source>
        <translation>Supprimer ce message pour tout le monde&#xa0;? Vous pouvez annuler pendant quelques secondes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationpane.cpp" line="426"/>
        <source>%Ln message(s) loaded</source>
        <translation>
            <numerusform>%Ln message chargé</numerusform>
            <numerusform>%Ln messages chargés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="487"/>
        <source>“%1” was not sent: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="521"/>
        <source>Your reply was not sent yet. New since you began it:</source>
        <translation>Votre réponse n’a pas encore été envoyée. Nouveau depuis que vous l’avez commencée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="522"/>
        <source>New since you began your reply:</source>
        <translation>Nouveau depuis que vous avez commencé votre réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="525"/>
        <source>Another agent</source>
        <translation>Un autre agent</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="526"/>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="527"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationpane.cpp" line="582"/>
        <source>Message deleted.</source>
        <translation>Message supprimé.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="45"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="51"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="52"/>
        <source>The messages of the open conversation, oldest first. Arrow keys move between messages, F2 selects text, the menu key offers Copy.</source>
        <translation>Les messages de la conversation ouverte, du plus ancien au plus récent. Les flèches passent d’un message à l’autre, F2 sélectionne du texte, la touche menu propose Copier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationview.cpp" line="439"/>
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln nouveau message ↓</numerusform>
            <numerusform>%Ln nouveaux messages ↓</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="544"/>
        <source>Open “%1”</source>
        <translation>Ouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="557"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="558"/>
        <source>Copy message id</source>
        <translation>Copier l’identifiant du message</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="562"/>
        <source>Delete message…</source>
        <translation>Supprimer le message…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="597"/>
        <source>Write an email to %1?</source>
        <translation>Écrire un e-mail à %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="607"/>
        <source>Open this link in your browser?

%1</source>
        <translation>Ouvrir ce lien dans votre navigateur&#xa0;?

%1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="613"/>
        <source>Open this file in your browser?

%1</source>
        <translation>Ouvrir ce fichier dans votre navigateur&#xa0;?

%1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="625"/>
        <location filename="../ui/conversation/conversationview.cpp" line="636"/>
        <source>Save file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="637"/>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="44"/>
        <source>The system keychain could not %1 (%2). Secrets are kept in memory for this session only and must be entered again next time.</source>
        <translation>Le trousseau du système a échoué lors de l’opération «&#xa0;%1&#xa0;» (%2). Les secrets sont gardés en mémoire pour cette session seulement et devront être saisis à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="96"/>
        <source>read a secret</source>
        <translation>lire un secret</translation>
    </message>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="105"/>
        <source>store a secret</source>
        <translation>enregistrer un secret</translation>
    </message>
    <message>
        <location filename="../core/accounts/credentialstore.cpp" line="115"/>
        <source>remove a secret</source>
        <translation>supprimer un secret</translation>
    </message>
</context>
<context>
    <name>CustomerController</name>
    <message>
        <location filename="../core/session/customercontroller.cpp" line="113"/>
        <source>Couldn&apos;t load the profile: %1</source>
        <translation>Impossible de charger le profil&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/session/customercontroller.cpp" line="124"/>
        <source>Couldn&apos;t load the channels: %1</source>
        <translation>Impossible de charger les canaux&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/session/customercontroller.cpp" line="136"/>
        <source>Couldn&apos;t check other tools handling this conversation: %1</source>
        <translation>Impossible de vérifier si d’autres outils traitent cette conversation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="32"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="34"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="36"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;h</numerusform>
            <numerusform>il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="38"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="110"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="111"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="114"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="120"/>
        <location filename="../ui/customer/customerpanel.cpp" line="128"/>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="130"/>
        <source>Who the customer is: name, email, properties and the channels they write from.</source>
        <translation>Qui est le client&#xa0;: nom, e-mail, propriétés et les canaux depuis lesquels il écrit.</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="155"/>
        <source>Customer picture</source>
        <translation>Photo du client</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="172"/>
        <source>Also handled elsewhere</source>
        <translation>Également traité ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="176"/>
        <source>Profile problem</source>
        <translation>Problème de profil</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="182"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="189"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="189"/>
        <source>Add first name</source>
        <translation>Ajouter le prénom</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="190"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="190"/>
        <source>Add last name</source>
        <translation>Ajouter le nom</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="191"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="191"/>
        <source>Add email</source>
        <translation>Ajouter l’e-mail</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="192"/>
        <source>Signed up</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="272"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="283"/>
        <source>Open a conversation to see who the customer is.</source>
        <translation>Ouvrez une conversation pour voir qui est le client.</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="288"/>
        <source>Loading the customer&apos;s profile…</source>
        <translation>Chargement du profil du client…</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="296"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="299"/>
        <source>Saved copy from %1</source>
        <translation>Copie enregistrée %1</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="309"/>
        <source>Zendesk (ticket %1)</source>
        <translation>Zendesk (ticket %1)</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="311"/>
        <source>Slack (channel %1)</source>
        <translation>Slack (canal %1)</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="317"/>
        <source>⚠ Also handled in %1. Someone may answer from there too.</source>
        <translation>⚠ Également traité dans %1. Quelqu’un peut aussi répondre depuis là-bas.</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="330"/>
        <source>On %1, seen %2</source>
        <translation>Sur %1, vu %2</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="333"/>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="339"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="487"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="498"/>
        <source>Last seen %1</source>
        <translation>Vu pour la dernière fois %1</translation>
    </message>
    <message>
        <location filename="../ui/customer/customerpanel.cpp" line="499"/>
        <source>Never seen</source>
        <translation>Jamais vu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/customerpanel.cpp" line="517"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="45"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="47"/>
        <source>Delivered to the channel</source>
        <translation>Remis au canal</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="48"/>
        <source>Delivered to %1</source>
        <translation>Remis via %1</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="50"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="52"/>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="61"/>
        <source>The channel</source>
        <translation>Le canal</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="63"/>
        <source>WhatsApp&apos;s 24-hour window has closed: the customer last wrote more than 24 hours ago, so WhatsApp only takes an approved template message now.</source>
        <translation>La fenêtre de 24&#xa0;heures de WhatsApp est fermée&#xa0;: le client a écrit pour la dernière fois il y a plus de 24&#xa0;heures, WhatsApp n’accepte donc plus qu’un message modèle approuvé.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="66"/>
        <source>The customer has blocked messages from the business on %1.</source>
        <translation>Le client a bloqué les messages de l’entreprise sur %1.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="68"/>
        <source>%1 refused the business&apos;s credentials: the integration needs to be connected again.</source>
        <translation>%1 a refusé les identifiants de l’entreprise&#xa0;: l’intégration doit être reconnectée.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="72"/>
        <source>%1 does not know this customer any more.</source>
        <translation>%1 ne connaît plus ce client.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="74"/>
        <source>%1 refused the message as it is.</source>
        <translation>%1 a refusé le message tel quel.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="75"/>
        <source>%1 refused the message: %2</source>
        <translation>%1 a refusé le message&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="77"/>
        <source>%1 did not deliver it: %2</source>
        <translation>%1 ne l’a pas remis&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="79"/>
        <source>%1 did not deliver it (%2).</source>
        <translation>%1 ne l’a pas remis (%2).</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="80"/>
        <source>%1 did not deliver it, and gave no reason.</source>
        <translation>%1 ne l’a pas remis et n’a donné aucune raison.</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="87"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="89"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="91"/>
        <source>the web widget</source>
        <translation>le widget web</translation>
    </message>
    <message>
        <location filename="../core/session/deliverystatus.cpp" line="93"/>
        <source>the app</source>
        <translation>l’app</translation>
    </message>
</context>
<context>
    <name>EditableField</name>
    <message>
        <location filename="../ui/customer/editablefield.cpp" line="22"/>
        <source>Type to change it: Enter saves, Escape cancels.</source>
        <translation>Saisissez pour modifier&#xa0;: Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <location filename="../ui/customer/editablefield.cpp" line="64"/>
        <location filename="../ui/customer/editablefield.cpp" line="68"/>
        <location filename="../ui/customer/editablefield.cpp" line="91"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <location filename="../core/session/historyexporter.cpp" line="47"/>
        <source>reading %1&apos;s history failed: %2</source>
        <translation>la lecture de l’historique de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/session/historyexporter.cpp" line="81"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryPaging</name>
    <message>
        <location filename="../core/client/historypaging.cpp" line="54"/>
        <source>more messages share one millisecond than a page holds, near %1; the history cannot be paged past them</source>
        <translation>plus de messages partagent une milliseconde qu&apos;une page n&apos;en contient (vers %1) ; l&apos;historique ne peut pas être parcouru au-delà</translation>
    </message>
</context>
<context>
    <name>HistoryWalker</name>
    <message numerus="yes">
        <location filename="../core/client/historywalker.cpp" line="83"/>
        <source>the history takes more than %Ln pages; the walk stopped</source>
        <translation>
            <numerusform>l&apos;historique occupe plus de %Ln page ; le parcours s&apos;est arrêté</numerusform>
            <numerusform>l&apos;historique occupe plus de %Ln pages ; le parcours s&apos;est arrêté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="16"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="20"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="35"/>
        <source>The image could not be loaded: %1</source>
        <translation>L’image n’a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/imagedialog.cpp" line="36"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxdelegate.cpp" line="26"/>
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln pas encore envoyé</numerusform>
            <numerusform>%Ln pas encore envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="127"/>
        <source>Draft:</source>
        <translation>Brouillon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="132"/>
        <source>You:</source>
        <translation>Vous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="134"/>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="134"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxmodel.cpp" line="187"/>
        <source>%1: %2, %Ln unread</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %Ln non lu</numerusform>
            <numerusform>%1&#xa0;: %2, %Ln non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/inboxmodel.cpp" line="191"/>
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln pas encore envoyé</numerusform>
            <numerusform>%Ln pas encore envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="142"/>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="24"/>
        <source>Open conversation…</source>
        <translation>Ouvrir une conversation…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="31"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="33"/>
        <location filename="../ui/inbox/inboxpane.cpp" line="35"/>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="36"/>
        <source>Shows only the conversations whose name, user id or last message contains the text.</source>
        <translation>N’affiche que les conversations dont le nom, l’identifiant d’utilisateur ou le dernier message contient le texte.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="39"/>
        <source>Conversations, latest activity first. Enter opens the selected one.</source>
        <translation>Conversations, activité la plus récente en premier. Entrée ouvre celle qui est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="64"/>
        <source>Opens the conversation of a user id.</source>
        <translation>Ouvre la conversation d’un identifiant d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="164"/>
        <source>Open conversation</source>
        <translation>Ouvrir une conversation</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxpane.cpp" line="165"/>
        <source>User id or smoochId:</source>
        <translation>Identifiant d’utilisateur ou smoochId&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InboxPlaceholder</name>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="12"/>
        <source>Open by user id…</source>
        <translation>Ouvrir par identifiant d&apos;utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="14"/>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="15"/>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="23"/>
        <source>Opens the conversation of a user id (%1).</source>
        <translation>Ouvre la conversation d&apos;un identifiant d&apos;utilisateur (%1).</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="42"/>
        <source>Smooch v1.1 cannot list conversations: they appear here as customers write, through live updates. To answer someone now, open their conversation by user id.</source>
        <translation>Smooch v1.1 ne sait pas lister les conversations : elles apparaissent ici quand les clients écrivent, grâce aux mises à jour en direct. Pour répondre à quelqu&apos;un maintenant, ouvrez sa conversation par identifiant d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="45"/>
        <source>Smooch v1.1 cannot list conversations, and live updates are off, so none appear here by themselves. Turn on live updates (a webhook) to see customers as they write, or open a conversation by user id.</source>
        <translation>Smooch v1.1 ne sait pas lister les conversations et les mises à jour en direct sont désactivées : aucune n&apos;apparaît ici d&apos;elle-même. Activez les mises à jour en direct (un webhook) pour voir les clients quand ils écrivent, ou ouvrez une conversation par identifiant d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="48"/>
        <source>Live update settings…</source>
        <translation>Réglages des mises à jour en direct…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="48"/>
        <source>Set up live updates…</source>
        <translation>Configurer les mises à jour en direct…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="50"/>
        <source>Opens the profile&apos;s settings, where live updates (webhooks) are set up.</source>
        <translation>Ouvre les réglages du profil, où se configurent les mises à jour en direct (webhooks).</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxplaceholder.cpp" line="57"/>
        <source>This profile is temporary: its settings cannot be changed here.</source>
        <translation>Ce profil est temporaire : ses réglages ne peuvent pas être modifiés ici.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="53"/>
        <source>Smooch Agent Console</source>
        <translation>Console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="74"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="77"/>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="111"/>
        <source>No profile open</source>
        <translation>Aucun profil ouvert</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="129"/>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="130"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="132"/>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="134"/>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="140"/>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversation</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="142"/>
        <source>&amp;Open conversation…</source>
        <translation>&amp;Ouvrir une conversation…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="144"/>
        <source>Jump to &amp;newest</source>
        <translation>Aller au plus &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="149"/>
        <source>&amp;Write a reply</source>
        <translation>&amp;Écrire une réponse</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="154"/>
        <source>Sen&amp;d reply</source>
        <translation>En&amp;voyer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="159"/>
        <source>&amp;Search conversations</source>
        <translation>Chercher dans les &amp;conversations</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="163"/>
        <source>Ne&amp;xt conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="166"/>
        <source>P&amp;revious conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="169"/>
        <source>Next &amp;unread conversation</source>
        <translation>Prochaine conversation &amp;non lue</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="173"/>
        <source>&amp;Customer details</source>
        <translation>&amp;Détails du client</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="177"/>
        <source>Show or hide the customer&apos;s details (Ctrl+I)</source>
        <translation>Afficher ou masquer les détails du client (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="193"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="194"/>
        <source>&amp;Clear history…</source>
        <translation>&amp;Effacer l’historique…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="195"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="198"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="200"/>
        <source>&amp;About Smooch Agent Console</source>
        <translation>À &amp;propos de la console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="202"/>
        <source>About Smooch Agent Console</source>
        <translation>À propos de la console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="203"/>
        <source>Smooch Agent Console %1

A desktop console for support agents on the Smooch (Sunshine Conversations) v1.1 API.</source>
        <translation>Console agent Smooch %1

Une console de bureau pour les agents de support sur l’API Smooch v1.1 (Sunshine Conversations).</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="298"/>
        <source>%1 — Smooch Agent Console</source>
        <translation>%1 — Console agent Smooch</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="309"/>
        <source>No conversation open</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="334"/>
        <source>Can&apos;t reach Smooch — retrying</source>
        <translation>Smooch est injoignable — nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="342"/>
        <source>Live updates from the relay are back</source>
        <translation>Les mises à jour en direct du relais sont rétablies</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="346"/>
        <source>The team relay refused this console (%1): live updates are off until the profile has a valid agent token. The open conversation checks every few seconds.</source>
        <translation>Le relais d’équipe a refusé cette console (%1)&#xa0;: les mises à jour en direct sont désactivées jusqu’à ce que le profil ait un jeton d’agent valide. La conversation ouverte est vérifiée toutes les quelques secondes.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="352"/>
        <source>Live updates from the relay stopped; checking every few seconds and reconnecting.</source>
        <translation>Les mises à jour en direct du relais se sont arrêtées&#xa0;; vérification toutes les quelques secondes et reconnexion en cours.</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="100"/>
        <location filename="../ui/conversation/mediacache.cpp" line="140"/>
        <source>local addresses are not loaded</source>
        <translation>les adresses locales ne sont pas chargées</translation>
    </message>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="101"/>
        <source>only https links are loaded</source>
        <translation>seuls les liens https sont chargés</translation>
    </message>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="141"/>
        <source>only https images are loaded</source>
        <translation>seules les images https sont chargées</translation>
    </message>
    <message>
        <location filename="../ui/conversation/mediacache.cpp" line="159"/>
        <source>the image is too large</source>
        <translation>l’image est trop grande</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="48"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="50"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/messagelayout.cpp" line="116"/>
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
        <location filename="../ui/conversation/messagelayout.cpp" line="319"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="441"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="351"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="375"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="376"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="377"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="383"/>
        <source>%1 · automated</source>
        <translation>%1 · automatique</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="385"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="424"/>
        <source>Uploaded; waiting for the server…</source>
        <translation>Fichier envoyé&#xa0;; en attente du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="425"/>
        <source>Uploading… %1%</source>
        <translation>Envoi du fichier… %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="439"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="442"/>
        <location filename="../ui/conversation/messagelayout.cpp" line="444"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="449"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="452"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="455"/>
        <source>Delivery unknown</source>
        <translation>Remise inconnue</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="458"/>
        <source>For another app</source>
        <translation>Pour une autre app</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="461"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="541"/>
        <source>Seen %1</source>
        <translation>Vu %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="621"/>
        <source>(empty message)</source>
        <translation>(message vide)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="633"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="637"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="638"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="645"/>
        <source>Shared location</source>
        <translation>Position partagée</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="658"/>
        <source>Open in map</source>
        <translation>Ouvrir dans une carte</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="660"/>
        <source>(no coordinates)</source>
        <translation>(aucune coordonnée)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="679"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="687"/>
        <source>(no items)</source>
        <translation>(aucun élément)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="690"/>
        <source>Form (submitted)</source>
        <translation>Formulaire (envoyé)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="691"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="700"/>
        <source>%1 field</source>
        <translation>champ de type %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="701"/>
        <source>%1 field: %2</source>
        <translation>champ de type %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="707"/>
        <source>Form response</source>
        <translation>Réponse au formulaire</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="717"/>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelayout.cpp" line="725"/>
        <source>Unsupported message type “%1”</source>
        <translation>Type de message non pris en charge «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="174"/>
        <source>Image unavailable</source>
        <translation>Image indisponible</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="176"/>
        <source>Click to load image from %1</source>
        <translation>Cliquez pour charger l&apos;image de %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="177"/>
        <source>Loading image…</source>
        <translation>Chargement de l’image…</translation>
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
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="229"/>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="230"/>
        <source>Couldn&apos;t load older messages: %1</source>
        <translation>Impossible de charger les messages plus anciens&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="243"/>
        <source>Your message, not sent: %1. %2</source>
        <translation>Votre message, non envoyé&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="246"/>
        <source>Your message, delivery unknown: %1. %2</source>
        <translation>Votre message, remise inconnue : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="249"/>
        <source>Your message, for another app: %1. %2</source>
        <translation>Votre message, pour une autre app : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="252"/>
        <source>Your message, sending: %1</source>
        <translation>Votre message, en cours d’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="290"/>
        <source>Couldn&apos;t load newer messages: %1</source>
        <translation>Impossible de charger les messages plus récents&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="306"/>
        <source>Automated message from %1 at %2: %3</source>
        <translation>Message automatique de %1 à %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="307"/>
        <source>the business</source>
        <translation>l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="310"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="314"/>
        <source>Seen at %1.</source>
        <translation>Vu à %1.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagelistmodel.cpp" line="320"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/session/outbox.cpp" line="48"/>
        <source>The history was cleared after this message was first sent, so whether it arrived cannot be checked. Retry sends it again; Cancel drops it.</source>
        <translation>L&apos;historique a été effacé après le premier envoi de ce message : impossible de vérifier s&apos;il est arrivé. « Réessayer » l&apos;envoie à nouveau ; « Annuler » l&apos;abandonne.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="312"/>
        <source>Queued before the console recorded which app a message is for. Retry sends it to the app open now; Cancel drops it.</source>
        <translation>Mis en file avant que la console n&apos;enregistre à quelle app un message est destiné. « Réessayer » l&apos;envoie à l&apos;app ouverte maintenant ; « Annuler » l&apos;abandonne.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="316"/>
        <source>Written for app %1 at %2, not the one open now: it is never sent here. Open that app to send it, or cancel it.</source>
        <translation>Écrit pour l&apos;app %1 sur %2, pas celle ouverte maintenant : il n&apos;est jamais envoyé ici. Ouvrez cette app pour l&apos;envoyer, ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="422"/>
        <source>Cancelling: waiting for the upload&apos;s answer to remove the file…</source>
        <translation>Annulation&#xa0;: en attente de la réponse à l’envoi pour retirer le fichier…</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="432"/>
        <source>It may have been delivered: the console cannot check now. Cancel drops it anyway; Retry sends it again.</source>
        <translation>Il a peut-être été remis : la console ne peut pas vérifier maintenant. « Annuler » l&apos;abandonne quand même ; « Réessayer » l&apos;envoie à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="439"/>
        <source>Checking whether it arrived before cancelling…</source>
        <translation>Vérification de son arrivée avant l&apos;annulation…</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="668"/>
        <source>The console&apos;s copy of “%1” is missing or damaged: it cannot be sent. Cancel it and attach the file again.</source>
        <translation>La copie de «&#xa0;%1&#xa0;» dans la console est manquante ou endommagée&#xa0;: le message ne peut pas être envoyé. Annulez-le et joignez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="874"/>
        <source>The conversation has too many messages at one instant to check whether this one arrived. Retry sends it again; Cancel drops it.</source>
        <translation>La conversation compte trop de messages au même instant pour vérifier si celui-ci est arrivé. « Réessayer » l&apos;envoie à nouveau ; « Annuler » l&apos;abandonne.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="892"/>
        <source>Waiting: the server refused the credentials (%1)</source>
        <translation>En attente&#xa0;: le serveur a refusé les identifiants (%1)</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="921"/>
        <source>It may have been delivered: the check failed (%1). Cancel drops it anyway; Retry sends it again.</source>
        <translation>Il a peut-être été remis : la vérification a échoué (%1). « Annuler » l&apos;abandonne quand même ; « Réessayer » l&apos;envoie à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/session/outbox.cpp" line="961"/>
        <source>Retrying in %1 s: %2</source>
        <translation>Nouvel essai dans %1&#xa0;s&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../core/text/plaintext.cpp" line="109"/>
        <source>(empty message)</source>
        <translation>(message vide)</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="111"/>
        <source>[Image]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="111"/>
        <source>[Image] %1</source>
        <translation>[Image] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="113"/>
        <source>[File] %1</source>
        <translation>[Fichier] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="115"/>
        <source>[Location] %1</source>
        <translation>[Position] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="119"/>
        <location filename="../core/text/plaintext.cpp" line="120"/>
        <source>[Cards] %1</source>
        <translation>[Cartes] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="122"/>
        <source>[Form] %1</source>
        <translation>[Formulaire] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="124"/>
        <source>[Form response] %1</source>
        <translation>[Réponse au formulaire] %1</translation>
    </message>
    <message>
        <location filename="../core/text/plaintext.cpp" line="128"/>
        <source>[Unsupported message: %1]</source>
        <translation>[Message non pris en charge&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/accounts/profile.cpp" line="27"/>
        <source>the profile needs a name</source>
        <translation>le profil doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="31"/>
        <source>the profile needs an app id</source>
        <translation>le profil doit avoir un identifiant d’application</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="33"/>
        <source>the profile needs a key id</source>
        <translation>le profil doit avoir un identifiant de clé</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="43"/>
        <source>the relay URL must be an http or https address</source>
        <translation>l’URL du relais doit être une adresse http ou https</translation>
    </message>
    <message>
        <location filename="../core/accounts/profile.cpp" line="59"/>
        <source>From the environment</source>
        <translation>Depuis l’environnement</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="37"/>
        <source>Show administrator tools (delete, clear history)</source>
        <translation>Afficher les outils d’administration (supprimer, effacer l’historique)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="38"/>
        <source>Receive live updates by webhook</source>
        <translation>Recevoir les mises à jour en direct par webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="45"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="48"/>
        <source>United States (api.smooch.io)</source>
        <translation>États-Unis (api.smooch.io)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="49"/>
        <source>European Union (api.eu-1.smooch.io)</source>
        <translation>Union européenne (api.eu-1.smooch.io)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="50"/>
        <source>Other address</source>
        <translation>Autre adresse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="57"/>
        <source>Key id and secret (signed JWT)</source>
        <translation>Identifiant de clé et secret (JWT signé)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="58"/>
        <source>Pasted JWT</source>
        <translation>JWT collé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="59"/>
        <source>Key id and secret (Basic)</source>
        <translation>Identifiant de clé et secret (Basic)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="61"/>
        <source>Secret or JWT</source>
        <translation>Secret ou JWT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="63"/>
        <location filename="../ui/dialogs/profiledialog.cpp" line="73"/>
        <source>kept in the keychain; leave empty to keep the stored one</source>
        <translation>conservé dans le trousseau&#xa0;; laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="66"/>
        <source>the webhook&apos;s secret (X-API-Key)</source>
        <translation>le secret du webhook (X-API-Key)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="68"/>
        <source>https://relay.example.com (empty: no relay)</source>
        <translation>https://relay.example.com (vide&#xa0;: pas de relais)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="70"/>
        <source>Relay agent token</source>
        <translation>Jeton d’agent du relais</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="75"/>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="80"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="81"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="82"/>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="83"/>
        <source>App id:</source>
        <translation>Identifiant d’application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="84"/>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="85"/>
        <source>Key id:</source>
        <translation>Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="86"/>
        <source>Secret or JWT:</source>
        <translation>Secret ou JWT&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="87"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="88"/>
        <source>Your email:</source>
        <translation>Votre e-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="89"/>
        <source>Your avatar URL:</source>
        <translation>URL de votre avatar&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="92"/>
        <source>Webhook port:</source>
        <translation>Port du webhook&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="93"/>
        <source>Webhook secret:</source>
        <translation>Secret du webhook&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="94"/>
        <source>Team relay URL:</source>
        <translation>URL du relais d’équipe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="95"/>
        <source>Relay agent token:</source>
        <translation>Jeton d’agent du relais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="97"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="98"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="99"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="100"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="101"/>
        <source>Save and open</source>
        <translation>Enregistrer et ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="213"/>
        <source>Not saved: %1.</source>
        <translation>Non enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="222"/>
        <source>Saved, but the keychain refused the secret (%1): it is kept for this session only.</source>
        <translation>Enregistré, mais le trousseau a refusé le secret (%1)&#xa0;: il est conservé pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="234"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="257"/>
        <source>Cannot test: %1.</source>
        <translation>Test impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="264"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="274"/>
        <location filename="../ui/dialogs/profiledialog.cpp" line="277"/>
        <source>The credentials work.</source>
        <translation>Les identifiants fonctionnent.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="279"/>
        <source>The credentials were refused (%1).</source>
        <translation>Les identifiants ont été refusés (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profiledialog.cpp" line="281"/>
        <source>The test failed: %1</source>
        <translation>Le test a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/window/profileswitcher.cpp" line="36"/>
        <source>(no saved profiles)</source>
        <translation>(aucun profil enregistré)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileswitcher.cpp" line="63"/>
        <source>No secret is stored for the profile “%1”: enter it under Manage profiles.</source>
        <translation>Aucun secret n’est enregistré pour le profil «&#xa0;%1&#xa0;»&#xa0;: saisissez-le dans Gérer les profils.</translation>
    </message>
    <message>
        <location filename="../ui/window/profileswitcher.cpp" line="66"/>
        <source>The keychain could not be read (%1).</source>
        <translation>Le trousseau n’a pas pu être lu (%1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/protocol/uploadedmedia.cpp" line="15"/>
        <source>the upload answer is not a JSON object</source>
        <translation>la réponse à l’envoi n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/protocol/uploadedmedia.cpp" line="24"/>
        <source>the upload answer has no valid mediaUrl</source>
        <translation>la réponse à l’envoi ne contient pas de mediaUrl valide</translation>
    </message>
    <message>
        <location filename="../core/protocol/uploadedmedia.cpp" line="28"/>
        <source>the upload answer has no mediaType</source>
        <translation>la réponse à l’envoi ne contient pas de mediaType</translation>
    </message>
    <message>
        <location filename="../core/session/outgoingfile.cpp" line="25"/>
        <source>“%1” is not a file that can be sent.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier qui peut être envoyé.</translation>
    </message>
    <message>
        <location filename="../core/session/outgoingfile.cpp" line="35"/>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/session/outgoingfile.cpp" line="54"/>
        <source>“%1” is named as %2, but its content is %3: it was not sent. Rename it or send the right file.</source>
        <translation>«&#xa0;%1&#xa0;» est nommé comme %2, mais son contenu est %3&#xa0;: il n’a pas été envoyé. Renommez-le ou envoyez le bon fichier.</translation>
    </message>
</context>
<context>
    <name>RelayClient</name>
    <message>
        <location filename="../core/session/relayclient.cpp" line="55"/>
        <source>the relay sent nothing for too long</source>
        <translation>le relais n’a rien envoyé depuis trop longtemps</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="192"/>
        <source>the relay connection was closed</source>
        <translation>la connexion au relais a été fermée</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="285"/>
        <source>the relay did not answer with an event stream</source>
        <translation>le relais n’a pas répondu par un flux d’événements</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="300"/>
        <source>the relay sent a line too long to read</source>
        <translation>le relais a envoyé une ligne trop longue pour être lue</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="384"/>
        <source>the relay cannot be reached (%1)</source>
        <translation>impossible de joindre le relais (%1)</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="386"/>
        <source>the relay answered HTTP %1</source>
        <translation>le relais a répondu HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="388"/>
        <source>the relay closed the stream</source>
        <translation>le relais a fermé le flux</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="406"/>
        <source>the relay&apos;s agent token does not cover this app</source>
        <translation>le jeton d’agent du relais ne couvre pas cette application</translation>
    </message>
    <message>
        <location filename="../core/session/relayclient.cpp" line="407"/>
        <source>the relay refused the agent token</source>
        <translation>le relais a refusé le jeton d’agent</translation>
    </message>
</context>
<context>
    <name>RelayConnection</name>
    <message>
        <location filename="../core/relay/relayconnection.cpp" line="125"/>
        <source>The database driver for %1 is not available.</source>
        <translation>Le pilote de base de données pour %1 n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>ReplyRules</name>
    <message>
        <location filename="../core/session/replyrules.cpp" line="21"/>
        <source>A button needs a label.</source>
        <translation>Un bouton nécessite un libellé.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="23"/>
        <source>A button&apos;s label has at most %1 characters.</source>
        <translation>Le libellé d’un bouton compte au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="37"/>
        <location filename="../core/session/replyrules.cpp" line="55"/>
        <source>The address is longer than %1 characters.</source>
        <translation>L’adresse dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="41"/>
        <source>Use an https:// address: an http:// link is not encrypted.</source>
        <translation>Utilisez une adresse https://&#xa0;: un lien http:// n’est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="45"/>
        <source>A link button opens an https:// or mailto: address.</source>
        <translation>Un bouton de lien ouvre une adresse https:// ou mailto:.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="47"/>
        <location filename="../core/session/replyrules.cpp" line="66"/>
        <source>This is not a complete https:// address.</source>
        <translation>Ce n’est pas une adresse https:// complète.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="61"/>
        <source>Use an https:// address: the customer&apos;s channel fetches the file, and an http:// address is not encrypted.</source>
        <translation>Utilisez une adresse https://&#xa0;: le canal du client récupère le fichier, et une adresse http:// n’est pas chiffrée.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="64"/>
        <source>An image or file is sent by its https:// address.</source>
        <translation>Une image ou un fichier est envoyé par son adresse https://.</translation>
    </message>
    <message>
        <location filename="../core/session/replyrules.cpp" line="103"/>
        <source>Fill in %1 first: it has no value here. Type over it, or delete it.</source>
        <translation>Remplissez d’abord %1&#xa0;: cette variable n’a pas de valeur ici. Remplacez-la ou supprimez-la.</translation>
    </message>
</context>
<context>
    <name>SavedReplies</name>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="105"/>
        <source>The saved replies could not be loaded: %1</source>
        <translation>Les réponses enregistrées n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/savedreplies.cpp" line="130"/>
        <source>Only the first %n saved replies could be loaded.</source>
        <translation>
            <numerusform>Seule %n réponse enregistrée a pu être chargée.</numerusform>
            <numerusform>Seules les %n premières réponses enregistrées ont pu être chargées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="195"/>
        <source>A saved reply named “%1” already exists: choose another name.</source>
        <translation>Une réponse enregistrée nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="197"/>
        <source>The saved reply “%1” no longer exists: someone may have deleted it.</source>
        <translation>La réponse enregistrée «&#xa0;%1&#xa0;» n’existe plus&#xa0;: quelqu’un l’a peut-être supprimée.</translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="199"/>
        <source>The server refused the saved reply: %1</source>
        <translation>Le serveur a refusé la réponse enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/session/savedreplies.cpp" line="203"/>
        <source>This profile&apos;s key may not change saved replies.</source>
        <translation>La clé de ce profil n’a pas le droit de modifier les réponses enregistrées.</translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="29"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="30"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="31"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="33"/>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="34"/>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="37"/>
        <source>Hi {{first_name}}, … — variables: {{first_name}}, {{last_name}}, {{name}}, {{email}}, {{agent_name}}, {{property.KEY}}</source>
        <translation>Bonjour {{first_name}}, … — variables&#xa0;: {{first_name}}, {{last_name}}, {{name}}, {{email}}, {{agent_name}}, {{property.KEY}}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="40"/>
        <source>One quick reply label a line (optional)</source>
        <translation>Un libellé de réponse rapide par ligne (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="43"/>
        <source>https:// address of an image (optional)</source>
        <translation>Adresse https:// d’une image (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="49"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="50"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="51"/>
        <source>Quick replies:</source>
        <translation>Réponses rapides&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="52"/>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="203"/>
        <source>A saved reply needs a name.</source>
        <translation>Une réponse enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="207"/>
        <source>A saved reply needs a text, quick replies or an image.</source>
        <translation>Une réponse enregistrée doit avoir un texte, des réponses rapides ou une image.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="214"/>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="237"/>
        <source>Delete saved reply</source>
        <translation>Supprimer la réponse enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="238"/>
        <source>Delete “%1” for the whole team?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» pour toute l’équipe&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/savedrepliesdialog.cpp" line="246"/>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="21"/>
        <source>Manage saved replies…</source>
        <translation>Gérer les réponses enregistrées…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="27"/>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="34"/>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="49"/>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ choisir · Entrée insère · Échap ferme</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="122"/>
        <source>Saved replies are not available.</source>
        <translation>Les réponses enregistrées ne sont pas disponibles.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="124"/>
        <source>Loading saved replies…</source>
        <translation>Chargement des réponses enregistrées…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="128"/>
        <source>The team has no saved replies yet.</source>
        <translation>L’équipe n’a pas encore de réponses enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/savedreplypicker.cpp" line="130"/>
        <source>No saved reply matches “%1”. Esc keeps what you typed.</source>
        <translation>Aucune réponse enregistrée ne correspond à «&#xa0;%1&#xa0;». Échap conserve ce que vous avez saisi.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/session/session.cpp" line="63"/>
        <source>webhooks are on, but no webhook secret is set</source>
        <translation>les webhooks sont activés, mais aucun secret de webhook n’est défini</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="68"/>
        <source>the webhook receiver cannot listen on port %1</source>
        <translation>le récepteur de webhooks ne peut pas écouter sur le port %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="183"/>
        <source>The local database could not be opened (%1): messages cannot be sent.</source>
        <translation>La base de données locale n’a pas pu être ouverte (%1)&#xa0;: les messages ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="186"/>
        <location filename="../core/session/sessioncontroller.cpp" line="204"/>
        <source>Another Smooch console is open with this profile: send from that one.</source>
        <translation>Une autre console Smooch est ouverte avec ce profil&#xa0;: envoyez depuis celle-ci.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="188"/>
        <source>Live updates are off: %1. The open conversation still refreshes by itself.</source>
        <translation>Les mises à jour en direct sont désactivées&#xa0;: %1. La conversation ouverte se rafraîchit tout de même d’elle-même.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="191"/>
        <source>Live updates from the team relay are off: %1. The open conversation still refreshes by itself.</source>
        <translation>Les mises à jour en direct du relais d’équipe sont désactivées&#xa0;: %1. La conversation ouverte se rafraîchit tout de même d’elle-même.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="201"/>
        <source>The local database is not available, so the message cannot be kept safe: %1</source>
        <translation>La base de données locale n’est pas disponible, le message ne peut donc pas être conservé en sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="273"/>
        <source>no agent token is stored for the relay</source>
        <translation>aucun jeton d’agent n’est enregistré pour le relais</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="349"/>
        <source>%1 is replying</source>
        <translation>%1 répond</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="351"/>
        <source>%1 are replying</source>
        <translation>%1 répondent</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="353"/>
        <source>%1 is viewing</source>
        <translation>%1 consulte</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="355"/>
        <source>%1 are viewing</source>
        <translation>%1 consultent</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="430"/>
        <source>The file could not be stored in the console&apos;s data folder, so it was not sent.</source>
        <translation>Le fichier n’a pas pu être enregistré dans le dossier de données de la console, il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="444"/>
        <source>The message could not be saved to the outbox; it was not sent.</source>
        <translation>Le message n’a pas pu être enregistré dans la boîte d’envoi&#xa0;; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/session/sessioncontroller.cpp" line="502"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="21"/>
        <source>Load images from any https host</source>
        <translation>Charger les images de tout hôte https</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="25"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="33"/>
        <source>Like the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="34"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="35"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="38"/>
        <source>A new language shows when the console starts again.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="44"/>
        <source>Otherwise images from hosts other than Smooch&apos;s and your server&apos;s wait for a click: loading one tells its host your address and when you read the message.</source>
        <translation>Sinon, les images d&apos;hôtes autres que ceux de Smooch et de votre serveur attendent un clic : en charger une révèle à son hôte votre adresse et le moment où vous lisez le message.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="57"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="15"/>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="17"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="34"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="39"/>
        <source>Send the reply (in the reply box)</source>
        <translation>Envoyer la réponse (dans la zone de réponse)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="40"/>
        <source>New line in the reply</source>
        <translation>Nouvelle ligne dans la réponse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="41"/>
        <source>Saved reply</source>
        <translation>Réponse enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="42"/>
        <source>Saved replies (at the start of an empty reply)</source>
        <translation>Réponses enregistrées (au début d’une réponse vide)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="43"/>
        <source>Move between messages</source>
        <translation>Passer d’un message à l’autre</translation>
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
        <translation>Message chargé le plus ancien / le plus récent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="46"/>
        <source>Select text of a message</source>
        <translation>Sélectionner le texte d’un message</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="47"/>
        <source>Links, buttons and Copy of a message</source>
        <translation>Liens, boutons et copie d’un message</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="48"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="49"/>
        <source>Copy the selected messages</source>
        <translation>Copier les messages sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="50"/>
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
</context>
<context>
    <name>SmoochCtl</name>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="26"/>
        <source>smoochctl: %1; attempt %2 in %3 s
</source>
        <translation>smoochctl&#xa0;: %1&#xa0;; tentative %2 dans %3&#xa0;s
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
        <location filename="../app/smoochctl/ctlconnection.cpp" line="15"/>
        <source>API base URL (SMOOCH_BASE_URL).</source>
        <translation>URL de base de l’API (SMOOCH_BASE_URL).</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="16"/>
        <source>App id (SMOOCH_APP_ID).</source>
        <translation>Identifiant d’application (SMOOCH_APP_ID).</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="17"/>
        <source>Use a saved profile of the console and its keychain secret.</source>
        <translation>Utiliser un profil enregistré de la console et son secret du trousseau.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="19"/>
        <source>Seconds without data before a request fails.</source>
        <translation>Secondes sans données avant qu’une requête échoue.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="16"/>
        <source>messages: the page before this Unix time.</source>
        <translation>messages&#xa0;: la page avant cette heure Unix.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="17"/>
        <source>messages: the page after this Unix time.</source>
        <translation>messages&#xa0;: la page après cette heure Unix.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="18"/>
        <source>messages: the whole history.</source>
        <translation>messages&#xa0;: tout l’historique.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="13"/>
        <source>send: the message text.</source>
        <translation>send&#xa0;: le texte du message.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="14"/>
        <source>send: the agent&apos;s display name.</source>
        <translation>send&#xa0;: le nom affiché de l’agent.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="15"/>
        <source>send: the agent&apos;s email.</source>
        <translation>send&#xa0;: l’e-mail de l’agent.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="16"/>
        <source>send: the agent&apos;s avatar URL.</source>
        <translation>send&#xa0;: l’URL de l’avatar de l’agent.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="17"/>
        <source>clear: do not ask for confirmation.</source>
        <translation>clear&#xa0;: ne pas demander de confirmation.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="18"/>
        <source>clear: first write the whole history as JSON to FILE.</source>
        <translation>clear&#xa0;: écrire d’abord tout l’historique en JSON dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="70"/>
        <source>messages, send, typing, read, delete or clear.</source>
        <translation>messages, send, typing, read, delete ou clear.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="71"/>
        <source>The command&apos;s arguments.</source>
        <translation>Les arguments de la commande.</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="93"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="94"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/smoochctl.cpp" line="104"/>
        <source>--%1 does not go with %2</source>
        <translation>--%1 ne va pas avec %2</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="49"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="66"/>
        <source>the keychain holds no secret for profile &apos;%1&apos;</source>
        <translation>le trousseau ne contient aucun secret pour le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="67"/>
        <source>the keychain could not be read: %1</source>
        <translation>le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctlconnection.cpp" line="85"/>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout attend un nombre positif de secondes</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="24"/>
        <source>messages takes one USER</source>
        <translation>messages attend un USER</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="30"/>
        <source>--before, --after and --all exclude each other</source>
        <translation>--before, --after et --all s’excluent mutuellement</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/messagescommand.cpp" line="42"/>
        <source>--before and --after take a Unix time in seconds</source>
        <translation>--before et --after attendent une heure Unix en secondes</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/sendcommand.cpp" line="22"/>
        <source>send takes one USER and --text TEXT</source>
        <translation>send attend un USER et --text TEXT</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/typingcommand.cpp" line="16"/>
        <source>typing takes USER and start or stop</source>
        <translation>typing attend USER et start ou stop</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/readcommand.cpp" line="16"/>
        <source>read takes one USER</source>
        <translation>read attend un USER</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/deletecommand.cpp" line="16"/>
        <source>delete takes USER and MESSAGE_ID</source>
        <translation>delete attend USER et MESSAGE_ID</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="27"/>
        <source>clear takes one or more USERs</source>
        <translation>clear attend un ou plusieurs USER</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="33"/>
        <source>clear asks for confirmation on a terminal; pass --yes to run without one</source>
        <translation>clear demande une confirmation dans un terminal&#xa0;; passez --yes pour l’exécuter sans terminal</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/smoochctl/clearcommand.cpp" line="36"/>
        <source>Permanently delete the whole history of %Ln user(s): %1?</source>
        <translation>
            <numerusform>Supprimer définitivement tout l’historique de %Ln utilisateur&#xa0;: %1&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement tout l’historique de %Ln utilisateurs&#xa0;: %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="39"/>
        <source>smoochctl: nothing deleted
</source>
        <translation>smoochctl&#xa0;: rien n’a été supprimé
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="46"/>
        <source>smoochctl: the audit log cannot be written (%1); nothing deleted
</source>
        <translation>smoochctl : impossible d’écrire le journal d’audit (%1) ; rien n’a été supprimé
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="69"/>
        <source>smoochctl: %1; nothing deleted
</source>
        <translation>smoochctl&#xa0;: %1&#xa0;; rien n’a été supprimé
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/clearcommand.cpp" line="55"/>
        <source>smoochctl: cleared %1
</source>
        <translation>smoochctl&#xa0;: %1 effacé
</translation>
    </message>
    <message>
        <location filename="../app/smoochctl/ctloutput.cpp" line="71"/>
        <source>%1: %2
Try &apos;%1 --help&apos;.
</source>
        <translation>%1&#xa0;: %2
Voir «&#xa0;%1 --help&#xa0;».
</translation>
    </message>
</context>
<context>
    <name>SmoochRelay</name>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="14"/>
        <source>An app the agent may see (repeat for more; none: every app).</source>
        <translation>Une application que l’agent peut voir (à répéter pour plusieurs&#xa0;; aucune&#xa0;: toutes les applications).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="29"/>
        <source>agent takes add NAME, remove NAME or list</source>
        <translation>agent attend add NAME, remove NAME ou list</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="34"/>
        <source>--app goes with agent add only</source>
        <translation>--app ne va qu’avec agent add</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="47"/>
        <location filename="../app/smooch-relay/servecommand.cpp" line="164"/>
        <source>cannot open the database: %1</source>
        <translation>impossible d’ouvrir la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="55"/>
        <source>cannot add agent &apos;%1&apos;: %2</source>
        <translation>impossible d’ajouter l’agent «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="63"/>
        <source>no agent named &apos;%1&apos;</source>
        <translation>aucun agent nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/agentcommand.cpp" line="64"/>
        <source>cannot remove agent &apos;%1&apos;: %2</source>
        <translation>impossible de supprimer l’agent «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="49"/>
        <source>Address and port to listen on (default 127.0.0.1:8385).</source>
        <translation>Adresse et port d’écoute (par défaut 127.0.0.1:8385).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="51"/>
        <source>Serve HTTPS with this PEM certificate (chain).</source>
        <translation>Servir en HTTPS avec ce certificat PEM (chaîne).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="52"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="54"/>
        <source>Webhook secrets, lines APPID SECRET (default $CREDENTIALS_DIRECTORY/webhook-secrets, else STATE/webhook-secrets).</source>
        <translation>Secrets des webhooks, lignes APPID SECRET (par défaut $CREDENTIALS_DIRECTORY/webhook-secrets, sinon STATE/webhook-secrets).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="57"/>
        <source>Days events are kept (default 30).</source>
        <translation>Nombre de jours de conservation des événements (par défaut 30).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="58"/>
        <source>Seconds between keepalives on streams (default 15).</source>
        <translation>Secondes entre les keepalives sur les flux (par défaut 15).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="85"/>
        <source>serve takes no arguments</source>
        <translation>serve n’attend aucun argument</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="97"/>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:8385</source>
        <translation>--listen attend ADDR:PORT, p. ex. 127.0.0.1:8385</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="101"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key vont ensemble</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="109"/>
        <source>--retention-days takes a positive number</source>
        <translation>--retention-days attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="119"/>
        <source>--keepalive-seconds takes a positive number</source>
        <translation>--keepalive-seconds attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="136"/>
        <source>cannot read the TLS certificate or key</source>
        <translation>impossible de lire le certificat ou la clé TLS</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="148"/>
        <source>the TLS certificate or key is not valid PEM</source>
        <translation>le certificat ou la clé TLS n’est pas du PEM valide</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="186"/>
        <source>cannot set up signal handling</source>
        <translation>impossible de mettre en place la gestion des signaux</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/servecommand.cpp" line="191"/>
        <source>cannot listen on %1</source>
        <translation>impossible d’écouter sur %1</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="47"/>
        <source>--db and --postgres do not go together</source>
        <translation>--db et --postgres ne vont pas ensemble</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="60"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="77"/>
        <source>SQLite database (default STATE/relay.sqlite).</source>
        <translation>Base de données SQLite (par défaut STATE/relay.sqlite).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="80"/>
        <source>PostgreSQL database, as a libpq conninfo string.</source>
        <translation>Base de données PostgreSQL, sous forme de chaîne conninfo libpq.</translation>
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
        <translation>Le relais d’équipe&#xa0;: reçoit les webhooks d’une application, les conserve et les diffuse en continu vers la console de chaque agent.

Commandes&#xa0;:
  serve [--listen ADDR:PORT] [--db FILE | --postgres CONNINFO]
        [--tls-cert FILE --tls-key FILE] [--secrets FILE] [--retention-days N]
        affiche son URL de base en première ligne
  agent add NAME [--app ID]...   affiche le nouveau jeton une seule fois
  agent remove NAME
  agent list
  webhook register --app ID --url PUBLIC_URL   identifiants comme pour smoochctl
  webhook status --app ID | webhook remove --app ID

STATE vaut $STATE_DIRECTORY, sinon $XDG_DATA_HOME/smooch-relay.
Codes de sortie&#xa0;: 0 succès, 1 échec, 2 mauvaise utilisation, 3 échec réseau.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="122"/>
        <source>The command&apos;s arguments.</source>
        <translation>Les arguments de la commande.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="140"/>
        <source>no command given; try &apos;smooch-relay --help&apos;</source>
        <translation>aucune commande indiquée&#xa0;; voir «&#xa0;smooch-relay --help&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/smoochrelay.cpp" line="141"/>
        <source>unknown command &apos;%1&apos;; try &apos;smooch-relay --help&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;smooch-relay --help&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="17"/>
        <source>The app whose webhook it is.</source>
        <translation>L’application à laquelle appartient le webhook.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="19"/>
        <source>The relay&apos;s public URL for the app&apos;s deliveries, ending in /webhooks/ID.</source>
        <translation>L’URL publique du relais pour les livraisons de l’application, se terminant par /webhooks/ID.</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="21"/>
        <source>The webhook secrets file (default: STATE/webhook-secrets).</source>
        <translation>Le fichier des secrets de webhook (par défaut&#xa0;: STATE/webhook-secrets).</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="37"/>
        <source>webhook takes one of register, status or remove</source>
        <translation>webhook attend l’un de register, status ou remove</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="42"/>
        <source>webhook %1 needs --app ID</source>
        <translation>webhook %1 nécessite --app ID</translation>
    </message>
    <message>
        <location filename="../app/smooch-relay/webhookcommand.cpp" line="47"/>
        <source>webhook register needs --url PUBLIC_URL</source>
        <translation>webhook register nécessite --url PUBLIC_URL</translation>
    </message>
</context>
<context>
    <name>TemplatesApi</name>
    <message>
        <location filename="../core/client/templatesapi.cpp" line="23"/>
        <source>a page needs a limit of 1 or more and an offset of 0 or more</source>
        <translation>une page nécessite une limite de 1 ou plus et un décalage de 0 ou plus</translation>
    </message>
    <message>
        <location filename="../core/client/templatesapi.cpp" line="31"/>
        <source>a saved reply needs a name</source>
        <translation>une réponse enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../core/client/templatesapi.cpp" line="55"/>
        <location filename="../core/client/templatesapi.cpp" line="66"/>
        <location filename="../core/client/templatesapi.cpp" line="75"/>
        <source>no template id given</source>
        <translation>aucun identifiant de modèle indiqué</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/window/trayicon.cpp" line="39"/>
        <source>Smooch Agent Console: %Ln unread</source>
        <translation>
            <numerusform>Console agent Smooch&#xa0;: %Ln non lu</numerusform>
            <numerusform>Console agent Smooch&#xa0;: %Ln non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookSecrets</name>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="61"/>
        <source>%1, line %2: expected APPID SECRET</source>
        <translation>%1, ligne %2&#xa0;: APPID SECRET attendu</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="74"/>
        <location filename="../core/relay/webhooksecrets.cpp" line="129"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="109"/>
        <source>the app id must be one word</source>
        <translation>l’identifiant d’application doit être un seul mot</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="112"/>
        <source>the secret must be one word</source>
        <translation>le secret doit être un seul mot</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="122"/>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksecrets.cpp" line="154"/>
        <location filename="../core/relay/webhooksecrets.cpp" line="159"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WebhookSetup</name>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="53"/>
        <source>App %1 has no webhook of the relay.</source>
        <translation>L’application %1 n’a aucun webhook du relais.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="55"/>
        <source>App %1: the relay&apos;s webhook %2 delivers to %3.</source>
        <translation>Application %1&#xa0;: le webhook %2 du relais livre à %3.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="58"/>
        <source>Payload version: v1.1.</source>
        <translation>Version de la charge utile&#xa0;: v1.1.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="59"/>
        <source>Payload version: %1, not v1.1: remove the webhook and register it again.</source>
        <translation>Version de la charge utile&#xa0;: %1, et non v1.1&#xa0;: supprimez le webhook et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="61"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="65"/>
        <source>Triggers: all %1 the console uses.</source>
        <translation>Déclencheurs&#xa0;: les %1 qu’utilise la console.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="66"/>
        <source>Triggers missing: %1.</source>
        <translation>Déclencheurs manquants&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="67"/>
        <source>Client information: included.</source>
        <translation>Informations sur le client&#xa0;: incluses.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="68"/>
        <source>Client information: not included.</source>
        <translation>Informations sur le client&#xa0;: non incluses.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="70"/>
        <source>%1 webhooks of the relay; every event arrives %1 times.</source>
        <translation>%1 webhooks du relais&#xa0;; chaque événement arrive %1 fois.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="73"/>
        <source>Other webhooks of the app (left alone): %1 of at most 10 in all.</source>
        <translation>Autres webhooks de l’application (laissés tels quels)&#xa0;: %1 sur 10 au plus au total.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="83"/>
        <source>Registered the relay&apos;s webhook; its secret is stored.</source>
        <translation>Webhook du relais enregistré&#xa0;; son secret est conservé.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="86"/>
        <source>Completed the relay&apos;s webhook; its secret is stored.</source>
        <translation>Webhook du relais complété&#xa0;; son secret est conservé.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="89"/>
        <source>The relay&apos;s webhook was already registered; nothing changed.</source>
        <translation>Le webhook du relais était déjà enregistré&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="92"/>
        <source>Removed the relay&apos;s webhook.</source>
        <translation>Webhook du relais supprimé.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="95"/>
        <source>The app has no webhook of the relay; nothing removed.</source>
        <translation>L’application n’a aucun webhook du relais&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="139"/>
        <source>no secrets file is given</source>
        <translation>aucun fichier de secrets n’est indiqué</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="144"/>
        <source>cannot write the secrets file %1</source>
        <translation>impossible d’écrire le fichier de secrets %1</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="151"/>
        <source>cannot create the secrets file %1</source>
        <translation>impossible de créer le fichier de secrets %1</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="158"/>
        <source>no Webhooks API</source>
        <translation>pas d’API Webhooks</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="165"/>
        <source>no URL given, and %1 holds no secret for app %2: give the relay&apos;s webhook URL, or the secrets file that register wrote</source>
        <translation>aucune URL indiquée, et %1 ne contient aucun secret pour l’application %2&#xa0;: indiquez l’URL du webhook du relais, ou le fichier de secrets écrit par register</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="182"/>
        <source>the webhook URL must start with https:// or http://</source>
        <translation>l’URL du webhook doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="187"/>
        <source>the relay&apos;s webhook sends payload version %1; remove it and register again</source>
        <translation>le webhook du relais envoie la version de charge utile %1&#xa0;; supprimez-le et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="237"/>
        <source>the webhook is registered but its secret could not be stored (%1); run register again once the file can be written</source>
        <translation>le webhook est enregistré mais son secret n’a pas pu être conservé (%1)&#xa0;; relancez register dès que le fichier peut être écrit</translation>
    </message>
    <message>
        <location filename="../core/relay/webhooksetup.cpp" line="285"/>
        <source>the webhook is removed but the secrets file could not be updated (%1)</source>
        <translation>le webhook est supprimé mais le fichier de secrets n’a pas pu être mis à jour (%1)</translation>
    </message>
</context>
<context>
    <name>WebhooksApi</name>
    <message>
        <location filename="../core/client/webhooksapi.cpp" line="26"/>
        <location filename="../core/client/webhooksapi.cpp" line="46"/>
        <source>the webhook has no target</source>
        <translation>le webhook n’a pas de cible</translation>
    </message>
    <message>
        <location filename="../core/client/webhooksapi.cpp" line="36"/>
        <location filename="../core/client/webhooksapi.cpp" line="44"/>
        <location filename="../core/client/webhooksapi.cpp" line="61"/>
        <source>no webhook id given</source>
        <translation>aucun identifiant de webhook indiqué</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="9"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="10"/>
        <source>Connect your Smooch app</source>
        <translation>Connecter votre app Smooch</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="12"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="13"/>
        <source>Welcome to the Smooch Agent Console</source>
        <translation>Bienvenue dans la Smooch Agent Console</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="20"/>
        <source>No Smooch app is connected. Try the console on a local demo app with a few customers, or connect your own app with its app id and an API key.</source>
        <translation>Aucune app Smooch n&apos;est connectée. Essayez la console sur une app de démo locale avec quelques clients, ou connectez votre propre app avec son identifiant d&apos;app et une clé d&apos;API.</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="28"/>
        <source>Opens a demo app on this computer; nothing reaches Smooch.</source>
        <translation>Ouvre une app de démo sur cet ordinateur ; rien n&apos;atteint Smooch.</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepane.cpp" line="30"/>
        <source>Sets up a profile with your app&apos;s base URL, app id and API key.</source>
        <translation>Crée un profil avec l&apos;URL de base, l&apos;identifiant d&apos;app et la clé d&apos;API de votre app.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="57"/>
        <source>Smooch Agent Console. Without options it opens the last profile; SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID with SMOOCH_SECRET (or SMOOCH_JWT) and SMOOCH_AUTH open a temporary profile.</source>
        <translation>Console agent Smooch. Sans option, elle ouvre le dernier profil&#xa0;; SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID avec SMOOCH_SECRET (ou SMOOCH_JWT) et SMOOCH_AUTH ouvrent un profil temporaire.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="65"/>
        <source>Open USER&apos;s conversation at start.</source>
        <translation>Ouvrir la conversation de USER au démarrage.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="69"/>
        <source>Try the console on a local demo app.</source>
        <translation>Essayer la console sur une application de démonstration locale.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="72"/>
        <source>Save a picture of the window to FILE after --screenshot-delay, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE après --screenshot-delay, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="77"/>
        <source>Milliseconds before --screenshot.</source>
        <translation>Millisecondes avant --screenshot.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="96"/>
        <source>Smooch console is already open: its window was brought forward.</source>
        <translation>La console Smooch est déjà ouverte : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="136"/>
        <source>The demo could not start a local server.</source>
        <translation>La démonstration n’a pas pu démarrer de serveur local.</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="144"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../app/smooch-console/main.cpp" line="148"/>
        <source>You (demo)</source>
        <translation>Vous (démo)</translation>
    </message>
</context>
</TS>
