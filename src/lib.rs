//! skydial: a desktop companion for the ShoreTel Sky Hosted API.

pub mod app;
pub mod autostart;
pub mod client;
pub mod contacts;
pub mod engine;
pub mod files;
pub mod history;
pub mod hooks;
pub mod instance;
pub mod logs;
pub mod protocol;
pub mod secrets;
pub mod secure;
pub mod settings;
pub mod sim;
