# skydial en français. Vouvoiement. Mêmes messages et variables que en.ftl.
# Espaces insécables avant « : ; ? ! » et à l’intérieur des guillemets.

## Le réglage Langue

settings-language-system = Langue du système
settings-language = Langue

## Nombres

calls-missed = { $count ->
    [one] { $count } appel manqué
   *[other] { $count } appels manqués
}

## Dates et heures

time-today = Aujourd’hui
time-yesterday = Hier
time-day-and-time = { $day } à { $time }
time-am = AM
time-pm = PM
weekday-monday = Lundi
weekday-tuesday = Mardi
weekday-wednesday = Mercredi
weekday-thursday = Jeudi
weekday-friday = Vendredi
weekday-saturday = Samedi
weekday-sunday = Dimanche
month-january = janvier
month-february = février
month-march = mars
month-april = avril
month-may = mai
month-june = juin
month-july = juillet
month-august = août
month-september = septembre
month-october = octobre
month-november = novembre
month-december = décembre

## Les codes d’erreur de l’API

api-error = { $meaning } : { $message }. { $advice } (erreur d’API { $code })
api-meaning-missing-class = il manque le nom de classe de la commande
api-meaning-missing-method = il manque le nom de méthode de la commande
api-meaning-no-such-method = commande inconnue
api-meaning-auth-failed = DID ou code PIN incorrect
api-meaning-blocked = utilisateur bloqué pour abus de l’API
api-meaning-rate-limited = trop de requêtes
api-meaning-phone-not-found = téléphone non connecté
api-meaning-bad-arguments = arguments incorrects
api-meaning-unsubscribed = abonnement interrompu par le serveur
api-meaning-bad-xml = le serveur n’a pas pu lire la requête
api-meaning-other = erreur inattendue
api-advice-unknown-command = Le serveur n’a pas reconnu la commande ; mettez skydial à jour et, si le problème persiste, signalez-le (skysupport@shoretel.com peut confirmer la liste des commandes).
api-advice-auth-failed = Vérifiez votre DID (votre numéro complet à 10 chiffres) et le code PIN de votre messagerie vocale, puis réessayez.
api-advice-blocked = ShoreTel a bloqué l’accès de cet utilisateur à l’API ; contactez skysupport@shoretel.com pour en connaître la raison et faire lever le blocage.
api-advice-rate-limited = Trop de requêtes en peu de temps ; attendez une minute avant de réessayer.
api-advice-phone-not-found = Vérifiez que votre téléphone de bureau est branché et connecté (déconnectez-le puis reconnectez-le), puis réessayez ; si le problème persiste, contactez skysupport@shoretel.com.
api-advice-bad-arguments = Le serveur a refusé les arguments de la commande ; mettez skydial à jour et signalez le problème s’il persiste.
api-advice-unsubscribed = Abonnez-vous de nouveau (skydial le fait tout seul) ; si cela se répète, contactez skysupport@shoretel.com.
api-advice-bad-xml = Le serveur n’a pas pu lire la requête de skydial ; mettez skydial à jour et signalez le problème s’il persiste.
api-advice-other = Contactez skysupport@shoretel.com en indiquant ce code et ce message.

## Liens téléphoniques

link-not-a-link = ce n’est pas un lien téléphonique (tel:, callto: ou sip:)
link-too-long = le lien dépasse { $max } octets
link-no-number = le lien ne contient aucun numéro de téléphone ({ $what }) ; copiez le numéro lui-même
link-scheme-address = une adresse { $scheme }

## La connexion au serveur

client-insecure-server = skydial refuse d’envoyer votre code PIN sans chiffrement à { $host } : utilisez une URL de serveur en https:// (le http simple n’est permis que pour cet ordinateur, par exemple le simulateur)
client-bad-url = l’URL du serveur « { $url } » n’est pas valide : { $reason }
client-ca-file = impossible d’utiliser le fichier de certificats d’autorité { $path } : { $reason }
client-connect = impossible de se connecter à { $server } : { $detail }. Vérifiez l’adresse du serveur et votre réseau, puis réessayez
client-certificate = le certificat de { $server } n’est pas reconnu ({ $detail }). Si vous êtes derrière le proxy TLS de votre entreprise ou utilisez `skydial sim --tls`, indiquez son certificat d’autorité avec --ca-file PATH
client-timeout = { $server } n’a pas répondu en { $seconds } s. Vérifiez votre réseau et réessayez
client-http-status = { $server } a répondu HTTP { $status } au lieu d’une réponse de l’API. Vérifiez l’URL du serveur (l’API se trouve sous /bobl/bobl)
client-redirect = { $server } a répondu par une redirection (HTTP { $status }) vers { $location }. skydial ne suit pas les redirections, car votre code PIN partirait avec ; si vous faites confiance à cette adresse, utilisez-la comme serveur
client-connection-lost = la connexion à { $server } a été perdue : { $detail }. skydial se reconnecte tout seul quand il le peut ; sinon, réessayez
client-protocol = le serveur a envoyé autre chose qu’une réponse de l’API : { $detail }. Signalez-le si cela persiste
client-subscribe-over-get = `subscribe` ne peut pas être envoyé en requête GET ; utilisez la connexion POST par défaut
client-url-no-host = il n’a pas de nom d’hôte
client-url-scheme = utilisez http:// ou https://, pas { $scheme }://
client-url-credentials = ne mettez ni nom d’utilisateur ni mot de passe dans l’URL
client-url-query = une URL de serveur n’a ni requête (?...) ni fragment (#...) ; ils pourraient contenir votre code PIN. Saisissez seulement le serveur, comme https://hostedconnect.m5net.com
client-ca-no-certificate = il ne contient aucun certificat PEM
client-ca-refused = le magasin de certificats du système a refusé ses certificats ({ $error })
client-unreadable-location = une adresse que skydial ne sait pas lire
client-session-closed = la session est fermée
client-session-ended = le serveur a mis fin à la session
client-no-answer = le serveur a fermé la réponse sans répondre
client-list-not-calls = listCalls a reçu pour réponse { $result } au lieu d’une liste d’appels
client-result-none = aucun résultat
client-result-boolean = le booléen { $value }
client-result-number = le nombre { $value }
client-result-calls = { $count ->
    [one] une liste de { $count } appel
   *[other] une liste de { $count } appels
}
client-result-text = le texte { $text }

## La ligne d’état

status-signed-out = Déconnecté
status-connecting = Connexion…
status-connected = Connecté
status-reconnecting = Reconnexion dans { $seconds } s : { $reason } (aucun événement d’appel depuis { $blind } s ; les changements manqués seront rattrapés une fois connecté)
status-phone-logged-out = Votre téléphone de bureau n’est pas connecté : connectez-le (ou déconnectez-le puis reconnectez-le) ; nouvel essai dans { $seconds } s
status-stopped = Arrêté : { $reason }
status-reason-cannot-reach = serveur injoignable
status-reason-not-answering = le serveur ne répond plus
status-reason-connection-lost = connexion perdue
status-reason-certificate = le certificat du serveur n’est pas reconnu
status-reason-http-status = le serveur a répondu HTTP { $status }
status-reason-redirect = le serveur redirige ailleurs
status-reason-api-error = { $meaning } (erreur d’API { $code })

## Erreurs et remarques du moteur

engine-signed-out = non connecté : connectez-vous d’abord
engine-not-connected = pas de connexion au serveur ({ $status }) ; réessayez une fois connecté
engine-gone = le service en arrière-plan s’est arrêté ; redémarrez skydial
engine-no-history = l’historique des appels est désactivé (aucun dossier de données)
engine-history-not-saved = L’historique des appels n’est pas enregistré : { $error }
engine-too-many-calls = Le serveur signale plus de { $max } appels simultanés : skydial affiche les { $max } premiers, et les autres dès que certains se terminent.
engine-lists-rate-limited = Le serveur limite les listes d’appels ; skydial réessaie dans { $seconds } s (les appels restent mis à jour en direct).
engine-repeated-17 = Le serveur met fin à l’abonnement juste après son début, encore et encore (erreur d’API 17) ; skydial se réabonne dans { $seconds } s. Si cela continue, contactez skysupport@shoretel.com.

## La base de l’historique

history-damaged = la base de l’historique { $path } est endommagée ({ $detail }) ; déplacez-la ailleurs et skydial en créera une nouvelle
history-locked = la base de l’historique { $path } est verrouillée par un autre programme ; fermez-le (ou l’autre skydial) et réessayez
history-disk-full = le disque contenant { $path } est plein ; libérez de l’espace pour que l’historique puisse être enregistré
history-other = impossible d’utiliser la base de l’historique { $path } : { $detail }
history-no-data-dir = aucun dossier de données n’est connu pour cet utilisateur ; définissez SKYDIAL_DATA_DIR

## Fichiers de contacts

contacts-cannot-read = impossible de lire { $path } : { $error }
contacts-unknown-format = { $path } n’est ni une vCard (.vcf) ni un fichier CSV avec une colonne de nom et une colonne de téléphone
contacts-too-large = { $path } fait { $size_mb } Mo ; skydial importe des fichiers de contacts jusqu’à 16 Mo. Découpez-le, ou n’exportez que les contacts que vous appelez
contacts-too-many = { $path } contient plus de { $max } numéros ; skydial en importe au plus { $max } à la fois. Découpez le fichier

## Le fichier de réglages

settings-unreadable = le fichier de réglages { $path } est illisible à la ligne { $line }, colonne { $column } ({ $error }) ; skydial utilise pour l’instant les réglages par défaut et laisse le fichier tel quel. Corrigez-le ; si vous enregistrez d’abord des réglages, il est conservé à côté sous le nom { $file }.broken
settings-cannot-read = impossible de lire le fichier de réglages { $path } : { $error }
settings-cannot-save = impossible d’enregistrer les réglages dans { $path } : { $error }

## Le trousseau

secrets-no-keyring = aucun trousseau n’est disponible

## Le skydial déjà lancé

instance-no-answer = le skydial déjà lancé n’a pas répondu
instance-bad-request = skydial n’a pas pu lire cette demande

## Lancement à l’ouverture de session

autostart-no-home = votre dossier personnel est introuvable, skydial ne peut donc pas se lancer à l’ouverture de session ; vérifiez que HOME est défini
autostart-bad-path = skydial ne peut pas se lancer à l’ouverture de session depuis { $path } : le chemin contient des caractères qu’une entrée de démarrage automatique ne peut pas contenir ; déplacez skydial vers un chemin plus simple et réessayez
autostart-cannot-write = impossible d’écrire l’entrée de démarrage automatique { $path } ({ $error }) ; vérifiez que { $folder } est un dossier où vous pouvez écrire, puis réessayez
autostart-cannot-remove = impossible de supprimer l’entrée de démarrage automatique { $path } ({ $error }) ; supprimez-la vous-même pour que skydial ne se lance plus à l’ouverture de session
autostart-cannot-read = impossible de lire l’entrée de démarrage automatique { $path } ({ $error }) ; vérifiez-la, ou supprimez-la vous-même
autostart-not-ours = l’entrée de démarrage automatique { $path } n’a pas été écrite par skydial, qui n’y touche donc pas ; supprimez-la ou modifiez-la vous-même, puis réessayez
autostart-reg-missing = impossible d’exécuter reg.exe ({ $error }) ; s’agit-il d’une installation normale de Windows ?
autostart-reg-add = impossible d’ajouter skydial à { $key } (reg.exe s’est terminé avec { $status }) ; vérifiez que vous pouvez modifier vos propres paramètres du registre
autostart-reg-delete = impossible de retirer skydial de { $key } (reg.exe s’est terminé avec { $status }) ; supprimez vous-même la valeur { $value } avec regedit

## L’aide de la ligne de commande : les mots de clap

help-usage = Utilisation :
help-arguments = Arguments
help-options = Options
help-commands = Commandes
help-help = Afficher l’aide
help-version = Afficher la version
help-help-command = Afficher cette aide ou l’aide d’une commande

## Numéros impossibles à composer (la fenêtre, les liens, `skydial dial`)

number-empty = il n’y a aucun numéro à composer
number-too-much-text = c’est trop de texte pour un numéro de téléphone (plus de { $max } caractères)
number-letters = le numéro contient des lettres (« { $text } ») ; tapez plutôt les chiffres
number-spelt-too-long = « { $form } » donne { $count } chiffres, plus que les 10 d’un numéro nord-américain (3 pour l’indicatif régional, 7 ensuite) : retirez les lettres après la septième
number-spelt-too-short = « { $form } » ne donne que { $count ->
    [one] { $count } chiffre
   *[other] { $count } chiffres
}, moins que les 10 d’un numéro nord-américain (3 pour l’indicatif régional, 7 ensuite) : vérifiez les lettres
number-bad-character = le numéro contient « { $character } », qui ne fait pas partie d’un numéro de téléphone
number-misplaced-plus = le « + » ne peut venir qu’en premier, avant l’indicatif du pays
number-trailing-extension = un poste après le numéro ne peut pas être composé (l’API n’envoie pas de tonalités) ; composez { $number } puis saisissez le poste sur le téléphone
number-unsupported-scheme = « { $link } » : les liens ne peuvent pas être composés ; copiez le numéro de téléphone lui-même
number-outside-line-prefix = omettez le 9 de la ligne extérieure : l’API passe elle-même les appels externes (composez { $number })
number-long-distance-before-international = ne mettez pas 1 devant 011 : composez { $number }
number-bad-area-code = un indicatif régional ne peut pas commencer par 0 ou 1
number-bad-exchange = les trois chiffres après l’indicatif régional ne peuvent pas commencer par 0 ou 1
number-bad-north-american-length = +1 doit être suivi d’un numéro à 10 chiffres, pas de { $count ->
    [one] { $count } chiffre
   *[other] { $count } chiffres
}
number-too-short = { $count ->
    [one] { $count } chiffre, c’est
   *[other] { $count } chiffres, c’est
} trop court : composez un poste à 4 chiffres ou un numéro complet à 10 chiffres
number-too-long = { $count ->
    [one] { $count } chiffre, c’est
   *[other] { $count } chiffres, c’est
} trop long pour un numéro de téléphone
number-needs-international-prefix = les numéros internationaux demandent 011 (ou +) et l’indicatif du pays, comme 011 44 20 7946 0958
number-bad-country-code = un indicatif de pays ne peut pas commencer par 0

## The window's screens, the desk and the shells (l10n-desk)

# The desk could not take a request: $request says which (the variant), $number is the number when it is a dial.
notice-busy = { $request ->
    [sign-in] skydial est occupé et n’a pas pu vous connecter ; réessayez dans un instant.
    [sign-out] skydial est occupé et n’a pas pu vous déconnecter ; réessayez dans un instant.
    [answer] skydial est occupé et n’a pas pu décrocher l’appel ; réessayez dans un instant.
    [decline] skydial est occupé et n’a pas pu refuser l’appel ; réessayez dans un instant.
    [hang-up] skydial est occupé et n’a pas pu raccrocher ; réessayez dans un instant.
    [hold] skydial est occupé et n’a pas pu mettre l’appel en attente ; réessayez dans un instant.
    [resume] skydial est occupé et n’a pas pu reprendre l’appel ; réessayez dans un instant.
    [dial] skydial est occupé et n’a pas pu composer le { $number } ; réessayez dans un instant.
    [dial-clipboard] skydial est occupé et n’a pas pu composer le presse-papiers ; réessayez dans un instant.
    [history] skydial est occupé et n’a pas pu mettre à jour l’historique ; réessayez dans un instant.
    [search-contacts] skydial est occupé et n’a pas pu chercher dans les contacts ; réessayez dans un instant.
    [import-contacts] skydial est occupé et n’a pas pu importer les contacts ; réessayez dans un instant.
    [search-people] skydial est occupé et n’a pas pu chercher dans les contacts et les annuaires ; réessayez dans un instant.
    [change-contact] skydial est occupé et n’a pas pu modifier les contacts ; réessayez dans un instant.
    [directories] skydial est occupé et n’a pas pu modifier les annuaires ; réessayez dans un instant.
    [sync-directories] skydial est occupé et n’a pas pu synchroniser les annuaires ; réessayez dans un instant.
    [settings] skydial est occupé et n’a pas pu enregistrer les réglages ; réessayez dans un instant.
    [dnd] skydial est occupé et n’a pas pu changer « Ne pas déranger » ; réessayez dans un instant.
    [favourites] skydial est occupé et n’a pas pu modifier les favoris ; réessayez dans un instant.
    [link] skydial est occupé et n’a pas pu traiter votre réponse au lien ; réessayez dans un instant.
    [resolve-missed] skydial est occupé et n’a pas pu marquer l’appel manqué comme traité ; réessayez dans un instant.
    [remind] skydial est occupé et n’a pas pu programmer le rappel ; réessayez dans un instant.
    [note] skydial est occupé et n’a pas pu enregistrer la note ; réessayez dans un instant.
    [export] skydial est occupé et n’a pas pu exporter l’historique ; réessayez dans un instant.
   *[external] skydial est occupé et n’a pas pu prendre en charge la demande ; réessayez dans un instant.
}
# A call's button did nothing: $action is the button.
notice-call-stale = { $action ->
    [answer] Impossible de décrocher l’appel : l’appel n’est plus dans cet état.
    [decline] Impossible de refuser l’appel : l’appel n’est plus dans cet état.
   *[hang-up] Impossible de raccrocher : l’appel n’est plus dans cet état.
    [hold] Impossible de mettre l’appel en attente : l’appel n’est plus dans cet état.
    [resume] Impossible de reprendre l’appel : l’appel n’est plus dans cet état.
}
# A call's button failed: $action is the button, $error what went wrong.
notice-call-failed = { $action ->
    [answer] Impossible de décrocher l’appel : { $error }
    [decline] Impossible de refuser l’appel : { $error }
   *[hang-up] Impossible de raccrocher : { $error }
    [hold] Impossible de mettre l’appel en attente : { $error }
    [resume] Impossible de reprendre l’appel : { $error }
}
# $clip: the clipboard or the selected text (the variant).
notice-clipboard-too-big = { $clip ->
   *[clipboard] Rien n’a été composé : le presse-papiers contient { $size } Ko de texte, plus que ce que skydial lit ({ $most } Ko). Copiez seulement le numéro de téléphone.
    [selection] Rien n’a été composé : le texte sélectionné contient { $size } Ko de texte, plus que ce que skydial lit ({ $most } Ko). Copiez seulement le numéro de téléphone.
}
# $reason says why (a number-… message).
notice-clipboard-nothing = { $clip ->
   *[clipboard] Rien à composer dans le presse-papiers : { $reason }
    [selection] Rien à composer dans le texte sélectionné : { $reason }
}
notice-clipboard-unreadable = { $clip ->
   *[clipboard] Impossible de composer le presse-papiers : { $error }
    [selection] Impossible de composer le texte sélectionné : { $error }
}
notice-link-too-many = { $count ->
    [one] Non composé : le { $number } n’a pas été proposé, car { $count } numéro attend déjà votre réponse dans la fenêtre de skydial. Répondez-y, puis réessayez.
   *[other] Non composé : le { $number } n’a pas été proposé, car { $count } numéros attendent déjà votre réponse dans la fenêtre de skydial. Répondez-y, puis réessayez.
}
# A call's buttons (the calls list, the ringing banner) and their hover text.
call-action-answer = Décrocher
call-action-decline = Refuser
call-action-hang-up = Raccrocher
call-action-hold = Mettre en attente
call-action-resume = Reprendre
# Who asks, above the number in the link question.
link-question-asker-link = Un lien demande d’appeler ce numéro depuis votre téléphone de bureau :
link-question-asker-program = Un autre programme demande d’appeler ce numéro depuis votre téléphone de bureau :
link-question-asker-clipboard = Le texte copié demande d’appeler ce numéro depuis votre téléphone de bureau (les numéros surtaxés et internationaux sont toujours confirmés) :
desk-task-failed = la tâche en arrière-plan a échoué : { $error }
notice-clipboard-no-number = aucun numéro de téléphone n’a été trouvé dans le texte copié
notice-cannot-dial-error = Impossible de composer le { $number } : { $error }
notice-link-not-signed-in = Impossible de composer le { $number } : skydial n’est pas encore connecté. Ouvrez skydial, connectez-vous, puis utilisez de nouveau le lien.
notice-link-no-pin = Impossible de composer le { $number } : aucun PIN n’est conservé pour { $user }. Ouvrez skydial et connectez-vous en cochant « Mémoriser le PIN », ou lancez d’abord skydial ; puis utilisez de nouveau le lien.
notice-link-keyring = Impossible de composer le { $number } : le trousseau n’a pas pu être lu ({ $error }). Ouvrez skydial et connectez-vous, puis utilisez de nouveau le lien.
# The notice while a call is placed; it goes once the call is listed.
notice-dialling = Composition du { $number }
notice-not-placed = Le serveur n’a pas passé l’appel vers le { $number } ; composez-le sur le téléphone.
notice-link-unreadable = Rien n’a été composé depuis le lien : { $error }.
notice-link-cancelled = Annulé : le { $number } n’a pas été composé.
# Said after "Dialling …" when a link names an extension.
notice-link-extension = Le lien indique le poste { $extension } : saisissez-le sur le téléphone une fois l’appel décroché.
# Answers to another skydial process (printed by it).
reply-already-running = skydial est déjà lancé : sa fenêtre est affichée.
reply-quick-dial-handed = Transmis à skydial : voyez sa fenêtre.
# $text is what the other program asked to dial.
notice-cannot-dial-text = Impossible de composer « { $text } » : { $error }
notice-pin-not-removed = Impossible de retirer le PIN du trousseau : { $error }
notice-signed-out = Déconnecté.
notice-sign-in-did = Saisissez votre DID : votre numéro de téléphone à 10 chiffres, chiffres seulement.
notice-sign-in-pin = Saisissez votre PIN (celui de votre messagerie vocale).
notice-no-keyring = Aucun trousseau n’est disponible ({ $error }) : skydial demandera le PIN à chaque démarrage. Il n’est jamais écrit dans un fichier.
notice-keyring-unreadable = Le trousseau n’a pas pu être lu ({ $error }) ; saisissez le PIN.
# The Dial tab. $time is the callee's time of day with its zone (14:05 EST), $place where the number is.
dial-local-time = Heure locale là-bas : { $time } ({ $place })
dial-local-time-night = Heure locale là-bas : { $time } ({ $place }) : en dehors de 8 h – 21 h
# The number field's label (read by screen readers).
dial-number = Numéro
# Examples in the empty number field.
dial-number-hint = +1 (646) 555-1234, 1234, tel:…
dial-dial = Composer
# $number as it reads, $digits as the phone dials it.
dial-will-dial = Composera le { $number } ({ $digits })
dial-type-or-paste = Saisissez ou collez un numéro.
dial-keep-typing = Continuez la saisie : un poste à 4 chiffres ou un numéro complet à 10 chiffres.
# $reason says why (a number-… message).
dial-cannot-dial = Impossible de composer : { $reason }
dial-cannot-dial-nobody = Impossible de composer : { $reason } ; ce n’est pas non plus le nom de quelqu’un dans vos contacts ou vos annuaires
dial-clipboard = Composer le presse-papiers
dial-add-favourite = Ajouter aux favoris
# The dial pad's key that deletes the last digit (short: a key's width), and its hover text.
dial-pad-delete = Suppr
dial-pad-delete-hint = Effacer le dernier chiffre
dial-favourites = Favoris
dial-favourite-call = Appeler
dial-favourite-remove = Retirer
# The window that asks which of the clipboard's numbers to dial.
dial-pick-title = Quel numéro ?
dial-pick-clipboard = Le presse-papiers contient plusieurs numéros. Choisissez celui à composer :
# A button per number found.
pick-dial = Composer le { $number }
# The Calls tab with no calls: its number field.
calls-number = Numéro à appeler
calls-number-hint = +1 (646) 555-1234, 1234, tel:…
calls-call = Appeler
calls-will-dial = Composera le { $number } ({ $digits })
calls-keep-typing = Continuez la saisie : un poste à 4 chiffres ou un numéro complet à 10 chiffres.
calls-cannot-dial = Impossible de composer : { $reason }
# A call's state, on its coloured chip (short).
calls-state-ringing = Sonne
calls-state-calling = Appel…
calls-state-connected = En ligne
calls-state-on-hold = En attente
calls-state-ended = Terminé
calls-none = Aucun appel pour le moment.
calls-none-how = Saisissez un numéro à appeler, ou composez depuis l’onglet « Composer », la zone de notification ou le raccourci clavier avec un numéro dans le presse-papiers.
# Hover text of a call's duration; $duration is 1:05 or 1:02:05.
calls-talking-for = En communication depuis { $duration }
calls-calling-for = Appel en cours depuis { $duration }
calls-ringing-for = Sonne depuis { $duration }
# A call's details, small, joined by " · ": the number dialled, the direction, how long it rang.
calls-detail-to = vers le { $number }
calls-detail-outgoing = sortant
calls-detail-incoming = entrant
calls-detail-rang = a sonné { $duration }
# Hover text on a caller's name: where the name came from.
calls-name-from-contacts = { $name } : de vos contacts
calls-name-from-directory = { $name } : de l’annuaire { $directory }
calls-from-contacts = de vos contacts
calls-from-directory = de l’annuaire { $directory }
# Where the caller is, when it is night there: $place is "New York, NY, 23:40 EST".
calls-place-night = { $place } (il fait nuit là-bas)
calls-save-contact = Enregistrer comme contact
calls-save-contact-hint = Enregistrer le { $number } comme contact
# A call button's hover text: its name and its keyboard shortcut (Ctrl+Enter).
calls-action-hint = { $action } ({ $shortcut })
# The banner over the other tabs while a call rings.
ringing-is-calling = { $caller } vous appelle
# The quick-dial prompt (the hotkey).
quick-dial-title = Numérotation rapide
quick-dial-field = Numéro, ou texte contenant un numéro :
quick-dial-hint = +1 (646) 555-1234
quick-dial-will-dial = Composera le { $number }
quick-dial-phone-dials = Le téléphone compose le { $digits }.
quick-dial-type-or-paste = Saisissez ou collez un numéro.
quick-dial-several = Ce texte contient plusieurs numéros. Choisissez celui à composer :
quick-dial-no-number = aucun numéro de téléphone n’a été trouvé dans ce texte
quick-dial-cannot-dial = Impossible de composer : { $reason }
quick-dial-cannot-dial-nobody = Impossible de composer : { $reason } ; ce n’est pas non plus le nom de quelqu’un dans vos contacts ou vos annuaires
quick-dial-dial = Composer
quick-dial-close = Fermer
quick-dial-keys = Entrée compose ; Échap ferme.
# Under the numbers offered: how many more were found.
pick-more = { $count ->
    [one] { $count } autre numéro n’est pas affiché : copiez seulement le numéro voulu.
   *[other] { $count } autres numéros ne sont pas affichés : copiez seulement le numéro voulu.
}
ringing-more = { $count ->
    [one] { $count } autre appel sonne : voyez l’onglet « Appels ».
   *[other] { $count } autres appels sonnent : voyez l’onglet « Appels ».
}
# The History tab.
history-search = Rechercher
history-search-hint = nom ou numéro
history-all = Tous les appels
history-missed-only = Appels manqués
history-refresh = Actualiser
history-mark-all-seen = Marquer tous les manqués comme vus
history-empty = Aucun appel pour l’instant.
history-no-match = Aucun appel ne correspond.
# A day heading for calls whose time cannot be read.
history-unknown-day = Jour inconnu
history-incoming = Entrant
history-outgoing = Sortant
history-in-progress = En cours
# A missed call not yet seen.
history-missed-new = Manqué (nouveau)
history-missed = Manqué
# $duration: 1:05 or 1:02:05.
history-talked = Durée { $duration }
history-no-answer = Pas de réponse
history-call-back = Rappeler
history-mark-seen = Marquer comme vu
# The window's tabs.
tab-calls = Appels
tab-calls-hint = Les appels en cours sur votre téléphone
tab-dial = Composer
tab-history = Historique
tab-contacts = Contacts
tab-settings = Réglages
# The Do not disturb box at the top of the window, and its hover text ($until: 17:30, or a date and a time).
dnd = Ne pas déranger
dnd-hint = Les appels entrants sont refusés et notés comme manqués
dnd-hint-until = Jusqu’à { $until } : les appels entrants sont refusés et notés comme manqués
# The sign-in screen.
sign-in-title = Se connecter à ShoreTel Sky
sign-in-intro = Votre numéro ShoreTel Sky (DID) et le PIN de votre messagerie vocale.
sign-in-server = Serveur
sign-in-did = DID
sign-in-did-hint = 10 chiffres, p. ex. 6465551000
sign-in-did-problem = Saisissez votre DID : votre numéro de téléphone à 10 chiffres, chiffres seulement.
sign-in-pin = PIN
sign-in-pin-problem = Saisissez votre PIN (celui de votre messagerie vocale).
sign-in-ca-file = Fichier de certificat d’AC (facultatif)
sign-in-ca-file-hint = seulement derrière un proxy TLS d’entreprise
sign-in-remember = Mémoriser le PIN dans le trousseau du système
sign-in-submit = Se connecter
sign-in-signing-in = Connexion…
# The question a link (or another program) asks before dialling.
link-question-title = Composer ce numéro ?
link-question-phone-dials = Le téléphone compose le { $digits }.
link-question-extension = Le lien indique le poste { $extension } : le téléphone ne peut pas l’envoyer pour vous ; saisissez-le une fois l’appel décroché.
link-question-cancel = Annuler
link-question-dial = Composer
link-question-keys = Entrée ou Échap annule.
# A window that is only a link's question.
link-only-close = Fermer
link-only-dialling = Composition…
# The status area: the connection, and who is signed in ($status is the connection's state, $user the DID as it reads).
status-as-user = { $status } en tant que { $user }
status-hint = Connexion à l’API Sky
status-dismiss = Fermer
notice-close-to-tray = skydial continue de tourner dans la zone de notification ; choisissez « Quitter » pour le fermer.
# The Calls tab's badge, as a screen reader says it.
tab-calls-count = { $count ->
    [one] { $count } appel
   *[other] { $count } appels
}
# Why the window could not open or run (the command line prints it after "cannot start:").
window-no-display = impossible d’ouvrir la fenêtre : il n’y a pas d’affichage (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez skydial depuis votre session de bureau, ou utilisez sa ligne de commande (skydial --help).
# $why is the window system's own words, $display the display's name.
window-cannot-open = impossible d’ouvrir la fenêtre : { $why }. L’affichage ({ $display }) est-il accessible depuis cette session ?
window-cannot-draw = impossible de dessiner dans la fenêtre : { $error }
window-event-loop-failed = la boucle d’événements de la fenêtre a échoué : { $error }
# The GPU shell was asked to show its window on Wayland (--renderer cpu is a flag: keep it).
window-gpu-cannot-show = Sous Wayland, l’interface GPU ne peut pas ramener sa fenêtre au premier plan elle-même : le bureau a été sollicité (GNOME annonce que skydial est prêt ; cliquez dessus, ou sur skydial dans le dock ou la barre des tâches). L’interface CPU (--renderer cpu) la ramène elle-même.
# The --demo banner: $server is the simulator's address (its control page is at $server/control/).
demo-banner = Démo : un simulateur intégré à { $server } (utilisateur { $user }, PIN { $pin }) ; des appels sonnent de temps en temps, les appels sortants sont décrochés au bout de { $answered_after } s. Pilotez-le sur { $server }/control/.
notice-demo-contacts = Les contacts de la démo n’ont pas pu être ajoutés : { $error }
notice-no-system-keyring = Aucun trousseau système n’est disponible ({ $error }) : skydial demande le PIN à chaque démarrage et ne l’écrit jamais dans un fichier.
reply-quitting = skydial est en train de quitter ; réessayez dans un instant.
reply-no-answer = skydial n’a pas répondu ; réessayez.
notice-socket-unreachable = Les liens et `skydial dial` ne peuvent pas joindre cette fenêtre ({ $error }) ; ils fonctionneront seuls.
# Why skydial could not start (the command line prints it after "cannot start:").
app-cannot-start-runtime = impossible de démarrer l’environnement d’exécution en arrière-plan : { $error }
app-cannot-start-demo = impossible de démarrer le simulateur de démo : { $error }
# What a link's asker is told when the window showing its question was closed.
reply-window-closed = Annulé : la fenêtre a été fermée ; rien n’a été composé.

## The desktop around the window: tray, screen pops, hotkey (branch l10n-desktop)

tray-tooltip-ringing = skydial : { $caller } appelle
tray-tooltip-connected = skydial : connecté
tray-tooltip-offline = skydial : non connecté
tray-tooltip-dnd = ne pas déranger
tray-tooltip-dnd-until = ne pas déranger jusqu’à { $time }
tray-call = Appeler { $name }
tray-no-recent = Aucun numéro récent pour l’instant
tray-dial-clipboard = Composer le presse-papiers
tray-dnd = Ne pas déranger
tray-dnd-hour = Ne pas déranger pendant une heure
tray-dnd-tomorrow = Ne pas déranger jusqu’à demain
tray-show-window = Afficher la fenêtre
tray-quit = Quitter
tray-cannot-check = Impossible de vérifier la présence d’une zone de notification ({ $error }) ; fermer la fenêtre quitte skydial.
tray-none-running = Aucune zone de notification n’est active ici : la fenêtre reste accessible et la fermer quitte skydial.
tray-none = Pas de zone de notification ici ({ $error }) : la fenêtre reste accessible et la fermer quitte skydial.
pop-calling = { $caller } appelle
pop-dialled = Numéro composé : { $number }
pop-night = { $place } (hors de 8 h-21 h sur place)
pop-answer = Décrocher
pop-ignore = Refuser
pop-show-call = Afficher l’appel
pop-too-many = { $count ->
    [one] Plus de { $count } appel sonne : la fenêtre les liste tous ; les notifications ne montrent que le premier.
   *[other] Plus de { $count } appels sonnent : la fenêtre les liste tous ; les notifications ne montrent que les { $count } premiers.
}
pop-no-service = Aucun service de notifications n’est actif ({ $error }) ; skydial affiche plutôt sa fenêtre pour les appels entrants.
pop-windows-no-toasts = ce Windows n’a pas de notifications toast, erreur { $code }
pop-windows-error-no-text = Windows a renvoyé l’erreur { $code } sans description
pop-windows-error = { $message }, erreur { $code }
hotkey-status-off = Non enregistré (pas d’intégration au bureau).
hotkey-status-saved = { $keys } est enregistré (pas d’intégration au bureau pour l’activer).
hotkey-status-registered = { $keys } compose le numéro du presse-papiers.
hotkey-status-asking = Demande du raccourci { $keys } au bureau…
hotkey-status-desktop = { $keys } compose le numéro du presse-papiers (un raccourci du bureau, via le portail du bureau : modifiez-le dans les réglages du clavier de votre bureau).
hotkey-status-desktop-unnamed = Le raccourci du bureau compose le numéro du presse-papiers (un raccourci du bureau, via le portail du bureau : modifiez-le dans les réglages du clavier de votre bureau).
hotkey-status-kde = { $keys } compose le numéro du presse-papiers (un raccourci global KDE, enregistré auprès de KGlobalAccel : modifiez-le dans Configuration du système, Raccourcis, sous skydial).
hotkey-status-kde-unnamed = Le raccourci du bureau compose le numéro du presse-papiers (un raccourci global KDE, enregistré auprès de KGlobalAccel : modifiez-le dans Configuration du système, Raccourcis, sous skydial).
hotkey-status-not-changed-old = { $why }. { $old } compose toujours le presse-papiers ; le raccourci n’a pas été modifié.
hotkey-status-not-changed = { $why }. Le raccourci n’a pas été modifié.
hotkey-no-session = Le raccourci du presse-papiers a besoin d’une session de bureau (X11 ou Wayland), et il n’y en a pas : utilisez « Composer le presse-papiers » dans la zone de notification, ou associez une touche à la commande `skydial quick-dial` dans les réglages du clavier de votre bureau.
hotkey-register = impossible d’enregistrer le raccourci { $keys } : { $why }
hotkey-no-global = les raccourcis globaux ne sont pas disponibles ici : { $why }
hotkey-taken = impossible d’enregistrer { $keys } (un autre programme l’utilise peut-être) : { $why }
hotkey-refused = Le bureau n’a pas donné de raccourci global à skydial ({ $why }) ; utilisez « Composer le presse-papiers » dans la zone de notification, ou associez une touche à la commande `skydial quick-dial` dans les réglages du clavier de votre bureau.
hotkey-invalid = le raccourci « { $keys } » n’est pas valide ({ $why }) ; écrivez-le comme ctrl+alt+d
hotkey-fault-empty = il est vide
hotkey-fault-modifier = modificateur inconnu « { $modifier } »
hotkey-fault-key = la touche doit être une lettre, un chiffre, F1 à F12 ou space
hotkey-fault-no-modifier = utilisez au moins Ctrl, Alt ou Super, sinon la saisie le déclencherait
hotkey-why-in-use = un autre programme l’utilise déjà
hotkey-why-no-screen = pas d’écran X
hotkey-why-no-key = le clavier n’a pas de touche { $key }
hotkey-why-unreadable = global-hotkey ne peut pas le lire ({ $error })
hotkey-why-not-bound = le bureau n’a pas attribué le raccourci
hotkey-why-portal-gone = le portail du bureau a disparu
hotkey-why-kde-not-running = KGlobalAccel de KDE n’est pas lancé
hotkey-why-kde-no-keys = KDE n’a donné aucune touche à skydial : un autre programme les utilise peut-être
hotkey-why-kde-gone = KGlobalAccel de KDE a disparu
hotkey-no-key = Aucune touche
hotkey-shortcut-name = Composer le numéro de téléphone du presse-papiers
hotkey-portal-description = Composer le numéro de téléphone du presse-papiers (skydial)

## The Settings, Contacts and calls-as-work screens, and their notices (l10n-screens)

# The Settings screen
settings-account = Compte
settings-signed-in-as = Connecté en tant que { $user } sur { $server }
settings-sign-out = Se déconnecter
settings-sign-out-forget-pin = Se déconnecter et oublier le PIN
settings-phone-and-calls = Téléphone et appels
settings-endpoint = Terminal du téléphone (MAC)
settings-endpoint-hint = laissez vide sauf si votre provisionnement l’exige
settings-hotkey = Raccourci du presse-papiers
settings-hotkey-action = Quand le raccourci est pressé
settings-hotkey-action-prompt = Afficher le numéro dans la composition rapide
settings-hotkey-action-dial = Composer tout de suite
settings-hotkey-reads = Le raccourci lit
settings-hotkey-reads-clipboard = Le presse-papiers (texte copié)
settings-hotkey-reads-selection = Le texte sélectionné (inutile de le copier)
settings-theme = Apparence
settings-theme-system = Comme le bureau
settings-theme-light = Claire
settings-theme-dark = Sombre
settings-notifications = Fenêtres d’appel pour les appels qui sonnent
settings-do-not-disturb = Ne pas déranger (les appels qui sonnent sont ignorés et notés comme manqués)
settings-start-minimised = Démarrer réduit dans la zone de notification
settings-close-to-tray = Fermer la fenêtre garde skydial dans la zone de notification
settings-start-at-login = Lancer skydial à l’ouverture de ma session (caché dans la zone de notification)
settings-trusted-links = Composer les liens tel: et callto: sans demander (jamais les numéros internationaux ou surtaxés)
settings-hooks = Page et programme d’appel
settings-hooks-url-on-ring = Page à ouvrir quand un appel sonne
settings-hooks-url-on-answer = Page à ouvrir quand on décroche un appel
settings-hooks-command = Programme à lancer à la sonnerie, au décroché et à la fin
settings-hooks-help = Dans une page, { $number }, { $name }, { $clid }, { $call_id } et { $direction } sont remplacés par leurs valeurs. Le programme les reçoit dans SKYDIAL_NUMBER, SKYDIAL_NAME, SKYDIAL_CLID, SKYDIAL_CALL_ID, SKYDIAL_DIRECTION et SKYDIAL_EVENT (ring, answer, end) ; aucun shell ne lit sa ligne.
settings-hooks-unclosed-quote = La ligne du programme contient un guillemet qui n’est pas refermé.
settings-about = À propos de skydial
settings-about-version = Version
settings-about-log = Journal
settings-about-data = Historique et contacts
settings-about-settings = Réglages
settings-about-none = (aucun sur ce système)
# The Contacts screen and the contact form
contacts-search = Rechercher dans les contacts
contacts-new = Nouveau contact
contacts-import-file = Fichier à importer
contacts-import-file-hint = /chemin/vers/contacts.vcf ou .csv
contacts-import = Importer
contacts-drop-hint = Vous pouvez aussi déposer un fichier .vcf ou .csv sur la fenêtre.
contacts-delete-question = Supprimer le contact { $name } ?
contacts-delete-confirm = Le supprimer
contacts-delete-keep = Le garder
contacts-none-yet = Aucun contact pour l’instant : ajoutez-en un avec « Nouveau contact », importez un fichier ou ajoutez un annuaire d’entreprise dans les Réglages.
contacts-nobody-matches = Personne dans vos contacts ou vos annuaires ne correspond.
contacts-person-from = { $name } : { $source }
contacts-edit = Modifier
contacts-edit-who = Modifier { $name }
contacts-delete = Supprimer
contacts-delete-who = Supprimer { $name }
contacts-call = Appeler
contacts-call-who = Appeler { $name } ({ $kind })
contacts-source-contacts = contacts
contacts-kind-work = travail
contacts-kind-mobile = mobile
contacts-kind-home = domicile
contacts-kind-ip = téléphone IP
contacts-kind-other = autre
contacts-form-new = Nouveau contact
contacts-form-edit = Modifier le contact
contacts-form-name = Nom
contacts-form-company = Entreprise
contacts-form-number = Numéro { $position }
contacts-form-remove = Retirer
contacts-form-remove-number = Retirer le numéro { $position }
contacts-form-add-number = Ajouter un numéro
contacts-form-save = Enregistrer le contact
contacts-form-cancel = Annuler
contacts-form-cannot-save = Enregistrement impossible : { $error }.
people-keys-hint = Haut et Bas pour choisir ; Entrée pour composer.
contacts-form-kind = Type du numéro { $position }
# Settings’ Directories section
directories = Annuaires
directories-about = Les annuaires d’entreprise (LDAP, Active Directory, CardDAV) donnent le nom de vos correspondants et vous permettent de composer par nom. Ils se synchronisent en arrière-plan ; les noms restent quand un serveur est injoignable.
directories-not-synced-yet = { $name } : pas encore synchronisé
directories-sync-now = Synchroniser
directories-sync-now-which = Synchroniser { $name } maintenant
directories-remove = Retirer
directories-remove-which = Retirer { $name }
directories-none-yet = Aucun annuaire pour l’instant.
directories-remove-question = Retirer l’annuaire { $name } ? Ses noms disparaissent de skydial (pas du serveur).
directories-remove-confirm = Le retirer
directories-remove-keep = Le garder
directories-add = Ajouter un annuaire
directories-name = Nom de l’annuaire
directories-url = URL du serveur
directories-url-hint = ldaps://dc1.corp.example.com ou https://dav.example.com
directories-base = DN de base (LDAP, facultatif)
directories-login = Utilisateur ou DN de liaison
directories-login-hint = ada@corp.example.com ; vide : anonyme
directories-password = Mot de passe de l’annuaire
directories-password-kept = Le mot de passe est gardé dans le trousseau du système, jamais dans le fichier de réglages.
directories-add-button = Ajouter l’annuaire
directories-need-history = Les annuaires ont besoin de la base de l’historique, que skydial n’a pas pu ouvrir.
directories-cannot-add = Ajout impossible : { $error }.
directory-status-synced = { $name } : synchronisé { $ago } ({ $count ->
    [one] { $count } personne
   *[other] { $count } personnes
})
directory-status-never = { $name } : jamais synchronisé
directory-status-and = { $status } ; { $more }
directory-status-syncing = synchronisation en cours
directory-status-failed = le dernier essai ({ $when }) a échoué : { $error }. Les noms synchronisés avant fonctionnent toujours
directory-ago-just-now = à l’instant
directory-ago-minutes = { $count ->
    [one] il y a { $count } min
   *[other] il y a { $count } min
}
directory-ago-hours = { $count ->
    [one] il y a { $count } h
   *[other] il y a { $count } h
}
directory-ago-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
# Settings’ Rules for ringing calls
rules = Règles pour les appels qui sonnent
rules-about = Elles ne s’appliquent que pendant que skydial tourne. Un appel ignoré va à la messagerie vocale ; l’historique dit pourquoi.
rules-outside-working-hours = Ne pas déranger en dehors des heures de travail
rules-working-hours-monday = Heures de travail le lundi
rules-working-hours-tuesday = Heures de travail le mardi
rules-working-hours-wednesday = Heures de travail le mercredi
rules-working-hours-thursday = Heures de travail le jeudi
rules-working-hours-friday = Heures de travail le vendredi
rules-working-hours-saturday = Heures de travail le samedi
rules-working-hours-sunday = Heures de travail le dimanche
rules-working-hours-hint = vide : aucune ; ou 09:00-17:00
rules-dnd-until = Ne pas déranger jusqu’à
rules-dnd-for-an-hour = Pendant une heure
rules-dnd-until-tomorrow = Jusqu’à demain
rules-dnd-clear = Effacer
rules-vip = VIP (sonnent malgré « Ne pas déranger »)
rules-vip-hint = un numéro ou le nom d’un contact, un par ligne
rules-ignore = Toujours ignorer (spam)
rules-ignore-hint = un numéro, ou un début de numéro suivi de *, un par ligne
rules-pause-media = Mettre en pause la musique et les vidéos pendant qu’un appel sonne ou est en cours
# Calls as work: the missed calls to do, Export…, the note editor
work-missed-to-do = { $count ->
    [one] Appel manqué à traiter ({ $count })
   *[other] Appels manqués à traiter ({ $count })
}
work-missed-times = { $count ->
    [one] Manqué { $last }
   *[other] Manqué { $count } fois, dernier { $last }
}
work-call-back = Rappeler
work-remind-me = Me le rappeler
work-remind-in-15-minutes = Dans 15 minutes
work-remind-in-an-hour = Dans une heure
work-remind-tomorrow = Demain à { $time }
work-remind-at = Date et heure…
work-remind-set = Valider
work-missed-done = Traité
work-export-to = Exporter vers
work-export-as = Exporter en
work-export = Exporter…
work-note-title = Note sur l’appel avec { $who }
work-note = Note
work-note-save = Enregistrer la note
work-note-cancel = Annuler
work-note-add = Ajouter une note
work-note-edit = Modifier la note
work-note-shown = Note : { $note }
work-live-note = Note
notice-rules-could-not-ignore = « Ne pas déranger » n’a pas pu ignorer un appel : { $error }
notice-missed-not-done = Impossible de marquer l’appel manqué comme traité : { $error }
notice-note-saved = Note enregistrée.
notice-note-no-call = Impossible d’enregistrer la note : cet appel n’est pas (encore) dans l’historique ; réessayez quand il y apparaîtra.
notice-note-not-saved = Impossible d’enregistrer la note : { $error }
notice-history-unreadable = Impossible de lire l’historique des appels : { $error }
notice-reminder-not-set = Impossible de créer le rappel : { $error }
notice-reminder-set = Vous serez invité à rappeler { $who } : { $when }.
notice-exported = { $count ->
    [one] { $count } appel exporté
   *[other] { $count } appels exportés
} vers { $path }.
notice-not-exported = Impossible d’exporter l’historique vers { $path } : { $error }. Choisissez un autre fichier ou dossier et réessayez.
notice-reminder-due = Rappel : { $summary }.
reminder-call-back = Rappeler { $who }
reminder-call-back-late = Rappeler { $who } (rappel prévu { $when }, en retard)
reminder-title = Rappel skydial
# The desk’s notices about history, contacts and directories
notice-not-marked-seen = Impossible de marquer comme vu : { $error }
notice-contacts-search-failed = Impossible de rechercher dans les contacts : { $error }
notice-people-search-failed = Impossible de rechercher dans les contacts et les annuaires : { $error }
notice-contact-added = { $name } enregistré comme contact.
notice-contact-updated = Contact { $name } enregistré.
notice-contact-deleted = Contact supprimé.
notice-contact-invalid = Impossible d’enregistrer le contact : { $error }.
notice-contact-not-saved = Impossible d’enregistrer le contact : { $error }
notice-contact-not-deleted = Impossible de supprimer le contact : { $error }
notice-contact-gone-not-saved = Impossible d’enregistrer le contact : il n’est plus dans vos contacts.
notice-contact-gone-not-deleted = Impossible de supprimer le contact : il n’est plus dans vos contacts.
notice-directories-no-database = Les annuaires ne peuvent pas se synchroniser : skydial n’a pas de base d’historique.
notice-directory-sync-failed = { $name } : { $error }. Les noms synchronisés avant fonctionnent toujours.
notice-directories-not-synced = Impossible de synchroniser les annuaires : { $error }
notice-contacts-not-imported = Impossible d’importer les contacts : { $error }
notice-contacts-imported = { $path } importé : { $count ->
    [one] { $count } numéro lu
   *[other] { $count } numéros lus
}, { $added ->
    [one] { $added } nouveau
   *[other] { $added } nouveaux
}.
# The desk’s notices about settings
notice-dnd-on = « Ne pas déranger » est activé : les appels qui sonnent sont ignorés et notés comme manqués.
notice-dnd-off = « Ne pas déranger » est désactivé.
notice-dnd-until = « Ne pas déranger » jusqu’à { $when } : les appels qui sonnent sont ignorés et notés comme manqués.
notice-directory-not-added = Impossible d’ajouter l’annuaire : { $error }.
notice-directory-name-taken = Impossible d’ajouter l’annuaire : il y en a déjà un nommé { $name } ; choisissez un autre nom.
notice-directory-password-not-kept = Le mot de passe de { $name } n’est pas gardé ({ $error }) : définissez { $variable } chaque fois que skydial le synchronise.
notice-directories-not-updated = Impossible de mettre à jour les annuaires : { $error }
notice-directory-removed = Annuaire { $name } retiré : ses noms et son mot de passe gardé.
notice-directory-added = Annuaire { $name } ajouté : il se synchronise maintenant.
notice-start-at-login-on = skydial démarre caché dans la zone de notification à l’ouverture de votre session ({ $path }).
notice-start-at-login-off = skydial ne démarre plus à l’ouverture de votre session.
notice-start-at-login-no-program = skydial ne trouve pas son propre fichier programme ({ $error }), il ne peut donc pas démarrer à l’ouverture de session.
contacts-check-needs-name = un contact a besoin d’un nom
contacts-check-needs-number = un contact a besoin d’au moins un numéro
contacts-check-not-a-number = { $number } n’est pas un numéro de téléphone (il faut au moins 4 chiffres et au plus { $max } caractères)
reminders-bad-time = écrivez la date et l’heure sous la forme YYYY-MM-DD HH:MM (par exemple 2026-03-31 14:30)
reminders-time-passed = cette heure est passée : choisissez une heure à venir
reminders-too-far-ahead = c’est dans plus d’un an : choisissez une date plus proche
rules-problem = { $field } : { $error }
rules-problem-not-a-span = { $part } n’est pas une plage horaire comme 09:00-17:30
rules-problem-until = { $until } n’est pas une heure ISO 8601 (par exemple 2026-03-31T17:00:00+02:00) ; « Ne pas déranger » jusqu’à une heure est désactivé
rules-problem-not-a-prefix = { $entry } dans « Toujours ignorer » n’est pas un début de numéro
rules-problem-not-a-number = { $entry } dans « Toujours ignorer » n’est pas un numéro (un début de numéro finit par *, comme 1900*)
rules-problem-no-hours = « Ne pas déranger » en dehors des heures de travail est activé, mais aucune heure de travail n’est définie : tous les appels sont ignorés

## Missed calls' notifications (src/app/desktop/pops)

pop-missed-summary = Appel manqué de { $who }
pop-missed-at = Sans réponse à { $time }
pop-missed-show = Afficher les appels manqués
pop-missed-call-back = Rappeler
pop-missed-remind = Me le rappeler dans 15 minutes

## What a number costs (the link question)

number-cost-premium = Ceci est un numéro surtaxé (900 ou 976) : les appels vers ce numéro peuvent coûter cher.
number-cost-plus-one-abroad = Ce numéro en +1 se trouve à/en { $country }, pas aux États-Unis ni au Canada : il est facturé comme un appel international. Un appel manqué depuis un tel numéro, fait pour que vous rappeliez, est une arnaque courante (l’arnaque au rappel, « one ring »).
number-cost-international = Ceci est un numéro international.

## Keys, as a keyboard names them (the call buttons' shortcuts: "Ctrl+Shift+D")

key-ctrl = Ctrl
key-shift = Maj
key-enter = Entrée

## Contacts : le sélecteur de fichiers du système pour l’import (branche chooser)

contacts-choose-file = Choisir un fichier…
contacts-choose-file-help = Ouvre le sélecteur de fichiers du système ; le fichier vCard (.vcf) ou CSV choisi est importé
chooser-title-import = Importer des contacts
chooser-accept-import = Importer
chooser-filter-contacts = Contacts (vCard, CSV)
chooser-filter-vcard = vCard (.vcf)
chooser-filter-csv = CSV (.csv)
chooser-none = Aucun sélecteur de fichiers ne peut s’ouvrir ici ({ $reason }). Tapez le chemin du fichier dans Import file et appuyez sur Import, ou déposez le fichier sur la fenêtre.
chooser-failed = Le sélecteur de fichiers a échoué ({ $reason }). Tapez le chemin du fichier dans Import file et appuyez sur Import, ou déposez le fichier sur la fenêtre.
chooser-not-local = { $uri } n’est pas un fichier de cet ordinateur
chooser-off = les services du bureau sont désactivés
chooser-not-here = ce système n’a pas de sélecteur de fichiers que skydial sache ouvrir
chooser-title-export = Exporter l’historique des appels
chooser-accept-export = Exporter
chooser-filter-json = JSON (.json)
export-choose-file = Choisir où…
export-choose-file-help = Ouvre la boîte d’enregistrement du système ; l’historique est exporté dans le fichier choisi

## Names, places and saving callers (branch dirpop)

link-question-name-from-contacts = { $name } : de vos contacts
link-question-name-from-directory = { $name } : de l’annuaire { $directory }
pop-save-contact = Enregistrer comme contact

## Directory and hook errors

directory-error-bad-url = l’URL d’annuaire { $url } ne peut pas être utilisée : { $reason }
directory-error-insecure = { $host } est un autre ordinateur : son mot de passe et les noms circuleraient en clair par http:// ou ldap://. Utilisez https:// (CardDAV) ou ldaps:// (LDAP)
# $name: a directory's name as typed.
directory-error-not-found = aucun annuaire ne s’appelle « { $name } » ; `skydial directory list` les affiche
directory-error-exists = un annuaire nommé « { $name } » existe déjà ; supprimez-le d’abord ou choisissez un autre nom
directory-error-ca-file = impossible d’utiliser le fichier CA { $path } : { $reason }
# $detail: the system's words for the failure.
directory-error-connect = impossible de joindre le serveur d’annuaire { $server } ({ $detail }) ; vérifiez l’URL et le réseau
directory-error-timeout = le serveur d’annuaire { $server } n’a pas répondu en { $seconds } s ; il est peut-être surchargé, ou un pare-feu bloque la connexion. skydial garde les noms synchronisés et réessaie plus tard
directory-error-certificate = le certificat de { $server } n’est pas reconnu ({ $detail }) ; si votre entreprise a sa propre autorité de certification, passez son certificat avec --ca-file
directory-error-no-starttls = { $server } ne propose pas StartTLS, et le mot de passe et les noms circuleraient en clair ; utilisez ldaps://, ou demandez à l’administrateur de l’annuaire d’activer TLS
directory-error-auth = { $server } a refusé la connexion ({ $detail }) ; vérifiez le nom d’utilisateur et le mot de passe
directory-error-no-password = aucun mot de passe pour l’annuaire { $name } : définissez SKYDIAL_DIRECTORY_PASSWORD, ou ajoutez de nouveau l’annuaire pour garder son mot de passe dans le trousseau
directory-error-garbage = { $server } a répondu quelque chose que skydial ne sait pas lire ({ $detail }) ; est-ce la bonne URL ?
# $what: ldap (one LDAP message) or answer (one HTTP answer).
directory-error-too-large = { $server } a envoyé { $what ->
    [ldap] un message LDAP
   *[answer] une réponse
} de plus de { $limit_mb } Mo ; skydial arrête la lecture là et garde les noms qu’il a
# $detail: the server's own words.
directory-error-server = { $server } a répondu : { $detail }
directory-error-redirect = { $server } redirige vers { $location }, un autre serveur : ajoutez l’annuaire avec cette URL si vous lui faites confiance
directory-error-no-address-book-home = { $server } n’a pas de carnet d’adresses : il n’indique aucun dossier de carnets pour cet utilisateur (est-ce un serveur CardDAV ?)
directory-error-no-address-book = { $server } n’a pas de carnet d’adresses pour cet utilisateur
# $want: the address book asked for; $has: the names of those it has, with commas.
directory-error-no-address-book-named = { $server } n’a pas de carnet d’adresses nommé « { $want } » ; il a : { $has }
directory-error-too-many = { $server } contient plus de { $limit } entrées ; skydial en garde au plus { $limit } par annuaire. Restreignez-le avec --base
directory-error-settings = impossible d’enregistrer les réglages : { $error }
directory-error-bind-not-carddav = --bind attend un DN LDAP ; un serveur CardDAV attend --user
directory-error-name-length = le nom d’un annuaire a de 1 à 64 caractères, comme Corp ou Shared
directory-error-name-characters = le nom d’un annuaire n’a ni caractères de contrôle ni espaces autour
# $name: the name kept for the user's own contacts.
directory-error-name-contacts = « { $name } » désigne vos propres contacts ; choisissez un autre nom
directory-error-service-stopped = le service d’annuaire s’est arrêté ; redémarrez skydial
directory-error-not-ldap = { $url } n’est pas une URL LDAP (ldap:// ou ldaps://)
directory-error-not-carddav = { $url } n’est pas une URL CardDAV (https://)
directory-error-no-base = { $server } n’indique pas où sont ses entrées : passez --base, comme DC=corp,DC=example,DC=com
# Why a directory URL cannot be used (after "the directory URL … cannot be used: ").
directory-url-no-user = ne mettez ni nom d’utilisateur ni mot de passe dans l’URL : utilisez --user ou --bind, et SKYDIAL_DIRECTORY_PASSWORD ou la demande de mot de passe
directory-url-no-query = une URL d’annuaire n’a ni requête (?...) ni fragment (#...)
directory-url-no-host = elle n’a pas d’hôte
directory-url-scheme = utilisez ldap://, ldaps:// (LDAP, Active Directory) ou https:// (CardDAV), pas { $scheme }://
# What a directory's sync did: Settings shows it, `skydial directory sync` prints it.
# $protocol: ldap or carddav; $how: changes (only changes asked for) or full; $seconds: how long, like 1.5.
directory-sync-summary = { $name } : { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
}, { $changed ->
    [one] { $changed } modifié
   *[other] { $changed } modifiés
}, { $removed ->
    [one] { $removed } supprimé
   *[other] { $removed } supprimés
}, { $unchanged ->
    [one] { $unchanged } inchangé
   *[other] { $unchanged } inchangés
} ({ $protocol ->
    [ldap] { $fetched ->
        [one] { $fetched } entrée lue
       *[other] { $fetched } entrées lues
    }
   *[carddav] { $fetched ->
        [one] { $fetched } fiche lue
       *[other] { $fetched } fiches lues
    }
}, { $protocol ->
    [ldap] { $requests ->
        [one] { $requests } page
       *[other] { $requests } pages
    }
   *[carddav] { $requests ->
        [one] { $requests } requête
       *[other] { $requests } requêtes
    }
}, { $how ->
    [changes] changements seulement
   *[full] liste complète
}, { $seconds } s)
# The call hook (Settings > Call page and hook): why its program failed. $reason, $status: the words below or the system's.
hook-cannot-run = impossible de le lancer : { $reason }
hook-failed = { $status }
# $stderr: the first line the program wrote to its error output.
hook-failed-saying = { $status } ({ $stderr })
# $after: like "5 s" or "500 ms".
hook-timed-out = il a tourné plus de { $after } et a été arrêté
hook-no-such-program = ce programme n’existe pas ; indiquez son chemin complet, ou vérifiez qu’il est installé
hook-permission-denied = permission refusée ; vérifiez que c’est un programme que vous pouvez lancer (chmod +x)
hook-exit-status = code de sortie { $code }
hook-stopped-by-signal = arrêté par le signal { $signal }
hook-no-program-set = aucun programme n’est réglé
hook-no-opener-set = aucun programme pour ouvrir les pages n’est réglé
# Shown once when the hook fails; $failure: one of the texts above.
hook-command-failure = Le programme d’appel `{ $program }` a échoué : { $failure }. skydial ne le redira pas avant qu’il fonctionne ; corrigez-le dans Réglages > Page et programme d’appel.
# $opener: the program that opens web pages (xdg-open).
hook-page-failure = La page d’appel n’a pas pu être ouverte (`{ $opener }` : { $failure }). skydial ne le redira pas avant qu’elle s’ouvre ; vérifiez qu’un navigateur web par défaut est choisi, ou changez la page dans Réglages > Page et programme d’appel.
hook-template-failure = La page d’appel ne peut pas être ouverte : { $error }. skydial ne le redira pas avant qu’elle s’ouvre ; corrigez-la dans Réglages > Page et programme d’appel.
hook-settings-ring-page = La page à ouvrir quand un appel sonne ne peut pas être utilisée : { $error }.
hook-settings-answer-page = La page à ouvrir quand un appel est décroché ne peut pas être utilisée : { $error }.
hook-settings-no-program = Le programme d’appel a des arguments mais pas de programme : mettez le programme en premier.
hook-settings-shell-line = Le programme d’appel `{ $line }` ressemble à une ligne de commande shell, mais skydial ne lance pas de shell : indiquez le programme, puis chaque argument séparément.
# Why a page URL cannot be used. {number} and the other placeholders stay as they are.
hook-page-url-blank = l’URL de la page est vide ; ne la laissez vide que pour n’ouvrir aucune page
hook-page-url-not-web = l’URL de la page doit commencer par http:// ou https:// (elle commence par { $start }) : skydial n’ouvre que des pages web ; écrivez-la comme https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-no-host = l’URL de la page n’a pas de site après le // ; écrivez-la comme https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-placeholder-in-host = la partie site de l’URL ne peut contenir ni variable ni accolade, pour qu’un appelant ne choisisse jamais le site ; mettez les variables dans le chemin ou la requête, comme https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-bad-character = l’URL de la page contient une espace ou un caractère de contrôle au caractère { $position } ; écrivez une espace %20
hook-page-url-unknown-placeholder = l’URL de la page contient une variable inconnue {"{"}{ $name }{"}"} ; les variables connues sont {"{"}number{"}"}, {"{"}name{"}"}, {"{"}clid{"}"}, {"{"}call_id{"}"} et {"{"}direction{"}"}
hook-page-url-unclosed = l’URL de la page contient une {"{"} qu’aucune {"}"} ne ferme ; écrivez {"{{"} pour une accolade elle-même
hook-page-url-stray-brace = l’URL de la page contient une {"}"} qui ne ferme rien ; écrivez {"}}"} pour une accolade elle-même

## ===== The command line only: parsed when it asks =====
# What follows is only the command line's (its tables, prompts, --help): the app
# never reads it. The tests check which side each message is on.

# What follows is only the command line's (its tables, prompts, --help): the app
# never reads it. The tests check which side each message is on.
# What follows is only the command line's (its tables, prompts, --help): the app
# never reads it. The tests check which side each message is on.
# What follows is only the command line's (its tables, prompts, --help): the app
# never reads it. The tests check which side each message is on.
# What follows is only the command line's (its tables, prompts, --help): the app
# never reads it. The tests check which side each message is on.
# What follows is only the command line's (its tables, prompts, --help): the app
# never reads it. The tests check which side each message is on.
## Les messages de la ligne de commande (`skydial dial`, `skydial history`…)

cmd-dial-cannot = impossible de composer « { $number } » : { $reason }

## L’aide de la ligne de commande (--help) : le texte de chaque commande et option

cli-about = Composer, piloter les appels et voir qui appelle, via l’API ShoreTel Sky Hosted
cli-long-about = Sans commande, skydial ouvre sa fenêtre (avec une icône dans la zone de notification, les fenêtres d’appel et le raccourci du presse-papiers). Avec --demo, il fonctionne avec un simulateur intégré, sans compte.
cli-after-help = Le PIN est lu dans SKYDIAL_PIN, ou demandé (sans écho) dans un terminal.
    Un lien (skydial tel:+16465551234) est confié au skydial en cours d’exécution, qui demande avant de composer ; si aucun ne tourne, skydial ouvre seulement cette question.
    Code de sortie : 0 OK, 1 l’API a répondu false, 2 erreur d’utilisation, 3 erreur d’authentification (erreur API 5), 4 autre erreur API, 5 échec de connexion, 6 annulé par l’utilisateur.
cli-arg-server = L’URL de base du serveur ; `/bobl/bobl` est ajouté sauf si l’URL se termine ainsi. Par défaut : https://hostedconnect.m5net.com
cli-arg-user = Votre DID (votre numéro à 10 chiffres), le nom d’utilisateur de l’API
cli-arg-ca_file = Certificats d’AC supplémentaires (PEM) à approuver : ceux d’un proxy TLS d’entreprise, ou de `skydial sim --tls`
cli-arg-get = Envoyer les commandes ponctuelles en requêtes GET (le PIN passe alors dans l’URL)
cli-arg-json = Sortie lisible par une machine
cli-arg-verbose = Plus de journal sur stderr (à répéter pour plus). SKYDIAL_LOG définit un filtre
cli-arg-demo = Ouvrir la fenêtre avec un simulateur intégré et un utilisateur de démonstration connecté
cli-arg-minimised = Démarrer caché dans la zone de notification
cli-arg-autostart = Démarrer comme à l’ouverture de session (l’entrée de démarrage automatique) : caché dans la zone de notification, en laissant une minute à la zone de notification, au trousseau et au réseau pour être prêts
cli-arg-renderer = Comment la fenêtre est dessinée : `gpu` (eframe, OpenGL), `cpu` (le moteur de dessin de skydial, sans GPU) ou `auto` (le GPU s’il y a un GPU matériel et que la session est locale). Par défaut : le réglage, sinon auto
cli-arg-link = Un lien tel:, callto: ou sip: à composer : le skydial en cours demande d’abord (Composer ou Annuler) ; si aucun ne tourne, seule cette question s’ouvre
cli-dial-about = Passer un appel depuis votre téléphone
cli-dial-arg-number = Le numéro : 6465551234, +1 (646) 555-1234, tel:..., +44 20 7946 0958, un poste à 4 chiffres ; ou un nom de vos contacts et annuaires
cli-dial-arg-pick = Si plusieurs personnes (ou numéros) correspondent à un nom, composer le N-ième de la liste
cli-dial-arg-endpoint = L’adresse MAC du téléphone, seulement si votre configuration l’exige
cli-answer-about = Décrocher un appel qui sonne (le premier qui sonne si aucun identifiant n’est donné)
cli-ignore-about = Faire cesser la sonnerie d’un appel ; l’appelant est renvoyé vers la messagerie vocale
cli-release-about = Raccrocher un appel
cli-hold-about = Mettre en attente un appel en cours
cli-resume-about = Reprendre un appel en attente
cli-calls-about = Lister les appels en cours sur votre téléphone
cli-watch-about = Afficher les événements d’appel au fil de l’eau (se reconnecte tout seul)
cli-watch-arg-probe_after = Quand le serveur n’a rien envoyé pendant ce nombre de secondes, lister les appels : un serveur qui ne signale la perte d’un abonnement (erreur 17) qu’en réponse à une commande est alors découvert. Au moins 10, pour rester dans la limite de débit de listCalls
cli-quick-dial-about = Afficher la composition rapide du skydial en cours avec le numéro du presse-papiers : associez-y une touche dans les réglages clavier de votre bureau là où le raccourci de skydial n’est pas disponible
cli-history-about = Afficher les appels récents, ou les exporter (--csv, --json) entre deux dates
cli-history-arg-missed = Seulement les appels manqués
cli-history-arg-limit = Combien d’appels, les plus récents d’abord (par défaut : 50 pour le tableau et pour --json sans --since/--until ; sinon tous les appels de la période)
cli-history-arg-mark_seen = Marquer tous les appels manqués comme vus
cli-history-arg-csv = Écrire les appels en CSV (RFC 4180 ; sans risque à ouvrir dans un tableur)
cli-history-arg-since = Les appels à partir de cette date (AAAA-MM-JJ, minuit local) ou de cette heure ISO 8601
cli-history-arg-until = Les appels avant la fin de cette date (AAAA-MM-JJ) ou avant cette heure ISO 8601
cli-history-arg-search = Seulement les appels dont le nom, le numéro, la note ou le motif contient TEXT
cli-note-about = Écrire une note sur un appel (CALL est son identifiant, tel que `history --json` l’affiche dans `call_id`) ; un TEXT vide supprime la note
cli-contacts-about = Noms des appelants : importer, ajouter, chercher et exporter des contacts
cli-contacts-import-about = Importer des noms et des numéros depuis des fichiers vCard (.vcf) ou CSV
cli-contacts-search-about = Chercher des personnes par nom, société ou numéro, dans vos contacts et les annuaires
cli-contacts-add-about = Ajouter un contact : un nom et ses numéros, chacun éventuellement avec son type (`work:+1 646 555 1234`, `mobile:…`, `home:…`, `ip:…`, `other:…`)
cli-contacts-add-arg-company = La société du contact
cli-contacts-delete-about = Supprimer vos contacts portant ce nom (les entrées d’un annuaire appartiennent à l’annuaire)
cli-contacts-export-about = Écrire vos contacts dans un fichier vCard 4.0 (`contacts import` le relit)
cli-directory-about = Annuaires d’entreprise (LDAP, Active Directory, CardDAV) pour les noms des appelants
cli-directory-add-about = Ajouter un annuaire d’entreprise (LDAP, Active Directory ou CardDAV) et le synchroniser. Le mot de passe vient de SKYDIAL_DIRECTORY_PASSWORD, sinon il est demandé sans écho ; il est gardé dans le trousseau du système, jamais dans un fichier
cli-directory-add-arg-name = Le nom que vous lui donnez, affiché comme provenance du nom d’un appelant
cli-directory-add-arg-url = ldaps://dc1.corp.example.com, ldap://… (StartTLS) ou https://… (CardDAV)
cli-directory-add-arg-base = LDAP : où chercher (par défaut : le contexte de nommage par défaut du serveur)
cli-directory-add-arg-bind = LDAP : s’authentifier avec ce DN
cli-directory-add-arg-user = LDAP : s’authentifier en tant que user@domain (Active Directory) ; CardDAV : le nom d’utilisateur
cli-directory-add-arg-address_books = CardDAV : ne synchroniser que ce carnet d’adresses (son nom ou son chemin) ; à répéter pour plusieurs
cli-directory-add-arg-sync_minutes = Minutes entre deux synchronisations en arrière-plan (par défaut 15 ; 0 : seulement sur demande)
cli-directory-list-about = Lister les annuaires, chacun avec sa dernière synchronisation et la raison de son dernier échec
cli-directory-sync-about = Synchroniser un annuaire, ou tous, maintenant ; affiche ce qui a changé
cli-directory-remove-about = Retirer un annuaire : ses noms, ses réglages et son mot de passe gardé
cli-lookup-about = À qui appartient un numéro, d’après vos contacts et vos annuaires
cli-pin-about = Garder le PIN dans le trousseau du système (ou l’oublier), pour l’application, les liens `tel:` et les scripts
cli-pin-store-about = Enregistrer le PIN (de SKYDIAL_PIN ou demandé) pour --user, et retenir l’utilisateur et le serveur
cli-pin-forget-about = Supprimer le PIN enregistré
cli-sim-about = Lancer le simulateur de l’API (pour essayer skydial et pour les tests)
cli-sim-arg-port = Le port d’écoute ; 0 en choisit un libre. L’adresse est la première ligne affichée
cli-sim-arg-bind = L’adresse d’écoute (la boucle locale, sauf si vous le voulez vraiment)
cli-sim-arg-users = Fichier d’utilisateurs : un `DID PIN [ENDPOINT] [blocked]` par ligne. Par défaut : les utilisateurs de démonstration intégrés
cli-sim-arg-tls = Servir en HTTPS avec un certificat fraîchement généré ; son AC est écrite dans --ca-out
cli-sim-arg-ca_out = Où écrire le certificat de l’AC avec --tls (par défaut : un nouveau dossier privé dans le dossier temporaire)
cli-sim-arg-demo = Faire sonner des appels de temps en temps, et décrocher les appels sortants au bout de 3 s
cli-sim-arg-ring_timeout = Secondes pendant lesquelles un appel entrant sans réponse sonne avant de passer à la messagerie (0 : sans fin)
cli-sim-arg-list_calls_per_minute = Appels à listCalls permis par utilisateur et par minute avant l’erreur 6
cli-sim-arg-late_head = N’envoyer l’en-tête de réponse d’une session POST qu’avec la réponse à sa première commande, comme les serveurs à servlets (par défaut : tout de suite)
cli-sim-arg-unknown_items = Ajouter à chaque liste d’appels et à chaque événement ce qu’un serveur plus récent pourrait envoyer : un appel dans l’état PARKED (absent de la spécification) et un élément sans Id
cli-sim-arg-error_17_id = Quel Id porte une erreur 17 forcée (POST /control/unsubscribe) : celui de l’abonnement, ou celui de la prochaine commande envoyée par la connexion (écrite juste avant la réponse à cette commande)
cli-sim-arg-ring_after_list = Faire suivre chaque réponse à listCalls, dans la même écriture, de l’événement d’un appel qui se met à sonner juste après la prise de la liste
cli-sim-arg-invalid_number = Comment dial répond à un numéro que la spécification dit invalide (916465551234, 101161212345678, 61212345678) : le résultat false, ou l’erreur API 13

## Le compte et le PIN (`skydial pin`, chaque commande qui se connecte)

cmd-pin-env-empty = SKYDIAL_PIN est défini mais vide
cmd-pin-none = pas de PIN : définissez SKYDIAL_PIN, enregistrez-le avec `skydial pin store`, ou lancez skydial dans un terminal pour qu’il vous le demande
cmd-pin-prompt = PIN :
cmd-pin-cannot-read = impossible de lire le PIN : { $error }
cmd-pin-not-entered = aucun PIN saisi
cmd-no-user = pas d’utilisateur : passez --user DID (votre numéro à 10 chiffres) ou définissez SKYDIAL_USER
cmd-did-not-digits = le DID « { $did } » ne doit contenir que des chiffres, comme 6465551000
cmd-pin-no-keyring = aucun trousseau système n’est disponible ({ $error }) ; utilisez plutôt SKYDIAL_PIN
cmd-pin-cannot-store = impossible d’enregistrer le PIN dans le trousseau : { $error }
cmd-pin-cannot-remove = impossible de retirer le PIN du trousseau : { $error }
cmd-pin-stored = Le PIN de { $user } sur { $server } est dans le trousseau du système.
cmd-pin-forgotten = Le PIN de { $user } sur { $server } n’est plus gardé.

## Les appels (`skydial dial`, `answer`, `ignore`, `release`, `hold`, `resume`, `calls`)

cmd-dialling = Composition du { $number }
cmd-answered-call = Appel { $call } décroché
cmd-answered = Appel décroché
cmd-ignored-call = Appel { $call } ignoré
cmd-ignored = Appel ignoré
cmd-hung-up-call = Appel { $call } raccroché
cmd-hung-up = Appel raccroché
cmd-held-call = Appel { $call } mis en attente
cmd-held = Appel mis en attente
cmd-resumed-call = Appel { $call } repris
cmd-resumed = Appel repris
cmd-done = Fait : { $target }
cmd-dial-false = le serveur n’a pas passé l’appel vers { $number } ; vérifiez le numéro, ou composez-le sur le téléphone
cmd-call-not-ringing = l’appel { $call } ne sonne pas ; `skydial calls` liste les appels
cmd-none-ringing = aucun appel ne sonne
cmd-call-not-active = l’appel { $call } n’est pas actif ; `skydial calls` liste les appels
cmd-none-active = il n’y a aucun appel actif à raccrocher
cmd-call-not-connected = l’appel { $call } n’est pas en cours ; `skydial calls` liste les appels
cmd-none-connected = il n’y a aucun appel en cours à mettre en attente
cmd-call-not-held = l’appel { $call } n’est pas en attente ; `skydial calls` liste les appels
cmd-none-held = il n’y a aucun appel en attente à reprendre
cmd-answered-false = le serveur a répondu false
cmd-calls-not-a-list = le serveur a répondu à listCalls par { $result } au lieu d’une liste d’appels
cmd-cannot-write-output = impossible d’écrire la sortie : { $error }
cmd-cannot-write-json = impossible d’écrire le JSON : { $error }
cmd-calls-none = Aucun appel.
cmd-calls-column-id = ID
cmd-calls-column-state = ÉTAT
cmd-calls-column-direction = SENS
cmd-calls-column-number = NUMÉRO
cmd-calls-column-dialled = COMPOSÉ
cmd-calls-column-time = DURÉE
cmd-calls-column-name = NOM
cmd-calls-ringing = sonne
cmd-calls-calling = appelle
cmd-calls-connected = en cours
cmd-calls-on-hold = en attente
cmd-calls-ended = terminé
cmd-calls-in = ent
cmd-calls-out = sor

## Composer par nom (`skydial dial NOM`) et `skydial lookup`

cmd-dial-pick-a-number = --pick choisit parmi les personnes trouvées par leur nom ; ceci est un numéro
cmd-dial-no-one = impossible de composer « { $text } » : { $reason } ; ce n’est pas non plus le nom de quelqu’un dans vos contacts ou vos annuaires
cmd-dial-pick-out-of-range = --pick { $pick } : il y a { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
} pour « { $text } »
cmd-dial-matches = { $count ->
    [one] { $count } numéro correspond
   *[other] { $count } numéros correspondent
} à « { $text } » :
cmd-dial-pick-one = { $count ->
    [one] { $count } numéro correspond
   *[other] { $count } numéros correspondent
} à « { $text } » : choisissez-en un avec --pick N
cmd-lookup-not-a-number = « { $text } » n’est pas un numéro de téléphone (il faut au moins 4 chiffres)
cmd-lookup-unknown = { $number } : aucun nom dans vos contacts ni vos annuaires

## Les contacts (`skydial contacts`)

cmd-contacts-added = « { $name } » ajouté.
cmd-contacts-none-named = aucun de vos contacts ne s’appelle « { $name } » ; `skydial contacts search` les trouve
cmd-contacts-deleted = { $count ->
    [one] { $count } contact nommé « { $name } » supprimé.
   *[other] { $count } contacts nommés « { $name } » supprimés.
}
cmd-cannot-write-file = impossible d’écrire { $path } : { $error }
cmd-cannot-read-file = impossible de lire { $path } : { $error }
cmd-contacts-exported = { $count ->
    [one] { $count } contact écrit
   *[other] { $count } contacts écrits
} dans { $path } (vCard 4.0).
cmd-contacts-vcard-too-large = { $path } dépasse 16 Mo ; skydial importe des fichiers de contacts jusqu’à 16 Mo. Découpez-le
cmd-contacts-card-left-out = { $path } : une fiche a été écartée : { $error }
cmd-contacts-vcard-too-many = { $path } contient plus de { $max } fiches ; découpez-le
cmd-contacts-vcard-imported = { $path } : { $cards ->
    [one] { $cards } fiche lue
   *[other] { $cards } fiches lues
}, { $added ->
    [one] { $added } nouveau numéro
   *[other] { $added } nouveaux numéros
}
cmd-contacts-vcard-imported-left-out = { $path } : { $cards ->
    [one] { $cards } fiche lue
   *[other] { $cards } fiches lues
}, { $added ->
    [one] { $added } nouveau numéro
   *[other] { $added } nouveaux numéros
}, { $refused ->
    [one] { $refused } fiche écartée
   *[other] { $refused } fiches écartées
}
cmd-contacts-csv-imported = { $path } : { $count ->
    [one] { $count } numéro lu
   *[other] { $count } numéros lus
}, { $added ->
    [one] { $added } nouveau
   *[other] { $added } nouveaux
}
cmd-contacts-nobody = Personne ne correspond à « { $query } ».

## Les annuaires d’entreprise (`skydial directory`)

cmd-no-config-dir = aucun dossier de configuration n’est connu pour cet utilisateur ; définissez SKYDIAL_CONFIG_DIR
cmd-directory-no-password = pas de mot de passe pour l’annuaire : définissez { $variable }, ou lancez ceci dans un terminal pour qu’il vous soit demandé
cmd-directory-password-prompt = Mot de passe pour { $name } :
cmd-directory-cannot-read-password = impossible de lire le mot de passe : { $error }
cmd-directory-no-password-entered = aucun mot de passe saisi
cmd-directory-ca-file = impossible d’utiliser le fichier d’AC { $path } : { $error }
cmd-directory-not-added = { $error }. L’annuaire n’a pas été ajouté
cmd-directory-password-not-kept = Remarque : le mot de passe n’est pas gardé ({ $error }) : définissez { $variable } chaque fois que skydial synchronise cet annuaire.
cmd-directory-unencrypted = (non chiffré : un serveur sur cet ordinateur, sans TLS)
cmd-directory-never = jamais
cmd-directories-none = Aucun annuaire. Ajoutez-en un avec `skydial directory add NAME URL`.
cmd-directory-line = { $name }  { $kind }  { $url }  { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}, dernière synchronisation : { $synced }
cmd-directory-last-try-failed =  ; la dernière tentative ({ $tried }) a échoué : { $error }
cmd-directory-sync-failed = { $name } : { $error } (les noms synchronisés auparavant sont gardés)
cmd-directory-removed = { $name } retiré : { $count ->
    [one] { $count } nom
   *[other] { $count } noms
}, ses réglages et son mot de passe gardé.

## L’historique des appels (`skydial history`, `skydial note`)

cmd-history-in-progress = en cours
cmd-history-missed-open = MANQUÉ (ouvert)
cmd-history-missed-done = manqué (traité)
cmd-history-no-answer = sans réponse
cmd-history-talked = parlé { $duration }
cmd-history-ended = terminé
cmd-history-csv-and-json = --csv et --json choisissent chacun la sortie : n’en donnez qu’un
cmd-history-no-match = Aucun appel ne correspond.
cmd-history-no-missed = Aucun appel manqué.
cmd-history-none = Pas encore d’appels.
cmd-history-marked-seen = { $count ->
    [one] { $count } appel manqué marqué comme vu.
   *[other] { $count } appels manqués marqués comme vus.
}
cmd-history-column-when = QUAND
cmd-history-column-direction = SENS
cmd-history-column-number = NUMÉRO
cmd-history-column-name = NOM
cmd-history-column-outcome = RÉSULTAT
cmd-history-column-call = APPEL
cmd-history-column-note = NOTE
cmd-note-removed = Note supprimée.
cmd-note-saved = Note enregistrée.
cmd-note-no-call = Aucun appel « { $call } » dans l’historique : `skydial history --json` affiche le call_id de chaque appel.

## La fenêtre, les liens et le skydial en cours

cmd-running-did-not-take = skydial tourne mais n’a pas pris la demande ({ $error }) ; réessayez, ou quittez skydial et relancez ceci
cmd-quick-dial-not-running = skydial ne tourne pas : lancez skydial (il reste dans la zone de notification), puis quick-dial affiche sa composition rapide
cmd-link-with-options = un lien s’ouvre seul : retirez --demo et --minimised
cmd-link-not-alone = un lien doit être le seul argument, et « { $link } » est venu avec d’autres : rien n’a été composé ; pour composer un numéro, utilisez skydial dial NUMÉRO
cmd-not-a-command = « { $text } » n’est ni une commande ni un lien tel:, callto: ou sip: ; voir skydial --help
cmd-already-running = skydial tourne déjà.
cmd-running-not-answering = skydial tourne déjà mais ne répond pas ({ $error }) ; quittez-le (ou terminez son processus) et relancez skydial
cmd-cannot-start = impossible de démarrer : { $error }
cmd-no-command = aucune commande donnée
cmd-cannot-write-log = impossible d’écrire le journal { $path } : { $error }

## `skydial watch`

cmd-watch-skipped = { $count ->
    [one] { $count } événement affiché trop lentement a été sauté
   *[other] { $count } événements affichés trop lentement ont été sautés
}
cmd-watch-engine-stopped = le moteur d’arrière-plan s’est arrêté
cmd-watch-event = { $time }  { $state }  { $direction }  { $who }  [appel { $call }]
cmd-watch-event-dialled = { $time }  { $state }  { $direction }  { $who }  vers { $dialled }  [appel { $call }]
cmd-watch-in = ent
cmd-watch-out = sor
