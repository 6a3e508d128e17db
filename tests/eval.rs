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
    ("tests/eval/seed.tsv", 0.90, 0.87),
    ("tests/eval/port-alder-flood-barrier.tsv", 0.90, 0.92),
    ("tests/eval/northfield-sodium-battery.tsv", 0.82, 0.99),
    ("tests/eval/valmont-measles-campaign.tsv", 0.76, 0.99),
    ("tests/eval/mixed-news.tsv", 0.79, 0.84),
    ("tests/eval/world-briefs.tsv", 0.77, 0.84),
    ("tests/eval/harbour-dispatches.tsv", 0.70, 0.95),
    ("tests/eval/county-roundup.tsv", 0.73, 0.84),
    ("tests/eval/newsroom-mix.tsv", 0.81, 0.94),
    ("tests/eval/sports-science-desk.tsv", 0.69, 0.89),
    ("tests/eval/civic-business-wire.tsv", 0.67, 0.94),
    ("tests/eval/tech-planet-desk.tsv", 0.71, 0.84),
    ("tests/eval/courts-culture-wire.tsv", 0.69, 0.78),
    ("tests/eval/energy-health-ledger.tsv", 0.70, 0.84),
    ("tests/eval/market-campus-bulletin.tsv", 0.67, 0.89),
    ("tests/eval/science-transit-notes.tsv", 0.70, 0.94),
    ("tests/eval/people-planet-post.tsv", 0.68, 0.89),
    ("tests/eval/gazette-weekly.tsv", 0.73, 0.89),
    ("tests/eval/evening-digest.tsv", 0.71, 0.99),
    ("tests/eval/daybreak-bulletin.tsv", 0.71, 0.99),
    ("tests/eval/coastline-chronicle.tsv", 0.74, 0.99),
    ("tests/eval/valley-herald.tsv", 0.60, 0.83),
    ("tests/eval/lakeside-ledger.tsv", 0.84, 0.82),
    ("tests/eval/riverside-courier.tsv", 0.73, 0.89),
    ("tests/eval/highland-observer.tsv", 0.71, 0.89),
    ("tests/eval/meadow-dispatch.tsv", 0.80, 0.89),
    ("tests/eval/estuary-times.tsv", 0.76, 0.84),
    ("tests/eval/moorland-gazette.tsv", 0.79, 0.89),
    ("tests/eval/ferryside-post.tsv", 0.69, 0.99),
    ("tests/eval/kingsbridge-echo.tsv", 0.77, 0.89),
    ("tests/eval/saltmarsh-record.tsv", 0.77, 0.94),
    ("tests/eval/tidebrook-times.tsv", 0.66, 0.78),
    ("tests/eval/hillcrest-post.tsv", 0.80, 0.94),
    ("tests/eval/brookfield-bulletin.tsv", 0.74, 0.89),
    ("tests/eval/westmoor-tribune.tsv", 0.82, 0.78),
    ("tests/eval/oakridge-courier.tsv", 0.72, 0.84),
    ("tests/eval/pinewood-chronicle.tsv", 0.76, 0.78),
    ("tests/eval/ashford-herald.tsv", 0.73, 0.78),
    ("tests/eval/thornbury-mercury.tsv", 0.81, 0.78),
    ("tests/eval/castlegate-journal.tsv", 0.72, 0.78),
    // 0.67 -> 0.66 with "until 5 Jun." read as an end (+4 -1 over all sets): "is the old
    // bridge closed to buses too??" is declined, as its answer lacks "close", a word the
    // index now holds.
    ("tests/eval/elmstead-courant.tsv", 0.66, 0.73),
    ("tests/eval/foxhollow-gazette.tsv", 0.72, 0.63),
    ("tests/eval/greystone-echo.tsv", 0.66, 0.63),
    ("tests/eval/pinecrest-leader.tsv", 0.72, 0.89),
    ("tests/eval/brambleford-star.tsv", 0.70, 0.68),
    ("tests/eval/westcliff-mirror.tsv", 0.65, 0.84),
    ("tests/eval/harrowden-post.tsv", 0.68, 0.78),
    ("tests/eval/kestonbury-times.tsv", 0.70, 0.89),
    ("tests/eval/ravensworth-gazette.tsv", 0.70, 0.78),
    ("tests/eval/millbrook-courier.tsv", 0.68, 0.73),
    ("tests/eval/fenbridge-herald.tsv", 0.74, 0.84),
    ("tests/eval/ashbury-observer.tsv", 0.63, 0.78),
    ("tests/eval/larkspur-advertiser.tsv", 0.61, 0.84),
    ("tests/eval/hartwell-record.tsv", 0.70, 0.68),
    ("tests/eval/wickham-sentinel.tsv", 0.67, 0.78),
    ("tests/eval/oakhurst-chronicle.tsv", 0.71, 0.73),
    ("tests/eval/bellbrook-gazette.tsv", 0.65, 0.68),
    ("tests/eval/cranmoor-herald.tsv", 0.69, 0.84),
    ("tests/eval/quarrybank-post.tsv", 0.56, 0.84),
    ("tests/eval/sedgefield-reporter.tsv", 0.57, 0.63),
    ("tests/eval/hollowmere-gazette.tsv", 0.57, 0.73),
    ("tests/eval/stonebridge-courier.tsv", 0.60, 0.58),
    ("tests/eval/ravenhill-post.tsv", 0.53, 0.63),
    ("tests/eval/wyecombe-herald.tsv", 0.59, 0.84),
    ("tests/eval/fernley-examiner.tsv", 0.43, 0.52),
    ("tests/eval/ashwell-clarion.tsv", 0.55, 0.73),
    ("tests/eval/dunmore-gazette.tsv", 0.57, 0.73),
    ("tests/eval/kirkby-sentinel.tsv", 0.52, 0.63),
    ("tests/eval/penhallow-packet.tsv", 0.56, 0.68),
    ("tests/eval/thornwick-bugle.tsv", 0.64, 0.84),
    ("tests/eval/carnbrea-chronicle.tsv", 0.54, 0.52),
    ("tests/eval/lowdale-leader.tsv", 0.59, 0.73),
    ("tests/eval/ambleside-advertiser.tsv", 0.55, 0.68),
    ("tests/eval/wrexford-mercury.tsv", 0.62, 0.68),
    ("tests/eval/bramcote-bugle.tsv", 0.57, 0.63),
    ("tests/eval/ottery-observer.tsv", 0.66, 0.68),
    ("tests/eval/selby-sentinel.tsv", 0.56, 0.84),
    ("tests/eval/tregaron-times.tsv", 0.59, 0.79),
    ("tests/eval/bideford-beacon.tsv", 0.59, 0.68),
    ("tests/eval/malvern-messenger.tsv", 0.52, 0.79),
    ("tests/eval/tavistock-trumpet.tsv", 0.64, 0.63),
    ("tests/eval/keswick-chronicle.tsv", 0.55, 0.73),
    ("tests/eval/ludlow-lantern.tsv", 0.68, 0.78),
    ("tests/eval/penrith-pioneer.tsv", 0.63, 0.68),
    ("tests/eval/settle-sentinel.tsv", 0.60, 0.68),
    ("tests/eval/whitby-wanderer.tsv", 0.69, 0.58),
    ("tests/eval/hexham-herald.tsv", 0.64, 0.63),
    ("tests/eval/kendal-courier.tsv", 0.66, 0.63),
    ("tests/eval/alnwick-argus.tsv", 0.57, 0.73),
    ("tests/eval/buxton-broadsheet.tsv", 0.52, 0.52),
    ("tests/eval/morpeth-mercury.tsv", 0.60, 0.63),
    ("tests/eval/skipton-signal.tsv", 0.60, 0.58),
    ("tests/eval/ripon-recorder.tsv", 0.53, 0.73),
    ("tests/eval/bakewell-bugle.tsv", 0.59, 0.68),
    ("tests/eval/whitehaven-news.tsv", 0.51, 0.63),
    ("tests/eval/hawes-herald.tsv", 0.65, 0.58),
    ("tests/eval/thirsk-times.tsv", 0.70, 0.84),
    ("tests/eval/richmond-review.tsv", 0.62, 0.79),
    ("tests/eval/beverley-bulletin.tsv", 0.60, 0.84),
    ("tests/eval/leyburn-ledger.tsv", 0.62, 0.73),
    ("tests/eval/pickering-post.tsv", 0.63, 0.63),
    ("tests/eval/helmsley-herald.tsv", 0.61, 0.79),
    ("tests/eval/bedale-beacon.tsv", 0.66, 0.73),
    ("tests/eval/masham-messenger.tsv", 0.62, 0.79),
    ("tests/eval/reeth-reporter.tsv", 0.59, 0.84),
    ("tests/eval/grassington-gazette.tsv", 0.73, 0.63),
    ("tests/eval/sedbergh-sentinel.tsv", 0.60, 0.79),
    ("tests/eval/askrigg-advertiser.tsv", 0.59, 0.68),
    ("tests/eval/kirkoswald-chronicle.tsv", 0.68, 0.73),
    ("tests/eval/middleham-mercury.tsv", 0.64, 0.63),
    ("tests/eval/hawkshead-herald.tsv", 0.73, 0.68),
    ("tests/eval/pateley-post.tsv", 0.65, 0.63),
    ("tests/eval/redcliff-standard.tsv", 0.73, 0.68),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled WordNet lexicon.
fn lexicon() -> Lang {
    Lang::load(Some(&root().join("config/lexicon.tsv"))).expect("the lexicon loads")
}

#[test]
fn accuracy_stays_above_the_floors() {
    let lang = Arc::new(lexicon());
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
    let lang = Arc::new(lexicon());
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
    let with = rate(lexicon());
    let without = rate(Lang::plain());
    assert!(
        with > without,
        "with lexicon {with:.3}, without {without:.3}"
    );
}

#[test]
fn the_lexicon_gives_the_base_of_comparisons() {
    // Generated by scripts/build_lexicon.py from WordNet: regular comparatives and
    // superlatives of short adjectives, besides the irregular ones of the .exc files.
    let lang = lexicon();
    for (form, base) in [
        ("warmest", "warm"),
        ("largest", "large"),
        ("earliest", "early"),
        ("colder", "cold"),
        ("biggest", "big"),
    ] {
        assert_eq!(lang.stem(form), lang.stem(base), "{form}");
    }
    // A noun that looks like one is left alone.
    assert_ne!(lang.stem("forest"), lang.stem("for"));
}

#[test]
fn a_word_of_its_own_is_no_irregular_form_of_another() {
    // Generated by scripts/build_lexicon.py: WordNet's .exc files list "ground" as the
    // past of "grind" and "dive" as a plural of "diva"; the words themselves are far more
    // used.
    let lang = lexicon();
    for (word, other) in [("ground", "grind"), ("rent", "rend"), ("dive", "diva")] {
        assert_ne!(lang.stem(word), lang.stem(other), "{word}");
    }
    // Irregular forms still are: "found" is a form of "find", "led" of "lead".
    assert_eq!(lang.stem("found"), lang.stem("find"));
    assert_eq!(lang.stem("led"), lang.stem("lead"));
}

#[test]
fn the_lexicon_gives_the_singular_of_plurals_in_men() {
    // Generated by scripts/build_lexicon.py: WordNet's morphology makes "-men" plurals by
    // rule, so its .exc files do not list them.
    let lang = lexicon();
    for (form, base) in [
        ("women", "woman"),
        ("fishermen", "fisherman"),
        ("spokeswomen", "spokeswoman"),
    ] {
        assert_eq!(lang.stem(form), lang.stem(base), "{form}");
        assert!(lang.is_person(&lang.stem(form)), "{form}");
    }
}

#[test]
fn the_lexicon_relates_a_verb_to_the_everyday_one_it_means() {
    // Generated by scripts/build_lexicon.py: broad verbs (find, use, say) are no keys,
    // but a word that shares one of their main senses is their synonym ("what did the
    // farmer discover" / "found 40 lorry loads"). A sense the broad word seldom has
    // relates nothing: "lead" is not "take".
    let lang = lexicon();
    let relates = |a: &str, b: &str| {
        lang.related(&lang.stem(a))
            .iter()
            .any(|(r, _)| *r == lang.stem(b))
    };
    for (word, broad) in [("discover", "find"), ("employ", "use"), ("state", "say")] {
        assert!(relates(word, broad), "{word} ~ {broad}");
    }
    assert!(!relates("lead", "take"));
}

#[test]
fn the_lexicon_relates_a_noun_to_the_verb_it_is_made_from() {
    // Generated by scripts/build_lexicon.py: WordNet links "closure" (termination of
    // operations) to the verb "close", a minor sense of "close"; the derived noun still
    // leads to its verb ("what will the closure mean" / "if it's shut"), more weakly.
    let lang = lexicon();
    let related = lang.related(&lang.stem("closure"));
    let close = related
        .iter()
        .find(|(r, _)| *r == lang.stem("close"))
        .map(|&(_, w)| w);
    assert!(close.is_some_and(|w| w < 0.6), "{related:?}");
    // And "need" keeps its own stem (class … whole), no past form of "nee".
    assert_ne!(lang.stem("need"), "nee");
}

#[test]
fn the_lexicon_lets_a_club_stand_for_the_named_club_before_it() {
    // Generated by scripts/build_lexicon.py: "The club, founded in 1987, …" after
    // "Brackenfield Rovers Juniors, which runs 14 teams, …" speaks of that club, as "The
    // company said" of the firm before it. A council or a union is a body of its own.
    let lang = lexicon();
    for word in ["club", "society", "company", "firm"] {
        assert!(lang.is_company_word(word), "{word}");
    }
    for word in ["council", "union", "committee"] {
        assert!(!lang.is_company_word(word), "{word}");
    }
}

#[test]
fn the_lexicon_counts_those_who_operate_a_machine_as_people() {
    // Generated by scripts/build_lexicon.py: WordNet files "operator" (driver, motorist,
    // chauffeur) under causal agent, beside person, so the walk up from person alone
    // missed them; "what is the name of the lorry driver" asks who.
    let lang = lexicon();
    for word in ["driver", "motorist", "chauffeur", "trucker"] {
        assert!(lang.is_person(&lang.stem(word)), "{word}");
    }
    // A machine is still none: "engine", "lorry".
    for word in ["engine", "lorry"] {
        assert!(!lang.is_person(&lang.stem(word)), "{word}");
    }
}

#[test]
fn the_lexicon_relates_a_place_and_its_adjective() {
    // WordNet's pertainyms between capitalized words: "the Iraqi government" is about
    // Iraq, "the Canadian Armed Forces" about Canada.
    let lang = lexicon();
    for (place, adjective) in [
        ("iraq", "iraqi"),
        ("canada", "canadian"),
        ("wales", "welsh"),
    ] {
        let related = |a: &str, b: &str| {
            lang.related(&lang.stem(a))
                .iter()
                .any(|(w, _)| *w == lang.stem(b))
        };
        assert!(related(place, adjective), "{place} ~ {adjective}");
        assert!(related(adjective, place), "{adjective} ~ {place}");
    }
}
