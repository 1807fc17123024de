//! Where log lines go: stderr, and for the window also its log file.

use std::io::IsTerminal;

/// Logs to stderr (warnings, more with -v), and for the window also to the
/// log file in the state directory (info and up). `SKYDIAL_LOG`, else
/// `RUST_LOG`, sets one filter for both.
pub(super) fn init_logging(verbose: u8, to_file: bool) {
    use tracing_subscriber::EnvFilter;
    use tracing_subscriber::Layer;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let asked = || {
        EnvFilter::try_from_env("SKYDIAL_LOG")
            .or_else(|_| EnvFilter::try_from_env("RUST_LOG"))
            .ok()
    };
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .fmt_fields(skydial::logs::safe_fields())
        .with_filter(asked().unwrap_or_else(|| EnvFilter::new(default)));
    let file = to_file
        .then(skydial::logs::log_path)
        .flatten()
        .and_then(|path| match skydial::logs::RotatingLog::open(&path) {
            Ok(log) => Some(log),
            Err(e) => {
                eprintln!(
                    "skydial: {}",
                    skydial::t!(
                        "cmd-cannot-write-log",
                        path = path.display().to_string(),
                        error = e.to_string()
                    )
                );
                None
            }
        })
        .map(|log| {
            tracing_subscriber::fmt::layer()
                .with_writer(log)
                .with_ansi(false)
                .with_target(false)
                .fmt_fields(skydial::logs::safe_fields())
                .with_filter(asked().unwrap_or_else(|| EnvFilter::new("info")))
        });
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(file)
        .try_init();
}
