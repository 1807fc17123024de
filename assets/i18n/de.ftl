# skydial auf Deutsch. Anrede: Sie. Gleiche Nachrichten und Variablen wie en.ftl.

## Die Einstellung Sprache

settings-language-system = Systemsprache verwenden

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
