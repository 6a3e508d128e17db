//! What an incoming message asks of the bot, decided without touching the network.
//!
//! [`classify`] turns a message (as plain facts: chat kind, text, who it replies to) into a
//! [`Request`], or `None` for group chatter the bot must ignore. The button payloads
//! ([`Callback`]) and the speaker lookup for `/quotes` live here too, as pure functions.

use teloxide::utils::command::{BotCommands, ParseError};

use crate::knowledge::{Knowledge, Person, SentenceId};

/// Ask me about the news articles I know; I answer with their own sentences. Commands:
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// What this bot does.
    Start,
    /// Show this help.
    Help,
    /// Ask a question, e.g. /ask who leads the mission?
    Ask(String),
    /// Quotes by a person (/quotes Kotorova), or who is quoted.
    Quotes(String),
    /// The articles I answer from, with dates and links.
    Sources,
    /// How this bot answers.
    About,
}

/// What a message asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A command other than a question (`/ask` becomes [`Request::Question`]).
    Command(Command),
    /// Text to hand to the engine.
    Question(String),
    /// `/ask` with nothing to ask.
    AskUsage,
    /// A command addressed to this bot that it does not know.
    UnknownCommand,
    /// A private message without text (a sticker, a photo).
    NotText,
    /// An admin command in a private chat. Whether the sender may use it is checked by the
    /// caller: anyone not in `bot.admins` gets the unknown-command answer.
    Admin(AdminCommand),
}

/// Commands for the operator (user ids in `bot.admins`), in private chats only. They are
/// not in the command menu or `/help`, so that nobody else learns of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminCommand {
    /// The answer rate and the most frequent declined questions.
    Stats,
    /// Reload the knowledge folder.
    Reload,
}

impl AdminCommand {
    /// `/stats` or `/reload` (optionally `@username`), arguments ignored.
    fn parse(first_word: &str, username: &str) -> Option<AdminCommand> {
        let name = match first_word.split_once('@') {
            Some((name, bot)) if bot.eq_ignore_ascii_case(username) => name,
            Some(_) => return None,
            None => first_word,
        };
        match name {
            "/stats" => Some(AdminCommand::Stats),
            "/reload" => Some(AdminCommand::Reload),
            _ => None,
        }
    }
}

/// The facts about a message that decide whether and how to answer it.
#[derive(Debug, Clone, Default)]
pub struct Incoming<'a> {
    pub private: bool,
    /// Text or caption.
    pub text: Option<&'a str>,
    /// Sent by a bot (never answered, so two bots cannot talk in a loop).
    pub from_bot: bool,
    /// A reply to one of this bot's messages.
    pub reply_to_me: bool,
    /// The text of the message this one replies to, if any.
    pub reply_text: Option<&'a str>,
}

/// Decides what `msg` asks of the bot named `username` (without `@`).
///
/// Private chats: every text is a question. Groups: `/ask` (bare or `@username`), replies
/// to the bot's messages and messages that mention `@username`; everything else, and
/// commands for other bots, is `None`.
pub fn classify(msg: &Incoming<'_>, username: &str) -> Option<Request> {
    if msg.from_bot {
        return None;
    }
    let Some(text) = msg.text.map(str::trim).filter(|t| !t.is_empty()) else {
        return msg.private.then_some(Request::NotText);
    };
    if text.starts_with('/') {
        return classify_command(msg, text, username);
    }
    if msg.private || msg.reply_to_me {
        return Some(Request::Question(
            strip_mention(text, username).unwrap_or_else(|| text.to_string()),
        ));
    }
    strip_mention(text, username).map(Request::Question)
}

fn classify_command(msg: &Incoming<'_>, text: &str, username: &str) -> Option<Request> {
    let first = text.split_whitespace().next().unwrap_or(text);
    let addressed = match first.split_once('@') {
        Some((_, name)) if !name.eq_ignore_ascii_case(username) => return None,
        Some(_) => true,
        None => false,
    };
    if msg.private {
        if let Some(admin) = AdminCommand::parse(first, username) {
            return Some(Request::Admin(admin));
        }
    }
    let command = match Command::parse(text, username) {
        Ok(c) => c,
        // `/start payload`, `/help me`: the command without its arguments.
        Err(ParseError::TooManyArguments { .. }) => Command::parse(first, username).ok()?,
        Err(ParseError::WrongBotName(_)) => return None,
        Err(_) if msg.private || addressed => return Some(Request::UnknownCommand),
        // A bare unknown command in a group is probably another bot's.
        Err(_) => return None,
    };
    Some(match command {
        Command::Ask(q) if !q.trim().is_empty() => Request::Question(q.trim().to_string()),
        Command::Ask(_) => match msg.reply_text.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => Request::Question(t.to_string()),
            None => Request::AskUsage,
        },
        other => Request::Command(other),
    })
}

/// If `text` mentions `@username` (as a whole word, any case), the text without it.
pub fn strip_mention(text: &str, username: &str) -> Option<String> {
    if username.is_empty() {
        return None;
    }
    let needle = format!("@{}", username.to_lowercase());
    let lower = text.to_lowercase();
    // Lowercasing can change byte lengths outside ASCII; only trust positions when it didn't.
    if lower.len() != text.len() {
        return None;
    }
    let mut found = None;
    let mut from = 0;
    while let Some(i) = lower[from..].find(&needle) {
        let start = from + i;
        let end = start + needle.len();
        let next = lower[end..].chars().next();
        if !next.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            found = Some((start, end));
            break;
        }
        from = end;
    }
    let (start, end) = found?;
    let after = text[end..].trim_start_matches([',', ':', ';']);
    let rest = format!("{} {}", &text[..start], after);
    let rest = rest
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_start_matches([',', ':'])
        .trim()
        .to_string();
    Some(rest)
}

// ---------------------------------------------------------------------------------------
// Buttons
// ---------------------------------------------------------------------------------------

/// The payload of an inline button. It carries sentence ids and a short hash of their
/// text, never the text itself (Telegram allows 64 bytes), and it must still mean the
/// same after a restart: the hash tells when the knowledge folder changed underneath.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    /// Show the paragraph around a sentence.
    Context { sentence: SentenceId, hash: u32 },
    /// Show the next candidate answers.
    More {
        sentences: Vec<SentenceId>,
        hash: u32,
    },
}

/// Telegram's limit on callback data.
pub const MAX_CALLBACK_DATA: usize = 64;

/// Why a button could not be served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// The ids are gone or point at other text: the articles changed since the answer.
    Changed,
}

impl Callback {
    pub fn context(k: &Knowledge, sentence: SentenceId) -> Option<Callback> {
        Some(Callback::Context {
            sentence,
            hash: texts_hash(k, &[sentence])?,
        })
    }

    /// "More answers" for `sentences`, keeping as many as fit in the 64 bytes.
    pub fn more(k: &Knowledge, sentences: &[SentenceId]) -> Option<Callback> {
        let mut kept: Vec<SentenceId> = Vec::new();
        for &id in sentences {
            kept.push(id);
            let c = Callback::More {
                sentences: kept.clone(),
                hash: texts_hash(k, &kept)?,
            };
            if c.encode().len() > MAX_CALLBACK_DATA {
                kept.pop();
                break;
            }
        }
        if kept.is_empty() {
            return None;
        }
        Some(Callback::More {
            hash: texts_hash(k, &kept)?,
            sentences: kept,
        })
    }

    /// `ctx:<id>:<hash>` or `more:<id>.<id>:<hash>`.
    pub fn encode(&self) -> String {
        match self {
            Callback::Context { sentence, hash } => format!("ctx:{sentence}:{hash:08x}"),
            Callback::More { sentences, hash } => {
                let ids: Vec<String> = sentences.iter().map(u32::to_string).collect();
                format!("more:{}:{hash:08x}", ids.join("."))
            }
        }
    }

    /// Reads a payload; `None` for anything this bot did not write.
    pub fn parse(data: &str) -> Option<Callback> {
        let mut parts = data.split(':');
        let kind = parts.next()?;
        let ids = parts.next()?;
        let hash = u32::from_str_radix(parts.next()?, 16).ok()?;
        if parts.next().is_some() {
            return None;
        }
        match kind {
            "ctx" => Some(Callback::Context {
                sentence: ids.parse().ok()?,
                hash,
            }),
            "more" => {
                let sentences = ids
                    .split('.')
                    .map(|s| s.parse().ok())
                    .collect::<Option<Vec<SentenceId>>>()?;
                if sentences.is_empty() {
                    return None;
                }
                Some(Callback::More { sentences, hash })
            }
            _ => None,
        }
    }

    /// The sentence ids, once checked against the loaded knowledge.
    pub fn resolve(&self, k: &Knowledge) -> Result<Vec<SentenceId>, Stale> {
        let (ids, hash) = match self {
            Callback::Context { sentence, hash } => (vec![*sentence], *hash),
            Callback::More { sentences, hash } => (sentences.clone(), *hash),
        };
        match texts_hash(k, &ids) {
            Some(h) if h == hash => Ok(ids),
            _ => Err(Stale::Changed),
        }
    }
}

/// FNV-1a over the sentences' texts: stable across runs and Rust versions (unlike
/// `DefaultHasher`), which is what a payload stored in a chat needs.
fn texts_hash(k: &Knowledge, ids: &[SentenceId]) -> Option<u32> {
    let mut h: u32 = 0x811c_9dc5;
    for (i, &id) in ids.iter().enumerate() {
        let s = k.sentences.get(id as usize)?;
        if i > 0 {
            h = (h ^ 0x1f).wrapping_mul(0x0100_0193);
        }
        for b in s.text.bytes() {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    Some(h)
}

// ---------------------------------------------------------------------------------------
// /quotes
// ---------------------------------------------------------------------------------------

/// Lowercase words of letters and digits: `Ms. Jana  Kotorova` → `ms jana kotorova`.
fn normalize(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How well `query` names `p`, in 0..=1.
fn name_score(p: &Person, query: &str) -> f64 {
    let q = normalize(query);
    if q.is_empty() {
        return 0.0;
    }
    let mut best = 0.0f64;
    for v in p.variants.iter().chain(std::iter::once(&p.name)) {
        let v = normalize(v);
        if v == q {
            return 1.0;
        }
        best = best.max(strsim::jaro_winkler(&q, &v));
    }
    // Words of the name and title only (`jana`, `general fortin`): strong but not exact.
    let name = normalize(&p.name);
    let title = normalize(p.title.as_deref().unwrap_or(""));
    let known = |w: &str| name.split(' ').chain(title.split(' ')).any(|x| x == w);
    if q.split(' ').all(known) && q.split(' ').any(|w| name.split(' ').any(|x| x == w)) {
        best = best.max(0.97);
    }
    best
}

/// The people `query` names (fuzzy on their name variants), best first; several when
/// they tie, e.g. the same person quoted in two articles.
pub fn find_people<'k>(k: &'k Knowledge, query: &str) -> Vec<&'k Person> {
    const MIN: f64 = 0.88;
    let scored: Vec<(f64, &Person)> = k
        .people
        .iter()
        .map(|p| (name_score(p, query), p))
        .filter(|(s, _)| *s >= MIN)
        .collect();
    let best = scored.iter().map(|(s, _)| *s).fold(0.0, f64::max);
    let mut out: Vec<(f64, &Person)> = scored
        .into_iter()
        .filter(|(s, _)| *s >= best - 0.02)
        .collect();
    out.sort_by(|a, b| b.0.total_cmp(&a.0));
    out.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Sentence;

    fn private(text: &str) -> Incoming<'_> {
        Incoming {
            private: true,
            text: Some(text),
            ..Default::default()
        }
    }

    fn group(text: &str) -> Incoming<'_> {
        Incoming {
            text: Some(text),
            ..Default::default()
        }
    }

    const ME: &str = "ThisBot";

    fn q(s: &str) -> Option<Request> {
        Some(Request::Question(s.into()))
    }

    #[test]
    fn private_text_is_a_question_and_commands_parse() {
        assert_eq!(classify(&private("who leads it?"), ME), q("who leads it?"));
        assert_eq!(classify(&private("/ask who?"), ME), q("who?"));
        assert_eq!(
            classify(&private("/start"), ME),
            Some(Request::Command(Command::Start))
        );
        assert_eq!(
            classify(&private("/start deep-link"), ME),
            Some(Request::Command(Command::Start))
        );
        assert_eq!(
            classify(&private("/quotes Kotorova"), ME),
            Some(Request::Command(Command::Quotes("Kotorova".into())))
        );
        assert_eq!(
            classify(&private("/quotes"), ME),
            Some(Request::Command(Command::Quotes(String::new())))
        );
        assert_eq!(
            classify(&private("/frobnicate"), ME),
            Some(Request::UnknownCommand)
        );
        assert_eq!(classify(&private("/ask"), ME), Some(Request::AskUsage));
        let sticker = Incoming {
            private: true,
            ..Default::default()
        };
        assert_eq!(classify(&sticker, ME), Some(Request::NotText));
    }

    #[test]
    fn admin_commands_are_recognised_only_in_private_chats() {
        let admin = |cmd| Some(Request::Admin(cmd));
        let p = |t: &str| classify(&private(t), ME);
        assert_eq!(p("/stats"), admin(AdminCommand::Stats));
        assert_eq!(p("/reload now"), admin(AdminCommand::Reload));
        assert_eq!(p("/stats@ThisBot"), admin(AdminCommand::Stats));
        assert_eq!(p("/stats@OtherBot"), None);
        assert_eq!(p("/statistics"), Some(Request::UnknownCommand));
        // In groups they are unknown commands, for everyone.
        assert_eq!(classify(&group("/stats"), ME), None);
        assert_eq!(
            classify(&group("/reload@ThisBot"), ME),
            Some(Request::UnknownCommand)
        );
        // Not in the menu or the help.
        let help = Command::descriptions().to_string();
        assert!(
            !help.contains("stats") && !help.contains("reload"),
            "{help}"
        );
    }

    #[test]
    fn groups_answer_only_what_is_addressed_to_the_bot() {
        assert_eq!(classify(&group("/ask@ThisBot who?"), ME), q("who?"));
        assert_eq!(classify(&group("/ask@thisbot who?"), ME), q("who?"));
        assert_eq!(classify(&group("/ask who?"), ME), q("who?"));
        assert_eq!(classify(&group("/ask@OtherBot who?"), ME), None);
        assert_eq!(classify(&group("/help@OtherBot"), ME), None);
        assert_eq!(classify(&group("just chatting"), ME), None);
        assert_eq!(classify(&group("/weather"), ME), None);
        assert_eq!(
            classify(&group("/weather@ThisBot"), ME),
            Some(Request::UnknownCommand)
        );
        assert_eq!(classify(&group("@ThisBot who leads?"), ME), q("who leads?"));
        assert_eq!(
            classify(&group("hey @thisbot, who leads?"), ME),
            q("hey who leads?")
        );
        assert_eq!(classify(&group("@ThisBotFan is here"), ME), None);
        let reply = Incoming {
            text: Some("and when?"),
            reply_to_me: true,
            ..Default::default()
        };
        assert_eq!(classify(&reply, ME), q("and when?"));
        let from_bot = Incoming {
            from_bot: true,
            ..private("hi")
        };
        assert_eq!(classify(&from_bot, ME), None);
        assert_eq!(classify(&Incoming::default(), ME), None);
    }

    #[test]
    fn bare_ask_answers_the_replied_message_or_explains() {
        let m = Incoming {
            text: Some("/ask@ThisBot"),
            reply_text: Some("  Who leads the mission? "),
            ..Default::default()
        };
        assert_eq!(classify(&m, ME), q("Who leads the mission?"));
        assert_eq!(classify(&group("/ask"), ME), Some(Request::AskUsage));
    }

    fn k() -> Knowledge {
        let s = |id, text: &str| Sentence {
            id,
            text: text.into(),
            ..Default::default()
        };
        Knowledge {
            sentences: vec![s(0, "One."), s(1, "Two."), s(2, "Three.")],
            people: vec![
                Person {
                    id: 0,
                    name: "Jana Kotorova".into(),
                    title: Some("Ms.".into()),
                    variants: vec![
                        "Jana Kotorova".into(),
                        "Kotorova".into(),
                        "Ms. Kotorova".into(),
                    ],
                    ..Default::default()
                },
                Person {
                    id: 1,
                    name: "Dany Fortin".into(),
                    title: Some("Major General".into()),
                    variants: vec!["Dany Fortin".into(), "Fortin".into()],
                    ..Default::default()
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn callbacks_round_trip_fit_and_detect_changed_articles() {
        let k = k();
        let c = Callback::context(&k, 1).unwrap();
        let data = c.encode();
        assert!(data.starts_with("ctx:1:") && data.len() <= MAX_CALLBACK_DATA);
        assert_eq!(Callback::parse(&data), Some(c.clone()));
        assert_eq!(c.resolve(&k), Ok(vec![1]));
        // Same id, other text: detected.
        let mut changed = k.clone();
        changed.sentences[1].text = "Deux.".into();
        assert_eq!(c.resolve(&changed), Err(Stale::Changed));
        // Id gone.
        changed.sentences.truncate(1);
        assert_eq!(c.resolve(&changed), Err(Stale::Changed));

        let m = Callback::more(&k, &[2, 0]).unwrap();
        assert_eq!(Callback::parse(&m.encode()), Some(m.clone()));
        assert_eq!(m.resolve(&k), Ok(vec![2, 0]));
        for bad in [
            "",
            "ctx",
            "ctx:1",
            "ctx:x:00",
            "more::00",
            "ctx:1:zz",
            "ctx:1:0:0",
        ] {
            assert_eq!(Callback::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn more_keeps_only_what_fits_in_64_bytes() {
        let mut k = k();
        k.sentences = (0..20)
            .map(|i| Sentence {
                id: 1_000_000_000 + i,
                text: format!("S{i}."),
                ..Default::default()
            })
            .collect();
        // Ids are positions; pretend huge ids exist by padding the vector is too costly,
        // so check the encoding bound with small ids and many of them instead.
        let ids: Vec<u32> = (0..20).collect();
        let m = Callback::more(&k, &ids).unwrap();
        assert!(m.encode().len() <= MAX_CALLBACK_DATA, "{}", m.encode());
        let Callback::More { sentences, .. } = &m else {
            panic!()
        };
        assert!(sentences.len() >= 10);
    }

    #[test]
    fn people_are_found_by_any_name_variant_fuzzily() {
        let k = k();
        let names = |q: &str| -> Vec<String> {
            find_people(&k, q).iter().map(|p| p.name.clone()).collect()
        };
        assert_eq!(names("Kotorova"), ["Jana Kotorova"]);
        assert_eq!(names("ms. kotorova"), ["Jana Kotorova"]);
        assert_eq!(names("Kotorowa"), ["Jana Kotorova"]);
        assert_eq!(names("jana"), ["Jana Kotorova"]);
        assert_eq!(names("General Fortin"), ["Dany Fortin"]);
        assert!(names("Stoltenberg").is_empty());
        assert!(names("").is_empty());
    }

    #[test]
    fn help_text_comes_from_the_doc_comments() {
        let help = Command::descriptions().to_string();
        assert!(help.contains("/ask — Ask a question"), "{help}");
        assert_eq!(Command::bot_commands().len(), 6);
    }
}
