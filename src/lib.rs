//! Verbatim: answers questions about news articles with the articles' own sentences.
//!
//! The answer engine (knowledge → sentences → index → match) is plain Rust with no
//! Telegram types, so the console, the bot and the benchmarks all use the same code:
//! `article` reads files, `segment` splits sentences, `quote` finds speakers, `index`
//! and `matcher` rank sentences for a question, `engine` decides and answers.

pub mod article;
pub mod bot;
pub mod config;
pub mod console;
pub mod engine;
pub mod eval;
pub mod index;
pub mod journal;
pub mod knowledge;
pub mod lang;
pub mod lexicon;
pub mod matcher;
pub mod question;
pub mod quote;
pub mod reload;
pub mod segment;
pub mod text;
