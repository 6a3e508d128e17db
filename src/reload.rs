//! Reloading the knowledge folder while the bot answers.
//!
//! A reload reads the whole folder into a new [`Engine`] (reusing the loaded lexicon) and
//! swaps it in at once through a [`Reloadable`] handle: a question is answered entirely by
//! the old engine or entirely by the new one, and replies in progress keep the engine they
//! started with. A folder with any broken file is not loaded: the old engine keeps serving
//! and the problems (file and line) are returned and logged.
//!
//! Three things trigger a reload: the admin command `/reload`, SIGHUP, and
//! `verbatim serve --watch`, which polls the folder's file sizes and modification times
//! ([`watch`]; polling needs no extra crate and works on every file system, including
//! network and container mounts where change notifications are unreliable).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

use crate::article::{self, KnowledgeError};
use crate::engine::Engine;

/// A shared, swappable engine: a reload builds a new engine and swaps it in whole, while
/// replies in progress keep the one they started with.
#[derive(Debug, Clone)]
pub struct Reloadable {
    inner: Arc<RwLock<Arc<Engine>>>,
    /// Held during a reload, so two reloads (say `/reload` and `--watch`) never interleave.
    reloading: Arc<Mutex<()>>,
}

impl Reloadable {
    pub fn new(engine: Arc<Engine>) -> Reloadable {
        Reloadable {
            inner: Arc::new(RwLock::new(engine)),
            reloading: Arc::new(Mutex::new(())),
        }
    }

    /// The engine to answer with now.
    pub fn current(&self) -> Arc<Engine> {
        // A poisoned lock still holds a whole engine (the swap is one assignment).
        self.inner.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Installs `engine`, returning the previous one.
    pub fn swap(&self, engine: Arc<Engine>) -> Arc<Engine> {
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        std::mem::replace(&mut *guard, engine)
    }
}

impl From<Arc<Engine>> for Reloadable {
    fn from(engine: Arc<Engine>) -> Reloadable {
        Reloadable::new(engine)
    }
}

impl From<Engine> for Reloadable {
    fn from(engine: Engine) -> Reloadable {
        Reloadable::new(Arc::new(engine))
    }
}

/// Why a reload left the old engine in place.
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    /// Some files are broken; nothing was swapped.
    #[error("{}", broken_message(problems))]
    Broken { problems: Vec<KnowledgeError> },
    /// The folder cannot be read or holds no article.
    #[error("{0}; still answering from the previous articles")]
    Folder(KnowledgeError),
}

fn broken_message(problems: &[KnowledgeError]) -> String {
    let mut s = format!(
        "{} broken file(s) in the knowledge folder; still answering from the previous articles:",
        problems.len()
    );
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.to_string());
    }
    s
}

/// What a successful reload loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloaded {
    pub articles: usize,
    pub sentences: usize,
    /// The same counts for the engine it replaced.
    pub before: (usize, usize),
}

impl std::fmt::Display for Reloaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "reloaded the knowledge folder: {} article(s), {} sentence(s) (before: {}, {})",
            self.articles, self.sentences, self.before.0, self.before.1
        )
    }
}

/// Reloads one folder into one [`Reloadable`].
#[derive(Debug, Clone)]
pub struct Reloader {
    engine: Reloadable,
    dir: PathBuf,
}

impl Reloader {
    pub fn new(engine: Reloadable, dir: impl Into<PathBuf>) -> Reloader {
        Reloader {
            engine,
            dir: dir.into(),
        }
    }

    pub fn engine(&self) -> &Reloadable {
        &self.engine
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Loads the folder and swaps the new engine in, or leaves the old one and says why.
    /// Logs the outcome either way. Blocking (it reads and indexes every file): from async
    /// code call it in `spawn_blocking`.
    pub fn reload(&self) -> Result<Reloaded, ReloadError> {
        let _one_at_a_time = self
            .engine
            .reloading
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let result = self.load_and_swap();
        match &result {
            Ok(r) => tracing::info!("{}: {r}", self.dir.display()),
            Err(e) => tracing::error!("reload of {} failed: {e}", self.dir.display()),
        }
        result
    }

    fn load_and_swap(&self) -> Result<Reloaded, ReloadError> {
        let current = self.engine.current();
        let report = article::load_dir(&self.dir, current.lang()).map_err(ReloadError::Folder)?;
        if !report.problems.is_empty() {
            return Err(ReloadError::Broken {
                problems: report.problems,
            });
        }
        if report.knowledge.articles.is_empty() {
            return Err(ReloadError::Folder(KnowledgeError::NoArticles {
                dir: self.dir.clone(),
            }));
        }
        let engine = Engine::build(
            report.knowledge,
            current.lang().clone(),
            current.settings().clone(),
        );
        let counts = |e: &Engine| (e.knowledge().articles.len(), e.knowledge().sentences.len());
        let (articles, sentences) = counts(&engine);
        self.engine.swap(Arc::new(engine));
        Ok(Reloaded {
            articles,
            sentences,
            before: counts(&current),
        })
    }
}

/// What the folder's files look like: names, sizes and modification times (hidden files
/// left out). Two equal fingerprints mean nothing worth reloading changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint(Vec<(String, u64, Option<SystemTime>)>);

/// The folder's fingerprint now (empty when it cannot be read).
pub fn fingerprint(dir: &Path) -> Fingerprint {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            if let Ok(meta) = entry.metadata() {
                if meta.is_file() {
                    files.push((name, meta.len(), meta.modified().ok()));
                }
            }
        }
    }
    files.sort();
    Fingerprint(files)
}

/// Polls the folder every `every` and reloads when its files changed and then stayed the
/// same for one more poll (so a file still being written is not read half-way). Runs
/// until dropped or aborted. A failed reload is not retried until the folder changes again.
pub async fn watch(reloader: Arc<Reloader>, every: Duration) {
    let dir = reloader.dir().to_path_buf();
    let read = |dir: PathBuf| async move {
        tokio::task::spawn_blocking(move || fingerprint(&dir))
            .await
            .unwrap_or(Fingerprint(Vec::new()))
    };
    let mut loaded = read(dir.clone()).await;
    let mut last = loaded.clone();
    tracing::info!("watching {} for changes (every {:?})", dir.display(), every);
    loop {
        tokio::time::sleep(every).await;
        let now = read(dir.clone()).await;
        if now != loaded && now == last {
            tracing::info!("{} changed: reloading", dir.display());
            let r = reloader.clone();
            // The outcome is logged by `reload`; a broken folder leaves the old engine.
            let _ = tokio::task::spawn_blocking(move || r.reload()).await;
            loaded = now.clone();
        }
        last = now;
    }
}

/// Reloads on every SIGHUP, until dropped or aborted (on other systems: never returns).
pub async fn on_hangup(reloader: Arc<Reloader>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut hup = match signal(SignalKind::hangup()) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("cannot listen for SIGHUP ({e}); reload with /reload instead");
                return std::future::pending().await;
            }
        };
        while hup.recv().await.is_some() {
            tracing::info!("SIGHUP: reloading {}", reloader.dir().display());
            let r = reloader.clone();
            let _ = tokio::task::spawn_blocking(move || r.reload()).await;
        }
    }
    std::future::pending::<()>().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    struct Tmp(PathBuf);

    impl Tmp {
        fn new(name: &str) -> Tmp {
            let d =
                std::env::temp_dir().join(format!("verbatim-reload-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&d);
            std::fs::create_dir_all(&d).unwrap();
            Tmp(d)
        }
        fn write(&self, name: &str, text: &str) {
            std::fs::write(self.0.join(name), text).unwrap();
        }
    }

    impl Drop for Tmp {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const FERRY: &str = "Ferry strike ends\n\nThe ferry crews of Kessler returned to work on Monday after a two-week strike.\n";
    const BRIDGE: &str =
        "Bridge opens\n\nThe new Kessler bridge opened to traffic on Friday morning.\n";

    fn reloader(t: &Tmp) -> Reloader {
        let (engine, problems) = Engine::load(
            &t.0,
            Arc::new(Lang::plain()),
            crate::config::MatcherConfig::default(),
        )
        .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        Reloader::new(Reloadable::from(engine), t.0.clone())
    }

    fn titles(r: &Reloader) -> Vec<String> {
        r.engine()
            .current()
            .knowledge()
            .articles
            .iter()
            .map(|a| a.title.clone())
            .collect()
    }

    #[test]
    fn reloadable_swaps_the_whole_engine() {
        let r = Reloadable::from(Engine::new(Default::default()));
        let held = r.current();
        let mut k = crate::knowledge::Knowledge::default();
        k.sentences.push(Default::default());
        let old = r.swap(Arc::new(Engine::new(k)));
        assert!(Arc::ptr_eq(&old, &held));
        assert_eq!(r.current().knowledge().sentences.len(), 1);
        assert_eq!(held.knowledge().sentences.len(), 0);
    }

    #[test]
    fn a_reload_swaps_in_the_new_folder_and_keeps_the_lexicon() {
        let t = Tmp::new("ok");
        t.write("ferry.txt", FERRY);
        let r = reloader(&t);
        let lang = r.engine().current().lang().clone();
        t.write("bridge.txt", BRIDGE);
        let done = r.reload().unwrap();
        assert_eq!((done.articles, done.before.0), (2, 1));
        assert_eq!(titles(&r), ["Bridge opens", "Ferry strike ends"]);
        assert!(Arc::ptr_eq(r.engine().current().lang(), &lang));
    }

    #[test]
    fn a_broken_file_keeps_the_old_engine_and_names_file_and_line() {
        let t = Tmp::new("broken");
        t.write("ferry.txt", FERRY);
        let r = reloader(&t);
        let before = r.engine().current();
        t.write("bridge.txt", BRIDGE);
        t.write("bad.md", "+++\ntitle = \"Unclosed\n");
        let e = r.reload().unwrap_err();
        let text = e.to_string();
        assert!(text.contains("bad.md:"), "{text}");
        assert!(
            text.contains("still answering from the previous articles"),
            "{text}"
        );
        assert!(matches!(&e, ReloadError::Broken { problems } if problems.len() == 1));
        assert!(Arc::ptr_eq(&r.engine().current(), &before), "not swapped");
        // An emptied folder is refused too.
        std::fs::remove_file(t.0.join("bad.md")).unwrap();
        std::fs::remove_file(t.0.join("bridge.txt")).unwrap();
        std::fs::remove_file(t.0.join("ferry.txt")).unwrap();
        assert!(matches!(r.reload(), Err(ReloadError::Folder(_))));
        assert!(Arc::ptr_eq(&r.engine().current(), &before));
    }

    #[test]
    fn fingerprints_change_with_names_and_sizes_not_hidden_files() {
        let t = Tmp::new("fingerprint");
        t.write("ferry.txt", FERRY);
        let a = fingerprint(&t.0);
        assert_eq!(a, fingerprint(&t.0));
        t.write(".ferry.txt.swp", "editor junk");
        assert_eq!(a, fingerprint(&t.0));
        t.write("ferry.txt", BRIDGE);
        assert_ne!(a, fingerprint(&t.0));
        assert_eq!(fingerprint(&t.0.join("missing")), Fingerprint(Vec::new()));
    }

    #[tokio::test]
    async fn watch_reloads_after_a_change_settles_and_skips_a_broken_folder() {
        let t = Tmp::new("watch");
        t.write("ferry.txt", FERRY);
        let r = Arc::new(reloader(&t));
        let task = tokio::spawn(watch(r.clone(), Duration::from_millis(50)));
        tokio::time::sleep(Duration::from_millis(120)).await;
        t.write("bridge.txt", BRIDGE);
        let until = |want: usize| {
            let r = r.clone();
            async move {
                for _ in 0..100 {
                    if r.engine().current().knowledge().articles.len() == want {
                        return true;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                false
            }
        };
        assert!(until(2).await, "the new file was loaded");
        let before = r.engine().current();
        t.write("bad.txt", "\u{0}\u{0}");
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert!(
            Arc::ptr_eq(&r.engine().current(), &before),
            "old engine kept"
        );
        std::fs::remove_file(t.0.join("bad.txt")).unwrap();
        std::fs::remove_file(t.0.join("bridge.txt")).unwrap();
        assert!(until(1).await, "fixed folder reloaded");
        task.abort();
    }
}
