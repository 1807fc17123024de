# skydial auf Deutsch. Anrede: Sie. Gleiche Nachrichten und Variablen wie en.ftl.

## Die Einstellung Sprache

settings-language-system = Systemsprache verwenden
settings-language = Sprache

## Anzahlen

calls-missed = { $count ->
    [one] { $count } verpasster Anruf
   *[other] { $count } verpasste Anrufe
}

## Datum und Uhrzeit

time-today = Heute
time-yesterday = Gestern
time-day-and-time = { $day }, { $time }
time-am = AM
time-pm = PM
weekday-monday = Montag
weekday-tuesday = Dienstag
weekday-wednesday = Mittwoch
weekday-thursday = Donnerstag
weekday-friday = Freitag
weekday-saturday = Samstag
weekday-sunday = Sonntag
month-january = Januar
month-february = Februar
month-march = März
month-april = April
month-may = Mai
month-june = Juni
month-july = Juli
month-august = August
month-september = September
month-october = Oktober
month-november = November
month-december = Dezember

## Die Fehlercodes der API

api-error = API-Fehler { $code } ({ $meaning }): { $message }. { $advice }
api-meaning-missing-class = dem Befehl fehlt der Klassenname
api-meaning-missing-method = dem Befehl fehlt der Methodenname
api-meaning-no-such-method = unbekannter Befehl
api-meaning-auth-failed = falsche DID oder PIN
api-meaning-blocked = Benutzer wegen API-Missbrauchs gesperrt
api-meaning-rate-limited = zu viele Anfragen
api-meaning-phone-not-found = Telefon nicht angemeldet
api-meaning-bad-arguments = falsche Argumente
api-meaning-unsubscribed = Abonnement vom Server beendet
api-meaning-bad-xml = der Server konnte die Anfrage nicht lesen
api-meaning-other = unerwarteter Fehler
api-advice-unknown-command = Der Server kennt den Befehl nicht. Aktualisieren Sie skydial; tritt der Fehler weiter auf, melden Sie ihn (skysupport@shoretel.com kann die Befehlsliste bestätigen).
api-advice-auth-failed = Prüfen Sie Ihre DID (Ihre vollständige 10-stellige Rufnummer) und die PIN Ihrer Mailbox und versuchen Sie es erneut.
api-advice-blocked = ShoreTel hat diesen Benutzer für die API gesperrt. Wenden Sie sich an skysupport@shoretel.com, um den Grund zu erfahren und die Sperre aufheben zu lassen.
api-advice-rate-limited = Zu viele Anfragen in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.
api-advice-phone-not-found = Prüfen Sie, ob Ihr Tischtelefon verbunden und angemeldet ist (melden Sie es ab und wieder an), und versuchen Sie es erneut. Hält das Problem an, wenden Sie sich an skysupport@shoretel.com.
api-advice-bad-arguments = Der Server hat die Argumente des Befehls abgelehnt. Aktualisieren Sie skydial und melden Sie den Fehler, wenn er weiter auftritt.
api-advice-unsubscribed = Abonnieren Sie erneut (skydial macht das selbst). Passiert das immer wieder, wenden Sie sich an skysupport@shoretel.com.
api-advice-bad-xml = Der Server konnte die Anfrage von skydial nicht lesen. Aktualisieren Sie skydial und melden Sie den Fehler, wenn er weiter auftritt.
api-advice-other = Wenden Sie sich mit diesem Code und dieser Meldung an skysupport@shoretel.com.

## Telefon-Links

link-not-a-link = das ist kein Telefon-Link (tel:, callto: oder sip:)
link-too-long = der Link ist länger als { $max } Byte
link-no-number = der Link enthält keine Telefonnummer ({ $what }); kopieren Sie die Nummer selbst
link-scheme-address = eine { $scheme }-Adresse

## Verbindung zum Server

client-insecure-server = Ihre PIN wird nicht unverschlüsselt an { $host } gesendet: Verwenden Sie eine https://-Server-URL (einfaches http ist nur für diesen Computer erlaubt, z. B. für den Simulator)
client-bad-url = die Server-URL „{ $url }“ ist ungültig: { $reason }
client-ca-file = die CA-Zertifikatsdatei { $path } ist nicht verwendbar: { $reason }
client-connect = keine Verbindung zu { $server }: { $detail }. Prüfen Sie die Serveradresse und Ihr Netzwerk und versuchen Sie es erneut
client-certificate = dem Zertifikat von { $server } wird nicht vertraut ({ $detail }). Wenn Sie hinter einem TLS-Proxy Ihrer Firma sind oder `skydial sim --tls` verwenden, geben Sie dessen CA-Zertifikat mit --ca-file PATH an
client-timeout = { $server } hat nicht innerhalb von { $seconds } s geantwortet. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut
client-http-status = { $server } hat mit HTTP { $status } statt mit einer API-Antwort geantwortet. Prüfen Sie die Server-URL (die API liegt unter /bobl/bobl)
client-redirect = { $server } hat mit einer Weiterleitung (HTTP { $status }) nach { $location } geantwortet. skydial folgt keinen Weiterleitungen, weil Ihre PIN mitgesendet würde; wenn Sie dieser Adresse vertrauen, verwenden Sie sie als Server
client-connection-lost = die Verbindung zu { $server } wurde unterbrochen: { $detail }. skydial verbindet sich wenn möglich selbst neu; sonst versuchen Sie es erneut
client-protocol = der Server hat etwas gesendet, das keine API-Antwort ist: { $detail }. Melden Sie das, wenn es weiter auftritt
client-subscribe-over-get = `subscribe` kann nicht als GET-Anfrage gesendet werden; verwenden Sie die normale POST-Verbindung
client-url-no-host = es fehlt der Hostname
client-url-scheme = verwenden Sie http:// oder https://, nicht { $scheme }://
client-url-credentials = lassen Sie Benutzernamen und Passwörter aus der URL weg
client-url-query = eine Server-URL hat keine Abfrage (?...) und kein Fragment (#...); darin könnte Ihre PIN stehen. Geben Sie nur den Server ein, etwa https://hostedconnect.m5net.com
client-ca-no-certificate = sie enthält kein PEM-Zertifikat
client-ca-refused = der Zertifikatspeicher des Systems hat ihre Zertifikate nicht angenommen ({ $error })
client-unreadable-location = eine Adresse, die skydial nicht lesen kann
client-session-closed = die Sitzung ist geschlossen
client-session-ended = der Server hat die Sitzung beendet
client-no-answer = der Server hat die Antwort ohne Ergebnis geschlossen
client-list-not-calls = listCalls wurde mit { $result } statt mit einer Anrufliste beantwortet
client-result-none = keinem Ergebnis
client-result-boolean = dem Wahrheitswert { $value }
client-result-number = der Zahl { $value }
client-result-calls = { $count ->
    [one] einer Liste mit { $count } Anruf
   *[other] einer Liste mit { $count } Anrufen
}
client-result-text = dem Text { $text }

## Die Statuszeile

status-signed-out = Abgemeldet
status-connecting = Verbindung wird hergestellt…
status-connected = Verbunden
status-reconnecting = Neuer Verbindungsversuch in { $seconds } s: { $reason } (seit { $blind } s keine Anrufereignisse; verpasste Änderungen werden nach dem Verbinden nachgeholt)
status-phone-logged-out = Ihr Tischtelefon ist nicht angemeldet: Melden Sie es an (oder ab und wieder an); neuer Versuch in { $seconds } s
status-stopped = Angehalten: { $reason }
status-reason-cannot-reach = Server nicht erreichbar
status-reason-not-answering = der Server antwortet nicht mehr
status-reason-connection-lost = Verbindung unterbrochen
status-reason-certificate = dem Zertifikat des Servers wird nicht vertraut
status-reason-http-status = der Server hat mit HTTP { $status } geantwortet
status-reason-redirect = der Server leitet anderswohin weiter
status-reason-api-error = API-Fehler { $code }

## Fehler und Hinweise der Engine

engine-signed-out = nicht angemeldet: Melden Sie sich zuerst an
engine-not-connected = nicht mit dem Server verbunden ({ $status }); versuchen Sie es erneut, sobald die Verbindung steht
engine-gone = der Hintergrunddienst wurde beendet; starten Sie skydial neu
engine-no-history = der Anrufverlauf ist aus (kein Datenverzeichnis)
engine-history-not-saved = Der Anrufverlauf wird nicht gespeichert: { $error }
engine-too-many-calls = Der Server meldet mehr als { $max } gleichzeitige Anrufe: skydial zeigt die ersten { $max } und die übrigen, sobald einige beendet sind.
engine-lists-rate-limited = Der Server begrenzt die Abfrage der Anrufliste; skydial versucht es in { $seconds } s erneut (Anrufe werden weiter live aktualisiert).
engine-repeated-17 = Der Server beendet das Abonnement immer wieder direkt nach dem Start (API-Fehler 17); skydial abonniert in { $seconds } s erneut. Hält das an, wenden Sie sich an skysupport@shoretel.com.

## Die Verlaufsdatenbank

history-damaged = die Verlaufsdatenbank { $path } ist beschädigt ({ $detail }); verschieben Sie sie, dann legt skydial eine neue an
history-locked = die Verlaufsdatenbank { $path } ist von einem anderen Programm gesperrt; schließen Sie es (oder das andere skydial) und versuchen Sie es erneut
history-disk-full = der Datenträger mit { $path } ist voll; geben Sie Speicherplatz frei, damit der Verlauf gespeichert werden kann
history-other = die Verlaufsdatenbank { $path } ist nicht verwendbar: { $detail }
history-no-data-dir = für diesen Benutzer ist kein Datenverzeichnis bekannt; setzen Sie SKYDIAL_DATA_DIR

## Kontaktdateien

contacts-cannot-read = { $path } kann nicht gelesen werden: { $error }
contacts-unknown-format = { $path } ist keine vCard (.vcf) und keine CSV-Datei mit einer Namens- und einer Telefonspalte
contacts-too-large = { $path } ist { $size_mb } MB groß; skydial importiert Kontaktdateien bis 16 MB. Teilen Sie die Datei, oder exportieren Sie nur die Kontakte, die Sie anrufen
contacts-too-many = { $path } enthält mehr als { $max } Nummern; skydial importiert höchstens { $max } auf einmal. Teilen Sie die Datei

## Die Einstellungsdatei

settings-unreadable = die Einstellungsdatei { $path } kann in Zeile { $line }, Spalte { $column } nicht gelesen werden ({ $error }); skydial verwendet vorerst die Standardeinstellungen und lässt die Datei unverändert. Korrigieren Sie sie; speichern Sie zuerst Einstellungen, wird sie daneben als { $file }.broken aufbewahrt
settings-cannot-read = die Einstellungsdatei { $path } kann nicht gelesen werden: { $error }
settings-cannot-save = die Einstellungen können nicht in { $path } gespeichert werden: { $error }

## Der Schlüsselbund

secrets-no-keyring = kein Schlüsselbund verfügbar

## Das laufende skydial

instance-no-answer = das laufende skydial hat nicht geantwortet
instance-bad-request = skydial konnte diese Anfrage nicht lesen

## Beim Anmelden starten

autostart-no-home = Ihr Benutzerverzeichnis wurde nicht gefunden, daher kann skydial sich nicht beim Anmelden starten lassen; prüfen Sie, ob HOME gesetzt ist
autostart-bad-path = skydial kann nicht von { $path } aus beim Anmelden starten: Der Pfad enthält Zeichen, die ein Autostart-Eintrag nicht aufnehmen kann; verschieben Sie skydial in einen einfacheren Pfad und versuchen Sie es erneut
autostart-cannot-write = der Autostart-Eintrag { $path } kann nicht geschrieben werden ({ $error }); prüfen Sie, ob { $folder } ein Ordner ist, in den Sie schreiben dürfen, und versuchen Sie es erneut
autostart-cannot-remove = der Autostart-Eintrag { $path } kann nicht entfernt werden ({ $error }); entfernen Sie ihn selbst, damit skydial nicht mehr beim Anmelden startet
autostart-cannot-read = der Autostart-Eintrag { $path } kann nicht gelesen werden ({ $error }); prüfen Sie ihn oder entfernen Sie ihn selbst
autostart-not-ours = der Autostart-Eintrag { $path } stammt nicht von skydial, daher lässt skydial ihn unverändert; entfernen oder bearbeiten Sie ihn selbst und versuchen Sie es erneut
autostart-reg-missing = reg.exe kann nicht ausgeführt werden ({ $error }); ist das eine normale Windows-Installation?
autostart-reg-add = skydial kann nicht zu { $key } hinzugefügt werden (reg.exe endete mit { $status }); prüfen Sie, ob Sie Ihre eigenen Registrierungseinstellungen ändern dürfen
autostart-reg-delete = skydial kann nicht aus { $key } entfernt werden (reg.exe endete mit { $status }); entfernen Sie den Wert { $value } selbst mit regedit

## Die Hilfe der Befehlszeile: die Wörter von clap

help-usage = Verwendung:
help-arguments = Argumente
help-options = Optionen
help-commands = Befehle
help-help = Hilfe anzeigen
help-version = Version anzeigen
help-help-command = Diese Hilfe oder die Hilfe zu einem Befehl anzeigen

## Nummern, die nicht gewählt werden können (Fenster, Links, `skydial dial`)

number-empty = es ist keine Nummer zum Wählen da
number-too-much-text = das ist zu viel Text für eine Telefonnummer (mehr als { $max } Zeichen)
number-letters = die Nummer enthält Buchstaben („{ $text }“); geben Sie stattdessen die Ziffern ein
number-spelt-too-long = „{ $form }“ ergibt { $count } Ziffern, mehr als die 10 einer nordamerikanischen Nummer (3 für die Vorwahl, 7 danach): lassen Sie die Buchstaben nach dem siebten weg
number-spelt-too-short = „{ $form }“ ergibt nur { $count ->
    [one] { $count } Ziffer
   *[other] { $count } Ziffern
}, weniger als die 10 einer nordamerikanischen Nummer (3 für die Vorwahl, 7 danach): prüfen Sie die Buchstaben
number-bad-character = die Nummer enthält „{ $character }“, das nicht zu einer Telefonnummer gehört
number-misplaced-plus = „+“ darf nur ganz vorne stehen, vor der Ländervorwahl
number-trailing-extension = eine Durchwahl hinter der Nummer kann nicht gewählt werden (die API sendet keine Tonwahl); wählen Sie { $number } und geben Sie die Durchwahl am Telefon ein
number-unsupported-scheme = „{ $link }“: Links können nicht gewählt werden; kopieren Sie die Telefonnummer selbst
number-outside-line-prefix = lassen Sie die 9 für die Amtsleitung weg: die API stellt externe Anrufe selbst her (wählen Sie { $number })
number-long-distance-before-international = setzen Sie keine 1 vor 011: wählen Sie { $number }
number-bad-area-code = eine Vorwahl kann nicht mit 0 oder 1 beginnen
number-bad-exchange = die drei Ziffern nach der Vorwahl können nicht mit 0 oder 1 beginnen
number-bad-north-american-length = auf +1 muss eine 10-stellige Nummer folgen, nicht { $count ->
    [one] { $count } Ziffer
   *[other] { $count } Ziffern
}
number-too-short = { $count ->
    [one] { $count } Ziffer ist
   *[other] { $count } Ziffern sind
} zu kurz: wählen Sie eine 4-stellige Durchwahl oder eine vollständige 10-stellige Nummer
number-too-long = { $count ->
    [one] { $count } Ziffer ist
   *[other] { $count } Ziffern sind
} zu lang für eine Telefonnummer
number-needs-international-prefix = internationale Nummern brauchen 011 (oder +) und die Ländervorwahl, etwa 011 44 20 7946 0958
number-bad-country-code = eine Ländervorwahl kann nicht mit 0 beginnen

## Die eigenen Meldungen der Befehlszeile (`skydial dial`, `skydial history`, …)

cmd-dial-cannot = „{ $number }“ kann nicht gewählt werden: { $reason }

## Die Hilfe der Befehlszeile (--help): der Text jedes Befehls und jeder Option

cli-about = Wählen, Anrufe steuern und sehen, wer anruft – über die ShoreTel Sky Hosted API
cli-long-about = Ohne Befehl öffnet skydial sein Fenster (mit Symbol im Infobereich, Anrufanzeigen und dem Tastenkürzel für die Zwischenablage). Mit --demo läuft es gegen einen eingebauten Simulator, ganz ohne Konto.
cli-after-help = Die PIN wird aus SKYDIAL_PIN gelesen oder (ohne Anzeige) im Terminal abgefragt.
    Ein Link (skydial tel:+16465551234) wird an das laufende skydial übergeben, das vor dem Wählen nachfragt; läuft keines, öffnet skydial nur diese Frage.
    Exit-Status: 0 OK, 1 die API antwortete false, 2 Bedienfehler, 3 Anmeldefehler (API-Fehler 5), 4 anderer API-Fehler, 5 Verbindungsfehler, 6 vom Benutzer abgebrochen.
cli-arg-server = Die Basis-URL des Servers; `/bobl/bobl` wird angehängt, wenn die URL nicht darauf endet. Standard: https://hostedconnect.m5net.com
cli-arg-user = Ihre DID (Ihre 10-stellige Nummer), der Benutzername für die API
cli-arg-ca_file = Zusätzliche CA-Zertifikate (PEM), denen vertraut wird: die eines Firmen-TLS-Proxys oder die von `skydial sim --tls`
cli-arg-get = Einzelbefehle als GET-Anfragen senden (die PIN steht dann in der URL)
cli-arg-json = Maschinenlesbare Ausgabe
cli-arg-verbose = Mehr Protokollausgabe auf stderr (wiederholen für mehr). SKYDIAL_LOG setzt einen Filter
cli-arg-demo = Das Fenster gegen einen eingebauten Simulator öffnen, mit angemeldetem Demo-Benutzer
cli-arg-minimised = Versteckt im Infobereich starten
cli-arg-autostart = Wie bei der Anmeldung starten (der Autostart-Eintrag): versteckt im Infobereich, mit einer Minute Zeit für Infobereich, Schlüsselbund und Netzwerk
cli-arg-renderer = Wie das Fenster gezeichnet wird: `gpu` (eframe, OpenGL), `cpu` (skydials eigener Zeichner, keine GPU nötig) oder `auto` (die GPU, wenn eine Hardware-GPU vorhanden und die Sitzung lokal ist). Standard: die Einstellung, sonst auto
cli-arg-link = Ein tel:-, callto:- oder sip:-Link zum Wählen: das laufende skydial fragt zuerst (Wählen oder Abbrechen); läuft keines, öffnet sich nur diese Frage
cli-dial-about = Einen Anruf von Ihrem Telefon aus tätigen
cli-dial-arg-number = Die Nummer: 6465551234, +1 (646) 555-1234, tel:..., +44 20 7946 0958, eine 4-stellige Durchwahl; oder ein Name aus Ihren Kontakten und Verzeichnissen
cli-dial-arg-pick = Passen mehrere Personen (oder Nummern) zu einem Namen: die N-te aufgeführte wählen
cli-dial-arg-endpoint = Die MAC-Adresse des Telefons, nur wenn Ihre Provisionierung sie braucht
cli-answer-about = Einen klingelnden Anruf annehmen (den ersten klingelnden, wenn keine ID angegeben ist)
cli-ignore-about = Einen Anruf nicht mehr klingeln lassen; der Anrufer landet auf der Mailbox
cli-release-about = Einen Anruf auflegen
cli-hold-about = Einen verbundenen Anruf halten
cli-resume-about = Einen gehaltenen Anruf fortsetzen
cli-calls-about = Die Anrufe auflisten, die gerade auf Ihrem Telefon sind
cli-watch-about = Anrufereignisse ausgeben, sobald sie geschehen (verbindet sich selbst neu)
cli-watch-arg-probe_after = Hat der Server so viele Sekunden lang nichts gesendet, die Anrufe auflisten: ein Server, der ein verlorenes Abonnement (Fehler 17) nur als Antwort auf einen Befehl meldet, fällt dann auf. Mindestens 10, damit die Abfragen im Ratenlimit von listCalls bleiben
cli-quick-dial-about = Die Schnellwahl des laufenden skydial mit der Nummer aus der Zwischenablage zeigen: belegen Sie dafür eine Taste in den Tastatureinstellungen Ihres Desktops, wo skydials eigenes Tastenkürzel nicht verfügbar ist
cli-history-about = Letzte Anrufe zeigen oder zwischen zwei Daten exportieren (--csv, --json)
cli-history-arg-missed = Nur verpasste Anrufe
cli-history-arg-limit = Wie viele Anrufe, die neuesten zuerst (Standard: 50 für die Tabelle und für --json ohne --since/--until; sonst jeder Anruf im Zeitraum)
cli-history-arg-mark_seen = Alle verpassten Anrufe als gesehen markieren
cli-history-arg-csv = Die Anrufe als CSV schreiben (RFC 4180; sicher in einer Tabellenkalkulation zu öffnen)
cli-history-arg-since = Anrufe ab diesem Datum (JJJJ-MM-TT, lokale Mitternacht) oder dieser ISO-8601-Zeit
cli-history-arg-until = Anrufe vor dem Ende dieses Datums (JJJJ-MM-TT) oder vor dieser ISO-8601-Zeit
cli-history-arg-search = Nur Anrufe, deren Name, Nummer, Notiz oder Grund TEXT enthält
cli-note-about = Eine Notiz zu einem Anruf schreiben (CALL ist seine ID, wie `history --json` sie in `call_id` zeigt); ein leerer TEXT entfernt die Notiz
cli-contacts-about = Namen von Anrufern: Kontakte importieren, hinzufügen, suchen und exportieren
cli-contacts-import-about = Namen und Nummern aus vCard- (.vcf) oder CSV-Dateien importieren
cli-contacts-search-about = Personen nach Name, Firma oder Nummer suchen, in Ihren Kontakten und den Verzeichnissen
cli-contacts-add-about = Einen Kontakt hinzufügen: einen Namen und seine Nummern, jede wahlweise mit ihrer Art (`work:+1 646 555 1234`, `mobile:…`, `home:…`, `ip:…`, `other:…`)
cli-contacts-add-arg-company = Die Firma des Kontakts
cli-contacts-delete-about = Ihre Kontakte mit diesem Namen löschen (die Einträge eines Verzeichnisses gehören dem Verzeichnis)
cli-contacts-export-about = Ihre Kontakte in eine vCard-4.0-Datei schreiben (`contacts import` liest sie wieder ein)
cli-directory-about = Firmenverzeichnisse (LDAP, Active Directory, CardDAV) für die Namen von Anrufern
cli-directory-add-about = Ein Firmenverzeichnis (LDAP, Active Directory oder CardDAV) hinzufügen und abgleichen. Das Passwort kommt aus SKYDIAL_DIRECTORY_PASSWORD oder wird ohne Anzeige abgefragt und im Schlüsselbund des Systems aufbewahrt, nie in einer Datei
cli-directory-add-arg-name = Ihr Name dafür, angezeigt als Herkunft des Namens eines Anrufers
cli-directory-add-arg-url = ldaps://dc1.corp.example.com, ldap://… (StartTLS) oder https://… (CardDAV)
cli-directory-add-arg-base = LDAP: wo gesucht wird (Standard: der Standard-Namenskontext des Servers)
cli-directory-add-arg-bind = LDAP: als diese DN anmelden
cli-directory-add-arg-user = LDAP: als user@domain anmelden (Active Directory); CardDAV: der Benutzername
cli-directory-add-arg-address_books = CardDAV: nur dieses Adressbuch abgleichen (sein Name oder Pfad); für mehrere wiederholen
cli-directory-add-arg-sync_minutes = Minuten zwischen Abgleichen im Hintergrund (Standard 15; 0: nur auf Anforderung)
cli-directory-list-about = Die Verzeichnisse auflisten, jedes mit dem letzten Abgleich und dem Grund des letzten Fehlers
cli-directory-sync-about = Ein Verzeichnis oder alle jetzt abgleichen; zeigt, was sich geändert hat
cli-directory-remove-about = Ein Verzeichnis entfernen: seine Namen, seine Einstellungen und sein aufbewahrtes Passwort
cli-lookup-about = Wem eine Nummer gehört, laut Ihren Kontakten und Verzeichnissen
cli-pin-about = Die PIN im Schlüsselbund des Systems aufbewahren (oder vergessen), für die App, `tel:`-Links und Skripte
cli-pin-store-about = Die PIN (aus SKYDIAL_PIN oder abgefragt) für --user speichern und Benutzer und Server merken
cli-pin-forget-about = Die gespeicherte PIN entfernen
cli-sim-about = Den API-Simulator ausführen (zum Ausprobieren von skydial und für Tests)
cli-sim-arg-port = Der Port, auf dem gelauscht wird; 0 wählt einen freien. Die Adresse ist die erste ausgegebene Zeile
cli-sim-arg-bind = Die Adresse, auf der gelauscht wird (Loopback, außer Sie wollen es anders)
cli-sim-arg-users = Benutzerdatei: ein `DID PIN [ENDPOINT] [blocked]` pro Zeile. Standard: die eingebauten Demo-Benutzer
cli-sim-arg-tls = HTTPS mit einem frisch erzeugten Zertifikat anbieten; seine CA wird nach --ca-out geschrieben
cli-sim-arg-ca_out = Wohin das CA-Zertifikat mit --tls geschrieben wird (Standard: ein neues privates Verzeichnis im temporären Verzeichnis)
cli-sim-arg-demo = Von selbst ab und zu Anrufe klingeln lassen und ausgehende Anrufe nach 3 s annehmen
cli-sim-arg-ring_timeout = Sekunden, die ein unbeantworteter eingehender Anruf klingelt, bevor er zur Mailbox geht (0: endlos)
cli-sim-arg-list_calls_per_minute = Erlaubte listCalls pro Benutzer und Minute vor Fehler 6
cli-sim-arg-late_head = Den Antwortkopf einer POST-Sitzung erst mit der Antwort auf ihren ersten Befehl senden, wie Servlet-artige Server es tun (Standard: sofort)
cli-sim-arg-unknown_items = Jeder Anrufliste und jedem Ereignis hinzufügen, was ein neuerer Server senden könnte: einen Anruf im Zustand PARKED (den die Spezifikation nicht nennt) und ein Element ohne Id
cli-sim-arg-error_17_id = Welche Id ein erzwungener Fehler 17 (POST /control/unsubscribe) trägt: die des Abonnements oder die des nächsten Befehls, den die Verbindung sendet (direkt vor dessen eigener Antwort geschrieben)
cli-sim-arg-ring_after_list = Auf jede Antwort von listCalls im selben Schreibvorgang das Ereignis eines Anrufs folgen lassen, der direkt nach dem Erstellen der Liste zu klingeln beginnt
cli-sim-arg-invalid_number = Wie dial eine Nummer beantwortet, die die Spezifikation ungültig nennt (916465551234, 101161212345678, 61212345678): mit dem Ergebnis false oder API-Fehler 13

## Konto und PIN (`skydial pin`, jeder Befehl, der sich anmeldet)

cmd-pin-env-empty = SKYDIAL_PIN ist gesetzt, aber leer
cmd-pin-none = keine PIN: setzen Sie SKYDIAL_PIN, speichern Sie sie mit `skydial pin store` oder starten Sie skydial in einem Terminal, um danach gefragt zu werden
cmd-pin-prompt = PIN:
cmd-pin-cannot-read = die PIN kann nicht gelesen werden: { $error }
cmd-pin-not-entered = keine PIN eingegeben
cmd-no-user = kein Benutzer: geben Sie --user DID (Ihre 10-stellige Nummer) an oder setzen Sie SKYDIAL_USER
cmd-did-not-digits = die DID „{ $did }“ darf nur aus Ziffern bestehen, etwa 6465551000
cmd-pin-no-keyring = kein Schlüsselbund des Systems verfügbar ({ $error }); verwenden Sie stattdessen SKYDIAL_PIN
cmd-pin-cannot-store = die PIN kann nicht im Schlüsselbund gespeichert werden: { $error }
cmd-pin-cannot-remove = die PIN kann nicht aus dem Schlüsselbund entfernt werden: { $error }
cmd-pin-stored = Die PIN für { $user } auf { $server } liegt im Schlüsselbund des Systems.
cmd-pin-forgotten = Die PIN für { $user } auf { $server } wird nicht mehr aufbewahrt.

## Anrufe (`skydial dial`, `answer`, `ignore`, `release`, `hold`, `resume`, `calls`)

cmd-dialling = Wähle { $number }
cmd-answered-call = Anruf { $call } angenommen
cmd-answered = Anruf angenommen
cmd-ignored-call = Anruf { $call } ignoriert
cmd-ignored = Anruf ignoriert
cmd-hung-up-call = Anruf { $call } aufgelegt
cmd-hung-up = Anruf aufgelegt
cmd-held-call = Anruf { $call } gehalten
cmd-held = Anruf gehalten
cmd-resumed-call = Anruf { $call } fortgesetzt
cmd-resumed = Anruf fortgesetzt
cmd-done = Erledigt: { $target }
cmd-dial-false = der Server hat den Anruf an { $number } nicht aufgebaut; prüfen Sie die Nummer oder wählen Sie sie am Telefon
cmd-call-not-ringing = Anruf { $call } klingelt nicht; `skydial calls` listet die Anrufe auf
cmd-none-ringing = kein Anruf klingelt
cmd-call-not-active = Anruf { $call } ist nicht aktiv; `skydial calls` listet die Anrufe auf
cmd-none-active = es gibt keinen aktiven Anruf zum Auflegen
cmd-call-not-connected = Anruf { $call } ist nicht verbunden; `skydial calls` listet die Anrufe auf
cmd-none-connected = es gibt keinen verbundenen Anruf zum Halten
cmd-call-not-held = Anruf { $call } wird nicht gehalten; `skydial calls` listet die Anrufe auf
cmd-none-held = es gibt keinen gehaltenen Anruf zum Fortsetzen
cmd-answered-false = der Server antwortete false
cmd-calls-not-a-list = der Server beantwortete listCalls mit { $result } statt einer Anrufliste
cmd-cannot-write-output = die Ausgabe kann nicht geschrieben werden: { $error }
cmd-cannot-write-json = JSON kann nicht geschrieben werden: { $error }
cmd-calls-none = Keine Anrufe.
cmd-calls-column-id = ID
cmd-calls-column-state = STATUS
cmd-calls-column-direction = RTG
cmd-calls-column-number = NUMMER
cmd-calls-column-dialled = GEWÄHLT
cmd-calls-column-time = DAUER
cmd-calls-column-name = NAME
cmd-calls-ringing = klingelt
cmd-calls-calling = ruft an
cmd-calls-connected = verbunden
cmd-calls-on-hold = gehalten
cmd-calls-ended = beendet
cmd-calls-in = ein
cmd-calls-out = aus

## Wählen nach Namen (`skydial dial NAME`) und `skydial lookup`

cmd-dial-pick-a-number = --pick wählt unter Personen, die nach Namen gefunden wurden; dies ist eine Nummer
cmd-dial-no-one = „{ $text }“ kann nicht gewählt werden: { $reason }; es nennt auch niemanden aus Ihren Kontakten oder Verzeichnissen
cmd-dial-pick-out-of-range = --pick { $pick }: es gibt { $count ->
    [one] { $count } Treffer
   *[other] { $count } Treffer
} für „{ $text }“
cmd-dial-matches = { $count ->
    [one] { $count } Nummer passt
   *[other] { $count } Nummern passen
} zu „{ $text }“:
cmd-dial-pick-one = { $count ->
    [one] { $count } Nummer passt
   *[other] { $count } Nummern passen
} zu „{ $text }“: wählen Sie eine mit --pick N
cmd-lookup-not-a-number = „{ $text }“ ist keine Telefonnummer (sie braucht mindestens 4 Ziffern)
cmd-lookup-unknown = { $number }: kein Name in Ihren Kontakten oder Verzeichnissen

## Kontakte (`skydial contacts`)

cmd-contacts-added = „{ $name }“ hinzugefügt.
cmd-contacts-none-named = keiner Ihrer Kontakte heißt „{ $name }“; `skydial contacts search` findet sie
cmd-contacts-deleted = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
} namens „{ $name }“ gelöscht.
cmd-cannot-write-file = { $path } kann nicht geschrieben werden: { $error }
cmd-cannot-read-file = { $path } kann nicht gelesen werden: { $error }
cmd-contacts-exported = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
} in { $path } geschrieben (vCard 4.0).
cmd-contacts-vcard-too-large = { $path } ist größer als 16 MB; skydial importiert Kontaktdateien bis 16 MB. Teilen Sie sie auf
cmd-contacts-card-left-out = { $path }: eine Karte wurde ausgelassen: { $error }
cmd-contacts-vcard-too-many = { $path } enthält mehr als { $max } Karten; teilen Sie sie auf
cmd-contacts-vcard-imported = { $path }: { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
} gelesen, { $added ->
    [one] { $added } neue Nummer
   *[other] { $added } neue Nummern
}
cmd-contacts-vcard-imported-left-out = { $path }: { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
} gelesen, { $added ->
    [one] { $added } neue Nummer
   *[other] { $added } neue Nummern
}, { $refused ->
    [one] { $refused } Karte ausgelassen
   *[other] { $refused } Karten ausgelassen
}
cmd-contacts-csv-imported = { $path }: { $count ->
    [one] { $count } Nummer
   *[other] { $count } Nummern
} gelesen, { $added } neu
cmd-contacts-nobody = Niemand passt zu „{ $query }“.

## Firmenverzeichnisse (`skydial directory`)

cmd-no-config-dir = für diesen Benutzer ist kein Konfigurationsverzeichnis bekannt; setzen Sie SKYDIAL_CONFIG_DIR
cmd-directory-no-password = kein Passwort für das Verzeichnis: setzen Sie { $variable } oder führen Sie dies in einem Terminal aus, um danach gefragt zu werden
cmd-directory-password-prompt = Passwort für { $name }:
cmd-directory-cannot-read-password = das Passwort kann nicht gelesen werden: { $error }
cmd-directory-no-password-entered = kein Passwort eingegeben
cmd-directory-ca-file = die CA-Datei { $path } kann nicht verwendet werden: { $error }
cmd-directory-not-added = { $error }. Das Verzeichnis wurde nicht hinzugefügt
cmd-directory-password-not-kept = Hinweis: das Passwort wird nicht aufbewahrt ({ $error }): setzen Sie { $variable }, wann immer skydial dieses Verzeichnis abgleicht.
cmd-directory-unencrypted = (unverschlüsselt: ein Server auf diesem Computer ohne TLS)
cmd-directory-never = nie
cmd-directories-none = Keine Verzeichnisse. Fügen Sie eines mit `skydial directory add NAME URL` hinzu.
cmd-directory-line = { $name }  { $kind }  { $url }  { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}, zuletzt abgeglichen { $synced }
cmd-directory-last-try-failed = ; der letzte Versuch ({ $tried }) ist gescheitert: { $error }
cmd-directory-sync-failed = { $name }: { $error } (die zuvor abgeglichenen Namen bleiben erhalten)
cmd-directory-removed = { $name } entfernt: { $count ->
    [one] { $count } Name
   *[other] { $count } Namen
}, seine Einstellungen und sein aufbewahrtes Passwort.

## Anrufverlauf (`skydial history`, `skydial note`)

cmd-history-in-progress = läuft
cmd-history-missed-open = VERPASST (offen)
cmd-history-missed-done = verpasst (erledigt)
cmd-history-no-answer = keine Antwort
cmd-history-talked = gesprochen { $duration }
cmd-history-ended = beendet
cmd-history-csv-and-json = --csv und --json wählen beide die Ausgabe: geben Sie nur eines an
cmd-history-no-match = Kein Anruf passt.
cmd-history-no-missed = Keine verpassten Anrufe.
cmd-history-none = Noch keine Anrufe.
cmd-history-marked-seen = { $count ->
    [one] { $count } verpasster Anruf als gesehen markiert.
   *[other] { $count } verpasste Anrufe als gesehen markiert.
}
cmd-history-column-when = WANN
cmd-history-column-direction = RTG
cmd-history-column-number = NUMMER
cmd-history-column-name = NAME
cmd-history-column-outcome = ERGEBNIS
cmd-history-column-call = ANRUF
cmd-history-column-note = NOTIZ
cmd-note-removed = Notiz entfernt.
cmd-note-saved = Notiz gespeichert.
cmd-note-no-call = Kein Anruf „{ $call }“ im Verlauf: `skydial history --json` zeigt die call_id jedes Anrufs.

## Das Fenster, Links und das laufende skydial

cmd-running-did-not-take = skydial läuft, hat die Anfrage aber nicht angenommen ({ $error }); versuchen Sie es erneut, oder beenden Sie skydial und führen Sie dies noch einmal aus
cmd-quick-dial-not-running = skydial läuft nicht: starten Sie skydial (es bleibt im Infobereich), dann zeigt quick-dial seine Schnellwahl
cmd-link-with-options = ein Link öffnet sich für sich allein: lassen Sie --demo und --minimised weg
cmd-link-not-alone = ein Link muss das einzige Argument sein, und „{ $link }“ kam mit mehr: nichts wurde gewählt; um eine Nummer zu wählen, nutzen Sie skydial dial NUMMER
cmd-not-a-command = „{ $text }“ ist weder ein Befehl noch ein tel:-, callto:- oder sip:-Link; siehe skydial --help
cmd-already-running = skydial läuft bereits.
cmd-running-not-answering = skydial läuft bereits, antwortet aber nicht ({ $error }); beenden Sie es (oder seinen Prozess) und starten Sie skydial erneut
cmd-cannot-start = kann nicht starten: { $error }
cmd-no-command = kein Befehl angegeben
cmd-cannot-write-log = das Protokoll { $path } kann nicht geschrieben werden: { $error }

## `skydial watch`

cmd-watch-skipped = { $count ->
    [one] { $count } Ereignis wurde zu langsam ausgegeben und übersprungen
   *[other] { $count } Ereignisse wurden zu langsam ausgegeben und übersprungen
}
cmd-watch-engine-stopped = die Hintergrund-Engine wurde beendet

cmd-watch-event = { $time }  { $state }  { $direction }  { $who }  [Anruf { $call }]
cmd-watch-event-dialled = { $time }  { $state }  { $direction }  { $who }  an { $dialled }  [Anruf { $call }]
cmd-watch-in = ein
cmd-watch-out = aus

## Names, places and saving callers (branch dirpop)

link-question-name-from-contacts = { $name }: aus Ihren Kontakten
link-question-name-from-directory = { $name }: aus dem Verzeichnis { $directory }
pop-save-contact = Als Kontakt speichern
