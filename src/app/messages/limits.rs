//! Bounds on what enters the app through its messages.

/// The most clipboard text searched for numbers: 64 KiB (a long e-mail).
pub const MAX_CLIPBOARD_BYTES: usize = 64 * 1024;

/// The most text the quick-dial prompt takes from the clipboard: 2,000
/// characters (a few lines around a number; the rest is left out).
pub const MAX_QUICK_DIAL_CHARS: usize = 2000;

/// The most screen pops open at once; more ringing calls are in the window
/// (and the tray's tooltip) but raise no more pops until some close.
pub const MAX_OPEN_POPS: usize = 8;

/// The most notifications of missed calls open at once (one per entry of
/// the missed-calls list); past it the oldest is withdrawn (the History tab
/// lists them all).
pub const MAX_MISSED_NOTIFICATIONS: usize = 16;

/// Requests waiting for the desk; more are refused with a notice.
pub const DESK_QUEUE: usize = 64;

/// Commands waiting for the screen pops; more are skipped (and logged).
pub const POPS_QUEUE: usize = 64;

/// The most questions (links, and premium or international numbers handed
/// over) waiting for the user's answer at once; more are refused and said
/// so, so that a flood cannot stack questions under the pointer.
pub const MAX_PENDING_QUESTIONS: usize = 4;
