//! The answer engine's front door: knowledge + lexicon + index, and `ask()`.
//!
//! This is what the console, the bot and the benchmarks call. It holds no Telegram types.

use std::sync::Arc;

use serde::Serialize;

use crate::knowledge::{Knowledge, SentenceId};

/// What the engine made of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// `answers` holds the best sentence first and up to two more close ones.
    Answered,
    /// The articles don't say; `suggestions` holds at most the closest sentences.
    Declined,
    /// A greeting, thanks or other small talk: reply with the short help text.
    Smalltalk,
    /// Nothing to ask: empty, whitespace, emoji or punctuation only.
    Empty,
}

/// One ranked sentence.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Hit {
    pub sentence: SentenceId,
    /// In 0..=1; comparable across questions (the decline threshold applies to it).
    pub score: f32,
}

/// The engine's reply to one question.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The question as the engine read it (control characters removed, cut to length).
    pub question: String,
    pub outcome: Outcome,
    pub answers: Vec<Hit>,
    pub suggestions: Vec<Hit>,
    /// True when the question was longer than the engine reads and was cut.
    pub truncated: bool,
}

/// The answer engine: immutable once built, shared as `Arc<Engine>`; a reload builds a new one.
#[derive(Debug)]
pub struct Engine {
    knowledge: Knowledge,
}

impl Engine {
    pub fn new(knowledge: Knowledge) -> Engine {
        Engine { knowledge }
    }

    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// Ranks the sentences for `question` and decides whether the best one answers it.
    pub fn ask(&self, question: &str) -> Reply {
        // Placeholder until the matcher lands: plain word overlap.
        let q: Vec<String> = question
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .map(str::to_lowercase)
            .collect();
        let mut best: Vec<Hit> = self
            .knowledge
            .sentences
            .iter()
            .map(|s| {
                let t = s.text.to_lowercase();
                let n = q.iter().filter(|w| t.contains(w.as_str())).count();
                Hit {
                    sentence: s.id,
                    score: n as f32 / (q.len().max(1) as f32),
                }
            })
            .filter(|h| h.score > 0.0)
            .collect();
        best.sort_by(|a, b| b.score.total_cmp(&a.score));
        best.truncate(3);
        let outcome = if q.is_empty() {
            Outcome::Empty
        } else if best.first().is_some_and(|h| h.score >= 0.5) {
            Outcome::Answered
        } else {
            Outcome::Declined
        };
        let (answers, suggestions) = if outcome == Outcome::Answered {
            (best, vec![])
        } else {
            (vec![], best.into_iter().take(2).collect())
        };
        Reply {
            question: question.to_string(),
            outcome,
            answers,
            suggestions,
            truncated: false,
        }
    }

    /// The sentences that best sum up the articles (for an empty inline query): the first
    /// sentence of each article's first paragraphs.
    pub fn key_sentences(&self, n: usize) -> Vec<SentenceId> {
        let mut out = Vec::new();
        for a in &self.knowledge.articles {
            for p in a.paragraphs.iter().filter(|p| !p.heading && p.sentence_count > 0) {
                out.push(p.first_sentence);
                break;
            }
        }
        out.truncate(n);
        out
    }
}

/// Shared handle to an engine.
pub type SharedEngine = Arc<Engine>;
