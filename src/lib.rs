//! skydial: a desktop companion for the ShoreTel Sky Hosted API.

pub mod client;
pub mod protocol;
pub mod sim;
