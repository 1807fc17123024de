# skydial en español. Tuteo. Los mismos mensajes y variables que en.ftl.

## El ajuste Idioma

settings-language-system = Idioma del sistema

## Cantidades

calls-missed = { $count ->
    [one] { $count } llamada perdida
   *[other] { $count } llamadas perdidas
}

## Fechas y horas

time-today = Hoy
time-yesterday = Ayer
time-day-and-time = { $day }, { $time }
time-am = a. m.
time-pm = p. m.
weekday-monday = Lunes
weekday-tuesday = Martes
weekday-wednesday = Miércoles
weekday-thursday = Jueves
weekday-friday = Viernes
weekday-saturday = Sábado
weekday-sunday = Domingo
month-january = enero
month-february = febrero
month-march = marzo
month-april = abril
month-may = mayo
month-june = junio
month-july = julio
month-august = agosto
month-september = septiembre
month-october = octubre
month-november = noviembre
month-december = diciembre
