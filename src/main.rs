//! The `verbatim` program: the console, one-shot questions, knowledge checks, evaluation
//! and the Telegram bot, all over the same library engine.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use verbatim::bot::{self, BotOptions, Reloadable};
use verbatim::config::Config;
use verbatim::engine::Engine;
use verbatim::journal::{self, Journal};
use verbatim::lang::Lang;
use verbatim::reload::{self, Reloader};
use verbatim::text::Stems;
use verbatim::{article, console, eval};

/// Answers questions about news articles with the articles' own sentences.
///
/// With no command: runs the Telegram bot when a token is set (TELOXIDE_TOKEN, or
/// bot.token_file in the config), else a console chat on the knowledge folder.
#[derive(Debug, Parser)]
#[command(name = "verbatim", version)]
struct Cli {
    /// The knowledge folder (one article per file) [default: from config, `knowledge`]
    #[arg(long, global = true, value_name = "DIR")]
    knowledge: Option<PathBuf>,
    /// The configuration file [default: config/verbatim.toml]
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Chat with the engine in the terminal.
    Console,
    /// Answer one question and exit; `-` reads one question per line from standard input.
    Ask {
        /// Print one JSON object per question.
        #[arg(long)]
        json: bool,
        /// The question (several words are joined), or `-`.
        #[arg(required = true, num_args = 1..)]
        question: Vec<String>,
    },
    /// Load a knowledge folder and report what it holds, or every problem (exit code 1).
    Check {
        /// The folder [default: --knowledge, or the config's]
        dir: Option<PathBuf>,
    },
    /// Run an evaluation set and print top-1, top-3 and decline accuracy per category.
    Eval {
        /// The evaluation file (see tests/eval/README.md).
        file: PathBuf,
        /// Also list every question that went wrong.
        #[arg(long)]
        failures: bool,
        /// Run without the synonym lexicon (to measure what it adds).
        #[arg(long)]
        no_lexicon: bool,
        /// Stem with Snowball instead of stripping inflections (to compare).
        #[arg(long)]
        snowball: bool,
        /// Also print accuracy for a range of decline thresholds.
        #[arg(long)]
        sweep: bool,
        /// Explain the ranking of one question instead (groups, terms, scores).
        #[arg(long, value_name = "QUESTION")]
        explain: Option<String>,
    },
    /// Run the Telegram bot (needs a token).
    Serve {
        /// Another Bot API server (self-hosted, or a test server).
        #[arg(long, value_name = "URL")]
        api_url: Option<String>,
        /// Reload the knowledge folder when its files change (checked every 2 s).
        #[arg(long)]
        watch: bool,
    },
    /// Print the answer rate and the most frequent questions the articles could not
    /// answer (similar ones grouped), from the bot's question log (log.database).
    Report {
        /// Only the questions of the last N days [default: everything kept]
        #[arg(long, value_name = "N")]
        days: Option<u32>,
        /// How many groups of declined questions to list.
        #[arg(long, value_name = "N", default_value_t = 20)]
        top: usize,
    },
}

/// `print!` that returns an error instead of panicking when standard output is gone
/// (`verbatim check | head`): the caller's `?` ends the command.
macro_rules! out {
    ($($t:tt)*) => { write!(std::io::stdout(), $($t)*)? };
}

/// `println!` in the manner of [`out!`].
macro_rules! outln {
    ($($t:tt)*) => { writeln!(std::io::stdout(), $($t)*)? };
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // The reader of our output stopped reading (`| head`): nothing went wrong here.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("verbatim: {}", error_chain(&e));
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes, `: `-separated, leaving out a cause whose text the message
/// before it already ends with: our errors name their cause in their own message
/// (`config/lexicon.tsv: No such file or directory`), which `{:#}` would print twice.
fn error_chain(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !out.ends_with(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
    }
    out
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let config_path = cli
        .config
        .clone()
        .unwrap_or_else(|| PathBuf::from("config/verbatim.toml"));
    // A config named on the command line must exist; the default one may be absent.
    let mut config = Config::load(&config_path, cli.config.is_some())?;
    if let Some(dir) = &cli.knowledge {
        config.knowledge_dir = dir.clone();
    }
    let serving = matches!(cli.command, Some(Command::Serve { .. }))
        || (cli.command.is_none() && config.token()?.is_some());
    init_logging(serving);

    match cli.command {
        Some(Command::Check { dir }) => {
            let dir = dir.unwrap_or(config.knowledge_dir.clone());
            // The lexicon says which words are kinds of person, so the people found are
            // those the bot will know.
            let lang = Lang::load(config.lexicon.as_deref()).context("loading the lexicon")?;
            check(&dir, &lang)
        }
        Some(Command::Eval {
            file,
            failures,
            no_lexicon,
            snowball,
            explain,
            sweep,
        }) => {
            let set = eval::EvalSet::load(&file)?;
            let dir = match (&cli.knowledge, &set.knowledge) {
                (Some(d), _) => d.clone(),
                (None, Some(d)) => d.clone(),
                (None, None) => config.knowledge_dir.clone(),
            };
            let lexicon = if no_lexicon {
                None
            } else {
                config.lexicon.as_deref()
            };
            let stems = if snowball {
                Stems::snowball()
            } else {
                Stems::default()
            };
            let lang = Lang::load_with(lexicon, stems).context("loading the lexicon")?;
            let engine = engine_with(&config, &dir, lang, false)?;
            if let Some(q) = explain {
                out!("{}", engine.explain(&q));
                return Ok(ExitCode::SUCCESS);
            }
            let report = eval::run(&engine, &set)?;
            outln!(
                "{} ({} questions, knowledge {})",
                file.display(),
                set.cases.len(),
                dir.display()
            );
            out!("{}", report.table());
            if sweep {
                out!("{}", report.sweep());
            }
            if failures {
                outln!();
                out!("{}", report.failures());
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Ask { json, question }) => {
            let engine = load_engine(
                &config,
                &config.knowledge_dir,
                config.lexicon.as_deref(),
                json,
            )?;
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            let answer = |q: &str, out: &mut dyn Write| -> std::io::Result<()> {
                let reply = engine.ask(q);
                if json {
                    writeln!(out, "{}", engine.reply_json(&reply))
                } else {
                    writeln!(out, "{}", console::render(&engine, &reply))
                }
            };
            if question.len() == 1 && question[0] == "-" {
                for line in std::io::stdin().lock().lines() {
                    let line = match line {
                        Ok(l) => l,
                        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => String::new(),
                        Err(e) => return Err(e.into()),
                    };
                    answer(&line, &mut out)?;
                }
            } else {
                answer(&question.join(" "), &mut out)?;
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Serve { api_url, watch }) => serve(config, api_url, watch),
        Some(Command::Report { days, top }) => report(&config, days, top),
        Some(Command::Console) => console_mode(&config),
        None if serving => serve(config, None, false),
        None => console_mode(&config),
    }
}

fn console_mode(config: &Config) -> anyhow::Result<ExitCode> {
    let engine = load_engine(
        config,
        &config.knowledge_dir,
        config.lexicon.as_deref(),
        false,
    )?;
    console::run(&engine, std::io::stdin().lock(), std::io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}

/// How often `serve --watch` looks at the knowledge folder.
const WATCH_EVERY: Duration = Duration::from_secs(2);

/// The bot, with the question log, and reloading on `/reload`, SIGHUP and `--watch`.
fn serve(config: Config, api_url: Option<String>, watch: bool) -> anyhow::Result<ExitCode> {
    let token = config.token()?.with_context(|| {
        format!(
            "no bot token: set TELOXIDE_TOKEN, or bot.token_file in {}",
            config.path.display()
        )
    })?;
    let engine = load_engine(
        &config,
        &config.knowledge_dir,
        config.lexicon.as_deref(),
        false,
    )?;
    let engine = Reloadable::new(Arc::new(engine));
    let reloader = Arc::new(Reloader::new(engine.clone(), config.knowledge_dir.clone()));
    let journal = Journal::start(&config.log);
    let mut opts = BotOptions::new(token, config.bot.clone());
    if api_url.is_some() {
        opts.api_url = api_url;
    }
    opts.knowledge_dir = Some(config.knowledge_dir.clone());
    opts.journal = journal.clone();
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    let result = runtime.block_on(async {
        let hangup = tokio::spawn(reload::on_hangup(reloader.clone()));
        let watcher = watch.then(|| tokio::spawn(reload::watch(reloader.clone(), WATCH_EVERY)));
        let result = bot::run(engine, opts, bot::shutdown_signal()).await;
        hangup.abort();
        if let Some(w) = watcher {
            w.abort();
        }
        result
    });
    // An engine job or a reload may still be running on a blocking thread: give it a
    // moment, but never let it keep the process from exiting.
    runtime.shutdown_timeout(Duration::from_secs(2));
    // Write what is still queued before exiting.
    journal.close(Duration::from_secs(5));
    result?;
    Ok(ExitCode::SUCCESS)
}

/// `verbatim report`: what the question log says.
fn report(config: &Config, days: Option<u32>, top: usize) -> anyhow::Result<ExitCode> {
    let path = config
        .log
        .database
        .as_deref()
        .ok_or(journal::JournalError::Off)?;
    let report = journal::report(path, days, top)?;
    out!("{}", report.text());
    Ok(ExitCode::SUCCESS)
}

/// Folders with at least this many files show a progress line while loading.
const PROGRESS_FROM: usize = 50;

/// Loads the lexicon and the knowledge folder. Broken files are reported on standard
/// error and skipped; the rest still answers.
fn load_engine(
    config: &Config,
    dir: &Path,
    lexicon: Option<&Path>,
    quiet: bool,
) -> anyhow::Result<Engine> {
    let lang = Lang::load(lexicon).context("loading the lexicon")?;
    engine_with(config, dir, lang, quiet)
}

fn engine_with(config: &Config, dir: &Path, lang: Lang, quiet: bool) -> anyhow::Result<Engine> {
    // A large folder takes a moment: say how far loading is, on standard error (never in
    // --json mode, whose output is read by programs).
    let progress = |done: usize, all: usize| {
        if !quiet && all >= PROGRESS_FROM && (done % 25 == 0 || done == all) {
            eprint!("\rloading articles: {done}/{all}");
            if done == all {
                eprintln!();
            }
        }
    };
    let (engine, problems) =
        Engine::load_with_progress(dir, Arc::new(lang), config.matcher.clone(), progress)?;
    for p in &problems {
        eprintln!("warning: {p} (file skipped)");
    }
    if !quiet && !problems.is_empty() {
        eprintln!(
            "warning: {} file(s) skipped; `verbatim check {}` lists them",
            problems.len(),
            dir.display()
        );
    }
    Ok(engine)
}

/// `verbatim check`: what a folder holds, or every problem.
fn check(dir: &Path, lang: &Lang) -> anyhow::Result<ExitCode> {
    let report = article::load_dir(dir, lang)?;
    let k = &report.knowledge;
    for a in &k.articles {
        let sentences = k.sentences.iter().filter(|s| s.article == a.id).count();
        let quotes = k
            .sentences
            .iter()
            .filter(|s| s.article == a.id && s.quote)
            .count();
        outln!("{}", a.path.display());
        outln!("  title:     {}", a.title);
        if let Some(d) = a.dates() {
            outln!("  dates:     {d}");
        }
        if let Some(u) = &a.url {
            outln!("  url:       {u}");
        }
        outln!(
            "  {} paragraph(s), {} sentence(s), {} quoted",
            a.paragraphs.len(),
            sentences,
            quotes
        );
        for p in k.people.iter().filter(|p| p.article == a.id) {
            let n = k.quotes_of(p.id).count();
            let role = p.shown_role().map(|r| format!(", {r}")).unwrap_or_default();
            let title = p
                .title
                .as_deref()
                .map(|t| format!("{t} "))
                .unwrap_or_default();
            outln!(
                "  person:    {title}{}{role} ({n} quoted sentence(s))",
                p.name
            );
        }
    }
    for p in &report.problems {
        outln!("error: {p}");
    }
    outln!(
        "{} article(s), {} sentence(s), {} people, {} problem(s)",
        k.articles.len(),
        k.sentences.len(),
        k.people.len(),
        report.problems.len()
    );
    if report.problems.is_empty() && !k.articles.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        if k.articles.is_empty() && report.problems.is_empty() {
            outln!("error: {}: no articles (*.txt, *.md)", dir.display());
        }
        Ok(ExitCode::FAILURE)
    }
}

fn init_logging(serving: bool) {
    let default = if serving { "info" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
