//! skydial: a desktop companion for the ShoreTel Sky Hosted API.
//!
//! Without the `app` feature (on by default) only the parsers are built:
//! `protocol` and `contacts`, which read what comes from the network and
//! from files, and `geo`, where numbers are (the fuzz targets build just
//! these).

pub mod contacts;
pub mod geo;
pub mod i18n;
pub mod protocol;

#[cfg(feature = "app")]
pub mod app;
#[cfg(feature = "app")]
pub mod autostart;
#[cfg(feature = "app")]
pub mod client;
#[cfg(feature = "app")]
pub mod directory;
#[cfg(feature = "app")]
pub mod engine;
#[cfg(feature = "app")]
pub mod files;
#[cfg(feature = "app")]
pub mod history;
#[cfg(feature = "app")]
pub mod hooks;
#[cfg(feature = "app")]
pub mod instance;
#[cfg(feature = "app")]
pub mod logs;
#[cfg(feature = "app")]
pub mod media;
#[cfg(feature = "app")]
pub mod memory;
#[cfg(feature = "app")]
pub mod outcome;
#[cfg(feature = "app")]
pub mod secrets;
#[cfg(feature = "app")]
pub mod secure;
#[cfg(feature = "app")]
pub mod settings;
#[cfg(feature = "app")]
pub mod sim;
#[cfg(feature = "app")]
pub mod work;
