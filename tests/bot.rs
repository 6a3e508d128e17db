//! Whole-program tests of the Telegram bot: each test starts the real bot with
//! `verbatim::bot::run` against the fake Bot API server in `tests/support`, over real HTTP
//! through teloxide's own client, sends it updates as Telegram would, and checks what the bot
//! sent back. Every test also checks that no request broke the Bot API contract.
//!
//! Most tests use knowledge built by hand (a few sentences of the seed article, with its
//! people and quotes fixed), so they do not move with the article loader or the quote
//! attribution; one loads the seed folder and one a temporary folder through
//! `verbatim::article::load_dir`. What the engine answers is asked of the same engine (and
//! checked as a precondition), so the tests check the bot's layer, not the matcher's ranking.

mod support;
#[path = "support/tempdir.rs"]
mod tempdir;
use tempdir::TempDir;

use std::io::Write as _;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::fake_api::{FakeApi, Fault, SentMessage};
use support::objects;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use verbatim::bot::commands::Callback;
use verbatim::bot::render::{self, escape, utf16_len};
use verbatim::bot::{run, BotOptions, Reloadable};
use verbatim::config::{BotConfig, Config, LogConfig, Mode, WebhookConfig};
use verbatim::engine::{Engine, Outcome};
use verbatim::journal::Journal;
use verbatim::knowledge::{Article, Knowledge, Paragraph, Person, Sentence};

/// A token in the Bot API's shape; its secret half must never show up in a log line.
const TOKEN: &str = "123456:TEST-TOKEN-k3ep-0ut-of-l0gs";
const SECRET_HALF: &str = "TEST-TOKEN-k3ep-0ut-of-l0gs";
const BOT_NAME: &str = "verbatim_test_bot";
/// Generous bounds for what normally takes milliseconds (the throttle spaces messages to
/// one chat a second apart).
const WAIT: Duration = Duration::from_secs(10);
/// Questions the engine answers from [`nato`] (checked in each test, so a change in the
/// matcher shows up as a failed precondition and not as a puzzling bot failure).
const Q_TRAINED: &str = "How many Iraqi soldiers have been trained to become instructors?";
const Q_SETUP: &str = "When will the new mission be fully set up?";
const TITLE: &str =
    "NATO continues to strengthen Iraqi security structures through new mission in Iraq";

// ---------------------------------------------------------------------------------------
// Knowledge built by hand
// ---------------------------------------------------------------------------------------

/// A sentence as written in a test: text, and the person who says it (index into people).
type S<'a> = (&'a str, Option<u32>);

/// An article as written in a test: title, URL, paragraphs of sentences.
type A<'a> = (&'a str, Option<&'a str>, &'a [&'a [S<'a>]]);

/// Builds consistent knowledge from articles given as paragraphs of sentences.
fn build(articles: &[A<'_>], people: Vec<Person>) -> Knowledge {
    let mut k = Knowledge {
        people,
        ..Default::default()
    };
    for (a_id, (title, url, paragraphs)) in articles.iter().enumerate() {
        let mut article = Article {
            id: a_id as u32,
            path: format!("article-{a_id}.txt").into(),
            title: title.to_string(),
            url: url.map(String::from),
            published: Some("31 Oct. 2018".into()),
            updated: Some("05 Nov. 2018 16:28".into()),
            paragraphs: vec![],
        };
        for (p_id, sentences) in paragraphs.iter().enumerate() {
            let first = k.sentences.len() as u32;
            let mut text = String::new();
            for (text_s, speaker) in sentences.iter() {
                if !text.is_empty() {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(text_s);
                k.sentences.push(Sentence {
                    id: k.sentences.len() as u32,
                    article: a_id as u32,
                    paragraph: p_id as u32,
                    text: text_s.to_string(),
                    start,
                    end: text.len(),
                    line: 3 + 2 * p_id,
                    speaker: *speaker,
                    quote: speaker.is_some(),
                    context: None,
                    leans_on: None,
                    names: Vec::new(),
                    heading: false,
                });
            }
            article.paragraphs.push(Paragraph {
                text,
                line: 3 + 2 * p_id,
                heading: false,
                first_sentence: first,
                sentence_count: sentences.len() as u32,
            });
        }
        k.articles.push(article);
    }
    k
}

fn person(id: u32, title: &str, name: &str, role: &str) -> Person {
    let surname = name.split(' ').next_back().unwrap_or(name);
    Person {
        id,
        article: 0,
        name: name.into(),
        title: Some(title.into()),
        role: Some(role.into()),
        described: None,
        variants: vec![
            name.into(),
            surname.into(),
            format!("{title} {surname}"),
            format!("{title} {name}"),
        ],
    }
}

/// Part of the seed article, with two quoted people.
fn nato() -> Knowledge {
    build(
        &[(
            TITLE,
            Some("https://www.nato.int/cps/en/natohq/news_160149.htm"),
            &[
                &[
                    ("On 31 October 2018, a new NATO-led mission in Iraq started its work to further develop Iraq’s security institutions and structures.", None),
                    ("The mission is led by Major General Dany Fortin of the Canadian Armed Forces, and builds on prior training and capacity-building efforts carried out in the country since January 2017 by NATO civilian and military personnel.", None),
                ],
                &[
                    ("Ms. Jana Kotorova, NATO Deputy Senior Civilian in Iraq, highlighted that NATO’s prior efforts in Iraq \"have laid the foundations for this follow-on mission.\"", Some(0)),
                    ("She added: \"Until now, about 1,000 Iraqi soldiers have been trained to become instructors at different Iraqi military schools.\"", Some(0)),
                    ("Major General Fortin said: \"I look forward to growing the relationship fostered by the NATO training and capacity building in Iraq.\"", Some(1)),
                ],
                &[
                    ("The new NATO Mission Iraq is expected to be fully set up in early 2019.", None),
                    ("It will be a non-combat mission, and will have advisors working closely with officials of the Iraqi Ministry of Defence.", None),
                    ("It will include several hundred personnel, with fully integrated civilian staff.", None),
                ],
            ],
        )],
        vec![
            person(0, "Ms.", "Jana Kotorova", "NATO Deputy Senior Civilian in Iraq"),
            person(1, "Major General", "Dany Fortin", "Commander of NATO Mission Iraq"),
        ],
    )
}

// ---------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------

/// The fake server and the bot running against it.
struct Harness {
    fake: FakeApi,
    /// The engine the bot started with.
    engine: Arc<Engine>,
    /// The bot's engine handle (a reload swaps what it holds).
    live: Reloadable,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<anyhow::Result<()>>,
}

fn bot_config() -> BotConfig {
    let mut c = Config::default_at(Path::new("verbatim.toml")).bot;
    c.questions_per_minute = 0;
    c.reply_timeout = Duration::from_secs(10);
    c
}

async fn start(k: Knowledge) -> Harness {
    start_with(k, bot_config()).await
}

async fn start_with(k: Knowledge, config: BotConfig) -> Harness {
    start_opts(Engine::new(k), config, |_| {}).await
}

/// Starts the bot on `engine` with options adjusted by `tweak`.
async fn start_opts(
    engine: impl Into<Reloadable>,
    config: BotConfig,
    tweak: impl FnOnce(&mut BotOptions),
) -> Harness {
    init_log_capture();
    let fake = FakeApi::builder()
        .bot_names("Verbatim", BOT_NAME)
        .start()
        .await;
    let live: Reloadable = engine.into();
    let mut opts = BotOptions::new(TOKEN, config);
    opts.api_url = Some(fake.api_url().to_string());
    tweak(&mut opts);
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(run(live.clone(), opts, async {
        let _ = rx.await;
    }));
    Harness {
        fake,
        engine: live.current(),
        live,
        stop: Some(tx),
        task,
    }
}

impl Harness {
    fn k(&self) -> &Knowledge {
        self.engine.knowledge()
    }

    /// Waits for `n` messages from the bot in total and returns them all.
    async fn messages(&self, n: usize) -> Vec<SentMessage> {
        let calls = self.fake.wait_for("sendMessage", n, WAIT).await;
        assert!(
            calls.len() >= n,
            "expected {n} sendMessage, got {}",
            calls.len()
        );
        self.fake.sent_messages().await
    }

    /// Resolves the shutdown future and waits for `run` to return.
    async fn stop(mut self) -> FakeApi {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        match tokio::time::timeout(WAIT, &mut self.task).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => panic!("run returned an error: {e:#}"),
            Ok(Err(e)) => panic!("run panicked: {e}"),
            Err(_) => panic!("run did not return after shutdown"),
        }
        assert_clean(&self.fake).await;
        self.fake
    }
}

async fn assert_clean(fake: &FakeApi) {
    let v = fake.violations().await;
    assert!(v.is_empty(), "contract violations: {v:#?}");
    let e = fake.served_errors().await;
    assert!(e.is_empty(), "Telegram errors served: {e:#?}");
}

/// The reply the bot should send to `question`, rendered from the engine's own answer.
fn expected_pages(engine: &Engine, question: &str) -> Vec<String> {
    render::reply_doc(engine.knowledge(), &engine.ask(question)).pages(render::MAX_MESSAGE)
}

fn buttons(m: &SentMessage) -> Vec<(String, String)> {
    m.reply_markup
        .as_ref()
        .and_then(|k| k["inline_keyboard"].as_array())
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .map(|b| {
            (
                b["text"].as_str().unwrap_or("").to_string(),
                b["callback_data"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Log capture (to prove the token never reaches a log line)
// ---------------------------------------------------------------------------------------

static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

#[derive(Clone)]
struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Sends every log line of every test in this binary (the bot's, teloxide's through the
/// `log` bridge) to a buffer.
fn init_log_capture() {
    LOG.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let writer = LogWriter(buf.clone());
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("info,verbatim=debug"))
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .try_init();
        buf
    });
}

fn captured_log() -> String {
    LOG.get()
        .map(|b| String::from_utf8_lossy(&b.lock().unwrap_or_else(|p| p.into_inner())).into_owned())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// Start-up
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn start_registers_the_commands_and_shutdown_returns_ok() {
    let h = start(nato()).await;
    let calls = h.fake.wait_for("setMyCommands", 1, WAIT).await;
    assert_eq!(calls.len(), 1);
    let commands = h.fake.commands(None, None).await.expect("commands set");
    let names: Vec<&str> = commands
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|c| c["command"].as_str())
        .collect();
    assert_eq!(
        names,
        ["start", "help", "ask", "quotes", "sources", "about"]
    );
    // Long polling started, asking only for what the handlers use.
    let polls = h.fake.wait_for("getUpdates", 1, WAIT).await;
    let allowed = polls[0]
        .param("allowed_updates")
        .cloned()
        .unwrap_or_default();
    for kind in ["message", "callback_query", "inline_query"] {
        assert!(
            allowed.as_array().is_some_and(|a| a.contains(&json!(kind))),
            "{allowed}"
        );
    }
    h.stop().await;
}

// ---------------------------------------------------------------------------------------
// Private chats
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn a_private_question_is_answered_verbatim_with_speaker_and_article() {
    let h = start(nato()).await;
    let question = Q_TRAINED;
    let reply = h.engine.ask(question);
    assert_eq!(
        reply.outcome,
        Outcome::Answered,
        "precondition: the engine answers"
    );
    h.fake.private_text(1001, question).await;
    let sent = h.messages(1).await;
    let m = &sent[0];
    assert_eq!(m.chat_id, 1001);
    assert_eq!(m.parse_mode.as_deref(), Some("HTML"));
    let best = &h.k().sentences[reply.answers[0].sentence as usize];
    assert!(
        m.text
            .contains(&format!("<blockquote>{}", escape(&best.text)))
            || m.text.contains(&format!(" {}", escape(&best.text))),
        "the best sentence, verbatim, in the blockquote: {}",
        m.text
    );
    assert!(m.plain_text.contains(&best.text), "{}", m.plain_text);
    assert!(m.text.contains(&format!(">{TITLE}</a>")), "{}", m.text);
    assert_eq!(m.text, expected_pages(&h.engine, question)[0]);
    // In a private chat the answer stands alone (no reply to the question).
    assert_eq!(m.reply_to_message_id, None);
    // Every button carries ids that resolve against the loaded articles.
    for (_, data) in buttons(m) {
        let c = Callback::parse(&data).expect("our own callback data");
        assert!(c.resolve(h.k()).is_ok(), "{data}");
    }
    h.stop().await;
}

#[tokio::test]
async fn a_quote_names_the_speaker_and_role() {
    let h = start(nato()).await;
    let question = "How many Iraqi soldiers have been trained to become instructors?";
    let reply = h.engine.ask(question);
    assert_eq!(reply.outcome, Outcome::Answered, "precondition");
    let best = &h.k().sentences[reply.answers[0].sentence as usize];
    h.fake.private_text(1002, question).await;
    let m = &h.messages(1).await[0];
    if let Some(p) = best.speaker.filter(|_| best.quote) {
        let p = &h.k().people[p as usize];
        let role = p.role.as_deref().unwrap_or("");
        assert!(
            m.text.contains(&format!(
                "— <b>{} {}</b>, {role}",
                p.title.as_deref().unwrap_or(""),
                p.name
            )),
            "{}",
            m.text
        );
    }
    assert_eq!(m.text, expected_pages(&h.engine, question)[0]);
    h.stop().await;
}

#[tokio::test]
async fn a_question_the_articles_do_not_cover_is_declined_plainly() {
    let h = start(nato()).await;
    let question = "What is the recipe for chocolate cake?";
    assert_eq!(
        h.engine.ask(question).outcome,
        Outcome::Declined,
        "precondition"
    );
    h.fake.private_text(1003, question).await;
    let m = &h.messages(1).await[0];
    assert!(
        m.plain_text.contains("The articles don't cover that"),
        "{}",
        m.plain_text
    );
    assert!(m.text.matches("<blockquote>").count() <= 2);
    assert!(m.reply_markup.is_none(), "no buttons under a decline");
    assert_eq!(m.text, expected_pages(&h.engine, question)[0]);
    h.stop().await;
}

#[tokio::test]
async fn greetings_and_empty_messages_get_the_short_help() {
    let h = start(nato()).await;
    // Emoji only: nothing to ask, whatever the matcher.
    assert_eq!(h.engine.ask("👋").outcome, Outcome::Empty, "precondition");
    h.fake.private_text(1004, "👋").await;
    let m = &h.messages(1).await[0];
    assert!(
        m.plain_text.contains("Ask me a question"),
        "{}",
        m.plain_text
    );
    assert!(m.plain_text.contains("/help"));
    // A greeting: the short help when the engine takes it as small talk.
    h.fake.private_text(1005, "Hello!").await;
    let m = &h.messages(2).await[1];
    assert_eq!(m.text, expected_pages(&h.engine, "Hello!")[0]);
    if h.engine.ask("Hello!").outcome == Outcome::Smalltalk {
        assert!(
            m.plain_text.contains("Ask me a question"),
            "{}",
            m.plain_text
        );
    }
    h.stop().await;
}

#[tokio::test]
async fn commands_answer_help_sources_quotes_about_and_unknown() {
    let h = start(nato()).await;
    let script: [(i64, &str, &[&str]); 8] = [
        (2001, "/start", &["Verbatim", "/ask", "/quotes"]),
        (2002, "/help", &["/ask — Ask a question", "In a group"]),
        (
            2003,
            "/sources",
            &["1. ", TITLE, "31 Oct. 2018, updated 05 Nov. 2018 16:28"],
        ),
        (
            2004,
            "/quotes",
            &[
                "Ms. Jana Kotorova",
                "(2 quotes)",
                "Major General Dany Fortin",
            ],
        ),
        (
            2005,
            "/quotes kotorowa",
            &["Ms. Jana Kotorova", "1,000 Iraqi soldiers"],
        ),
        (2006, "/about", &["word for word", "8 sentences"]),
        (2007, "/frobnicate", &["I don't know that command"]),
        (2008, "/ask", &["Usage: /ask your question"]),
    ];
    for (user, text, _) in &script {
        h.fake.private_text(*user, text).await;
    }
    let sent = h.messages(script.len()).await;
    for (user, text, wanted) in &script {
        let m = sent
            .iter()
            .find(|m| m.chat_id == *user)
            .unwrap_or_else(|| panic!("no reply to {text}"));
        for w in *wanted {
            assert!(
                m.plain_text.contains(w),
                "{text}: missing {w:?} in {}",
                m.plain_text
            );
        }
    }
    // The link to the article is a real link.
    let sources = sent.iter().find(|m| m.chat_id == 2003).expect("sources");
    assert!(
        sources.text.contains("<a href=\"https://www.nato.int/"),
        "{}",
        sources.text
    );
    h.stop().await;
}

#[tokio::test]
async fn html_in_user_text_is_escaped_never_sent_as_markup() {
    let h = start(nato()).await;
    h.fake
        .private_text(3001, "/quotes <b>Nobody</b> & <i>co")
        .await;
    h.fake
        .private_text(
            3002,
            "<script>How many</script> Iraqi soldiers & instructors?",
        )
        .await;
    let sent = h.messages(2).await;
    let quotes = sent.iter().find(|m| m.chat_id == 3001).expect("reply");
    assert!(
        quotes
            .text
            .contains("&lt;b&gt;Nobody&lt;/b&gt; &amp; &lt;i&gt;co"),
        "{}",
        quotes.text
    );
    assert!(quotes.plain_text.contains("<b>Nobody</b> & <i>co"));
    let answer = sent.iter().find(|m| m.chat_id == 3002).expect("reply");
    assert!(!answer.text.contains("<script>"));
    h.stop().await; // asserts Telegram served no "can't parse entities"
}

#[tokio::test]
async fn the_seed_article_loaded_from_disk_answers_a_question() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let k = verbatim::article::load_dir(&dir, &verbatim::lang::Lang::plain())
        .expect("seed")
        .knowledge;
    let h = start(k).await;
    let reply = h.engine.ask(Q_TRAINED);
    assert_eq!(reply.outcome, Outcome::Answered, "precondition");
    let best = &h.k().sentences[reply.answers[0].sentence as usize];
    assert!(best.text.contains("1,000 Iraqi soldiers"), "{}", best.text);
    h.fake.private_text(1006, Q_TRAINED).await;
    let m = &h.messages(1).await[0];
    assert!(m.text.contains(&escape(&best.text)), "{}", m.text);
    assert!(m.plain_text.contains(TITLE), "{}", m.plain_text);
    assert_eq!(m.text, expected_pages(&h.engine, Q_TRAINED)[0]);
    h.stop().await;
}

// ---------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------

const GROUP: i64 = -1_001_234_567_890;

#[tokio::test]
async fn groups_answer_ask_for_this_bot_and_ignore_other_bots_and_chatter() {
    let h = start(nato()).await;
    let group = GROUP;
    h.fake
        .group_text(group, 11, "nice weather today, isn't it")
        .await;
    h.fake
        .group_text(group, 12, "/ask@OtherBot who leads the mission?")
        .await;
    h.fake.group_text(group, 13, "/weather").await;
    h.fake
        .group_text(group, 14, &format!("/ask@{BOT_NAME} {Q_SETUP}"))
        .await;
    // Updates of one chat are handled in order: once the last is answered, the others
    // have been seen, and ignored.
    let sent = h.messages(1).await;
    assert_eq!(sent.len(), 1, "only /ask@{BOT_NAME} is answered: {sent:#?}");
    let m = &sent[0];
    assert_eq!(m.chat_id, group);
    assert_eq!(
        m.message["reply_to_message"]["text"].as_str(),
        Some(format!("/ask@{BOT_NAME} {Q_SETUP}").as_str()),
        "the answer replies to the question"
    );
    assert_eq!(
        h.engine.ask(Q_SETUP).outcome,
        Outcome::Answered,
        "precondition"
    );
    assert_eq!(m.text, expected_pages(&h.engine, Q_SETUP)[0]);
    h.stop().await;
}

#[tokio::test]
async fn groups_answer_replies_to_the_bot_and_mentions() {
    let h = start(nato()).await;
    // A reply to one of the bot's messages (an earlier answer).
    h.fake
        .reply_to_bot(GROUP, 21, "And when will it be fully set up?", 500)
        .await;
    // A mention (where privacy mode is off, the bot sees these).
    let other_group = GROUP - 1;
    h.fake
        .group_text(
            other_group,
            22,
            &format!("@{BOT_NAME} how many Iraqi soldiers have been trained?"),
        )
        .await;
    let sent = h.messages(2).await;
    let reply = sent
        .iter()
        .find(|m| m.chat_id == GROUP)
        .expect("reply answered");
    assert_eq!(
        reply.message["reply_to_message"]["text"].as_str(),
        Some("And when will it be fully set up?")
    );
    assert_eq!(
        reply.text,
        expected_pages(&h.engine, "And when will it be fully set up?")[0]
    );
    let mention = sent
        .iter()
        .find(|m| m.chat_id == other_group)
        .expect("mention answered");
    // The question is the text without the mention.
    assert_eq!(
        mention.text,
        expected_pages(&h.engine, "how many Iraqi soldiers have been trained?")[0]
    );
    h.stop().await;
}

#[tokio::test]
async fn bare_ask_answers_the_replied_message_or_explains() {
    let h = start(nato()).await;
    let group = GROUP - 2;
    h.fake.register_chat(group).await;
    // A user's message, then `/ask` in reply to it (raw update: the builders only reply to
    // the bot's messages).
    let chat = objects::chat(group);
    let question = objects::text_message(700, &chat, &objects::user(31), Q_TRAINED);
    let mut ask = objects::text_message(701, &chat, &objects::user(32), "/ask");
    ask["reply_to_message"] = question;
    h.fake.push_update(json!({ "message": ask })).await;
    h.fake.group_text(group - 1, 33, "/ask").await;
    let sent = h.messages(2).await;
    let answered = sent.iter().find(|m| m.chat_id == group).expect("answer");
    assert_eq!(answered.text, expected_pages(&h.engine, Q_TRAINED)[0]);
    let usage = sent.iter().find(|m| m.chat_id == group - 1).expect("usage");
    assert!(
        usage.plain_text.contains("Usage: /ask"),
        "{}",
        usage.plain_text
    );
    h.stop().await;
}

// ---------------------------------------------------------------------------------------
// Buttons
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn context_button_shows_the_paragraph_with_the_sentence_in_bold() {
    let h = start(nato()).await;
    let k = h.k();
    let id = 6; // "It will be a non-combat mission, …", in a paragraph of three
    assert!(k.sentences[id as usize]
        .text
        .starts_with("It will be a non-combat"));
    let data = Callback::context(k, id).expect("data").encode();
    assert!(data.len() <= 64);
    let q = h.fake.callback(4001, 4001, 77, &data).await;
    let answers = h.fake.wait_for("answerCallbackQuery", 1, WAIT).await;
    assert_eq!(answers.len(), 1, "the query is always answered ({q})");
    let m = &h.messages(1).await[0];
    assert!(
        m.text.contains(
            "<blockquote>The new NATO Mission Iraq is expected to be fully set up in early 2019. \
             <b>It will be a non-combat mission, and will have advisors working closely with \
             officials of the Iraqi Ministry of Defence.</b> It will include several hundred \
             personnel, with fully integrated civilian staff.</blockquote>"
        ),
        "{}",
        m.text
    );
    assert_eq!(
        m.reply_to_message_id,
        Some(77),
        "tied to the answer it explains"
    );
    h.stop().await;
}

#[tokio::test]
async fn more_answers_button_shows_the_next_candidates() {
    let h = start(nato()).await;
    let k = h.k();
    let data = Callback::more(k, &[5, 2]).expect("data").encode();
    h.fake.callback(4002, 4002, 78, &data).await;
    let m = &h.messages(1).await[0];
    assert_eq!(
        h.fake.wait_for("answerCallbackQuery", 1, WAIT).await.len(),
        1
    );
    let first = m
        .text
        .find(&escape(&k.sentences[5].text))
        .expect("first candidate");
    let second = m
        .text
        .find(&escape(&k.sentences[2].text))
        .expect("second candidate");
    assert!(first < second, "in the order given");
    assert!(
        m.plain_text.contains("Ms. Jana Kotorova"),
        "quotes keep their speaker"
    );
    // Each candidate gets its own Context button, with valid data.
    let b = buttons(m);
    assert_eq!(b.len(), 2, "{b:?}");
    for (_, data) in &b {
        assert!(Callback::parse(data).expect("ours").resolve(k).is_ok());
    }
    h.stop().await;
}

#[tokio::test]
async fn buttons_of_an_answer_work_when_pressed() {
    let h = start(nato()).await;
    let reply = h.engine.ask(Q_SETUP);
    let best = reply
        .answers
        .first()
        .expect("precondition: answered")
        .sentence;
    let next = h
        .engine
        .rank(Q_SETUP)
        .into_iter()
        .find(|x| x.sentence != best && x.score >= render::MORE_MIN_SCORE)
        .expect("precondition: a next candidate")
        .sentence;
    h.fake.private_text(4003, Q_SETUP).await;
    let answer = h.messages(1).await[0].clone();
    let b = buttons(&answer);
    let labels: Vec<&str> = b.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(labels, ["More answers", "Context"], "{b:?}");

    // More answers: the next candidate, replying to the answer.
    h.fake
        .callback(4003, 4003, answer.message_id, &b[0].1)
        .await;
    let more = h.messages(2).await[1].clone();
    assert!(
        more.plain_text
            .contains(&h.k().sentences[next as usize].text),
        "{}",
        more.plain_text
    );
    assert_eq!(more.reply_to_message_id, Some(answer.message_id));

    // Context: the paragraph of the answer, the answer in bold.
    h.fake
        .callback(4003, 4003, answer.message_id, &b[1].1)
        .await;
    let context = h.messages(3).await[2].clone();
    let sentence = escape(&h.k().sentences[best as usize].text);
    assert!(
        context.text.contains(&format!("<b>{sentence}</b>")),
        "{}",
        context.text
    );

    assert_eq!(
        h.fake.wait_for("answerCallbackQuery", 2, WAIT).await.len(),
        2
    );
    h.stop().await;
}

#[tokio::test]
async fn a_button_from_before_the_articles_changed_says_so() {
    let h = start(nato()).await;
    // Data made against other text for the same sentence id.
    let mut changed = nato();
    changed.sentences[6].text = "It will be a combat mission.".into();
    let stale = Callback::context(&changed, 6).expect("data").encode();
    h.fake.callback(4004, 4004, 79, &stale).await;
    h.fake
        .callback(4004, 4004, 79, "garbage:from:elsewhere")
        .await;
    let answers = h.fake.wait_for("answerCallbackQuery", 2, WAIT).await;
    assert_eq!(answers.len(), 2);
    assert!(
        answers[0]
            .str_param("text")
            .is_some_and(|t| t.contains("articles changed")),
        "{:?}",
        answers[0].params
    );
    assert!(answers[1].str_param("text").is_some());
    assert!(
        h.fake.sent_messages().await.is_empty(),
        "no wrong paragraph shown"
    );
    h.stop().await;
}

// ---------------------------------------------------------------------------------------
// Inline mode
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn inline_queries_list_at_most_five_quotable_answers() {
    let h = start(nato()).await;
    h.fake
        .inline_query(5001, "how many soldiers were trained")
        .await;
    let calls = h.fake.wait_for("answerInlineQuery", 1, WAIT).await;
    assert_eq!(calls.len(), 1);
    let results = calls[0]
        .param("results")
        .and_then(Value::as_array)
        .expect("results");
    assert!(
        !results.is_empty() && results.len() <= 5,
        "{}",
        results.len()
    );
    for r in results {
        assert_eq!(r["type"], "article");
        let content = &r["input_message_content"];
        assert_eq!(content["parse_mode"], "HTML");
        let text = content["message_text"].as_str().expect("text");
        assert!(text.starts_with("<blockquote>"), "{text}");
        assert!(utf16_len(text) <= 4096);
        assert!(r["title"]
            .as_str()
            .is_some_and(|t| !t.is_empty() && t.chars().count() <= 90));
    }
    let cache = calls[0].i64_param("cache_time").expect("cache_time");
    assert!((1..=60).contains(&cache), "{cache}");
    h.stop().await;
}

#[tokio::test]
async fn an_empty_inline_query_lists_key_sentences_and_a_decline_one_result() {
    let h = start(nato()).await;
    h.fake.inline_query(5002, "").await;
    let calls = h.fake.wait_for("answerInlineQuery", 1, WAIT).await;
    let results = calls[0]
        .param("results")
        .and_then(Value::as_array)
        .expect("results");
    let keys = h.engine.key_sentences(5);
    assert_eq!(results.len(), keys.len());
    assert_eq!(results[0]["id"], format!("s{}", keys[0]));

    let question = "What is the recipe for chocolate cake?";
    assert_eq!(
        h.engine.ask(question).outcome,
        Outcome::Declined,
        "precondition"
    );
    h.fake.inline_query(5003, question).await;
    let calls = h.fake.wait_for("answerInlineQuery", 2, WAIT).await;
    let results = calls[1]
        .param("results")
        .and_then(Value::as_array)
        .expect("results");
    assert_eq!(results.len(), 1);
    assert!(results[0]["title"]
        .as_str()
        .is_some_and(|t| t.contains("don't cover")));
    h.stop().await;
}

// ---------------------------------------------------------------------------------------
// Long answers
// ---------------------------------------------------------------------------------------

fn long_knowledge(dir: &TempDir) -> (Knowledge, String, String) {
    let body = "growth of the young fish in warm and in cold water, ".repeat(48);
    let a = format!("The zebrafish aquarium study first measured the {body}over one season.");
    let b = format!("The zebrafish aquarium study then compared the {body}over a second season.");
    let text = format!("A very long read\n\n  • 12 May 2024 -\n\n{a} {b}\n");
    std::fs::write(dir.0.join("long-read.txt"), text).expect("write article");
    let report = verbatim::article::load_dir(&dir.0, &verbatim::lang::Lang::plain()).expect("load");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    (report.knowledge, a, b)
}

#[tokio::test]
async fn an_answer_over_4096_characters_is_split_at_a_sentence_boundary() {
    let dir = TempDir::new("long");
    let (k, a, b) = long_knowledge(&dir);
    assert_eq!(
        k.sentences
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>(),
        [a.as_str(), b.as_str()],
        "precondition: the loader reads two sentences"
    );
    assert!(a.len() + b.len() > 4_900);
    let h = start(k).await;
    let question = "What did the zebrafish aquarium study find about growth of the young fish?";
    let reply = h.engine.ask(question);
    let mut ids: Vec<u32> = reply.answers.iter().map(|x| x.sentence).collect();
    ids.sort_unstable();
    assert_eq!(
        (reply.outcome, ids),
        (Outcome::Answered, vec![0, 1]),
        "precondition: both sentences answer"
    );
    h.fake.private_text(6001, question).await;
    let sent = h.messages(2).await;
    assert_eq!(sent.len(), 2);
    assert!(sent[0]
        .text
        .starts_with("<blockquote>The zebrafish aquarium study first"));
    assert!(
        sent[0].text.ends_with("over one season.</blockquote>"),
        "cut after the sentence"
    );
    assert!(sent[1]
        .text
        .starts_with("<blockquote>The zebrafish aquarium study then"));
    assert!(sent[1].text.contains("over a second season.</blockquote>"));
    assert!(
        sent[1].plain_text.contains("A very long read"),
        "attribution on the last page"
    );
    assert_eq!(sent[0].plain_text, a);
    for m in &sent {
        assert!(utf16_len(&m.plain_text) <= 4096);
    }
    h.stop().await;
}

// ---------------------------------------------------------------------------------------
// Resilience
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn flood_control_and_dropped_connections_are_retried_not_dropped() {
    let h = start(nato()).await;
    h.fake.inject("sendMessage", Fault::RetryAfter(1), 1).await;
    h.fake.inject("sendMessage", Fault::DropConnection, 1).await;
    let started = Instant::now();
    h.fake.private_text(7001, Q_TRAINED).await;
    let calls = h.fake.wait_for("sendMessage", 3, WAIT).await;
    assert_eq!(calls.len(), 3, "429, dropped, then delivered");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "retry_after honoured"
    );
    assert_eq!(h.fake.fired_count("sendMessage").await, 2);
    let sent = h.fake.sent_messages().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].text, expected_pages(&h.engine, Q_TRAINED)[0]);
    h.stop().await;
}

#[tokio::test]
async fn questions_over_the_per_user_limit_are_refused_once_then_ignored() {
    let mut config = bot_config();
    config.questions_per_minute = 1;
    let h = start_with(nato(), config).await;
    h.fake.private_text(7004, Q_TRAINED).await;
    h.fake.private_text(7004, Q_SETUP).await;
    h.fake.private_text(7004, Q_SETUP).await;
    // Commands are not questions: still answered, and they mark the end of the queue.
    h.fake.private_text(7004, "/about").await;
    let sent = h.messages(3).await;
    assert_eq!(sent.len(), 3, "{sent:#?}");
    assert_eq!(sent[0].text, expected_pages(&h.engine, Q_TRAINED)[0]);
    assert!(
        sent[1].plain_text.contains("wait a minute"),
        "{}",
        sent[1].plain_text
    );
    assert!(
        sent[2].plain_text.contains("word for word"),
        "the third question is ignored"
    );
    h.stop().await;
}

#[tokio::test]
async fn the_token_never_reaches_the_log() {
    let h = start(nato()).await;
    // Every attempt fails on the network, and the error is logged. (teloxide already drops
    // the request URL, token included, from network errors; the bot scrubs all it logs
    // anyway, in case another error ever carries it.)
    h.fake
        .inject("sendMessage", Fault::DropConnection, 10)
        .await;
    h.fake.private_text(7002, Q_TRAINED).await;
    h.fake.wait_for("sendMessage", 4, WAIT).await;
    h.stop().await;
    let log = captured_log();
    assert!(log.contains("sending a reply failed"), "{log}");
    assert!(!log.contains(SECRET_HALF), "token leaked into the log");
}

#[tokio::test]
async fn shutdown_finishes_the_reply_in_flight() {
    let h = start(nato()).await;
    // Telegram takes a while to answer this send: it is in flight when shutdown comes.
    h.fake
        .inject("sendMessage", Fault::Delay(Duration::from_millis(1500)), 1)
        .await;
    h.fake.private_text(7003, Q_TRAINED).await;
    assert_eq!(h.fake.wait_for("sendMessage", 1, WAIT).await.len(), 1);
    let Harness {
        fake,
        engine: _,
        live: _,
        mut stop,
        mut task,
    } = h;
    let asked = Instant::now();
    if let Some(tx) = stop.take() {
        let _ = tx.send(());
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!task.is_finished(), "run waits for the reply in flight");
    let result = tokio::time::timeout(WAIT, &mut task).await;
    assert!(
        matches!(result, Ok(Ok(Ok(())))),
        "run returns Ok: {result:?}"
    );
    assert!(asked.elapsed() >= Duration::from_millis(1000));
    assert_eq!(fake.sent_messages().await.len(), 1, "the reply was sent");
    assert_eq!(fake.calls("sendMessage").await.len(), 1, "and not resent");
    assert_clean(&fake).await;
}

#[tokio::test]
async fn a_rejected_token_makes_run_fail_without_showing_it() {
    init_log_capture();
    let fake = FakeApi::start().await;
    // Telegram answers 401 Unauthorized to a revoked or mistyped token.
    fake.inject("getMe", Fault::ServerError(401), 10).await;
    let mut opts = BotOptions::new(TOKEN, bot_config());
    opts.api_url = Some(fake.api_url().to_string());
    let engine = Arc::new(Engine::new(nato()));
    let result = tokio::time::timeout(WAIT, run(engine, opts, std::future::pending())).await;
    let err = result.expect("gives up in time").expect_err("cannot start");
    let text = format!("{err:#}");
    assert!(text.contains("rejected the token"), "{text}");
    assert_eq!(fake.calls("getMe").await.len(), 1, "not retried");
    assert!(!text.contains(SECRET_HALF), "{text}");
}

// ---------------------------------------------------------------------------------------
// Webhook mode
// ---------------------------------------------------------------------------------------

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

#[tokio::test]
async fn webhook_mode_accepts_only_requests_with_the_secret() {
    let dir = std::env::temp_dir().join(format!("verbatim-bot-webhook-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let secret_file = dir.join("secret");
    let mut f = std::fs::File::create(&secret_file).expect("secret file");
    writeln!(f, "s3cret_Token-1").expect("write");
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/telegram");
    let mut config = bot_config();
    config.mode = Mode::Webhook(WebhookConfig {
        listen: format!("127.0.0.1:{port}").parse().expect("addr"),
        url: url.clone(),
        path: "/telegram".into(),
        secret_token_file: Some(secret_file),
    });
    let h = start_with(nato(), config).await;
    let set = h.fake.wait_for("setWebhook", 1, WAIT).await;
    assert_eq!(set.len(), 1);
    assert_eq!(set[0].str_param("url"), Some(url.as_str()));
    assert_eq!(set[0].str_param("secret_token"), Some("s3cret_Token-1"));
    assert!(
        h.fake.calls("getUpdates").await.is_empty(),
        "no polling in webhook mode"
    );

    // Telegram (the fake) delivers with the secret: answered.
    h.fake.private_text(8001, Q_TRAINED).await;
    let m = &h.messages(1).await[0];
    assert_eq!(m.text, expected_pages(&h.engine, Q_TRAINED)[0]);
    assert!(h
        .fake
        .webhook_deliveries()
        .await
        .iter()
        .all(|d| d.status == Some(200)));

    // Anyone else: 401 without the header or with a wrong one; 200 with the right one.
    h.fake.register_chat(8002).await;
    let update = json!({
        "update_id": 9_000,
        "message": objects::text_message(
            9_000, &objects::chat(8002), &objects::user(8002), "/about"),
    });
    let client = reqwest::Client::new();
    let post = |secret: Option<&str>| {
        let mut r = client.post(&url).json(&update);
        if let Some(s) = secret {
            r = r.header("X-Telegram-Bot-Api-Secret-Token", s);
        }
        r.send()
    };
    assert_eq!(post(None).await.expect("post").status().as_u16(), 401);
    assert_eq!(
        post(Some("wrong")).await.expect("post").status().as_u16(),
        401
    );
    assert_eq!(
        post(Some("s3cret_Token-1"))
            .await
            .expect("post")
            .status()
            .as_u16(),
        200
    );
    let sent = h.messages(2).await;
    assert!(sent
        .iter()
        .any(|m| m.chat_id == 8002 && m.plain_text.contains("word for word")));

    let fake = h.stop().await;
    assert_eq!(
        fake.calls("deleteWebhook").await.len(),
        1,
        "webhook removed on shutdown"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------
// Faults: under each one, every question is answered exactly once
// ---------------------------------------------------------------------------------------

/// The chats of a fault test: two private chats and a group (where questions are `/ask`).
const FAULT_CHATS: [i64; 3] = [9101, 9102, -9103];

/// Asks every chat of [`FAULT_CHATS`] one question, in turn.
async fn ask_round(h: &Harness, question: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for chat in FAULT_CHATS {
        let id = if chat > 0 {
            h.fake.private_text(chat, question).await
        } else {
            h.fake
                .group_text(chat, 9104, &format!("/ask {question}"))
                .await
        };
        ids.push(id);
    }
    ids
}

/// Starts the bot, asks a first round of questions, injects `faults`, asks a second round
/// (after the first `getUpdates` fault fired, when `settle_first`), and checks that every
/// question got exactly one reply, in order, and that every fault fired.
async fn exactly_once_under(
    faults: &[(&str, Fault, u32)],
    http_timeout: Duration,
    settle_first: bool,
) {
    let h = start_opts(Engine::new(nato()), bot_config(), |o| {
        o.http_timeout = http_timeout;
    })
    .await;
    let expected: Vec<String> = [Q_TRAINED, Q_SETUP]
        .iter()
        .map(|q| expected_pages(&h.engine, q).remove(0))
        .collect();
    assert_ne!(
        expected[0], expected[1],
        "precondition: two different replies"
    );
    h.fake.wait_for("getUpdates", 1, WAIT).await;
    ask_round(&h, Q_TRAINED).await;
    h.messages(FAULT_CHATS.len()).await;

    for (method, fault, times) in faults {
        h.fake.inject(method, fault.clone(), *times).await;
    }
    if settle_first && faults.iter().any(|f| f.0 == "getUpdates") {
        let deadline = Instant::now() + WAIT;
        while h.fake.fired_count("getUpdates").await == 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    let ids = ask_round(&h, Q_SETUP).await;
    // 5xx answers cost 10 s each inside teloxide, and a retry or two may follow.
    let deadline = Instant::now() + Duration::from_secs(60);
    let wanted = 2 * FAULT_CHATS.len();
    while h.fake.sent_messages().await.len() < wanted && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let last = ids.iter().copied().max().unwrap_or(0);
    assert!(h.fake.wait_confirmed(last, WAIT).await, "updates confirmed");
    // Time for a duplicate to show up, if the bot were to send one (the throttle spaces
    // messages to one chat a second apart).
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let sent = h.fake.sent_messages().await;
    let mut lost = 0;
    let mut twice = 0;
    for chat in FAULT_CHATS {
        let texts: Vec<&str> = sent
            .iter()
            .filter(|m| m.chat_id == chat)
            .map(|m| m.text.as_str())
            .collect();
        lost += expected.len().saturating_sub(texts.len());
        twice += texts.len().saturating_sub(expected.len());
        assert_eq!(texts, expected, "chat {chat}: each question once, in order");
    }
    for (method, fault, times) in faults {
        assert_eq!(
            h.fake.pending_faults(method).await,
            0,
            "{method} {fault:?}: every injected fault fired"
        );
        let _ = times;
    }
    let fired = h.fake.faults_fired().await.len();
    let retries = h.fake.call_count("sendMessage").await - sent.len();
    eprintln!(
        "faults {:?}: {fired} fired; {} questions, {lost} lost, {twice} answered twice, {retries} sends retried",
        faults
            .iter()
            .map(|(m, f, n)| format!("{m} {f:?} x{n}"))
            .collect::<Vec<_>>(),
        2 * FAULT_CHATS.len(),
    );
    h.stop().await;
}

/// A short client timeout, so that `Fault::Delay` outlasts it quickly.
const SHORT: Duration = Duration::from_secs(2);

#[tokio::test]
async fn fault_send_flood_control_429_is_waited_out_and_retried() {
    exactly_once_under(&[("sendMessage", Fault::RetryAfter(1), 2)], SHORT, true).await;
}

#[tokio::test]
async fn fault_send_dropped_connection_is_retried() {
    exactly_once_under(&[("sendMessage", Fault::DropConnection, 2)], SHORT, true).await;
}

#[tokio::test]
async fn fault_send_answer_after_the_client_timeout_is_not_sent_twice() {
    // Telegram carried the send out but answered too late: resending would say it twice.
    exactly_once_under(
        &[("sendMessage", Fault::Delay(Duration::from_secs(3)), 1)],
        SHORT,
        true,
    )
    .await;
}

#[tokio::test]
async fn fault_send_malformed_json_is_retried() {
    exactly_once_under(&[("sendMessage", Fault::MalformedJson, 2)], SHORT, true).await;
}

#[tokio::test]
async fn fault_send_result_of_the_wrong_shape_is_retried() {
    exactly_once_under(&[("sendMessage", Fault::UnparsableUpdate, 1)], SHORT, true).await;
}

#[tokio::test]
async fn fault_get_updates_429_dropped_malformed_and_unparsable_are_survived() {
    exactly_once_under(
        &[
            ("getUpdates", Fault::RetryAfter(1), 1),
            ("getUpdates", Fault::DropConnection, 2),
            ("getUpdates", Fault::MalformedJson, 1),
            ("getUpdates", Fault::UnparsableUpdate, 2),
        ],
        SHORT,
        true,
    )
    .await;
}

#[tokio::test]
async fn fault_get_updates_answered_after_the_client_timeout_loses_no_update() {
    // The poll that hands out the second round answers too late; the updates stay
    // unconfirmed, so the next poll hands them out again: answered once each.
    exactly_once_under(
        &[("getUpdates", Fault::Delay(Duration::from_secs(3)), 1)],
        SHORT,
        true,
    )
    .await;
}

#[tokio::test]
async fn fault_server_errors_500_on_sends_and_502_on_polls() {
    // teloxide waits 10 s after any 5xx (inside the request), so the two overlap here, and
    // the client keeps teloxide's 17 s timeout to outlast that wait.
    exactly_once_under(
        &[
            ("sendMessage", Fault::ServerError(500), 1),
            ("getUpdates", Fault::ServerError(502), 1),
        ],
        verbatim::bot::HTTP_TIMEOUT,
        false,
    )
    .await;
}

#[tokio::test]
async fn fault_server_errors_502_on_sends_and_500_on_polls() {
    exactly_once_under(
        &[
            ("sendMessage", Fault::ServerError(502), 1),
            ("getUpdates", Fault::ServerError(500), 1),
        ],
        verbatim::bot::HTTP_TIMEOUT,
        false,
    )
    .await;
}

#[tokio::test]
async fn the_token_never_appears_even_when_an_error_echoes_the_request_path() {
    init_log_capture();
    // Something in front of the Bot API answers every request with an error page naming
    // the path it got, token included ("Cannot POST /bot<token>/GetMe"), as web frameworks
    // do. The bot retries, gives up, and says why: without the token.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let echo = axum::Router::new().fallback(|uri: axum::http::Uri| async move {
        (
            axum::http::StatusCode::NOT_FOUND,
            format!("Cannot POST {uri}"),
        )
    });
    let server = tokio::spawn(async move { axum::serve(listener, echo).await });
    let mut opts = BotOptions::new(TOKEN, bot_config());
    opts.api_url = Some(format!("http://{addr}/"));
    let engine = Arc::new(Engine::new(nato()));
    let result = tokio::time::timeout(WAIT, run(engine, opts, std::future::pending())).await;
    server.abort();
    let err = result.expect("gives up in time").expect_err("cannot start");
    let text = format!("{err:#}");
    assert!(
        text.contains("Cannot POST /bot<token>/"),
        "the page was quoted, scrubbed: {text}"
    );
    assert!(!text.contains(SECRET_HALF), "{text}");
    assert!(
        !captured_log().contains(SECRET_HALF),
        "token leaked into the log"
    );
}

// ---------------------------------------------------------------------------------------
// Abuse: limits and caps
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn the_rate_limit_is_per_user_says_so_once_and_spares_commands() {
    let mut config = bot_config();
    config.questions_per_minute = 2;
    let h = start_with(nato(), config).await;
    for _ in 0..5 {
        h.fake.private_text(7101, Q_TRAINED).await;
    }
    h.fake.private_text(7101, "/about").await;
    // Someone else at the same time is not limited.
    h.fake.private_text(7102, Q_SETUP).await;
    h.fake.private_text(7102, Q_TRAINED).await;
    let sent = h.messages(6).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let sent_after = h.fake.sent_messages().await;
    assert_eq!(sent.len(), sent_after.len(), "nothing more came");
    let of = |chat: i64| -> Vec<String> {
        sent.iter()
            .filter(|m| m.chat_id == chat)
            .map(|m| m.plain_text.clone())
            .collect()
    };
    let a = of(7101);
    assert_eq!(a.len(), 4, "two answers, one notice, /about: {a:#?}");
    assert_eq!(a.iter().filter(|t| t.contains("wait a minute")).count(), 1);
    assert!(a[2].contains("wait a minute"), "{a:#?}");
    assert!(a[3].contains("word for word"), "/about still answered");
    let b = of(7102);
    assert_eq!(b.len(), 2);
    assert!(b.iter().all(|t| !t.contains("wait a minute")), "{b:#?}");
    h.stop().await;
}

#[tokio::test]
async fn a_long_question_is_cut_and_the_reply_says_so() {
    let h = start(nato()).await;
    let max = h.engine.settings().max_question_chars;
    let question = format!("{Q_TRAINED} {}", "Please tell me more. ".repeat(40));
    assert!(question.chars().count() > max);
    let reply = h.engine.ask(&question);
    assert!(reply.truncated, "precondition: the engine cuts it");
    h.fake.private_text(7201, &question).await;
    let m = &h.messages(1).await[0];
    assert!(
        m.plain_text
            .contains(&format!("I read only its first {max} characters")),
        "{}",
        m.plain_text
    );
    h.stop().await;
}

// ---------------------------------------------------------------------------------------
// Admin commands, reloading and the question log
// ---------------------------------------------------------------------------------------

const ADMIN: i64 = 4242;

fn admin_config() -> BotConfig {
    let mut c = bot_config();
    c.admins = vec![ADMIN as u64];
    c
}

/// A temporary question log.
fn temp_journal(dir: &TempDir) -> (Journal, std::path::PathBuf) {
    let path = dir.0.join("log/questions.sqlite");
    let config = LogConfig {
        database: Some(path.clone()),
        retention_days: 30,
        store_ids: false,
    };
    (Journal::start(&config), path)
}

#[tokio::test]
async fn admin_commands_answer_admins_and_look_unknown_to_everyone_else() {
    let dir = TempDir::new("admin");
    let (journal, _) = temp_journal(&dir);
    let h = start_opts(Engine::new(nato()), admin_config(), |o| o.journal = journal).await;
    let unknown = render::unknown_command_doc()
        .pages(render::MAX_MESSAGE)
        .remove(0);
    // Someone else: exactly the unknown-command answer, for both.
    h.fake.private_text(4343, "/stats").await;
    h.fake.private_text(4343, "/reload").await;
    h.fake.private_text(4343, "/frobnicate").await;
    // In a group, even the admin gets what any unknown command gets.
    h.fake
        .group_text(GROUP, ADMIN, &format!("/stats@{BOT_NAME}"))
        .await;
    // The admin, in private.
    h.fake.private_text(ADMIN, "/stats").await;
    h.fake.private_text(ADMIN, "/reload").await;
    let sent = h.messages(6).await;
    let of =
        |chat: i64| -> Vec<&SentMessage> { sent.iter().filter(|m| m.chat_id == chat).collect() };
    let others = of(4343);
    assert_eq!(others.len(), 3);
    for m in &others {
        assert_eq!(m.text, unknown, "indistinguishable from an unknown command");
    }
    assert_eq!(of(GROUP)[0].text, unknown);
    let admin = of(ADMIN);
    assert!(
        admin[0]
            .plain_text
            .contains("Knowledge: 1 article(s), 8 sentence(s)."),
        "{}",
        admin[0].plain_text
    );
    assert!(
        admin[0].plain_text.contains("Answer rate"),
        "{}",
        admin[0].plain_text
    );
    assert!(
        admin[1].plain_text.contains("Reloading is not set up"),
        "no folder was given: {}",
        admin[1].plain_text
    );
    // The menu does not list them.
    let commands = h
        .fake
        .commands(None, None)
        .await
        .expect("commands")
        .to_string();
    assert!(
        !commands.contains("stats") && !commands.contains("reload"),
        "{commands}"
    );
    h.stop().await;
}

const FERRY: &str = "Ferry strike ends\n\nThe ferry crews of Kessler returned to work on Monday after a two-week strike.\n";
const BRIDGE: &str =
    "Bridge opens\n\nThe new Kessler bridge opened to traffic on Friday after three years of work.\n";
const Q_BRIDGE: &str = "When did the Kessler bridge open to traffic?";

#[tokio::test]
async fn reload_swaps_in_the_changed_folder_and_a_broken_file_keeps_the_old_one() {
    let dir = TempDir::new("reload");
    std::fs::write(dir.0.join("ferry.txt"), FERRY).expect("write");
    let (engine, problems) = Engine::load(
        &dir.0,
        Arc::new(verbatim::lang::Lang::plain()),
        Default::default(),
    )
    .expect("load");
    assert!(problems.is_empty());
    assert_ne!(
        engine.ask(Q_BRIDGE).outcome,
        Outcome::Answered,
        "precondition"
    );
    let folder = dir.0.clone();
    let h = start_opts(engine, admin_config(), |o| o.knowledge_dir = Some(folder)).await;

    // A new article, then /reload: the bridge question is answered from it.
    std::fs::write(dir.0.join("bridge.txt"), BRIDGE).expect("write");
    h.fake.private_text(4344, "/reload").await; // not an admin: nothing reloads
    h.fake.private_text(4344, Q_BRIDGE).await;
    let sent = h.messages(2).await;
    assert!(
        sent[1].plain_text.contains("The articles don't cover that"),
        "{}",
        sent[1].plain_text
    );
    assert!(Arc::ptr_eq(&h.live.current(), &h.engine));
    h.fake.private_text(ADMIN, "/reload").await;
    h.fake.private_text(ADMIN, Q_BRIDGE).await;
    let sent = h.messages(4).await;
    assert!(
        sent[2].plain_text.contains("Reloaded: 2 article(s)"),
        "{}",
        sent[2].plain_text
    );
    let reloaded = h.live.current();
    assert!(
        Arc::ptr_eq(reloaded.lang(), h.engine.lang()),
        "the lexicon is reused"
    );
    assert_eq!(reloaded.ask(Q_BRIDGE).outcome, Outcome::Answered);
    assert_eq!(sent[3].text, expected_pages(&reloaded, Q_BRIDGE)[0]);
    assert!(sent[3].plain_text.contains("opened to traffic on Friday"));

    // A broken file: the admin hears which file and line; the old articles keep answering.
    let bad = dir.0.join("broken.md");
    std::fs::write(&bad, "+++\ntitle = \"Unclosed\"\n\nNo closing line.\n").expect("write");
    let problem =
        verbatim::article::parse_file(&bad, &verbatim::lang::Lang::plain()).expect_err("broken");
    let line = problem.line().expect("a line");
    h.fake.private_text(ADMIN, "/reload").await;
    h.fake.private_text(ADMIN, Q_BRIDGE).await;
    let sent = h.messages(6).await;
    let where_ = format!("{}:{line}:", bad.display());
    assert!(
        sent[4].plain_text.contains(&where_),
        "{} lacks {where_}",
        sent[4].plain_text
    );
    assert!(sent[4]
        .plain_text
        .contains("still answering from the previous articles"));
    assert!(Arc::ptr_eq(&h.live.current(), &reloaded), "not swapped");
    assert_eq!(sent[5].text, sent[3].text, "same answer as before");
    assert!(captured_log().contains(&where_), "logged too");
    h.stop().await;
}

#[tokio::test]
async fn every_question_is_logged_without_ids_and_stats_show_what_was_declined() {
    let dir = TempDir::new("journal");
    let (journal, path) = temp_journal(&dir);
    let h = start_opts(Engine::new(nato()), admin_config(), |o| {
        o.journal = journal.clone()
    })
    .await;
    let cake = "What is the recipe for chocolate cake?";
    assert_eq!(
        h.engine.ask(cake).outcome,
        Outcome::Declined,
        "precondition"
    );
    h.fake.private_text(7301, Q_TRAINED).await;
    h.fake.private_text(7302, cake).await;
    h.fake.private_text(7303, "chocolate cake recipe").await;
    h.fake
        .group_text(GROUP, 7304, &format!("/ask {Q_SETUP}"))
        .await;
    h.fake.private_text(7305, "Hello!").await;
    h.messages(5).await;
    h.fake.private_text(ADMIN, "/stats").await;
    let stats = h.messages(6).await.remove(5);
    let text = &stats.plain_text;
    assert!(
        text.contains("Answer rate: 50% (2 answered, 2 declined)"),
        "{text}"
    );
    assert!(
        text.contains("2× "),
        "the two cake questions are one group: {text}"
    );
    assert!(text.contains("cake"), "{text}");

    assert!(journal.flush(WAIT));
    let conn = rusqlite::Connection::open(&path).expect("open");
    // outcome, chat type, score, user id, chat id
    type Row = (String, String, Option<f64>, Option<i64>, Option<i64>);
    let rows: Vec<Row> = conn
        .prepare("SELECT outcome, chat_type, score, user_id, chat_id FROM questions ORDER BY id")
        .expect("prepare")
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(rows.len(), 5, "{rows:?}");
    let outcomes: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    for o in ["answered", "declined", "smalltalk"] {
        assert!(outcomes.contains(&o), "{outcomes:?}");
    }
    assert!(rows.iter().any(|r| r.1 == "supergroup"), "{rows:?}");
    assert!(
        rows.iter().all(|r| r.3.is_none() && r.4.is_none()),
        "no ids: {rows:?}"
    );
    assert!(rows
        .iter()
        .filter(|r| r.0 == "answered")
        .all(|r| r.2.is_some_and(|s| s > 0.0)));
    h.stop().await;
}

#[tokio::test]
async fn a_corrupt_question_log_never_stops_answering() {
    // Before the journal starts: it reports the problem as soon as it opens the file.
    init_log_capture();
    let dir = TempDir::new("corrupt-log");
    let path = dir.0.join("questions.sqlite");
    std::fs::write(&path, "not a database at all; ".repeat(200)).expect("write");
    let journal = Journal::start(&LogConfig {
        database: Some(path),
        retention_days: 30,
        store_ids: false,
    });
    let h = start_opts(Engine::new(nato()), admin_config(), |o| o.journal = journal).await;
    h.fake.private_text(7401, Q_TRAINED).await;
    h.fake.private_text(7402, Q_SETUP).await;
    let sent = h.messages(2).await;
    // Two chats are answered concurrently: find the first chat's answer by its id.
    let trained = sent.iter().find(|m| m.chat_id == 7401).expect("an answer");
    assert_eq!(trained.text, expected_pages(&h.engine, Q_TRAINED)[0]);
    h.fake.private_text(ADMIN, "/stats").await;
    let stats = h.messages(3).await.remove(2);
    assert!(
        stats.plain_text.contains("could not be recorded"),
        "{}",
        stats.plain_text
    );
    assert!(captured_log().contains("question log unusable"));
    h.stop().await;
}
