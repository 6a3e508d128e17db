//! Fuzzes knowledge loading and question answering together.
//!
//! The input is read as text (invalid UTF-8 replaced): its last line is a question, the
//! rest an article file. The article is parsed; when it loads, the question is asked of it
//! and of the seed article (with the real lexicon). Nothing may panic, every sentence must
//! be its paragraph's `text[start..end]`, and every answer must point at such a sentence.
//! A seed corpus is any article file with a question line appended (see the README).
#![no_main]

use std::path::Path;
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use verbatim::article::parse_article;
use verbatim::config::MatcherConfig;
use verbatim::engine::{Engine, Outcome};
use verbatim::knowledge::Knowledge;
use verbatim::lang::Lang;

fn seed() -> &'static Engine {
    static SEED: OnceLock<Engine> = OnceLock::new();
    SEED.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let lang = Lang::load(Some(&root.join("config/lexicon.tsv"))).expect("lexicon");
        Engine::load(
            &root.join("knowledge"),
            Arc::new(lang),
            MatcherConfig::default(),
        )
        .expect("seed article")
        .0
    })
}

fn check_knowledge(k: &Knowledge) {
    for (i, s) in k.sentences.iter().enumerate() {
        assert_eq!(s.id as usize, i);
        let p = &k.articles[s.article as usize].paragraphs[s.paragraph as usize];
        assert_eq!(p.text.get(s.start..s.end), Some(s.text.as_str()));
        assert!(!s.text.trim().is_empty());
    }
}

fn check_answers(engine: &Engine, question: &str) {
    let reply = engine.ask(question);
    let k = engine.knowledge();
    if reply.outcome != Outcome::Answered {
        assert!(reply.answers.is_empty());
    }
    for h in reply.answers.iter().chain(&reply.suggestions) {
        let s = &k.sentences[h.sentence as usize];
        let p = &k.articles[s.article as usize].paragraphs[s.paragraph as usize];
        assert_eq!(p.text.get(s.start..s.end), Some(s.text.as_str()));
        assert!(h.score.is_finite());
    }
    let _ = engine.rank(question);
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (article, question) = text.rsplit_once('\n').unwrap_or(("", &text));
    check_answers(seed(), question);
    if let Ok(k) = parse_article(Path::new("fuzz.txt"), article) {
        check_knowledge(&k);
        let engine = Engine::build(k, seed().lang().clone(), MatcherConfig::default());
        check_answers(&engine, question);
        if let Some(s) = engine.knowledge().sentences.first() {
            let own = s.text.clone();
            check_answers(&engine, &own);
        }
    }
});
