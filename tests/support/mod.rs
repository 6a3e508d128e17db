//! Support code shared by the whole-program tests: a fake Telegram Bot API server that checks
//! every request against the official contract.

// Each test crate uses a different part of this support code.
#![allow(dead_code)]

pub mod contract;
pub mod fake_api;
pub mod objects;
