//! The program as an operator runs it: `verbatim serve` as a child process against the fake
//! Bot API in `tests/support`, reloading its knowledge folder on SIGHUP and with `--watch`
//! while it answers, stopping cleanly on SIGTERM, and `verbatim report` reading the question
//! log it wrote.
#![cfg(unix)]

mod support;

use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::fake_api::FakeApi;

const TOKEN: &str = "123456:SERVE-TEST-t0ken-n0t-in-l0gs";
const FERRY: &str = "Ferry strike ends\n\nThe ferry crews of Kessler returned to work on Monday after a two-week strike.\n";
const BRIDGE: &str =
    "Bridge opens\n\nThe new Kessler bridge opened to traffic on Friday after three years of work.\n";
const Q_BRIDGE: &str = "When did the Kessler bridge open to traffic?";
/// The child is a debug build loading a folder: generous.
const WAIT: Duration = Duration::from_secs(30);

/// A temporary folder with a knowledge folder and a configuration, removed when dropped.
struct Setup {
    root: PathBuf,
}

impl Setup {
    fn new(name: &str) -> Setup {
        let root =
            std::env::temp_dir().join(format!("verbatim-serve-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("knowledge")).expect("temp dir");
        std::fs::write(root.join("knowledge/ferry.txt"), FERRY).expect("article");
        let config = format!(
            "[knowledge]\nlexicon = \"\"\n\n[bot]\nquestions_per_minute = 0\n\n[log]\ndatabase = \"{}\"\n",
            root.join("data/questions.sqlite").display()
        );
        std::fs::write(root.join("verbatim.toml"), config).expect("config");
        Setup { root }
    }

    fn knowledge(&self) -> PathBuf {
        self.root.join("knowledge")
    }

    fn verbatim(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_verbatim"));
        c.arg("--config")
            .arg(self.root.join("verbatim.toml"))
            .arg("--knowledge")
            .arg(self.knowledge());
        c
    }
}

impl Drop for Setup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// `verbatim serve` running as a child; killed if the test ends before it stops.
struct Served {
    child: std::process::Child,
    log: Arc<Mutex<String>>,
}

impl Served {
    fn start(setup: &Setup, fake: &FakeApi, extra: &[&str]) -> Served {
        let mut child = setup
            .verbatim()
            .arg("serve")
            .arg("--api-url")
            .arg(fake.api_url().as_str())
            .args(extra)
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn verbatim serve");
        let log = Arc::new(Mutex::new(String::new()));
        if let Some(stderr) = child.stderr.take() {
            let log = log.clone();
            // Read to the end whatever comes (a stalled reader would fill the pipe and
            // block the child's logging).
            std::thread::spawn(move || {
                let mut reader = std::io::BufReader::new(stderr);
                let mut line = Vec::new();
                while matches!(reader.read_until(b'\n', &mut line), Ok(n) if n > 0) {
                    let mut l = log.lock().unwrap_or_else(|p| p.into_inner());
                    l.push_str(&String::from_utf8_lossy(&line));
                    line.clear();
                }
            });
        }
        Served { child, log }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Waits until the log has `n` lines containing `text`.
    async fn wait_log(&self, text: &str, n: usize) -> bool {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if self.log().matches(text).count() >= n {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("kill");
        assert!(status.success(), "kill -{name}");
    }

    /// SIGTERM, then waits for a clean exit.
    async fn stop(mut self) -> String {
        self.signal("TERM");
        let deadline = Instant::now() + WAIT;
        loop {
            match self.child.try_wait().expect("wait") {
                Some(status) => {
                    // Let the reader thread take the last lines.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    let log = self.log();
                    assert!(status.success(), "exit status {status}: {log}");
                    return log;
                }
                None if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                None => panic!("verbatim serve did not stop on SIGTERM: {}", self.log()),
            }
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Asks in a private chat and returns the reply's plain text.
async fn ask(fake: &FakeApi, served: &Served, user: i64, question: &str) -> String {
    let before = fake.sent_messages().await.len();
    fake.private_text(user, question).await;
    let calls = fake.wait_for("sendMessage", before + 1, WAIT).await;
    assert!(
        calls.len() > before,
        "no reply to {question:?}: {}",
        served.log()
    );
    let sent = fake.sent_messages().await;
    sent.last()
        .map(|m| m.plain_text.clone())
        .unwrap_or_default()
}

async fn started(fake: &FakeApi, served: &Served) {
    let polls = fake.wait_for("getUpdates", 1, WAIT).await;
    assert!(!polls.is_empty(), "the bot never polled: {}", served.log());
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write");
}

#[tokio::test]
async fn sighup_reloads_while_answering_sigterm_stops_and_report_reads_the_log() {
    let setup = Setup::new("sighup");
    let fake = FakeApi::start().await;
    let served = Served::start(&setup, &fake, &[]);
    started(&fake, &served).await;

    let before = ask(&fake, &served, 501, Q_BRIDGE).await;
    assert!(before.contains("don't cover"), "{before}");

    write(&setup.knowledge(), "bridge.txt", BRIDGE);
    served.signal("HUP");
    assert!(
        served.wait_log("reloaded the knowledge folder", 1).await,
        "{}",
        served.log()
    );
    let after = ask(&fake, &served, 501, Q_BRIDGE).await;
    assert!(after.contains("opened to traffic on Friday"), "{after}");

    // A broken file: the log names it, and the bot goes on with what it had.
    write(
        &setup.knowledge(),
        "broken.md",
        "+++\ntitle = \"Unclosed\"\n\nNo end.\n",
    );
    served.signal("HUP");
    assert!(served.wait_log("reload of", 1).await, "{}", served.log());
    assert!(served.log().contains("broken.md:"), "{}", served.log());
    let still = ask(&fake, &served, 502, Q_BRIDGE).await;
    assert!(still.contains("opened to traffic on Friday"), "{still}");

    let log = served.stop().await;
    assert!(!log.contains("n0t-in-l0gs"), "the token was logged");
    assert_eq!(fake.violations().await, vec![], "Bot API contract");

    // What was asked went to the question log, which `verbatim report` reads.
    let out = setup
        .verbatim()
        .arg("report")
        .output()
        .expect("verbatim report");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("Answer rate: 67% (2 answered, 1 declined)"),
        "{text}"
    );
    assert!(text.contains(&format!("1× {Q_BRIDGE}")), "{text}");
}

#[tokio::test]
async fn watch_reloads_when_a_file_changes() {
    let setup = Setup::new("watch");
    let fake = FakeApi::start().await;
    let served = Served::start(&setup, &fake, &["--watch"]);
    started(&fake, &served).await;
    assert!(served.wait_log("watching", 1).await, "{}", served.log());
    write(&setup.knowledge(), "bridge.txt", BRIDGE);
    assert!(
        served.wait_log("reloaded the knowledge folder", 1).await,
        "{}",
        served.log()
    );
    let after = ask(&fake, &served, 601, Q_BRIDGE).await;
    assert!(after.contains("opened to traffic on Friday"), "{after}");
    served.stop().await;
    assert_eq!(fake.violations().await, vec![], "Bot API contract");
}
