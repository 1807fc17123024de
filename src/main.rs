//! The `skydial` command.

mod cli;

fn main() -> std::process::ExitCode {
    skydial::settings::choose_language();
    cli::main()
}
