//! One sync of one directory: read from its server (LDAP or CardDAV) into
//! the index through a [`Writer`], then sweep what the server no longer
//! lists. (`sync.rs` holds the writer and the report, which the readers use.)

use super::index::Sweep;
use super::sync::{SharedIndex, SyncOptions, SyncReport, Writer, locked, saved_state};
use super::{DirectoryConfig, DirectoryError, Password, Target};
use std::time::Instant;

/// Syncs one directory into the index. The password is the directory's
/// (none: anonymous).
pub async fn run(
    index: &SharedIndex,
    config: &DirectoryConfig,
    password: Option<&Password>,
    options: &SyncOptions,
) -> Result<SyncReport, DirectoryError> {
    let started = Instant::now();
    let target = config.check()?;
    let name = config.name.clone();
    let begin = {
        let index = index.clone();
        let name = name.clone();
        tokio::task::spawn_blocking(move || locked(&index).begin_sync(&name))
            .await
            .map_err(|e| DirectoryError::Usage(format!("the index writer stopped: {e}")))??
    };
    let mut writer = Writer::new(
        index.clone(),
        begin,
        SyncReport {
            name: name.clone(),
            kind: target.kind(),
            ..SyncReport::default()
        },
    );
    let outcome = match &target {
        Target::Ldap { .. } => ldap(config, password, options, &mut writer).await,
        Target::CardDav { .. } => {
            let previous = saved_state(index, &name).await;
            super::carddav::sync(config, password, options, previous.as_deref(), &mut writer).await
        }
    };
    // What was read before a failure is kept (newer names, nothing removed).
    let flushed = writer.flush().await;
    let outcome = outcome.and_then(|done| flushed.map(|()| done));
    let index = index.clone();
    match outcome {
        Ok((sweep, state)) => {
            let run = writer.run;
            let removed = tokio::task::spawn_blocking(move || {
                locked(&index).finish(&run, &sweep, state.as_deref())
            })
            .await
            .map_err(|e| DirectoryError::Usage(format!("the index writer stopped: {e}")))??;
            writer.report.tally.removed += removed;
            writer.report.took_ms = started.elapsed().as_millis();
            tracing::info!("{}", crate::i18n::in_english(|| writer.report.summary()));
            Ok(writer.report)
        }
        Err(e) => {
            let message = e.to_string();
            let noted =
                tokio::task::spawn_blocking(move || locked(&index).failed(&name, &message)).await;
            if let Ok(Err(e)) = noted {
                tracing::warn!(
                    "could not note the failed sync: {}",
                    crate::i18n::English(&e)
                );
            }
            Err(e)
        }
    }
}

async fn ldap(
    config: &DirectoryConfig,
    password: Option<&Password>,
    options: &SyncOptions,
    writer: &mut Writer,
) -> Result<(Sweep, Option<String>), DirectoryError> {
    let ldap_options = super::ldap::LdapOptions::from_config(config, options.timeout)?;
    let mut session = super::ldap::Session::connect(&ldap_options, password).await?;
    writer.report.encrypted = session.encrypted;
    let read = session.people(writer).await;
    session.close().await;
    read?;
    Ok((Sweep::Unseen, None))
}
