//! skydial: a desktop companion for the ShoreTel Sky Hosted API.

pub mod protocol;
