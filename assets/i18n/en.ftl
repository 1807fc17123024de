# skydial's messages in English: the reference every other language follows.
#
# One message per id; ids are named by where they are shown (see
# src/i18n/CONVERTING.md). Variables ($name) are filled in by the code and
# every language uses the same ones. The tests check both.
# Product names, API error numbers, flags (--ca-file), variables like
# SKYDIAL_DATA_DIR and e-mail addresses stay as they are.

## The Language setting

settings-language-system = Follow the system

## Counts

calls-missed = { $count ->
    [one] { $count } missed call
   *[other] { $count } missed calls
}

## Dates and times (history's day groups, call times)

time-today = Today
time-yesterday = Yesterday
# A day and a time of day: "Yesterday, 2:05 PM".
time-day-and-time = { $day }, { $time }
time-am = AM
time-pm = PM
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December
