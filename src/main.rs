//! The `skydial` command.
// A GUI program on Windows: no console window opens beside the app. Its
// commands still print in the terminal they were started from (see
// cli/console.rs).
#![windows_subsystem = "windows"]

mod cli;

fn main() -> std::process::ExitCode {
    skydial::settings::choose_language();
    cli::main()
}
