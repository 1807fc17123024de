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

api-error = Error de la API { $code } ({ $meaning }): { $message }. { $advice }
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
status-reason-api-error = error de la API { $code }

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

## Los mensajes de la línea de comandos (`skydial dial`, `skydial history`…)

cmd-dial-cannot = no se puede marcar «{ $number }»: { $reason }
