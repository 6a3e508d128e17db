//! Self-test of the fake Bot API server (`tests/support/fake_api.rs`): drives it with
//! teloxide's real `Bot` (no bot logic) and with raw HTTP, so the whole-program tests of the
//! bot can trust what it records and how it answers.

mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::contract::Contract;
use support::fake_api::{parse_multipart, Encoding, FakeApi, Fault};
use support::objects;
use teloxide::payloads::{
    AnswerCallbackQuerySetters, EditMessageTextSetters, GetUpdatesSetters, SendMessageSetters,
};
use teloxide::prelude::*;
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQueryId, ChatAction, InlineKeyboardButton,
    InlineKeyboardMarkup, InlineQueryId, InlineQueryResult, InlineQueryResultArticle,
    InputMessageContent, InputMessageContentText, MessageId, ParseMode, ReplyParameters,
    UpdateKind,
};
use teloxide::{ApiError, RequestError};

const USER: i64 = 4242;
const GROUP: i64 = -1_001_234_567_890;

fn bot(api: &FakeApi) -> Bot {
    api.teloxide_bot()
}

/// A bot whose HTTP client gives up after `timeout`.
fn impatient_bot(api: &FakeApi, timeout: Duration) -> Bot {
    let client = match teloxide::net::default_reqwest_settings()
        .timeout(timeout)
        .build()
    {
        Ok(c) => c,
        Err(e) => panic!("cannot build the client: {e}"),
    };
    Bot::with_client(FakeApi::TOKEN, client).set_api_url(api.api_url())
}

/// POSTs a JSON body straight to `method`, bypassing teloxide, and returns status and body.
async fn post_json(api: &FakeApi, method: &str, body: Value) -> (u16, Value) {
    let url = format!("{}bot{}/{method}", api.api_url(), FakeApi::TOKEN);
    let response = reqwest::Client::new()
        .post(url)
        .json(&body)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn assert_clean(api: &FakeApi) {
    let violations = api.violations().await;
    assert!(
        violations.is_empty(),
        "contract violations: {violations:#?}"
    );
}

/// Tests that need the contract say so and pass when it is absent (a fresh clone).
fn needs_contract(api: &FakeApi) -> bool {
    if !api.contract_loaded() {
        eprintln!("skipped: this check needs the Bot API contract");
    }
    api.contract_loaded()
}

#[tokio::test]
async fn get_me_parses_as_teloxide_me() {
    let api = FakeApi::start().await;
    let me = bot(&api).get_me().await.expect("getMe");
    assert_eq!(me.id, UserId(123456));
    assert!(me.is_bot);
    assert_eq!(me.username(), "verbatim_test_bot");
    assert!(me.can_join_groups && me.supports_inline_queries);
    let calls = api.calls("getMe").await;
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].token, FakeApi::TOKEN);
    assert_clean(&api).await;
}

#[tokio::test]
async fn send_message_round_trips_and_is_recorded() {
    let api = FakeApi::start().await;
    api.private_text(USER, "hi").await;
    let bot = bot(&api);
    let sent = bot
        .send_message(ChatId(USER), "Hello, /help is there")
        .await
        .expect("sendMessage");
    assert_eq!(sent.text(), Some("Hello, /help is there"));
    assert_eq!(sent.chat.id, ChatId(USER));
    assert_eq!(sent.from.as_ref().map(|u| u.id), Some(UserId(123456)));

    let calls = api.calls("sendmessage").await;
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].method, "sendMessage");
    assert_eq!(calls[0].encoding, Encoding::Json);
    assert_eq!(calls[0].i64_param("chat_id"), Some(USER));
    assert_eq!(calls[0].str_param("text"), Some("Hello, /help is there"));

    let messages = api.sent_messages().await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].message_id, sent.id.0 as i64);
    assert_eq!(messages[0].chat_id, USER);
    assert_clean(&api).await;
    assert!(api.served_errors().await.is_empty());
}

#[tokio::test]
async fn telegram_errors_for_well_formed_requests() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    // Nobody wrote to the bot from this chat.
    let err = bot.send_message(ChatId(999), "hello").await.unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::ChatNotFound)),
        "{err:?}"
    );

    api.private_text(USER, "hi").await;
    let err = bot
        .send_message(ChatId(USER), "Done.")
        .parse_mode(ParseMode::MarkdownV2)
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::CantParseEntities(_))),
        "{err:?}"
    );
    bot.send_message(ChatId(USER), "Done\\. *bold* _it_ `x.y`")
        .parse_mode(ParseMode::MarkdownV2)
        .await
        .expect("escaped MarkdownV2");
    let err = bot
        .send_message(ChatId(USER), "<b>open")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::CantParseEntities(_))),
        "{err:?}"
    );
    let html = bot
        .send_message(ChatId(USER), "<b>Says</b> &lt;who&gt;")
        .parse_mode(ParseMode::Html)
        .await
        .expect("HTML");
    assert_eq!(html.text(), Some("Says <who>"));

    let long = "a".repeat(4097);
    let err = bot.send_message(ChatId(USER), long).await.unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::MessageIsTooLong)),
        "{err:?}"
    );

    let bad_button =
        InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("x", "d".repeat(65))]]);
    let err = bot
        .send_message(ChatId(USER), "pick")
        .reply_markup(bad_button)
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::ButtonDataInvalid)),
        "{err:?}"
    );

    let errors = api.served_errors().await;
    assert_eq!(errors.len(), 5, "{errors:#?}");
    assert_eq!(errors[0].description, "Bad Request: chat not found");
    // Well-formed requests refused by Telegram are no contract violations.
    assert_clean(&api).await;
}

#[tokio::test]
async fn missing_unknown_and_mistyped_parameters_are_violations() {
    let api = FakeApi::start().await;
    if !needs_contract(&api) {
        return;
    }
    api.private_text(USER, "hi").await;

    let (status, body) = post_json(&api, "sendMessage", json!({"chat_id": USER})).await;
    assert_eq!(status, 400);
    assert_eq!(body["ok"], json!(false));
    assert_eq!(body["error_code"], json!(400));
    let description = body["description"].as_str().unwrap_or("");
    assert!(description.starts_with("Bad Request: "), "{description}");
    assert!(description.contains("\"text\""), "{description}");

    let (status, _) = post_json(
        &api,
        "sendMessage",
        json!({"chat_id": USER, "text": "x", "colour": "red"}),
    )
    .await;
    assert_eq!(status, 400);
    let (status, _) = post_json(&api, "sendMessage", json!({"chat_id": USER, "text": 5})).await;
    assert_eq!(status, 400);
    let (status, _) = post_json(
        &api,
        "sendMessage",
        json!({"chat_id": USER, "text": "x", "reply_markup": {"inline_keyboard": [[{"txt": "a"}]]}}),
    )
    .await;
    assert_eq!(status, 400);
    let (status, body) = post_json(&api, "sendTelepathy", json!({})).await;
    assert_eq!((status, body["error_code"].clone()), (404, json!(404)));

    let violations = api.violations().await;
    let problems: Vec<String> = violations.iter().map(ToString::to_string).collect();
    assert_eq!(violations.len(), 5, "{problems:#?}");
    assert!(problems[0].contains("sendMessage") && problems[0].contains("\"text\" is missing"));
    assert!(problems[1].contains("unknown parameter \"colour\""));
    assert!(problems[2].contains("\"text\" must be String"));
    // The nested button lacks its required "text" and has an unknown "txt".
    assert!(
        problems[3].contains("lacks required field \"text\""),
        "{problems:#?}"
    );
    assert!(
        problems[3].contains("unknown field \"txt\""),
        "{problems:#?}"
    );
    assert!(problems[4].contains("no such method \"sendTelepathy\""));
    // Nothing was sent.
    assert!(api.sent_messages().await.is_empty());
}

#[tokio::test]
async fn form_multipart_and_query_parameters_are_typed_by_the_contract() {
    let api = FakeApi::start().await;
    api.private_text(USER, "hi").await;
    let base = format!("{}bot{}/", api.api_url(), FakeApi::TOKEN);
    let client = reqwest::Client::new();

    let form = client
        .post(format!("{base}SENDMESSAGE"))
        .form(&[("chat_id", USER.to_string()), ("text", "via form".into())])
        .send()
        .await
        .expect("form");
    assert_eq!(form.status(), 200);
    let multipart = reqwest::multipart::Form::new()
        .text("chat_id", USER.to_string())
        .text("text", "via multipart")
        .text(
            "reply_markup",
            r#"{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}"#,
        );
    let response = client
        .post(format!("{base}sendMessage"))
        .multipart(multipart)
        .send()
        .await
        .expect("multipart");
    assert_eq!(response.status(), 200);
    let query = client
        .get(format!("{base}sendMessage?chat_id={USER}&text=via%20query"))
        .send()
        .await
        .expect("query");
    assert_eq!(query.status(), 200);

    let calls = api.calls("sendMessage").await;
    assert_eq!(calls.len(), 3);
    assert_eq!(
        calls.iter().map(|c| c.encoding).collect::<Vec<_>>(),
        [Encoding::Form, Encoding::Multipart, Encoding::Query]
    );
    if api.contract_loaded() {
        // Text fields become the JSON types the contract names.
        assert!(calls
            .iter()
            .all(|c| c.param("chat_id") == Some(&json!(USER))));
        assert_eq!(
            calls[1].param("reply_markup"),
            Some(&json!({"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}))
        );
    }
    let texts: Vec<String> = api
        .sent_messages()
        .await
        .into_iter()
        .map(|m| m.text)
        .collect();
    assert_eq!(texts, ["via form", "via multipart", "via query"]);
    assert_clean(&api).await;

    // A file download path is not served.
    let file = client
        .get(format!(
            "{}file/bot{}/photos/1.jpg",
            api.api_url(),
            FakeApi::TOKEN
        ))
        .send()
        .await;
    assert_eq!(file.expect("file").status(), 404);
}

#[test]
fn multipart_bodies_split_into_named_parts() {
    let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n--XyZ\r\n\
Content-Disposition: form-data; name=\"doc\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n\
line1\r\nline2\r\n--XyZ--\r\n";
    let parts = parse_multipart(body, "XyZ").expect("parts");
    assert_eq!(parts.len(), 2);
    assert_eq!(
        (parts[0].name.as_str(), parts[0].data.as_slice()),
        ("chat_id", &b"42"[..])
    );
    assert_eq!(parts[1].filename.as_deref(), Some("a.txt"));
    assert_eq!(parts[1].data, b"line1\r\nline2");
    assert!(parse_multipart(b"no boundary here", "XyZ").is_err());
}

#[tokio::test]
async fn long_polling_waits_for_an_update_and_serves_it_until_confirmed() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let started = Instant::now();
    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(5).await }
    });
    // Push once the long poll is waiting.
    api.wait_for("getUpdates", 1, Duration::from_secs(2)).await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    let id = api.private_text(USER, "/start").await;
    let updates = poll.await.expect("join").expect("getUpdates");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(150) && waited < Duration::from_secs(2),
        "{waited:?}"
    );
    assert_eq!(updates.len(), 1);
    assert_eq!(updates[0].id.0 as i64, id);
    let UpdateKind::Message(message) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    assert_eq!(message.text(), Some("/start"));
    assert_eq!(message.chat.id, ChatId(USER));

    // Not confirmed yet: served again.
    let again = bot.get_updates().await.expect("again");
    assert_eq!(again.len(), 1);
    // Confirmed by the offset: gone.
    let after = bot
        .get_updates()
        .offset(updates[0].id.as_offset())
        .await
        .expect("after");
    assert!(after.is_empty());
    assert!(api.pending_updates().await.is_empty());
    assert!(api.wait_confirmed(id, Duration::from_millis(10)).await);
    assert_clean(&api).await;
}

#[tokio::test]
async fn long_polling_honours_the_timeout_when_nothing_comes() {
    let api = FakeApi::start().await;
    let started = Instant::now();
    let updates = bot(&api)
        .get_updates()
        .timeout(1)
        .await
        .expect("getUpdates");
    let waited = started.elapsed();
    assert!(updates.is_empty());
    assert!(
        waited >= Duration::from_millis(950) && waited < Duration::from_secs(3),
        "{waited:?}"
    );
    // Short polling answers at once.
    let started = Instant::now();
    bot(&api).get_updates().await.expect("short poll");
    assert!(started.elapsed() < Duration::from_millis(900));
}

#[tokio::test]
async fn limit_and_allowed_updates_filter_what_is_served() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let first = api.private_text(USER, "one").await;
    api.group_text(GROUP, USER, "two @verbatim_test_bot").await;
    api.reply_to_bot(GROUP, USER, "three", 77).await;
    let callback = api.callback(USER, GROUP, 77, "more:1").await;

    let two = bot.get_updates().limit(2).await.expect("limit");
    assert_eq!(
        two.iter().map(|u| u.id.0 as i64).collect::<Vec<_>>(),
        [first, first + 1]
    );
    let only = bot
        .get_updates()
        .allowed_updates([AllowedUpdate::CallbackQuery])
        .await
        .expect("allowed");
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].id.0 as i64, callback);
    let UpdateKind::CallbackQuery(q) = &only[0].kind else {
        panic!("{:?}", only[0].kind)
    };
    assert_eq!(q.data.as_deref(), Some("more:1"));
    // The setting sticks until changed, as Telegram's does.
    assert_eq!(bot.get_updates().await.expect("sticky").len(), 1);
    assert_clean(&api).await;
}

#[tokio::test]
async fn a_second_long_poll_terminates_the_first() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let first = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(5).await }
    });
    api.wait_for("getUpdates", 1, Duration::from_secs(2)).await;
    let second = bot.get_updates().timeout(0).await.expect("second");
    assert!(second.is_empty());
    let err = first.await.expect("join").unwrap_err();
    assert!(
        matches!(
            err,
            RequestError::Api(ApiError::TerminatedByOtherGetUpdates)
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn retry_after_fires_then_the_call_succeeds() {
    let api = FakeApi::start().await;
    api.inject("sendMessage", Fault::RetryAfter(3), 1).await;
    api.private_text(USER, "hi").await;
    let bot = bot(&api);
    let err = bot.send_message(ChatId(USER), "first").await.unwrap_err();
    assert!(
        matches!(err, RequestError::RetryAfter(s) if s.seconds() == 3),
        "{err:?}"
    );
    bot.send_message(ChatId(USER), "second")
        .await
        .expect("second try");
    assert_eq!(api.fired_count("sendMessage").await, 1);
    assert_eq!(api.pending_faults("sendMessage").await, 0);
    assert_eq!(api.sent_messages().await.len(), 1);
    assert_clean(&api).await;
}

#[tokio::test]
async fn server_errors_answer_500_json_and_502_html() {
    // teloxide sleeps 10 s after any 5xx, so this goes around it with a plain HTTP client.
    let api = FakeApi::start().await;
    api.inject("getMe", Fault::ServerError(500), 1).await;
    api.inject("getMe", Fault::ServerError(502), 1).await;
    let (status, body) = post_json(&api, "getMe", json!({})).await;
    assert_eq!((status, body["error_code"].clone()), (500, json!(500)));
    let (status, body) = post_json(&api, "getMe", json!({})).await;
    assert_eq!(status, 502);
    assert!(
        body.as_str()
            .is_some_and(|html| html.contains("502 Bad Gateway")),
        "{body}"
    );
    let (status, _) = post_json(&api, "getMe", json!({})).await;
    assert_eq!(status, 200);
    let fired: Vec<Fault> = api
        .faults_fired()
        .await
        .into_iter()
        .map(|f| f.fault)
        .collect();
    assert_eq!(fired, [Fault::ServerError(500), Fault::ServerError(502)]);
}

#[tokio::test]
async fn dropped_connections_delays_and_malformed_json_reach_teloxide_as_errors() {
    let api = FakeApi::start().await;
    api.private_text(USER, "hi").await;
    let bot = impatient_bot(&api, Duration::from_millis(300));

    api.inject("sendMessage", Fault::DropConnection, 1).await;
    let err = bot.send_message(ChatId(USER), "dropped").await.unwrap_err();
    assert!(matches!(err, RequestError::Network(_)), "{err:?}");
    // The dropped request was not carried out.
    assert!(api.sent_messages().await.is_empty());

    api.inject("sendMessage", Fault::Delay(Duration::from_millis(1500)), 1)
        .await;
    let started = Instant::now();
    let err = bot.send_message(ChatId(USER), "late").await.unwrap_err();
    assert!(
        matches!(&err, RequestError::Network(e) if e.is_timeout()),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_millis(1200));
    // The late request did take effect: a retry would send the message twice.
    assert_eq!(api.sent_messages().await.len(), 1);

    api.inject("getMe", Fault::MalformedJson, 1).await;
    let err = bot.get_me().await.unwrap_err();
    assert!(matches!(err, RequestError::InvalidJson { .. }), "{err:?}");

    assert_eq!(api.fired_count("sendMessage").await, 2);
    assert_eq!(api.fired_count("getMe").await, 1);
    bot.get_me().await.expect("getMe after the faults");
}

#[tokio::test]
async fn unparsable_updates_keep_their_id_and_are_confirmed() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    api.inject("getUpdates", Fault::UnparsableUpdate, 1).await;
    let good = api.private_text(USER, "fine").await;
    let updates = bot.get_updates().await.expect("getUpdates");
    assert_eq!(updates.len(), 2);
    assert!(matches!(updates[0].kind, UpdateKind::Message(_)));
    assert!(
        matches!(updates[1].kind, UpdateKind::Error(_)),
        "{:?}",
        updates[1].kind
    );
    assert!(updates[1].id.0 as i64 > good);
    let rest = bot
        .get_updates()
        .offset(updates[1].id.as_offset())
        .await
        .expect("confirm");
    assert!(rest.is_empty());
    assert_eq!(api.fired_count("getUpdates").await, 1);
}

#[tokio::test]
async fn edits_callbacks_and_inline_answers() {
    let api = FakeApi::start().await;
    api.private_text(USER, "hi").await;
    let bot = bot(&api);
    let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("More", "more:1")]]);
    let sent = bot
        .send_message(ChatId(USER), "first")
        .reply_markup(keyboard.clone())
        .await
        .expect("send");
    assert!(sent.reply_markup().is_some());

    let edited = bot
        .edit_message_text(ChatId(USER), sent.id, "second")
        .reply_markup(keyboard.clone())
        .await
        .expect("edit");
    assert_eq!(edited.text(), Some("second"));
    assert!(edited.edit_date().is_some());
    let err = bot
        .edit_message_text(ChatId(USER), sent.id, "second")
        .reply_markup(keyboard)
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::MessageNotModified)),
        "{err:?}"
    );
    let err = bot
        .edit_message_text(ChatId(USER), MessageId(9999), "x")
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::MessageToEditNotFound)),
        "{err:?}"
    );
    let cleared = bot
        .edit_message_reply_markup(ChatId(USER), sent.id)
        .await
        .expect("markup");
    assert!(cleared.reply_markup().is_none());
    let messages = api.sent_messages().await;
    assert_eq!(
        (messages[0].text.as_str(), messages[0].edits),
        ("second", 2)
    );

    let callback = api.callback(USER, USER, sent.id.0 as i64, "more:1").await;
    let updates = bot.get_updates().await.expect("updates");
    let update = updates
        .iter()
        .find(|u| u.id.0 as i64 == callback)
        .expect("callback update");
    let UpdateKind::CallbackQuery(q) = &update.kind else {
        panic!("{:?}", update.kind)
    };
    assert_eq!(q.regular_message().map(|m| m.id), Some(sent.id));
    bot.answer_callback_query(q.id.clone())
        .text("ok")
        .await
        .expect("answer");
    let err = bot.answer_callback_query(q.id.clone()).await.unwrap_err();
    assert!(matches!(err, RequestError::Api(_)), "{err:?}");
    let err = bot
        .answer_callback_query(CallbackQueryId("nope".into()))
        .await
        .unwrap_err();
    assert!(matches!(err, RequestError::Api(_)), "{err:?}");

    let inline = api.inline_query(USER, "who said it").await;
    let updates = bot
        .get_updates()
        .offset(update.id.as_offset())
        .await
        .expect("inline");
    let update = updates
        .iter()
        .find(|u| u.id.0 as i64 == inline)
        .expect("inline update");
    let UpdateKind::InlineQuery(q) = &update.kind else {
        panic!("{:?}", update.kind)
    };
    let article = |id: &str| {
        InlineQueryResult::Article(InlineQueryResultArticle::new(
            id,
            "Title",
            InputMessageContent::Text(InputMessageContentText::new("A quote.")),
        ))
    };
    bot.answer_inline_query(q.id.clone(), [article("1"), article("2")])
        .await
        .expect("inline answer");
    api.inline_query(USER, "again").await;
    let updates = bot
        .get_updates()
        .offset(update.id.as_offset())
        .await
        .expect("inline 2");
    let UpdateKind::InlineQuery(q2) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    let err = bot
        .answer_inline_query(q2.id.clone(), [article("1"), article("1")])
        .await
        .unwrap_err();
    assert!(matches!(err, RequestError::Api(_)), "{err:?}");
    let err = bot
        .answer_inline_query(InlineQueryId("nope".into()), [article("1")])
        .await
        .unwrap_err();
    assert!(matches!(err, RequestError::Api(_)), "{err:?}");
    assert_eq!(api.served_errors().await.len(), 6);
    assert_clean(&api).await;
}

#[tokio::test]
async fn replies_commands_chat_actions_chats_and_the_rest() {
    let api = FakeApi::start().await;
    api.group_text(GROUP, USER, "hi").await;
    let bot = bot(&api);
    let question = api.group_text(GROUP, USER, "who said it?").await;
    let updates = bot.get_updates().await.expect("updates");
    let asked = updates
        .iter()
        .find(|u| u.id.0 as i64 == question)
        .expect("question");
    let UpdateKind::Message(asked) = &asked.kind else {
        panic!()
    };
    let reply = bot
        .send_message(ChatId(GROUP), "Stoltenberg said it.")
        .reply_parameters(ReplyParameters::new(asked.id))
        .await
        .expect("reply");
    assert_eq!(reply.reply_to_message().map(|m| m.id), Some(asked.id));
    let err = bot
        .send_message(ChatId(GROUP), "x")
        .reply_parameters(ReplyParameters::new(MessageId(12345)))
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::MessageToReplyNotFound)),
        "{err:?}"
    );

    let commands = vec![
        BotCommand::new("start", "Start"),
        BotCommand::new("help", "How to ask"),
    ];
    bot.set_my_commands(commands.clone())
        .await
        .expect("setMyCommands");
    assert_eq!(
        bot.get_my_commands().await.expect("getMyCommands"),
        commands
    );
    bot.delete_my_commands().await.expect("deleteMyCommands");
    assert!(bot
        .get_my_commands()
        .await
        .expect("after delete")
        .is_empty());
    let err = bot
        .set_my_commands([BotCommand::new("Bad Command", "x")])
        .await
        .unwrap_err();
    assert!(matches!(err, RequestError::Api(_)), "{err:?}");

    bot.send_chat_action(ChatId(GROUP), ChatAction::Typing)
        .await
        .expect("typing");
    let group = bot.get_chat(ChatId(GROUP)).await.expect("getChat group");
    assert_eq!(group.id, ChatId(GROUP));
    let private = bot.get_chat(ChatId(USER)).await;
    assert!(private.is_err(), "no private chat with {USER} was seen");
    api.private_text(USER, "hello").await;
    bot.get_chat(ChatId(USER)).await.expect("getChat private");

    bot.set_my_description()
        .description("Quotes articles")
        .await
        .expect("unmodelled");
    assert_eq!(api.unmodelled().await, ["setMyDescription"]);
    bot.log_out().await.expect("logOut");
    bot.close().await.expect("close");
    assert_clean(&api).await;
}

/// The options a bot commonly sets serialize the way the contract says (so the checks raise
/// no false alarms for the bot's whole-program tests).
#[tokio::test]
async fn typical_teloxide_payloads_pass_the_contract() {
    use teloxide::payloads::{AnswerInlineQuerySetters, SetMyCommandsSetters};
    use teloxide::types::{BotCommandScope, LinkPreviewOptions, ReplyMarkup};

    let api = FakeApi::start().await;
    api.private_text(USER, "hi").await;
    let bot = bot(&api);
    let no_preview = LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    };
    let keyboard = InlineKeyboardMarkup::new([[
        InlineKeyboardButton::callback("More", "more:1"),
        InlineKeyboardButton::url("Source", "https://example.com/a".parse().expect("url")),
    ]]);
    let sent = bot
        .send_message(ChatId(USER), "<b>Quote</b>")
        .parse_mode(ParseMode::Html)
        .link_preview_options(no_preview.clone())
        .disable_notification(true)
        .protect_content(false)
        .reply_markup(keyboard.clone())
        .await
        .expect("send with options");
    bot.send_message(ChatId(USER), "Which article?")
        .reply_markup(ReplyMarkup::force_reply())
        .await
        .expect("force reply");
    bot.send_message(ChatId(USER), "ok")
        .reply_markup(ReplyMarkup::kb_remove())
        .await
        .expect("remove keyboard");
    bot.edit_message_text(ChatId(USER), sent.id, "<i>Quote</i>")
        .parse_mode(ParseMode::Html)
        .link_preview_options(no_preview)
        .reply_markup(keyboard)
        .await
        .expect("edit with options");
    bot.set_my_commands([BotCommand::new("ask", "Ask about an article")])
        .scope(BotCommandScope::AllPrivateChats)
        .language_code("en")
        .await
        .expect("scoped commands");

    let callback = api.callback(USER, USER, sent.id.0 as i64, "more:1").await;
    let inline = api.inline_query(USER, "nato").await;
    let updates = bot.get_updates().await.expect("updates");
    for update in updates {
        match update.kind {
            UpdateKind::CallbackQuery(q) if update.id.0 as i64 == callback => {
                bot.answer_callback_query(q.id)
                    .text("Shown")
                    .show_alert(true)
                    .cache_time(5)
                    .await
                    .expect("answer with options");
            }
            UpdateKind::InlineQuery(q) if update.id.0 as i64 == inline => {
                let article = InlineQueryResultArticle::new(
                    "a1",
                    "Stoltenberg",
                    InputMessageContent::Text(
                        InputMessageContentText::new("<b>quote</b>").parse_mode(ParseMode::Html),
                    ),
                )
                .description("NATO mission in Iraq");
                bot.answer_inline_query(q.id, [InlineQueryResult::Article(article)])
                    .cache_time(0)
                    .is_personal(true)
                    .await
                    .expect("inline with options");
            }
            _ => {} // The first "hi".
        }
    }
    assert_eq!(api.calls("answerCallbackQuery").await.len(), 1);
    assert_eq!(api.calls("answerInlineQuery").await.len(), 1);
    assert!(
        api.served_errors().await.is_empty(),
        "{:#?}",
        api.served_errors().await
    );
    assert_clean(&api).await;
}

#[tokio::test]
async fn webhooks_receive_updates_and_block_polling() {
    use axum::{extract::State, http::HeaderMap, routing::post, Json, Router};
    use tokio::sync::mpsc;

    let api = FakeApi::start().await;
    let bot = bot(&api);
    assert!(bot.get_webhook_info().await.expect("info").url.is_none());

    let (tx, mut rx) = mpsc::unbounded_channel::<(Value, Option<String>)>();
    let app = Router::new()
        .route(
            "/hook",
            post(
                |State(tx): State<mpsc::UnboundedSender<(Value, Option<String>)>>,
                 headers: HeaderMap,
                 Json(update): Json<Value>| async move {
                    let secret = headers
                        .get("x-telegram-bot-api-secret-token")
                        .and_then(|v| v.to_str().ok())
                        .map(String::from);
                    let _ = tx.send((update, secret));
                },
            ),
        )
        .with_state(tx);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let hook_url = format!("http://{}/hook", listener.local_addr().expect("addr"));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    bot.set_webhook(hook_url.parse().expect("url"))
        .secret_token("s3cret")
        .await
        .expect("setWebhook");
    assert_eq!(
        bot.get_webhook_info()
            .await
            .expect("info")
            .url
            .map(|u| u.to_string()),
        Some(hook_url)
    );
    let err = bot.get_updates().await.unwrap_err();
    assert!(
        matches!(
            err,
            RequestError::Api(ApiError::Unknown(_)) | RequestError::Api(_)
        ),
        "{err:?}"
    );

    let id = api.private_text(USER, "via webhook").await;
    let (update, secret) = tokio::time::timeout(Duration::from_secs(3), rx.recv())
        .await
        .expect("delivered in time")
        .expect("delivered");
    assert_eq!(update["update_id"], json!(id));
    assert_eq!(secret.as_deref(), Some("s3cret"));
    assert!(api.wait_confirmed(id, Duration::from_secs(2)).await);
    assert_eq!(api.webhook_deliveries().await[0].status, Some(200));

    bot.delete_webhook().await.expect("deleteWebhook");
    assert!(api.webhook_url().await.is_none());
    bot.get_updates().await.expect("polling again");
    server.abort();
    assert_clean(&api).await;
}

#[tokio::test]
async fn served_objects_satisfy_the_contract() {
    let api = FakeApi::start().await;
    let Some(contract) = api.contract() else {
        eprintln!("skipped: this check needs the Bot API contract");
        return;
    };
    api.private_text(USER, "/start@verbatim_test_bot").await;
    api.group_text(GROUP, USER, "hey @verbatim_test_bot who said it?")
        .await;
    api.group_text(-4242, USER, "basic group").await;
    api.reply_to_bot(GROUP, USER, "and then?", 3).await;
    api.callback(USER, GROUP, 3, "more:2").await;
    api.inline_query(USER, "nato").await;
    // Raw getUpdates, to check the JSON itself rather than what teloxide makes of it.
    let (status, body) = post_json(&api, "getUpdates", json!({})).await;
    assert_eq!(status, 200);
    let updates = body["result"].as_array().cloned().unwrap_or_default();
    assert_eq!(updates.len(), 6);
    for update in &updates {
        let problems = contract.check_object("Update", update);
        assert!(problems.is_empty(), "{update}: {problems:#?}");
    }
    for (kind, value) in [
        ("User", objects::user(USER)),
        ("Chat", objects::chat(USER)),
        ("Chat", objects::chat(GROUP)),
        ("Chat", objects::chat(-5)),
        (
            "ChatFullInfo",
            objects::chat_full_info(&objects::chat(GROUP)),
        ),
        ("User", api.bot_identity().await.user()),
    ] {
        let problems = contract.check_object(kind, &value);
        assert!(problems.is_empty(), "{kind} {value}: {problems:#?}");
    }
    // The checker itself catches a missing field and a wrong type.
    let mut bad = updates[0]["message"].clone();
    bad.as_object_mut().map(|m| m.remove("date"));
    bad["chat"]["id"] = json!("forty-two");
    let problems = contract.check_object("Message", &bad);
    assert_eq!(problems.len(), 2, "{problems:#?}");

    // Every result the server serves to teloxide is checked as it goes out.
    let bot = bot(&api);
    bot.get_me().await.expect("getMe");
    bot.get_chat(ChatId(GROUP)).await.expect("getChat");
    bot.send_message(ChatId(GROUP), "text").await.expect("send");
    bot.get_webhook_info().await.expect("webhook info");
    assert_clean(&api).await;
}

#[test]
fn entities_follow_telegrams_rules_in_utf16_units() {
    let e = objects::detect_entities("/start@verbatim_test_bot hi @someone");
    assert_eq!(
        e,
        [
            json!({"type": "bot_command", "offset": 0, "length": 24}),
            json!({"type": "mention", "offset": 28, "length": 8}),
        ]
    );
    // An emoji is two UTF-16 units; "é" is one.
    let e = objects::detect_entities("😀 é /help");
    assert_eq!(
        e,
        [json!({"type": "bot_command", "offset": 5, "length": 5})]
    );
    // Glued to a word, or too short: nothing.
    assert!(objects::detect_entities("and/or mail@example.com @a 1/2").is_empty());
    assert!(objects::detect_entities("/start@ab").is_empty());
    assert_eq!(objects::utf16_len("😀é"), 3);
}

#[test]
fn markup_is_checked_as_telegram_does() {
    assert_eq!(objects::strip_markup("a.b", None), Ok("a.b".into()));
    assert_eq!(
        objects::strip_markup("*a* \\. _b_", Some("MarkdownV2")),
        Ok("a . b".into())
    );
    assert!(objects::strip_markup("a.b", Some("MarkdownV2")).is_err());
    assert!(objects::strip_markup("*a", Some("MarkdownV2")).is_err());
    assert_eq!(
        objects::strip_markup("[a](http://x.y/z)", Some("MarkdownV2")),
        Ok("a".into())
    );
    assert_eq!(
        objects::strip_markup("<i>a</i> &amp; <a href=\"x\">b</a>", Some("HTML")),
        Ok("a & b".into())
    );
    assert!(objects::strip_markup("<i>a</b>", Some("HTML")).is_err());
    assert!(objects::strip_markup("a < b", Some("HTML")).is_err());
    assert!(objects::strip_markup("<div>a</div>", Some("HTML")).is_err());
}

#[tokio::test]
async fn a_missing_contract_skips_the_checks() {
    let api = FakeApi::builder()
        .contract_path("/nonexistent/telegram-bot-api/api.min.json")
        .start()
        .await;
    assert!(!api.contract_loaded());
    bot(&api)
        .get_me()
        .await
        .expect("getMe works without the contract");
    api.private_text(USER, "hi").await;
    let (status, _) = post_json(
        &api,
        "sendMessage",
        json!({"chat_id": USER, "text": "x", "colour": "red"}),
    )
    .await;
    assert_eq!(
        status, 200,
        "unknown parameters pass when nothing says they are unknown"
    );
    assert_clean(&api).await;
}

#[test]
fn an_unreadable_contract_is_reported() {
    assert!(Contract::from_json("{\"methods\": 5}").is_err());
}

#[tokio::test]
async fn shutdown_closes_the_listener() {
    let api = FakeApi::start().await;
    let addr = api.addr();
    api.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
    let dropped = FakeApi::start().await;
    let addr = dropped.addr();
    drop(dropped);
    tokio::task::yield_now().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn a_long_poll_abandoned_by_its_client_does_not_swallow_updates() {
    let api = FakeApi::start().await;
    let impatient = impatient_bot(&api, Duration::from_millis(200));
    let err = impatient.get_updates().timeout(5).await.unwrap_err();
    assert!(
        matches!(&err, RequestError::Network(e) if e.is_timeout()),
        "{err:?}"
    );
    let id = api.private_text(USER, "still there?").await;
    let started = Instant::now();
    let updates = bot(&api).get_updates().timeout(5).await.expect("next poll");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(
        updates.iter().map(|u| u.id.0 as i64).collect::<Vec<_>>(),
        [id]
    );
}

/// teloxide's own dispatcher and polling listener (getWebhookInfo, long polls with
/// allowed_updates, offsets, the graceful-shutdown poll) work against the server.
#[tokio::test]
async fn teloxides_dispatcher_polls_and_shuts_down_cleanly() {
    let api = FakeApi::start().await;
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        let text = format!("echo: {}", msg.text().unwrap_or_default());
        bot.send_message(msg.chat.id, text).await?;
        Ok::<(), RequestError>(())
    });
    let mut dispatcher = Dispatcher::builder(bot(&api), handler).build();
    let shutdown = dispatcher.shutdown_token();
    let running = tokio::spawn(async move { dispatcher.dispatch().await });

    let first = api.private_text(USER, "one").await;
    api.group_text(GROUP, USER, "two").await;
    let sent = api.wait_for("sendMessage", 2, Duration::from_secs(5)).await;
    assert_eq!(sent.len(), 2);
    let texts: Vec<String> = api
        .sent_messages()
        .await
        .into_iter()
        .map(|m| m.text)
        .collect();
    assert_eq!(texts, ["echo: one", "echo: two"]);
    assert!(api.wait_confirmed(first + 1, Duration::from_secs(5)).await);

    let stopping = loop {
        match shutdown.shutdown() {
            Ok(f) => break f,
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    };
    tokio::time::timeout(Duration::from_secs(3), stopping)
        .await
        .expect("stops in time");
    tokio::time::timeout(Duration::from_secs(3), running)
        .await
        .expect("dispatch returns")
        .expect("join");
    assert!(api.pending_updates().await.is_empty());
    assert_eq!(api.calls("getWebhookInfo").await.len(), 1);
    let polls = api.calls("getUpdates").await;
    assert!(
        polls[0].param("allowed_updates").is_some(),
        "{:?}",
        polls[0].params
    );
    assert!(api.served_errors().await.is_empty());
    assert_clean(&api).await;
}
