//! Configuration: `config/verbatim.toml` read once at start and turned into a validated
//! [`Config`], so the rest of the program never sees a half-checked value.
//!
//! Every key is optional; a missing file means the defaults (a fresh clone runs with no
//! setup). The bot token is never read from this file, only the *path* of a file that holds
//! it, so that the file can be committed.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// Problems with the configuration file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{path}: {key}: {message}")]
    Invalid {
        path: PathBuf,
        key: &'static str,
        message: String,
    },
}

/// The file as written: every key optional, unknown keys rejected so a typo is noticed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawConfig {
    knowledge: RawKnowledge,
    matcher: RawMatcher,
    bot: RawBot,
    webhook: RawWebhook,
    log: RawLog,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawKnowledge {
    dir: Option<PathBuf>,
    lexicon: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawMatcher {
    min_score: Option<f32>,
    max_answers: Option<usize>,
    max_question_chars: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawBot {
    token_file: Option<PathBuf>,
    api_url: Option<String>,
    admins: Vec<u64>,
    mode: Option<String>,
    questions_per_minute: Option<u32>,
    reply_timeout_secs: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawWebhook {
    listen: Option<String>,
    url: Option<String>,
    path: Option<String>,
    secret_token_file: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawLog {
    database: Option<PathBuf>,
    retention_days: Option<u32>,
    store_ids: Option<bool>,
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the file was read from (or would have been).
    pub path: PathBuf,
    pub knowledge_dir: PathBuf,
    /// The synonym lexicon; `None` runs without paraphrase support (for measuring its effect).
    pub lexicon: Option<PathBuf>,
    pub matcher: MatcherConfig,
    pub bot: BotConfig,
    pub log: LogConfig,
}

/// Knobs of the answer engine.
#[derive(Debug, Clone, PartialEq)]
pub struct MatcherConfig {
    /// Below this score the engine declines.
    pub min_score: f32,
    /// At most this many answers (best first).
    pub max_answers: usize,
    /// Longer questions are cut (and the reply says so).
    pub max_question_chars: usize,
}

impl Default for MatcherConfig {
    fn default() -> Self {
        MatcherConfig {
            min_score: 0.5,
            max_answers: 3,
            max_question_chars: 500,
        }
    }
}

/// How the bot talks to Telegram.
#[derive(Debug, Clone)]
pub struct BotConfig {
    /// A file holding the token; `TELOXIDE_TOKEN` takes precedence.
    pub token_file: Option<PathBuf>,
    /// Another Bot API server (self-hosted, or a test server).
    pub api_url: Option<String>,
    /// User ids allowed to use admin commands.
    pub admins: Vec<u64>,
    pub mode: Mode,
    /// Per-user limit; 0 turns it off.
    pub questions_per_minute: u32,
    pub reply_timeout: Duration,
}

/// Long polling or webhook.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Polling,
    Webhook(WebhookConfig),
}

#[derive(Debug, Clone, PartialEq)]
pub struct WebhookConfig {
    pub listen: SocketAddr,
    /// The public URL Telegram posts to (including the path).
    pub url: String,
    /// The path the local server listens on.
    pub path: String,
    /// A file holding the secret token every request must carry.
    pub secret_token_file: Option<PathBuf>,
}

/// The question log (what the bot could not answer).
#[derive(Debug, Clone)]
pub struct LogConfig {
    pub database: Option<PathBuf>,
    pub retention_days: u32,
    pub store_ids: bool,
}

impl Config {
    /// The defaults, as if the file were empty.
    pub fn default_at(path: &Path) -> Config {
        Self::from_raw(path, RawConfig::default()).expect("defaults are valid")
    }

    /// Reads `path`; a missing file gives the defaults only when `required` is false.
    pub fn load(path: &Path, required: bool) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                return Ok(Self::default_at(path));
            }
            Err(source) => {
                return Err(ConfigError::Io {
                    path: path.to_owned(),
                    source,
                })
            }
        };
        Self::parse(path, &text)
    }

    /// Parses the text of a configuration file.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        Self::from_raw(path, raw)
    }

    fn from_raw(path: &Path, raw: RawConfig) -> Result<Config, ConfigError> {
        let invalid = |key: &'static str, message: String| ConfigError::Invalid {
            path: path.to_owned(),
            key,
            message,
        };
        let defaults = MatcherConfig::default();
        let matcher = MatcherConfig {
            min_score: raw.matcher.min_score.unwrap_or(defaults.min_score),
            max_answers: raw.matcher.max_answers.unwrap_or(defaults.max_answers),
            max_question_chars: raw
                .matcher
                .max_question_chars
                .unwrap_or(defaults.max_question_chars),
        };
        if !(0.0..=1.0).contains(&matcher.min_score) {
            return Err(invalid(
                "matcher.min_score",
                "must be between 0 and 1".into(),
            ));
        }
        if !(1..=10).contains(&matcher.max_answers) {
            return Err(invalid(
                "matcher.max_answers",
                "must be between 1 and 10".into(),
            ));
        }
        if !(10..=100_000).contains(&matcher.max_question_chars) {
            return Err(invalid(
                "matcher.max_question_chars",
                "must be between 10 and 100000".into(),
            ));
        }
        let mode = match raw.bot.mode.as_deref().unwrap_or("polling") {
            "polling" => Mode::Polling,
            "webhook" => {
                let w = raw.webhook;
                let listen = w.listen.as_deref().unwrap_or("0.0.0.0:8443");
                let listen = listen.parse().map_err(|_| {
                    invalid(
                        "webhook.listen",
                        format!("`{listen}` is not an address like 0.0.0.0:8443"),
                    )
                })?;
                let url = w
                    .url
                    .ok_or_else(|| invalid("webhook.url", "required in webhook mode".into()))?;
                if !url.starts_with("https://") && !url.starts_with("http://") {
                    return Err(invalid("webhook.url", "must be an http(s) URL".into()));
                }
                let path = w.path.unwrap_or_else(|| "/telegram".into());
                if !path.starts_with('/') {
                    return Err(invalid("webhook.path", "must start with /".into()));
                }
                Mode::Webhook(WebhookConfig {
                    listen,
                    url,
                    path,
                    secret_token_file: w.secret_token_file,
                })
            }
            other => {
                return Err(invalid(
                    "bot.mode",
                    format!("`{other}`: expected \"polling\" or \"webhook\""),
                ))
            }
        };
        Ok(Config {
            path: path.to_owned(),
            knowledge_dir: raw.knowledge.dir.unwrap_or_else(|| "knowledge".into()),
            lexicon: match raw.knowledge.lexicon {
                Some(p) if p.as_os_str().is_empty() => None,
                Some(p) => Some(p),
                None => Some("config/lexicon.tsv".into()),
            },
            matcher,
            bot: BotConfig {
                token_file: raw.bot.token_file.filter(|p| !p.as_os_str().is_empty()),
                api_url: raw.bot.api_url.filter(|u| !u.is_empty()),
                admins: raw.bot.admins,
                mode,
                questions_per_minute: raw.bot.questions_per_minute.unwrap_or(20),
                reply_timeout: Duration::from_secs(raw.bot.reply_timeout_secs.unwrap_or(30)),
            },
            log: LogConfig {
                database: match raw.log.database {
                    Some(p) if p.as_os_str().is_empty() => None,
                    Some(p) => Some(p),
                    None => Some("data/verbatim.sqlite".into()),
                },
                retention_days: raw.log.retention_days.unwrap_or(30),
                store_ids: raw.log.store_ids.unwrap_or(false),
            },
        })
    }

    /// The bot token: `TELOXIDE_TOKEN`, else the token file. `None` means console mode.
    /// The token is returned, never logged; errors name the file, not its content.
    pub fn token(&self) -> Result<Option<String>, ConfigError> {
        if let Ok(t) = std::env::var("TELOXIDE_TOKEN") {
            let t = t.trim().to_string();
            if !t.is_empty() {
                return Ok(Some(t));
            }
        }
        match &self.bot.token_file {
            None => Ok(None),
            Some(p) => {
                let t = std::fs::read_to_string(p).map_err(|source| ConfigError::Io {
                    path: p.clone(),
                    source,
                })?;
                let t = t.trim().to_string();
                if t.is_empty() {
                    return Err(ConfigError::Invalid {
                        path: self.path.clone(),
                        key: "bot.token_file",
                        message: format!("{} is empty", p.display()),
                    });
                }
                Ok(Some(t))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_gives_defaults() {
        let c = Config::parse(Path::new("x.toml"), "").unwrap();
        assert_eq!(c.knowledge_dir, PathBuf::from("knowledge"));
        assert_eq!(c.matcher, MatcherConfig::default());
        assert_eq!(c.bot.mode, Mode::Polling);
        assert_eq!(c.bot.questions_per_minute, 20);
    }

    #[test]
    fn unknown_key_is_an_error_naming_it() {
        let e = Config::parse(Path::new("x.toml"), "[bot]\ntokn = 1\n").unwrap_err();
        assert!(e.to_string().contains("tokn"), "{e}");
    }

    #[test]
    fn webhook_needs_url_and_valid_listen() {
        let e = Config::parse(Path::new("x.toml"), "[bot]\nmode = \"webhook\"\n").unwrap_err();
        assert!(e.to_string().contains("webhook.url"), "{e}");
        let e = Config::parse(
            Path::new("x.toml"),
            "[bot]\nmode = \"webhook\"\n[webhook]\nurl = \"https://a.b/x\"\nlisten = \"nope\"\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("webhook.listen"), "{e}");
        let c = Config::parse(
            Path::new("x.toml"),
            "[bot]\nmode = \"webhook\"\n[webhook]\nurl = \"https://a.b/x\"\nlisten = \"127.0.0.1:9000\"\npath = \"/x\"\n",
        )
        .unwrap();
        assert!(matches!(c.bot.mode, Mode::Webhook(ref w) if w.path == "/x"));
    }

    #[test]
    fn out_of_range_values_are_rejected() {
        for bad in [
            "[matcher]\nmin_score = 2.0",
            "[matcher]\nmax_answers = 0",
            "[bot]\nmode = \"push\"",
        ] {
            assert!(Config::parse(Path::new("x.toml"), bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn empty_lexicon_path_turns_it_off() {
        let c = Config::parse(Path::new("x.toml"), "[knowledge]\nlexicon = \"\"\n").unwrap();
        assert_eq!(c.lexicon, None);
    }

    #[test]
    fn token_file_is_read_and_trimmed() {
        let dir = std::env::temp_dir().join(format!("verbatim-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("token");
        std::fs::write(&f, "123:abc\n").unwrap();
        let mut c = Config::default_at(Path::new("x.toml"));
        c.bot.token_file = Some(f);
        // TELOXIDE_TOKEN may be set in a developer's shell; only check the file path then.
        if std::env::var("TELOXIDE_TOKEN").is_err() {
            assert_eq!(c.token().unwrap().as_deref(), Some("123:abc"));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
