//! The evaluation sets as a test: the engine must keep the accuracy it reached. Floors sit
//! a little under the figures measured when they were set (see docs/EVALUATION.md), so a
//! change that makes answers worse fails here.

use std::path::Path;
use std::sync::Arc;

use verbatim::config::MatcherConfig;
use verbatim::engine::Engine;
use verbatim::eval::{self, EvalSet};
use verbatim::lang::Lang;

/// (set, top-1 floor on answerable questions, decline floor on must-decline ones)
const FLOORS: &[(&str, f64, f64)] = &[
    ("tests/eval/seed.tsv", 0.88, 0.82),
    ("tests/eval/port-alder-flood-barrier.tsv", 0.89, 0.95),
    ("tests/eval/northfield-sodium-battery.tsv", 0.82, 0.95),
    ("tests/eval/valmont-measles-campaign.tsv", 0.74, 0.90),
    ("tests/eval/mixed-news.tsv", 0.76, 0.80),
    ("tests/eval/world-briefs.tsv", 0.74, 0.82),
    ("tests/eval/harbour-dispatches.tsv", 0.66, 0.93),
    ("tests/eval/county-roundup.tsv", 0.72, 0.82),
    ("tests/eval/newsroom-mix.tsv", 0.70, 0.86),
    ("tests/eval/sports-science-desk.tsv", 0.67, 0.82),
    ("tests/eval/civic-business-wire.tsv", 0.57, 0.82),
    ("tests/eval/tech-planet-desk.tsv", 0.66, 0.72),
    ("tests/eval/courts-culture-wire.tsv", 0.65, 0.72),
    ("tests/eval/energy-health-ledger.tsv", 0.62, 0.77),
    ("tests/eval/market-campus-bulletin.tsv", 0.62, 0.82),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn accuracy_stays_above_the_floors() {
    let lang = Arc::new(Lang::load(Some(&root().join("config/lexicon.tsv"))).expect("lexicon"));
    let mut report = String::new();
    let mut failed = Vec::new();
    for &(file, top1, decline) in FLOORS {
        let set = EvalSet::load(&root().join(file)).expect("eval set loads");
        let dir = root().join(set.knowledge.as_ref().expect("# knowledge: line"));
        let (engine, problems) =
            Engine::load(&dir, lang.clone(), MatcherConfig::default()).expect("knowledge loads");
        assert!(problems.is_empty(), "{problems:?}");
        let r = eval::run(&engine, &set).expect("every gold is a sentence");
        report.push_str(&format!("{file}\n{}", r.table()));
        if r.total.top1_rate() < top1 {
            failed.push(format!("{file}: top-1 {:.3} < {top1}", r.total.top1_rate()));
        }
        if r.total.decline_rate() < decline {
            failed.push(format!(
                "{file}: declined {:.3} < {decline}",
                r.total.decline_rate()
            ));
        }
    }
    assert!(failed.is_empty(), "{failed:?}\n{report}");
}

#[test]
fn small_talk_is_always_recognised() {
    let lang = Arc::new(Lang::load(Some(&root().join("config/lexicon.tsv"))).unwrap());
    let (engine, _) =
        Engine::load(&root().join("knowledge"), lang, MatcherConfig::default()).unwrap();
    let set = EvalSet::load(&root().join("tests/eval/seed.tsv")).unwrap();
    let r = eval::run(&engine, &set).unwrap();
    let t = &r.by_category["smalltalk"];
    assert_eq!(t.declined, t.must_decline, "{}", r.failures());
}

#[test]
fn the_lexicon_helps_paraphrase() {
    // Measured, not assumed: the WordNet lexicon must beat stemming alone on paraphrases.
    let set = EvalSet::load(&root().join("tests/eval/seed.tsv")).unwrap();
    let rate = |lang: Lang| {
        let (engine, _) = Engine::load(
            &root().join("knowledge"),
            Arc::new(lang),
            MatcherConfig::default(),
        )
        .unwrap();
        let r = eval::run(&engine, &set).unwrap();
        r.by_category["paraphrase"].top3_rate()
    };
    let with = rate(Lang::load(Some(&root().join("config/lexicon.tsv"))).unwrap());
    let without = rate(Lang::plain());
    assert!(
        with > without,
        "with lexicon {with:.3}, without {without:.3}"
    );
}
