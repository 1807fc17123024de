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

api-error = { $meaning }: { $message }. { $advice } (API-Fehler { $code })
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
status-reason-api-error = { $meaning } (API-Fehler { $code })

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

## The window's screens, the desk and the shells (l10n-desk)

# The desk could not take a request: $request says which (the variant), $number is the number when it is a dial.
notice-busy = { $request ->
    [sign-in] skydial ist ausgelastet und konnte sich nicht anmelden; versuchen Sie es gleich noch einmal.
    [sign-out] skydial ist ausgelastet und konnte sich nicht abmelden; versuchen Sie es gleich noch einmal.
    [answer] skydial ist ausgelastet und konnte den Anruf nicht annehmen; versuchen Sie es gleich noch einmal.
    [decline] skydial ist ausgelastet und konnte den Anruf nicht ablehnen; versuchen Sie es gleich noch einmal.
    [hang-up] skydial ist ausgelastet und konnte nicht auflegen; versuchen Sie es gleich noch einmal.
    [hold] skydial ist ausgelastet und konnte den Anruf nicht halten; versuchen Sie es gleich noch einmal.
    [resume] skydial ist ausgelastet und konnte den Anruf nicht fortsetzen; versuchen Sie es gleich noch einmal.
    [dial] skydial ist ausgelastet und konnte { $number } nicht wählen; versuchen Sie es gleich noch einmal.
    [dial-clipboard] skydial ist ausgelastet und konnte die Zwischenablage nicht wählen; versuchen Sie es gleich noch einmal.
    [history] skydial ist ausgelastet und konnte den Verlauf nicht aktualisieren; versuchen Sie es gleich noch einmal.
    [search-contacts] skydial ist ausgelastet und konnte die Kontakte nicht durchsuchen; versuchen Sie es gleich noch einmal.
    [import-contacts] skydial ist ausgelastet und konnte die Kontakte nicht importieren; versuchen Sie es gleich noch einmal.
    [search-people] skydial ist ausgelastet und konnte Kontakte und Verzeichnisse nicht durchsuchen; versuchen Sie es gleich noch einmal.
    [change-contact] skydial ist ausgelastet und konnte die Kontakte nicht ändern; versuchen Sie es gleich noch einmal.
    [directories] skydial ist ausgelastet und konnte die Verzeichnisse nicht ändern; versuchen Sie es gleich noch einmal.
    [sync-directories] skydial ist ausgelastet und konnte die Verzeichnisse nicht synchronisieren; versuchen Sie es gleich noch einmal.
    [settings] skydial ist ausgelastet und konnte die Einstellungen nicht speichern; versuchen Sie es gleich noch einmal.
    [dnd] skydial ist ausgelastet und konnte „Nicht stören“ nicht umschalten; versuchen Sie es gleich noch einmal.
    [favourites] skydial ist ausgelastet und konnte die Favoriten nicht ändern; versuchen Sie es gleich noch einmal.
    [link] skydial ist ausgelastet und konnte Ihre Antwort auf den Link nicht verarbeiten; versuchen Sie es gleich noch einmal.
    [resolve-missed] skydial ist ausgelastet und konnte den verpassten Anruf nicht als erledigt markieren; versuchen Sie es gleich noch einmal.
    [remind] skydial ist ausgelastet und konnte die Erinnerung nicht einrichten; versuchen Sie es gleich noch einmal.
    [note] skydial ist ausgelastet und konnte die Notiz nicht speichern; versuchen Sie es gleich noch einmal.
    [export] skydial ist ausgelastet und konnte den Verlauf nicht exportieren; versuchen Sie es gleich noch einmal.
   *[external] skydial ist ausgelastet und konnte die Anfrage nicht annehmen; versuchen Sie es gleich noch einmal.
}
# A call's button did nothing: $action is the button.
notice-call-stale = { $action ->
    [answer] Der Anruf konnte nicht angenommen werden: Der Anruf ist nicht mehr in diesem Zustand.
    [decline] Der Anruf konnte nicht abgelehnt werden: Der Anruf ist nicht mehr in diesem Zustand.
   *[hang-up] Es konnte nicht aufgelegt werden: Der Anruf ist nicht mehr in diesem Zustand.
    [hold] Der Anruf konnte nicht gehalten werden: Der Anruf ist nicht mehr in diesem Zustand.
    [resume] Der Anruf konnte nicht fortgesetzt werden: Der Anruf ist nicht mehr in diesem Zustand.
}
# A call's button failed: $action is the button, $error what went wrong.
notice-call-failed = { $action ->
    [answer] Der Anruf konnte nicht angenommen werden: { $error }
    [decline] Der Anruf konnte nicht abgelehnt werden: { $error }
   *[hang-up] Es konnte nicht aufgelegt werden: { $error }
    [hold] Der Anruf konnte nicht gehalten werden: { $error }
    [resume] Der Anruf konnte nicht fortgesetzt werden: { $error }
}
# $clip: the clipboard or the selected text (the variant).
notice-clipboard-too-big = { $clip ->
   *[clipboard] Nichts gewählt: Die Zwischenablage enthält { $size } KB Text, mehr als skydial liest ({ $most } KB). Kopieren Sie nur die Telefonnummer.
    [selection] Nichts gewählt: Der markierte Text enthält { $size } KB Text, mehr als skydial liest ({ $most } KB). Kopieren Sie nur die Telefonnummer.
}
# $reason says why (a number-… message).
notice-clipboard-nothing = { $clip ->
   *[clipboard] In der Zwischenablage ist nichts zu wählen: { $reason }
    [selection] Im markierten Text ist nichts zu wählen: { $reason }
}
notice-clipboard-unreadable = { $clip ->
   *[clipboard] Die Zwischenablage kann nicht gewählt werden: { $error }
    [selection] Der markierte Text kann nicht gewählt werden: { $error }
}
notice-link-too-many = { $count ->
    [one] Nicht gewählt: Zu { $number } wurde nicht gefragt, da im Fenster von skydial bereits { $count } Nummer auf Ihre Antwort wartet. Beantworten Sie diese Frage und versuchen Sie es dann erneut.
   *[other] Nicht gewählt: Zu { $number } wurde nicht gefragt, da im Fenster von skydial bereits { $count } Nummern auf Ihre Antwort warten. Beantworten Sie diese Fragen und versuchen Sie es dann erneut.
}
# A call's buttons (the calls list, the ringing banner) and their hover text.
call-action-answer = Annehmen
call-action-decline = Ablehnen
call-action-hang-up = Auflegen
call-action-hold = Halten
call-action-resume = Fortsetzen
# Who asks, above the number in the link question.
link-question-asker-link = Ein Link möchte diese Nummer von Ihrem Tischtelefon aus anrufen:
link-question-asker-program = Ein anderes Programm möchte diese Nummer von Ihrem Tischtelefon aus anrufen:
link-question-asker-clipboard = Der kopierte Text möchte diese Nummer von Ihrem Tischtelefon aus anrufen (bei Premium- und Auslandsnummern wird immer gefragt):
desk-task-failed = Hintergrundaufgabe fehlgeschlagen: { $error }
notice-clipboard-no-number = im kopierten Text wurde keine Telefonnummer gefunden
notice-cannot-dial-error = { $number } kann nicht gewählt werden: { $error }
notice-link-not-signed-in = { $number } kann nicht gewählt werden: skydial ist noch nicht angemeldet. Öffnen Sie skydial, melden Sie sich an und verwenden Sie den Link dann erneut.
notice-link-no-pin = { $number } kann nicht gewählt werden: Für { $user } ist keine PIN gespeichert. Öffnen Sie skydial und melden Sie sich mit aktiviertem „PIN merken“ an, oder starten Sie zuerst skydial; verwenden Sie den Link dann erneut.
notice-link-keyring = { $number } kann nicht gewählt werden: Der Schlüsselbund konnte nicht gelesen werden ({ $error }). Öffnen Sie skydial und melden Sie sich an; verwenden Sie den Link dann erneut.
# The notice while a call is placed; it goes once the call is listed.
notice-dialling = { $number } wird gewählt
notice-not-placed = Der Server hat den Anruf an { $number } nicht aufgebaut; wählen Sie die Nummer am Telefon.
notice-link-unreadable = Über den Link wurde nichts gewählt: { $error }.
notice-link-cancelled = Abgebrochen: { $number } wurde nicht gewählt.
# Said after "Dialling …" when a link names an extension.
notice-link-extension = Der Link nennt die Durchwahl { $extension }: Geben Sie sie am Telefon ein, sobald der Anruf angenommen ist.
# Answers to another skydial process (printed by it).
reply-already-running = skydial läuft bereits: Sein Fenster wird angezeigt.
reply-quick-dial-handed = An skydial übergeben: Sehen Sie in sein Fenster.
# $text is what the other program asked to dial.
notice-cannot-dial-text = „{ $text }“ kann nicht gewählt werden: { $error }
notice-pin-not-removed = Die PIN konnte nicht aus dem Schlüsselbund entfernt werden: { $error }
notice-signed-out = Abgemeldet.
notice-sign-in-did = Geben Sie Ihre DID ein: Ihre 10-stellige Telefonnummer, nur Ziffern.
notice-sign-in-pin = Geben Sie Ihre PIN ein (die Ihrer Mailbox).
notice-no-keyring = Kein Schlüsselbund verfügbar ({ $error }): skydial fragt bei jedem Start nach der PIN. Sie wird nie in eine Datei geschrieben.
notice-keyring-unreadable = Der Schlüsselbund konnte nicht gelesen werden ({ $error }); geben Sie die PIN ein.
# The Dial tab. $time is the callee's time of day with its zone (14:05 EST), $place where the number is.
dial-local-time = Ortszeit dort: { $time } ({ $place })
dial-local-time-night = Ortszeit dort: { $time } ({ $place }): außerhalb von 8:00–21:00 Uhr
# The number field's label (read by screen readers).
dial-number = Nummer
# Examples in the empty number field.
dial-number-hint = +1 (646) 555-1234, 1234, tel:…
dial-dial = Wählen
# $number as it reads, $digits as the phone dials it.
dial-will-dial = Wählt { $number } ({ $digits })
dial-type-or-paste = Geben Sie eine Nummer ein oder fügen Sie sie ein.
dial-keep-typing = Weiter tippen: eine 4-stellige Durchwahl oder eine vollständige 10-stellige Nummer.
# $reason says why (a number-… message).
dial-cannot-dial = Wählen nicht möglich: { $reason }
dial-cannot-dial-nobody = Wählen nicht möglich: { $reason }; auch heißt niemand in Ihren Kontakten oder Verzeichnissen so
dial-clipboard = Zwischenablage wählen
dial-add-favourite = Zu Favoriten hinzufügen
# The dial pad's key that deletes the last digit (short: a key's width), and its hover text.
dial-pad-delete = Entf
dial-pad-delete-hint = Letzte Ziffer löschen
dial-favourites = Favoriten
dial-favourite-call = Anrufen
dial-favourite-remove = Entfernen
# The window that asks which of the clipboard's numbers to dial.
dial-pick-title = Welche Nummer?
dial-pick-clipboard = Die Zwischenablage enthält mehrere Nummern. Wählen Sie die Nummer, die gewählt werden soll:
# A button per number found.
pick-dial = { $number } wählen
# The Calls tab with no calls: its number field.
calls-number = Anzurufende Nummer
calls-number-hint = +1 (646) 555-1234, 1234, tel:…
calls-call = Anrufen
calls-will-dial = Wählt { $number } ({ $digits })
calls-keep-typing = Weiter tippen: eine 4-stellige Durchwahl oder eine vollständige 10-stellige Nummer.
calls-cannot-dial = Wählen nicht möglich: { $reason }
# A call's state, on its coloured chip (short).
calls-state-ringing = Klingelt
calls-state-calling = Ruft an…
calls-state-connected = Verbunden
calls-state-on-hold = Gehalten
calls-state-ended = Beendet
calls-none = Gerade keine Anrufe.
calls-none-how = Geben Sie eine Nummer ein, um anzurufen, oder wählen Sie über den Reiter „Wählen“, das Tray-Symbol oder die Tastenkombination mit einer Nummer in der Zwischenablage.
# Hover text of a call's duration; $duration is 1:05 or 1:02:05.
calls-talking-for = Gespräch seit { $duration }
calls-calling-for = Ruft seit { $duration } an
calls-ringing-for = Klingelt seit { $duration }
# A call's details, small, joined by " · ": the number dialled, the direction, how long it rang.
calls-detail-to = an { $number }
calls-detail-outgoing = ausgehend
calls-detail-incoming = eingehend
calls-detail-rang = klingelte { $duration }
# Hover text on a caller's name: where the name came from.
calls-name-from-contacts = { $name }: aus Ihren Kontakten
calls-name-from-directory = { $name }: aus dem Verzeichnis { $directory }
calls-from-contacts = aus Ihren Kontakten
calls-from-directory = aus dem Verzeichnis { $directory }
# Where the caller is, when it is night there: $place is "New York, NY, 23:40 EST".
calls-place-night = { $place } (dort ist Nacht)
calls-save-contact = Als Kontakt speichern
calls-save-contact-hint = { $number } als Kontakt speichern
# A call button's hover text: its name and its keyboard shortcut (Ctrl+Enter).
calls-action-hint = { $action } ({ $shortcut })
# The banner over the other tabs while a call rings.
ringing-is-calling = { $caller } ruft an
# The quick-dial prompt (the hotkey).
quick-dial-title = Schnellwahl
quick-dial-field = Nummer oder Text mit einer Nummer darin:
quick-dial-hint = +1 (646) 555-1234
quick-dial-will-dial = Wählt { $number }
quick-dial-phone-dials = Das Telefon wählt { $digits }.
quick-dial-type-or-paste = Geben Sie eine Nummer ein oder fügen Sie sie ein.
quick-dial-several = Dieser Text enthält mehrere Nummern. Wählen Sie die Nummer, die gewählt werden soll:
quick-dial-no-number = in diesem Text wurde keine Telefonnummer gefunden
quick-dial-cannot-dial = Wählen nicht möglich: { $reason }
quick-dial-cannot-dial-nobody = Wählen nicht möglich: { $reason }; auch heißt niemand in Ihren Kontakten oder Verzeichnissen so
quick-dial-dial = Wählen
quick-dial-close = Schließen
quick-dial-keys = Eingabetaste wählt, Escape schließt.
# Under the numbers offered: how many more were found.
pick-more = { $count ->
    [one] { $count } weitere Nummer wird nicht angezeigt: Kopieren Sie nur die gewünschte Nummer.
   *[other] { $count } weitere Nummern werden nicht angezeigt: Kopieren Sie nur die gewünschte Nummer.
}
ringing-more = { $count ->
    [one] { $count } weiterer Anruf klingelt: siehe Reiter „Anrufe“.
   *[other] { $count } weitere Anrufe klingeln: siehe Reiter „Anrufe“.
}
# The History tab.
history-search = Suchen
history-search-hint = Name oder Nummer
history-all = Alle Anrufe
history-missed-only = Verpasste Anrufe
history-refresh = Aktualisieren
history-mark-all-seen = Alle verpassten als gesehen markieren
history-empty = Noch keine Anrufe.
history-no-match = Keine passenden Anrufe.
# A day heading for calls whose time cannot be read.
history-unknown-day = Unbekannter Tag
history-incoming = Eingehend
history-outgoing = Ausgehend
history-in-progress = Läuft
# A missed call not yet seen.
history-missed-new = Verpasst (neu)
history-missed = Verpasst
# $duration: 1:05 or 1:02:05.
history-talked = Gesprochen { $duration }
history-no-answer = Keine Antwort
history-call-back = Zurückrufen
history-mark-seen = Als gesehen markieren
# The window's tabs.
tab-calls = Anrufe
tab-calls-hint = Aktuelle Anrufe auf Ihrem Telefon
tab-dial = Wählen
tab-history = Verlauf
tab-contacts = Kontakte
tab-settings = Einstellungen
# The Do not disturb box at the top of the window, and its hover text ($until: 17:30, or a date and a time).
dnd = Nicht stören
dnd-hint = Eingehende Anrufe werden abgelehnt und als verpasst protokolliert
dnd-hint-until = Bis { $until }: Eingehende Anrufe werden abgelehnt und als verpasst protokolliert
# The sign-in screen.
sign-in-title = Bei ShoreTel Sky anmelden
sign-in-intro = Ihre ShoreTel-Sky-Nummer (DID) und die PIN Ihrer Mailbox.
sign-in-server = Server
sign-in-did = DID
sign-in-did-hint = 10 Ziffern, z. B. 6465551000
sign-in-did-problem = Geben Sie Ihre DID ein: Ihre 10-stellige Telefonnummer, nur Ziffern.
sign-in-pin = PIN
sign-in-pin-problem = Geben Sie Ihre PIN ein (die Ihrer Mailbox).
sign-in-ca-file = CA-Zertifikatsdatei (optional)
sign-in-ca-file-hint = nur hinter einem TLS-Proxy der Firma
sign-in-remember = PIN im Schlüsselbund des Systems merken
sign-in-submit = Anmelden
sign-in-signing-in = Anmeldung läuft…
# The question a link (or another program) asks before dialling.
link-question-title = Diese Nummer wählen?
link-question-phone-dials = Das Telefon wählt { $digits }.
link-question-extension = Der Link nennt die Durchwahl { $extension }: Das Telefon kann sie nicht für Sie senden; geben Sie sie ein, sobald der Anruf angenommen ist.
link-question-cancel = Abbrechen
link-question-dial = Wählen
link-question-keys = Eingabetaste oder Escape bricht ab.
# A window that is only a link's question.
link-only-close = Schließen
link-only-dialling = Wird gewählt…
# The status area: the connection, and who is signed in ($status is the connection's state, $user the DID as it reads).
status-as-user = { $status } als { $user }
status-hint = Verbindung zur Sky-API
status-dismiss = Schließen
notice-close-to-tray = skydial läuft im Infobereich weiter; wählen Sie dort „Beenden“, um es zu schließen.
# The Calls tab's badge, as a screen reader says it.
tab-calls-count = { $count ->
    [one] { $count } Anruf
   *[other] { $count } Anrufe
}
# Why the window could not open or run (the command line prints it after "cannot start:").
window-no-display = das Fenster kann nicht geöffnet werden: Es gibt keinen Bildschirm (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie skydial aus Ihrer Desktop-Sitzung oder verwenden Sie die Befehlszeile (skydial --help).
# $why is the window system's own words, $display the display's name.
window-cannot-open = das Fenster kann nicht geöffnet werden: { $why }. Ist der Bildschirm ({ $display }) aus dieser Sitzung erreichbar?
window-cannot-draw = in das Fenster kann nicht gezeichnet werden: { $error }
window-event-loop-failed = die Ereignisschleife des Fensters ist fehlgeschlagen: { $error }
# The GPU shell was asked to show its window on Wayland (--renderer cpu is a flag: keep it).
window-gpu-cannot-show = Unter Wayland kann die GPU-Oberfläche ihr Fenster nicht selbst in den Vordergrund holen: Der Desktop wurde darum gebeten (GNOME meldet, dass skydial bereit ist; klicken Sie darauf oder auf skydial im Dock oder in der Taskleiste). Die CPU-Oberfläche (--renderer cpu) holt es selbst zurück.
# The --demo banner: $server is the simulator's address (its control page is at $server/control/).
demo-banner = Demo: ein eingebauter Simulator unter { $server } (Benutzer { $user }, PIN { $pin }); ab und zu klingeln Anrufe, ausgehende Anrufe werden nach { $answered_after } s angenommen. Steuern Sie ihn unter { $server }/control/.
notice-demo-contacts = Die Kontakte der Demo konnten nicht hinzugefügt werden: { $error }
notice-no-system-keyring = Kein Schlüsselbund des Systems verfügbar ({ $error }): skydial fragt bei jedem Start nach der PIN und schreibt sie nie in eine Datei.
reply-quitting = skydial wird beendet; versuchen Sie es gleich noch einmal.
reply-no-answer = skydial hat nicht geantwortet; versuchen Sie es erneut.
notice-socket-unreachable = Links und `skydial dial` erreichen dieses Fenster nicht ({ $error }); sie funktionieren eigenständig.
# Why skydial could not start (the command line prints it after "cannot start:").
app-cannot-start-runtime = die Hintergrundlaufzeit kann nicht gestartet werden: { $error }
app-cannot-start-demo = der Demo-Simulator kann nicht gestartet werden: { $error }
# What a link's asker is told when the window showing its question was closed.
reply-window-closed = Abgebrochen: Das Fenster wurde geschlossen; es wurde nichts gewählt.

## The desktop around the window: tray, screen pops, hotkey (branch l10n-desktop)

tray-tooltip-ringing = skydial: { $caller } ruft an
tray-tooltip-connected = skydial: verbunden
tray-tooltip-offline = skydial: nicht verbunden
tray-tooltip-dnd = Nicht stören
tray-tooltip-dnd-until = Nicht stören bis { $time }
tray-call = { $name } anrufen
tray-no-recent = Noch keine letzten Nummern
tray-dial-clipboard = Zwischenablage wählen
tray-dnd = Nicht stören
tray-dnd-hour = Eine Stunde nicht stören
tray-dnd-tomorrow = Bis morgen nicht stören
tray-show-window = Fenster anzeigen
tray-quit = Beenden
tray-cannot-check = Ob es einen Infobereich gibt, lässt sich nicht prüfen ({ $error }); das Schließen des Fensters beendet skydial.
tray-none-running = Hier läuft kein Infobereich: Das Fenster bleibt erreichbar, und das Schließen beendet skydial.
tray-none = Hier gibt es keinen Infobereich ({ $error }): Das Fenster bleibt erreichbar, und das Schließen beendet skydial.
pop-calling = { $caller } ruft an
pop-dialled = Gewählt: { $number }
pop-night = { $place } (dort außerhalb von 8:00–21:00 Uhr)
pop-answer = Annehmen
pop-ignore = Ablehnen
pop-show-call = Anruf anzeigen
pop-too-many = { $count ->
    [one] Mehr als { $count } Anruf klingelt: Das Fenster listet alle auf; Benachrichtigungen erscheinen nur für den ersten.
   *[other] Mehr als { $count } Anrufe klingeln: Das Fenster listet alle auf; Benachrichtigungen erscheinen nur für die ersten { $count }.
}
pop-no-service = Es läuft kein Benachrichtigungsdienst ({ $error }); skydial zeigt bei klingelnden Anrufen stattdessen sein Fenster.
pop-windows-no-toasts = dieses Windows hat keine Toast-Benachrichtigungen, Fehler { $code }
pop-windows-error-no-text = Windows meldete Fehler { $code } ohne Beschreibung
pop-windows-error = { $message }, Fehler { $code }
hotkey-status-off = Nicht registriert (keine Desktop-Anbindung).
hotkey-status-saved = { $keys } ist gespeichert (keine Desktop-Anbindung, um es zu registrieren).
hotkey-status-registered = { $keys } wählt die Nummer in der Zwischenablage.
hotkey-status-asking = Der Desktop wird um das Tastenkürzel { $keys } gebeten …
hotkey-status-desktop = { $keys } wählt die Nummer in der Zwischenablage (ein Desktop-Tastenkürzel über das Desktop-Portal: Ändern Sie es in den Tastatureinstellungen Ihres Desktops).
hotkey-status-desktop-unnamed = Das Tastenkürzel des Desktops wählt die Nummer in der Zwischenablage (ein Desktop-Tastenkürzel über das Desktop-Portal: Ändern Sie es in den Tastatureinstellungen Ihres Desktops).
hotkey-status-kde = { $keys } wählt die Nummer in der Zwischenablage (ein globales KDE-Kürzel, bei KGlobalAccel registriert: Ändern Sie es in den Systemeinstellungen unter Kurzbefehle, skydial).
hotkey-status-kde-unnamed = Das Tastenkürzel des Desktops wählt die Nummer in der Zwischenablage (ein globales KDE-Kürzel, bei KGlobalAccel registriert: Ändern Sie es in den Systemeinstellungen unter Kurzbefehle, skydial).
hotkey-status-not-changed-old = { $why }. { $old } wählt weiterhin die Zwischenablage; das Tastenkürzel wurde nicht geändert.
hotkey-status-not-changed = { $why }. Das Tastenkürzel wurde nicht geändert.
hotkey-no-session = Das Tastenkürzel für die Zwischenablage braucht eine Desktop-Sitzung (X11 oder Wayland), und es gibt keine: Verwenden Sie „Zwischenablage wählen“ im Infobereich, oder legen Sie in den Tastatureinstellungen Ihres Desktops eine Taste auf den Befehl `skydial quick-dial`.
hotkey-register = das Tastenkürzel { $keys } lässt sich nicht registrieren: { $why }
hotkey-no-global = globale Tastenkürzel sind hier nicht möglich: { $why }
hotkey-taken = { $keys } lässt sich nicht registrieren (vielleicht verwendet es ein anderes Programm): { $why }
hotkey-refused = Der Desktop hat skydial kein globales Tastenkürzel gegeben ({ $why }); verwenden Sie „Zwischenablage wählen“ im Infobereich, oder legen Sie in den Tastatureinstellungen Ihres Desktops eine Taste auf den Befehl `skydial quick-dial`.
hotkey-invalid = das Tastenkürzel „{ $keys }“ ist ungültig ({ $why }); schreiben Sie es wie ctrl+alt+d
hotkey-fault-empty = es ist leer
hotkey-fault-modifier = unbekannte Zusatztaste „{ $modifier }“
hotkey-fault-key = die Taste muss ein Buchstabe, eine Ziffer, F1 bis F12 oder space sein
hotkey-fault-no-modifier = verwenden Sie mindestens Ctrl, Alt oder Super, sonst löst schon das Tippen es aus
hotkey-why-in-use = ein anderes Programm verwendet es bereits
hotkey-why-no-screen = kein X-Bildschirm
hotkey-why-no-key = die Tastatur hat keine Taste { $key }
hotkey-why-unreadable = global-hotkey kann es nicht lesen ({ $error })
hotkey-why-not-bound = der Desktop hat das Tastenkürzel nicht vergeben
hotkey-why-portal-gone = das Desktop-Portal ist nicht mehr da
hotkey-why-kde-not-running = KGlobalAccel von KDE läuft nicht
hotkey-why-kde-no-keys = KDE hat skydial keine Tasten gegeben: Vielleicht verwendet sie ein anderes Programm
hotkey-why-kde-gone = KGlobalAccel von KDE ist nicht mehr da
hotkey-no-key = Keine Taste
hotkey-shortcut-name = Die Telefonnummer in der Zwischenablage wählen
hotkey-portal-description = Die Telefonnummer in der Zwischenablage wählen (skydial)

## The Settings, Contacts and calls-as-work screens, and their notices (l10n-screens)

# The Settings screen
settings-account = Konto
settings-signed-in-as = Angemeldet als { $user } bei { $server }
settings-sign-out = Abmelden
settings-sign-out-forget-pin = Abmelden und PIN vergessen
settings-phone-and-calls = Telefon und Anrufe
settings-endpoint = Telefon-Endpunkt (MAC)
settings-endpoint-hint = leer lassen, wenn Ihre Provisionierung ihn nicht verlangt
settings-hotkey = Tastenkürzel für die Zwischenablage
settings-hotkey-action = Beim Drücken des Tastenkürzels
settings-hotkey-action-prompt = Die Nummer in der Schnellwahl zeigen
settings-hotkey-action-dial = Sofort wählen
settings-hotkey-reads = Das Tastenkürzel liest
settings-hotkey-reads-clipboard = Die Zwischenablage (kopierter Text)
settings-hotkey-reads-selection = Den markierten Text (ohne Kopieren)
settings-theme = Erscheinungsbild
settings-theme-system = Wie der Desktop
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-notifications = Anrufanzeigen für klingelnde Anrufe
settings-do-not-disturb = Nicht stören (klingelnde Anrufe werden ignoriert und als verpasst vermerkt)
settings-start-minimised = Minimiert im Infobereich starten
settings-close-to-tray = Beim Schließen des Fensters bleibt skydial im Infobereich
settings-start-at-login = skydial bei meiner Anmeldung starten (versteckt im Infobereich)
settings-trusted-links = tel:- und callto:-Links ohne Nachfrage wählen (nie internationale oder Premium-Nummern)
settings-hooks = Anrufseite und Programm
settings-hooks-url-on-ring = Seite, die sich öffnet, wenn ein Anruf klingelt
settings-hooks-url-on-answer = Seite, die sich öffnet, wenn ein Anruf angenommen wird
settings-hooks-command = Programm, das bei Klingeln, Annehmen und Ende läuft
settings-hooks-help = In einer Seite werden { $number }, { $name }, { $clid }, { $call_id } und { $direction } ausgefüllt. Das Programm erhält sie als SKYDIAL_NUMBER, SKYDIAL_NAME, SKYDIAL_CLID, SKYDIAL_CALL_ID, SKYDIAL_DIRECTION und SKYDIAL_EVENT (ring, answer, end); keine Shell liest seine Zeile.
settings-hooks-unclosed-quote = In der Zeile des Programms ist ein Anführungszeichen nicht geschlossen.
settings-about = Über skydial
settings-about-version = Version
settings-about-log = Protokoll
settings-about-data = Verlauf und Kontakte
settings-about-settings = Einstellungen
settings-about-none = (auf diesem System keiner)
# The Contacts screen and the contact form
contacts-search = Kontakte durchsuchen
contacts-new = Neuer Kontakt
contacts-import-file = Datei importieren
contacts-import-file-hint = /pfad/zu/kontakte.vcf oder .csv
contacts-import = Importieren
contacts-drop-hint = Sie können auch eine .vcf- oder .csv-Datei auf das Fenster ziehen.
contacts-delete-question = Den Kontakt { $name } löschen?
contacts-delete-confirm = Löschen
contacts-delete-keep = Behalten
contacts-none-yet = Noch keine Kontakte: Legen Sie mit „Neuer Kontakt“ einen an, importieren Sie eine Datei oder fügen Sie in den Einstellungen ein Firmenverzeichnis hinzu.
contacts-nobody-matches = Niemand in Ihren Kontakten oder Verzeichnissen passt.
contacts-person-from = { $name }: { $source }
contacts-edit = Bearbeiten
contacts-edit-who = { $name } bearbeiten
contacts-delete = Löschen
contacts-delete-who = { $name } löschen
contacts-call = Anrufen
contacts-call-who = { $name } anrufen ({ $kind })
contacts-source-contacts = Kontakte
contacts-kind-work = geschäftlich
contacts-kind-mobile = mobil
contacts-kind-home = privat
contacts-kind-ip = IP-Telefon
contacts-kind-other = sonstige
contacts-form-new = Neuer Kontakt
contacts-form-edit = Kontakt bearbeiten
contacts-form-name = Name
contacts-form-company = Firma
contacts-form-number = Nummer { $position }
contacts-form-remove = Entfernen
contacts-form-remove-number = Nummer { $position } entfernen
contacts-form-add-number = Nummer hinzufügen
contacts-form-save = Kontakt speichern
contacts-form-cancel = Abbrechen
contacts-form-cannot-save = Speichern nicht möglich: { $error }.
people-keys-hint = Pfeiltasten auf und ab: auswählen; Eingabetaste: wählen.
contacts-form-kind = Art der Nummer { $position }
# Settings’ Directories section
directories = Verzeichnisse
directories-about = Firmenverzeichnisse (LDAP, Active Directory, CardDAV) nennen die Namen Ihrer Anrufer und lassen Sie nach Namen wählen. Sie werden im Hintergrund abgeglichen; die Namen bleiben, wenn ein Server nicht erreichbar ist.
directories-not-synced-yet = { $name }: noch nicht abgeglichen
directories-sync-now = Jetzt abgleichen
directories-sync-now-which = { $name } jetzt abgleichen
directories-remove = Entfernen
directories-remove-which = { $name } entfernen
directories-none-yet = Noch keine Verzeichnisse.
directories-remove-question = Das Verzeichnis { $name } entfernen? Seine Namen verschwinden aus skydial (nicht vom Server).
directories-remove-confirm = Entfernen
directories-remove-keep = Behalten
directories-add = Verzeichnis hinzufügen
directories-name = Name des Verzeichnisses
directories-url = Server-URL
directories-url-hint = ldaps://dc1.corp.example.com oder https://dav.example.com
directories-base = Basis-DN (LDAP, optional)
directories-login = Benutzer oder Bind-DN
directories-login-hint = ada@corp.example.com; leer: anonym
directories-password = Passwort des Verzeichnisses
directories-password-kept = Das Passwort wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.
directories-add-button = Verzeichnis hinzufügen
directories-need-history = Verzeichnisse brauchen die Verlaufsdatenbank, die skydial nicht öffnen konnte.
directories-cannot-add = Hinzufügen nicht möglich: { $error }.
directory-status-synced = { $name }: abgeglichen { $ago } ({ $count ->
    [one] { $count } Person
   *[other] { $count } Personen
})
directory-status-never = { $name }: nie abgeglichen
directory-status-and = { $status }; { $more }
directory-status-syncing = wird gerade abgeglichen
directory-status-failed = der letzte Versuch ({ $when }) ist gescheitert: { $error }. Die zuvor abgeglichenen Namen funktionieren weiter
directory-ago-just-now = gerade eben
directory-ago-minutes = { $count ->
    [one] vor { $count } Min.
   *[other] vor { $count } Min.
}
directory-ago-hours = { $count ->
    [one] vor { $count } Std.
   *[other] vor { $count } Std.
}
directory-ago-days = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
# Settings’ Rules for ringing calls
rules = Regeln für klingelnde Anrufe
rules-about = Sie wirken nur, solange skydial läuft. Ein ignorierter Anruf geht an die Mailbox; der Verlauf sagt, warum.
rules-outside-working-hours = Nicht stören außerhalb der Arbeitszeit
rules-working-hours-monday = Arbeitszeit am Montag
rules-working-hours-tuesday = Arbeitszeit am Dienstag
rules-working-hours-wednesday = Arbeitszeit am Mittwoch
rules-working-hours-thursday = Arbeitszeit am Donnerstag
rules-working-hours-friday = Arbeitszeit am Freitag
rules-working-hours-saturday = Arbeitszeit am Samstag
rules-working-hours-sunday = Arbeitszeit am Sonntag
rules-working-hours-hint = leer: keine; oder 09:00-17:00
rules-dnd-until = Nicht stören bis
rules-dnd-for-an-hour = Eine Stunde lang
rules-dnd-until-tomorrow = Bis morgen
rules-dnd-clear = Leeren
rules-vip = VIPs (kommen durch „Nicht stören“ durch)
rules-vip-hint = eine Nummer oder der Name eines Kontakts, einer pro Zeile
rules-ignore = Immer ignorieren (Spam)
rules-ignore-hint = eine Nummer oder ein Anfang, der auf * endet, einer pro Zeile
rules-pause-media = Musik und Videos anhalten, während ein Anruf klingelt oder läuft
# Calls as work: the missed calls to do, Export…, the note editor
work-missed-to-do = { $count ->
    [one] Verpasste Anrufe zu erledigen ({ $count })
   *[other] Verpasste Anrufe zu erledigen ({ $count })
}
work-missed-times = { $count ->
    [one] Verpasst { $last }
   *[other] { $count }-mal verpasst, zuletzt { $last }
}
work-call-back = Zurückrufen
work-remind-me = Erinnern
work-remind-in-15-minutes = In 15 Minuten
work-remind-in-an-hour = In einer Stunde
work-remind-tomorrow = Morgen um { $time }
work-remind-at = Zeitpunkt…
work-remind-set = Festlegen
work-missed-done = Erledigt
work-export-to = Exportieren nach
work-export-as = Exportieren als
work-export = Exportieren…
work-note-title = Notiz zum Anruf mit { $who }
work-note = Notiz
work-note-save = Notiz speichern
work-note-cancel = Abbrechen
work-note-add = Notiz hinzufügen
work-note-edit = Notiz bearbeiten
work-note-shown = Notiz: { $note }
work-live-note = Notiz
notice-rules-could-not-ignore = „Nicht stören“ konnte einen Anruf nicht ignorieren: { $error }
notice-missed-not-done = Der verpasste Anruf konnte nicht als erledigt markiert werden: { $error }
notice-note-saved = Notiz gespeichert.
notice-note-no-call = Die Notiz konnte nicht gespeichert werden: Dieser Anruf ist (noch) nicht im Verlauf; versuchen Sie es erneut, sobald er dort erscheint.
notice-note-not-saved = Die Notiz konnte nicht gespeichert werden: { $error }
notice-history-unreadable = Der Anrufverlauf konnte nicht gelesen werden: { $error }
notice-reminder-not-set = Die Erinnerung konnte nicht gesetzt werden: { $error }
notice-reminder-set = Sie werden erinnert, { $who } zurückzurufen: { $when }.
notice-exported = { $count ->
    [one] { $count } Anruf
   *[other] { $count } Anrufe
} nach { $path } exportiert.
notice-not-exported = Der Verlauf konnte nicht nach { $path } exportiert werden: { $error }. Wählen Sie eine andere Datei oder einen anderen Ordner und versuchen Sie es erneut.
notice-reminder-due = Erinnerung: { $summary }.
reminder-call-back = { $who } zurückrufen
reminder-call-back-late = { $who } zurückrufen (Erinnerung von { $when }, verspätet)
reminder-title = skydial-Erinnerung
# The desk’s notices about history, contacts and directories
notice-not-marked-seen = Konnte nicht als gesehen markiert werden: { $error }
notice-contacts-search-failed = Die Kontakte konnten nicht durchsucht werden: { $error }
notice-people-search-failed = Kontakte und Verzeichnisse konnten nicht durchsucht werden: { $error }
notice-contact-added = { $name } als Kontakt gespeichert.
notice-contact-updated = Kontakt { $name } gespeichert.
notice-contact-deleted = Kontakt gelöscht.
notice-contact-invalid = Der Kontakt konnte nicht gespeichert werden: { $error }.
notice-contact-not-saved = Der Kontakt konnte nicht gespeichert werden: { $error }
notice-contact-not-deleted = Der Kontakt konnte nicht gelöscht werden: { $error }
notice-contact-gone-not-saved = Der Kontakt konnte nicht gespeichert werden: Er ist nicht mehr in Ihren Kontakten.
notice-contact-gone-not-deleted = Der Kontakt konnte nicht gelöscht werden: Er ist nicht mehr in Ihren Kontakten.
notice-directories-no-database = Die Verzeichnisse können nicht abgeglichen werden: skydial hat keine Verlaufsdatenbank.
notice-directory-sync-failed = { $name }: { $error }. Die zuvor abgeglichenen Namen funktionieren weiter.
notice-directories-not-synced = Die Verzeichnisse konnten nicht abgeglichen werden: { $error }
notice-contacts-not-imported = Die Kontakte konnten nicht importiert werden: { $error }
notice-contacts-imported = { $path } importiert: { $count ->
    [one] { $count } Nummer gelesen
   *[other] { $count } Nummern gelesen
}, { $added } neu.
# The desk’s notices about settings
notice-dnd-on = „Nicht stören“ ist an: Klingelnde Anrufe werden ignoriert und als verpasst vermerkt.
notice-dnd-off = „Nicht stören“ ist aus.
notice-dnd-until = „Nicht stören“ bis { $when }: Klingelnde Anrufe werden ignoriert und als verpasst vermerkt.
notice-directory-not-added = Das Verzeichnis konnte nicht hinzugefügt werden: { $error }.
notice-directory-name-taken = Das Verzeichnis konnte nicht hinzugefügt werden: Es gibt schon eines namens { $name }; wählen Sie einen anderen Namen.
notice-directory-password-not-kept = Das Passwort für { $name } wird nicht aufbewahrt ({ $error }): Setzen Sie { $variable }, wann immer skydial es abgleicht.
notice-directories-not-updated = Die Verzeichnisse konnten nicht aktualisiert werden: { $error }
notice-directory-removed = Verzeichnis { $name } entfernt: seine Namen und sein aufbewahrtes Passwort.
notice-directory-added = Verzeichnis { $name } hinzugefügt: Es wird jetzt abgeglichen.
notice-start-at-login-on = skydial startet bei Ihrer Anmeldung versteckt im Infobereich ({ $path }).
notice-start-at-login-off = skydial startet nicht mehr bei Ihrer Anmeldung.
notice-start-at-login-no-program = skydial findet seine eigene Programmdatei nicht ({ $error }) und kann daher nicht bei der Anmeldung starten.
contacts-check-needs-name = ein Kontakt braucht einen Namen
contacts-check-needs-number = ein Kontakt braucht mindestens eine Nummer
contacts-check-not-a-number = { $number } ist keine Telefonnummer (sie braucht mindestens 4 Ziffern und höchstens { $max } Zeichen)
reminders-bad-time = schreiben Sie Datum und Uhrzeit als YYYY-MM-DD HH:MM (etwa 2026-03-31 14:30)
reminders-time-passed = diese Zeit ist vorbei: wählen Sie eine spätere
reminders-too-far-ahead = das ist mehr als ein Jahr voraus: wählen Sie eine nähere Zeit
rules-problem = { $field }: { $error }
rules-problem-not-a-span = { $part } ist keine Zeitspanne wie 09:00-17:30
rules-problem-until = { $until } ist keine ISO-8601-Zeit (etwa 2026-03-31T17:00:00+02:00); „Nicht stören“ bis zu einer Zeit ist aus
rules-problem-not-a-prefix = { $entry } unter „Immer ignorieren“ ist kein Nummernanfang
rules-problem-not-a-number = { $entry } unter „Immer ignorieren“ ist keine Nummer (ein Anfang endet auf *, etwa 1900*)
rules-problem-no-hours = „Nicht stören“ außerhalb der Arbeitszeit ist an, aber es ist keine Arbeitszeit eingetragen: Jeder Anruf wird ignoriert

## Missed calls' notifications (src/app/desktop/pops)

pop-missed-summary = Verpasster Anruf von { $who }
pop-missed-at = Nicht angenommen um { $time }
pop-missed-show = Verpasste Anrufe zeigen
pop-missed-call-back = Zurückrufen
pop-missed-remind = In 15 Minuten erinnern

## What a number costs (the link question)

number-cost-premium = Dies ist eine Mehrwertnummer (900 oder 976): Anrufe dorthin können viel kosten.
number-cost-plus-one-abroad = Diese +1-Nummer liegt in { $country }, nicht in den USA oder Kanada: Sie wird als Auslandsgespräch abgerechnet. Ein verpasster Anruf von einer solchen Nummer, damit Sie zurückrufen, ist ein verbreiteter Betrug (der „One-Ring-Betrug“).
number-cost-international = Dies ist eine internationale Nummer.

## Keys, as a keyboard names them (the call buttons' shortcuts: "Ctrl+Shift+D")

key-ctrl = Strg
key-shift = Umschalt
key-enter = Eingabe

## Kontakte: die Dateiauswahl des Systems für den Import (Zweig chooser)

contacts-choose-file = Datei auswählen…
contacts-choose-file-help = Öffnet die Dateiauswahl Ihres Systems; die gewählte vCard- (.vcf) oder CSV-Datei wird importiert
chooser-title-import = Kontakte importieren
chooser-accept-import = Importieren
chooser-filter-contacts = Kontakte (vCard, CSV)
chooser-filter-vcard = vCard (.vcf)
chooser-filter-csv = CSV (.csv)
chooser-none = Hier lässt sich keine Dateiauswahl öffnen ({ $reason }). Geben Sie den Pfad der Datei unter Import file ein und drücken Sie Import, oder ziehen Sie die Datei auf das Fenster.
chooser-failed = Die Dateiauswahl ist fehlgeschlagen ({ $reason }). Geben Sie den Pfad der Datei unter Import file ein und drücken Sie Import, oder ziehen Sie die Datei auf das Fenster.
chooser-not-local = { $uri } ist keine Datei auf diesem Computer
chooser-off = die Desktop-Dienste sind aus
chooser-not-here = dieses System hat keine Dateiauswahl, die skydial öffnen kann
chooser-title-export = Anrufliste exportieren
chooser-accept-export = Exportieren
chooser-filter-json = JSON (.json)
export-choose-file = Speicherort wählen…
export-choose-file-help = Öffnet den Speichern-Dialog Ihres Systems; die Anrufliste wird in die gewählte Datei exportiert

## Names, places and saving callers (branch dirpop)

link-question-name-from-contacts = { $name }: aus Ihren Kontakten
link-question-name-from-directory = { $name }: aus dem Verzeichnis { $directory }
pop-save-contact = Als Kontakt speichern

## Directory and hook errors

directory-error-bad-url = Die Verzeichnis-URL { $url } kann nicht verwendet werden: { $reason }
directory-error-insecure = { $host } ist ein anderer Computer: Sein Passwort und die Namen würden unverschlüsselt über http:// oder ldap:// übertragen. Verwenden Sie https:// (CardDAV) oder ldaps:// (LDAP)
# $name: a directory's name as typed.
directory-error-not-found = Kein Verzeichnis heißt „{ $name }“; `skydial directory list` zeigt sie an
directory-error-exists = Ein Verzeichnis namens „{ $name }“ gibt es bereits; entfernen Sie es zuerst oder wählen Sie einen anderen Namen
directory-error-ca-file = Die CA-Datei { $path } kann nicht verwendet werden: { $reason }
# $detail: the system's words for the failure.
directory-error-connect = Der Verzeichnisserver { $server } ist nicht erreichbar ({ $detail }); prüfen Sie die URL und das Netzwerk
directory-error-timeout = Der Verzeichnisserver { $server } hat nicht innerhalb von { $seconds } s geantwortet; er ist vielleicht überlastet, oder eine Firewall verwirft die Verbindung. skydial behält die synchronisierten Namen und versucht es später erneut
directory-error-certificate = Dem Zertifikat von { $server } wird nicht vertraut ({ $detail }); hat Ihre Firma eine eigene Zertifizierungsstelle, übergeben Sie deren Zertifikat mit --ca-file
directory-error-no-starttls = { $server } bietet kein StartTLS an, und das Passwort und die Namen würden unverschlüsselt übertragen; verwenden Sie ldaps:// oder bitten Sie den Administrator des Verzeichnisses, TLS einzuschalten
directory-error-auth = { $server } hat die Anmeldung abgelehnt ({ $detail }); prüfen Sie den Benutzernamen und das Passwort
directory-error-no-password = Kein Passwort für das Verzeichnis { $name }: Setzen Sie SKYDIAL_DIRECTORY_PASSWORD, oder fügen Sie das Verzeichnis erneut hinzu, um sein Passwort im Schlüsselbund zu speichern
directory-error-garbage = { $server } hat etwas geantwortet, das skydial nicht lesen kann ({ $detail }); ist das die richtige URL?
# $what: ldap (one LDAP message) or answer (one HTTP answer).
directory-error-too-large = { $server } hat { $what ->
    [ldap] eine LDAP-Nachricht
   *[answer] eine Antwort
} größer als { $limit_mb } MB gesendet; skydial liest dort nicht weiter und behält die Namen, die es hat
# $detail: the server's own words.
directory-error-server = { $server } antwortete: { $detail }
directory-error-redirect = { $server } leitet zu { $location } weiter, einem anderen Server: Fügen Sie das Verzeichnis mit dieser URL hinzu, wenn Sie ihr vertrauen
directory-error-no-address-book-home = { $server } hat kein Adressbuch: Er nennt für diesen Benutzer keinen Adressbuch-Ordner (ist das ein CardDAV-Server?)
directory-error-no-address-book = { $server } hat kein Adressbuch für diesen Benutzer
# $want: the address book asked for; $has: the names of those it has, with commas.
directory-error-no-address-book-named = { $server } hat kein Adressbuch namens „{ $want }“; vorhanden sind: { $has }
directory-error-too-many = { $server } enthält mehr als { $limit } Einträge; skydial behält bis zu { $limit } je Verzeichnis. Grenzen Sie es mit --base ein
directory-error-settings = Die Einstellungen können nicht gespeichert werden: { $error }
directory-error-bind-not-carddav = --bind erwartet einen LDAP-DN; ein CardDAV-Server erwartet --user
directory-error-name-length = Der Name eines Verzeichnisses hat 1 bis 64 Zeichen, etwa Corp oder Shared
directory-error-name-characters = Der Name eines Verzeichnisses enthält keine Steuerzeichen und keine Leerzeichen am Anfang oder Ende
# $name: the name kept for the user's own contacts.
directory-error-name-contacts = „{ $name }“ bezeichnet Ihre eigenen Kontakte; wählen Sie einen anderen Namen
directory-error-service-stopped = Der Verzeichnisdienst wurde beendet; starten Sie skydial neu
directory-error-not-ldap = { $url } ist keine LDAP-URL (ldap:// oder ldaps://)
directory-error-not-carddav = { $url } ist keine CardDAV-URL (https://)
directory-error-no-base = { $server } sagt nicht, wo seine Einträge liegen: Geben Sie --base an, etwa DC=corp,DC=example,DC=com
# Why a directory URL cannot be used (after "the directory URL … cannot be used: ").
directory-url-no-user = Lassen Sie Benutzernamen und Passwörter aus der URL heraus: Verwenden Sie --user oder --bind, und für das Passwort SKYDIAL_DIRECTORY_PASSWORD oder die Abfrage
directory-url-no-query = Eine Verzeichnis-URL hat keine Abfrage (?...) und kein Fragment (#...)
directory-url-no-host = Sie nennt keinen Host
directory-url-scheme = Verwenden Sie ldap://, ldaps:// (LDAP, Active Directory) oder https:// (CardDAV), nicht { $scheme }://
# What a directory's sync did: Settings shows it, `skydial directory sync` prints it.
# $protocol: ldap or carddav; $how: changes (only changes asked for) or full; $seconds: how long, like 1.5.
directory-sync-summary = { $name }: { $added } hinzugefügt, { $changed } geändert, { $removed } entfernt, { $unchanged } unverändert ({ $protocol ->
    [ldap] { $fetched ->
        [one] { $fetched } Eintrag
       *[other] { $fetched } Einträge
    }
   *[carddav] { $fetched ->
        [one] { $fetched } Karte
       *[other] { $fetched } Karten
    }
} gelesen, { $protocol ->
    [ldap] { $requests ->
        [one] { $requests } Seite
       *[other] { $requests } Seiten
    }
   *[carddav] { $requests ->
        [one] { $requests } Anfrage
       *[other] { $requests } Anfragen
    }
}, { $how ->
    [changes] nur Änderungen
   *[full] vollständige Liste
}, { $seconds } s)
# The call hook (Settings > Call page and hook): why its program failed. $reason, $status: the words below or the system's.
hook-cannot-run = Es kann nicht gestartet werden: { $reason }
hook-failed = { $status }
# $stderr: the first line the program wrote to its error output.
hook-failed-saying = { $status } ({ $stderr })
# $after: like "5 s" or "500 ms".
hook-timed-out = Es lief länger als { $after } und wurde beendet
hook-no-such-program = Dieses Programm gibt es nicht; geben Sie seinen vollständigen Pfad an oder prüfen Sie, ob es installiert ist
hook-permission-denied = Zugriff verweigert; prüfen Sie, ob es ein Programm ist, das Sie ausführen dürfen (chmod +x)
hook-exit-status = Exit-Status { $code }
hook-stopped-by-signal = durch Signal { $signal } beendet
hook-no-program-set = Es ist kein Programm eingestellt
hook-no-opener-set = Es ist kein Programm zum Öffnen von Seiten eingestellt
# Shown once when the hook fails; $failure: one of the texts above.
hook-command-failure = Das Anrufprogramm `{ $program }` ist fehlgeschlagen: { $failure }. skydial sagt es erst wieder, wenn es funktioniert hat; korrigieren Sie es unter Einstellungen > Anrufseite und Programm.
# $opener: the program that opens web pages (xdg-open).
hook-page-failure = Die Anrufseite konnte nicht geöffnet werden (`{ $opener }`: { $failure }). skydial sagt es erst wieder, wenn es funktioniert hat; prüfen Sie, ob ein Standard-Webbrowser eingestellt ist, oder ändern Sie die Seite unter Einstellungen > Anrufseite und Programm.
hook-template-failure = Die Anrufseite kann nicht geöffnet werden: { $error }. skydial sagt es erst wieder, wenn es funktioniert hat; korrigieren Sie sie unter Einstellungen > Anrufseite und Programm.
hook-settings-ring-page = Die Seite, die bei einem klingelnden Anruf geöffnet wird, kann nicht verwendet werden: { $error }.
hook-settings-answer-page = Die Seite, die bei einem angenommenen Anruf geöffnet wird, kann nicht verwendet werden: { $error }.
hook-settings-no-program = Das Anrufprogramm hat Argumente, aber kein Programm: Setzen Sie das Programm an den Anfang.
hook-settings-shell-line = Das Anrufprogramm `{ $line }` sieht wie eine Shell-Befehlszeile aus, aber skydial startet keine Shell: Geben Sie das Programm an und dann jedes Argument einzeln.
# Why a page URL cannot be used. {number} and the other placeholders stay as they are.
hook-page-url-blank = Die Seiten-URL ist leer; lassen Sie sie nur leer, wenn keine Seite geöffnet werden soll
hook-page-url-not-web = Die Seiten-URL muss mit http:// oder https:// beginnen (sie beginnt mit { $start }): skydial öffnet nur Webseiten; schreiben Sie sie etwa so: https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-no-host = Die Seiten-URL nennt nach dem // keine Website; schreiben Sie sie etwa so: https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-placeholder-in-host = Der Website-Teil der Seiten-URL darf keinen Platzhalter und keine Klammer enthalten, damit ein Anrufer nie die Website bestimmt; setzen Sie Platzhalter in den Pfad oder die Abfrage, etwa https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-bad-character = Die Seiten-URL enthält an Zeichen { $position } ein Leerzeichen oder ein Steuerzeichen; schreiben Sie ein Leerzeichen als %20
hook-page-url-unknown-placeholder = Die Seiten-URL enthält den unbekannten Platzhalter {"{"}{ $name }{"}"}; bekannt sind {"{"}number{"}"}, {"{"}name{"}"}, {"{"}clid{"}"}, {"{"}call_id{"}"} und {"{"}direction{"}"}
hook-page-url-unclosed = Die Seiten-URL enthält eine {"{"}, die von keiner {"}"} geschlossen wird; schreiben Sie {"{{"} für eine Klammer selbst
hook-page-url-stray-brace = Die Seiten-URL enthält eine {"}"}, die nichts schließt; schreiben Sie {"}}"} für eine Klammer selbst

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
