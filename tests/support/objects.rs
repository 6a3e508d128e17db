//! Bot API objects as Telegram serves them: users, chats, messages with the entities Telegram
//! detects, and the text-length and markup rules Telegram applies to what a bot sends.
//!
//! Pure functions, so the self-test can check each against the official contract.

use serde_json::{json, Value};

/// The bot's own identity, as `getMe` reports it and as `from` of the messages it sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotIdentity {
    pub id: i64,
    pub first_name: String,
    pub username: String,
}

impl Default for BotIdentity {
    fn default() -> Self {
        BotIdentity {
            id: 123_456,
            first_name: "Verbatim".into(),
            username: "verbatim_test_bot".into(),
        }
    }
}

impl BotIdentity {
    /// The `User` object of the bot as it appears inside messages.
    pub fn user(&self) -> Value {
        json!({
            "id": self.id,
            "is_bot": true,
            "first_name": self.first_name,
            "username": self.username,
        })
    }
}

/// A human user with a predictable name, so tests can recognise it in answers.
pub fn user(user_id: i64) -> Value {
    json!({
        "id": user_id,
        "is_bot": false,
        "first_name": format!("User{user_id}"),
        "username": format!("user{user_id}"),
        "language_code": "en",
    })
}

/// A chat as Telegram describes it inside messages. Positive ids are private chats with that
/// user; ids at or below -1_000_000_000_000 are supergroups (Telegram's `-100…` ids); other
/// negative ids are basic groups.
pub fn chat(chat_id: i64) -> Value {
    if chat_id > 0 {
        json!({
            "id": chat_id,
            "type": "private",
            "first_name": format!("User{chat_id}"),
            "username": format!("user{chat_id}"),
        })
    } else if chat_id <= -1_000_000_000_000 {
        json!({ "id": chat_id, "type": "supergroup", "title": format!("Test supergroup {chat_id}") })
    } else {
        json!({ "id": chat_id, "type": "group", "title": format!("Test group {chat_id}") })
    }
}

/// The `ChatFullInfo` that `getChat` returns, with every field the contract requires.
pub fn chat_full_info(chat: &Value) -> Value {
    let mut info = chat.clone();
    if let Value::Object(map) = &mut info {
        map.insert("accent_color_id".into(), json!(0));
        map.insert("max_reaction_count".into(), json!(11));
        map.insert(
            "accepted_gift_types".into(),
            json!({
                "unlimited_gifts": false,
                "limited_gifts": false,
                "unique_gifts": false,
                "premium_subscription": false,
                "gifts_from_channels": false,
            }),
        );
    }
    info
}

/// Current Unix time in seconds, as Telegram dates are.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// A text message. `entities` is left out when empty, as Telegram does.
pub fn text_message(message_id: i64, chat: &Value, from: &Value, text: &str) -> Value {
    let mut message = json!({
        "message_id": message_id,
        "from": from,
        "chat": chat,
        "date": now_unix(),
        "text": text,
    });
    let entities = detect_entities(text);
    if !entities.is_empty() {
        message["entities"] = Value::Array(entities);
    }
    message
}

/// The length of `s` in UTF-16 code units: Telegram's unit for offsets, lengths and limits.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// What Telegram's entity parser treats as part of a word (Unicode letters and digits, `_`).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_username_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The `bot_command` and `mention` entities Telegram attaches to an incoming text, with
/// offsets and lengths in UTF-16 code units. The rules follow Telegram's own parser (TDLib's
/// `match_bot_commands` / `match_mentions`): a command is `/` plus 1–64 of `[A-Za-z0-9_]`,
/// optionally `@` plus a 3–32 character bot username, not glued to a word or to `/<>`; a
/// mention is `@` plus 2–32 of `[A-Za-z0-9_]`, not glued to a word.
pub fn detect_entities(text: &str) -> Vec<Value> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut entities = Vec::new();
    let run_end = |mut j: usize| {
        while j < chars.len() && is_username_char(chars[j].1) {
            j += 1;
        }
        j
    };
    let prev = |i: usize| if i == 0 { None } else { Some(chars[i - 1].1) };
    let next = |j: usize| chars.get(j).map(|&(_, c)| c);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let mut matched_end = None;
        if c == '/' && !prev(i).is_some_and(|p| is_word_char(p) || matches!(p, '/' | '<' | '>')) {
            let end = run_end(i + 1);
            let mut ok = (1..=64).contains(&(end - i - 1));
            let mut end_all = end;
            if ok && next(end) == Some('@') {
                let bot_end = run_end(end + 1);
                ok = (3..=32).contains(&(bot_end - end - 1));
                end_all = bot_end;
            }
            ok = ok
                && !next(end_all).is_some_and(|n| is_word_char(n) || matches!(n, '/' | '<' | '>'));
            if ok {
                matched_end = Some((end_all, "bot_command"));
            }
        } else if c == '@' && !prev(i).is_some_and(is_word_char) {
            let end = run_end(i + 1);
            if (2..=32).contains(&(end - i - 1)) && !next(end).is_some_and(is_word_char) {
                matched_end = Some((end, "mention"));
            }
        }
        match matched_end {
            Some((end, kind)) => {
                let start_byte = chars[i].0;
                let end_byte = chars.get(end).map_or(text.len(), |&(b, _)| b);
                entities.push(json!({
                    "type": kind,
                    "offset": utf16_len(&text[..start_byte]),
                    "length": utf16_len(&text[start_byte..end_byte]),
                }));
                i = end;
            }
            None => i += 1,
        }
    }
    entities
}

/// Why Telegram would refuse a formatted text, in its own words ("Bad Request: can't parse
/// entities: …"), or the plain text Telegram would store once the markup is removed.
pub fn strip_markup(text: &str, parse_mode: Option<&str>) -> Result<String, String> {
    match parse_mode.map(str::to_ascii_lowercase).as_deref() {
        None | Some("") => Ok(text.to_owned()),
        Some("html") => strip_html(text),
        Some("markdownv2") => strip_markdown_v2(text),
        Some("markdown") => Ok(text.replace(['*', '_', '`'], "")),
        Some(other) => Err(format!("Bad Request: unsupported parse_mode \"{other}\"")),
    }
}

/// Telegram's HTML: a fixed set of tags, properly nested, and only the named entities
/// `&lt; &gt; &amp; &quot;` (plus numeric ones). A bare `<` or `&` is an error.
fn strip_html(text: &str) -> Result<String, String> {
    const TAGS: [&str; 16] = [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    ];
    let err = |m: String| Err(format!("Bad Request: can't parse entities: {m}"));
    let mut out = String::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find(['<', '&']) {
        out.push_str(&rest[..pos]);
        let offset = text.len() - rest.len() + pos;
        let tail = &rest[pos..];
        if tail.starts_with('&') {
            let Some(semi) = tail.find(';').filter(|&s| s <= 10) else {
                return err(format!(
                    "Unsupported start tag at byte offset {offset}: unescaped '&'"
                ));
            };
            let name = &tail[1..semi];
            let decoded = match name {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                n if n.starts_with("#x") => u32::from_str_radix(&n[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            match decoded {
                Some(c) => out.push(c),
                None => {
                    return err(format!(
                        "Unknown entity \"&{name};\" at byte offset {offset}"
                    ))
                }
            }
            rest = &tail[semi + 1..];
            continue;
        }
        let Some(close) = tail.find('>') else {
            return err(format!("Unclosed start tag at byte offset {offset}"));
        };
        let inner = &tail[1..close];
        if let Some(name) = inner.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            match open.pop() {
                Some(top) if top == name => {}
                _ => {
                    return err(format!(
                        "Can't find end tag corresponding to start tag \"{name}\" at byte offset {offset}"
                    ))
                }
            }
        } else {
            let name = inner
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if !TAGS.contains(&name.as_str()) {
                return err(format!(
                    "Unsupported start tag \"{name}\" at byte offset {offset}"
                ));
            }
            open.push(name);
        }
        rest = &tail[close + 1..];
    }
    out.push_str(rest);
    if let Some(tag) = open.pop() {
        return err(format!(
            "Can't find end tag corresponding to start tag \"{tag}\""
        ));
    }
    Ok(out)
}

/// Telegram's MarkdownV2: outside code, each of ``_*[]()~`>#+-=|{}.!`` must be escaped with
/// `\` unless it is markup; markup pairs must be closed. This checks the escaping rule (the
/// usual mistake) and the balance of the simple markers, which is what Telegram reports.
fn strip_markdown_v2(text: &str) -> Result<String, String> {
    let err = |m: String| Err(format!("Bad Request: can't parse entities: {m}"));
    let mut out = String::new();
    let mut chars = text.char_indices().peekable();
    let mut open: Vec<&'static str> = Vec::new();
    let mut in_code = false;
    let mut link_depth = 0usize; // inside [text]
    let mut in_url = false; // inside (url)
    let mut at_line_start = true;
    while let Some((offset, c)) = chars.next() {
        let line_start = at_line_start;
        at_line_start = c == '\n';
        if c == '\\' {
            match chars.next() {
                Some((_, escaped)) => out.push(escaped),
                None => {
                    return err(format!(
                        "Can't parse entities: trailing '\\' at byte offset {offset}"
                    ))
                }
            }
            continue;
        }
        if c == '`' {
            // ``` blocks and ` spans: everything inside is literal except '`' and '\'.
            in_code = !in_code;
            while chars.peek().is_some_and(|&(_, n)| n == '`') {
                chars.next();
            }
            continue;
        }
        if in_code {
            out.push(c);
            continue;
        }
        if in_url {
            if c == ')' {
                in_url = false;
            }
            continue;
        }
        match c {
            '*' | '~' => toggle(&mut open, if c == '*' { "*" } else { "~" }),
            '_' => {
                if chars.peek().is_some_and(|&(_, n)| n == '_') {
                    chars.next();
                    toggle(&mut open, "__");
                } else {
                    toggle(&mut open, "_");
                }
            }
            '|' if chars.peek().is_some_and(|&(_, n)| n == '|') => {
                chars.next();
                toggle(&mut open, "||");
            }
            '[' => link_depth += 1,
            ']' if link_depth > 0 => {
                link_depth -= 1;
                if chars.peek().is_some_and(|&(_, n)| n == '(') {
                    chars.next();
                    in_url = true;
                }
            }
            '>' if line_start => {}
            ']' | '(' | ')' | '>' | '#' | '+' | '-' | '=' | '|' | '{' | '}' | '.' | '!' => {
                return err(format!(
                    "Character '{c}' is reserved and must be escaped with the preceding '\\' (byte offset {offset})"
                ))
            }
            _ => out.push(c),
        }
    }
    if let Some(marker) = open.pop() {
        return err(format!(
            "Can't find end of the entity starting with \"{marker}\""
        ));
    }
    if in_code || link_depth > 0 || in_url {
        return err("Can't find end of the entity".into());
    }
    Ok(out)
}

fn toggle(open: &mut Vec<&'static str>, marker: &'static str) {
    if open.last() == Some(&marker) {
        open.pop();
    } else {
        open.push(marker);
    }
}
