# skydial en español. Tuteo. Los mismos mensajes y variables que en.ftl.

## El ajuste Idioma

settings-language-system = Idioma del sistema
settings-language = Idioma

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

## Los códigos de error de la API

api-error = { $meaning }: { $message }. { $advice } (error de la API { $code })
api-meaning-missing-class = al comando le falta el nombre de clase
api-meaning-missing-method = al comando le falta el nombre de método
api-meaning-no-such-method = comando desconocido
api-meaning-auth-failed = DID o PIN incorrecto
api-meaning-blocked = usuario bloqueado por abuso de la API
api-meaning-rate-limited = demasiadas solicitudes
api-meaning-phone-not-found = teléfono sin sesión iniciada
api-meaning-bad-arguments = argumentos incorrectos
api-meaning-unsubscribed = el servidor canceló la suscripción
api-meaning-bad-xml = el servidor no pudo leer la solicitud
api-meaning-other = error inesperado
api-advice-unknown-command = El servidor no reconoció el comando; actualiza skydial y, si el problema continúa, infórmalo (skysupport@shoretel.com puede confirmar la lista de comandos).
api-advice-auth-failed = Comprueba tu DID (tu número completo de 10 dígitos) y el PIN de tu buzón de voz, y vuelve a intentarlo.
api-advice-blocked = ShoreTel ha bloqueado el acceso de este usuario a la API; escribe a skysupport@shoretel.com para saber el motivo y cómo levantar el bloqueo.
api-advice-rate-limited = Demasiadas solicitudes en poco tiempo; espera un minuto antes de volver a intentarlo.
api-advice-phone-not-found = Comprueba que tu teléfono de escritorio está conectado y con la sesión iniciada (ciérrala y vuelve a iniciarla), y vuelve a intentarlo; si continúa, escribe a skysupport@shoretel.com.
api-advice-bad-arguments = El servidor rechazó los argumentos del comando; actualiza skydial e infórmalo si continúa.
api-advice-unsubscribed = Vuelve a suscribirte (skydial lo hace solo); si se repite, escribe a skysupport@shoretel.com.
api-advice-bad-xml = El servidor no pudo leer la solicitud de skydial; actualiza skydial e infórmalo si continúa.
api-advice-other = Escribe a skysupport@shoretel.com con este código y este mensaje.

## Enlaces de teléfono

link-not-a-link = esto no es un enlace de teléfono (tel:, callto: o sip:)
link-too-long = el enlace tiene más de { $max } bytes
link-no-number = el enlace no contiene ningún número de teléfono ({ $what }); copia el número directamente
link-scheme-address = una dirección { $scheme }

## La conexión con el servidor

client-insecure-server = skydial no enviará tu PIN sin cifrar a { $host }: usa una URL de servidor con https:// (http sin cifrar solo se permite para este equipo, por ejemplo el simulador)
client-bad-url = la URL del servidor «{ $url }» no es válida: { $reason }
client-ca-file = no se puede usar el archivo de certificados de CA { $path }: { $reason }
client-connect = no se pudo conectar con { $server }: { $detail }. Comprueba la dirección del servidor y tu red, y vuelve a intentarlo
client-certificate = el certificado de { $server } no es de confianza ({ $detail }). Si estás detrás del proxy TLS de tu empresa o usas `skydial sim --tls`, indica su certificado de CA con --ca-file PATH
client-timeout = { $server } no respondió en { $seconds } s. Comprueba tu red y vuelve a intentarlo
client-http-status = { $server } respondió HTTP { $status } en lugar de una respuesta de la API. Comprueba la URL del servidor (la API está en /bobl/bobl)
client-redirect = { $server } respondió con una redirección (HTTP { $status }) a { $location }. skydial no sigue redirecciones porque tu PIN iría con ellas; si confías en esa dirección, úsala como servidor
client-connection-lost = se perdió la conexión con { $server }: { $detail }. skydial se vuelve a conectar solo cuando puede; si no, vuelve a intentarlo
client-protocol = el servidor envió algo que no es una respuesta de la API: { $detail }. Infórmalo si continúa
client-subscribe-over-get = `subscribe` no se puede enviar como solicitud GET; usa la conexión POST predeterminada
client-url-no-host = no tiene nombre de host
client-url-scheme = usa http:// o https://, no { $scheme }://
client-url-credentials = no pongas nombres de usuario ni contraseñas en la URL
client-url-query = una URL de servidor no lleva consulta (?...) ni fragmento (#...); podrían contener tu PIN. Escribe solo el servidor, como https://hostedconnect.m5net.com
client-ca-no-certificate = no contiene ningún certificado PEM
client-ca-refused = el almacén de certificados del sistema no aceptó sus certificados ({ $error })
client-unreadable-location = una dirección que skydial no puede leer
client-session-closed = la sesión está cerrada
client-session-ended = el servidor terminó la sesión
client-no-answer = el servidor cerró la respuesta sin contestar
client-list-not-calls = listCalls recibió como respuesta { $result } en lugar de una lista de llamadas
client-result-none = ningún resultado
client-result-boolean = el booleano { $value }
client-result-number = el número { $value }
client-result-calls = { $count ->
    [one] una lista de { $count } llamada
   *[other] una lista de { $count } llamadas
}
client-result-text = el texto { $text }

## La línea de estado

status-signed-out = Sesión cerrada
status-connecting = Conectando…
status-connected = Conectado
status-reconnecting = Reconectando en { $seconds } s: { $reason } (sin eventos de llamadas desde hace { $blind } s; los cambios perdidos se recuperan al conectar)
status-phone-logged-out = Tu teléfono de escritorio no tiene la sesión iniciada: iníciala (o ciérrala y vuelve a iniciarla); nuevo intento en { $seconds } s
status-stopped = Detenido: { $reason }
status-reason-cannot-reach = no se puede acceder al servidor
status-reason-not-answering = el servidor ha dejado de responder
status-reason-connection-lost = conexión perdida
status-reason-certificate = el certificado del servidor no es de confianza
status-reason-http-status = el servidor respondió HTTP { $status }
status-reason-redirect = el servidor redirige a otro sitio
status-reason-api-error = { $meaning } (error de la API { $code })

## Errores y avisos del motor

engine-signed-out = no has iniciado sesión: inicia sesión primero
engine-not-connected = sin conexión con el servidor ({ $status }); vuelve a intentarlo cuando esté conectado
engine-gone = el servicio en segundo plano se ha detenido; reinicia skydial
engine-no-history = el historial de llamadas está desactivado (no hay carpeta de datos)
engine-history-not-saved = El historial de llamadas no se está guardando: { $error }
engine-too-many-calls = El servidor indica más de { $max } llamadas a la vez: skydial muestra las primeras { $max } y las demás cuando terminen algunas.
engine-lists-rate-limited = El servidor está limitando las listas de llamadas; skydial lo vuelve a intentar en { $seconds } s (las llamadas se siguen actualizando en directo).
engine-repeated-17 = El servidor cancela la suscripción una y otra vez justo después de empezar (error de la API 17); skydial se vuelve a suscribir en { $seconds } s. Si continúa, escribe a skysupport@shoretel.com.

## La base de datos del historial

history-damaged = la base de datos del historial { $path } está dañada ({ $detail }); muévela a otro sitio y skydial creará una nueva
history-locked = otro programa tiene bloqueada la base de datos del historial { $path }; ciérralo (o el otro skydial) y vuelve a intentarlo
history-disk-full = el disco que contiene { $path } está lleno; libera espacio para que se pueda guardar el historial
history-other = no se puede usar la base de datos del historial { $path }: { $detail }
history-no-data-dir = no se conoce ninguna carpeta de datos para este usuario; define SKYDIAL_DATA_DIR

## Archivos de contactos

contacts-cannot-read = no se puede leer { $path }: { $error }
contacts-unknown-format = { $path } no es una vCard (.vcf) ni un archivo CSV con una columna de nombre y otra de teléfono
contacts-too-large = { $path } ocupa { $size_mb } MB; skydial importa archivos de contactos de hasta 16 MB. Divídelo, o exporta solo los contactos a los que llamas
contacts-too-many = { $path } contiene más de { $max } números; skydial importa como máximo { $max } a la vez. Divide el archivo

## El archivo de ajustes

settings-unreadable = el archivo de ajustes { $path } no se puede leer en la línea { $line }, columna { $column } ({ $error }); skydial usa por ahora los ajustes predeterminados y deja el archivo como está. Corrígelo; si antes guardas ajustes, se conserva al lado como { $file }.broken
settings-cannot-read = no se puede leer el archivo de ajustes { $path }: { $error }
settings-cannot-save = no se pueden guardar los ajustes en { $path }: { $error }

## El llavero

secrets-no-keyring = no hay ningún llavero disponible

## El skydial en marcha

instance-no-answer = el skydial en marcha no respondió
instance-bad-request = skydial no pudo leer esa solicitud

## Iniciar al abrir la sesión

autostart-no-home = no se encuentra tu carpeta personal, así que skydial no puede iniciarse al abrir la sesión; comprueba que HOME está definido
autostart-bad-path = skydial no puede iniciarse al abrir la sesión desde { $path }: la ruta tiene caracteres que una entrada de inicio automático no admite; mueve skydial a una ruta más sencilla y vuelve a intentarlo
autostart-cannot-write = no se puede escribir la entrada de inicio automático { $path } ({ $error }); comprueba que { $folder } es una carpeta en la que puedes escribir y vuelve a intentarlo
autostart-cannot-remove = no se puede quitar la entrada de inicio automático { $path } ({ $error }); quítala tú para que skydial deje de iniciarse al abrir la sesión
autostart-cannot-read = no se puede leer la entrada de inicio automático { $path } ({ $error }); revísala o quítala tú
autostart-not-ours = la entrada de inicio automático { $path } no la escribió skydial, así que skydial no la toca; quítala o edítala tú y vuelve a intentarlo
autostart-reg-missing = no se puede ejecutar reg.exe ({ $error }); ¿es una instalación normal de Windows?
autostart-reg-add = no se puede añadir skydial a { $key } (reg.exe terminó con { $status }); comprueba que puedes cambiar tu propia configuración del registro
autostart-reg-delete = no se puede quitar skydial de { $key } (reg.exe terminó con { $status }); quita tú el valor { $value } con regedit

## La ayuda de la línea de órdenes: las palabras de clap

help-usage = Uso:
help-arguments = Argumentos
help-options = Opciones
help-commands = Órdenes
help-help = Mostrar la ayuda
help-version = Mostrar la versión
help-help-command = Mostrar esta ayuda o la de una orden

## Números que no se pueden marcar (la ventana, los enlaces, `skydial dial`)

number-empty = no hay ningún número que marcar
number-too-much-text = es demasiado texto para un número de teléfono (más de { $max } caracteres)
number-letters = el número contiene letras («{ $text }»); escribe los dígitos
number-spelt-too-long = «{ $form }» da { $count } dígitos, más que los 10 de un número norteamericano (3 del código de área y 7 después): quita las letras a partir de la octava
number-spelt-too-short = «{ $form }» solo da { $count ->
    [one] { $count } dígito
   *[other] { $count } dígitos
}, menos que los 10 de un número norteamericano (3 del código de área y 7 después): revisa las letras
number-bad-character = el número contiene «{ $character }», que no forma parte de un número de teléfono
number-misplaced-plus = el «+» solo puede ir al principio, antes del código de país
number-trailing-extension = no se puede marcar una extensión detrás del número (la API no envía tonos); marca { $number } e introduce la extensión en el teléfono
number-unsupported-scheme = «{ $link }»: los enlaces no se pueden marcar; copia el número de teléfono en sí
number-outside-line-prefix = quita el 9 de línea externa: la API hace las llamadas externas por sí sola (marca { $number })
number-long-distance-before-international = no pongas 1 delante de 011: marca { $number }
number-bad-area-code = un código de área no puede empezar por 0 ni por 1
number-bad-exchange = los tres dígitos después del código de área no pueden empezar por 0 ni por 1
number-bad-north-american-length = +1 debe ir seguido de un número de 10 dígitos, no de { $count ->
    [one] { $count } dígito
   *[other] { $count } dígitos
}
number-too-short = { $count ->
    [one] { $count } dígito no basta
   *[other] { $count } dígitos no bastan
}: marca una extensión de 4 dígitos o un número completo de 10 dígitos
number-too-long = { $count ->
    [one] { $count } dígito es demasiado
   *[other] { $count } dígitos son demasiados
} para un número de teléfono
number-needs-international-prefix = los números internacionales necesitan 011 (o +) y el código de país, como 011 44 20 7946 0958
number-bad-country-code = un código de país no puede empezar por 0

## The window's screens, the desk and the shells (l10n-desk)

# The desk could not take a request: $request says which (the variant), $number is the number when it is a dial.
notice-busy = { $request ->
    [sign-in] skydial está ocupado y no pudo iniciar sesión; inténtalo de nuevo en un momento.
    [sign-out] skydial está ocupado y no pudo cerrar sesión; inténtalo de nuevo en un momento.
    [answer] skydial está ocupado y no pudo contestar la llamada; inténtalo de nuevo en un momento.
    [decline] skydial está ocupado y no pudo rechazar la llamada; inténtalo de nuevo en un momento.
    [hang-up] skydial está ocupado y no pudo colgar; inténtalo de nuevo en un momento.
    [hold] skydial está ocupado y no pudo poner la llamada en espera; inténtalo de nuevo en un momento.
    [resume] skydial está ocupado y no pudo reanudar la llamada; inténtalo de nuevo en un momento.
    [dial] skydial está ocupado y no pudo marcar el { $number }; inténtalo de nuevo en un momento.
    [dial-clipboard] skydial está ocupado y no pudo marcar el portapapeles; inténtalo de nuevo en un momento.
    [history] skydial está ocupado y no pudo actualizar el historial; inténtalo de nuevo en un momento.
    [search-contacts] skydial está ocupado y no pudo buscar en los contactos; inténtalo de nuevo en un momento.
    [import-contacts] skydial está ocupado y no pudo importar los contactos; inténtalo de nuevo en un momento.
    [search-people] skydial está ocupado y no pudo buscar en los contactos y directorios; inténtalo de nuevo en un momento.
    [change-contact] skydial está ocupado y no pudo cambiar los contactos; inténtalo de nuevo en un momento.
    [directories] skydial está ocupado y no pudo cambiar los directorios; inténtalo de nuevo en un momento.
    [sync-directories] skydial está ocupado y no pudo sincronizar los directorios; inténtalo de nuevo en un momento.
    [settings] skydial está ocupado y no pudo guardar los ajustes; inténtalo de nuevo en un momento.
    [dnd] skydial está ocupado y no pudo cambiar «No molestar»; inténtalo de nuevo en un momento.
    [favourites] skydial está ocupado y no pudo cambiar los favoritos; inténtalo de nuevo en un momento.
    [link] skydial está ocupado y no pudo procesar tu respuesta al enlace; inténtalo de nuevo en un momento.
    [resolve-missed] skydial está ocupado y no pudo marcar la llamada perdida como resuelta; inténtalo de nuevo en un momento.
    [remind] skydial está ocupado y no pudo programar el recordatorio; inténtalo de nuevo en un momento.
    [note] skydial está ocupado y no pudo guardar la nota; inténtalo de nuevo en un momento.
    [export] skydial está ocupado y no pudo exportar el historial; inténtalo de nuevo en un momento.
   *[external] skydial está ocupado y no pudo atender la solicitud; inténtalo de nuevo en un momento.
}
# A call's button did nothing: $action is the button.
notice-call-stale = { $action ->
    [answer] No se pudo contestar la llamada: la llamada ya no está en ese estado.
    [decline] No se pudo rechazar la llamada: la llamada ya no está en ese estado.
   *[hang-up] No se pudo colgar: la llamada ya no está en ese estado.
    [hold] No se pudo poner la llamada en espera: la llamada ya no está en ese estado.
    [resume] No se pudo reanudar la llamada: la llamada ya no está en ese estado.
}
# A call's button failed: $action is the button, $error what went wrong.
notice-call-failed = { $action ->
    [answer] No se pudo contestar la llamada: { $error }
    [decline] No se pudo rechazar la llamada: { $error }
   *[hang-up] No se pudo colgar: { $error }
    [hold] No se pudo poner la llamada en espera: { $error }
    [resume] No se pudo reanudar la llamada: { $error }
}
# $clip: the clipboard or the selected text (the variant).
notice-clipboard-too-big = { $clip ->
   *[clipboard] No se marcó nada: el portapapeles contiene { $size } KB de texto, más de lo que skydial lee ({ $most } KB). Copia solo el número de teléfono.
    [selection] No se marcó nada: el texto seleccionado contiene { $size } KB de texto, más de lo que skydial lee ({ $most } KB). Copia solo el número de teléfono.
}
# $reason says why (a number-… message).
notice-clipboard-nothing = { $clip ->
   *[clipboard] Nada que marcar en el portapapeles: { $reason }
    [selection] Nada que marcar en el texto seleccionado: { $reason }
}
notice-clipboard-unreadable = { $clip ->
   *[clipboard] No se puede marcar el portapapeles: { $error }
    [selection] No se puede marcar el texto seleccionado: { $error }
}
notice-link-too-many = { $count ->
    [one] No marcado: no se preguntó por el { $number }, porque { $count } número ya espera tu respuesta en la ventana de skydial. Respóndelo y vuelve a intentarlo.
   *[other] No marcado: no se preguntó por el { $number }, porque { $count } números ya esperan tu respuesta en la ventana de skydial. Respóndelos y vuelve a intentarlo.
}
# A call's buttons (the calls list, the ringing banner) and their hover text.
call-action-answer = Contestar
call-action-decline = Rechazar
call-action-hang-up = Colgar
call-action-hold = Poner en espera
call-action-resume = Reanudar
# Who asks, above the number in the link question.
link-question-asker-link = Un enlace pide llamar a este número desde tu teléfono de escritorio:
link-question-asker-program = Otro programa pide llamar a este número desde tu teléfono de escritorio:
link-question-asker-clipboard = El texto copiado pide llamar a este número desde tu teléfono de escritorio (los números de tarificación especial e internacionales siempre se confirman):
desk-task-failed = la tarea en segundo plano falló: { $error }
notice-clipboard-no-number = no se encontró ningún número de teléfono en el texto copiado
notice-cannot-dial-error = No se puede marcar el { $number }: { $error }
notice-link-not-signed-in = No se puede marcar el { $number }: skydial aún no ha iniciado sesión. Abre skydial, inicia sesión y vuelve a usar el enlace.
notice-link-no-pin = No se puede marcar el { $number }: no hay ningún PIN guardado para { $user }. Abre skydial e inicia sesión con «Recordar el PIN» marcado, o inicia skydial primero; luego vuelve a usar el enlace.
notice-link-keyring = No se puede marcar el { $number }: no se pudo leer el llavero ({ $error }). Abre skydial e inicia sesión; luego vuelve a usar el enlace.
# The notice while a call is placed; it goes once the call is listed.
notice-dialling = Marcando el { $number }
notice-not-placed = El servidor no realizó la llamada al { $number }; márcalo en el teléfono.
notice-link-unreadable = No se marcó nada desde el enlace: { $error }.
notice-link-cancelled = Cancelado: no se marcó el { $number }.
# Said after "Dialling …" when a link names an extension.
notice-link-extension = El enlace indica la extensión { $extension }: márcala en el teléfono cuando contesten la llamada.
# Answers to another skydial process (printed by it).
reply-already-running = skydial ya está en marcha: se muestra su ventana.
reply-quick-dial-handed = Entregado a skydial: mira su ventana.
# $text is what the other program asked to dial.
notice-cannot-dial-text = No se puede marcar «{ $text }»: { $error }
notice-pin-not-removed = No se pudo quitar el PIN del llavero: { $error }
notice-signed-out = Sesión cerrada.
notice-sign-in-did = Introduce tu DID: tu número de teléfono de 10 dígitos, solo dígitos.
notice-sign-in-pin = Introduce tu PIN (el que usas para el buzón de voz).
notice-no-keyring = No hay ningún llavero disponible ({ $error }): skydial pedirá el PIN en cada inicio. Nunca se escribe en un archivo.
notice-keyring-unreadable = No se pudo leer el llavero ({ $error }); introduce el PIN.
# The Dial tab. $time is the callee's time of day with its zone (14:05 EST), $place where the number is.
dial-local-time = Hora local allí: { $time } ({ $place })
dial-local-time-night = Hora local allí: { $time } ({ $place }): fuera del horario de 8:00 a 21:00
# The number field's label (read by screen readers).
dial-number = Número
# Examples in the empty number field.
dial-number-hint = +1 (646) 555-1234, 1234, tel:…
dial-dial = Marcar
# $number as it reads, $digits as the phone dials it.
dial-will-dial = Se marcará el { $number } ({ $digits })
dial-type-or-paste = Escribe o pega un número.
dial-keep-typing = Sigue escribiendo: una extensión de 4 dígitos o un número completo de 10 dígitos.
# $reason says why (a number-… message).
dial-cannot-dial = No se puede marcar: { $reason }
dial-cannot-dial-nobody = No se puede marcar: { $reason }; tampoco es el nombre de nadie en tus contactos o directorios
dial-clipboard = Marcar el portapapeles
dial-add-favourite = Añadir a favoritos
# The dial pad's key that deletes the last digit (short: a key's width), and its hover text.
dial-pad-delete = Supr
dial-pad-delete-hint = Borrar el último dígito
dial-favourites = Favoritos
dial-favourite-call = Llamar
dial-favourite-remove = Quitar
# The window that asks which of the clipboard's numbers to dial.
dial-pick-title = ¿Qué número?
dial-pick-clipboard = El portapapeles tiene varios números. Elige el que quieres marcar:
# A button per number found.
pick-dial = Marcar el { $number }
# The Calls tab with no calls: its number field.
calls-number = Número al que llamar
calls-number-hint = +1 (646) 555-1234, 1234, tel:…
calls-call = Llamar
calls-will-dial = Se marcará el { $number } ({ $digits })
calls-keep-typing = Sigue escribiendo: una extensión de 4 dígitos o un número completo de 10 dígitos.
calls-cannot-dial = No se puede marcar: { $reason }
# A call's state, on its coloured chip (short).
calls-state-ringing = Sonando
calls-state-calling = Llamando…
calls-state-connected = Conectada
calls-state-on-hold = En espera
calls-state-ended = Finalizada
calls-none = No hay llamadas ahora mismo.
calls-none-how = Escribe un número para llamar, o marca desde la pestaña «Marcar», la bandeja del sistema o el atajo de teclado con un número en el portapapeles.
# Hover text of a call's duration; $duration is 1:05 or 1:02:05.
calls-talking-for = Hablando desde hace { $duration }
calls-calling-for = Llamando desde hace { $duration }
calls-ringing-for = Sonando desde hace { $duration }
# A call's details, small, joined by " · ": the number dialled, the direction, how long it rang.
calls-detail-to = al { $number }
calls-detail-outgoing = saliente
calls-detail-incoming = entrante
calls-detail-rang = sonó { $duration }
# Hover text on a caller's name: where the name came from.
calls-name-from-contacts = { $name }: de tus contactos
calls-name-from-directory = { $name }: del directorio { $directory }
calls-from-contacts = de tus contactos
calls-from-directory = del directorio { $directory }
# Where the caller is, when it is night there: $place is "New York, NY, 23:40 EST".
calls-place-night = { $place } (allí es de noche)
calls-save-contact = Guardar como contacto
calls-save-contact-hint = Guardar el { $number } como contacto
# A call button's hover text: its name and its keyboard shortcut (Ctrl+Enter).
calls-action-hint = { $action } ({ $shortcut })
# The banner over the other tabs while a call rings.
ringing-is-calling = { $caller } te está llamando
# The quick-dial prompt (the hotkey).
quick-dial-title = Marcación rápida
quick-dial-field = Número, o texto que contenga un número:
quick-dial-hint = +1 (646) 555-1234
quick-dial-will-dial = Se marcará el { $number }
quick-dial-phone-dials = El teléfono marca el { $digits }.
quick-dial-type-or-paste = Escribe o pega un número.
quick-dial-several = Este texto tiene varios números. Elige el que quieres marcar:
quick-dial-no-number = no se encontró ningún número de teléfono en este texto
quick-dial-cannot-dial = No se puede marcar: { $reason }
quick-dial-cannot-dial-nobody = No se puede marcar: { $reason }; tampoco es el nombre de nadie en tus contactos o directorios
quick-dial-dial = Marcar
quick-dial-close = Cerrar
quick-dial-keys = Intro marca; Esc cierra.
# Under the numbers offered: how many more were found.
pick-more = { $count ->
    [one] { $count } número más no se muestra: copia solo el número que quieras.
   *[other] { $count } números más no se muestran: copia solo el número que quieras.
}
ringing-more = { $count ->
    [one] { $count } llamada más está sonando: mira la pestaña «Llamadas».
   *[other] { $count } llamadas más están sonando: mira la pestaña «Llamadas».
}
# The History tab.
history-search = Buscar
history-search-hint = nombre o número
history-all = Todas las llamadas
history-missed-only = Llamadas perdidas
history-refresh = Actualizar
history-mark-all-seen = Marcar todas las perdidas como vistas
history-empty = Todavía no hay llamadas.
history-no-match = Ninguna llamada coincide.
# A day heading for calls whose time cannot be read.
history-unknown-day = Día desconocido
history-incoming = Entrante
history-outgoing = Saliente
history-in-progress = En curso
# A missed call not yet seen.
history-missed-new = Perdida (nueva)
history-missed = Perdida
# $duration: 1:05 or 1:02:05.
history-talked = Duración { $duration }
history-no-answer = Sin respuesta
history-call-back = Devolver la llamada
history-mark-seen = Marcar como vista
# The window's tabs.
tab-calls = Llamadas
tab-calls-hint = Las llamadas de tu teléfono ahora
tab-dial = Marcar
tab-history = Historial
tab-contacts = Contactos
tab-settings = Ajustes
# The Do not disturb box at the top of the window, and its hover text ($until: 17:30, or a date and a time).
dnd = No molestar
dnd-hint = Las llamadas entrantes se rechazan y se registran como perdidas
dnd-hint-until = Hasta { $until }: las llamadas entrantes se rechazan y se registran como perdidas
# The sign-in screen.
sign-in-title = Iniciar sesión en ShoreTel Sky
sign-in-intro = Tu número de ShoreTel Sky (DID) y el PIN que usas para el buzón de voz.
sign-in-server = Servidor
sign-in-did = DID
sign-in-did-hint = 10 dígitos, p. ej. 6465551000
sign-in-did-problem = Introduce tu DID: tu número de teléfono de 10 dígitos, solo dígitos.
sign-in-pin = PIN
sign-in-pin-problem = Introduce tu PIN (el que usas para el buzón de voz).
sign-in-ca-file = Archivo de certificado de la CA (opcional)
sign-in-ca-file-hint = solo detrás de un proxy TLS de la empresa
sign-in-remember = Recordar el PIN en el llavero del sistema
sign-in-submit = Iniciar sesión
sign-in-signing-in = Iniciando sesión…
# The question a link (or another program) asks before dialling.
link-question-title = ¿Marcar este número?
link-question-phone-dials = El teléfono marca el { $digits }.
link-question-extension = El enlace indica la extensión { $extension }: el teléfono no puede enviarla por ti; márcala cuando contesten la llamada.
link-question-cancel = Cancelar
link-question-dial = Marcar
link-question-keys = Intro o Esc cancela.
# A window that is only a link's question.
link-only-close = Cerrar
link-only-dialling = Marcando…
# The status area: the connection, and who is signed in ($status is the connection's state, $user the DID as it reads).
status-as-user = { $status } como { $user }
status-hint = Conexión con la API de Sky
status-dismiss = Descartar
notice-close-to-tray = skydial sigue en marcha en la bandeja del sistema; elige «Salir» allí para cerrarlo.
# The Calls tab's badge, as a screen reader says it.
tab-calls-count = { $count ->
    [one] { $count } llamada
   *[other] { $count } llamadas
}
# Why the window could not open or run (the command line prints it after "cannot start:").
window-no-display = no se puede abrir la ventana: no hay pantalla (no está definido ni DISPLAY ni WAYLAND_DISPLAY). Inicia skydial desde tu sesión de escritorio o usa su línea de órdenes (skydial --help).
# $why is the window system's own words, $display the display's name.
window-cannot-open = no se puede abrir la ventana: { $why }. ¿Se puede acceder a la pantalla ({ $display }) desde esta sesión?
window-cannot-draw = no se puede dibujar en la ventana: { $error }
window-event-loop-failed = el bucle de eventos de la ventana falló: { $error }
# The GPU shell was asked to show its window on Wayland (--renderer cpu is a flag: keep it).
window-gpu-cannot-show = En Wayland, la interfaz GPU no puede traer su ventana al frente por sí misma: se le pidió al escritorio (GNOME avisa de que skydial está listo; haz clic ahí, o en skydial en el dock o la barra de tareas). La interfaz CPU (--renderer cpu) la trae de vuelta ella misma.
# The --demo banner: $server is the simulator's address (its control page is at $server/control/).
demo-banner = Demo: un simulador integrado en { $server } (usuario { $user }, PIN { $pin }); de vez en cuando suenan llamadas y las salientes se contestan a los { $answered_after } s. Contrólalo en { $server }/control/.
notice-demo-contacts = No se pudieron añadir los contactos de la demo: { $error }
notice-no-system-keyring = No hay ningún llavero del sistema disponible ({ $error }): skydial pide el PIN en cada inicio y nunca lo escribe en un archivo.
reply-quitting = skydial se está cerrando; inténtalo de nuevo en un momento.
reply-no-answer = skydial no respondió; inténtalo de nuevo.
notice-socket-unreachable = Los enlaces y `skydial dial` no pueden llegar a esta ventana ({ $error }); funcionarán por su cuenta.
# Why skydial could not start (the command line prints it after "cannot start:").
app-cannot-start-runtime = no se puede iniciar el entorno de ejecución en segundo plano: { $error }
app-cannot-start-demo = no se puede iniciar el simulador de la demo: { $error }
# What a link's asker is told when the window showing its question was closed.
reply-window-closed = Cancelado: se cerró la ventana; no se marcó nada.

## The desktop around the window: tray, screen pops, hotkey (branch l10n-desktop)

tray-tooltip-ringing = skydial: llama { $caller }
tray-tooltip-connected = skydial: conectado
tray-tooltip-offline = skydial: sin conexión
tray-tooltip-dnd = no molestar
tray-tooltip-dnd-until = no molestar hasta las { $time }
tray-call = Llamar a { $name }
tray-no-recent = Aún no hay números recientes
tray-dial-clipboard = Marcar el portapapeles
tray-dnd = No molestar
tray-dnd-hour = No molestar durante una hora
tray-dnd-tomorrow = No molestar hasta mañana
tray-show-window = Mostrar la ventana
tray-quit = Salir
tray-cannot-check = No se puede comprobar si hay una bandeja del sistema ({ $error }); al cerrar la ventana se sale de skydial.
tray-none-running = Aquí no hay ninguna bandeja del sistema: la ventana sigue a tu alcance y al cerrarla se sale de skydial.
tray-none = Aquí no hay bandeja del sistema ({ $error }): la ventana sigue a tu alcance y al cerrarla se sale de skydial.
pop-calling = Llama { $caller }
pop-dialled = Marcado: { $number }
pop-night = { $place } (fuera de 8:00-21:00 allí)
pop-answer = Contestar
pop-ignore = Rechazar
pop-show-call = Ver la llamada
pop-too-many = { $count ->
    [one] Suena más de { $count } llamada: la ventana las muestra todas; las notificaciones muestran solo la primera.
   *[other] Suenan más de { $count } llamadas: la ventana las muestra todas; las notificaciones muestran solo las { $count } primeras.
}
pop-no-service = No hay ningún servicio de notificaciones en marcha ({ $error }); skydial muestra su ventana para las llamadas entrantes.
pop-windows-no-toasts = este Windows no tiene notificaciones emergentes, error { $code }
pop-windows-error-no-text = Windows dio el error { $code } sin descripción
pop-windows-error = { $message }, error { $code }
hotkey-status-off = Sin registrar (sin integración con el escritorio).
hotkey-status-saved = { $keys } está guardado (no hay integración con el escritorio para registrarlo).
hotkey-status-registered = { $keys } marca el número del portapapeles.
hotkey-status-asking = Pidiendo al escritorio el atajo { $keys }…
hotkey-status-desktop = { $keys } marca el número del portapapeles (un atajo del escritorio, a través del portal del escritorio: cámbialo en los ajustes de teclado de tu escritorio).
hotkey-status-desktop-unnamed = El atajo del escritorio marca el número del portapapeles (un atajo del escritorio, a través del portal del escritorio: cámbialo en los ajustes de teclado de tu escritorio).
hotkey-status-kde = { $keys } marca el número del portapapeles (un atajo global de KDE, registrado en KGlobalAccel: cámbialo en Preferencias del sistema, Atajos, en skydial).
hotkey-status-kde-unnamed = El atajo del escritorio marca el número del portapapeles (un atajo global de KDE, registrado en KGlobalAccel: cámbialo en Preferencias del sistema, Atajos, en skydial).
hotkey-status-not-changed-old = { $why }. { $old } sigue marcando el portapapeles; el atajo no se ha cambiado.
hotkey-status-not-changed = { $why }. El atajo no se ha cambiado.
hotkey-no-session = El atajo del portapapeles necesita una sesión de escritorio (X11 o Wayland) y no hay ninguna: usa «Marcar el portapapeles» en la bandeja, o asigna una tecla a la orden `skydial quick-dial` en los ajustes de teclado de tu escritorio.
hotkey-register = no se puede registrar el atajo { $keys }: { $why }
hotkey-no-global = aquí no se pueden usar atajos globales: { $why }
hotkey-taken = no se puede registrar { $keys } (puede que lo use otro programa): { $why }
hotkey-refused = El escritorio no le dio a skydial un atajo global ({ $why }); usa «Marcar el portapapeles» en la bandeja, o asigna una tecla a la orden `skydial quick-dial` en los ajustes de teclado de tu escritorio.
hotkey-invalid = el atajo «{ $keys }» no es válido ({ $why }); escríbelo como ctrl+alt+d
hotkey-fault-empty = está vacío
hotkey-fault-modifier = modificador desconocido «{ $modifier }»
hotkey-fault-key = la tecla debe ser una letra, un dígito, de F1 a F12 o space
hotkey-fault-no-modifier = usa al menos Ctrl, Alt o Super, o escribir lo activaría
hotkey-why-in-use = otro programa ya lo usa
hotkey-why-no-screen = no hay pantalla X
hotkey-why-no-key = el teclado no tiene la tecla { $key }
hotkey-why-unreadable = global-hotkey no puede leerlo ({ $error })
hotkey-why-not-bound = el escritorio no asignó el atajo
hotkey-why-portal-gone = el portal del escritorio ha desaparecido
hotkey-why-kde-not-running = KGlobalAccel de KDE no está en marcha
hotkey-why-kde-no-keys = KDE no le dio teclas a skydial: puede que las use otro programa
hotkey-why-kde-gone = KGlobalAccel de KDE ha desaparecido
hotkey-no-key = Ninguna tecla
hotkey-shortcut-name = Marcar el número de teléfono del portapapeles
hotkey-portal-description = Marcar el número de teléfono del portapapeles (skydial)

## The Settings, Contacts and calls-as-work screens, and their notices (l10n-screens)

# The Settings screen
settings-account = Cuenta
settings-signed-in-as = Sesión iniciada como { $user } en { $server }
settings-sign-out = Cerrar sesión
settings-sign-out-forget-pin = Cerrar sesión y olvidar el PIN
settings-phone-and-calls = Teléfono y llamadas
settings-endpoint = Terminal del teléfono (MAC)
settings-endpoint-hint = déjalo vacío salvo que tu aprovisionamiento lo necesite
settings-hotkey = Atajo del portapapeles
settings-hotkey-action = Al pulsar el atajo
settings-hotkey-action-prompt = Mostrar el número en el marcado rápido
settings-hotkey-action-dial = Marcar enseguida
settings-hotkey-reads = El atajo lee
settings-hotkey-reads-clipboard = El portapapeles (texto copiado)
settings-hotkey-reads-selection = El texto seleccionado (sin necesidad de copiarlo)
settings-theme = Apariencia
settings-theme-system = Igual que el escritorio
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-notifications = Avisos de llamada para las llamadas entrantes
settings-do-not-disturb = No molestar (las llamadas entrantes se ignoran y se registran como perdidas)
settings-start-minimised = Iniciar minimizado en la bandeja
settings-close-to-tray = Al cerrar la ventana, skydial sigue en la bandeja
settings-start-at-login = Iniciar skydial al entrar en mi sesión (oculto en la bandeja)
settings-trusted-links = Marcar los enlaces tel: y callto: sin preguntar (nunca números internacionales ni de tarificación especial)
settings-hooks = Página y programa de llamada
settings-hooks-url-on-ring = Página que se abre cuando suena una llamada
settings-hooks-url-on-answer = Página que se abre cuando se contesta una llamada
settings-hooks-command = Programa que se ejecuta al sonar, contestar y terminar
settings-hooks-help = En una página se rellenan { $number }, { $name }, { $clid }, { $call_id } y { $direction }. El programa los recibe como SKYDIAL_NUMBER, SKYDIAL_NAME, SKYDIAL_CLID, SKYDIAL_CALL_ID, SKYDIAL_DIRECTION y SKYDIAL_EVENT (ring, answer, end); ningún shell lee su línea.
settings-hooks-unclosed-quote = La línea del programa tiene unas comillas sin cerrar.
settings-about = Acerca de skydial
settings-about-version = Versión
settings-about-log = Registro
settings-about-data = Historial y contactos
settings-about-settings = Ajustes
settings-about-none = (ninguno en este sistema)
# The Contacts screen and the contact form
contacts-search = Buscar contactos
contacts-new = Nuevo contacto
contacts-import-file = Archivo que importar
contacts-import-file-hint = /ruta/a/contactos.vcf o .csv
contacts-import = Importar
contacts-drop-hint = También puedes soltar un archivo .vcf o .csv en la ventana.
contacts-delete-question = ¿Eliminar el contacto { $name }?
contacts-delete-confirm = Eliminarlo
contacts-delete-keep = Conservarlo
contacts-none-yet = Aún no hay contactos: añade uno con «Nuevo contacto», importa un archivo o añade un directorio de empresa en Ajustes.
contacts-nobody-matches = Nadie en tus contactos ni en tus directorios coincide.
contacts-person-from = { $name }: { $source }
contacts-edit = Editar
contacts-edit-who = Editar a { $name }
contacts-delete = Eliminar
contacts-delete-who = Eliminar a { $name }
contacts-call = Llamar
contacts-call-who = Llamar a { $name } ({ $kind })
contacts-source-contacts = contactos
contacts-kind-work = trabajo
contacts-kind-mobile = móvil
contacts-kind-home = casa
contacts-kind-ip = teléfono IP
contacts-kind-other = otro
contacts-form-new = Nuevo contacto
contacts-form-edit = Editar contacto
contacts-form-name = Nombre
contacts-form-company = Empresa
contacts-form-number = Número { $position }
contacts-form-remove = Quitar
contacts-form-remove-number = Quitar el número { $position }
contacts-form-add-number = Añadir un número
contacts-form-save = Guardar contacto
contacts-form-cancel = Cancelar
contacts-form-cannot-save = No se puede guardar: { $error }.
people-keys-hint = Arriba y Abajo eligen; Intro marca.
contacts-form-kind = Tipo del número { $position }
# Settings' Directories section
directories = Directorios
directories-about = Los directorios de empresa (LDAP, Active Directory, CardDAV) ponen nombre a quien te llama y te permiten marcar por nombre. Se sincronizan en segundo plano; los nombres se quedan cuando no se puede llegar a un servidor.
directories-not-synced-yet = { $name }: aún sin sincronizar
directories-sync-now = Sincronizar ahora
directories-sync-now-which = Sincronizar { $name } ahora
directories-remove = Quitar
directories-remove-which = Quitar { $name }
directories-none-yet = Aún no hay directorios.
directories-remove-question = ¿Quitar el directorio { $name }? Sus nombres desaparecen de skydial (no del servidor).
directories-remove-confirm = Quitarlo
directories-remove-keep = Conservarlo
directories-add = Añadir un directorio
directories-name = Nombre del directorio
directories-url = URL del servidor
directories-url-hint = ldaps://dc1.corp.example.com o https://dav.example.com
directories-base = DN base (LDAP, opcional)
directories-login = Usuario o DN de enlace
directories-login-hint = ada@corp.example.com; vacío: anónimo
directories-password = Contraseña del directorio
directories-password-kept = La contraseña se guarda en el llavero del sistema, nunca en el archivo de ajustes.
directories-add-button = Añadir directorio
directories-need-history = Los directorios necesitan la base de datos del historial, que skydial no pudo abrir.
directories-cannot-add = No se puede añadir: { $error }.
directory-status-synced = { $name }: sincronizado { $ago } ({ $count ->
    [one] { $count } persona
   *[other] { $count } personas
})
directory-status-never = { $name }: nunca sincronizado
directory-status-and = { $status }; { $more }
directory-status-syncing = sincronizando ahora
directory-status-failed = el último intento ({ $when }) falló: { $error }. Los nombres sincronizados antes siguen funcionando
directory-ago-just-now = hace un momento
directory-ago-minutes = { $count ->
    [one] hace { $count } min
   *[other] hace { $count } min
}
directory-ago-hours = { $count ->
    [one] hace { $count } h
   *[other] hace { $count } h
}
directory-ago-days = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
# Settings' Rules for ringing calls
rules = Reglas para las llamadas entrantes
rules-about = Solo funcionan mientras skydial está en marcha. Una llamada ignorada va al buzón de voz; el historial dice por qué.
rules-outside-working-hours = No molestar fuera del horario laboral
rules-working-hours-monday = Horario laboral del lunes
rules-working-hours-tuesday = Horario laboral del martes
rules-working-hours-wednesday = Horario laboral del miércoles
rules-working-hours-thursday = Horario laboral del jueves
rules-working-hours-friday = Horario laboral del viernes
rules-working-hours-saturday = Horario laboral del sábado
rules-working-hours-sunday = Horario laboral del domingo
rules-working-hours-hint = vacío: ninguno; o 09:00-17:00
rules-dnd-until = No molestar hasta
rules-dnd-for-an-hour = Durante una hora
rules-dnd-until-tomorrow = Hasta mañana
rules-dnd-clear = Borrar
rules-vip = VIP (suenan aunque esté activo «No molestar»)
rules-vip-hint = un número o el nombre de un contacto, uno por línea
rules-ignore = Ignorar siempre (spam)
rules-ignore-hint = un número, o un prefijo terminado en *, uno por línea
rules-pause-media = Pausar la música y los vídeos mientras suena o dura una llamada
# Calls as work: the missed calls to do, Export…, the note editor
work-missed-to-do = { $count ->
    [one] Llamadas perdidas pendientes ({ $count })
   *[other] Llamadas perdidas pendientes ({ $count })
}
work-missed-times = { $count ->
    [one] Perdida { $last }
   *[other] Perdida { $count } veces, la última { $last }
}
work-call-back = Devolver la llamada
work-remind-me = Recordármelo
work-remind-in-15-minutes = Dentro de 15 minutos
work-remind-in-an-hour = Dentro de una hora
work-remind-tomorrow = Mañana a las { $time }
work-remind-at = Fecha y hora…
work-remind-set = Fijar
work-missed-done = Hecho
work-export-to = Exportar a
work-export-as = Exportar como
work-export = Exportar…
work-note-title = Nota sobre la llamada con { $who }
work-note = Nota
work-note-save = Guardar nota
work-note-cancel = Cancelar
work-note-add = Añadir nota
work-note-edit = Editar nota
work-note-shown = Nota: { $note }
work-live-note = Nota
notice-rules-could-not-ignore = «No molestar» no pudo ignorar una llamada: { $error }
notice-missed-not-done = No se pudo marcar la llamada perdida como hecha: { $error }
notice-note-saved = Nota guardada.
notice-note-no-call = No se pudo guardar la nota: esa llamada no está (todavía) en el historial; vuelve a intentarlo cuando aparezca allí.
notice-note-not-saved = No se pudo guardar la nota: { $error }
notice-history-unreadable = No se pudo leer el historial de llamadas: { $error }
notice-reminder-not-set = No se pudo crear el recordatorio: { $error }
notice-reminder-set = Te recordaremos devolver la llamada a { $who }: { $when }.
notice-exported = { $count ->
    [one] Se exportó { $count } llamada
   *[other] Se exportaron { $count } llamadas
} a { $path }.
notice-not-exported = No se pudo exportar el historial a { $path }: { $error }. Elige otro archivo u otra carpeta y vuelve a intentarlo.
notice-reminder-due = Recordatorio: { $summary }.
reminder-call-back = Devolver la llamada a { $who }
reminder-call-back-late = Devolver la llamada a { $who } (recordatorio de { $when }, con retraso)
reminder-title = Recordatorio de skydial
# The desk's notices about history, contacts and directories
notice-not-marked-seen = No se pudo marcar como vista: { $error }
notice-contacts-search-failed = No se pudo buscar en los contactos: { $error }
notice-people-search-failed = No se pudo buscar en los contactos y directorios: { $error }
notice-contact-added = { $name } guardado como contacto.
notice-contact-updated = Contacto { $name } guardado.
notice-contact-deleted = Contacto eliminado.
notice-contact-invalid = No se pudo guardar el contacto: { $error }.
notice-contact-not-saved = No se pudo guardar el contacto: { $error }
notice-contact-not-deleted = No se pudo eliminar el contacto: { $error }
notice-contact-gone-not-saved = No se pudo guardar el contacto: ya no está en tus contactos.
notice-contact-gone-not-deleted = No se pudo eliminar el contacto: ya no está en tus contactos.
notice-directories-no-database = Los directorios no se pueden sincronizar: skydial no tiene base de datos del historial.
notice-directory-sync-failed = { $name }: { $error }. Los nombres sincronizados antes siguen funcionando.
notice-directories-not-synced = No se pudieron sincronizar los directorios: { $error }
notice-contacts-not-imported = No se pudieron importar los contactos: { $error }
notice-contacts-imported = { $path } importado: { $count ->
    [one] { $count } número leído
   *[other] { $count } números leídos
}, { $added ->
    [one] { $added } nuevo
   *[other] { $added } nuevos
}.
# The desk's notices about settings
notice-dnd-on = «No molestar» está activado: las llamadas entrantes se ignoran y se registran como perdidas.
notice-dnd-off = «No molestar» está desactivado.
notice-dnd-until = «No molestar» hasta { $when }: las llamadas entrantes se ignoran y se registran como perdidas.
notice-directory-not-added = No se pudo añadir el directorio: { $error }.
notice-directory-name-taken = No se pudo añadir el directorio: ya hay uno llamado { $name }; elige otro nombre.
notice-directory-password-not-kept = La contraseña de { $name } no se guarda ({ $error }): define { $variable } cada vez que skydial lo sincronice.
notice-directories-not-updated = No se pudieron actualizar los directorios: { $error }
notice-directory-removed = Directorio { $name } quitado: sus nombres y su contraseña guardada.
notice-directory-added = Directorio { $name } añadido: se sincroniza ahora.
notice-start-at-login-on = skydial se inicia oculto en la bandeja al entrar en tu sesión ({ $path }).
notice-start-at-login-off = skydial ya no se inicia al entrar en tu sesión.
notice-start-at-login-no-program = skydial no encuentra su propio archivo de programa ({ $error }), así que no puede iniciarse al entrar en la sesión.
contacts-check-needs-name = un contacto necesita un nombre
contacts-check-needs-number = un contacto necesita al menos un número
contacts-check-not-a-number = { $number } no es un número de teléfono (necesita al menos 4 dígitos y como mucho { $max } caracteres)
reminders-bad-time = escribe la fecha y la hora como YYYY-MM-DD HH:MM (por ejemplo, 2026-03-31 14:30)
reminders-time-passed = esa hora ya ha pasado: elige una hora futura
reminders-too-far-ahead = eso es dentro de más de un año: elige una fecha más cercana
rules-problem = { $field }: { $error }
rules-problem-not-a-span = { $part } no es un intervalo de horas como 09:00-17:30
rules-problem-until = { $until } no es una hora ISO 8601 (por ejemplo, 2026-03-31T17:00:00+02:00); «No molestar» hasta una hora está desactivado
rules-problem-not-a-prefix = { $entry } en «Ignorar siempre» no es un prefijo de número
rules-problem-not-a-number = { $entry } en «Ignorar siempre» no es un número (un prefijo termina en *, como 1900*)
rules-problem-no-hours = «No molestar» fuera del horario laboral está activado, pero no hay horario laboral: se ignoran todas las llamadas

## Missed calls' notifications (src/app/desktop/pops)

pop-missed-summary = Llamada perdida de { $who }
pop-missed-at = Sin respuesta a las { $time }
pop-missed-show = Ver llamadas perdidas
pop-missed-call-back = Devolver la llamada
pop-missed-remind = Recordármelo en 15 minutos

## What a number costs (the link question)

number-cost-premium = Este es un número de tarificación adicional (900 o 976): las llamadas pueden costar mucho.
number-cost-plus-one-abroad = Este número +1 está en { $country }, no en EE. UU. ni en Canadá: se factura como llamada internacional. Una llamada perdida desde un número así, hecha para que usted devuelva la llamada, es una estafa habitual (la estafa de «una sola llamada»).
number-cost-international = Este es un número internacional.

## Keys, as a keyboard names them (the call buttons' shortcuts: "Ctrl+Shift+D")

key-ctrl = Ctrl
key-shift = Mayús
key-enter = Intro

## Contactos: el selector de archivos del sistema para importar (rama chooser)

contacts-choose-file = Elegir un archivo…
contacts-choose-file-help = Abre el selector de archivos del sistema; se importa el archivo vCard (.vcf) o CSV que elijas
chooser-title-import = Importar contactos
chooser-accept-import = Importar
chooser-filter-contacts = Contactos (vCard, CSV)
chooser-filter-vcard = vCard (.vcf)
chooser-filter-csv = CSV (.csv)
chooser-none = Aquí no se puede abrir ningún selector de archivos ({ $reason }). Escribe la ruta del archivo en Import file y pulsa Import, o suelta el archivo sobre la ventana.
chooser-failed = El selector de archivos falló ({ $reason }). Escribe la ruta del archivo en Import file y pulsa Import, o suelta el archivo sobre la ventana.
chooser-not-local = { $uri } no es un archivo de este ordenador
chooser-off = los servicios del escritorio están desactivados
chooser-not-here = este sistema no tiene un selector de archivos que skydial sepa abrir
chooser-title-export = Exportar el historial de llamadas
chooser-accept-export = Exportar
chooser-filter-json = JSON (.json)
export-choose-file = Elegir dónde…
export-choose-file-help = Abre el diálogo Guardar del sistema; el historial se exporta al archivo que elijas

## Names, places and saving callers (branch dirpop)

link-question-name-from-contacts = { $name }: de tus contactos
link-question-name-from-directory = { $name }: del directorio { $directory }
pop-save-contact = Guardar como contacto

## Directory and hook errors

directory-error-bad-url = la URL del directorio { $url } no se puede usar: { $reason }
directory-error-insecure = { $host } es otro ordenador: su contraseña y los nombres viajarían sin cifrar por http:// o ldap://. Usa https:// (CardDAV) o ldaps:// (LDAP)
# $name: a directory's name as typed.
directory-error-not-found = ningún directorio se llama «{ $name }»; `skydial directory list` los muestra
directory-error-exists = ya existe un directorio llamado «{ $name }»; quítalo primero o elige otro nombre
directory-error-ca-file = no se puede usar el archivo de CA { $path }: { $reason }
# $detail: the system's words for the failure.
directory-error-connect = no se puede contactar con el servidor de directorio { $server } ({ $detail }); comprueba la URL y la red
directory-error-timeout = el servidor de directorio { $server } no respondió en { $seconds } s; puede estar sobrecargado o un cortafuegos descarta la conexión. skydial conserva los nombres sincronizados y lo vuelve a intentar más tarde
directory-error-certificate = el certificado de { $server } no es de confianza ({ $detail }); si tu empresa tiene su propia autoridad de certificación, pasa su certificado con --ca-file
directory-error-no-starttls = { $server } no ofrece StartTLS, y la contraseña y los nombres viajarían sin cifrar; usa ldaps://, o pide al administrador del directorio que active TLS
directory-error-auth = { $server } rechazó el inicio de sesión ({ $detail }); comprueba el nombre de usuario y la contraseña
directory-error-no-password = no hay contraseña para el directorio { $name }: define SKYDIAL_DIRECTORY_PASSWORD, o vuelve a añadir el directorio para guardar su contraseña en el llavero
directory-error-garbage = { $server } respondió algo que skydial no puede leer ({ $detail }); ¿es la URL correcta?
# $what: ldap (one LDAP message) or answer (one HTTP answer).
directory-error-too-large = { $server } envió { $what ->
    [ldap] un mensaje LDAP
   *[answer] una respuesta
} de más de { $limit_mb } MB; skydial deja de leer ahí y conserva los nombres que tiene
# $detail: the server's own words.
directory-error-server = { $server } respondió: { $detail }
directory-error-redirect = { $server } redirige a { $location }, otro servidor: añade el directorio con esa URL si confías en él
directory-error-no-address-book-home = { $server } no tiene libreta de direcciones: no indica ninguna carpeta de libretas para este usuario (¿es un servidor CardDAV?)
directory-error-no-address-book = { $server } no tiene libreta de direcciones para este usuario
# $want: the address book asked for; $has: the names of those it has, with commas.
directory-error-no-address-book-named = { $server } no tiene ninguna libreta de direcciones llamada «{ $want }»; tiene: { $has }
directory-error-too-many = { $server } contiene más de { $limit } entradas; skydial guarda hasta { $limit } por directorio. Acótalo con --base
directory-error-settings = no se pueden guardar los ajustes: { $error }
directory-error-bind-not-carddav = --bind espera un DN de LDAP; un servidor CardDAV espera --user
directory-error-name-length = el nombre de un directorio tiene de 1 a 64 caracteres, como Corp o Shared
directory-error-name-characters = el nombre de un directorio no tiene caracteres de control ni espacios alrededor
# $name: the name kept for the user's own contacts.
directory-error-name-contacts = «{ $name }» nombra tus propios contactos; elige otro nombre
directory-error-service-stopped = el servicio de directorio se ha detenido; reinicia skydial
directory-error-not-ldap = { $url } no es una URL de LDAP (ldap:// o ldaps://)
directory-error-not-carddav = { $url } no es una URL de CardDAV (https://)
directory-error-no-base = { $server } no dice dónde están sus entradas: pasa --base, como DC=corp,DC=example,DC=com
# Why a directory URL cannot be used (after "the directory URL … cannot be used: ").
directory-url-no-user = deja los nombres de usuario y las contraseñas fuera de la URL: usa --user o --bind, y SKYDIAL_DIRECTORY_PASSWORD o la petición de contraseña
directory-url-no-query = una URL de directorio no lleva consulta (?...) ni fragmento (#...)
directory-url-no-host = no tiene host
directory-url-scheme = usa ldap://, ldaps:// (LDAP, Active Directory) o https:// (CardDAV), no { $scheme }://
# What a directory's sync did: Settings shows it, `skydial directory sync` prints it.
# $protocol: ldap or carddav; $how: changes (only changes asked for) or full; $seconds: how long, like 1.5.
directory-sync-summary = { $name }: { $added ->
    [one] { $added } añadido
   *[other] { $added } añadidos
}, { $changed ->
    [one] { $changed } cambiado
   *[other] { $changed } cambiados
}, { $removed ->
    [one] { $removed } eliminado
   *[other] { $removed } eliminados
}, { $unchanged } sin cambios ({ $protocol ->
    [ldap] { $fetched ->
        [one] { $fetched } entrada leída
       *[other] { $fetched } entradas leídas
    }
   *[carddav] { $fetched ->
        [one] { $fetched } tarjeta leída
       *[other] { $fetched } tarjetas leídas
    }
}, { $protocol ->
    [ldap] { $requests ->
        [one] { $requests } página
       *[other] { $requests } páginas
    }
   *[carddav] { $requests ->
        [one] { $requests } petición
       *[other] { $requests } peticiones
    }
}, { $how ->
    [changes] solo cambios
   *[full] listado completo
}, { $seconds } s)
# The call hook (Settings > Call page and hook): why its program failed. $reason, $status: the words below or the system's.
hook-cannot-run = no se puede ejecutar: { $reason }
hook-failed = { $status }
# $stderr: the first line the program wrote to its error output.
hook-failed-saying = { $status } ({ $stderr })
# $after: like "5 s" or "500 ms".
hook-timed-out = se ejecutó más de { $after } y se detuvo
hook-no-such-program = no existe ese programa; indica su ruta completa o comprueba que está instalado
hook-permission-denied = permiso denegado; comprueba que es un programa que puedes ejecutar (chmod +x)
hook-exit-status = código de salida { $code }
hook-stopped-by-signal = detenido por la señal { $signal }
hook-no-program-set = no hay ningún programa configurado
hook-no-opener-set = no hay ningún programa configurado para abrir páginas
# Shown once when the hook fails; $failure: one of the texts above.
hook-command-failure = El programa de llamada `{ $program }` falló: { $failure }. skydial no volverá a decirlo hasta que funcione; corrígelo en Ajustes > Página y programa de llamada.
# $opener: the program that opens web pages (xdg-open).
hook-page-failure = No se pudo abrir la página de llamada (`{ $opener }`: { $failure }). skydial no volverá a decirlo hasta que funcione; comprueba que hay un navegador web predeterminado, o cambia la página en Ajustes > Página y programa de llamada.
hook-template-failure = No se puede abrir la página de llamada: { $error }. skydial no volverá a decirlo hasta que funcione; corrígela en Ajustes > Página y programa de llamada.
hook-settings-ring-page = La página que se abre cuando suena una llamada no se puede usar: { $error }.
hook-settings-answer-page = La página que se abre cuando se contesta una llamada no se puede usar: { $error }.
hook-settings-no-program = El programa de llamada tiene argumentos pero ningún programa: pon el programa primero.
hook-settings-shell-line = El programa de llamada `{ $line }` parece una línea de órdenes de shell, pero skydial no ejecuta ningún shell: indica el programa y luego cada argumento por separado.
# Why a page URL cannot be used. {number} and the other placeholders stay as they are.
hook-page-url-blank = la URL de la página está vacía; déjala vacía solo para no abrir ninguna página
hook-page-url-not-web = la URL de la página debe empezar por http:// o https:// (empieza por { $start }): skydial solo abre páginas web; escríbela como https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-no-host = la URL de la página no tiene sitio después de //; escríbela como https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-placeholder-in-host = la parte del sitio de la URL no puede llevar variables ni llaves, para que quien llama nunca elija el sitio; pon las variables en la ruta o en la consulta, como https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-bad-character = la URL de la página tiene un espacio o un carácter de control en el carácter { $position }; escribe un espacio como %20
hook-page-url-unknown-placeholder = la URL de la página tiene una variable desconocida {"{"}{ $name }{"}"}; las conocidas son {"{"}number{"}"}, {"{"}name{"}"}, {"{"}clid{"}"}, {"{"}call_id{"}"} y {"{"}direction{"}"}
hook-page-url-unclosed = la URL de la página tiene una {"{"} que ninguna {"}"} cierra; escribe {"{{"} para una llave en sí
hook-page-url-stray-brace = la URL de la página tiene una {"}"} que no cierra nada; escribe {"}}"} para una llave en sí

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
## Los mensajes de la línea de comandos (`skydial dial`, `skydial history`…)

cmd-dial-cannot = no se puede marcar «{ $number }»: { $reason }

## La ayuda de la línea de comandos (--help): el texto de cada comando y opción

cli-about = Marca, controla llamadas y mira quién llama, a través de la API ShoreTel Sky Hosted
cli-long-about = Sin un comando, skydial abre su ventana (con icono en la bandeja, avisos de llamada y el atajo del portapapeles). Con --demo funciona con un simulador integrado, sin necesidad de cuenta.
cli-after-help = El PIN se lee de SKYDIAL_PIN, o se pide (sin eco) en un terminal.
    Un enlace (skydial tel:+16465551234) se pasa al skydial en marcha, que pregunta antes de marcar; si no hay ninguno, skydial abre solo esa pregunta.
    Estado de salida: 0 correcto, 1 la API respondió false, 2 error de uso, 3 error de autenticación (error 5 de la API), 4 otro error de la API, 5 fallo de conexión, 6 cancelado por el usuario.
cli-arg-server = La URL base del servidor; se añade `/bobl/bobl` salvo que la URL ya termine así. Por defecto: https://hostedconnect.m5net.com
cli-arg-user = Tu DID (tu número de 10 dígitos), el usuario de la API
cli-arg-ca_file = Certificados de CA adicionales (PEM) en los que confiar: los de un proxy TLS de la empresa, o los de `skydial sim --tls`
cli-arg-get = Enviar los comandos sueltos como peticiones GET (el PIN viaja entonces en la URL)
cli-arg-json = Salida legible por máquinas
cli-arg-verbose = Más registro en stderr (repítelo para más). SKYDIAL_LOG fija un filtro
cli-arg-demo = Abrir la ventana con un simulador integrado y un usuario de demostración conectado
cli-arg-minimised = Iniciar oculto en la bandeja
cli-arg-autostart = Iniciar como al entrar en la sesión (la entrada de inicio automático): oculto en la bandeja, dando un minuto a la bandeja, al llavero y a la red para estar listos
cli-arg-renderer = Cómo se dibuja la ventana: `gpu` (eframe, OpenGL), `cpu` (el dibujo propio de skydial, sin GPU) o `auto` (la GPU si hay una GPU física y la sesión es local). Por defecto: el ajuste, si no auto
cli-arg-link = Un enlace tel:, callto: o sip: que marcar: el skydial en marcha pregunta antes (Marcar o Cancelar); si no hay ninguno, se abre solo esa pregunta
cli-dial-about = Hacer una llamada desde tu teléfono
cli-dial-arg-number = El número: 6465551234, +1 (646) 555-1234, tel:..., +44 20 7946 0958, una extensión de 4 dígitos; o un nombre de tus contactos y directorios
cli-dial-arg-pick = Si varias personas (o números) coinciden con un nombre, marcar el N-ésimo de la lista
cli-dial-arg-endpoint = La dirección MAC del teléfono, solo si tu aprovisionamiento la necesita
cli-answer-about = Contestar una llamada que suena (la primera que suena si no se da un id)
cli-ignore-about = Dejar de sonar una llamada; quien llama pasa al buzón de voz
cli-release-about = Colgar una llamada
cli-hold-about = Poner en espera una llamada conectada
cli-resume-about = Reanudar una llamada en espera
cli-calls-about = Listar las llamadas que hay ahora en tu teléfono
cli-watch-about = Mostrar los eventos de llamada según ocurren (se reconecta solo)
cli-watch-arg-probe_after = Si el servidor no ha enviado nada en esta cantidad de segundos, listar las llamadas: así se descubre un servidor que solo avisa de una suscripción perdida (error 17) al responder a un comando. Al menos 10, para no pasar del límite de listCalls
cli-quick-dial-about = Mostrar el marcado rápido del skydial en marcha con el número del portapapeles: asígnale una tecla en los ajustes de teclado de tu escritorio donde el atajo de skydial no esté disponible
cli-history-about = Mostrar las llamadas recientes, o exportarlas (--csv, --json) entre dos fechas
cli-history-arg-missed = Solo las llamadas perdidas
cli-history-arg-limit = Cuántas llamadas, las más recientes primero (por defecto: 50 para la tabla y para --json sin --since/--until; si no, todas las del periodo)
cli-history-arg-mark_seen = Marcar todas las llamadas perdidas como vistas
cli-history-arg-csv = Escribir las llamadas en CSV (RFC 4180; seguro de abrir en una hoja de cálculo)
cli-history-arg-since = Llamadas desde esta fecha (AAAA-MM-DD, medianoche local) o esta hora ISO 8601
cli-history-arg-until = Llamadas antes del final de esta fecha (AAAA-MM-DD) o antes de esta hora ISO 8601
cli-history-arg-search = Solo las llamadas cuyo nombre, número, nota o motivo contenga TEXT
cli-note-about = Escribir una nota en una llamada (CALL es su id, como lo muestra `history --json` en `call_id`); un TEXT vacío quita la nota
cli-contacts-about = Nombres de quien llama: importar, añadir, buscar y exportar contactos
cli-contacts-import-about = Importar nombres y números de archivos vCard (.vcf) o CSV
cli-contacts-search-about = Buscar personas por nombre, empresa o número, en tus contactos y los directorios
cli-contacts-add-about = Añadir un contacto: un nombre y sus números, cada uno con su tipo si quieres (`work:+1 646 555 1234`, `mobile:…`, `home:…`, `ip:…`, `other:…`)
cli-contacts-add-arg-company = La empresa del contacto
cli-contacts-delete-about = Borrar tus contactos con este nombre (las entradas de un directorio son del directorio)
cli-contacts-export-about = Escribir tus contactos en un archivo vCard 4.0 (`contacts import` lo vuelve a leer)
cli-directory-about = Directorios de empresa (LDAP, Active Directory, CardDAV) para los nombres de quien llama
cli-directory-add-about = Añadir un directorio de empresa (LDAP, Active Directory o CardDAV) y sincronizarlo. La contraseña viene de SKYDIAL_DIRECTORY_PASSWORD, o se pide sin eco, y se guarda en el llavero del sistema, nunca en un archivo
cli-directory-add-arg-name = El nombre que le das, mostrado como origen del nombre de quien llama
cli-directory-add-arg-url = ldaps://dc1.corp.example.com, ldap://… (StartTLS) o https://… (CardDAV)
cli-directory-add-arg-base = LDAP: dónde buscar (por defecto: el contexto de nombres por defecto del servidor)
cli-directory-add-arg-bind = LDAP: autenticarse con este DN
cli-directory-add-arg-user = LDAP: autenticarse como user@domain (Active Directory); CardDAV: el nombre de usuario
cli-directory-add-arg-address_books = CardDAV: sincronizar solo esta libreta de direcciones (su nombre o ruta); repítelo para más
cli-directory-add-arg-sync_minutes = Minutos entre sincronizaciones en segundo plano (por defecto 15; 0: solo a petición)
cli-directory-list-about = Listar los directorios, cada uno con su última sincronización y el motivo de su último fallo
cli-directory-sync-about = Sincronizar ahora un directorio, o todos; muestra lo que cambió
cli-directory-remove-about = Quitar un directorio: sus nombres, sus ajustes y su contraseña guardada
cli-lookup-about = De quién es un número, según tus contactos y directorios
cli-pin-about = Guardar el PIN en el llavero del sistema (u olvidarlo), para la aplicación, los enlaces `tel:` y los scripts
cli-pin-store-about = Guardar el PIN (de SKYDIAL_PIN o pedido) para --user, y recordar el usuario y el servidor
cli-pin-forget-about = Quitar el PIN guardado
cli-sim-about = Ejecutar el simulador de la API (para probar skydial y para las pruebas)
cli-sim-arg-port = El puerto en el que escuchar; 0 elige uno libre. La dirección es la primera línea que se muestra
cli-sim-arg-bind = La dirección en la que escuchar (la local, salvo que de verdad quieras otra)
cli-sim-arg-users = Archivo de usuarios: un `DID PIN [ENDPOINT] [blocked]` por línea. Por defecto: los usuarios de demostración integrados
cli-sim-arg-tls = Servir HTTPS con un certificado recién generado; su CA se escribe en --ca-out
cli-sim-arg-ca_out = Dónde escribir el certificado de la CA con --tls (por defecto: un directorio privado nuevo en el directorio temporal)
cli-sim-arg-demo = Hacer sonar llamadas de vez en cuando, y contestar las llamadas salientes a los 3 s
cli-sim-arg-ring_timeout = Segundos que suena una llamada entrante sin contestar antes de pasar al buzón de voz (0: sin fin)
cli-sim-arg-list_calls_per_minute = listCalls permitidos por usuario y minuto antes del error 6
cli-sim-arg-late_head = Enviar la cabecera de respuesta de una sesión POST solo con la respuesta a su primer comando, como hacen los servidores de servlets (por defecto: enseguida)
cli-sim-arg-unknown_items = Añadir a cada lista de llamadas y a cada evento lo que podría enviar un servidor más nuevo: una llamada en el estado PARKED (que la especificación no recoge) y un elemento sin Id
cli-sim-arg-error_17_id = Qué Id lleva un error 17 forzado (POST /control/unsubscribe): el de la suscripción, o el del siguiente comando que envía la conexión (escrito justo antes de la respuesta a ese comando)
cli-sim-arg-ring_after_list = Hacer que a cada respuesta de listCalls le siga, en la misma escritura, el evento de una llamada que empieza a sonar justo después de tomar la lista
cli-sim-arg-invalid_number = Cómo responde dial a un número que la especificación considera inválido (916465551234, 101161212345678, 61212345678): con el resultado false, o con el error 13 de la API

## La cuenta y el PIN (`skydial pin`, cada comando que inicia sesión)

cmd-pin-env-empty = SKYDIAL_PIN está definido pero vacío
cmd-pin-none = no hay PIN: define SKYDIAL_PIN, guárdalo con `skydial pin store` o ejecuta skydial en un terminal para que te lo pida
cmd-pin-prompt = PIN:
cmd-pin-cannot-read = no se puede leer el PIN: { $error }
cmd-pin-not-entered = no se ha introducido ningún PIN
cmd-no-user = no hay usuario: pasa --user DID (tu número de 10 dígitos) o define SKYDIAL_USER
cmd-did-not-digits = el DID «{ $did }» debe tener solo dígitos, como 6465551000
cmd-pin-no-keyring = no hay ningún llavero del sistema disponible ({ $error }); usa SKYDIAL_PIN en su lugar
cmd-pin-cannot-store = no se puede guardar el PIN en el llavero: { $error }
cmd-pin-cannot-remove = no se puede quitar el PIN del llavero: { $error }
cmd-pin-stored = El PIN de { $user } en { $server } está en el llavero del sistema.
cmd-pin-forgotten = El PIN de { $user } en { $server } ya no se guarda.

## Llamadas (`skydial dial`, `answer`, `ignore`, `release`, `hold`, `resume`, `calls`)

cmd-dialling = Marcando { $number }
cmd-answered-call = Llamada { $call } contestada
cmd-answered = Llamada contestada
cmd-ignored-call = Llamada { $call } ignorada
cmd-ignored = Llamada ignorada
cmd-hung-up-call = Llamada { $call } colgada
cmd-hung-up = Llamada colgada
cmd-held-call = Llamada { $call } puesta en espera
cmd-held = Llamada puesta en espera
cmd-resumed-call = Llamada { $call } reanudada
cmd-resumed = Llamada reanudada
cmd-done = Hecho: { $target }
cmd-dial-false = el servidor no hizo la llamada a { $number }; revisa el número o márcalo en el teléfono
cmd-call-not-ringing = la llamada { $call } no está sonando; `skydial calls` lista las llamadas
cmd-none-ringing = no suena ninguna llamada
cmd-call-not-active = la llamada { $call } no está activa; `skydial calls` lista las llamadas
cmd-none-active = no hay ninguna llamada activa que colgar
cmd-call-not-connected = la llamada { $call } no está conectada; `skydial calls` lista las llamadas
cmd-none-connected = no hay ninguna llamada conectada que poner en espera
cmd-call-not-held = la llamada { $call } no está en espera; `skydial calls` lista las llamadas
cmd-none-held = no hay ninguna llamada en espera que reanudar
cmd-answered-false = el servidor respondió false
cmd-calls-not-a-list = el servidor respondió a listCalls con { $result } en lugar de una lista de llamadas
cmd-cannot-write-output = no se puede escribir la salida: { $error }
cmd-cannot-write-json = no se puede escribir el JSON: { $error }
cmd-calls-none = No hay llamadas.
cmd-calls-column-id = ID
cmd-calls-column-state = ESTADO
cmd-calls-column-direction = DIR
cmd-calls-column-number = NÚMERO
cmd-calls-column-dialled = MARCADO
cmd-calls-column-time = DURACIÓN
cmd-calls-column-name = NOMBRE
cmd-calls-ringing = sonando
cmd-calls-calling = llamando
cmd-calls-connected = conectada
cmd-calls-on-hold = en espera
cmd-calls-ended = terminada
cmd-calls-in = ent
cmd-calls-out = sal

## Marcar por nombre (`skydial dial NOMBRE`) y `skydial lookup`

cmd-dial-pick-a-number = --pick elige entre personas encontradas por nombre; esto es un número
cmd-dial-no-one = no se puede marcar «{ $text }»: { $reason }; y tampoco es el nombre de nadie de tus contactos o directorios
cmd-dial-pick-out-of-range = --pick { $pick }: hay { $count ->
    [one] { $count } coincidencia
   *[other] { $count } coincidencias
} para «{ $text }»
cmd-dial-matches = { $count ->
    [one] { $count } número coincide
   *[other] { $count } números coinciden
} con «{ $text }»:
cmd-dial-pick-one = { $count ->
    [one] { $count } número coincide
   *[other] { $count } números coinciden
} con «{ $text }»: elige uno con --pick N
cmd-lookup-not-a-number = «{ $text }» no es un número de teléfono (necesita al menos 4 dígitos)
cmd-lookup-unknown = { $number }: no hay ningún nombre en tus contactos o directorios

## Contactos (`skydial contacts`)

cmd-contacts-added = «{ $name }» añadido.
cmd-contacts-none-named = ninguno de tus contactos se llama «{ $name }»; `skydial contacts search` los encuentra
cmd-contacts-deleted = { $count ->
    [one] { $count } contacto llamado «{ $name }» borrado.
   *[other] { $count } contactos llamados «{ $name }» borrados.
}
cmd-cannot-write-file = no se puede escribir { $path }: { $error }
cmd-cannot-read-file = no se puede leer { $path }: { $error }
cmd-contacts-exported = { $count ->
    [one] { $count } contacto escrito
   *[other] { $count } contactos escritos
} en { $path } (vCard 4.0).
cmd-contacts-vcard-too-large = { $path } pasa de 16 MB; skydial importa archivos de contactos de hasta 16 MB. Divídelo
cmd-contacts-card-left-out = { $path }: se dejó fuera una tarjeta: { $error }
cmd-contacts-vcard-too-many = { $path } tiene más de { $max } tarjetas; divídelo
cmd-contacts-vcard-imported = { $path }: { $cards ->
    [one] { $cards } tarjeta leída
   *[other] { $cards } tarjetas leídas
}, { $added ->
    [one] { $added } número nuevo
   *[other] { $added } números nuevos
}
cmd-contacts-vcard-imported-left-out = { $path }: { $cards ->
    [one] { $cards } tarjeta leída
   *[other] { $cards } tarjetas leídas
}, { $added ->
    [one] { $added } número nuevo
   *[other] { $added } números nuevos
}, { $refused ->
    [one] { $refused } tarjeta dejada fuera
   *[other] { $refused } tarjetas dejadas fuera
}
cmd-contacts-csv-imported = { $path }: { $count ->
    [one] { $count } número leído
   *[other] { $count } números leídos
}, { $added ->
    [one] { $added } nuevo
   *[other] { $added } nuevos
}
cmd-contacts-nobody = Nadie coincide con «{ $query }».

## Directorios de empresa (`skydial directory`)

cmd-no-config-dir = no se conoce ningún directorio de configuración para este usuario; define SKYDIAL_CONFIG_DIR
cmd-directory-no-password = no hay contraseña para el directorio: define { $variable } o ejecuta esto en un terminal para que te la pida
cmd-directory-password-prompt = Contraseña para { $name }:
cmd-directory-cannot-read-password = no se puede leer la contraseña: { $error }
cmd-directory-no-password-entered = no se ha introducido ninguna contraseña
cmd-directory-ca-file = no se puede usar el archivo de CA { $path }: { $error }
cmd-directory-not-added = { $error }. El directorio no se añadió
cmd-directory-password-not-kept = Nota: la contraseña no se guarda ({ $error }): define { $variable } cada vez que skydial sincronice este directorio.
cmd-directory-unencrypted = (sin cifrar: un servidor en este ordenador sin TLS)
cmd-directory-never = nunca
cmd-directories-none = No hay directorios. Añade uno con `skydial directory add NAME URL`.
cmd-directory-line = { $name }  { $kind }  { $url }  { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}, última sincronización { $synced }
cmd-directory-last-try-failed = ; el último intento ({ $tried }) falló: { $error }
cmd-directory-sync-failed = { $name }: { $error } (se conservan los nombres sincronizados antes)
cmd-directory-removed = { $name } quitado: { $count ->
    [one] { $count } nombre
   *[other] { $count } nombres
}, sus ajustes y su contraseña guardada.

## Historial de llamadas (`skydial history`, `skydial note`)

cmd-history-in-progress = en curso
cmd-history-missed-open = PERDIDA (abierta)
cmd-history-missed-done = perdida (resuelta)
cmd-history-no-answer = sin respuesta
cmd-history-talked = habló { $duration }
cmd-history-ended = terminada
cmd-history-csv-and-json = --csv y --json eligen cada uno la salida: indica solo uno
cmd-history-no-match = Ninguna llamada coincide.
cmd-history-no-missed = No hay llamadas perdidas.
cmd-history-none = Todavía no hay llamadas.
cmd-history-marked-seen = { $count ->
    [one] { $count } llamada perdida marcada como vista.
   *[other] { $count } llamadas perdidas marcadas como vistas.
}
cmd-history-column-when = CUÁNDO
cmd-history-column-direction = DIR
cmd-history-column-number = NÚMERO
cmd-history-column-name = NOMBRE
cmd-history-column-outcome = RESULTADO
cmd-history-column-call = LLAMADA
cmd-history-column-note = NOTA
cmd-note-removed = Nota quitada.
cmd-note-saved = Nota guardada.
cmd-note-no-call = No hay ninguna llamada «{ $call }» en el historial: `skydial history --json` muestra el call_id de cada llamada.

## La ventana, los enlaces y el skydial en marcha

cmd-running-did-not-take = skydial está en marcha pero no aceptó la petición ({ $error }); inténtalo de nuevo, o cierra skydial y vuelve a ejecutar esto
cmd-quick-dial-not-running = skydial no está en marcha: inicia skydial (se queda en la bandeja) y quick-dial mostrará su marcado rápido
cmd-link-with-options = un enlace se abre por sí solo: quita --demo y --minimised
cmd-link-not-alone = un enlace debe ser el único argumento, y «{ $link }» vino con más: no se marcó nada; para marcar un número, usa skydial dial NÚMERO
cmd-not-a-command = «{ $text }» no es un comando ni un enlace tel:, callto: o sip:; consulta skydial --help
cmd-already-running = skydial ya está en marcha.
cmd-running-not-answering = skydial ya está en marcha pero no responde ({ $error }); ciérralo (o termina su proceso) y vuelve a iniciar skydial
cmd-cannot-start = no se puede iniciar: { $error }
cmd-no-command = no se ha indicado ningún comando
cmd-cannot-write-log = no se puede escribir el registro { $path }: { $error }

## `skydial watch`

cmd-watch-skipped = { $count ->
    [one] { $count } evento se mostró demasiado despacio y se omitió
   *[other] { $count } eventos se mostraron demasiado despacio y se omitieron
}
cmd-watch-engine-stopped = el motor en segundo plano se detuvo
cmd-watch-event = { $time }  { $state }  { $direction }  { $who }  [llamada { $call }]
cmd-watch-event-dialled = { $time }  { $state }  { $direction }  { $who }  a { $dialled }  [llamada { $call }]
cmd-watch-in = ent
cmd-watch-out = sal
