//! Speed of the answer engine on the bundled knowledge: one question (target: median under
//! 20 µs on the seed article) and loading + indexing the knowledge folder (target: under
//! 5 ms for the seed article). Run with `cargo bench --bench engine`.

use std::path::Path;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use verbatim::config::MatcherConfig;
use verbatim::engine::Engine;
use verbatim::lang::Lang;

fn lang() -> Arc<Lang> {
    Arc::new(Lang::load(Some(Path::new("config/lexicon.tsv"))).expect("lexicon loads"))
}

fn questions(c: &mut Criterion) {
    let (engine, _) = Engine::load(Path::new("knowledge"), lang(), MatcherConfig::default())
        .expect("knowledge loads");
    let mut g = c.benchmark_group("ask");
    for (name, q) in [
        ("plain", "Who leads the NATO mission in Iraq?"),
        ("typo", "wat did Kotorva say about the misson??"),
        ("decline", "What is the capital of France?"),
        (
            "chatter",
            "hey guys lol, so how many ppl will the mission include",
        ),
    ] {
        g.bench_function(name, |b| b.iter(|| engine.ask(std::hint::black_box(q))));
    }
    g.finish();
}

fn loading(c: &mut Criterion) {
    let lang = lang();
    c.bench_function("load knowledge folder", |b| {
        b.iter(|| {
            Engine::load(
                Path::new("knowledge"),
                lang.clone(),
                MatcherConfig::default(),
            )
            .expect("knowledge loads")
        })
    });
}

criterion_group!(benches, questions, loading);
criterion_main!(benches);
