//! The Telegram bot: a thin layer over the answer engine.
//!
//! [`run`] connects to the Bot API (long polling, or a webhook when configured), registers
//! the commands, and answers until its `shutdown` future resolves. One function,
//! [`schema`], builds the whole handler tree; what a message asks is decided by the pure
//! [`commands::classify`], and every reply is built by the pure [`render`] module and sent
//! here as HTML, split into pages, retried when it surely did not arrive (flood control,
//! network and server errors; never after a timeout, which may have delivered it), and
//! resent as plain text if Telegram cannot parse it.
//!
//! Each question's outcome goes to the question log ([`crate::journal`]); the admins in
//! `bot.admins` may ask for its report (`/stats`) and reload the knowledge folder
//! (`/reload`, see [`crate::reload`]); to anyone else these are unknown commands.
//!
//! The token never appears in logs or errors: errors may contain the request URL
//! (`…/bot<token>/sendMessage`) or an error page quoting it, so everything is passed
//! through [`Scrubber`].

pub mod commands;
pub mod render;

use std::collections::{HashMap, VecDeque};
use std::future::{Future, IntoFuture};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context as _;
pub use teloxide::adaptors::throttle::Limits;
use teloxide::adaptors::throttle::{Settings, Throttle};
use teloxide::dispatching::{Dispatcher, UpdateFilterExt, UpdateHandler};
use teloxide::dptree;
use teloxide::error_handlers::ErrorHandler;
use teloxide::payloads::{
    AnswerCallbackQuerySetters, AnswerInlineQuerySetters, SendMessageSetters, SetWebhookSetters,
};
use teloxide::requests::Requester;
use teloxide::types::{
    BotCommand, CallbackQuery, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InlineQuery,
    InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText,
    LinkPreviewOptions, Me, Message, MessageId, ParseMode, ReplyParameters, Update,
};
use teloxide::update_listeners::{webhooks, Polling};
use teloxide::utils::command::BotCommands;
use teloxide::{ApiError, Bot, RequestError};

use crate::config::{BotConfig, Mode, WebhookConfig};
use crate::engine::{Engine, Hit, Outcome, Reply};
use crate::journal::{self, Entry, Journal};
pub use crate::reload::Reloadable;
use crate::reload::Reloader;
use commands::{classify, AdminCommand, Callback, Command, Incoming, Request, Stale};
use render::{Doc, MAX_MESSAGE};

/// The Bot API client as the handlers use it: requests are queued to respect Telegram's
/// rate limits.
pub type TgBot = Throttle<Bot>;

/// teloxide's HTTP timeout for one request, long polls included.
pub const HTTP_TIMEOUT: Duration = Duration::from_secs(17);
/// Attempts per request when Telegram asks to retry or the network fails.
const SEND_ATTEMPTS: u32 = 4;
/// Longest flood-control wait honoured; beyond it the send is given up.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// Inline results Telegram may cache, in seconds: short, so a reload shows quickly.
const INLINE_CACHE_SECS: u32 = 10;
/// At most this many inline results.
const INLINE_RESULTS: usize = 5;
/// At most this many sentences behind "More answers".
const MORE_ANSWERS: usize = 3;
/// `/stats` lists this many groups of declined questions.
const STATS_TOP: usize = 10;

/// What [`run`] needs besides the engine.
#[derive(Debug, Clone)]
pub struct BotOptions {
    /// The bot token (from `TELOXIDE_TOKEN` or `bot.token_file`); never logged.
    pub token: String,
    /// Another Bot API server; overrides `config.api_url`.
    pub api_url: Option<String>,
    pub config: BotConfig,
    /// The folder `/reload` reads; without one, `/reload` says reloading is not set up.
    pub knowledge_dir: Option<PathBuf>,
    /// Where each question's outcome is recorded, and what `/stats` reads (off by default).
    pub journal: Journal,
    /// The rates sends are paced to: Telegram's by default (tests against a local server
    /// raise them).
    pub limits: Limits,
    /// The longest one request to the Bot API may take; a long poll waits a little less.
    pub http_timeout: Duration,
}

impl BotOptions {
    /// Options with the API URL of the configuration, no reloading, no question log,
    /// Telegram's rate limits and teloxide's HTTP timeout.
    pub fn new(token: impl Into<String>, config: BotConfig) -> BotOptions {
        BotOptions {
            token: token.into(),
            api_url: config.api_url.clone(),
            config,
            knowledge_dir: None,
            journal: Journal::off(),
            limits: Limits::default(),
            http_timeout: HTTP_TIMEOUT,
        }
    }
}

/// How long a `getUpdates` long poll waits for `http_timeout`: 10 s for teloxide's 17 s,
/// always with time to spare for the answer to travel back.
fn poll_timeout(http_timeout: Duration) -> Duration {
    let spare = Duration::from_secs(7);
    if http_timeout >= spare * 2 {
        http_timeout - spare
    } else {
        http_timeout / 2
    }
}

/// The wait before the `n`th retry of `getUpdates` after an error (teloxide's default
/// starts at 1 s): short at first, so a blip costs little, up to half a minute.
fn poll_backoff(n: u32) -> Duration {
    Duration::from_millis(250u64 << n.min(7))
}

/// Removes the token from text that may contain a request URL.
#[derive(Clone)]
pub struct Scrubber {
    token: String,
}

impl Scrubber {
    pub fn new(token: &str) -> Scrubber {
        Scrubber {
            token: token.to_string(),
        }
    }

    pub fn scrub(&self, text: &str) -> String {
        if self.token.is_empty() {
            return text.to_string();
        }
        let mut out = text.replace(&self.token, "<token>");
        // The secret half alone (after `<bot id>:`) is what must never leak.
        if let Some((_, secret)) = self.token.split_once(':') {
            if secret.len() >= 8 {
                out = out.replace(secret, "<token>");
            }
        }
        out
    }
}

impl std::fmt::Debug for Scrubber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Scrubber(<token>)")
    }
}

/// Everything the handlers share.
struct State {
    engine: Reloadable,
    config: BotConfig,
    scrubber: Scrubber,
    limiter: Mutex<RateLimiter>,
    /// One engine job per core at a time: a flood of questions then waits its turn here
    /// instead of starting hundreds of blocking threads that share two cores anyway (and
    /// each take their own stack and allocator arena).
    engine_slots: Arc<tokio::sync::Semaphore>,
    journal: Journal,
    /// `None` when no knowledge folder was given.
    reloader: Option<Arc<Reloader>>,
}

/// Resolves on Ctrl-C or SIGTERM: the `shutdown` future for the binary.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}

/// Runs the bot until `shutdown` resolves: then it stops taking updates, finishes the
/// replies in flight and returns `Ok`. It fails early when Telegram rejects the token or
/// the webhook cannot be set up.
pub async fn run(
    engine: impl Into<Reloadable>,
    opts: BotOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let scrubber = Scrubber::new(&opts.token);
    let api_url = opts.api_url.clone().or_else(|| opts.config.api_url.clone());
    let client = teloxide::net::default_reqwest_settings()
        .timeout(opts.http_timeout)
        .build()
        .map_err(|e| anyhow::anyhow!("building the HTTP client: {e}"))?;
    let mut raw = Bot::with_client(opts.token.clone(), client);
    if let Some(u) = api_url.as_deref() {
        let url = url::Url::parse(u).with_context(|| format!("bot.api_url `{u}` is not a URL"))?;
        raw = raw.set_api_url(url);
    }
    // Retries are ours (bounded, see `retrying`); the throttle only paces and freezes.
    let bot: TgBot =
        Throttle::spawn_with_settings(raw, Settings::default().no_retry().limits(opts.limits));
    let fail =
        |what: &str, e: RequestError| anyhow::anyhow!("{what}: {}", scrubber.scrub(&e.to_string()));

    let me = match retrying_idempotent(|| bot.get_me()).await {
        Ok(me) => me,
        Err(RequestError::Api(ApiError::InvalidToken)) => anyhow::bail!(
            "Telegram rejected the token: check TELOXIDE_TOKEN or the file in bot.token_file"
        ),
        Err(e) => return Err(fail("connecting to the Bot API (getMe)", e)),
    };
    let username = me.user.username.clone().unwrap_or_default();
    if let Err(e) = retrying_idempotent(|| bot.set_my_commands(bot_commands())).await {
        tracing::warn!("setMyCommands failed: {}", scrubber.scrub(&e.to_string()));
    }

    let engine: Reloadable = engine.into();
    let state = Arc::new(State {
        reloader: opts
            .knowledge_dir
            .clone()
            .map(|dir| Arc::new(Reloader::new(engine.clone(), dir))),
        engine,
        config: opts.config.clone(),
        scrubber: scrubber.clone(),
        limiter: Mutex::new(RateLimiter::new(opts.config.questions_per_minute)),
        engine_slots: Arc::new(tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, |n| n.get()),
        )),
        journal: opts.journal.clone(),
    });
    let handler_errors = {
        let scrubber = scrubber.clone();
        move |e: RequestError| {
            let text = scrubber.scrub(&e.to_string());
            async move { tracing::warn!("sending a reply failed: {text}") }
        }
    };
    let listener_errors = Arc::new({
        let scrubber = scrubber.clone();
        move |e: RequestError| {
            let text = scrubber.scrub(&e.to_string());
            async move { tracing::warn!("getting updates failed: {text}") }
        }
    });
    let mut dispatcher =
        Dispatcher::builder(bot.clone(), schema())
            .dependencies(dptree::deps![state.clone()])
            .default_handler(|_| async {})
            .error_handler(
                Arc::new(handler_errors) as Arc<dyn ErrorHandler<RequestError> + Send + Sync>
            )
            .build();
    let stopper = tokio::spawn(stop_when(shutdown, dispatcher.shutdown_token()));

    let result = match &opts.config.mode {
        Mode::Polling => {
            drop_webhook_if_set(&bot, &scrubber).await;
            tracing::info!("bot @{username} answering (long polling)");
            let listener = Polling::builder(bot.clone())
                .timeout(poll_timeout(opts.http_timeout))
                .backoff_strategy(poll_backoff)
                .build();
            dispatcher
                .try_dispatch_with_listener(listener, listener_errors)
                .await
                .map_err(|e| fail("starting the dispatcher", e))
        }
        Mode::Webhook(w) => run_webhook(&bot, w, &scrubber, &mut dispatcher, &username).await,
    };
    stopper.abort();
    result?;
    tracing::info!("bot stopped");
    Ok(())
}

/// Resolves `shutdown`, then shuts the dispatcher down (waiting for it to start first).
async fn stop_when(
    shutdown: impl Future<Output = ()>,
    token: teloxide::dispatching::ShutdownToken,
) {
    shutdown.await;
    tracing::info!("shutting down: finishing replies in flight");
    loop {
        match token.shutdown() {
            Ok(done) => {
                done.await;
                return;
            }
            // Not dispatching yet (still setting up): try again shortly.
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
}

/// Long polling fails while a webhook is set (e.g. after switching modes): remove it.
async fn drop_webhook_if_set(bot: &TgBot, scrubber: &Scrubber) {
    match retrying_idempotent(|| bot.get_webhook_info()).await {
        Ok(info) if info.url.is_some() => {
            if let Err(e) = retrying_idempotent(|| bot.delete_webhook()).await {
                tracing::warn!("deleteWebhook failed: {}", scrubber.scrub(&e.to_string()));
            }
        }
        Ok(_) => {}
        Err(e) => tracing::warn!("getWebhookInfo failed: {}", scrubber.scrub(&e.to_string())),
    }
}

/// Reads the webhook secret from its file: 1-256 of `A-Z a-z 0-9 _ -`, as Telegram requires.
fn read_secret(w: &WebhookConfig) -> anyhow::Result<Option<String>> {
    let Some(path) = &w.secret_token_file else {
        return Ok(None);
    };
    let s = std::fs::read_to_string(path)
        .with_context(|| format!("reading webhook.secret_token_file {}", path.display()))?;
    let s = s.trim().to_string();
    let valid = (1..=256).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !valid {
        anyhow::bail!(
            "{}: a webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -",
            path.display()
        );
    }
    Ok(Some(s))
}

async fn run_webhook(
    bot: &TgBot,
    w: &WebhookConfig,
    scrubber: &Scrubber,
    dispatcher: &mut Dispatcher<TgBot, RequestError, teloxide::dispatching::DefaultKey>,
    username: &str,
) -> anyhow::Result<()> {
    let url = url::Url::parse(&w.url).with_context(|| format!("webhook.url `{}`", w.url))?;
    let mut options = webhooks::Options::new(w.listen, url.clone()).path(w.path.clone());
    // Without a configured secret teloxide makes a random one; either way every request
    // must carry it, and one without gets 401.
    options.secret_token = read_secret(w)?;
    let secret = options.get_or_gen_secret_token().to_string();

    // Listen before telling Telegram where to post.
    let tcp = tokio::net::TcpListener::bind(w.listen)
        .await
        .with_context(|| format!("listening on webhook.listen {}", w.listen))?;
    retrying_idempotent(|| bot.set_webhook(url.clone()).secret_token(secret.clone()))
        .await
        .map_err(|e| anyhow::anyhow!("setWebhook: {}", scrubber.scrub(&e.to_string())))?;

    let (listener, stopped, router) = webhooks::axum_no_setup(options);
    let server = tokio::spawn(
        axum::serve(tcp, router)
            .with_graceful_shutdown(stopped)
            .into_future(),
    );
    tracing::info!(
        "bot @{username} answering (webhook on {}{})",
        w.listen,
        w.path
    );
    let listener_errors = Arc::new(|_: std::convert::Infallible| async {});
    let result = dispatcher
        .try_dispatch_with_listener(listener, listener_errors)
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "starting the dispatcher: {}",
                scrubber.scrub(&e.to_string())
            )
        });
    // The listener was stopped, which ends the server; don't wait forever on a stuck one.
    match tokio::time::timeout(Duration::from_secs(5), server).await {
        Ok(Ok(Err(e))) => tracing::warn!("webhook server: {e}"),
        Err(_) => tracing::warn!("webhook server did not stop in time"),
        _ => {}
    }
    if let Err(e) = retrying_idempotent(|| bot.delete_webhook()).await {
        tracing::warn!("deleteWebhook failed: {}", scrubber.scrub(&e.to_string()));
    }
    result
}

/// The handler tree: messages addressed to the bot, button presses, inline queries.
/// Group chatter never gets past `addressed`.
pub fn schema() -> UpdateHandler<RequestError> {
    dptree::entry()
        .branch(
            Update::filter_message()
                .filter_map(addressed)
                .endpoint(on_request),
        )
        .branch(Update::filter_callback_query().endpoint(on_callback))
        .branch(Update::filter_inline_query().endpoint(on_inline))
}

/// What `msg` asks of this bot, if anything (see [`commands::classify`]).
fn addressed(msg: Message, me: Me) -> Option<Request> {
    let chat = &msg.chat;
    if !(chat.is_private() || chat.is_group() || chat.is_supergroup()) {
        return None;
    }
    let reply = msg.reply_to_message();
    let incoming = Incoming {
        private: chat.is_private(),
        text: msg.text().or_else(|| msg.caption()),
        from_bot: msg.from.as_ref().is_some_and(|u| u.is_bot),
        reply_to_me: reply
            .and_then(|r| r.from.as_ref())
            .is_some_and(|u| u.id == me.user.id),
        reply_text: reply.and_then(|r| r.text().or_else(|| r.caption())),
    };
    classify(&incoming, me.user.username.as_deref().unwrap_or(""))
}

async fn on_request(
    bot: TgBot,
    msg: Message,
    req: Request,
    state: Arc<State>,
) -> Result<(), RequestError> {
    let chat = msg.chat.id;
    // In groups the reply quotes the question, so it is clear what it answers.
    let reply_to = (!msg.chat.is_private()).then_some(msg.id);
    let engine = state.engine.current();
    let k = engine.knowledge();
    let (doc, keyboard) = match req {
        Request::Question(q) => {
            let user = msg.from.as_ref().map(|u| u.id.0).unwrap_or(chat.0 as u64);
            let verdict = state
                .limiter
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .check(user, Instant::now());
            match verdict {
                Verdict::Allowed => {
                    let answer = ask(&state, &engine, q.clone()).await;
                    state
                        .journal
                        .record(journal_entry(&msg, &engine, &q, answer.as_ref()));
                    match answer {
                        Some((reply, ranked)) => (
                            render::reply_doc(k, &reply),
                            answer_keyboard(&engine, &reply, &ranked),
                        ),
                        None => (render::timeout_doc(), None),
                    }
                }
                Verdict::Limited { warn: true } => (render::rate_limited_doc(), None),
                Verdict::Limited { warn: false } => return Ok(()),
            }
        }
        Request::Command(Command::Start) => (render::start_doc(k, &help_text()), None),
        Request::Command(Command::Help) => (render::help_doc(&help_text()), None),
        Request::Command(Command::Sources) => (render::sources_doc(k), None),
        Request::Command(Command::About) => (render::about_doc(k), None),
        Request::Command(Command::Quotes(name)) if name.trim().is_empty() => {
            (render::speakers_doc(k), None)
        }
        Request::Command(Command::Quotes(name)) => {
            let people = commands::find_people(k, &name);
            (render::quotes_doc(k, &name, &people), None)
        }
        // `classify` turns /ask into a question or a usage hint.
        Request::Command(Command::Ask(_)) | Request::AskUsage => (render::ask_usage_doc(), None),
        Request::UnknownCommand => (render::unknown_command_doc(), None),
        Request::NotText => (render::not_text_doc(), None),
        // For anyone else an admin command is just a command the bot does not know.
        Request::Admin(cmd) if is_admin(&state, &msg) => (admin(&state, cmd).await, None),
        Request::Admin(_) => (render::unknown_command_doc(), None),
    };
    send_doc(&bot, &state, chat, &doc, reply_to, keyboard).await?;
    Ok(())
}

/// The question log's record of one question (`answer` is `None` when it timed out).
fn journal_entry(
    msg: &Message,
    engine: &Engine,
    question: &str,
    answer: Option<&(Reply, Vec<Hit>)>,
) -> Entry {
    let chat = &msg.chat;
    let chat_type = if chat.is_private() {
        "private"
    } else if chat.is_supergroup() {
        "supergroup"
    } else if chat.is_group() {
        "group"
    } else {
        "channel"
    };
    let mut entry = match answer {
        Some((reply, ranked)) => {
            let best = reply
                .answers
                .first()
                .or(reply.suggestions.first())
                .or(ranked.first())
                .map(|h| h.score);
            let mut e = Entry::now(reply.outcome.into(), best, chat_type, &reply.question);
            e.truncated = reply.truncated;
            e
        }
        None => {
            let max = engine.settings().max_question_chars;
            let cut: String = question.chars().take(max).collect();
            let mut e = Entry::now(journal::Outcome::Timeout, None, chat_type, &cut);
            e.truncated = cut.len() < question.len();
            e
        }
    };
    // Kept only with `log.store_ids` (the journal drops them otherwise).
    entry.user_id = msg.from.as_ref().map(|u| u.id.0 as i64);
    entry.chat_id = Some(chat.id.0);
    entry
}

fn is_admin(state: &State, msg: &Message) -> bool {
    msg.from
        .as_ref()
        .is_some_and(|u| state.config.admins.contains(&u.id.0))
}

/// Carries out an admin command (off the async threads: both touch files) and says how
/// it went.
async fn admin(state: &Arc<State>, cmd: AdminCommand) -> Doc {
    let st = state.clone();
    let job = tokio::task::spawn_blocking(move || match cmd {
        AdminCommand::Stats => stats_lines(&st),
        AdminCommand::Reload => reload_lines(&st),
    });
    let lines = job
        .await
        .unwrap_or_else(|e| vec![format!("That failed unexpectedly: {e}")]);
    let mut d = Doc::new();
    for line in lines {
        if line.is_empty() {
            d.blank();
        } else {
            d.text(state.scrubber.scrub(&line));
        }
    }
    d
}

/// `/stats`: the question log's report, what is loaded, and how recording goes.
fn stats_lines(state: &State) -> Vec<String> {
    let engine = state.engine.current();
    let k = engine.knowledge();
    let mut lines = vec![format!(
        "Knowledge: {} article(s), {} sentence(s).",
        k.articles.len(),
        k.sentences.len()
    )];
    let Some(path) = state.journal.path().map(|p| p.to_path_buf()) else {
        lines.push("The question log is off (log.database = \"\").".into());
        return lines;
    };
    // Include the questions asked just before.
    state.journal.flush(Duration::from_secs(2));
    match journal::report(&path, None, STATS_TOP) {
        Ok(r) => lines.extend(r.lines()),
        Err(e) => lines.push(format!("Cannot read the question log: {e}")),
    }
    let status = state.journal.status();
    if status.lost > 0 || status.problem.is_some() {
        lines.push(String::new());
        lines.push(format!(
            "{} question(s) could not be recorded.{}",
            status.lost,
            status
                .problem
                .map(|p| format!(" Now failing: {p}"))
                .unwrap_or_default()
        ));
    }
    lines
}

/// `/reload`: reload the knowledge folder, or say why the old articles stay.
fn reload_lines(state: &State) -> Vec<String> {
    let Some(reloader) = &state.reloader else {
        return vec![
            "Reloading is not set up: the bot was started without a knowledge folder.".into(),
        ];
    };
    match reloader.reload() {
        Ok(r) => vec![format!(
            "Reloaded: {} article(s), {} sentence(s) (before: {}, {}).",
            r.articles, r.sentences, r.before.0, r.before.1
        )],
        Err(e) => e
            .to_string()
            .lines()
            .map(|l| l.trim().to_string())
            .collect(),
    }
}

/// The command list for `setMyCommands`. teloxide's `bot_commands()` keeps the `/`
/// prefix, which Telegram rejects (`BOT_COMMAND_INVALID`): names are `[a-z0-9_]{1,32}`.
fn bot_commands() -> Vec<BotCommand> {
    Command::bot_commands()
        .into_iter()
        .map(|c| BotCommand::new(c.command.trim_start_matches('/'), c.description))
        .collect()
}

fn help_text() -> String {
    Command::descriptions().to_string()
}

/// Asks the engine off the async threads, when an engine slot is free, within the
/// configured reply timeout (counted from when the work starts). For an answered question
/// it also returns the ranking, whose next sentences are "More answers".
async fn ask(state: &State, engine: &Arc<Engine>, question: String) -> Option<(Reply, Vec<Hit>)> {
    let timeout = state.config.reply_timeout;
    let engine = engine.clone();
    // The semaphore is never closed; without a permit, go on rather than never answer.
    let permit = state.engine_slots.clone().acquire_owned().await.ok();
    let job = tokio::task::spawn_blocking(move || {
        // Held until the work is done, even if the reply gave up waiting for it.
        let _permit = permit;
        let reply = engine.ask(&question);
        // Answered: the ranking gives "More answers". Declined: its best score is logged.
        let ranked = match reply.outcome {
            Outcome::Answered => engine.rank(&question),
            Outcome::Declined if reply.suggestions.is_empty() => engine.rank(&question),
            _ => Vec::new(),
        };
        (reply, ranked)
    });
    let joined = if timeout.is_zero() {
        job.await
    } else {
        tokio::time::timeout(timeout, job).await.ok()?
    };
    match joined {
        Ok(reply) => Some(reply),
        Err(e) => {
            tracing::error!("the engine failed on a question: {e}");
            None
        }
    }
}

/// "More answers" and "Context" under an answer, when they have something to show.
fn answer_keyboard(engine: &Engine, reply: &Reply, ranked: &[Hit]) -> Option<InlineKeyboardMarkup> {
    if reply.outcome != Outcome::Answered {
        return None;
    }
    let k = engine.knowledge();
    let (shown, _) = render::split_answers(k, reply);
    let mut row = Vec::new();
    let more = render::more_candidates(k, reply, ranked, MORE_ANSWERS);
    if let Some(c) = Callback::more(k, &more) {
        row.push(InlineKeyboardButton::callback("More answers", c.encode()));
    }
    if let Some(&first) = shown.first() {
        if paragraph_len(engine, first) > shown.len() {
            if let Some(c) = Callback::context(k, first) {
                row.push(InlineKeyboardButton::callback("Context", c.encode()));
            }
        }
    }
    (!row.is_empty()).then(|| InlineKeyboardMarkup::new(vec![row]))
}

/// Number of sentences in the paragraph of `id` (0 if unknown).
fn paragraph_len(engine: &Engine, id: u32) -> usize {
    let k = engine.knowledge();
    k.sentences
        .get(id as usize)
        .and_then(|s| {
            k.articles
                .get(s.article as usize)?
                .paragraphs
                .get(s.paragraph as usize)
        })
        .map_or(0, |p| p.sentence_count as usize)
}

async fn on_callback(bot: TgBot, q: CallbackQuery, state: Arc<State>) -> Result<(), RequestError> {
    let engine = state.engine.current();
    let k = engine.knowledge();
    let parsed = q.data.as_deref().and_then(Callback::parse);
    let mut reply: Option<(Doc, Option<InlineKeyboardMarkup>)> = None;
    let toast = match parsed.as_ref().map(|c| (c, c.resolve(k))) {
        None => Some("This button no longer works; please ask again."),
        Some((_, Err(Stale::Changed))) => {
            Some("The articles changed since this answer; please ask again.")
        }
        Some((Callback::Context { .. }, Ok(ids))) => {
            match ids.first().and_then(|&id| render::context_doc(k, id)) {
                Some(doc) => {
                    reply = Some((doc, None));
                    None
                }
                None => Some("The articles changed since this answer; please ask again."),
            }
        }
        Some((Callback::More { .. }, Ok(ids))) => {
            let buttons: Vec<InlineKeyboardButton> = ids
                .iter()
                .enumerate()
                .filter(|(_, &id)| paragraph_len(&engine, id) > 1)
                .filter_map(|(i, &id)| {
                    Callback::context(k, id).map(|c| {
                        InlineKeyboardButton::callback(format!("Context {}", i + 1), c.encode())
                    })
                })
                .collect();
            let keyboard = (!buttons.is_empty()).then(|| InlineKeyboardMarkup::new(vec![buttons]));
            reply = Some((render::more_doc(k, &ids), keyboard));
            None
        }
    };
    // Always answer the query, first, so the button stops spinning.
    let res = retrying(|| {
        let r = bot.answer_callback_query(q.id.clone());
        match toast {
            Some(t) => r.text(t),
            None => r,
        }
    })
    .await;
    if let Err(e) = res {
        tracing::warn!(
            "answerCallbackQuery failed: {}",
            state.scrubber.scrub(&e.to_string())
        );
    }
    if let (Some((doc, keyboard)), Some(m)) = (reply, q.message.as_ref()) {
        send_doc(&bot, &state, m.chat().id, &doc, Some(m.id()), keyboard).await?;
    }
    Ok(())
}

async fn on_inline(bot: TgBot, q: InlineQuery, state: Arc<State>) -> Result<(), RequestError> {
    let engine = state.engine.current();
    let k = engine.knowledge();
    let Some((reply, _)) = ask(&state, &engine, q.query.clone()).await else {
        return Ok(());
    };
    let keys = engine.key_sentences(INLINE_RESULTS);
    let results: Vec<InlineQueryResult> = render::inline_items(k, &reply, &keys, INLINE_RESULTS)
        .into_iter()
        .map(|item| {
            let content = InputMessageContentText::new(item.html)
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            let title = if item.title.is_empty() {
                "…".to_string()
            } else {
                item.title
            };
            let mut article =
                InlineQueryResultArticle::new(item.id, title, InputMessageContent::Text(content));
            if !item.description.is_empty() {
                article = article.description(item.description);
            }
            InlineQueryResult::Article(article)
        })
        .collect();
    retrying(|| {
        bot.answer_inline_query(q.id.clone(), results.clone())
            .cache_time(INLINE_CACHE_SECS)
    })
    .await?;
    Ok(())
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// Sends `doc` as HTML pages: the first replying to `reply_to`, the keyboard under the
/// last. A page Telegram cannot parse is resent as plain text, so a formatting mistake
/// never costs the user the answer.
async fn send_doc(
    bot: &TgBot,
    state: &State,
    chat: ChatId,
    doc: &Doc,
    reply_to: Option<MessageId>,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), RequestError> {
    let pages = doc.pages(MAX_MESSAGE);
    let last = pages.len().saturating_sub(1);
    for (i, page) in pages.iter().enumerate() {
        let reply_to = if i == 0 { reply_to } else { None };
        let keyboard = if i == last { keyboard.clone() } else { None };
        let send = |text: String, html: bool| {
            let keyboard = keyboard.clone();
            retrying(move || {
                let mut r = bot
                    .send_message(chat, text.clone())
                    .link_preview_options(no_preview());
                if html {
                    r = r.parse_mode(ParseMode::Html);
                }
                if let Some(id) = reply_to {
                    r = r.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
                }
                if let Some(k) = keyboard.clone() {
                    r = r.reply_markup(k);
                }
                r
            })
        };
        match send(page.clone(), true).await {
            Ok(_) => {}
            Err(RequestError::Api(ApiError::CantParseEntities(e))) => {
                tracing::warn!(
                    "Telegram could not parse a reply ({}); resending as plain text",
                    state.scrubber.scrub(&e)
                );
                send(render::to_plain(page), false).await?;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Sends a request that must not take effect twice (a message, an answer to a query),
/// retrying a few times when it surely did not: Telegram asked to wait (429), the
/// connection failed or was dropped, a server error (5xx), or an answer that is not the Bot
/// API's JSON (a proxy's error page). A request that timed out waiting for its answer is not
/// resent, since Telegram may have carried it out: one lost reply is better than two.
async fn retrying<F, R, T>(request: F) -> Result<T, RequestError>
where
    F: FnMut() -> R,
    R: IntoFuture<Output = Result<T, RequestError>>,
{
    retry_with(false, request).await
}

/// Like [`retrying`], for requests that may be repeated harmlessly (getMe, setWebhook…):
/// retried after a timeout too.
async fn retrying_idempotent<F, R, T>(request: F) -> Result<T, RequestError>
where
    F: FnMut() -> R,
    R: IntoFuture<Output = Result<T, RequestError>>,
{
    retry_with(true, request).await
}

async fn retry_with<F, R, T>(idempotent: bool, mut request: F) -> Result<T, RequestError>
where
    F: FnMut() -> R,
    R: IntoFuture<Output = Result<T, RequestError>>,
{
    let mut attempt = 1;
    loop {
        let err = match request().into_future().await {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        let Some(wait) = retry_wait(&err, attempt, idempotent) else {
            return Err(err);
        };
        if attempt >= SEND_ATTEMPTS {
            return Err(err);
        }
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}

/// How long to wait before attempt `attempt + 1` after `err`, or `None` to give up.
fn retry_wait(err: &RequestError, attempt: u32, idempotent: bool) -> Option<Duration> {
    let backoff = Duration::from_millis(300 << (attempt.saturating_sub(1)).min(5));
    match err {
        RequestError::RetryAfter(s) if s.duration() <= MAX_RETRY_AFTER => Some(s.duration()),
        RequestError::RetryAfter(_) => None,
        // The answer did not come in time: the request may have been carried out.
        RequestError::Network(e) if e.is_timeout() && !e.is_connect() && !idempotent => None,
        RequestError::Network(_) => Some(backoff),
        // Not the Bot API's JSON: an HTML error page from a proxy in front of Telegram, or
        // a body cut short. (teloxide has already waited 10 s after a 5xx status.)
        RequestError::InvalidJson { .. } => Some(backoff),
        RequestError::Api(ApiError::Unknown(d)) if is_server_error(d) => Some(backoff),
        _ => None,
    }
}

/// Telegram's descriptions of its 5xx errors (teloxide keeps only the description).
fn is_server_error(description: &str) -> bool {
    [
        "Internal Server Error",
        "Bad Gateway",
        "Service Unavailable",
        "Gateway Timeout",
    ]
    .iter()
    .any(|p| description.starts_with(p))
}

/// Per-user question limit over a sliding minute.
#[derive(Debug)]
struct RateLimiter {
    per_minute: u32,
    users: HashMap<u64, UserWindow>,
}

#[derive(Debug, Default)]
struct UserWindow {
    asked: VecDeque<Instant>,
    /// Told about the limit already in this window (so it is said once, not per message).
    warned: bool,
}

#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Allowed,
    /// Over the limit; `warn` is true the first time, to say so once.
    Limited {
        warn: bool,
    },
}

const WINDOW: Duration = Duration::from_secs(60);

impl RateLimiter {
    fn new(per_minute: u32) -> RateLimiter {
        RateLimiter {
            per_minute,
            users: HashMap::new(),
        }
    }

    fn check(&mut self, user: u64, now: Instant) -> Verdict {
        if self.per_minute == 0 {
            return Verdict::Allowed;
        }
        // Forget idle users now and then, so the map does not grow without bound.
        if self.users.len() > 10_000 {
            self.users.retain(|_, w| {
                w.asked
                    .back()
                    .is_some_and(|t| now.saturating_duration_since(*t) < WINDOW)
            });
        }
        let w = self.users.entry(user).or_default();
        while w
            .asked
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= WINDOW)
        {
            w.asked.pop_front();
        }
        if w.asked.len() < self.per_minute as usize {
            w.asked.push_back(now);
            w.warned = false;
            Verdict::Allowed
        } else {
            let warn = !w.warned;
            w.warned = true;
            Verdict::Limited { warn }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubber_removes_the_token_and_its_secret_half() {
        let s = Scrubber::new("123456:ABCdefGHIjkl");
        let e = "error sending request for url (http://x/bot123456:ABCdefGHIjkl/getMe)";
        assert_eq!(
            s.scrub(e),
            "error sending request for url (http://x/bot<token>/getMe)"
        );
        assert_eq!(s.scrub("..ABCdefGHIjkl.."), "..<token>..");
        assert!(!format!("{s:?}").contains("ABC"));
    }

    #[test]
    fn rate_limiter_allows_n_per_minute_and_warns_once() {
        let mut l = RateLimiter::new(2);
        let t = Instant::now();
        assert_eq!(l.check(1, t), Verdict::Allowed);
        assert_eq!(l.check(1, t), Verdict::Allowed);
        assert_eq!(l.check(1, t), Verdict::Limited { warn: true });
        assert_eq!(l.check(1, t), Verdict::Limited { warn: false });
        assert_eq!(
            l.check(2, t),
            Verdict::Allowed,
            "other users are not affected"
        );
        let later = t + Duration::from_secs(61);
        assert_eq!(l.check(1, later), Verdict::Allowed);
        let mut off = RateLimiter::new(0);
        for _ in 0..100 {
            assert_eq!(off.check(1, t), Verdict::Allowed);
        }
    }

    #[test]
    fn server_errors_and_garbled_answers_are_retried_client_errors_are_not() {
        let unknown = |d: &str| RequestError::Api(ApiError::Unknown(d.into()));
        assert!(retry_wait(&unknown("Internal Server Error"), 1, false).is_some());
        assert!(retry_wait(&unknown("Bad Gateway"), 1, false).is_some());
        assert!(retry_wait(&unknown("Bad Request: chat not found"), 1, false).is_none());
        assert!(retry_wait(&RequestError::Api(ApiError::BotBlocked), 1, false).is_none());
        let garbled = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let invalid = RequestError::InvalidJson {
            source: Arc::new(garbled),
            raw: "<html>502</html>".into(),
        };
        assert_eq!(
            retry_wait(&invalid, 2, false),
            Some(Duration::from_millis(600))
        );
        let long = RequestError::RetryAfter(teloxide::types::Seconds::from_seconds(3600));
        assert!(
            retry_wait(&long, 1, false).is_none(),
            "beyond MAX_RETRY_AFTER"
        );
    }

    #[test]
    fn long_polls_end_before_the_client_gives_up() {
        assert_eq!(poll_timeout(HTTP_TIMEOUT), Duration::from_secs(10));
        assert_eq!(poll_timeout(Duration::from_secs(2)), Duration::from_secs(1));
        assert_eq!(poll_backoff(0), Duration::from_millis(250));
        assert!(poll_backoff(100) <= Duration::from_secs(32));
    }

    #[tokio::test]
    async fn retrying_honours_retry_after_and_gives_up_on_other_errors() {
        use std::sync::atomic::{AtomicU32, Ordering};
        let calls = AtomicU32::new(0);
        let r: Result<u32, _> = retrying(|| {
            let n = calls.fetch_add(1, Ordering::SeqCst);
            async move {
                if n < 2 {
                    Err(RequestError::RetryAfter(
                        teloxide::types::Seconds::from_seconds(0),
                    ))
                } else {
                    Ok(n)
                }
            }
        })
        .await;
        assert_eq!(r.ok(), Some(2));
        calls.store(0, Ordering::SeqCst);
        let r: Result<u32, _> = retrying(|| {
            calls.fetch_add(1, Ordering::SeqCst);
            async { Err(RequestError::Api(ApiError::BotBlocked)) }
        })
        .await;
        assert!(r.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        calls.store(0, Ordering::SeqCst);
        let r: Result<u32, _> = retrying(|| {
            calls.fetch_add(1, Ordering::SeqCst);
            async {
                Err(RequestError::RetryAfter(
                    teloxide::types::Seconds::from_seconds(0),
                ))
            }
        })
        .await;
        assert!(r.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), SEND_ATTEMPTS);
    }
}
