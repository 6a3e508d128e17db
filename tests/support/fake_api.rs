//! A fake Telegram Bot API server on 127.0.0.1 for whole-program tests.
//!
//! The bot under test talks to it through teloxide's real HTTP client, exactly as it talks to
//! `api.telegram.org`. Every request is checked against the official contract (see
//! [`super::contract`]): a call to a method that does not exist, a missing required parameter,
//! an unknown parameter or a value of the wrong shape is recorded as a [`Violation`] and
//! answered with Telegram's 400. The server models the methods the bot uses (long polling
//! with offsets, sending and editing messages, callback and inline answers, commands,
//! webhooks) with Telegram's own errors, and can inject faults (429, 5xx, dropped
//! connections, late or malformed answers, unparsable updates) to test the bot's resilience.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{json, Map, Value};
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};
use tokio::task::{JoinHandle, JoinSet};

use super::contract::{default_contract_path, Contract, Method};
use super::objects::{self, BotIdentity};

/// A fault the server injects instead of (or on top of) its normal answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// HTTP 429 with `parameters.retry_after`, as Telegram's flood control answers.
    RetryAfter(u32),
    /// HTTP 500 (a JSON error body) or 502 (nginx's HTML page, as Telegram's front serves).
    ServerError(u16),
    /// Close the connection without answering. The request is not carried out.
    DropConnection,
    /// Carry the request out, then answer only after this long (longer than the client's
    /// timeout, so the client gives up although the request took effect).
    Delay(Duration),
    /// Answer 200 with a truncated JSON body.
    MalformedJson,
    /// For `getUpdates`: queue an update teloxide cannot parse (a message whose `date` is a
    /// string) and serve it. For other methods: answer a result of the wrong shape.
    UnparsableUpdate,
}

/// How a request carried its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Json,
    Form,
    Multipart,
    /// Only a query string (or nothing at all).
    Query,
}

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method's canonical name (`sendMessage`), whatever case the client used.
    pub method: String,
    pub token: String,
    /// The parameters as a JSON object, typed as the contract says even when they arrived
    /// as form or multipart text.
    pub params: Value,
    pub encoding: Encoding,
    pub at: Instant,
}

impl Call {
    pub fn param(&self, name: &str) -> Option<&Value> {
        self.params.get(name)
    }
    pub fn str_param(&self, name: &str) -> Option<&str> {
        self.params.get(name).and_then(Value::as_str)
    }
    pub fn i64_param(&self, name: &str) -> Option<i64> {
        self.params.get(name).and_then(Value::as_i64)
    }
}

/// A breach of the official contract, by the client (a bad request) or by the server itself
/// (an object it served that lacks a required field): tests assert there are none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub method: String,
    pub problem: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.method, self.problem)
    }
}

/// An error Telegram would answer to a well-formed request (chat not found, message not
/// modified, can't parse entities, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedError {
    pub method: String,
    pub code: u16,
    pub description: String,
}

/// One injected fault that fired.
#[derive(Debug, Clone)]
pub struct FiredFault {
    pub method: String,
    pub fault: Fault,
    pub at: Instant,
}

/// A message the bot sent, as it stands now (after any edits).
#[derive(Debug, Clone)]
pub struct SentMessage {
    pub chat_id: i64,
    pub message_id: i64,
    /// The text as the bot sent it (with its markup, if any).
    pub text: String,
    /// The text as the user sees it (markup removed).
    pub plain_text: String,
    pub parse_mode: Option<String>,
    pub reply_markup: Option<Value>,
    pub reply_to_message_id: Option<i64>,
    pub edits: u32,
    /// The `Message` object the server returned.
    pub message: Value,
}

/// One attempt to deliver an update to the webhook.
#[derive(Debug, Clone)]
pub struct WebhookDelivery {
    pub update_id: i64,
    /// The HTTP status the bot answered, or `None` when the request failed.
    pub status: Option<u16>,
    pub error: Option<String>,
}

/// Update types delivered when `allowed_updates` is empty or was never set.
const DEFAULT_EXCLUDED_UPDATES: [&str; 3] =
    ["chat_member", "message_reaction", "message_reaction_count"];

/// Method names modelled here, so canonical names exist without the contract too.
const MODELLED: [&str; 17] = [
    "getMe",
    "getUpdates",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerInlineQuery",
    "answerCallbackQuery",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "getWebhookInfo",
    "deleteWebhook",
    "setWebhook",
    "sendChatAction",
    "getChat",
    "close",
    "logOut",
];

const CHAT_ACTIONS: [&str; 11] = [
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
];

struct Queued {
    id: i64,
    kind: String,
    value: Value,
}

struct Stored {
    chat_id: i64,
    message_id: i64,
    from_bot: bool,
    /// Sent through the API (not a stand-in made up for a test's callback or reply).
    via_api: bool,
    value: Value,
    text: String,
    plain_text: String,
    parse_mode: Option<String>,
    reply_markup: Option<Value>,
    reply_to: Option<i64>,
    edits: u32,
}

struct Webhook {
    url: String,
    secret_token: Option<String>,
    last_error: Option<(i64, String)>,
}

struct Injected {
    method_lc: String,
    fault: Fault,
    remaining: u32,
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    violations: Vec<Violation>,
    served_errors: Vec<ServedError>,
    updates: VecDeque<Queued>,
    next_update_id: i64,
    next_message_id: i64,
    next_query_id: u64,
    messages: Vec<Stored>,
    chats: HashMap<i64, Value>,
    faults: VecDeque<Injected>,
    fired: Vec<FiredFault>,
    allowed_updates: Option<Vec<String>>,
    webhook: Option<Webhook>,
    webhook_generation: u64,
    deliveries: Vec<WebhookDelivery>,
    commands: HashMap<String, Value>,
    poll_generation: u64,
    /// Callback and inline query ids, and whether they were answered.
    queries: HashMap<String, bool>,
    unmodelled: BTreeSet<String>,
    bot_id: Option<i64>,
    /// When each update was first handed to the bot (by `getUpdates`), for latency figures.
    served_at: HashMap<i64, Instant>,
}

struct Shared {
    contract: Option<Arc<Contract>>,
    bot: BotIdentity,
    inner: Mutex<Inner>,
    /// Bumped on every change, so waiters (long polls, `wait_for`) wake without sleeping.
    changed: watch::Sender<u64>,
    http: reqwest::Client,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking test thread must not hide the record from the others.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn bump(&self) {
        self.changed.send_modify(|v| *v = v.wrapping_add(1));
    }

    fn bot(&self, inner: &Inner) -> BotIdentity {
        BotIdentity {
            id: inner.bot_id.unwrap_or(self.bot.id),
            ..self.bot.clone()
        }
    }
}

/// Configures a [`FakeApi`] before it starts.
pub struct FakeApiBuilder {
    contract_path: PathBuf,
    bot: BotIdentity,
}

impl FakeApiBuilder {
    /// Reads the contract from `path` instead of `../shared/telegram-bot-api/api.min.json`.
    pub fn contract_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.contract_path = path.into();
        self
    }

    /// The bot's `first_name` and `username` (its id comes from the token's numeric prefix).
    pub fn bot_names(mut self, first_name: &str, username: &str) -> Self {
        self.bot.first_name = first_name.into();
        self.bot.username = username.into();
        self
    }

    pub async fn start(self) -> FakeApi {
        let mut initial = Inner {
            next_update_id: 1,
            next_message_id: 1,
            ..Inner::default()
        };
        let contract = match Contract::load_cached(&self.contract_path) {
            Ok(c) => c,
            Err(e) => {
                // A present but unreadable contract must fail the tests, not silently pass.
                initial.violations.push(Violation {
                    method: "(contract)".into(),
                    problem: e,
                });
                None
            }
        };
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("fake Bot API: cannot bind 127.0.0.1:0: {e}"),
        };
        let addr = match listener.local_addr() {
            Ok(a) => a,
            Err(e) => panic!("fake Bot API: no local address: {e}"),
        };
        let shared = Arc::new(Shared {
            contract,
            bot: self.bot,
            inner: Mutex::new(initial),
            changed: watch::channel(0).0,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(5))
                .build()
                .unwrap_or_default(),
            tasks: Mutex::new(Vec::new()),
        });
        let server = tokio::spawn(serve(listener, shared.clone()));
        FakeApi {
            addr,
            shared,
            server: Some(server),
        }
    }
}

/// The running server. Dropping it stops it.
pub struct FakeApi {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: Option<JoinHandle<()>>,
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            server.abort();
        }
        for task in self
            .shared
            .tasks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain(..)
        {
            task.abort();
        }
    }
}

impl FakeApi {
    /// The token tests should give the bot; any token works, this one's prefix is the bot id.
    pub const TOKEN: &'static str = "123456:TEST";

    pub fn builder() -> FakeApiBuilder {
        FakeApiBuilder {
            contract_path: default_contract_path(),
            bot: BotIdentity::default(),
        }
    }

    /// Starts a server with the default contract path and bot identity.
    pub async fn start() -> FakeApi {
        FakeApi::builder().start().await
    }

    /// Stops the server and waits until its listener is closed.
    pub async fn shutdown(mut self) {
        let server = self.server.take();
        if let Some(server) = server {
            server.abort();
            let _ = server.await;
        }
    }

    /// The base URL for `Bot::set_api_url`.
    pub fn api_url(&self) -> reqwest::Url {
        match reqwest::Url::parse(&format!("http://{}/", self.addr)) {
            Ok(url) => url,
            Err(e) => panic!("fake Bot API: bad address {}: {e}", self.addr),
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Whether requests are being checked against the official contract.
    pub fn contract_loaded(&self) -> bool {
        self.shared.contract.is_some()
    }

    /// The contract, to check objects in tests.
    pub fn contract(&self) -> Option<Arc<Contract>> {
        self.shared.contract.clone()
    }

    /// A teloxide `Bot` with [`FakeApi::TOKEN`] pointed at this server.
    pub fn teloxide_bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(FakeApi::TOKEN).set_api_url(self.api_url())
    }

    /// The bot's identity as served (its id follows the last token seen).
    pub async fn bot_identity(&self) -> BotIdentity {
        let inner = self.shared.lock();
        self.shared.bot(&inner)
    }

    // ---- updates ----------------------------------------------------------------------

    /// Queues a raw update (not checked against the contract, so tests can push odd ones).
    /// An `update_id` is assigned when missing. Returns the update id.
    pub async fn push_update(&self, update: Value) -> i64 {
        self.queue(update, false)
    }

    /// A private text message from `user_id` (the private chat's id is the user's id).
    pub async fn private_text(&self, user_id: i64, text: &str) -> i64 {
        self.user_message(user_id, user_id, text, None)
    }

    /// A text message from `user_id` in the group `chat_id` (negative).
    pub async fn group_text(&self, chat_id: i64, user_id: i64, text: &str) -> i64 {
        self.user_message(chat_id, user_id, text, None)
    }

    /// A text message replying to the bot's message `replied_message_id` in `chat_id`.
    pub async fn reply_to_bot(
        &self,
        chat_id: i64,
        user_id: i64,
        text: &str,
        replied_message_id: i64,
    ) -> i64 {
        self.user_message(chat_id, user_id, text, Some(replied_message_id))
    }

    /// `user_id` pressing a button with `data` under the bot's message `message_id`.
    pub async fn callback(&self, user_id: i64, chat_id: i64, message_id: i64, data: &str) -> i64 {
        let update = {
            let mut inner = self.shared.lock();
            let chat = register_chat(&mut inner, chat_id);
            let message =
                bot_message_or_stand_in(&self.shared, &mut inner, chat_id, message_id, &chat);
            inner.next_query_id += 1;
            let id = format!("{}", 4_000_000_000_000_000u64 + inner.next_query_id);
            inner.queries.insert(id.clone(), false);
            json!({
                "callback_query": {
                    "id": id,
                    "from": objects::user(user_id),
                    "message": message,
                    "chat_instance": format!("{}", chat_id.unsigned_abs().wrapping_mul(7).wrapping_add(3)),
                    "data": data,
                }
            })
        };
        self.queue(update, true)
    }

    /// `user_id` typing `@bot query` in any chat.
    pub async fn inline_query(&self, user_id: i64, query: &str) -> i64 {
        let update = {
            let mut inner = self.shared.lock();
            inner.next_query_id += 1;
            let id = format!("{}", 5_000_000_000_000_000u64 + inner.next_query_id);
            inner.queries.insert(id.clone(), false);
            json!({
                "inline_query": {
                    "id": id,
                    "from": objects::user(user_id),
                    "query": query,
                    "offset": "",
                    "chat_type": "sender",
                }
            })
        };
        self.queue(update, true)
    }

    /// Makes a chat known (chats appear by themselves when an update mentions them).
    pub async fn register_chat(&self, chat_id: i64) {
        register_chat(&mut self.shared.lock(), chat_id);
    }

    /// Updates not yet confirmed by a `getUpdates` offset (or delivered to the webhook).
    pub async fn pending_updates(&self) -> Vec<i64> {
        self.shared.lock().updates.iter().map(|u| u.id).collect()
    }

    /// Waits until `update_id` is confirmed (the bot asked for a later offset or its webhook
    /// accepted it). Returns whether that happened within `timeout`.
    pub async fn wait_confirmed(&self, update_id: i64, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        let mut rx = self.shared.changed.subscribe();
        loop {
            if !self.shared.lock().updates.iter().any(|u| u.id == update_id) {
                return true;
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                return false;
            }
        }
    }

    fn user_message(&self, chat_id: i64, user_id: i64, text: &str, reply_to: Option<i64>) -> i64 {
        let update = {
            let mut inner = self.shared.lock();
            let chat = register_chat(&mut inner, chat_id);
            let from = objects::user(user_id);
            let message_id = next_message_id(&mut inner);
            let mut message = objects::text_message(message_id, &chat, &from, text);
            if let Some(replied) = reply_to {
                message["reply_to_message"] =
                    bot_message_or_stand_in(&self.shared, &mut inner, chat_id, replied, &chat);
            }
            inner.messages.push(Stored {
                chat_id,
                message_id,
                from_bot: false,
                via_api: false,
                value: message.clone(),
                text: text.into(),
                plain_text: text.into(),
                parse_mode: None,
                reply_markup: None,
                reply_to,
                edits: 0,
            });
            json!({ "message": message })
        };
        self.queue(update, true)
    }

    /// Adds an update to the queue; `check` validates it against the contract first.
    fn queue(&self, mut update: Value, check: bool) -> i64 {
        let mut inner = self.shared.lock();
        let id = match update.get("update_id").and_then(Value::as_i64) {
            Some(id) => id,
            None => {
                let id = inner.next_update_id;
                if let Value::Object(map) = &mut update {
                    map.insert("update_id".into(), json!(id));
                }
                id
            }
        };
        inner.next_update_id = inner.next_update_id.max(id.saturating_add(1));
        if check {
            if let Some(contract) = &self.shared.contract {
                for problem in contract.check_object("Update", &update) {
                    inner.violations.push(Violation {
                        method: "(served) Update".into(),
                        problem,
                    });
                }
            }
        } else {
            register_chats_in(&mut inner, &update);
        }
        let kind = update_kind(&update);
        inner.updates.push_back(Queued {
            id,
            kind,
            value: update,
        });
        drop(inner);
        self.shared.bump();
        id
    }

    // ---- what the bot did -------------------------------------------------------------

    /// Every request received, in order.
    pub async fn requests(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// How many requests to `method` arrived (cheaper than `calls` for large runs).
    pub async fn call_count(&self, method: &str) -> usize {
        self.shared
            .lock()
            .calls
            .iter()
            .filter(|c| c.method.eq_ignore_ascii_case(method))
            .count()
    }

    /// When each update was first served by `getUpdates`, by update id.
    pub async fn served_at(&self) -> HashMap<i64, Instant> {
        self.shared.lock().served_at.clone()
    }

    /// The requests to `method` (case-insensitive).
    pub async fn calls(&self, method: &str) -> Vec<Call> {
        calls_to(&self.shared.lock(), method)
    }

    /// Waits until at least `count` requests to `method` have arrived or `timeout` passed,
    /// and returns the requests to `method` so far (callers assert on the length).
    pub async fn wait_for(&self, method: &str, count: usize, timeout: Duration) -> Vec<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        let mut rx = self.shared.changed.subscribe();
        loop {
            let calls = calls_to(&self.shared.lock(), method);
            if calls.len() >= count {
                return calls;
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                return calls_to(&self.shared.lock(), method);
            }
        }
    }

    /// The messages the bot sent, in order, as they stand after edits.
    pub async fn sent_messages(&self) -> Vec<SentMessage> {
        self.shared
            .lock()
            .messages
            .iter()
            .filter(|m| m.from_bot && m.via_api)
            .map(|m| SentMessage {
                chat_id: m.chat_id,
                message_id: m.message_id,
                text: m.text.clone(),
                plain_text: m.plain_text.clone(),
                parse_mode: m.parse_mode.clone(),
                reply_markup: m.reply_markup.clone(),
                reply_to_message_id: m.reply_to,
                edits: m.edits,
                message: m.value.clone(),
            })
            .collect()
    }

    /// Contract violations so far; tests assert this is empty.
    pub async fn violations(&self) -> Vec<Violation> {
        self.shared.lock().violations.clone()
    }

    /// Telegram errors served to well-formed requests (chat not found, message is not
    /// modified, can't parse entities, …), excluding `getUpdates` conflicts.
    pub async fn served_errors(&self) -> Vec<ServedError> {
        self.shared.lock().served_errors.clone()
    }

    /// Contract methods called that this server does not model (answered `true`).
    pub async fn unmodelled(&self) -> Vec<String> {
        self.shared.lock().unmodelled.iter().cloned().collect()
    }

    /// The commands set for a scope (`None`: the default scope) and language code.
    pub async fn commands(
        &self,
        scope: Option<Value>,
        language_code: Option<&str>,
    ) -> Option<Value> {
        let key = commands_key(scope.as_ref(), language_code);
        self.shared.lock().commands.get(&key).cloned()
    }

    /// The webhook URL, if one is set.
    pub async fn webhook_url(&self) -> Option<String> {
        self.shared.lock().webhook.as_ref().map(|w| w.url.clone())
    }

    /// Every attempt to deliver an update to the webhook.
    pub async fn webhook_deliveries(&self) -> Vec<WebhookDelivery> {
        self.shared.lock().deliveries.clone()
    }

    // ---- faults -----------------------------------------------------------------------

    /// Makes the next `times` requests to `method` (case-insensitive) meet `fault`.
    /// Injections for the same method fire in the order they were made.
    pub async fn inject(&self, method: &str, fault: Fault, times: u32) {
        if times > 0 {
            let method_lc = method.to_ascii_lowercase();
            self.shared.lock().faults.push_back(Injected {
                method_lc,
                fault,
                remaining: times,
            });
        }
    }

    /// Every fault that fired, in order.
    pub async fn faults_fired(&self) -> Vec<FiredFault> {
        self.shared.lock().fired.clone()
    }

    /// How many faults fired on `method` (case-insensitive).
    pub async fn fired_count(&self, method: &str) -> usize {
        self.shared
            .lock()
            .fired
            .iter()
            .filter(|f| f.method.eq_ignore_ascii_case(method))
            .count()
    }

    /// How many injected faults on `method` have not fired yet.
    pub async fn pending_faults(&self, method: &str) -> u32 {
        self.shared
            .lock()
            .faults
            .iter()
            .filter(|f| f.method_lc.eq_ignore_ascii_case(method))
            .map(|f| f.remaining)
            .sum()
    }
}

fn calls_to(inner: &Inner, method: &str) -> Vec<Call> {
    inner
        .calls
        .iter()
        .filter(|c| c.method.eq_ignore_ascii_case(method))
        .cloned()
        .collect()
}

fn next_message_id(inner: &mut Inner) -> i64 {
    let id = inner.next_message_id;
    inner.next_message_id += 1;
    id
}

fn register_chat(inner: &mut Inner, chat_id: i64) -> Value {
    inner
        .chats
        .entry(chat_id)
        .or_insert_with(|| objects::chat(chat_id))
        .clone()
}

/// Learns the chats a raw update mentions, so the bot may answer in them.
fn register_chats_in(inner: &mut Inner, value: &Value) {
    match value {
        Value::Object(map) => {
            if let Some(chat @ Value::Object(c)) = map.get("chat") {
                if let (Some(id), true) =
                    (c.get("id").and_then(Value::as_i64), c.contains_key("type"))
                {
                    inner.chats.entry(id).or_insert_with(|| chat.clone());
                }
            }
            map.values().for_each(|v| register_chats_in(inner, v));
        }
        Value::Array(items) => items.iter().for_each(|v| register_chats_in(inner, v)),
        _ => {}
    }
}

/// The bot's stored message, or a stand-in bot message with that id (stored too, so that
/// the bot can edit it) when a test refers to one the bot never sent.
fn bot_message_or_stand_in(
    shared: &Shared,
    inner: &mut Inner,
    chat_id: i64,
    message_id: i64,
    chat: &Value,
) -> Value {
    if let Some(m) = inner
        .messages
        .iter()
        .find(|m| m.chat_id == chat_id && m.message_id == message_id)
    {
        return without_reply(&m.value);
    }
    let bot = shared.bot(inner);
    let text = "(an earlier message)";
    let value = objects::text_message(message_id, chat, &bot.user(), text);
    inner.next_message_id = inner.next_message_id.max(message_id.saturating_add(1));
    inner.messages.push(Stored {
        chat_id,
        message_id,
        from_bot: true,
        via_api: false,
        value: value.clone(),
        text: text.into(),
        plain_text: text.into(),
        parse_mode: None,
        reply_markup: None,
        reply_to: None,
        edits: 0,
    });
    value
}

/// Telegram does not nest replies inside a replied-to message.
fn without_reply(message: &Value) -> Value {
    let mut m = message.clone();
    if let Value::Object(map) = &mut m {
        map.remove("reply_to_message");
    }
    m
}

fn update_kind(update: &Value) -> String {
    update
        .as_object()
        .and_then(|m| m.keys().find(|k| *k != "update_id").cloned())
        .unwrap_or_default()
}

fn commands_key(scope: Option<&Value>, language_code: Option<&str>) -> String {
    let default_scope = json!({"type": "default"});
    let scope = scope.unwrap_or(&default_scope);
    format!("{}|{}", scope, language_code.unwrap_or(""))
}

// ---- the HTTP side ------------------------------------------------------------------------

async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    // Connections live in this set, so aborting the server aborts them all.
    let mut connections = JoinSet::new();
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let shared = shared.clone();
        connections.spawn(async move {
            let hang_up = Arc::new(Notify::new());
            let hang_up_for_service = hang_up.clone();
            let service = service_fn(move |req| {
                let shared = shared.clone();
                let hang_up = hang_up_for_service.clone();
                async move { Ok::<_, Infallible>(handle(shared, req, hang_up).await) }
            });
            let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
            // Dropping the connection future closes the socket without an answer.
            tokio::select! {
                _ = connection => {}
                _ = hang_up.notified() => {}
            }
        });
        while connections.try_join_next().is_some() {}
    }
}

type HttpResponse = Response<Full<Bytes>>;

fn respond(status: u16, content_type: &str, body: impl Into<Bytes>) -> HttpResponse {
    let mut response = Response::new(Full::new(body.into()));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Ok(v) = content_type.parse() {
        response
            .headers_mut()
            .insert(hyper::header::CONTENT_TYPE, v);
    }
    response
}

fn json_response(status: u16, body: &Value) -> HttpResponse {
    respond(status, "application/json", body.to_string())
}

fn api_error(code: u16, description: &str) -> HttpResponse {
    json_response(
        code,
        &json!({"ok": false, "error_code": code, "description": description}),
    )
}

/// A Telegram error for a well-formed request.
struct ApiErr {
    code: u16,
    description: String,
}

fn bad_request(what: &str) -> ApiErr {
    ApiErr {
        code: 400,
        description: format!("Bad Request: {what}"),
    }
}

type Reply = Result<Value, ApiErr>;

async fn handle(shared: Arc<Shared>, req: Request<Incoming>, hang_up: Arc<Notify>) -> HttpResponse {
    let path = req.uri().path().to_owned();
    let query = req.uri().query().map(str::to_owned);
    let content_type = req
        .headers()
        .get(hyper::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    if path.starts_with("/file/") {
        return respond(404, "text/plain", "Not Found");
    }
    let Some((token, method)) = path
        .strip_prefix("/bot")
        .and_then(|rest| rest.split_once('/'))
    else {
        return api_error(404, "Not Found");
    };
    let token = percent_decode(token);
    let method = method.to_owned();
    let body = match req.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => return api_error(400, "Bad Request: unreadable body"),
    };

    // Parse, type and check the parameters, and record the call.
    let contract_method: Option<Method> = shared
        .contract
        .as_ref()
        .and_then(|c| c.method(&method).cloned());
    let canonical = match &contract_method {
        Some(m) => m.name.clone(),
        None => MODELLED
            .iter()
            .find(|m| m.eq_ignore_ascii_case(&method))
            // Bot API method names are lowerCamelCase; teloxide sends some UpperCamelCase.
            .map_or_else(|| lower_first(&method), |m| (*m).to_owned()),
    };
    let parsed = parse_params(&content_type, &body, query.as_deref());
    let (params, encoding, attached, mut problems) = match parsed {
        Ok(p) => {
            let (params, problems) = type_params(p.values, contract_method.as_ref());
            (params, p.encoding, p.attached, problems)
        }
        Err(e) => (Map::new(), Encoding::Query, Vec::new(), vec![e]),
    };
    let unknown_method = shared.contract.is_some() && contract_method.is_none();
    if unknown_method {
        problems.push(format!(
            "no such method \"{method}\" in {}",
            version(&shared)
        ));
    } else if let (Some(contract), Some(m)) = (&shared.contract, &contract_method) {
        problems.extend(contract.check_request(m, &params, &attached));
    }
    let fault = {
        let mut inner = shared.lock();
        if let Some(id) = token.split(':').next().and_then(|p| p.parse::<i64>().ok()) {
            inner.bot_id = Some(id);
        }
        inner.calls.push(Call {
            method: canonical.clone(),
            token: token.clone(),
            params: Value::Object(params.clone()),
            encoding,
            at: Instant::now(),
        });
        for problem in &problems {
            inner.violations.push(Violation {
                method: canonical.clone(),
                problem: problem.clone(),
            });
        }
        // A bad request is refused before any fault, so faults count only real calls.
        if problems.is_empty() {
            take_fault(&mut inner, &canonical)
        } else {
            None
        }
    };
    shared.bump();
    if unknown_method {
        return api_error(404, "Not Found");
    }
    if !problems.is_empty() {
        return api_error(400, &format!("Bad Request: {}", problems.join("; ")));
    }

    let mut delay = None;
    match fault {
        Some(Fault::RetryAfter(secs)) => {
            return json_response(
                429,
                &json!({
                    "ok": false,
                    "error_code": 429,
                    "description": format!("Too Many Requests: retry after {secs}"),
                    "parameters": {"retry_after": secs},
                }),
            )
        }
        Some(Fault::ServerError(502)) => {
            return respond(
                502,
                "text/html",
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n",
            )
        }
        Some(Fault::ServerError(code)) => {
            let reason = StatusCode::from_u16(code)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or("Internal Server Error");
            return api_error(code, reason);
        }
        Some(Fault::DropConnection) => {
            hang_up.notify_one();
            return std::future::pending().await;
        }
        Some(Fault::MalformedJson) => {
            return respond(200, "application/json", r#"{"ok":true,"result":{"message_id":4"#)
        }
        Some(Fault::UnparsableUpdate) if !canonical.eq_ignore_ascii_case("getUpdates") => {
            return json_response(200, &json!({"ok": true, "result": {"unexpected": "shape"}}))
        }
        Some(Fault::UnparsableUpdate) => queue_unparsable(&shared),
        Some(Fault::Delay(d)) => delay = Some(d),
        None => {}
    }

    let reply = dispatch(&shared, &canonical, &params).await;
    let response = match reply {
        Ok(result) => {
            if let (Some(contract), Some(m)) = (&shared.contract, &contract_method) {
                if !canonical.eq_ignore_ascii_case("getUpdates") {
                    let problems = contract.check_result(m, &result);
                    let mut inner = shared.lock();
                    for problem in problems {
                        let method = format!("(served) {canonical}");
                        inner.violations.push(Violation { method, problem });
                    }
                }
            }
            json_response(200, &json!({"ok": true, "result": result}))
        }
        Err(e) => {
            if e.code != 409 {
                shared.lock().served_errors.push(ServedError {
                    method: canonical.clone(),
                    code: e.code,
                    description: e.description.clone(),
                });
            }
            api_error(e.code, &e.description)
        }
    };
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    response
}

fn version(shared: &Shared) -> String {
    shared
        .contract
        .as_ref()
        .map(|c| c.version.clone())
        .unwrap_or_default()
}

fn take_fault(inner: &mut Inner, method: &str) -> Option<Fault> {
    let index = inner
        .faults
        .iter()
        .position(|f| f.method_lc.eq_ignore_ascii_case(method))?;
    let entry = &mut inner.faults[index];
    entry.remaining -= 1;
    let fault = entry.fault.clone();
    if entry.remaining == 0 {
        inner.faults.remove(index);
    }
    inner.fired.push(FiredFault {
        method: method.to_owned(),
        fault: fault.clone(),
        at: Instant::now(),
    });
    Some(fault)
}

/// An update whose message has a `date` of the wrong type: teloxide keeps its id but
/// cannot parse it (`UpdateKind::Error`).
fn queue_unparsable(shared: &Shared) {
    let mut inner = shared.lock();
    let id = inner.next_update_id;
    inner.next_update_id += 1;
    let message_id = next_message_id(&mut inner);
    let value = json!({
        "update_id": id,
        "message": {
            "message_id": message_id,
            "date": "yesterday",
            "chat": {"id": 1, "type": "private", "first_name": "User1"},
            "text": "unparsable",
        }
    });
    inner.updates.push_back(Queued {
        id,
        kind: "message".into(),
        value,
    });
}

/// A parameter as it arrived: JSON keeps its types, form fields are text.
enum Raw {
    Json(Value),
    Text(String),
}

struct Parsed {
    values: Vec<(String, Raw)>,
    encoding: Encoding,
    /// Multipart file parts.
    attached: Vec<String>,
}

/// Reads parameters from the query string and a JSON, form or multipart body, as the Bot
/// API accepts all four.
fn parse_params(content_type: &str, body: &[u8], query: Option<&str>) -> Result<Parsed, String> {
    let mut parsed = Parsed {
        values: Vec::new(),
        encoding: Encoding::Query,
        attached: Vec::new(),
    };
    if let Some(q) = query {
        for (k, v) in url::form_urlencoded::parse(q.as_bytes()) {
            parsed
                .values
                .push((k.into_owned(), Raw::Text(v.into_owned())));
        }
    }
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if body.is_empty() {
        return Ok(parsed);
    }
    match mime.as_str() {
        "application/json" => {
            parsed.encoding = Encoding::Json;
            match serde_json::from_slice::<Value>(body) {
                Ok(Value::Object(map)) => parsed
                    .values
                    .extend(map.into_iter().map(|(k, v)| (k, Raw::Json(v)))),
                Ok(_) => return Err("the JSON body is not an object".into()),
                Err(e) => return Err(format!("the JSON body does not parse: {e}")),
            }
        }
        "application/x-www-form-urlencoded" => {
            parsed.encoding = Encoding::Form;
            for (k, v) in url::form_urlencoded::parse(body) {
                parsed
                    .values
                    .push((k.into_owned(), Raw::Text(v.into_owned())));
            }
        }
        "multipart/form-data" => {
            parsed.encoding = Encoding::Multipart;
            let boundary = content_type
                .split(';')
                .filter_map(|p| p.trim().strip_prefix("boundary="))
                .next()
                .map(|b| b.trim_matches('"').to_owned())
                .ok_or("multipart body without a boundary")?;
            for part in parse_multipart(body, &boundary)? {
                match part.filename {
                    Some(filename) => {
                        parsed.attached.push(part.name.clone());
                        let described = format!("<file {filename}, {} bytes>", part.data.len());
                        parsed.values.push((part.name, Raw::Text(described)));
                    }
                    None => {
                        let text = String::from_utf8(part.data).map_err(|_| {
                            format!("multipart field \"{}\" is not UTF-8", part.name)
                        })?;
                        parsed.values.push((part.name, Raw::Text(text)));
                    }
                }
            }
        }
        other => return Err(format!("unsupported content type \"{other}\"")),
    }
    Ok(parsed)
}

/// One part of a `multipart/form-data` body.
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub data: Vec<u8>,
}

/// Splits a `multipart/form-data` body (RFC 7578) into its parts.
pub fn parse_multipart(body: &[u8], boundary: &str) -> Result<Vec<Part>, String> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut parts = Vec::new();
    let mut positions = Vec::new();
    let mut at = 0;
    while let Some(found) = find(&body[at..], &delimiter) {
        positions.push(at + found);
        at += found + delimiter.len();
    }
    if positions.is_empty() {
        return Err("multipart body without its boundary".into());
    }
    for pair in positions.windows(2) {
        let mut segment = &body[pair[0] + delimiter.len()..pair[1]];
        segment = segment.strip_prefix(b"\r\n").unwrap_or(segment);
        segment = segment.strip_suffix(b"\r\n").unwrap_or(segment);
        let Some(split) = find(segment, b"\r\n\r\n") else {
            return Err("multipart part without headers".into());
        };
        let headers = String::from_utf8_lossy(&segment[..split]);
        let data = segment[split + 4..].to_vec();
        let mut name = None;
        let mut filename = None;
        for line in headers.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            if !key.trim().eq_ignore_ascii_case("content-disposition") {
                continue;
            }
            for attr in value.split(';').map(str::trim) {
                if let Some(v) = attr.strip_prefix("name=") {
                    name = Some(v.trim_matches('"').to_owned());
                } else if let Some(v) = attr.strip_prefix("filename=") {
                    filename = Some(v.trim_matches('"').to_owned());
                }
            }
        }
        let name = name.ok_or("multipart part without a name")?;
        parts.push(Part {
            name,
            filename,
            data,
        });
    }
    Ok(parts)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Types text parameters by the contract; JSON ones stay as sent. A parameter given twice
/// (query string and body) is a problem: which one wins would be a guess.
fn type_params(
    values: Vec<(String, Raw)>,
    method: Option<&Method>,
) -> (Map<String, Value>, Vec<String>) {
    let mut params = Map::new();
    let mut problems = Vec::new();
    for (name, raw) in values {
        let value = match raw {
            Raw::Json(v) => v,
            Raw::Text(text) => match method.and_then(|m| m.param(&name)) {
                Some(field) => Contract::coerce(&field.types, &text),
                None => Value::String(text),
            },
        };
        if params.insert(name.clone(), value).is_some() {
            problems.push(format!("parameter \"{name}\" is given twice"));
        }
    }
    (params, problems)
}

// ---- the methods ----------------------------------------------------------------------------

async fn dispatch(shared: &Arc<Shared>, method: &str, params: &Map<String, Value>) -> Reply {
    match method {
        "getUpdates" => get_updates(shared, params).await,
        "getMe" => Ok(get_me(shared)),
        "sendMessage" => send_message(shared, params),
        "editMessageText" => edit_message(shared, params, true),
        "editMessageReplyMarkup" => edit_message(shared, params, false),
        "answerCallbackQuery" => {
            let text_len = params
                .get("text")
                .and_then(Value::as_str)
                .map_or(0, |t| t.chars().count());
            if text_len > 200 {
                return Err(bad_request("MESSAGE_TOO_LONG"));
            }
            answer_query(shared, params, "callback_query_id")
        }
        "answerInlineQuery" => {
            check_inline_results(params)?;
            answer_query(shared, params, "inline_query_id")
        }
        "setMyCommands" => set_my_commands(shared, params),
        "getMyCommands" => {
            let key = commands_key(
                params.get("scope"),
                params.get("language_code").and_then(Value::as_str),
            );
            Ok(shared
                .lock()
                .commands
                .get(&key)
                .cloned()
                .unwrap_or_else(|| json!([])))
        }
        "deleteMyCommands" => {
            let key = commands_key(
                params.get("scope"),
                params.get("language_code").and_then(Value::as_str),
            );
            shared.lock().commands.remove(&key);
            Ok(json!(true))
        }
        "getWebhookInfo" => Ok(webhook_info(shared)),
        "deleteWebhook" => {
            let mut inner = shared.lock();
            inner.webhook = None;
            inner.webhook_generation += 1;
            if params.get("drop_pending_updates") == Some(&json!(true)) {
                inner.updates.clear();
            }
            drop(inner);
            shared.bump();
            Ok(json!(true))
        }
        "setWebhook" => set_webhook(shared, params),
        "sendChatAction" => {
            chat_of(shared, params.get("chat_id"))?;
            let action = params.get("action").and_then(Value::as_str).unwrap_or("");
            if !CHAT_ACTIONS.contains(&action) {
                return Err(bad_request("wrong parameter action in request"));
            }
            Ok(json!(true))
        }
        "getChat" => Ok(objects::chat_full_info(&chat_of(
            shared,
            params.get("chat_id"),
        )?)),
        "close" | "logOut" => Ok(json!(true)),
        other => {
            let first = shared.lock().unmodelled.insert(other.to_owned());
            if first {
                eprintln!("fake Bot API: {other} is not modelled; answered true");
            }
            Ok(json!(true))
        }
    }
}

fn get_me(shared: &Shared) -> Value {
    let bot = {
        let inner = shared.lock();
        shared.bot(&inner)
    };
    let mut me = bot.user();
    let fields: Vec<String> = match &shared.contract {
        Some(c) => c.get_me_only_fields().into_iter().map(|f| f.name).collect(),
        None => [
            "can_join_groups",
            "can_read_all_group_messages",
            "supports_inline_queries",
            "can_connect_to_business",
            "has_main_web_app",
        ]
        .map(String::from)
        .to_vec(),
    };
    for name in fields {
        let on = matches!(name.as_str(), "can_join_groups" | "supports_inline_queries");
        me[name.as_str()] = json!(on);
    }
    me
}

async fn get_updates(shared: &Arc<Shared>, params: &Map<String, Value>) -> Reply {
    let offset = params.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let limit = params
        .get("limit")
        .and_then(Value::as_i64)
        .unwrap_or(100)
        .clamp(1, 100) as usize;
    let timeout = params
        .get("timeout")
        .and_then(Value::as_i64)
        .unwrap_or(0)
        .clamp(0, 3600) as u64;
    let generation = {
        let mut inner = shared.lock();
        if inner.webhook.is_some() {
            return Err(ApiErr {
                code: 409,
                description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first".into(),
            });
        }
        // An offset confirms every update before it; a negative one keeps only the last few.
        if offset > 0 {
            inner.updates.retain(|u| u.id >= offset);
        } else if offset < 0 {
            let keep = offset.unsigned_abs() as usize;
            let len = inner.updates.len();
            inner.updates.drain(..len.saturating_sub(keep));
        }
        if let Some(Value::Array(kinds)) = params.get("allowed_updates") {
            inner.allowed_updates = Some(
                kinds
                    .iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect(),
            );
        }
        inner.poll_generation += 1;
        inner.poll_generation
    };
    shared.bump();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    let mut rx = shared.changed.subscribe();
    loop {
        {
            let inner = shared.lock();
            if inner.poll_generation != generation {
                return Err(ApiErr {
                    code: 409,
                    description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running".into(),
                });
            }
            let (ids, batch): (Vec<i64>, Vec<Value>) = inner
                .updates
                .iter()
                .filter(|u| allowed(&inner, &u.kind))
                .take(limit)
                .map(|u| (u.id, u.value.clone()))
                .unzip();
            if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
                drop(inner);
                let now = Instant::now();
                let mut inner = shared.lock();
                for id in ids {
                    inner.served_at.entry(id).or_insert(now);
                }
                return Ok(Value::Array(batch));
            }
        }
        match tokio::time::timeout_at(deadline, rx.changed()).await {
            Ok(Ok(())) | Err(_) => {}
            Ok(Err(_)) => return Ok(json!([])),
        }
    }
}

fn allowed(inner: &Inner, kind: &str) -> bool {
    match &inner.allowed_updates {
        Some(list) if !list.is_empty() => list.iter().any(|k| k == kind),
        _ => !DEFAULT_EXCLUDED_UPDATES.contains(&kind),
    }
}

/// The chat a `chat_id` parameter names: a known numeric id or `@username`.
fn chat_of(shared: &Shared, chat_id: Option<&Value>) -> Result<Value, ApiErr> {
    let inner = shared.lock();
    let found = match chat_id {
        Some(Value::Number(n)) => n.as_i64().and_then(|id| inner.chats.get(&id)),
        Some(Value::String(s)) => match s.parse::<i64>() {
            Ok(id) => inner.chats.get(&id),
            Err(_) => {
                let name = s.trim_start_matches('@');
                inner
                    .chats
                    .values()
                    .find(|c| c.get("username").and_then(Value::as_str) == Some(name))
            }
        },
        _ => None,
    };
    found.cloned().ok_or_else(|| bad_request("chat not found"))
}

/// The text a message would show, or Telegram's refusal.
fn message_text(params: &Map<String, Value>) -> Result<(String, String, Option<String>), ApiErr> {
    let text = params
        .get("text")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let parse_mode = params
        .get("parse_mode")
        .and_then(Value::as_str)
        .map(String::from);
    let plain =
        objects::strip_markup(&text, parse_mode.as_deref()).map_err(|description| ApiErr {
            code: 400,
            description,
        })?;
    if plain.trim().is_empty() {
        return Err(bad_request("message text is empty"));
    }
    if objects::utf16_len(&plain) > 4096 {
        return Err(bad_request("message is too long"));
    }
    Ok((text, plain, parse_mode))
}

/// Telegram's checks on an inline keyboard: every button does something, callback data is
/// 1–64 bytes.
fn check_reply_markup(markup: Option<&Value>) -> Result<(), ApiErr> {
    let Some(rows) = markup
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(Value::as_array)
    else {
        return Ok(());
    };
    for button in rows.iter().filter_map(Value::as_array).flatten() {
        let Some(b) = button.as_object() else {
            continue;
        };
        if let Some(data) = b.get("callback_data").and_then(Value::as_str) {
            if data.is_empty() || data.len() > 64 {
                return Err(bad_request("BUTTON_DATA_INVALID"));
            }
        }
        if !b
            .keys()
            .any(|k| k != "text" && k != "icon_custom_emoji_id" && k != "style")
        {
            return Err(bad_request(
                "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
            ));
        }
    }
    Ok(())
}

fn send_message(shared: &Shared, params: &Map<String, Value>) -> Reply {
    let chat = chat_of(shared, params.get("chat_id"))?;
    let chat_id = chat.get("id").and_then(Value::as_i64).unwrap_or(0);
    let (text, plain, parse_mode) = message_text(params)?;
    let reply_markup = params.get("reply_markup").cloned();
    check_reply_markup(reply_markup.as_ref())?;
    let mut inner = shared.lock();
    let mut reply_to = None;
    let mut replied_value = None;
    if let Some(rp) = params.get("reply_parameters") {
        let id = rp.get("message_id").and_then(Value::as_i64).unwrap_or(0);
        let target_chat = rp.get("chat_id").and_then(Value::as_i64).unwrap_or(chat_id);
        match inner
            .messages
            .iter()
            .find(|m| m.chat_id == target_chat && m.message_id == id)
        {
            Some(m) => {
                reply_to = Some(id);
                replied_value = Some(without_reply(&m.value));
            }
            None if rp.get("allow_sending_without_reply") == Some(&json!(true)) => {}
            None => return Err(bad_request("message to be replied not found")),
        }
    }
    let bot = shared.bot(&inner);
    let message_id = next_message_id(&mut inner);
    let mut message = objects::text_message(message_id, &chat, &bot.user(), &plain);
    if let Some(markup) = reply_markup
        .as_ref()
        .filter(|m| m.get("inline_keyboard").is_some())
    {
        message["reply_markup"] = markup.clone();
    }
    if let Some(replied) = replied_value {
        message["reply_to_message"] = replied;
    }
    inner.messages.push(Stored {
        chat_id,
        message_id,
        from_bot: true,
        via_api: true,
        value: message.clone(),
        text,
        plain_text: plain,
        parse_mode,
        reply_markup,
        reply_to,
        edits: 0,
    });
    Ok(message)
}

fn edit_message(shared: &Shared, params: &Map<String, Value>, text: bool) -> Reply {
    if params.get("inline_message_id").is_some() {
        return Ok(json!(true));
    }
    let (Some(chat_id), Some(message_id)) = (
        params.get("chat_id").and_then(Value::as_i64),
        params.get("message_id").and_then(Value::as_i64),
    ) else {
        return Err(bad_request("message identifier is not specified"));
    };
    let new_text = if text {
        Some(message_text(params)?)
    } else {
        None
    };
    let reply_markup = params.get("reply_markup").cloned();
    check_reply_markup(reply_markup.as_ref())?;
    let mut inner = shared.lock();
    let Some(stored) = inner
        .messages
        .iter_mut()
        .find(|m| m.chat_id == chat_id && m.message_id == message_id)
    else {
        return Err(bad_request("message to edit not found"));
    };
    if !stored.from_bot {
        return Err(bad_request("message can't be edited"));
    }
    // Telegram compares the text and its entities; the plain text and the markup that
    // produced the entities stand for them here.
    let same_text = new_text
        .as_ref()
        .is_none_or(|(raw, plain, _)| *plain == stored.plain_text && *raw == stored.text);
    if same_text && reply_markup == stored.reply_markup {
        return Err(bad_request(
            "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
        ));
    }
    if let Some((raw, plain, parse_mode)) = new_text {
        stored.value["text"] = json!(plain);
        match objects::detect_entities(&plain) {
            e if e.is_empty() => {
                if let Value::Object(m) = &mut stored.value {
                    m.remove("entities");
                }
            }
            e => stored.value["entities"] = Value::Array(e),
        }
        stored.text = raw;
        stored.plain_text = plain;
        stored.parse_mode = parse_mode;
    }
    // Without reply_markup an edit removes the inline keyboard, as Telegram does.
    match reply_markup
        .as_ref()
        .filter(|m| m.get("inline_keyboard").is_some())
    {
        Some(m) => stored.value["reply_markup"] = m.clone(),
        None => {
            if let Value::Object(m) = &mut stored.value {
                m.remove("reply_markup");
            }
        }
    }
    stored.reply_markup = reply_markup;
    stored.edits += 1;
    stored.value["edit_date"] = json!(objects::now_unix());
    Ok(stored.value.clone())
}

fn answer_query(shared: &Shared, params: &Map<String, Value>, id_param: &str) -> Reply {
    let id = params.get(id_param).and_then(Value::as_str).unwrap_or("");
    let mut inner = shared.lock();
    match inner.queries.get_mut(id) {
        Some(answered @ false) => {
            *answered = true;
            Ok(json!(true))
        }
        _ => Err(bad_request(
            "query is too old and response timeout expired or query ID is invalid",
        )),
    }
}

fn check_inline_results(params: &Map<String, Value>) -> Result<(), ApiErr> {
    let results = params
        .get("results")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if results.len() > 50 {
        return Err(bad_request("RESULTS_TOO_MUCH"));
    }
    let mut ids = BTreeSet::new();
    for r in &results {
        let id = r.get("id").and_then(Value::as_str).unwrap_or("");
        if id.is_empty() || id.len() > 64 {
            return Err(bad_request("RESULT_ID_INVALID"));
        }
        if !ids.insert(id.to_owned()) {
            return Err(bad_request("RESULT_ID_DUPLICATE"));
        }
        check_reply_markup(r.get("reply_markup"))?;
        if let Some(content) = r.get("input_message_content") {
            if let Some(text) = content.get("message_text").and_then(Value::as_str) {
                let parse_mode = content.get("parse_mode").and_then(Value::as_str);
                let plain =
                    objects::strip_markup(text, parse_mode).map_err(|description| ApiErr {
                        code: 400,
                        description,
                    })?;
                if plain.trim().is_empty() {
                    return Err(bad_request("MESSAGE_EMPTY"));
                }
                if objects::utf16_len(&plain) > 4096 {
                    return Err(bad_request("MESSAGE_TOO_LONG"));
                }
            }
        }
    }
    Ok(())
}

fn set_my_commands(shared: &Shared, params: &Map<String, Value>) -> Reply {
    let commands = params
        .get("commands")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if commands.len() > 100 {
        return Err(bad_request("too many commands"));
    }
    for c in &commands {
        let name = c.get("command").and_then(Value::as_str).unwrap_or("");
        let valid = (1..=32).contains(&name.len())
            && name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        if !valid {
            return Err(bad_request("BOT_COMMAND_INVALID"));
        }
        let description = c.get("description").and_then(Value::as_str).unwrap_or("");
        if !(1..=256).contains(&description.chars().count()) {
            return Err(bad_request("command description must be 1-256 characters"));
        }
    }
    let key = commands_key(
        params.get("scope"),
        params.get("language_code").and_then(Value::as_str),
    );
    shared.lock().commands.insert(key, Value::Array(commands));
    Ok(json!(true))
}

fn webhook_info(shared: &Shared) -> Value {
    let inner = shared.lock();
    let mut info = json!({
        "url": inner.webhook.as_ref().map_or("", |w| w.url.as_str()),
        "has_custom_certificate": false,
        "pending_update_count": inner.updates.len(),
    });
    if let Some(w) = &inner.webhook {
        info["max_connections"] = json!(40);
        if let Some((date, message)) = &w.last_error {
            info["last_error_date"] = json!(date);
            info["last_error_message"] = json!(message);
        }
        if let Some(a) = &inner.allowed_updates {
            info["allowed_updates"] = json!(a);
        }
    }
    info
}

fn set_webhook(shared: &Arc<Shared>, params: &Map<String, Value>) -> Reply {
    let url = params
        .get("url")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let generation = {
        let mut inner = shared.lock();
        inner.webhook_generation += 1;
        if params.get("drop_pending_updates") == Some(&json!(true)) {
            inner.updates.clear();
        }
        if let Some(Value::Array(kinds)) = params.get("allowed_updates") {
            inner.allowed_updates = Some(
                kinds
                    .iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect(),
            );
        }
        if url.is_empty() {
            // An empty URL removes the webhook, as deleteWebhook does.
            inner.webhook = None;
            drop(inner);
            shared.bump();
            return Ok(json!(true));
        }
        if reqwest::Url::parse(&url).is_err() {
            return Err(bad_request("bad webhook: invalid URL"));
        }
        let secret_token = params
            .get("secret_token")
            .and_then(Value::as_str)
            .map(String::from);
        inner.webhook = Some(Webhook {
            url: url.clone(),
            secret_token,
            last_error: None,
        });
        inner.webhook_generation
    };
    shared.bump();
    let task = tokio::spawn(deliver_to_webhook(shared.clone(), generation));
    shared
        .tasks
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(task);
    Ok(json!(true))
}

/// Posts pending updates to the webhook one at a time, in order, until the bot answers 2xx
/// (then the update is confirmed), retrying failures after a short pause as Telegram does.
async fn deliver_to_webhook(shared: Arc<Shared>, generation: u64) {
    let mut rx = shared.changed.subscribe();
    loop {
        let next = {
            let inner = shared.lock();
            if inner.webhook_generation != generation {
                return;
            }
            let Some(hook) = &inner.webhook else { return };
            inner
                .updates
                .iter()
                .find(|u| allowed(&inner, &u.kind))
                .map(|u| {
                    (
                        u.id,
                        u.value.clone(),
                        hook.url.clone(),
                        hook.secret_token.clone(),
                    )
                })
        };
        let Some((id, update, url, secret)) = next else {
            if rx.changed().await.is_err() {
                return;
            }
            continue;
        };
        let mut request = shared.http.post(&url).json(&update);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        let outcome = request.send().await;
        let (status, error) = match outcome {
            Ok(r) => (Some(r.status().as_u16()), None),
            Err(e) => (None, Some(e.to_string())),
        };
        let delivered = status.is_some_and(|s| (200..300).contains(&s));
        {
            let mut inner = shared.lock();
            inner.deliveries.push(WebhookDelivery {
                update_id: id,
                status,
                error: error.clone(),
            });
            if delivered {
                inner.updates.retain(|u| u.id != id);
            } else if let Some(hook) = &mut inner.webhook {
                let message = error.unwrap_or_else(|| {
                    format!("Wrong response from the webhook: {}", status.unwrap_or(0))
                });
                hook.last_error = Some((objects::now_unix(), message));
            }
        }
        shared.bump();
        if !delivered {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

/// `SetMyDescription` → `setMyDescription`.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
