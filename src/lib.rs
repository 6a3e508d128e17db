//! Verbatim: answers questions about news articles with the articles' own sentences.
//!
//! The answer engine (knowledge → sentences → index → match) is plain Rust with no
//! Telegram types, so the console, the bot and the benchmarks all use the same code.

pub mod bot;
pub mod config;
pub mod engine;
pub mod knowledge;
pub mod lexicon;
pub mod segment;
pub mod article;
pub mod quote;
