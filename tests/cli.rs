//! The `verbatim` program as a user runs it: `ask`, `ask --json -`, `check`, `eval` and
//! the console, on the bundled knowledge and on broken folders.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The program with `args`, from the repository root, without a bot token.
fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_verbatim"));
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("TELOXIDE_TOKEN")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn verbatim(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .spawn()
        .expect("verbatim starts");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).expect("stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("verbatim runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn seed_sentences() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge/nato-mission-iraq.txt"),
    )
    .unwrap()
}

/// A scratch folder under the target dir, removed and made anew.
fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn ask_prints_a_verbatim_sentence_and_its_source() {
    let o = verbatim(&["ask", "Who leads the NATO mission in Iraq?"], None);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.contains("The mission is led by Major General Dany Fortin"),
        "{out}"
    );
    assert!(out.contains("From: NATO continues to strengthen"), "{out}");
}

#[test]
fn ask_json_answers_and_declines() {
    let o = verbatim(
        &["ask", "--json", "-"],
        Some("Who leads the mission?\nWhat is the capital of France?\n\nhi\n".as_bytes()),
    );
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 4, "one object per input line, in order");
    assert_eq!(lines[0]["question"], "Who leads the mission?");
    assert_eq!(lines[0]["answered"], true);
    let text = lines[0]["answers"][0]["text"].as_str().unwrap();
    // Verbatim: the answer is a piece of the source file, character for character.
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(collapse(&seed_sentences()).contains(&collapse(text)));
    assert!(lines[0]["answers"][0]["article"]
        .as_str()
        .unwrap()
        .starts_with("NATO continues"));
    assert_eq!(lines[1]["answered"], false);
    assert_eq!(lines[1]["answers"].as_array().unwrap().len(), 0);
    assert!(lines[1]["suggestions"].as_array().unwrap().len() <= 2);
    assert_eq!(lines[2]["outcome"], "empty");
    assert_eq!(lines[3]["outcome"], "smalltalk");
}

#[test]
fn ask_json_names_the_speaker_of_a_quote() {
    let o = verbatim(
        &[
            "ask",
            "--json",
            "What did Kotorova say about the foundations?",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["answered"], true, "{v}");
    assert_eq!(v["answers"][0]["speaker"], "Jana Kotorova", "{v}");
}

#[test]
fn bad_questions_get_a_reply_not_a_panic() {
    let huge = "where ".repeat(20_000);
    let inputs = [
        "",
        "   \t ",
        "🙂🙂🙂",
        "\u{0}\u{7}\u{1b}[31m",
        "\u{200B}\u{200F}\u{202E}who leads",
        "<b>who</b> leads the <script>mission</script>?",
        "مَن يقود المهمة؟",
        huge.as_str(),
    ];
    let input = inputs.join("\n");
    let o = verbatim(&["ask", "--json", "-"], Some(input.as_bytes()));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), inputs.len());
    assert_eq!(lines[7]["truncated"], true);
    assert!(lines[7]["question"].as_str().unwrap().chars().count() <= 500);
    // Control characters never come back.
    assert!(!lines[3]["question"]
        .as_str()
        .unwrap()
        .chars()
        .any(|c| c.is_control()));
}

#[test]
fn invalid_utf8_on_stdin_is_answered_too() {
    let o = verbatim(
        &["ask", "--json", "-"],
        Some(b"who leads\n\xff\xfe\nwho leads\n"),
    );
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().count(), 3);
}

#[test]
fn check_reports_the_seed() {
    let o = verbatim(&["check"], None);
    assert!(o.status.success(), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("31 Oct. 2018"), "{out}");
    assert!(out.contains("Jana Kotorova"), "{out}");
    assert!(out.contains("1 article(s)"), "{out}");
}

#[test]
fn check_names_file_and_line_of_a_broken_article_and_keeps_the_rest() {
    let d = scratch("broken-knowledge");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge/nato-mission-iraq.txt"),
        d.join("a-good.txt"),
    )
    .unwrap();
    std::fs::write(
        d.join("b-bad.txt"),
        b"Title\n\nFine line.\nBad \xff byte.\n",
    )
    .unwrap();
    let o = verbatim(&["check", d.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("b-bad.txt:4"), "{out}");
    assert!(
        out.contains("1 article(s)"),
        "the good file still loads: {out}"
    );

    // Asking still works on what loaded, and the problem is on stderr.
    let o = verbatim(
        &[
            "--knowledge",
            d.to_str().unwrap(),
            "ask",
            "Who leads the mission?",
        ],
        None,
    );
    assert!(o.status.success());
    assert!(stdout(&o).contains("Dany Fortin"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("b-bad.txt:4"));
}

#[test]
fn an_empty_or_missing_folder_is_an_error() {
    let d = scratch("empty-knowledge");
    let o = verbatim(&["check", d.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let o = verbatim(&["--knowledge", "/nonexistent/verbatim", "ask", "x"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/verbatim"));
}

#[test]
fn a_config_named_but_missing_is_an_error() {
    let o = verbatim(&["--config", "/nonexistent.toml", "ask", "x"], None);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("/nonexistent.toml"), "{err}");
    // The cause is said once, not once by our message and again by its source.
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
}

#[test]
fn console_answers_until_end_of_input() {
    let o = verbatim(
        &["console"],
        Some("hello\nWho leads the mission?\n".as_bytes()),
    );
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.contains("Ask me a question about the articles"),
        "{out}"
    );
    assert!(out.contains("Dany Fortin"), "{out}");
}

#[test]
fn no_token_means_console() {
    let o = verbatim(&[], Some("Who leads the mission?\n".as_bytes()));
    assert!(o.status.success());
    assert!(stdout(&o).contains("Verbatim console"));
}

#[test]
fn eval_prints_the_table() {
    let o = verbatim(&["eval", "tests/eval/seed.tsv"], None);
    assert!(o.status.success());
    let out = stdout(&o);
    for c in [
        "plain",
        "paraphrase",
        "typo",
        "quote",
        "noise",
        "decline",
        "smalltalk",
        "all",
    ] {
        assert!(out.contains(c), "{out}");
    }
}

#[test]
fn a_large_folder_shows_progress_except_in_json_mode() {
    let d = scratch("many-articles");
    for i in 0..60 {
        std::fs::write(
            d.join(format!("a{i:02}.txt")),
            format!("Article {i}\n\nThe harbour of town {i} reopened on Monday after repairs.\n"),
        )
        .unwrap();
    }
    let dir = d.to_str().unwrap();
    let o = verbatim(
        &["--knowledge", dir, "ask", "When did the harbour reopen?"],
        None,
    );
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("loading articles: 60/60"));
    let o = verbatim(
        &[
            "--knowledge",
            dir,
            "ask",
            "--json",
            "When did the harbour reopen?",
        ],
        None,
    );
    assert!(o.status.success());
    assert!(!String::from_utf8_lossy(&o.stderr).contains("loading"));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["answered"], true, "{v}");
}

#[test]
fn a_reader_that_stops_reading_ends_the_output_quietly() {
    // `verbatim check | head -1`: the pipe's reading end is closed before anything is
    // written. The program stops, without a panic, and says nothing went wrong.
    for args in [&["check"][..], &["ask", "who leads the mission?"]] {
        let mut child = command(args)
            .stdin(Stdio::null())
            .spawn()
            .expect("verbatim starts");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("verbatim runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
    }
}
