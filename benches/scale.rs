//! The scale benchmark of issue 5: the engine over ~500 articles (~78,000 sentences).
//!
//! The corpus is the Python 3.11 documentation plus the seed article, made by
//! `python3 benches/python_docs.py` into `scratch/python-docs/` (not committed; another folder
//! can be named with `VERBATIM_SCALE_DIR`). Without it this bench prints how to make it and
//! returns, so `cargo bench` and clippy work on a fresh clone.
//!
//! `cargo bench --bench scale` measures, in this order:
//! - `scale/ask/*` (criterion): one question against the whole corpus, for a handful of
//!   kinds of question (plain, typo, decline, chat noise, the seed among 500 articles);
//! - `scale/load` (criterion): `Engine::load` on the folder (reading, sentence splitting,
//!   quotes, index);
//! - latency percentiles: criterion reports medians, not the 99th percentile, so every
//!   question of the evaluation sets is asked in a loop (10,000 questions) and p50, p90, p99
//!   and max are printed;
//! - growth: the same loop on the first 1, 10, 50, 100, 250 and all articles (the seed first),
//!   with the index build time, printed as a table.
//!
//! `cargo bench --bench scale -- ask` runs only the matching criterion benchmarks (the
//! percentile and growth sections run when the filter is empty or matches `latency` or
//! `growth`).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::Criterion;

use verbatim::article;
use verbatim::config::{Config, MatcherConfig};
use verbatim::engine::Engine;
use verbatim::knowledge::Knowledge;
use verbatim::lang::Lang;

/// Where `benches/python_docs.py` writes the corpus by default.
const DEFAULT_DIR: &str = "scratch/python-docs";
/// The questions asked one by one in `scale/ask/*`: one of each kind.
const QUESTIONS: &[(&str, &str)] = &[
    ("plain", "Is the pickle module secure?"),
    ("paraphrase", "Which sort algorithm does Python use?"),
    ("typo", "what does the heapq modle implement"),
    ("decline", "What is the capital of Australia?"),
    ("noise", "hey guys lol, so who leads the misson in iraq??"),
    ("seed", "Who leads the NATO mission in Iraq?"),
    (
        "common_words",
        "When did the new NATO-led mission in Iraq start its work?",
    ),
];
/// How many questions the percentile loop asks.
const LOOP_QUESTIONS: usize = 10_000;
/// Article counts of the growth table (the last row is always the whole folder).
const GROWTH: &[usize] = &[1, 10, 50, 100, 250];
/// Questions per row of the growth table.
const GROWTH_QUESTIONS: usize = 3_000;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scale_dir() -> PathBuf {
    match std::env::var_os("VERBATIM_SCALE_DIR") {
        Some(d) => PathBuf::from(d),
        None => root().join(DEFAULT_DIR),
    }
}

/// The lexicon and matcher settings of the default configuration, as the bot runs.
fn settings() -> (Arc<Lang>, MatcherConfig) {
    let config = Config::load(&root().join("config/verbatim.toml"), false)
        .unwrap_or_else(|e| panic!("config/verbatim.toml: {e}"));
    let lexicon = config.lexicon.as_ref().map(|p| root().join(p));
    let lang = Lang::load(lexicon.as_deref()).unwrap_or_else(|e| panic!("lexicon: {e}"));
    (Arc::new(lang), config.matcher)
}

/// Every question of the evaluation sets (tests/eval/*.tsv and benches/python-docs.tsv):
/// questions about the seed, the fixtures, the Python docs, off-topic ones and small talk.
fn eval_questions() -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/eval"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.push(root().join("benches/python-docs.tsv"));
    files.retain(|p| p.extension().is_some_and(|e| e == "tsv"));
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(q) = line.split('\t').nth(1) {
                out.push(q.to_string());
            }
        }
    }
    out
}

/// Latency figures of a loop of questions, in microseconds.
struct Latency {
    p50: f64,
    p90: f64,
    p99: f64,
    max: f64,
    mean: f64,
}

/// Asks `n` questions (cycling through `questions`), timing each one.
fn latency(engine: &Engine, questions: &[String], n: usize) -> Latency {
    // One pass first so the first questions do not pay for cold caches.
    for q in questions {
        black_box(engine.ask(q));
    }
    let mut times: Vec<Duration> = Vec::with_capacity(n);
    for q in questions.iter().cycle().take(n) {
        let start = Instant::now();
        black_box(engine.ask(black_box(q)));
        times.push(start.elapsed());
    }
    times.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let at = |p: f64| us(times[((times.len() as f64 * p) as usize).min(times.len() - 1)]);
    Latency {
        p50: at(0.50),
        p90: at(0.90),
        p99: at(0.99),
        max: times.last().map_or(0.0, |&d| us(d)),
        mean: times.iter().map(|&d| us(d)).sum::<f64>() / times.len().max(1) as f64,
    }
}

/// The positional arguments criterion treats as a filter (`cargo bench -- FILTER`).
fn filter() -> Option<String> {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .filter(|a| !a.is_empty())
}

/// Runs a hand-timed section when criterion's filter allows it, and only under
/// `cargo bench` (not `cargo test --benches`, which passes no `--bench`).
fn section_enabled(name: &str) -> bool {
    std::env::args().any(|a| a == "--bench") && filter().is_none_or(|f| name.contains(&f))
}

fn main() {
    let dir = scale_dir();
    if !dir.is_dir() {
        println!(
            "scale benchmark skipped: {} not found; make it with `python3 benches/python_docs.py` \
             (or set VERBATIM_SCALE_DIR to a knowledge folder)",
            dir.display()
        );
        return;
    }
    let (lang, matcher) = settings();
    let (engine, problems) = Engine::load(&dir, lang.clone(), matcher.clone())
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let k = engine.knowledge();
    println!(
        "scale corpus {}: {} articles, {} sentences, {} terms, {} problem(s)",
        dir.display(),
        k.articles.len(),
        k.sentences.len(),
        engine.index().term_count(),
        problems.len()
    );

    let mut c = Criterion::default().configure_from_args();
    {
        let mut g = c.benchmark_group("scale/ask");
        for (name, q) in QUESTIONS {
            g.bench_function(*name, |b| b.iter(|| engine.ask(black_box(q))));
        }
        g.finish();
    }
    {
        let mut g = c.benchmark_group("scale");
        g.sample_size(10).measurement_time(Duration::from_secs(15));
        g.bench_function("load", |b| {
            b.iter(|| Engine::load(black_box(&dir), lang.clone(), matcher.clone()))
        });
        g.finish();
    }
    c.final_summary();

    let questions = eval_questions();
    if section_enabled("scale/latency") {
        let l = latency(&engine, &questions, LOOP_QUESTIONS);
        println!(
            "scale/latency: {LOOP_QUESTIONS} questions ({} distinct, from the eval sets) against {} \
             sentences: p50 {:.1} µs, p90 {:.1} µs, p99 {:.1} µs, max {:.1} µs, mean {:.1} µs",
            questions.len(),
            k.sentences.len(),
            l.p50,
            l.p90,
            l.p99,
            l.max,
            l.mean
        );
    }
    if section_enabled("scale/growth") {
        drop(engine);
        growth(&dir, &lang, &matcher, &questions);
    }
}

/// How cost grows with the number of articles: build time and question latency on the first
/// n articles (the seed first, then the Python docs in file-name order).
fn growth(dir: &Path, lang: &Arc<Lang>, matcher: &MatcherConfig, questions: &[String]) {
    let report = article::load_dir(dir, lang).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    // Split the folder back into its articles, so any prefix can be merged and indexed.
    let mut parts: Vec<Knowledge> = Vec::new();
    for path in report.knowledge.articles.iter().map(|a| a.path.clone()) {
        if let Ok(part) = article::parse_file(&path, lang) {
            parts.push(part);
        }
    }
    if let Some(seed) = parts.iter().position(|p| {
        p.articles
            .first()
            .is_some_and(|a| a.path.ends_with("nato-mission-iraq.txt"))
    }) {
        let seed = parts.remove(seed);
        parts.insert(0, seed);
    }
    let mut sizes: Vec<usize> = GROWTH
        .iter()
        .copied()
        .filter(|&n| n < parts.len())
        .collect();
    sizes.push(parts.len());

    println!("scale/growth: {GROWTH_QUESTIONS} eval-set questions per row");
    println!("| articles | sentences | terms | index build | p50 | p99 | mean |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for n in sizes {
        let mut k = Knowledge::default();
        for part in &parts[..n] {
            article::merge(&mut k, part.clone());
        }
        let sentences = k.sentences.len();
        let start = Instant::now();
        let engine = Engine::build(k, lang.clone(), matcher.clone());
        let build = start.elapsed();
        let l = latency(&engine, questions, GROWTH_QUESTIONS);
        println!(
            "| {n} | {sentences} | {} | {:.1} ms | {:.1} µs | {:.1} µs | {:.1} µs |",
            engine.index().term_count(),
            build.as_secs_f64() * 1e3,
            l.p50,
            l.p99,
            l.mean
        );
    }
}
