//! The `skydial` command.

mod cli;

fn main() -> std::process::ExitCode {
    skydial::i18n::choose(&skydial::settings::saved_language(
        skydial::settings::default_path().as_deref(),
    ));
    cli::main()
}
