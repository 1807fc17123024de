# skydial's messages in English: the reference every other language follows.
#
# One message per id; ids are named by where they are shown (see
# src/i18n/CONVERTING.md). Variables ($name) are filled in by the code and
# every language uses the same ones. The tests check both.
# Product names, API error numbers, flags (--ca-file), variables like
# SKYDIAL_DATA_DIR and e-mail addresses stay as they are.

## The Language setting

settings-language-system = Follow the system
# The label of the Language setting's choice in Settings.
settings-language = Language

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

## The API's error codes: what each means, and what to do

# "API error 5 (wrong DID or PIN): <the server's own words>. <advice>"
api-error = API error { $code } ({ $meaning }): { $message }. { $advice }
api-meaning-missing-class = command is missing a class name
api-meaning-missing-method = command is missing a method name
api-meaning-no-such-method = no such command
api-meaning-auth-failed = wrong DID or PIN
api-meaning-blocked = user blocked for API abuse
api-meaning-rate-limited = rate limited
api-meaning-phone-not-found = phone not logged in
api-meaning-bad-arguments = wrong arguments
api-meaning-unsubscribed = subscription dropped by the server
api-meaning-bad-xml = server could not read the request
api-meaning-other = unexpected error
api-advice-unknown-command = The server did not recognise the command; update skydial, and if it persists report it (skysupport@shoretel.com can confirm the command list).
api-advice-auth-failed = Check your DID (your full 10-digit number) and the PIN you use for voicemail, then try again.
api-advice-blocked = ShoreTel has blocked this user from the API; contact skysupport@shoretel.com to learn why and how to lift the block.
api-advice-rate-limited = Too many requests in a short time; wait a minute before trying again.
api-advice-phone-not-found = Check that your desk phone is connected and logged in (log it out and back in), then retry; if it persists contact skysupport@shoretel.com.
api-advice-bad-arguments = The server rejected the command's arguments; update skydial, and report it if it persists.
api-advice-unsubscribed = Subscribe again (skydial does this by itself); if it keeps happening contact skysupport@shoretel.com.
api-advice-bad-xml = The server could not read skydial's request; update skydial, and report it if it persists.
api-advice-other = Contact skysupport@shoretel.com with this code and message.

## Phone links

link-not-a-link = this is not a phone link (tel:, callto: or sip:)
link-too-long = the link is longer than { $max } bytes
link-no-number = the link holds no phone number ({ $what }); copy the number itself
# What a link holds instead of a number: "a sip address".
link-scheme-address = { $scheme } address

## Talking to the server

client-insecure-server = refusing to send your PIN unencrypted to { $host }: use an https:// server URL (plain http is only allowed for this computer, e.g. the simulator)
client-bad-url = the server URL “{ $url }” is not valid: { $reason }
client-ca-file = cannot use the CA certificate file { $path }: { $reason }
client-connect = could not connect to { $server }: { $detail }. Check the server address and your network, then try again
client-certificate = the certificate of { $server } is not trusted ({ $detail }). If you are behind a company TLS proxy or use `skydial sim --tls`, pass its CA certificate with --ca-file PATH
client-timeout = { $server } did not answer within { $seconds } s. Check your network and try again
client-http-status = { $server } answered HTTP { $status } instead of an API response. Check the server URL (the API lives at /bobl/bobl)
client-redirect = { $server } answered with a redirect (HTTP { $status }) to { $location }. skydial does not follow redirects, because your PIN would go along; if you trust that address, use it as the server
client-connection-lost = the connection to { $server } was lost: { $detail }. skydial reconnects by itself where it can; otherwise try again
client-protocol = the server sent something that is not an API response: { $detail }. Report this if it persists
client-subscribe-over-get = `subscribe` cannot be sent as a GET request; use the default POST connection
client-url-no-host = it has no host
client-url-scheme = use http:// or https://, not { $scheme }://
client-url-credentials = leave user names and passwords out of the URL
client-url-query = a server URL has no query (?...) or fragment (#...); it could hold your PIN. Enter just the server, like https://hostedconnect.m5net.com
client-ca-no-certificate = it holds no PEM certificate
client-ca-refused = the system's certificate store would not take its certificates ({ $error })
client-unreadable-location = an address skydial cannot read
client-session-closed = the session is closed
client-session-ended = the server ended the session
client-no-answer = the server closed the response without an answer
client-list-not-calls = listCalls was answered with { $result } instead of a call list
client-result-none = no result
client-result-boolean = the boolean { $value }
client-result-number = the number { $value }
client-result-calls = { $count ->
    [one] a list of { $count } call
   *[other] a list of { $count } calls
}
client-result-text = the text { $text }

## The connection, as the status line says it

status-signed-out = Signed out
status-connecting = Connecting…
status-connected = Connected
status-reconnecting = Reconnecting in { $seconds } s: { $reason } (no call events for { $blind } s; missed changes are caught up once connected)
status-phone-logged-out = Your desk phone is not logged in: log it in (or out and back in); retrying in { $seconds } s
status-stopped = Stopped: { $reason }
status-reason-cannot-reach = cannot reach the server
status-reason-not-answering = the server stopped answering
status-reason-connection-lost = connection lost
status-reason-certificate = the server's certificate is not trusted
status-reason-http-status = the server answered HTTP { $status }
status-reason-redirect = the server redirects elsewhere
status-reason-api-error = API error { $code }

## The engine's errors and notes

engine-signed-out = not signed in: sign in first
engine-not-connected = not connected to the server ({ $status }); try again once connected
engine-gone = the background engine has stopped; restart skydial
engine-no-history = call history is off (no data directory)
engine-history-not-saved = Call history is not being saved: { $error }
engine-too-many-calls = The server reports more than { $max } calls at once: skydial shows the first { $max }, and the others once some end.
engine-lists-rate-limited = The server is rate limiting call lists; skydial tries again in { $seconds } s (calls still update live).
engine-repeated-17 = The server keeps ending the subscription right after it starts (API error 17); skydial subscribes again in { $seconds } s. If this goes on, contact skysupport@shoretel.com.

## The history database

history-damaged = the history database { $path } is damaged ({ $detail }); move it aside and skydial will start a new one
history-locked = the history database { $path } is locked by another program; close it (or the other skydial) and try again
history-disk-full = the disk holding { $path } is full; free some space so history can be saved
history-other = cannot use the history database { $path }: { $detail }
history-no-data-dir = no data directory is known for this user; set SKYDIAL_DATA_DIR

## Contacts files

contacts-cannot-read = cannot read { $path }: { $error }
contacts-unknown-format = { $path } is not a vCard (.vcf) or CSV file with a name and a phone column
contacts-too-large = { $path } is { $size_mb } MB; skydial imports contacts files up to 16 MB. Split it, or export only the contacts you call
contacts-too-many = { $path } holds more than { $max } numbers; skydial imports up to { $max } at a time. Split the file

## The settings file

settings-unreadable = the settings file { $path } cannot be read at line { $line }, column { $column } ({ $error }); skydial uses the default settings for now and leaves the file as it is. Fix it; if you save settings first, it is kept beside as { $file }.broken
settings-cannot-read = cannot read the settings file { $path }: { $error }
settings-cannot-save = cannot save settings to { $path }: { $error }

## The keyring

secrets-no-keyring = no keyring is available

## The running skydial, asked by another

instance-no-answer = the running skydial did not answer
instance-bad-request = skydial could not read that request

## Start at login

autostart-no-home = cannot find your home directory, so skydial cannot set itself to start at login; check that HOME is set
autostart-bad-path = skydial cannot start at login from { $path }: the path has characters an autostart entry cannot hold; move skydial to a plainer path and try again
autostart-cannot-write = cannot write the autostart entry { $path } ({ $error }); check that { $folder } is a folder you can write to, then try again
autostart-cannot-remove = cannot remove the autostart entry { $path } ({ $error }); remove it yourself to stop skydial starting at login
autostart-cannot-read = cannot read the autostart entry { $path } ({ $error }); check it, or remove it yourself
autostart-not-ours = the autostart entry { $path } was not written by skydial, so skydial leaves it alone; remove or edit it yourself, then try again
autostart-reg-missing = cannot run reg.exe ({ $error }); is this a normal Windows install?
autostart-reg-add = cannot add skydial to { $key } (reg.exe ended with { $status }); check that you may change your own registry settings
autostart-reg-delete = cannot remove skydial from { $key } (reg.exe ended with { $status }); remove the value { $value } yourself with regedit

## The command line's help: clap's own words (src/i18n/help.rs)

help-usage = Usage:
help-arguments = Arguments
help-options = Options
help-commands = Commands
help-help = Print help
help-version = Print version
help-help-command = Print this message or the help of the given subcommand(s)

## Numbers that cannot be dialled (the window, links, `skydial dial`)

number-empty = there is no number to dial
number-too-much-text = that is too much text for a phone number (more than { $max } characters)
number-letters = the number contains letters (“{ $text }”); type the digits instead
# A number spelt in letters (1-800-FLOWERS): $form is what the user typed.
number-spelt-too-long = “{ $form }” spells { $count } digits, more than the 10 of a North American number (3 for the area code, 7 after it): leave out the letters after the seventh
number-spelt-too-short = “{ $form }” spells only { $count ->
    [one] { $count } digit
   *[other] { $count } digits
}, fewer than the 10 of a North American number (3 for the area code, 7 after it): check the letters
number-bad-character = the number contains “{ $character }”, which is not part of a phone number
number-misplaced-plus = '+' can only come first, before the country code
number-trailing-extension = extensions after a number cannot be dialled (the API sends no touch tones); dial { $number } and enter the extension on the phone
number-unsupported-scheme = “{ $link }”: links cannot be dialled; copy the phone number itself
number-outside-line-prefix = leave out the 9 for an outside line: the API places external calls itself (dial { $number })
number-long-distance-before-international = do not put 1 before 011: dial { $number }
number-bad-area-code = area codes cannot start with 0 or 1
number-bad-exchange = the three digits after the area code cannot start with 0 or 1
number-bad-north-american-length = +1 must be followed by a 10-digit number, not { $count ->
    [one] { $count } digit
   *[other] { $count } digits
}
number-too-short = { $count ->
    [one] { $count } digit is
   *[other] { $count } digits is
} too short: use a 4-digit extension or a full 10-digit number
number-too-long = { $count ->
    [one] { $count } digit is
   *[other] { $count } digits is
} too long for a phone number
number-needs-international-prefix = international numbers need 011 (or +) and the country code, like 011 44 20 7946 0958
number-bad-country-code = a country code cannot start with 0

## The command line's own messages (`skydial dial`, `skydial history`, ...)

# $number is what the user typed; $reason says why (a number-… message).
cmd-dial-cannot = cannot dial “{ $number }”: { $reason }

## The command line's --help: each command's and option's text (src/i18n/help.rs names them)

cli-about = Dial, control calls and see who is calling, through the ShoreTel Sky Hosted API
cli-long-about = Without a command, skydial opens its window (with a tray icon, screen pops and the clipboard hotkey). With --demo it runs against a built-in simulator, no account needed.
cli-after-help = The PIN is read from SKYDIAL_PIN, or asked for (without echo) on a terminal.
    A link (skydial tel:+16465551234) is handed to the running skydial, which asks before dialling; with none running, skydial opens just that question.
    Exit status: 0 ok, 1 the API answered false, 2 usage error, 3 authentication error (API error 5), 4 other API error, 5 connection failure, 6 cancelled by the user.
cli-arg-server = The server's base URL; `/bobl/bobl` is added unless the URL ends in it. Default: https://hostedconnect.m5net.com
cli-arg-user = Your DID (your 10-digit number), the API user name
cli-arg-ca_file = Extra CA certificates (PEM) to trust: a company TLS proxy's, or `skydial sim --tls`'s
cli-arg-get = Send one-shot commands as GET requests (the PIN then travels in the URL)
cli-arg-json = Machine-readable output
cli-arg-verbose = More log output on stderr (repeat for more). SKYDIAL_LOG sets a filter
cli-arg-demo = Open the window against a built-in simulator with a demo user signed in
cli-arg-minimised = Start hidden in the tray
cli-arg-autostart = Start as at login (the autostart entry): hidden in the tray, giving the tray, the keyring and the network a minute to come up
cli-arg-renderer = How the window is drawn: `gpu` (eframe, OpenGL), `cpu` (skydial's own painter, no GPU needed), or `auto` (the GPU where a hardware GPU is present and the session is local). Default: the setting, else auto
cli-arg-link = A tel:, callto: or sip: link to dial: the running skydial asks first (Dial or Cancel); with none running, just that question opens
cli-dial-about = Place a call from your phone
cli-dial-arg-number = The number: 6465551234, +1 (646) 555-1234, tel:..., +44 20 7946 0958, a 4-digit extension; or a name from your contacts and directories
cli-dial-arg-pick = Of several people (or numbers) matching a name, dial the Nth listed
cli-dial-arg-endpoint = The phone's MAC address, only if your provisioning needs it
cli-answer-about = Answer a ringing call (the first ringing call if no id is given)
cli-ignore-about = Stop a call ringing; the caller goes to voicemail
cli-release-about = Hang up a call
cli-hold-about = Put a connected call on hold
cli-resume-about = Take a held call off hold
cli-calls-about = List the calls on your phone now
cli-watch-about = Print call events as they happen (reconnects by itself)
cli-watch-arg-probe_after = When the server has sent nothing for this many seconds, list the calls: a server that reports a lost subscription (error 17) only in answer to a command is found out then. At least 10, so that the probes stay within listCalls' rate limit
cli-quick-dial-about = Show the running skydial's quick-dial prompt with the number on the clipboard: bind a key to this in your desktop's keyboard settings where skydial's own hotkey is not available
cli-history-about = Show recent calls, or export them (--csv, --json) between two dates
cli-history-arg-missed = Only missed calls
cli-history-arg-limit = How many calls, the newest first (default: 50 for the table and for --json without --since/--until; every call in range otherwise)
cli-history-arg-mark_seen = Mark every missed call as seen
cli-history-arg-csv = Write the calls as CSV (RFC 4180; safe to open in a spreadsheet)
cli-history-arg-since = Calls from this date (YYYY-MM-DD, local midnight) or ISO 8601 time on
cli-history-arg-until = Calls before the end of this date (YYYY-MM-DD) or before this ISO 8601 time
cli-history-arg-search = Only calls whose name, number, note or reason contains TEXT
cli-note-about = Write a note on a call (CALL is its id, as `history --json` shows in `call_id`); an empty TEXT removes the note
cli-contacts-about = Caller names: import, add, search and export contacts
cli-contacts-import-about = Import names and numbers from vCard (.vcf) or CSV files
cli-contacts-search-about = Find people by name, company or number, in your contacts and the directories
cli-contacts-add-about = Add a contact: a name and its numbers, each optionally with its kind (`work:+1 646 555 1234`, `mobile:…`, `home:…`, `ip:…`, `other:…`)
cli-contacts-add-arg-company = The contact's company
cli-contacts-delete-about = Delete your contacts with this name (a directory's entries are the directory's)
cli-contacts-export-about = Write your contacts to a vCard 4.0 file (`contacts import` reads it back)
cli-directory-about = Company directories (LDAP, Active Directory, CardDAV) for callers' names
cli-directory-add-about = Add a company directory (LDAP, Active Directory or CardDAV) and sync it. The password comes from SKYDIAL_DIRECTORY_PASSWORD, else is asked for without echo, and is kept in the system keyring, never in a file
cli-directory-add-arg-name = Your name for it, shown as where a caller's name came from
cli-directory-add-arg-url = ldaps://dc1.corp.example.com, ldap://… (StartTLS), or https://… (CardDAV)
cli-directory-add-arg-base = LDAP: where to search (default: the server's default naming context)
cli-directory-add-arg-bind = LDAP: bind as this DN
cli-directory-add-arg-user = LDAP: bind as user@domain (Active Directory); CardDAV: the user name
cli-directory-add-arg-address_books = CardDAV: sync only this address book (its name or path); repeat for more
cli-directory-add-arg-sync_minutes = Minutes between background syncs (default 15; 0: only on demand)
cli-directory-list-about = List the directories, each with when it last synced and why it last failed
cli-directory-sync-about = Sync one directory, or all, now; prints what changed
cli-directory-remove-about = Remove a directory: its names, its settings and its kept password
cli-lookup-about = Who a number belongs to, from your contacts and directories
cli-pin-about = Keep the PIN in the system keyring (or forget it), for the app, `tel:` links and scripts
cli-pin-store-about = Store the PIN (from SKYDIAL_PIN or asked for) for --user, and remember the user and server
cli-pin-forget-about = Remove the stored PIN
cli-sim-about = Run the API simulator (for trying skydial and for tests)
cli-sim-arg-port = The port to listen on; 0 picks a free one. The address is the first line printed
cli-sim-arg-bind = The address to listen on (loopback unless you mean it)
cli-sim-arg-users = Users file: one `DID PIN [ENDPOINT] [blocked]` a line. Default: the built-in demo users
cli-sim-arg-tls = Serve HTTPS with a freshly generated certificate; its CA is written to --ca-out
cli-sim-arg-ca_out = Where to write the CA certificate with --tls (default: a new private directory in the temp directory)
cli-sim-arg-demo = Make calls ring now and then by themselves, and answer outbound calls after 3 s
cli-sim-arg-ring_timeout = Seconds an unanswered inbound call rings before going to voicemail (0: forever)
cli-sim-arg-list_calls_per_minute = listCalls allowed per user per minute before error 6
cli-sim-arg-late_head = Send a POST session's response head only with the answer to its first command, as servlet-style servers do (default: at once)
cli-sim-arg-unknown_items = Add to every call list and event what a newer server might send: a call in the state PARKED (which the spec does not list) and an item without an Id
cli-sim-arg-error_17_id = Which Id a forced error 17 (POST /control/unsubscribe) carries: the subscription's, or that of the next command the connection sends (written just before that command's own answer)
cli-sim-arg-ring_after_list = Follow every listCalls answer, in the same write, with the event of a call that starts ringing just after the list was taken
cli-sim-arg-invalid_number = How dial answers a number the spec calls invalid (916465551234, 101161212345678, 61212345678): the result false, or API error 13

## The account and the PIN (`skydial pin`, every command that signs in)

cmd-pin-env-empty = SKYDIAL_PIN is set but empty
cmd-pin-none = no PIN: set SKYDIAL_PIN, store it with `skydial pin store`, or run skydial in a terminal to be asked for it
# The prompt before the PIN is typed (a space follows).
cmd-pin-prompt = PIN:
cmd-pin-cannot-read = cannot read the PIN: { $error }
cmd-pin-not-entered = no PIN entered
cmd-no-user = no user: pass --user DID (your 10-digit number) or set SKYDIAL_USER
cmd-did-not-digits = the DID “{ $did }” should be digits only, like 6465551000
cmd-pin-no-keyring = no system keyring is available ({ $error }); use SKYDIAL_PIN instead
cmd-pin-cannot-store = cannot store the PIN in the keyring: { $error }
cmd-pin-cannot-remove = cannot remove the PIN from the keyring: { $error }
cmd-pin-stored = The PIN for { $user } on { $server } is in the system keyring.
cmd-pin-forgotten = The PIN for { $user } on { $server } is no longer kept.

## Calls (`skydial dial`, `answer`, `ignore`, `release`, `hold`, `resume`, `calls`)

# $number: the number dialled, as it reads: "(646) 555-1234".
cmd-dialling = Dialling { $number }
cmd-answered-call = Answered call { $call }
cmd-answered = Answered the call
cmd-ignored-call = Ignored call { $call }
cmd-ignored = Ignored the call
cmd-hung-up-call = Hung up call { $call }
cmd-hung-up = Hung up the call
cmd-held-call = Put call { $call } on hold
cmd-held = Put the call on hold
cmd-resumed-call = Resumed call { $call }
cmd-resumed = Resumed the call
cmd-done = Done: { $target }
cmd-dial-false = the server did not place the call to { $number }; check the number, or dial it on the phone
cmd-call-not-ringing = call { $call } is not ringing; `skydial calls` lists the calls
cmd-none-ringing = no call is ringing
cmd-call-not-active = call { $call } is not active; `skydial calls` lists the calls
cmd-none-active = there is no active call to hang up
cmd-call-not-connected = call { $call } is not connected; `skydial calls` lists the calls
cmd-none-connected = there is no connected call to hold
cmd-call-not-held = call { $call } is not on hold; `skydial calls` lists the calls
cmd-none-held = there is no held call to resume
cmd-answered-false = the server answered false
cmd-calls-not-a-list = the server answered listCalls with { $result } instead of a call list
cmd-cannot-write-output = cannot write output: { $error }
cmd-cannot-write-json = cannot write JSON: { $error }
cmd-calls-none = No calls.
# The columns of `skydial calls` (short: the table is padded to them).
cmd-calls-column-id = ID
cmd-calls-column-state = STATE
cmd-calls-column-direction = DIR
cmd-calls-column-number = NUMBER
cmd-calls-column-dialled = DIALLED
cmd-calls-column-time = TIME
cmd-calls-column-name = NAME
cmd-calls-ringing = ringing
cmd-calls-calling = calling
cmd-calls-connected = connected
cmd-calls-on-hold = on hold
cmd-calls-ended = ended
# Incoming and outgoing, in a 3-letter column.
cmd-calls-in = in
cmd-calls-out = out

## Dialling by name (`skydial dial NAME`) and `skydial lookup`

cmd-dial-pick-a-number = --pick chooses among people found by name; this is a number
cmd-dial-no-one = cannot dial “{ $text }”: { $reason }; nor does it name anyone in your contacts or directories
cmd-dial-pick-out-of-range = --pick { $pick }: { $count ->
    [one] there is { $count } match
   *[other] there are { $count } matches
} for “{ $text }”
cmd-dial-matches = { $count ->
    [one] { $count } number matches
   *[other] { $count } numbers match
} “{ $text }”:
cmd-dial-pick-one = { $count ->
    [one] { $count } number matches
   *[other] { $count } numbers match
} “{ $text }”: pick one with --pick N
cmd-lookup-not-a-number = “{ $text }” is not a phone number (it needs at least 4 digits)
cmd-lookup-unknown = { $number }: no name in your contacts or directories

## Contacts (`skydial contacts`)

cmd-contacts-added = Added “{ $name }”.
cmd-contacts-none-named = none of your contacts is named “{ $name }”; `skydial contacts search` finds them
cmd-contacts-deleted = Deleted { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
} named “{ $name }”.
cmd-cannot-write-file = cannot write { $path }: { $error }
cmd-cannot-read-file = cannot read { $path }: { $error }
cmd-contacts-exported = Wrote { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
} to { $path } (vCard 4.0).
cmd-contacts-vcard-too-large = { $path } is over 16 MB; skydial imports contacts files up to 16 MB. Split it
cmd-contacts-card-left-out = { $path }: a card was left out: { $error }
cmd-contacts-vcard-too-many = { $path } holds more than { $max } cards; split it
cmd-contacts-vcard-imported = { $path }: { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} read, { $added ->
    [one] { $added } new number
   *[other] { $added } new numbers
}
cmd-contacts-vcard-imported-left-out = { $path }: { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} read, { $added ->
    [one] { $added } new number
   *[other] { $added } new numbers
}, { $refused ->
    [one] { $refused } card left out
   *[other] { $refused } cards left out
}
cmd-contacts-csv-imported = { $path }: { $count ->
    [one] { $count } number
   *[other] { $count } numbers
} read, { $added } new
cmd-contacts-nobody = Nobody matches “{ $query }”.

## Company directories (`skydial directory`)

cmd-no-config-dir = no configuration directory is known for this user; set SKYDIAL_CONFIG_DIR
cmd-directory-no-password = no password for the directory: set { $variable }, or run this in a terminal to be asked for it
# The prompt before a directory's password is typed (a space follows).
cmd-directory-password-prompt = Password for { $name }:
cmd-directory-cannot-read-password = cannot read the password: { $error }
cmd-directory-no-password-entered = no password entered
cmd-directory-ca-file = cannot use the CA file { $path }: { $error }
cmd-directory-not-added = { $error }. The directory was not added
cmd-directory-password-not-kept = Note: the password is not kept ({ $error }): set { $variable } whenever skydial syncs this directory.
cmd-directory-unencrypted = (unencrypted: a server on this computer without TLS)
# When a directory was last synced: never.
cmd-directory-never = never
cmd-directories-none = No directories. Add one with `skydial directory add NAME URL`.
# One line of `skydial directory list`: $kind is LDAP or CardDAV, $synced a time or "never".
cmd-directory-line = { $name }  { $kind }  { $url }  { $count ->
    [one] { $count } person
   *[other] { $count } people
}, last synced { $synced }
cmd-directory-last-try-failed = ; the last try ({ $tried }) failed: { $error }
cmd-directory-sync-failed = { $name }: { $error } (the names synced before are kept)
cmd-directory-removed = Removed { $name }: { $count ->
    [one] { $count } name
   *[other] { $count } names
}, its settings and its kept password.

## Call history (`skydial history`, `skydial note`)

cmd-history-in-progress = in progress
cmd-history-missed-open = MISSED (open)
cmd-history-missed-done = missed (done)
cmd-history-no-answer = no answer
# $duration: 1:05 or 1:02:05.
cmd-history-talked = talked { $duration }
cmd-history-ended = ended
cmd-history-csv-and-json = --csv and --json each choose the output: give one of them
cmd-history-no-match = No call matches.
cmd-history-no-missed = No missed calls.
cmd-history-none = No calls yet.
cmd-history-marked-seen = Marked { $count ->
    [one] { $count } missed call
   *[other] { $count } missed calls
} as seen.
# The columns of `skydial history`.
cmd-history-column-when = WHEN
cmd-history-column-direction = DIR
cmd-history-column-number = NUMBER
cmd-history-column-name = NAME
cmd-history-column-outcome = OUTCOME
cmd-history-column-call = CALL
cmd-history-column-note = NOTE
cmd-note-removed = Note removed.
cmd-note-saved = Note saved.
cmd-note-no-call = No call “{ $call }” in the history: `skydial history --json` shows each call's call_id.

## The window, links and the running skydial

cmd-running-did-not-take = skydial is running but did not take the request ({ $error }); try again, or quit skydial and run this again
cmd-quick-dial-not-running = skydial is not running: start skydial (it stays in the tray), then quick-dial shows its prompt
cmd-link-with-options = a link opens on its own: leave out --demo and --minimised
cmd-link-not-alone = a link must be the only argument, and “{ $link }” came with more: nothing was dialled; to dial a number, use skydial dial NUMBER
cmd-not-a-command = “{ $text }” is neither a command nor a tel:, callto: or sip: link; see skydial --help
cmd-already-running = skydial is already running.
cmd-running-not-answering = skydial is already running but does not answer ({ $error }); quit it (or end its process) and start skydial again
cmd-cannot-start = cannot start: { $error }
cmd-no-command = no command given
cmd-cannot-write-log = cannot write the log { $path }: { $error }

## `skydial watch`

cmd-watch-skipped = { $count ->
    [one] { $count } event was printed too slowly and skipped
   *[other] { $count } events were printed too slowly and skipped
}
cmd-watch-engine-stopped = the background engine stopped

# One line of `skydial watch`: $state is the API's (RINGING), $who the caller's name and number.
cmd-watch-event = { $time }  { $state }  { $direction }  { $who }  [call { $call }]
cmd-watch-event-dialled = { $time }  { $state }  { $direction }  { $who }  to { $dialled }  [call { $call }]
# Incoming and outgoing, in a 3-letter column.
cmd-watch-in = in
cmd-watch-out = out

## Names, places and saving callers (branch dirpop)

# On hover over the name a link's question shows for its number.
link-question-name-from-contacts = { $name }: from your contacts
link-question-name-from-directory = { $name }: from the directory { $directory }
# The action on a screen pop of a caller who is not one of your contacts.
pop-save-contact = Save as contact
