//! The question log: what was asked, and whether the articles could answer it.
//!
//! Every question's outcome (answered, declined, small talk…), its best score, the kind of
//! chat, the time and the question's text go to an embedded SQLite database, so that an
//! operator can see which questions the articles miss ([`report`], `verbatim report`,
//! `/stats`). User and chat ids are stored only when `log.store_ids` is set; rows older
//! than `log.retention_days` are deleted at start and daily.
//!
//! Recording must never slow down or stop answering. [`Journal::record`] only puts the entry
//! on a bounded queue (dropping it when the queue is full); one writer thread owns the
//! database and writes in batches. A database that cannot be opened, is locked, full or
//! corrupt is logged (`tracing::warn`) and the entries are counted as lost; the writer tries
//! to open it again a minute later.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, OpenFlags};

use crate::config::LogConfig;
use crate::engine;
use crate::text;

/// Entries waiting for the writer; beyond this they are dropped (and counted as lost).
const QUEUE: usize = 4096;
/// At most this many entries per transaction.
const BATCH: usize = 512;
/// How long a write waits for another process's lock before giving up on that batch.
const BUSY_TIMEOUT: Duration = Duration::from_millis(250);
/// After a failure to open (or a broken database), how long before trying again.
const REOPEN_EVERY: Duration = Duration::from_secs(60);
const PURGE_EVERY: Duration = Duration::from_secs(24 * 3600);
/// A failing database is warned about at most this often (plus whenever it starts failing).
const WARN_EVERY: Duration = Duration::from_secs(60);
/// Two declined questions are grouped when their word sets overlap this much (Jaccard).
pub const SIMILAR: f64 = 0.6;

/// The schema, one step per version: `PRAGMA user_version` says how many were applied.
/// Append only; never edit a step once released.
const MIGRATIONS: &[&str] = &[
    // 1: one row per question.
    "CREATE TABLE questions (
        id         INTEGER PRIMARY KEY,
        at         INTEGER NOT NULL,   -- Unix time, seconds
        outcome    TEXT    NOT NULL,   -- answered, declined, smalltalk, empty, timeout
        score      REAL,               -- the best sentence's score, if any was ranked
        chat_type  TEXT    NOT NULL,   -- private, group, supergroup, channel
        question   TEXT    NOT NULL,
        truncated  INTEGER NOT NULL DEFAULT 0,
        user_id    INTEGER,            -- only with log.store_ids
        chat_id    INTEGER             -- only with log.store_ids
    );
    CREATE INDEX questions_at ON questions (at);
    CREATE INDEX questions_outcome ON questions (outcome, at);",
];

/// Problems reading or creating the question log.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "{}: written by a newer version of verbatim (schema {found}, this one knows {known})",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{}: no question log yet (the bot creates it when it starts)", path.display())]
    Missing { path: PathBuf },
    #[error("the question log is turned off (log.database = \"\")")]
    Off,
}

/// What became of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Answered,
    Declined,
    Smalltalk,
    Empty,
    /// The engine took longer than `bot.reply_timeout_secs`.
    Timeout,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::Declined => "declined",
            Outcome::Smalltalk => "smalltalk",
            Outcome::Empty => "empty",
            Outcome::Timeout => "timeout",
        }
    }
}

impl From<engine::Outcome> for Outcome {
    fn from(o: engine::Outcome) -> Outcome {
        match o {
            engine::Outcome::Answered => Outcome::Answered,
            engine::Outcome::Declined => Outcome::Declined,
            engine::Outcome::Smalltalk => Outcome::Smalltalk,
            engine::Outcome::Empty => Outcome::Empty,
        }
    }
}

/// One question to record.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Unix time in seconds.
    pub at: i64,
    pub outcome: Outcome,
    pub score: Option<f32>,
    /// `private`, `group`, `supergroup` or `channel`.
    pub chat_type: &'static str,
    /// The question as the engine read it.
    pub question: String,
    pub truncated: bool,
    /// Dropped unless `log.store_ids`.
    pub user_id: Option<i64>,
    pub chat_id: Option<i64>,
}

impl Entry {
    /// An entry stamped now, without ids.
    pub fn now(
        outcome: Outcome,
        score: Option<f32>,
        chat_type: &'static str,
        question: &str,
    ) -> Entry {
        Entry {
            at: unix_now(),
            outcome,
            score,
            chat_type,
            question: question.to_string(),
            truncated: false,
            user_id: None,
            chat_id: None,
        }
    }
}

/// How recording is going, for `/stats` and tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    /// Entries written to the database.
    pub recorded: u64,
    /// Entries that could not be written (queue full, database unusable).
    pub lost: u64,
    /// The last problem, while the database is failing; `None` once it works again.
    pub problem: Option<String>,
}

enum Msg {
    Record(Entry),
    Flush(SyncSender<()>),
}

struct Shared {
    tx: Mutex<Option<SyncSender<Msg>>>,
    path: PathBuf,
    store_ids: bool,
    /// Dropped before reaching the writer (queue full).
    dropped: AtomicU64,
    status: Arc<Mutex<Status>>,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
}

/// A handle to the question log; cheap to clone. A disabled journal records nothing.
#[derive(Clone, Default)]
pub struct Journal {
    shared: Option<Arc<Shared>>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.shared {
            Some(s) => write!(f, "Journal({})", s.path.display()),
            None => f.write_str("Journal(off)"),
        }
    }
}

impl Journal {
    /// A journal that records nothing.
    pub fn off() -> Journal {
        Journal::default()
    }

    /// Starts the writer for `config.database` (off when it is `None`). Never fails: a
    /// database that cannot be created is logged and recording is skipped until it can.
    pub fn start(config: &LogConfig) -> Journal {
        let Some(path) = config.database.clone() else {
            return Journal::off();
        };
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        let status = Arc::new(Mutex::new(Status::default()));
        let mut writer = Writer {
            path: path.clone(),
            retention_days: config.retention_days,
            conn: None,
            next_open: Instant::now(),
            next_purge: Instant::now() + PURGE_EVERY,
            status: status.clone(),
            last_warn: None,
        };
        let handle = std::thread::Builder::new()
            .name("verbatim-journal".into())
            .spawn(move || writer.run(rx));
        let handle = match handle {
            Ok(h) => Some(h),
            Err(e) => {
                tracing::warn!("question log: cannot start its writer ({e}); not recording");
                return Journal::off();
            }
        };
        Journal {
            shared: Some(Arc::new(Shared {
                tx: Mutex::new(Some(tx)),
                path,
                store_ids: config.store_ids,
                dropped: AtomicU64::new(0),
                status,
                writer: Mutex::new(handle),
            })),
        }
    }

    pub fn is_on(&self) -> bool {
        self.shared.is_some()
    }

    /// The database file, when recording is on.
    pub fn path(&self) -> Option<&Path> {
        self.shared.as_ref().map(|s| s.path.as_path())
    }

    /// Queues `entry` for the writer; never blocks. Ids are removed unless `log.store_ids`.
    pub fn record(&self, mut entry: Entry) {
        let Some(s) = &self.shared else { return };
        if !s.store_ids {
            entry.user_id = None;
            entry.chat_id = None;
        }
        let tx = s.tx.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let Some(tx) = tx else { return };
        match tx.try_send(Msg::Record(entry)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                let n = s.dropped.fetch_add(1, Ordering::Relaxed);
                if n % 1000 == 0 {
                    tracing::warn!("question log: the writer is behind; dropping entries");
                }
            }
            Err(TrySendError::Disconnected(_)) => {
                s.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    /// Waits (up to `timeout`) until every entry queued so far is written or given up.
    /// Returns false on timeout. Blocking: call it off the async threads.
    pub fn flush(&self, timeout: Duration) -> bool {
        let Some(s) = &self.shared else { return true };
        let tx = s.tx.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let Some(tx) = tx else { return true };
        let (done_tx, done_rx) = mpsc::sync_channel(1);
        let deadline = Instant::now() + timeout;
        // The queue may be full: keep trying until the deadline.
        let mut msg = Msg::Flush(done_tx);
        loop {
            match tx.try_send(msg) {
                Ok(()) => break,
                Err(TrySendError::Full(m)) if Instant::now() < deadline => {
                    msg = m;
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(_) => return false,
            }
        }
        done_rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .is_ok()
    }

    /// Stops the writer after it has written what is queued (waiting up to `timeout`).
    /// Other clones of this journal record nothing afterwards.
    pub fn close(&self, timeout: Duration) {
        let Some(s) = &self.shared else { return };
        self.flush(timeout);
        s.tx.lock().unwrap_or_else(|p| p.into_inner()).take();
        let handle = s.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(h) = handle {
            let deadline = Instant::now() + timeout;
            while !h.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
            if h.is_finished() {
                let _ = h.join();
            }
        }
    }

    /// How recording is going.
    pub fn status(&self) -> Status {
        let Some(s) = &self.shared else {
            return Status::default();
        };
        let mut st = s.status.lock().unwrap_or_else(|p| p.into_inner()).clone();
        st.lost += s.dropped.load(Ordering::Relaxed);
        st
    }
}

/// The writer thread's state.
struct Writer {
    path: PathBuf,
    retention_days: u32,
    conn: Option<Connection>,
    next_open: Instant,
    next_purge: Instant,
    status: Arc<Mutex<Status>>,
    last_warn: Option<Instant>,
}

impl Writer {
    fn run(&mut self, rx: Receiver<Msg>) {
        self.open_if_due();
        loop {
            let wait = self.next_purge.saturating_duration_since(Instant::now());
            let first = match rx.recv_timeout(wait) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => {
                    self.purge_if_due();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
            };
            let mut entries = Vec::new();
            let mut flushes = Vec::new();
            let mut next = Some(first);
            while let Some(m) = next.take() {
                match m {
                    Msg::Record(e) => entries.push(e),
                    Msg::Flush(done) => flushes.push(done),
                }
                if entries.len() < BATCH {
                    next = rx.try_recv().ok();
                }
            }
            if !entries.is_empty() {
                self.write(&entries);
            }
            self.purge_if_due();
            for done in flushes {
                let _ = done.try_send(());
            }
        }
    }

    fn open_if_due(&mut self) {
        if self.conn.is_some() || Instant::now() < self.next_open {
            return;
        }
        match open_for_writing(&self.path, self.retention_days) {
            Ok(conn) => {
                self.conn = Some(conn);
                self.recovered();
            }
            Err(e) => {
                self.next_open = Instant::now() + REOPEN_EVERY;
                self.failed(&e.to_string(), 0);
            }
        }
    }

    fn write(&mut self, entries: &[Entry]) {
        self.open_if_due();
        let Some(conn) = self.conn.as_mut() else {
            self.lost(entries.len());
            return;
        };
        match insert(conn, entries) {
            Ok(()) => {
                self.status
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .recorded += entries.len() as u64;
                self.recovered();
            }
            Err(e) => {
                // Busy or locked: the connection is fine, try again with the next batch.
                // Anything else (corrupt, full, gone read-only): reopen later.
                if !matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                ) {
                    self.conn = None;
                    self.next_open = Instant::now() + REOPEN_EVERY;
                }
                let text = format!("{}: {e}", self.path.display());
                self.failed(&text, entries.len());
            }
        }
    }

    fn purge_if_due(&mut self) {
        if Instant::now() < self.next_purge {
            return;
        }
        self.next_purge = Instant::now() + PURGE_EVERY;
        if let Some(conn) = &self.conn {
            if let Err(e) = purge(conn, self.retention_days, unix_now()) {
                tracing::warn!(
                    "question log {}: deleting old rows failed: {e}",
                    self.path.display()
                );
            }
        }
    }

    fn lost(&mut self, n: usize) {
        self.status.lock().unwrap_or_else(|p| p.into_inner()).lost += n as u64;
    }

    fn failed(&mut self, problem: &str, lost: usize) {
        let now = Instant::now();
        let newly = {
            let mut st = self.status.lock().unwrap_or_else(|p| p.into_inner());
            st.lost += lost as u64;
            let newly = st.problem.is_none();
            st.problem = Some(problem.to_string());
            newly
        };
        if newly || self.last_warn.is_none_or(|t| now - t >= WARN_EVERY) {
            self.last_warn = Some(now);
            let lost = self.status.lock().unwrap_or_else(|p| p.into_inner()).lost;
            tracing::warn!(
                "question log unusable, answering goes on without recording ({lost} lost so far): {problem}"
            );
        }
    }

    fn recovered(&mut self) {
        let mut st = self.status.lock().unwrap_or_else(|p| p.into_inner());
        if st.problem.take().is_some() {
            tracing::info!("question log {}: recording again", self.path.display());
        }
    }
}

/// Opens (creating the file and its folder) and migrates the database, and deletes rows
/// past the retention period.
fn open_for_writing(path: &Path, retention_days: u32) -> Result<Connection, JournalError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| JournalError::Io {
            path: dir.to_owned(),
            source,
        })?;
    }
    let sql = |source| JournalError::Sqlite {
        path: path.to_owned(),
        source,
    };
    let mut conn = Connection::open(path).map_err(sql)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
    migrate(&mut conn, path)?;
    purge(&conn, retention_days, unix_now()).map_err(sql)?;
    Ok(conn)
}

/// The database's schema version (`user_version`), refused when it is newer than this
/// program's migrations (a later version of Verbatim wrote it).
fn schema_version(conn: &Connection, path: &Path) -> Result<i64, JournalError> {
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|source| JournalError::Sqlite {
            path: path.to_owned(),
            source,
        })?;
    let known = MIGRATIONS.len() as i64;
    if found > known {
        return Err(JournalError::TooNew {
            path: path.to_owned(),
            found,
            known,
        });
    }
    Ok(found)
}

/// Applies the migrations this database lacks, each in its own transaction.
fn migrate(conn: &mut Connection, path: &Path) -> Result<(), JournalError> {
    let sql = |source| JournalError::Sqlite {
        path: path.to_owned(),
        source,
    };
    let found = schema_version(conn, path)?;
    for (i, step) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
        let tx = conn.transaction().map_err(sql)?;
        tx.execute_batch(step).map_err(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)
            .map_err(sql)?;
        tx.commit().map_err(sql)?;
    }
    Ok(())
}

fn insert(conn: &mut Connection, entries: &[Entry]) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO questions
             (at, outcome, score, chat_type, question, truncated, user_id, chat_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for e in entries {
            stmt.execute(params![
                e.at,
                e.outcome.as_str(),
                e.score.map(f64::from),
                e.chat_type,
                e.question,
                e.truncated,
                e.user_id,
                e.chat_id,
            ])?;
        }
    }
    tx.commit()
}

/// Deletes rows older than `days` (0 keeps everything).
fn purge(conn: &Connection, days: u32, now: i64) -> rusqlite::Result<usize> {
    if days == 0 {
        return Ok(0);
    }
    conn.execute(
        "DELETE FROM questions WHERE at < ?1",
        params![now - i64::from(days) * 86_400],
    )
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

// ---------------------------------------------------------------------------------------
// Reading: the report
// ---------------------------------------------------------------------------------------

/// What the log says: how many questions were answered, and what was asked that the
/// articles could not answer, similar questions grouped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// The period covered, in days back from now (`None`: everything kept).
    pub days: Option<u32>,
    /// Oldest and newest question in the period (Unix seconds).
    pub first: Option<i64>,
    pub last: Option<i64>,
    pub answered: u64,
    pub declined: u64,
    pub smalltalk: u64,
    pub empty: u64,
    pub timeout: u64,
    /// The most frequent declined questions, most frequent first.
    pub declined_groups: Vec<DeclinedGroup>,
}

/// Declined questions that ask much the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclinedGroup {
    /// How often it was asked, all wordings together.
    pub count: u64,
    /// The most frequent wording.
    pub example: String,
    /// Other wordings (a few).
    pub variants: Vec<String>,
}

impl Report {
    pub fn total(&self) -> u64 {
        self.answered + self.declined + self.smalltalk + self.empty + self.timeout
    }

    /// Answered among the real questions (answered or declined); `None` before any.
    pub fn answer_rate(&self) -> Option<f64> {
        let asked = self.answered + self.declined;
        (asked > 0).then(|| self.answered as f64 / asked as f64)
    }

    /// The report as lines of plain text (the same for the terminal and Telegram).
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        let period = match self.days {
            Some(d) => format!("in the last {d} day(s)"),
            None => "in the log".to_string(),
        };
        let span = match (self.first, self.last) {
            (Some(a), Some(b)) => format!(" ({} to {})", date(a), date(b)),
            _ => String::new(),
        };
        out.push(format!("Questions {period}: {}{span}", self.total()));
        match self.answer_rate() {
            Some(r) => out.push(format!(
                "Answer rate: {:.0}% ({} answered, {} declined)",
                r * 100.0,
                self.answered,
                self.declined
            )),
            None => out.push("Answer rate: no questions yet".into()),
        }
        let other = self.smalltalk + self.empty + self.timeout;
        if other > 0 {
            out.push(format!(
                "Not questions: {} small talk, {} empty; {} timed out",
                self.smalltalk, self.empty, self.timeout
            ));
        }
        if self.declined_groups.is_empty() {
            return out;
        }
        out.push(String::new());
        out.push("Most frequent declined questions (similar ones grouped):".into());
        for (i, g) in self.declined_groups.iter().enumerate() {
            out.push(format!("{:>2}. {}× {}", i + 1, g.count, g.example));
            if !g.variants.is_empty() {
                out.push(format!("    also: {}", g.variants.join(" | ")));
            }
        }
        out
    }

    pub fn text(&self) -> String {
        let mut s = self.lines().join("\n");
        s.push('\n');
        s
    }
}

/// Reads the log at `path`: the questions of the last `days` days (all with `None`), and
/// the `top` most frequent groups of declined questions.
pub fn report(path: &Path, days: Option<u32>, top: usize) -> Result<Report, JournalError> {
    if !path.exists() {
        return Err(JournalError::Missing {
            path: path.to_owned(),
        });
    }
    let sql = |source| JournalError::Sqlite {
        path: path.to_owned(),
        source,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql)?;
    conn.busy_timeout(Duration::from_secs(2)).map_err(sql)?;
    let found = schema_version(&conn, path)?;
    let mut r = Report {
        days,
        ..Report::default()
    };
    if found == 0 {
        // Created but never migrated (the bot could not write to it): nothing recorded.
        return Ok(r);
    }
    let since = days.map_or(i64::MIN, |d| unix_now() - i64::from(d) * 86_400);
    let mut stmt = conn
        .prepare(
            "SELECT outcome, COUNT(*), MIN(at), MAX(at) FROM questions
             WHERE at >= ?1 GROUP BY outcome",
        )
        .map_err(sql)?;
    let rows = stmt
        .query_map(params![since], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, i64>(3)?,
            ))
        })
        .map_err(sql)?;
    for row in rows {
        let (outcome, n, first, last) = row.map_err(sql)?;
        let n = n.max(0) as u64;
        match outcome.as_str() {
            "answered" => r.answered += n,
            "declined" => r.declined += n,
            "smalltalk" => r.smalltalk += n,
            "empty" => r.empty += n,
            _ => r.timeout += n,
        }
        r.first = Some(r.first.map_or(first, |f| f.min(first)));
        r.last = Some(r.last.map_or(last, |l| l.max(last)));
    }
    let mut stmt = conn
        .prepare(
            "SELECT question, COUNT(*) AS n FROM questions
             WHERE outcome = 'declined' AND at >= ?1
             GROUP BY question ORDER BY n DESC, question LIMIT 20000",
        )
        .map_err(sql)?;
    let rows = stmt
        .query_map(params![since], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })
        .map_err(sql)?;
    let mut declined = Vec::new();
    for row in rows {
        let (q, n) = row.map_err(sql)?;
        declined.push((q, n.max(0) as u64));
    }
    r.declined_groups = group_similar(&declined, top);
    Ok(r)
}

/// The words a question is compared by: lowercase, function words left out, inflections
/// stripped (`Who leads the mission?` and `who is leading the mission` give the same set).
pub fn word_set(question: &str) -> BTreeSet<String> {
    let tokens = text::tokenize(question);
    let content: BTreeSet<String> = tokens
        .iter()
        .filter(|t| !text::is_function_word(&t.word))
        .map(|t| text::strip_inflection(&t.word))
        .collect();
    if content.is_empty() {
        // "What is it?": all function words; compare by them rather than not at all.
        tokens.iter().map(|t| t.word.clone()).collect()
    } else {
        content
    }
}

/// |a ∩ b| / |a ∪ b|; 1 for two empty sets.
pub fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// Groups questions (with their counts) whose word sets are similar ([`SIMILAR`]) to a
/// group's first (most frequent) question, and returns the `top` largest groups.
pub fn group_similar(questions: &[(String, u64)], top: usize) -> Vec<DeclinedGroup> {
    // Identical word sets first, so "Cake recipe?" and "cake recipe" are one wording.
    let mut by_set: HashMap<BTreeSet<String>, Vec<(String, u64)>> = HashMap::new();
    let mut order: Vec<BTreeSet<String>> = Vec::new();
    for (q, n) in questions {
        let set = word_set(q);
        let e = by_set.entry(set.clone()).or_default();
        if e.is_empty() {
            order.push(set);
        }
        e.push((q.clone(), *n));
    }
    // (word set, count of all its wordings, wordings most frequent first)
    type Wordings = (BTreeSet<String>, u64, Vec<(String, u64)>);
    let mut sets: Vec<Wordings> = order
        .into_iter()
        .filter_map(|set| {
            let mut wordings = by_set.remove(&set)?;
            wordings.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let n = wordings.iter().map(|w| w.1).sum();
            Some((set, n, wordings))
        })
        .collect();
    sets.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2[0].0.cmp(&b.2[0].0)));

    // Then greedily: each set joins the first group whose leading set it resembles.
    struct Group {
        lead: BTreeSet<String>,
        count: u64,
        wordings: Vec<(String, u64)>,
    }
    let mut groups: Vec<Group> = Vec::new();
    for (set, n, wordings) in sets {
        match groups
            .iter_mut()
            .find(|g| jaccard(&g.lead, &set) >= SIMILAR)
        {
            Some(g) => {
                g.count += n;
                g.wordings.extend(wordings);
            }
            None => groups.push(Group {
                lead: set,
                count: n,
                wordings,
            }),
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.count));
    groups
        .into_iter()
        .take(top)
        .map(|mut g| {
            g.wordings
                .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let mut wordings = g.wordings.into_iter().map(|w| w.0);
            DeclinedGroup {
                count: g.count,
                example: wordings.next().unwrap_or_default(),
                variants: wordings.take(3).collect(),
            }
        })
        .collect()
}

/// `YYYY-MM-DD` (UTC) of a Unix time.
fn date(unix: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A temporary folder, removed when dropped.
    struct Tmp(PathBuf);

    impl Tmp {
        fn new(name: &str) -> Tmp {
            let d = std::env::temp_dir()
                .join(format!("verbatim-journal-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&d);
            std::fs::create_dir_all(&d).unwrap();
            Tmp(d)
        }
    }

    impl Drop for Tmp {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn config(path: PathBuf) -> LogConfig {
        LogConfig {
            database: Some(path),
            retention_days: 30,
            store_ids: false,
        }
    }

    fn entry(outcome: Outcome, q: &str) -> Entry {
        Entry {
            user_id: Some(42),
            chat_id: Some(-42),
            ..Entry::now(outcome, Some(0.5), "private", q)
        }
    }

    const WAIT: Duration = Duration::from_secs(10);

    #[test]
    fn creates_the_database_and_its_folder_and_records() {
        let t = Tmp::new("create");
        let path = t.0.join("sub/dir/log.sqlite");
        let j = Journal::start(&config(path.clone()));
        j.record(entry(Outcome::Answered, "Who leads the mission?"));
        j.record(entry(Outcome::Declined, "What is the cake recipe?"));
        assert!(j.flush(WAIT));
        assert_eq!(
            j.status(),
            Status {
                recorded: 2,
                lost: 0,
                problem: None
            }
        );
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, MIGRATIONS.len() as i64);
        let (n, ids): (i64, Option<i64>) = conn
            .query_row("SELECT COUNT(*), MAX(user_id) FROM questions", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(n, 2);
        assert_eq!(ids, None, "no ids unless store_ids");
        let (outcome, score, chat, q): (String, f64, String, String) = conn
            .query_row(
                "SELECT outcome, score, chat_type, question FROM questions ORDER BY id LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(
            (outcome.as_str(), score, chat.as_str(), q.as_str()),
            ("answered", 0.5, "private", "Who leads the mission?")
        );
        j.close(WAIT);
    }

    #[test]
    fn ids_are_kept_only_when_asked() {
        let t = Tmp::new("ids");
        let path = t.0.join("log.sqlite");
        let mut c = config(path.clone());
        c.store_ids = true;
        let j = Journal::start(&c);
        j.record(entry(Outcome::Answered, "q"));
        assert!(j.flush(WAIT));
        let conn = Connection::open(&path).unwrap();
        let ids: (i64, i64) = conn
            .query_row("SELECT user_id, chat_id FROM questions", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(ids, (42, -42));
    }

    #[test]
    fn reopening_keeps_rows_and_does_not_migrate_twice() {
        let t = Tmp::new("reopen");
        let path = t.0.join("log.sqlite");
        for _ in 0..2 {
            let j = Journal::start(&config(path.clone()));
            j.record(entry(Outcome::Declined, "x"));
            j.close(WAIT);
        }
        let r = report(&path, None, 5).unwrap();
        assert_eq!(r.declined, 2);
    }

    #[test]
    fn old_rows_are_deleted_at_start() {
        let t = Tmp::new("retention");
        let path = t.0.join("log.sqlite");
        let j = Journal::start(&config(path.clone()));
        let mut old = entry(Outcome::Declined, "old question");
        old.at = unix_now() - 31 * 86_400;
        j.record(old);
        j.record(entry(Outcome::Declined, "new question"));
        j.close(WAIT);
        assert_eq!(report(&path, None, 5).unwrap().declined, 2);
        // The next start purges what is past 30 days.
        Journal::start(&config(path.clone())).close(WAIT);
        let r = report(&path, None, 5).unwrap();
        assert_eq!(r.declined, 1);
        assert_eq!(r.declined_groups[0].example, "new question");
    }

    #[test]
    fn a_newer_schema_is_refused_not_overwritten() {
        let t = Tmp::new("newer");
        let path = t.0.join("log.sqlite");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        let j = Journal::start(&config(path.clone()));
        j.record(entry(Outcome::Answered, "q"));
        assert!(j.flush(WAIT));
        let st = j.status();
        assert_eq!((st.recorded, st.lost), (0, 1));
        assert!(st.problem.unwrap().contains("newer version"));
        assert!(matches!(
            report(&path, None, 5),
            Err(JournalError::TooNew { found: 99, .. })
        ));
    }

    #[test]
    fn a_corrupt_file_is_reported_and_recording_is_skipped() {
        let t = Tmp::new("corrupt");
        let path = t.0.join("log.sqlite");
        std::fs::write(
            &path,
            b"this is not an SQLite database, just some text. ".repeat(100),
        )
        .unwrap();
        let j = Journal::start(&config(path.clone()));
        let started = Instant::now();
        for i in 0..100 {
            j.record(entry(Outcome::Declined, &format!("q{i}")));
        }
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "never blocks"
        );
        assert!(j.flush(WAIT));
        let st = j.status();
        assert_eq!((st.recorded, st.lost), (0, 100));
        assert!(st.problem.is_some_and(|p| p.contains("not a database")));
        assert!(report(&path, None, 5).is_err());
        // The file was left as it was.
        assert!(std::fs::read(&path).unwrap().starts_with(b"this is not"));
    }

    #[test]
    fn an_unwritable_path_is_reported_and_recording_is_skipped() {
        let t = Tmp::new("unwritable");
        // A file where the folder should be: neither root nor anyone else can create it.
        std::fs::write(t.0.join("file"), "x").unwrap();
        let j = Journal::start(&config(t.0.join("file/log.sqlite")));
        j.record(entry(Outcome::Answered, "q"));
        assert!(j.flush(WAIT));
        let st = j.status();
        assert_eq!((st.recorded, st.lost), (0, 1));
        assert!(st.problem.is_some());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_read_only_path_is_reported_and_recording_is_skipped() {
        // /proc is a read-only file system here (root cannot create files in it either).
        let j = Journal::start(&config(PathBuf::from("/proc/verbatim-test/log.sqlite")));
        j.record(entry(Outcome::Answered, "q"));
        assert!(j.flush(WAIT));
        let st = j.status();
        assert_eq!((st.recorded, st.lost), (0, 1));
        assert!(st.problem.is_some());
    }

    #[test]
    fn a_locked_database_loses_the_batch_then_recording_goes_on() {
        let t = Tmp::new("locked");
        let path = t.0.join("log.sqlite");
        let j = Journal::start(&config(path.clone()));
        assert!(j.flush(WAIT));
        // Another process holds the write lock longer than the writer waits.
        let mut holder = Connection::open(&path).unwrap();
        let tx = holder
            .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)
            .unwrap();
        j.record(entry(Outcome::Answered, "while locked"));
        assert!(j.flush(WAIT));
        let st = j.status();
        assert_eq!((st.recorded, st.lost), (0, 1), "{st:?}");
        assert!(
            st.problem.as_deref().is_some_and(|p| p.contains("locked")),
            "{st:?}"
        );
        // Recording never waits for the database: a burst returns at once, and what the
        // writer cannot keep up with is dropped and counted.
        let started = Instant::now();
        for i in 0..10_000 {
            j.record(entry(Outcome::Answered, &format!("burst {i}")));
        }
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
        tx.rollback().unwrap();
        assert!(j.flush(WAIT));
        let st = j.status();
        assert_eq!(st.recorded + st.lost, 10_001, "{st:?}");
        // Once the lock is gone, recording goes on with the same connection.
        j.record(entry(Outcome::Answered, "after"));
        assert!(j.flush(WAIT));
        let after = j.status();
        assert_eq!(after.recorded, st.recorded + 1);
        assert_eq!((after.lost, after.problem), (st.lost, None));
    }

    #[test]
    fn an_off_journal_records_nothing_and_never_blocks() {
        let j = Journal::off();
        j.record(entry(Outcome::Answered, "q"));
        assert!(j.flush(WAIT));
        assert_eq!(j.status(), Status::default());
        assert!(!j.is_on());
    }

    #[test]
    fn similar_declined_questions_are_grouped() {
        let qs = vec![
            ("What is the recipe for chocolate cake?".to_string(), 3),
            ("chocolate cake recipe".to_string(), 2),
            ("Recipe for a chocolate cake?".to_string(), 1),
            ("Who won the football match?".to_string(), 4),
            ("Who won the match".to_string(), 1),
            ("Where is Basra?".to_string(), 1),
            ("Where is Mosul?".to_string(), 1),
        ];
        let g = group_similar(&qs, 10);
        assert_eq!(g.len(), 4, "{g:#?}");
        assert_eq!(g[0].count, 6);
        assert_eq!(g[0].example, "What is the recipe for chocolate cake?");
        assert_eq!(
            g[1].count, 5,
            "{{won, football, match}} ~ {{won, match}}: {g:#?}"
        );
        assert_eq!((g[2].count, g[3].count), (1, 1), "Basra is not Mosul");
        assert_eq!(g[0].variants.len(), 2);
        assert_eq!(group_similar(&qs, 1).len(), 1);
    }

    #[test]
    fn word_sets_ignore_case_function_words_and_inflections() {
        assert_eq!(
            word_set("Who leads the mission?"),
            word_set("who is leading THE missions")
        );
        assert!(jaccard(&word_set("a b c"), &word_set("a b c")) >= 1.0);
        assert_eq!(word_set("What is it?").len(), 3);
    }

    #[test]
    fn report_counts_outcomes_and_rate() {
        let t = Tmp::new("report");
        let path = t.0.join("log.sqlite");
        let j = Journal::start(&config(path.clone()));
        for _ in 0..3 {
            j.record(entry(Outcome::Answered, "Who leads the mission?"));
        }
        j.record(entry(Outcome::Declined, "Cake recipe?"));
        j.record(entry(Outcome::Smalltalk, "hello"));
        j.close(WAIT);
        let r = report(&path, Some(30), 10).unwrap();
        assert_eq!(
            (r.answered, r.declined, r.smalltalk, r.total()),
            (3, 1, 1, 5)
        );
        assert_eq!(r.answer_rate(), Some(0.75));
        let text = r.text();
        assert!(
            text.contains("Answer rate: 75% (3 answered, 1 declined)"),
            "{text}"
        );
        assert!(text.contains("1× Cake recipe?"), "{text}");
        assert!(matches!(
            report(&t.0.join("none.sqlite"), None, 5),
            Err(JournalError::Missing { .. })
        ));
    }

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_700_000_000), "2023-11-14");
    }
}
