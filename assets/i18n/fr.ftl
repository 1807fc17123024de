# skydial en français. Vouvoiement. Mêmes messages et variables que en.ftl.
# Espaces insécables avant « : ; ? ! » et à l’intérieur des guillemets.

## Le réglage Langue

settings-language-system = Langue du système

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
