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

## Names, places and saving callers (branch dirpop)

link-question-name-from-contacts = { $name }: de tus contactos
link-question-name-from-directory = { $name }: del directorio { $directory }
pop-save-contact = Guardar como contacto
