//! The answer engine's front door: knowledge + language data + index, and `ask()`.
//!
//! This is what the console, the bot and the benchmarks call. It holds no Telegram types.
//! An engine is immutable once built; a reload builds a new one and swaps it in whole.

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use crate::article::{self, KnowledgeError};
use crate::config::MatcherConfig;
use crate::index::Index;
use crate::knowledge::{Knowledge, SentenceId};
use crate::lang::Lang;
use crate::matcher;
use crate::question;

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
    /// In 0..=1: the share of the question's weight the sentence covers, adjusted for the
    /// kind of question; comparable across questions (the decline threshold applies to it).
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

/// How many ranked sentences a question looks at: the answers, "More answers", suggestions.
pub const RANKED: usize = 10;

/// Declined questions offer at most this many suggestions, and only ones scoring this much.
const MAX_SUGGESTIONS: usize = 2;
const MIN_SUGGESTION: f32 = 0.15;
/// Further answers are shown when they score at least this share of the best one.
const CLOSE: f32 = 0.85;

/// The answer engine: shared as `Arc<Engine>`; a reload builds a new one.
#[derive(Debug)]
pub struct Engine {
    knowledge: Knowledge,
    index: Index,
    lang: Arc<Lang>,
    settings: MatcherConfig,
}

impl Engine {
    /// An engine without a lexicon and with default settings (tests, small tools).
    pub fn new(knowledge: Knowledge) -> Engine {
        Engine::build(knowledge, Arc::new(Lang::plain()), MatcherConfig::default())
    }

    /// Loads a knowledge folder and indexes it. Broken files are returned as problems and
    /// left out; the rest still loads. Fails only when nothing can be loaded.
    pub fn load(
        dir: &Path,
        lang: Arc<Lang>,
        settings: MatcherConfig,
    ) -> Result<(Engine, Vec<KnowledgeError>), KnowledgeError> {
        Engine::load_with_progress(dir, lang, settings, |_, _| {})
    }

    /// [`Engine::load`], calling `progress(files done, files in all)` as files are read.
    pub fn load_with_progress(
        dir: &Path,
        lang: Arc<Lang>,
        settings: MatcherConfig,
        progress: impl Fn(usize, usize) + Sync,
    ) -> Result<(Engine, Vec<KnowledgeError>), KnowledgeError> {
        let report = article::load_dir_with_progress(dir, &lang, progress)?;
        if report.knowledge.articles.is_empty() {
            let mut problems = report.problems;
            return Err(if problems.is_empty() {
                KnowledgeError::NoArticles {
                    dir: dir.to_owned(),
                }
            } else {
                problems.remove(0)
            });
        }
        Ok((
            Engine::build(report.knowledge, lang, settings),
            report.problems,
        ))
    }

    /// Indexes `knowledge`. `lang` is shared between engines (it is costly to build).
    pub fn build(knowledge: Knowledge, lang: Arc<Lang>, settings: MatcherConfig) -> Engine {
        let index = Index::build(&knowledge, &lang);
        Engine {
            knowledge,
            index,
            lang,
            settings,
        }
    }

    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    pub fn lang(&self) -> &Arc<Lang> {
        &self.lang
    }

    pub fn settings(&self) -> &MatcherConfig {
        &self.settings
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Ranks the sentences for `question` and decides whether the best one answers it.
    pub fn ask(&self, question: &str) -> Reply {
        let q = question::parse(question, self.settings.max_question_chars);
        let reply = |outcome, answers, suggestions| Reply {
            question: q.text.clone(),
            outcome,
            answers,
            suggestions,
            truncated: q.truncated,
        };
        if !q.text.chars().any(char::is_alphanumeric) {
            return reply(Outcome::Empty, vec![], vec![]);
        }
        if q.smalltalk || q.words.is_empty() {
            return reply(Outcome::Smalltalk, vec![], vec![]);
        }
        let ranked = self.rank_parsed(&q);
        let min = self.settings.min_score;
        match ranked.first() {
            Some(best)
                if best.score >= min
                    && !matcher::only_refusal(&self.index, &self.knowledge, &q, best.sentence) =>
            {
                let floor = min.max(best.score * CLOSE);
                let answers = ranked
                    .iter()
                    .take(self.settings.max_answers)
                    .take_while(|h| h.score >= floor)
                    .copied()
                    .collect();
                reply(Outcome::Answered, answers, vec![])
            }
            _ => {
                let suggestions = ranked
                    .iter()
                    .take(MAX_SUGGESTIONS)
                    .take_while(|h| h.score >= MIN_SUGGESTION)
                    .copied()
                    .collect();
                reply(Outcome::Declined, vec![], suggestions)
            }
        }
    }

    /// The ranked sentences for a question (best first, up to [`RANKED`]), with no
    /// decision: for "More answers" and for evaluation.
    pub fn rank(&self, question: &str) -> Vec<Hit> {
        let q = question::parse(question, self.settings.max_question_chars);
        self.rank_parsed(&q)
    }

    fn rank_parsed(&self, q: &question::Question) -> Vec<Hit> {
        matcher::rank(&self.index, &self.knowledge, &self.lang, q, RANKED)
    }

    /// How a question is ranked, for tuning (`verbatim eval --explain`).
    pub fn explain(&self, question: &str) -> String {
        let q = question::parse(question, self.settings.max_question_chars);
        matcher::explain(&self.index, &self.knowledge, &self.lang, &q)
    }

    /// The sentences that best sum up the articles (for an empty inline query): the first
    /// sentence of each article's first paragraph, newest articles' order as loaded.
    pub fn key_sentences(&self, n: usize) -> Vec<SentenceId> {
        self.knowledge
            .articles
            .iter()
            .filter_map(|a| a.lead_sentence())
            .take(n)
            .collect()
    }

    /// The reply as the JSON object `verbatim ask --json` prints.
    pub fn reply_json(&self, r: &Reply) -> serde_json::Value {
        let hit = |h: &Hit| {
            let s = self.knowledge.sentence(h.sentence);
            serde_json::json!({
                "text": s.text,
                "score": (f64::from(h.score) * 1000.0).round() / 1000.0,
                "article": self.knowledge.article(s.article).title,
                "speaker": s.speaker.map(|p| self.knowledge.person(p).name.clone()),
            })
        };
        serde_json::json!({
            "question": r.question,
            "answered": r.outcome == Outcome::Answered,
            "outcome": r.outcome,
            "truncated": r.truncated,
            "answers": r.answers.iter().map(hit).collect::<Vec<_>>(),
            "suggestions": r.suggestions.iter().map(hit).collect::<Vec<_>>(),
        })
    }
}

/// Shared handle to an engine.
pub type SharedEngine = Arc<Engine>;
