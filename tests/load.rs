//! Load: questions from many chats (private, groups and supergroups) at once through the
//! fake Bot API, answered by the seed article with the real lexicon. Every question must be
//! answered exactly once and, within a chat, in the order asked. The test prints the
//! throughput, the latency from the moment `getUpdates` handed an update to the bot to the
//! moment its reply arrived (p50, p99, max), and the bot's memory.
//!
//! `cargo test` runs a small load (1,000 questions from 100 chats, all at once, the bot in
//! this process). The full runs, 10,000 questions from 500 chats, are ignored by default;
//! they run the bot in a child process (this test binary again, in [`bot_process`]) so that
//! its memory is measured apart from the fake server's record of every request, once as a
//! flood and once paced at 1,000 questions a second:
//!
//! ```sh
//! cargo test --release --test load -- --ignored --nocapture --test-threads 1
//! ```

mod support;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use support::fake_api::FakeApi;
use tokio::sync::oneshot;
use verbatim::bot::render;
use verbatim::bot::{run, BotOptions, Limits};
use verbatim::config::Config;
use verbatim::engine::{Engine, Outcome};
use verbatim::lang::Lang;

const BOT_NAME: &str = "verbatim_load_bot";
/// Tells the child process where the fake server is (see [`bot_process`]).
const CHILD_API_URL: &str = "VERBATIM_LOAD_BOT_API_URL";

/// Questions on the seed article; those with distinct one-page replies are used.
const QUESTIONS: &[&str] = &[
    "Who leads the mission?",
    "How many Iraqi soldiers have been trained to become instructors?",
    "When will the new mission be fully set up?",
    "Where was NATO Mission Iraq launched?",
    "Who is Jana Kotorova?",
    "Will it be a combat mission?",
    "How many personnel will the mission include?",
    "What is the recipe for chocolate cake?",
    "Hello!",
];

/// A memory figure (kB) of process `pid` ("self" for this one), from /proc (0 elsewhere).
fn memory_kb(pid: &str, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// The chat of index `i`: a third private, a third groups, a third supergroups.
fn chat_id(i: usize) -> i64 {
    match i % 3 {
        0 => 20_000 + i as i64,
        1 => -(30_000 + i as i64),
        _ => -(1_000_000_000_000 + i as i64),
    }
}

/// The seed article with the real lexicon, as `verbatim serve` loads it.
fn seed_engine() -> Arc<Engine> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lang = Lang::load(Some(&dir.join("config/lexicon.tsv"))).expect("lexicon");
    let (engine, problems) =
        Engine::load(&dir.join("knowledge"), Arc::new(lang), Default::default())
            .expect("seed article");
    assert!(problems.is_empty(), "{problems:?}");
    Arc::new(engine)
}

/// The bot's options against the fake server at `api_url`: no per-user limit, and no
/// pacing of sends (a local server has no flood control), so the bot itself is measured.
fn load_options(api_url: &str) -> BotOptions {
    let mut config = Config::default_at(Path::new("verbatim.toml")).bot;
    config.questions_per_minute = 0;
    let mut opts = BotOptions::new("123456:LOAD-TEST", config);
    opts.api_url = Some(api_url.to_string());
    opts.limits = Limits {
        messages_per_sec_chat: 10_000,
        messages_per_min_chat: 1_000_000,
        messages_per_min_channel_or_supergroup: 1_000_000,
        messages_per_sec_overall: 10_000,
    };
    opts
}

/// Where the bot runs during a load test.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    InProcess,
    /// In a child process, whose memory is then measured alone.
    Child,
}

/// The bot of a load test, stopped by [`Running::stop`].
enum Running {
    InProcess(
        oneshot::Sender<()>,
        tokio::task::JoinHandle<anyhow::Result<()>>,
    ),
    Child(std::process::Child),
}

impl Running {
    fn start(place: Place, engine: &Arc<Engine>, fake: &FakeApi) -> Running {
        match place {
            Place::InProcess => {
                let (tx, rx) = oneshot::channel::<()>();
                let opts = load_options(fake.api_url().as_str());
                let task = tokio::spawn(run(engine.clone(), opts, async {
                    let _ = rx.await;
                }));
                Running::InProcess(tx, task)
            }
            Place::Child => {
                let exe = std::env::current_exe().expect("the test binary");
                let child = std::process::Command::new(exe)
                    .args(["--exact", "bot_process", "--ignored", "--nocapture"])
                    .env(CHILD_API_URL, fake.api_url().as_str())
                    .stdin(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .expect("spawn the bot process");
                Running::Child(child)
            }
        }
    }

    /// The process the bot runs in, for /proc.
    fn pid(&self) -> String {
        match self {
            Running::InProcess(..) => "self".into(),
            Running::Child(c) => c.id().to_string(),
        }
    }

    async fn stop(self) {
        match self {
            Running::InProcess(tx, task) => {
                let _ = tx.send(());
                let stopped = tokio::time::timeout(Duration::from_secs(30), task).await;
                assert!(
                    matches!(stopped, Ok(Ok(Ok(())))),
                    "bot stopped: {stopped:?}"
                );
            }
            Running::Child(mut child) => {
                // Closing its standard input is the child's shutdown signal.
                drop(child.stdin.take());
                let deadline = Instant::now() + Duration::from_secs(30);
                while matches!(child.try_wait(), Ok(None)) && Instant::now() < deadline {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                match child.try_wait() {
                    Ok(Some(status)) => assert!(status.success(), "bot process: {status}"),
                    _ => {
                        let _ = child.kill();
                        let _ = child.wait();
                        panic!("the bot process did not stop");
                    }
                }
            }
        }
    }
}

/// The bot half of a load test in a child process: runs the bot against the fake server
/// named in the environment until standard input closes. Does nothing when run by hand.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "run by the full load tests as their bot process"]
async fn bot_process() {
    let Ok(url) = std::env::var(CHILD_API_URL) else {
        return;
    };
    let stdin_closed = async {
        let _ = tokio::task::spawn_blocking(|| {
            let mut sink = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
        })
        .await;
    };
    let result = run(seed_engine(), load_options(&url), stdin_closed).await;
    assert!(result.is_ok(), "{result:?}");
}

/// Memory of the bot's process when a share of the replies has arrived.
struct Sampler {
    pid: String,
    total: usize,
    next_quarter: usize,
    rss: Vec<u64>,
}

impl Sampler {
    fn sample(&mut self, done: usize) {
        while self.next_quarter <= 4 && done * 4 >= self.next_quarter * self.total {
            self.rss.push(memory_kb(&self.pid, "VmRSS:"));
            self.next_quarter += 1;
        }
    }
}

/// Asks `per_chat` questions in each of `chats` chats, all at once or `pace` a second, and
/// checks and reports the replies.
async fn load(chats: usize, per_chat: usize, pace: Option<usize>, place: Place) {
    let engine = seed_engine();
    // Questions whose replies differ from one another, so a reply tells its question.
    let mut questions: Vec<(&str, String)> = Vec::new();
    for q in QUESTIONS {
        let pages =
            render::reply_doc(engine.knowledge(), &engine.ask(q)).pages(render::MAX_MESSAGE);
        if pages.len() == 1 && questions.iter().all(|(_, p)| *p != pages[0]) {
            questions.push((q, pages[0].clone()));
        }
    }
    assert!(questions.len() >= 4, "precondition: distinct replies");
    assert!(
        questions
            .iter()
            .any(|(q, _)| engine.ask(q).outcome == Outcome::Declined),
        "precondition: some are declined"
    );

    let fake = FakeApi::builder()
        .bot_names("Verbatim", BOT_NAME)
        .start()
        .await;
    let bot = Running::start(place, &engine, &fake);
    let started = fake
        .wait_for("getUpdates", 1, Duration::from_secs(60))
        .await;
    assert!(!started.is_empty(), "the bot never polled");
    let total = chats * per_chat;
    let mut memory = Sampler {
        pid: bot.pid(),
        total,
        next_quarter: 1,
        rss: Vec::new(),
    };
    let rss_start = memory_kb(&memory.pid, "VmRSS:");

    // Every chat asks its questions in turn: all at once (a flood), or paced.
    let mut asked: HashMap<i64, Vec<(i64, usize)>> = HashMap::new();
    let tick = Duration::from_millis(50);
    let per_tick = pace.map(|p| (p / 20).max(1));
    let mut next_tick = tokio::time::Instant::now();
    let mut pushed = 0;
    for round in 0..per_chat {
        for c in 0..chats {
            if let Some(n) = per_tick {
                if pushed > 0 && pushed % n == 0 {
                    next_tick += tick;
                    tokio::time::sleep_until(next_tick).await;
                    memory.sample(fake.call_count("sendMessage").await);
                }
            }
            pushed += 1;
            let chat = chat_id(c);
            let qi = (c + round) % questions.len();
            let q = questions[qi].0;
            let update = if chat > 0 {
                fake.private_text(chat, q).await
            } else {
                fake.group_text(chat, 40_000 + c as i64, &format!("/ask {q}"))
                    .await
            };
            asked.entry(chat).or_default().push((update, qi));
        }
    }

    // Wait for the replies, sampling memory as they come.
    let deadline = Instant::now() + Duration::from_secs(900);
    loop {
        let done = fake.call_count("sendMessage").await;
        memory.sample(done);
        if done >= total || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Time for a duplicate to show up.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let peak = memory_kb(&memory.pid, "VmHWM:");
    bot.stop().await;

    // Exactly once, in order, per chat.
    let sent = fake.sent_messages().await;
    let calls = fake.calls("sendMessage").await;
    assert_eq!(calls.len(), sent.len(), "no send was retried or failed");
    assert_eq!(sent.len(), total, "every question answered exactly once");
    let served = fake.served_at().await;
    let mut by_chat: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, m) in sent.iter().enumerate() {
        by_chat.entry(m.chat_id).or_default().push(i);
    }
    let mut latencies = Vec::with_capacity(total);
    let mut first_served: Option<Instant> = None;
    let mut last_reply: Option<Instant> = None;
    for (chat, questions_asked) in &asked {
        let replies = by_chat.get(chat).cloned().unwrap_or_default();
        assert_eq!(replies.len(), questions_asked.len(), "chat {chat}");
        let mut last_reply_to = 0;
        for ((update, qi), &i) in questions_asked.iter().zip(&replies) {
            assert_eq!(
                sent[i].text, questions[*qi].1,
                "chat {chat}: replies in order"
            );
            if *chat < 0 {
                let to = sent[i].reply_to_message_id.unwrap_or(0);
                assert!(to > last_reply_to, "chat {chat}: group replies in order");
                last_reply_to = to;
            }
            let at = calls[i].at;
            let served_at = *served.get(update).expect("served");
            latencies.push(at.saturating_duration_since(served_at));
            first_served = Some(first_served.map_or(served_at, |f| f.min(served_at)));
            last_reply = Some(last_reply.map_or(at, |l| l.max(at)));
        }
    }
    let v = fake.violations().await;
    assert!(v.is_empty(), "contract violations: {v:#?}");

    latencies.sort();
    let span = match (first_served, last_reply) {
        (Some(a), Some(b)) => b.saturating_duration_since(a),
        _ => Duration::ZERO,
    };
    let rate = total as f64 / span.as_secs_f64().max(1e-9);
    let how = match pace {
        Some(p) => format!("asked at {p}/s"),
        None => "asked all at once".into(),
    };
    eprintln!(
        "load: {total} questions from {chats} chats ({} private, {} groups, {} supergroups), \
         {how}, bot {place:?}: all answered once and in order",
        (0..chats).filter(|c| c % 3 == 0).count(),
        (0..chats).filter(|c| c % 3 == 1).count(),
        (0..chats).filter(|c| c % 3 == 2).count(),
    );
    eprintln!(
        "load: {:.1} s from first update served to last reply: {rate:.0} updates/s",
        span.as_secs_f64()
    );
    eprintln!(
        "load: update served -> reply received: p50 {:?}, p99 {:?}, max {:?}",
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0)
    );
    let whose = match place {
        Place::Child => "the bot's process alone",
        Place::InProcess => "the bot, the fake server and its record of every request",
    };
    eprintln!(
        "load: RSS {rss_start} kB before; at 25/50/75/100% of replies: {:?} kB; \
         peak (VmHWM) {peak} kB ({whose})",
        memory.rss,
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_1000_questions_from_100_chats_answered_once_in_order() {
    load(100, 10, None, Place::InProcess).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a full load run: cargo test --release --test load -- --ignored --nocapture --test-threads 1"]
async fn load_10000_questions_from_500_chats_at_once() {
    load(500, 20, None, Place::Child).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a full load run: cargo test --release --test load -- --ignored --nocapture --test-threads 1"]
async fn load_10000_questions_from_500_chats_at_1000_a_second() {
    load(500, 20, Some(1000), Place::Child).await;
}
