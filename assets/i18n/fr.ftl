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

api-error = Erreur d’API { $code } ({ $meaning }) : { $message }. { $advice }
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
status-reason-api-error = erreur d’API { $code }

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

## Names, places and saving callers (branch dirpop)

link-question-name-from-contacts = { $name } : de vos contacts
link-question-name-from-directory = { $name } : de l’annuaire { $directory }
pop-save-contact = Enregistrer comme contact
