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

# "Wrong DID or PIN: <the server's own words>. <advice> (API error 5)": what happened
# and what to do first, the code last. $meaning starts with a capital letter here
# (skydial capitalises it); in status-reason-api-error it stays as written.
api-error = { $meaning }: { $message }. { $advice } (API error { $code })
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
status-reason-api-error = { $meaning } (API error { $code })

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

## The window's screens, the desk and the shells (l10n-desk)

# The desk could not take a request: $request says which (the variant), $number is the number when it is a dial.
notice-busy = { $request ->
    [sign-in] skydial is busy and could not sign in; try again in a moment.
    [sign-out] skydial is busy and could not sign out; try again in a moment.
    [answer] skydial is busy and could not answer the call; try again in a moment.
    [decline] skydial is busy and could not decline the call; try again in a moment.
    [hang-up] skydial is busy and could not hang up; try again in a moment.
    [hold] skydial is busy and could not hold the call; try again in a moment.
    [resume] skydial is busy and could not resume the call; try again in a moment.
    [dial] skydial is busy and could not dial { $number }; try again in a moment.
    [dial-clipboard] skydial is busy and could not dial the clipboard; try again in a moment.
    [history] skydial is busy and could not update the history; try again in a moment.
    [search-contacts] skydial is busy and could not search the contacts; try again in a moment.
    [import-contacts] skydial is busy and could not import the contacts; try again in a moment.
    [search-people] skydial is busy and could not search the contacts and directories; try again in a moment.
    [change-contact] skydial is busy and could not change the contacts; try again in a moment.
    [directories] skydial is busy and could not change the directories; try again in a moment.
    [sync-directories] skydial is busy and could not sync the directories; try again in a moment.
    [settings] skydial is busy and could not save the settings; try again in a moment.
    [dnd] skydial is busy and could not change do not disturb; try again in a moment.
    [favourites] skydial is busy and could not change the favourites; try again in a moment.
    [link] skydial is busy and could not answer the link; try again in a moment.
    [resolve-missed] skydial is busy and could not mark the missed call done; try again in a moment.
    [remind] skydial is busy and could not set the reminder; try again in a moment.
    [note] skydial is busy and could not save the note; try again in a moment.
    [export] skydial is busy and could not export the history; try again in a moment.
   *[external] skydial is busy and could not take the request; try again in a moment.
}
# A call's button did nothing: $action is the button.
notice-call-stale = { $action ->
    [answer] Could not answer the call: the call is no longer in that state.
    [decline] Could not decline the call: the call is no longer in that state.
   *[hang-up] Could not hang up: the call is no longer in that state.
    [hold] Could not hold the call: the call is no longer in that state.
    [resume] Could not resume the call: the call is no longer in that state.
}
# A call's button failed: $action is the button, $error what went wrong.
notice-call-failed = { $action ->
    [answer] Could not answer the call: { $error }
    [decline] Could not decline the call: { $error }
   *[hang-up] Could not hang up: { $error }
    [hold] Could not hold the call: { $error }
    [resume] Could not resume the call: { $error }
}
# $clip: the clipboard or the selected text (the variant).
notice-clipboard-too-big = { $clip ->
   *[clipboard] Nothing dialled: the clipboard holds { $size } KB of text, more than skydial reads ({ $most } KB). Copy just the phone number.
    [selection] Nothing dialled: the selected text holds { $size } KB of text, more than skydial reads ({ $most } KB). Copy just the phone number.
}
# $reason says why (a number-… message).
notice-clipboard-nothing = { $clip ->
   *[clipboard] Nothing to dial in the clipboard: { $reason }
    [selection] Nothing to dial in the selected text: { $reason }
}
notice-clipboard-unreadable = { $clip ->
   *[clipboard] Cannot dial the clipboard: { $error }
    [selection] Cannot dial the selected text: { $error }
}
notice-link-too-many = { $count ->
    [one] Not dialled: { $number } was not asked about, as { $count } number is already waiting for your answer in skydial's window. Answer it, then try again.
   *[other] Not dialled: { $number } was not asked about, as { $count } numbers are already waiting for your answer in skydial's window. Answer those, then try again.
}
# A call's buttons (the calls list, the ringing banner) and their hover text.
call-action-answer = Answer
call-action-decline = Decline
call-action-hang-up = Hang up
call-action-hold = Hold
call-action-resume = Resume
# Who asks, above the number in the link question.
link-question-asker-link = A link asks to call this number from your desk phone:
link-question-asker-program = Another program asks to call this number from your desk phone:
link-question-asker-clipboard = The copied text asks to call this number from your desk phone (premium-rate and international numbers are always asked):
desk-task-failed = background task failed: { $error }
notice-clipboard-no-number = no phone number was found in the copied text
notice-cannot-dial-error = Cannot dial { $number }: { $error }
notice-link-not-signed-in = Cannot dial { $number }: skydial is not signed in yet. Open skydial, sign in, then use the link again.
notice-link-no-pin = Cannot dial { $number }: no PIN is kept for { $user }. Open skydial and sign in with “Remember PIN” ticked, or start skydial first; then use the link again.
notice-link-keyring = Cannot dial { $number }: the keyring could not be read ({ $error }). Open skydial and sign in, then use the link again.
# The notice while a call is placed; it goes once the call is listed.
notice-dialling = Dialling { $number }
notice-not-placed = The server did not place the call to { $number }; dial it on the phone.
notice-link-unreadable = Nothing dialled from the link: { $error }.
notice-link-cancelled = Cancelled: { $number } was not dialled.
# Said after "Dialling …" when a link names an extension.
notice-link-extension = The link names extension { $extension }: key it in on the phone when the call is answered.
# Answers to another skydial process (printed by it).
reply-already-running = skydial is already running: its window is shown.
reply-quick-dial-handed = Handed to skydial: see its window.
# $text is what the other program asked to dial.
notice-cannot-dial-text = Cannot dial “{ $text }”: { $error }
notice-pin-not-removed = Could not remove the PIN from the keyring: { $error }
notice-signed-out = Signed out.
notice-sign-in-did = Enter your DID: your 10-digit phone number, digits only.
notice-sign-in-pin = Enter your PIN (the one you use for voicemail).
notice-no-keyring = No keyring is available ({ $error }): skydial will ask for the PIN at each start. It is never written to a file.
notice-keyring-unreadable = The keyring could not be read ({ $error }); enter the PIN.
# The Dial tab. $time is the callee's time of day with its zone (14:05 EST), $place where the number is.
dial-local-time = Local time there: { $time } ({ $place })
dial-local-time-night = Local time there: { $time } ({ $place }): outside 8:00-21:00 there
# The number field's label (read by screen readers).
dial-number = Number
# Examples in the empty number field.
dial-number-hint = +1 (646) 555-1234, 1234, tel:…
dial-dial = Dial
# $number as it reads, $digits as the phone dials it.
dial-will-dial = Will dial { $number } ({ $digits })
dial-type-or-paste = Type or paste a number.
dial-keep-typing = Keep typing: a 4-digit extension or a full 10-digit number.
# $reason says why (a number-… message).
dial-cannot-dial = Cannot dial: { $reason }
dial-cannot-dial-nobody = Cannot dial: { $reason }; nor does it name anyone in your contacts or directories
dial-clipboard = Dial clipboard
dial-add-favourite = Add to favourites
# The dial pad's key that deletes the last digit (short: a key's width), and its hover text.
dial-pad-delete = Del
dial-pad-delete-hint = Delete the last digit
dial-favourites = Favourites
dial-favourite-call = Call
dial-favourite-remove = Remove
# The window that asks which of the clipboard's numbers to dial.
dial-pick-title = Which number?
dial-pick-clipboard = The clipboard has several numbers. Pick the one to dial:
# A button per number found.
pick-dial = Dial { $number }
# The Calls tab with no calls: its number field.
calls-number = Number to call
calls-number-hint = +1 (646) 555-1234, 1234, tel:…
calls-call = Call
calls-will-dial = Will dial { $number } ({ $digits })
calls-keep-typing = Keep typing: a 4-digit extension or a full 10-digit number.
calls-cannot-dial = Cannot dial: { $reason }
# A call's state, on its coloured chip (short).
calls-state-ringing = Ringing
calls-state-calling = Calling…
calls-state-connected = Connected
calls-state-on-hold = On hold
calls-state-ended = Ended
calls-none = No calls right now.
calls-none-how = Type a number to call, or dial from the Dial tab, the tray, or the hotkey with a number on the clipboard.
# Hover text of a call's duration; $duration is 1:05 or 1:02:05.
calls-talking-for = Talking for { $duration }
calls-calling-for = Calling for { $duration }
calls-ringing-for = Ringing for { $duration }
# A call's details, small, joined by " · ": the number dialled, the direction, how long it rang.
calls-detail-to = to { $number }
calls-detail-outgoing = outgoing
calls-detail-incoming = incoming
calls-detail-rang = rang { $duration }
# Hover text on a caller's name: where the name came from.
calls-name-from-contacts = { $name }: from your contacts
calls-name-from-directory = { $name }: from the directory { $directory }
calls-from-contacts = from your contacts
calls-from-directory = from the directory { $directory }
# Where the caller is, when it is night there: $place is "New York, NY, 23:40 EST".
calls-place-night = { $place } (night there)
calls-save-contact = Save as contact
calls-save-contact-hint = Save { $number } as a contact
# A call button's hover text: its name and its keyboard shortcut (Ctrl+Enter).
calls-action-hint = { $action } ({ $shortcut })
# The banner over the other tabs while a call rings.
ringing-is-calling = { $caller } is calling
# The quick-dial prompt (the hotkey).
quick-dial-title = Quick dial
quick-dial-field = Number, or text with a number in it:
quick-dial-hint = +1 (646) 555-1234
quick-dial-will-dial = Will dial { $number }
quick-dial-phone-dials = The phone dials { $digits }.
quick-dial-type-or-paste = Type or paste a number.
quick-dial-several = This text has several numbers. Pick the one to dial:
quick-dial-no-number = no phone number was found in this text
quick-dial-cannot-dial = Cannot dial: { $reason }
quick-dial-cannot-dial-nobody = Cannot dial: { $reason }; nor does it name anyone in your contacts or directories
quick-dial-dial = Dial
quick-dial-close = Close
quick-dial-keys = Enter dials; Escape closes.
# Under the numbers offered: how many more were found.
pick-more = { $count ->
    [one] { $count } more is not shown: copy just the number you want.
   *[other] { $count } more are not shown: copy just the number you want.
}
ringing-more = { $count ->
    [one] { $count } more ringing: see the Calls tab.
   *[other] { $count } more ringing: see the Calls tab.
}
# The History tab.
history-search = Search
history-search-hint = name or number
history-all = All calls
history-missed-only = Missed calls
history-refresh = Refresh
history-mark-all-seen = Mark all missed as seen
history-empty = No calls yet.
history-no-match = No calls match.
# A day heading for calls whose time cannot be read.
history-unknown-day = Unknown day
history-incoming = Incoming
history-outgoing = Outgoing
history-in-progress = In progress
# A missed call not yet seen.
history-missed-new = Missed (new)
history-missed = Missed
# $duration: 1:05 or 1:02:05.
history-talked = Talked { $duration }
history-no-answer = No answer
history-call-back = Call back
history-mark-seen = Mark seen
# The window's tabs.
tab-calls = Calls
tab-calls-hint = Calls on your phone now
tab-dial = Dial
tab-history = History
tab-contacts = Contacts
tab-settings = Settings
# The Do not disturb box at the top of the window, and its hover text ($until: 17:30, or a date and a time).
dnd = Do not disturb
dnd-hint = Ringing calls are declined and logged as missed
dnd-hint-until = Until { $until }: ringing calls are declined and logged as missed
# The sign-in screen.
sign-in-title = Sign in to ShoreTel Sky
sign-in-intro = Your ShoreTel Sky number (DID) and the PIN you use for voicemail.
sign-in-server = Server
sign-in-did = DID
sign-in-did-hint = 10 digits, e.g. 6465551000
sign-in-did-problem = Enter your DID: your 10-digit phone number, digits only.
sign-in-pin = PIN
sign-in-pin-problem = Enter your PIN (the one you use for voicemail).
sign-in-ca-file = CA certificate file (optional)
sign-in-ca-file-hint = only behind a company TLS proxy
sign-in-remember = Remember PIN in the system keyring
sign-in-submit = Sign in
sign-in-signing-in = Signing in…
# The question a link (or another program) asks before dialling.
link-question-title = Dial this number?
link-question-phone-dials = The phone dials { $digits }.
link-question-extension = The link names extension { $extension }: the phone cannot send it for you; key it in when the call is answered.
link-question-cancel = Cancel
link-question-dial = Dial
link-question-keys = Enter or Escape cancels.
# A window that is only a link's question.
link-only-close = Close
link-only-dialling = Dialling…
# The status area: the connection, and who is signed in ($status is the connection's state, $user the DID as it reads).
status-as-user = { $status } as { $user }
status-hint = Connection to the Sky API
status-dismiss = Dismiss
notice-close-to-tray = skydial keeps running in the tray; choose Quit there to exit.
# The Calls tab's badge, as a screen reader says it.
tab-calls-count = { $count ->
    [one] { $count } call
   *[other] { $count } calls
}
# Why the window could not open or run (the command line prints it after "cannot start:").
window-no-display = cannot open the window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start skydial from your desktop session, or use its command line (skydial --help).
# $why is the window system's own words, $display the display's name.
window-cannot-open = cannot open the window: { $why }. Is the display ({ $display }) reachable from this session?
window-cannot-draw = cannot draw into the window: { $error }
window-event-loop-failed = the window's event loop failed: { $error }
# The GPU shell was asked to show its window on Wayland (--renderer cpu is a flag: keep it).
window-gpu-cannot-show = On Wayland the GPU shell cannot bring its window forward by itself: the desktop was asked to (GNOME says that skydial is ready; click that, or skydial in the dock or the task bar). The CPU shell (--renderer cpu) brings it back itself.
# The --demo banner: $server is the simulator's address (its control page is at $server/control/).
demo-banner = Demo: a built-in simulator at { $server } (user { $user }, PIN { $pin }); calls ring now and then, outgoing calls are answered after { $answered_after } s. Control it at { $server }/control/.
notice-demo-contacts = The demo's contacts could not be added: { $error }
notice-no-system-keyring = No system keyring is available ({ $error }): skydial asks for the PIN at each start and never writes it to a file.
reply-quitting = skydial is quitting; try again in a moment.
reply-no-answer = skydial did not answer; try again.
notice-socket-unreachable = Links and `skydial dial` cannot reach this window ({ $error }); they will work on their own.
# Why skydial could not start (the command line prints it after "cannot start:").
app-cannot-start-runtime = cannot start the background runtime: { $error }
app-cannot-start-demo = cannot start the demo simulator: { $error }
# What a link's asker is told when the window showing its question was closed.
reply-window-closed = Cancelled: the window was closed; nothing was dialled.

## The desktop around the window: tray, screen pops, hotkey (branch l10n-desktop)

# The tray icon's tooltip; " · 2 missed calls" and " · do not disturb" may follow.
tray-tooltip-ringing = skydial: { $caller } is calling
tray-tooltip-connected = skydial: connected
tray-tooltip-offline = skydial: not connected
tray-tooltip-dnd = do not disturb
# $time: when it ends ("14:30", or a date and time when not today).
tray-tooltip-dnd-until = do not disturb until { $time }
# The tray menu: one item per favourite or recent number ($name: its name or number).
tray-call = Call { $name }
tray-no-recent = No recent numbers yet
tray-dial-clipboard = Dial clipboard
tray-dnd = Do not disturb
tray-dnd-hour = Do not disturb for an hour
tray-dnd-tomorrow = Do not disturb until tomorrow
tray-show-window = Show window
tray-quit = Quit
# Said in the window when there is no tray to hide it in.
tray-cannot-check = Cannot check for a system tray ({ $error }); closing the window quits skydial.
tray-none-running = No system tray is running here: the window stays reachable and closing it quits skydial.
tray-none = No system tray here ({ $error }): the window stays reachable and closing it quits skydial.
# A screen pop's title: $caller is a name or a number.
pop-calling = { $caller } is calling
# A screen pop's line: the number the caller dialled (one of the user's).
pop-dialled = Dialled { $number }
# $place: "New York, NY, 23:00 EST", the caller's place and time there, at night.
pop-night = { $place } (outside 8:00-21:00 there)
# The screen pop's actions, and a click on the pop itself.
pop-answer = Answer
pop-ignore = Decline
pop-show-call = Show the call
pop-too-many = { $count ->
    [one] More than { $count } call is ringing: the window lists them all; screen pops show the first one.
   *[other] More than { $count } calls are ringing: the window lists them all; screen pops show the first { $count }.
}
pop-no-service = No desktop notification service is running ({ $error }); skydial shows its window for ringing calls instead.
# Windows' toast errors ($code: 0x80040154).
pop-windows-no-toasts = this Windows has no toast notifications, error { $code }
pop-windows-error-no-text = Windows gave error { $code } without a description
pop-windows-error = { $message }, error { $code }
# The global hotkey: what it does now (Settings shows it), and why there is none.
hotkey-status-off = Not registered (no desktop integration).
hotkey-status-saved = { $keys } is saved (no desktop integration to register it).
hotkey-status-registered = { $keys } dials the number on the clipboard.
hotkey-status-asking = Asking the desktop for the shortcut { $keys }…
hotkey-status-desktop = { $keys } dials the number on the clipboard (a desktop shortcut, through the desktop portal: change it in your desktop's keyboard settings).
hotkey-status-desktop-unnamed = The desktop's shortcut dials the number on the clipboard (a desktop shortcut, through the desktop portal: change it in your desktop's keyboard settings).
hotkey-status-kde = { $keys } dials the number on the clipboard (a KDE global shortcut, registered with KGlobalAccel: change it in System Settings, Shortcuts, under skydial).
hotkey-status-kde-unnamed = The desktop's shortcut dials the number on the clipboard (a KDE global shortcut, registered with KGlobalAccel: change it in System Settings, Shortcuts, under skydial).
# $why: one of the hotkey-… errors below.
hotkey-status-not-changed-old = { $why }. { $old } still dials the clipboard; the hotkey was not changed.
hotkey-status-not-changed = { $why }. The hotkey was not changed.
hotkey-no-session = The clipboard hotkey needs a desktop session (X11 or Wayland), and there is none: use Dial clipboard in the tray, or bind a key to the command `skydial quick-dial` in your desktop's keyboard settings.
hotkey-register = cannot register the hotkey { $keys }: { $why }
hotkey-no-global = cannot use global hotkeys here: { $why }
hotkey-taken = cannot register { $keys } (another program may use it): { $why }
# $why: the desktop's own words.
hotkey-refused = The desktop did not give skydial a global shortcut ({ $why }); use Dial clipboard in the tray, or bind a key to the command `skydial quick-dial` in your desktop's keyboard settings.
# The hotkey as typed in Settings, and what is wrong with it ($why: one of hotkey-fault-…).
hotkey-invalid = the hotkey “{ $keys }” is not valid ({ $why }); write it like ctrl+alt+d
hotkey-fault-empty = it is empty
hotkey-fault-modifier = unknown modifier “{ $modifier }”
hotkey-fault-key = the key must be a letter, a digit, F1 to F12 or space
hotkey-fault-no-modifier = use at least Ctrl, Alt or Super, or typing would trigger it
# Why the system would not take the hotkey.
hotkey-why-in-use = another program already uses it
hotkey-why-no-screen = no X screen
hotkey-why-no-key = the keyboard has no { $key } key
hotkey-why-unreadable = global-hotkey cannot read it ({ $error })
hotkey-why-not-bound = the desktop did not bind the shortcut
hotkey-why-portal-gone = the desktop portal went away
hotkey-why-kde-not-running = KDE's KGlobalAccel is not running
hotkey-why-kde-no-keys = KDE gave skydial no keys: another program may use them
hotkey-why-kde-gone = KDE's KGlobalAccel went away
# What KDE shows when the user removed the shortcut's keys.
hotkey-no-key = No key
# The shortcut's name in the desktop's keyboard settings (the portal's and KDE's lists).
hotkey-shortcut-name = Dial the phone number on the clipboard
hotkey-portal-description = Dial the phone number on the clipboard (skydial)

## The Settings, Contacts and calls-as-work screens, and their notices (l10n-screens)

# The Settings screen
settings-account = Account
# $user: the DID, $server: the server's URL.
settings-signed-in-as = Signed in as { $user } on { $server }
settings-sign-out = Sign out
settings-sign-out-forget-pin = Sign out and forget PIN
settings-phone-and-calls = Phone and calls
settings-endpoint = Phone endpoint (MAC)
settings-endpoint-hint = leave blank unless your provisioning needs it
settings-hotkey = Clipboard hotkey
settings-hotkey-action = When the hotkey is pressed
settings-hotkey-action-prompt = Show the number in the quick-dial prompt
settings-hotkey-action-dial = Dial at once
settings-hotkey-reads = The hotkey reads
settings-hotkey-reads-clipboard = The clipboard (copied text)
settings-hotkey-reads-selection = The selected text (no need to copy)
settings-theme = Appearance
settings-theme-system = Follow the desktop
settings-theme-light = Light
settings-theme-dark = Dark
settings-notifications = Screen pops for ringing calls
settings-do-not-disturb = Do not disturb (ringing calls are ignored and logged as missed)
settings-start-minimised = Start minimised to the tray
settings-close-to-tray = Closing the window keeps skydial in the tray
settings-start-at-login = Start skydial when I log in (hidden in the tray)
settings-trusted-links = Dial tel: and callto: links without asking (never international or premium-rate numbers)
settings-hooks = Call page and hook
settings-hooks-url-on-ring = Page to open when a call rings
settings-hooks-url-on-answer = Page to open when a call is answered
settings-hooks-command = Program to run on ring, answer and end
# $number, $name, ...: the placeholders as typed in a page ({number}, {name}, ...); the SKYDIAL_ variables and ring, answer, end stay as they are.
settings-hooks-help = In a page, { $number }, { $name }, { $clid }, { $call_id } and { $direction } are filled in. The program gets them as SKYDIAL_NUMBER, SKYDIAL_NAME, SKYDIAL_CLID, SKYDIAL_CALL_ID, SKYDIAL_DIRECTION and SKYDIAL_EVENT (ring, answer, end); no shell reads its line.
settings-hooks-unclosed-quote = The program's line has a quotation mark that is not closed.
settings-about = About skydial
settings-about-version = Version
settings-about-log = Log
settings-about-data = History and contacts
settings-about-settings = Settings
# Instead of a folder that this system does not have.
settings-about-none = (none on this system)
# The Contacts screen and the contact form
contacts-search = Search contacts
contacts-new = New contact
contacts-import-file = Import file
contacts-import-file-hint = /path/to/contacts.vcf or .csv
contacts-import = Import
contacts-drop-hint = You can also drop a .vcf or .csv file on the window.
contacts-delete-question = Delete the contact { $name }?
contacts-delete-confirm = Delete it
contacts-delete-keep = Keep it
contacts-none-yet = No contacts yet: add one with New contact, import a file, or add a company directory in Settings.
contacts-nobody-matches = Nobody in your contacts or directories matches.
# Hovering a person's name: $source says where the name came from.
contacts-person-from = { $name }: { $source }
contacts-edit = Edit
contacts-edit-who = Edit { $name }
contacts-delete = Delete
contacts-delete-who = Delete { $name }
contacts-call = Call
# $kind: work, mobile, home...
contacts-call-who = Call { $name } ({ $kind })
# Where a person's name came from, next to it: the user's own contacts (else a directory's name).
contacts-source-contacts = contacts
# A number's kind, in lists and in the form's choice.
contacts-kind-work = work
contacts-kind-mobile = mobile
contacts-kind-home = home
contacts-kind-ip = IP phone
contacts-kind-other = other
contacts-form-new = New contact
contacts-form-edit = Edit contact
contacts-form-name = Name
contacts-form-company = Company
# The form's Nth number field.
contacts-form-number = Number { $position }
contacts-form-remove = Remove
contacts-form-remove-number = Remove number { $position }
contacts-form-add-number = Add a number
contacts-form-save = Save contact
contacts-form-cancel = Cancel
contacts-form-cannot-save = Cannot save: { $error }.
# Under the dial field while a name is typed: the people found.
people-keys-hint = Up and Down choose; Enter dials.
# The accessible name of the choice of a number's kind (work, mobile...) in the contact form.
contacts-form-kind = Kind of number { $position }
# Settings' Directories section
directories = Directories
directories-about = Company directories (LDAP, Active Directory, CardDAV) name your callers and let you dial by name. They sync in the background; the names stay when a server cannot be reached.
directories-not-synced-yet = { $name }: not synced yet
directories-sync-now = Sync now
directories-sync-now-which = Sync { $name } now
directories-remove = Remove
directories-remove-which = Remove { $name }
directories-none-yet = No directories yet.
directories-remove-question = Remove the directory { $name }? Its names go from skydial (not from the server).
directories-remove-confirm = Remove it
directories-remove-keep = Keep it
directories-add = Add a directory
directories-name = Directory name
directories-url = Server URL
directories-url-hint = ldaps://dc1.corp.example.com or https://dav.example.com
directories-base = Base DN (LDAP, optional)
directories-login = User or bind DN
directories-login-hint = ada@corp.example.com; blank: anonymous
directories-password = Directory password
directories-password-kept = The password is kept in the system keyring, never in the settings file.
directories-add-button = Add directory
directories-need-history = Directories need the history database, which skydial could not open.
directories-cannot-add = Cannot add it: { $error }.
# A directory's state in the list: when it last synced ($ago: "just now", "5 min ago").
directory-status-synced = { $name }: synced { $ago } ({ $count ->
    [one] { $count } person
   *[other] { $count } people
})
directory-status-never = { $name }: never synced
# Joins a directory's state and what more there is to say about it.
directory-status-and = { $status }; { $more }
directory-status-syncing = syncing now
directory-status-failed = the last try ({ $when }) failed: { $error }. The names synced before still work
directory-ago-just-now = just now
directory-ago-minutes = { $count ->
    [one] { $count } min ago
   *[other] { $count } min ago
}
directory-ago-hours = { $count ->
    [one] { $count } h ago
   *[other] { $count } h ago
}
directory-ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
# Settings' Rules for ringing calls
rules = Rules for ringing calls
rules-about = They work only while skydial runs. An ignored call goes to voicemail; history says why.
rules-outside-working-hours = Do not disturb outside working hours
rules-working-hours-monday = Working hours on Monday
rules-working-hours-tuesday = Working hours on Tuesday
rules-working-hours-wednesday = Working hours on Wednesday
rules-working-hours-thursday = Working hours on Thursday
rules-working-hours-friday = Working hours on Friday
rules-working-hours-saturday = Working hours on Saturday
rules-working-hours-sunday = Working hours on Sunday
# The times are typed as shown, 24-hour; blank means no working hours that day.
rules-working-hours-hint = none, or 09:00-17:00
rules-dnd-until = Do not disturb until
rules-dnd-for-an-hour = For an hour
rules-dnd-until-tomorrow = Until tomorrow
rules-dnd-clear = Clear
rules-vip = VIPs (ring through do not disturb)
rules-vip-hint = a number or a contact's name, one a line
rules-ignore = Always ignore (spam)
# The * is typed as is.
rules-ignore-hint = a number, or a prefix ending in *, one a line
rules-pause-media = Pause music and videos while a call rings or is live
# Calls as work: the missed calls to do, Export…, the note editor
work-missed-to-do = { $count ->
    [one] Missed calls to do ({ $count })
   *[other] Missed calls to do ({ $count })
}
# $last: when the last missed call was ("Today, 2:05 PM").
work-missed-times = { $count ->
    [one] Missed { $last }
   *[other] Missed { $count } times, last { $last }
}
work-call-back = Call back
work-remind-me = Remind me
work-remind-in-15-minutes = In 15 minutes
work-remind-in-an-hour = In an hour
# $time: 9 in the morning as the user's clock writes it.
work-remind-tomorrow = Tomorrow at { $time }
# A field for a date and time (typed as 2026-03-31 14:30).
work-remind-at = At…
work-remind-set = Set
work-missed-done = Done
work-export-to = Export to
work-export-as = Export as
work-export = Export…
work-note-title = Note on the call with { $who }
work-note = Note
work-note-save = Save note
work-note-cancel = Cancel
work-note-add = Add note
work-note-edit = Edit note
work-note-shown = Note: { $note }
# The button on a live call that opens the note editor.
work-live-note = Note
# The desk's notices about calls as work
notice-rules-could-not-ignore = Do not disturb could not ignore a call: { $error }
notice-missed-not-done = Could not mark the missed call done: { $error }
notice-note-saved = Note saved.
notice-note-no-call = Could not save the note: that call is not in the history (yet); try again once it shows there.
notice-note-not-saved = Could not save the note: { $error }
notice-history-unreadable = Could not read the call history: { $error }
notice-reminder-not-set = Could not set the reminder: { $error }
# $when: "Today, 2:05 PM", "March 14, 9:00 AM".
notice-reminder-set = You will be reminded to call { $who } back: { $when }.
notice-exported = Exported { $count ->
    [one] { $count } call
   *[other] { $count } calls
} to { $path }.
notice-not-exported = Could not export the history to { $path }: { $error }. Choose another file or folder and try again.
# A reminder come due: $summary is reminder-call-back or reminder-call-back-late.
notice-reminder-due = Reminder: { $summary }.
reminder-call-back = Call { $who } back
reminder-call-back-late = Call { $who } back (reminder from { $when }, late)
# The title of a reminder's notification.
reminder-title = skydial reminder
# The desk's notices about history, contacts and directories
notice-not-marked-seen = Could not mark as seen: { $error }
notice-contacts-search-failed = Could not search contacts: { $error }
notice-people-search-failed = Could not search contacts and directories: { $error }
notice-contact-added = Saved { $name } as a contact.
notice-contact-updated = Saved the contact { $name }.
notice-contact-deleted = Deleted the contact.
# $error says what is wrong with the contact typed (no name, a number that is not one).
notice-contact-invalid = Could not save the contact: { $error }.
notice-contact-not-saved = Could not save the contact: { $error }
notice-contact-not-deleted = Could not delete the contact: { $error }
notice-contact-gone-not-saved = Could not save the contact: it is no longer in your contacts.
notice-contact-gone-not-deleted = Could not delete the contact: it is no longer in your contacts.
notice-directories-no-database = The directories cannot sync: skydial has no history database.
notice-directory-sync-failed = { $name }: { $error }. The names synced before still work.
notice-directories-not-synced = Could not sync the directories: { $error }
notice-contacts-not-imported = Could not import contacts: { $error }
notice-contacts-imported = Imported { $path }: { $count ->
    [one] { $count } number read
   *[other] { $count } numbers read
}, { $added } new.
# The desk's notices about settings
notice-dnd-on = Do not disturb is on: ringing calls are ignored and logged as missed.
notice-dnd-off = Do not disturb is off.
# $when: a time (15:20), or a date and time when not today.
notice-dnd-until = Do not disturb until { $when }: ringing calls are ignored and logged as missed.
notice-directory-not-added = Could not add the directory: { $error }.
notice-directory-name-taken = Could not add the directory: there is one named { $name } already; pick another name.
# $variable: an environment variable's name, kept as it is.
notice-directory-password-not-kept = The password for { $name } is not kept ({ $error }): set { $variable } whenever skydial syncs it.
notice-directories-not-updated = Could not update the directories: { $error }
notice-directory-removed = Removed the directory { $name }: its names and its kept password.
notice-directory-added = Added the directory { $name }: it syncs now.
notice-start-at-login-on = skydial starts hidden in the tray when you log in ({ $path }).
notice-start-at-login-off = skydial no longer starts when you log in.
notice-start-at-login-no-program = skydial cannot find its own program file ({ $error }), so it cannot start at login.
# Why a contact, a reminder's time or a rule cannot be used (under their fields)
contacts-check-needs-name = a contact needs a name
contacts-check-needs-number = a contact needs at least one number
contacts-check-not-a-number = { $number } is not a phone number (it needs at least 4 digits, and at most { $max } characters)
# The format is typed as shown, whatever the language.
reminders-bad-time = write the date and time as YYYY-MM-DD HH:MM (like 2026-03-31 14:30)
reminders-time-passed = that time has passed: choose a time ahead
reminders-too-far-ahead = that is more than a year ahead: choose a nearer time
# $field: the field's label (rules-working-hours-monday...).
rules-problem = { $field }: { $error }
rules-problem-not-a-span = { $part } is not a span of hours like 09:00-17:30
rules-problem-until = { $until } is not an ISO 8601 time (like 2026-03-31T17:00:00+02:00); do not disturb until a time is off
rules-problem-not-a-prefix = { $entry } under Always ignore is not a number prefix
rules-problem-not-a-number = { $entry } under Always ignore is not a number (a prefix ends in *, like 1900*)
rules-problem-no-hours = do not disturb outside working hours is on, but no working hours are set: every call is ignored

## Missed calls' notifications (src/app/desktop/pops)

# The notification when a call that rang ends unanswered: $who is the caller's name, else the number.
pop-missed-summary = Missed call from { $who }
# Its body: the local time the call ended.
pop-missed-at = Unanswered at { $time }
# Its actions: a click on it, and its two buttons.
pop-missed-show = Show missed calls
pop-missed-call-back = Call back
pop-missed-remind = Remind me in 15 minutes

## What a number costs (the link question)

number-cost-premium = This is a premium-rate number (900 or 976): calls to it can cost a lot.
# $country: the country's name in English, as libphonenumber's data has it.
number-cost-plus-one-abroad = This +1 number is in { $country }, not the US or Canada: it bills as an international call. A missed call from such a number, made so that you call back, is a common scam (the one-ring scam).
number-cost-international = This is an international number.

## Keys, as a keyboard names them (the call buttons' shortcuts: "Ctrl+Shift+D")

key-ctrl = Ctrl
key-shift = Shift
key-enter = Enter

## Contacts: the system's file chooser for Import (branch chooser)

contacts-choose-file = Choose a file…
contacts-choose-file-help = Opens your system's file chooser; the vCard (.vcf) or CSV file you choose is imported
chooser-title-import = Import contacts
chooser-accept-import = Import
chooser-filter-contacts = Contacts (vCard, CSV)
chooser-filter-vcard = vCard (.vcf)
chooser-filter-csv = CSV (.csv)
# $reason: the system's words (such as a D-Bus error).
chooser-none = No file chooser can be opened here ({ $reason }). Type the file's path in Import file and press Import, or drop the file on the window.
chooser-failed = The file chooser failed ({ $reason }). Type the file's path in Import file and press Import, or drop the file on the window.
chooser-not-local = { $uri } is not a file on this computer
chooser-off = the desktop's services are off
chooser-not-here = this system has no file chooser skydial can open
chooser-title-export = Export the call history
chooser-accept-export = Export
chooser-filter-json = JSON (.json)
export-choose-file = Choose where…
export-choose-file-help = Opens your system's Save dialog; the history is exported to the file you choose

## Names, places and saving callers (branch dirpop)

# On hover over the name a link's question shows for its number.
link-question-name-from-contacts = { $name }: from your contacts
link-question-name-from-directory = { $name }: from the directory { $directory }
# The action on a screen pop of a caller who is not one of your contacts.
pop-save-contact = Save as contact

## Directory and hook errors

directory-error-bad-url = the directory URL { $url } cannot be used: { $reason }
directory-error-insecure = { $host } is another computer: its password and names would travel unencrypted over plain http:// or ldap://. Use https:// (CardDAV) or ldaps:// (LDAP)
# $name: a directory's name as typed.
directory-error-not-found = no directory is named "{ $name }"; `skydial directory list` shows them
directory-error-exists = a directory named "{ $name }" exists already; remove it first or pick another name
directory-error-ca-file = cannot use the CA file { $path }: { $reason }
# $detail: the system's words for the failure.
directory-error-connect = cannot reach the directory server { $server } ({ $detail }); check the URL and the network
directory-error-timeout = the directory server { $server } did not answer within { $seconds } s; it may be overloaded or a firewall drops the connection. skydial keeps the names it synced and tries again later
directory-error-certificate = the certificate of { $server } is not trusted ({ $detail }); if your company has its own certificate authority, pass its certificate with --ca-file
directory-error-no-starttls = { $server } does not offer StartTLS, and the password and names would travel unencrypted; use ldaps://, or ask the directory's administrator to turn TLS on
directory-error-auth = { $server } refused the sign-in ({ $detail }); check the user name and the password
directory-error-no-password = no password for the directory { $name }: set SKYDIAL_DIRECTORY_PASSWORD, or add the directory again to keep its password in the keyring
directory-error-garbage = { $server } answered with something skydial cannot read ({ $detail }); is this the right URL?
# $what: ldap (one LDAP message) or answer (one HTTP answer).
directory-error-too-large = { $server } sent { $what ->
    [ldap] an LDAP message
   *[answer] an answer
} larger than { $limit_mb } MB; skydial stops reading there and keeps the names it has
# $detail: the server's own words.
directory-error-server = { $server } answered: { $detail }
directory-error-redirect = { $server } redirects to { $location }, another server: add the directory with that URL if you trust it
directory-error-no-address-book-home = { $server } has no address book: it names no address book home for this user (is this a CardDAV server?)
directory-error-no-address-book = { $server } has no address book for this user
# $want: the address book asked for; $has: the names of those it has, with commas.
directory-error-no-address-book-named = { $server } has no address book named "{ $want }"; it has: { $has }
directory-error-too-many = { $server } holds more than { $limit } entries; skydial keeps up to { $limit } per directory. Narrow it with --base
directory-error-settings = cannot save the settings: { $error }
directory-error-bind-not-carddav = --bind takes an LDAP DN; a CardDAV server takes --user
directory-error-name-length = a directory's name is 1 to 64 characters, like Corp or Shared
directory-error-name-characters = a directory's name has no control characters or spaces around it
# $name: the name kept for the user's own contacts.
directory-error-name-contacts = "{ $name }" names your own contacts; pick another name
directory-error-service-stopped = the directory service has stopped; restart skydial
directory-error-not-ldap = { $url } is not an LDAP URL (ldap:// or ldaps://)
directory-error-not-carddav = { $url } is not a CardDAV URL (https://)
directory-error-no-base = { $server } does not say where its entries are: pass --base, like DC=corp,DC=example,DC=com
# Why a directory URL cannot be used (after "the directory URL … cannot be used: ").
directory-url-no-user = leave user names and passwords out of the URL: use --user or --bind, and SKYDIAL_DIRECTORY_PASSWORD or the prompt for the password
directory-url-no-query = a directory URL has no query (?...) or fragment (#...)
directory-url-no-host = it has no host
directory-url-scheme = use ldap://, ldaps:// (LDAP, Active Directory) or https:// (CardDAV), not { $scheme }://
# What a directory's sync did: Settings shows it, `skydial directory sync` prints it.
# $protocol: ldap or carddav; $how: changes (only changes asked for) or full; $seconds: how long, like 1.5.
directory-sync-summary = { $name }: { $added } added, { $changed } changed, { $removed } removed, { $unchanged } unchanged ({ $protocol ->
    [ldap] { $fetched ->
        [one] { $fetched } entry
       *[other] { $fetched } entries
    }
   *[carddav] { $fetched ->
        [one] { $fetched } card
       *[other] { $fetched } cards
    }
} read, { $protocol ->
    [ldap] { $requests ->
        [one] { $requests } page
       *[other] { $requests } pages
    }
   *[carddav] { $requests ->
        [one] { $requests } request
       *[other] { $requests } requests
    }
}, { $how ->
    [changes] changes only
   *[full] full listing
}, { $seconds } s)
# The call hook (Settings > Call page and hook): why its program failed. $reason, $status: the words below or the system's.
hook-cannot-run = cannot run it: { $reason }
hook-failed = { $status }
# $stderr: the first line the program wrote to its error output.
hook-failed-saying = { $status } ({ $stderr })
# $after: like "5 s" or "500 ms".
hook-timed-out = it ran longer than { $after } and was stopped
hook-no-such-program = there is no such program; give its full path, or check that it is installed
hook-permission-denied = permission denied; check that it is a program you may run (chmod +x)
hook-exit-status = exit status { $code }
hook-stopped-by-signal = stopped by signal { $signal }
hook-no-program-set = no program is set
hook-no-opener-set = no program to open pages with is set
# Shown once when the hook fails; $failure: one of the texts above.
hook-command-failure = The call hook `{ $program }` failed: { $failure }. skydial will not say so again until it works; fix it in Settings > Call page and hook.
# $opener: the program that opens web pages (xdg-open).
hook-page-failure = The call page could not be opened (`{ $opener }`: { $failure }). skydial will not say so again until it works; check that a default web browser is set, or change the page in Settings > Call page and hook.
hook-template-failure = The call page cannot be opened: { $error }. skydial will not say so again until it works; fix it in Settings > Call page and hook.
hook-settings-ring-page = The page to open when a call rings cannot be used: { $error }.
hook-settings-answer-page = The page to open when a call is answered cannot be used: { $error }.
hook-settings-no-program = The call hook has arguments but no program: put the program first.
hook-settings-shell-line = The call hook `{ $line }` looks like a shell command line, but skydial runs no shell: give the program, then each argument on its own.
# Why a page URL cannot be used. {number} and the other placeholders stay as they are.
hook-page-url-blank = the page URL is blank; leave it blank only to open no page
hook-page-url-not-web = the page URL must start with http:// or https:// (it starts with { $start }): skydial opens web pages only; write it like https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-no-host = the page URL has no site after the //; write it like https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-placeholder-in-host = the site part of the page URL cannot hold a placeholder or a brace, so a caller can never choose the site; put placeholders in the path or the query, like https://crm.example.com/lookup?phone={"{"}number{"}"}
hook-page-url-bad-character = the page URL has a space or a control character at character { $position }; write a space as %20
hook-page-url-unknown-placeholder = the page URL has an unknown placeholder {"{"}{ $name }{"}"}; the known ones are {"{"}number{"}"}, {"{"}name{"}"}, {"{"}clid{"}"}, {"{"}call_id{"}"} and {"{"}direction{"}"}
hook-page-url-unclosed = the page URL has a {"{"} that is not closed by {"}"}; write {"{{"} for a brace itself
hook-page-url-stray-brace = the page URL has a {"}"} that closes nothing; write {"}}"} for a brace itself

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
