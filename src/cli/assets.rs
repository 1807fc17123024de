//! The man page and the shell completions, for packaging.

use super::args::Cli;
use super::exit::{Failure, Status};

/// The man page (`skydial.1`) and the bash, zsh and fish completions, from
/// the same definitions the command line parses with.
pub(super) fn write_assets(dir: &std::path::Path) -> Result<Status, Failure> {
    use clap::CommandFactory;
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        Failure::usage(format!("cannot write {what} into {}: {e}", dir.display()))
    };
    std::fs::create_dir_all(dir).map_err(|e| fail("the assets", &e))?;
    let mut man = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut man)
        .map_err(|e| fail("the man page", &e))?;
    std::fs::write(dir.join("skydial.1"), man).map_err(|e| fail("the man page", &e))?;
    for (shell, file) in [
        (clap_complete::Shell::Bash, "skydial.bash"),
        (clap_complete::Shell::Zsh, "_skydial"),
        (clap_complete::Shell::Fish, "skydial.fish"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "skydial", &mut out);
        std::fs::write(dir.join(file), out).map_err(|e| fail(file, &e))?;
    }
    println!(
        "Wrote skydial.1, skydial.bash, _skydial and skydial.fish into {}",
        dir.display()
    );
    Ok(Status::Ok)
}
