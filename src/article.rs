//! Reading the knowledge folder: article files → articles, paragraphs and sentences.
//!
//! Any news article dropped into the folder must load with no code change, so the format is
//! what a copied web page looks like: a title line, optional date bullets, then paragraphs
//! separated by blank lines. Markdown (`# Title`, `## Sub-heading`, bullet lists) and an
//! optional TOML front matter between `+++` lines are accepted too.
//!
//! A broken file is reported with its path and line and skipped; the other files still load,
//! because one bad file dropped into the folder must not take the bot down.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::knowledge::{Article, Knowledge, Paragraph, Sentence};
use crate::lang::Lang;
use crate::{quote, segment};

/// Files larger than this are refused: no news article comes close, and the whole file is
/// held in memory several times over while it is indexed.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
/// Lines longer than this are refused: a paragraph is a few kilobytes; such a line is a
/// minified or binary file saved with a `.txt` name.
pub const MAX_LINE_BYTES: usize = 100 * 1024;

/// Why an article or the folder could not be read.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `line` is 1-based; 0 when the problem is with the whole file.
    #[error("{}", Located(path, *line, message))]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}: no article files (*.txt or *.md) in this folder", dir.display())]
    NoArticles { dir: PathBuf },
}

impl KnowledgeError {
    /// The file (or folder) the problem is in.
    pub fn path(&self) -> &Path {
        match self {
            KnowledgeError::Io { path, .. } | KnowledgeError::Parse { path, .. } => path,
            KnowledgeError::NoArticles { dir } => dir,
        }
    }

    /// The 1-based line of the problem, when it has one.
    pub fn line(&self) -> Option<usize> {
        match self {
            KnowledgeError::Parse { line, .. } if *line > 0 => Some(*line),
            _ => None,
        }
    }
}

/// Formats `path:line: message`, or `path: message` for line 0.
struct Located<'a>(&'a Path, usize, &'a str);

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            0 => write!(f, "{}: {}", self.0.display(), self.2),
            line => write!(f, "{}:{}: {}", self.0.display(), line, self.2),
        }
    }
}

/// What [`load_dir`] read: the knowledge of every good file, and the problem of every bad one.
#[derive(Debug, Default)]
pub struct LoadReport {
    pub knowledge: Knowledge,
    pub problems: Vec<KnowledgeError>,
}

/// Loads every `*.txt` and `*.md` file of `dir` (sorted by file name; hidden files and
/// README* skipped; sub-folders are not read). A broken file is reported in `problems` and
/// skipped: the others still load.
///
/// Err when the folder itself cannot be read, or holds no article file at all. A folder
/// whose every file is broken is Ok with empty knowledge: the problems say why.
pub fn load_dir(dir: &Path, lang: &Lang) -> Result<LoadReport, KnowledgeError> {
    load_dir_with_progress(dir, lang, |_, _| {})
}

/// Folders with at least this many files are parsed on several threads. Parsing is most of
/// the cost of loading an archive of hundreds of articles, and each file parses on its own;
/// for a handful of files starting threads costs more than it saves.
const PARALLEL_MIN_FILES: usize = 16;
/// At most this many loading threads: reading is cheap, and the bot shares the machine.
const MAX_THREADS: usize = 8;

/// [`load_dir`], calling `progress(done, total)` after each file is parsed, so a caller can
/// show a progress line while hundreds of articles load. It is called from the loading
/// threads, once per file, with `done` counting up to `total`. The result does not depend
/// on the number of threads: files are merged in file-name order.
pub fn load_dir_with_progress(
    dir: &Path,
    lang: &Lang,
    progress: impl Fn(usize, usize) + Sync,
) -> Result<LoadReport, KnowledgeError> {
    let io = |source| KnowledgeError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_article_name(&name) {
            continue;
        }
        let path = entry.path();
        // `fs::metadata` follows symlinks, so a linked article loads like any other.
        if fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            files.push((name, path));
        }
    }
    if files.is_empty() {
        return Err(KnowledgeError::NoArticles {
            dir: dir.to_path_buf(),
        });
    }
    files.sort();
    let paths: Vec<PathBuf> = files.into_iter().map(|(_, path)| path).collect();
    let mut report = LoadReport::default();
    for parsed in parse_files(&paths, lang, &progress) {
        match parsed {
            Ok(part) => merge(&mut report.knowledge, part),
            Err(e) => report.problems.push(e),
        }
    }
    Ok(report)
}

/// Parses `paths`, on several threads for a large folder; the results are in `paths` order.
fn parse_files(
    paths: &[PathBuf],
    lang: &Lang,
    progress: &(impl Fn(usize, usize) + Sync),
) -> Vec<Result<Knowledge, KnowledgeError>> {
    let total = paths.len();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_THREADS);
    if total < PARALLEL_MIN_FILES || threads < 2 {
        return paths
            .iter()
            .enumerate()
            .map(|(i, path)| {
                let parsed = parse_file(path, lang);
                progress(i + 1, total);
                parsed
            })
            .collect();
    }
    // Each thread takes the next unparsed file, so one long file does not hold up a
    // fixed share of the others.
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let mut slots: Vec<Option<Result<Knowledge, KnowledgeError>>> =
        std::iter::repeat_with(|| None).take(total).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = paths.get(i) else { break };
                        out.push((i, parse_file(path, lang)));
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                    }
                    out
                })
            })
            .collect();
        for worker in workers {
            // A panic while parsing is a bug, not bad input: pass it on as it would be
            // without threads.
            let parsed = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, result) in parsed {
                slots[i] = Some(result);
            }
        }
    });
    // Every index below `total` was taken by exactly one thread, so every slot is filled.
    slots.into_iter().flatten().collect()
}

/// True for a file name `load_dir` reads: `*.txt` or `*.md`, not hidden, not a README.
fn is_article_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    !name.starts_with('.')
        && !lower.starts_with("readme")
        && (lower.ends_with(".txt") || lower.ends_with(".md"))
}

/// Reads and parses one article file (size and UTF-8 checked here, the rest by
/// [`parse_article`]).
pub fn parse_file(path: &Path, lang: &Lang) -> Result<Knowledge, KnowledgeError> {
    let io = |source| KnowledgeError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(path, size));
    }
    let bytes = fs::read(path).map_err(io)?;
    let text = decode(path, &bytes)?;
    parse_article(path, text, lang)
}

fn too_large(path: &Path, size: u64) -> KnowledgeError {
    parse_error(
        path,
        0,
        format!(
            "file is {:.1} MB, more than the {} MB an article may have; is it really a news article?",
            size as f64 / (1024.0 * 1024.0),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    )
}

fn parse_error(path: &Path, line: usize, message: impl Into<String>) -> KnowledgeError {
    KnowledgeError::Parse {
        path: path.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// The file's text, or an error at the line of the first byte that is not UTF-8.
fn decode<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, KnowledgeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(parse_error(path, 1, "file is UTF-16; save it as UTF-8"));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
        let bad = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
        parse_error(
            path,
            line,
            format!("invalid UTF-8 (byte 0x{bad:02X} at column {column}); save the file as UTF-8"),
        )
    })
}

/// Parses one article's text into a Knowledge holding just that article (ids from 0);
/// [`load_dir`] merges these, renumbering ids.
pub fn parse_article(path: &Path, text: &str, lang: &Lang) -> Result<Knowledge, KnowledgeError> {
    let err = |line: usize, message: String| parse_error(path, line, message);
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path, text.len() as u64));
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let lines = check_lines(path, text)?;
    if lines.iter().all(|l| l.text.is_empty()) {
        return Err(err(1, "file is empty".into()));
    }

    let mut article = Article {
        path: path.to_path_buf(),
        ..Article::default()
    };
    let (front, mut rest) = front_matter(path, &lines)?;
    let mut title_line = front.as_ref().map_or(1, |f| f.line);
    if let Some(f) = front {
        article.title = f.title.unwrap_or_default();
        article.url = f.url;
        article.published = f.published;
        article.updated = f.updated;
    }

    // The title line: the first non-empty line, unless the front matter gave the title
    // (then a body line repeating it is dropped).
    rest = skip_blank(rest);
    if let Some(first) = rest.first() {
        let heading = markdown_heading(first.text).unwrap_or(first.text);
        if article.title.is_empty() {
            article.title = heading.to_string();
            title_line = first.no;
            rest = &rest[1..];
        } else if heading == article.title {
            title_line = first.no;
            rest = &rest[1..];
        }
    }
    if article.title.is_empty() {
        return Err(err(title_line, "the article has no title".into()));
    }

    rest = read_date_lines(rest, &mut article);
    let blocks = blocks(rest);
    let (paragraphs, mut sentences) = paragraphs(&blocks);
    if sentences.iter().all(|s| s.heading) {
        return Err(err(
            title_line,
            "the article has a title but no sentences (is the body missing?)".into(),
        ));
    }
    article.paragraphs = paragraphs;
    check_verbatim(path, text, &sentences)?;
    let people = quote::attribute(&article, &mut sentences, lang);
    Ok(Knowledge {
        articles: vec![article],
        sentences,
        people,
    })
}

/// Every answer must be the source's own words: checks, once at load, that each sentence
/// occurs in the file in reading order, character for character once runs of white space
/// are folded (a paragraph joins its lines with one space). One forward scan of the file.
fn check_verbatim(path: &Path, text: &str, sentences: &[Sentence]) -> Result<(), KnowledgeError> {
    fn fold(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
    let file = fold(text);
    let mut at = 0;
    for s in sentences {
        let needle = fold(&s.text);
        match file[at..].find(&needle) {
            Some(i) => at += i + needle.len(),
            None => {
                return Err(parse_error(
                    path,
                    s.line,
                    format!(
                        "internal error: sentence `{}` is not the file's text verbatim",
                        s.text.chars().take(60).collect::<String>()
                    ),
                ))
            }
        }
    }
    Ok(())
}

/// One line of the file: its 1-based number and its text, trimmed.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    no: usize,
    text: &'a str,
}

/// Splits the text into trimmed lines, refusing control characters and overlong lines.
fn check_lines<'a>(path: &Path, text: &'a str) -> Result<Vec<Line<'a>>, KnowledgeError> {
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let no = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.len() > MAX_LINE_BYTES {
            return Err(parse_error(
                path,
                no,
                format!(
                    "line is {} KB long, more than the {} KB a line may have",
                    raw.len() / 1024,
                    MAX_LINE_BYTES / 1024
                ),
            ));
        }
        if let Some((col, c)) = raw
            .chars()
            .enumerate()
            .find(|&(_, c)| c.is_control() && c != '\t')
        {
            return Err(parse_error(
                path,
                no,
                format!(
                    "control character U+{:04X} at column {}; is this a text file?",
                    c as u32,
                    col + 1
                ),
            ));
        }
        out.push(Line {
            no,
            text: raw.trim(),
        });
    }
    Ok(out)
}

fn skip_blank<'a, 'b>(mut lines: &'b [Line<'a>]) -> &'b [Line<'a>] {
    while lines.first().is_some_and(|l| l.text.is_empty()) {
        lines = &lines[1..];
    }
    lines
}

/// The fields of a `+++` front matter.
#[derive(Debug, Default)]
struct FrontMatter {
    /// Line of the opening `+++`.
    line: usize,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    updated: Option<String>,
}

/// Reads a TOML front matter between `+++` lines at the top, if there is one, and returns
/// it with the lines after it.
fn front_matter<'a, 'b>(
    path: &Path,
    lines: &'b [Line<'a>],
) -> Result<(Option<FrontMatter>, &'b [Line<'a>]), KnowledgeError> {
    let body = skip_blank(lines);
    let Some(open) = body.first().filter(|l| l.text == "+++") else {
        return Ok((None, lines));
    };
    let Some(close) = body[1..]
        .iter()
        .position(|l| l.text == "+++")
        .map(|p| p + 1)
    else {
        return Err(parse_error(
            path,
            open.no,
            "front matter opened with +++ is never closed (add a +++ line after it)",
        ));
    };
    let inner = &body[1..close];
    // Line texts are trimmed; TOML does not care about indentation.
    let src: String = inner.iter().map(|l| format!("{}\n", l.text)).collect();
    let line_at = |byte: usize| -> usize {
        let n = src[..byte.min(src.len())].matches('\n').count();
        inner.get(n).map_or(open.no + 1 + n, |l| l.no)
    };
    let table: toml::Table = toml::from_str(&src).map_err(|e| {
        let line = e.span().map_or(open.no, |s| line_at(s.start));
        parse_error(path, line, format!("front matter: {}", e.message().trim()))
    })?;
    // The line where `key` is set, for messages.
    let key_line = |key: &str| {
        inner
            .iter()
            .find(|l| {
                let t = l.text.trim_start_matches(['"', '\'']);
                t.starts_with(key)
                    && t[key.len()..]
                        .trim_start_matches(['"', '\''])
                        .trim_start()
                        .starts_with('=')
            })
            .map_or(open.no, |l| l.no)
    };
    let mut front = FrontMatter {
        line: open.no,
        ..FrontMatter::default()
    };
    // Which key gave each field: `date` and `published` are the same field.
    let mut set_by: Vec<(&str, String)> = Vec::new();
    for (key, value) in table {
        // Static site generators name the dates differently (Hugo, Jekyll, Zola and
        // Eleventy write `date`, Hugo `lastmod`): an article copied from one keeps its
        // front matter. Other keys stay errors, so a misspelt `titel` is caught.
        let (field, slot) = match key.as_str() {
            "title" => ("title", &mut front.title),
            "url" => ("url", &mut front.url),
            "published" | "date" => ("published", &mut front.published),
            "updated" | "lastmod" => ("updated", &mut front.updated),
            _ => {
                return Err(parse_error(
                    path,
                    key_line(&key),
                    format!(
                        "front matter: unknown key `{key}` (known: title, url, published or \
                         date, updated or lastmod)"
                    ),
                ))
            }
        };
        if let Some((_, first)) = set_by.iter().find(|(f, _)| *f == field) {
            // Keys come in sorted order: point at whichever of the two is written later.
            return Err(parse_error(
                path,
                key_line(&key).max(key_line(first)),
                format!("front matter: `{first}` and `{key}` both give the {field} date; keep one"),
            ));
        }
        set_by.push((field, key.clone()));
        let text = match value {
            toml::Value::String(s) => s.trim().to_string(),
            // `published = 2018-10-31` is a TOML date: keep it as written.
            toml::Value::Datetime(d) => d.to_string(),
            other => {
                return Err(parse_error(
                    path,
                    key_line(&key),
                    format!(
                        "front matter: `{key}` must be a string, not a {}",
                        other.type_str()
                    ),
                ))
            }
        };
        if !text.is_empty() {
            *slot = Some(text);
        }
    }
    Ok((Some(front), &body[close + 1..]))
}

/// The text of a Markdown ATX heading (`## Text ##` → `Text`), or None.
fn markdown_heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    (!text.is_empty()).then_some(text)
}

/// A line of only `-`, `*`, `_` or `=` (three or more): a rule or a Setext underline.
fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && ['-', '*', '_', '=']
            .iter()
            .any(|&m| compact.chars().all(|c| c == m))
}

/// The bullet marker of a list line and the text after it. `•` always marks a bullet;
/// `-`, `*`, `+` and `1.` only where a list can start (`list_context`), because a wrapped
/// line of prose may begin with a dash or a number.
fn bullet(line: &str, list_context: bool) -> Option<&str> {
    if let Some(rest) = line.strip_prefix('•') {
        return Some(rest.trim_start());
    }
    if !list_context {
        return None;
    }
    for m in ["- ", "* ", "+ ", "– "] {
        if let Some(rest) = line.strip_prefix(m) {
            return Some(rest.trim_start());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// Reads the date lines under the title (`• 31 Oct. 2018 -`, `• |`,
/// `• Last updated: 05 Nov. 2018 16:28`, `Published: …`) into the article and returns the
/// lines after them. Front matter values win over these.
fn read_date_lines<'a, 'b>(mut lines: &'b [Line<'a>], article: &mut Article) -> &'b [Line<'a>] {
    let mut published = None;
    let mut updated = None;
    loop {
        lines = skip_blank(lines);
        let Some(first) = lines.first() else { break };
        let marked = bullet(first.text, true);
        let content = marked
            .unwrap_or(first.text)
            .trim_end_matches(|c: char| matches!(c, '-' | '–' | '—' | '|') || c.is_whitespace())
            .trim_start_matches(|c: char| matches!(c, '|') || c.is_whitespace());
        if content.is_empty() {
            // A bare separator bullet (`• |`).
            if marked.is_none() && !first.text.chars().all(|c| matches!(c, '|' | '-')) {
                break;
            }
        } else if let Some(value) = labelled(content, &["last updated", "updated"]) {
            updated.get_or_insert(value.to_string());
        } else if let Some(value) = labelled(content, &["published", "posted", "date"]) {
            published.get_or_insert(value.to_string());
        } else if looks_like_date(content)
            // A long section name beside the date (`Thursday 5 February 2026 | Health
            // and social care`) makes the line longer than a date, not less of one.
            || (content.contains('|') && looks_like_date(&without_sections(content)))
        {
            let date = without_sections(content);
            if published.is_none() {
                published = Some(date);
            } else {
                updated.get_or_insert(date);
            }
        } else {
            break;
        }
        lines = &lines[1..];
    }
    if article.published.is_none() {
        article.published = published;
    }
    if article.updated.is_none() {
        article.updated = updated;
    }
    lines
}

/// A date line without the section names set beside it (`5 Mar. 2026 | Environment` →
/// `5 Mar. 2026`): the parts between bars that hold no digit.
fn without_sections(line: &str) -> String {
    let parts: Vec<&str> = line
        .split('|')
        .map(str::trim)
        .filter(|p| p.chars().any(|c| c.is_ascii_digit()))
        .collect();
    parts.join(" | ")
}

/// `Label: value` or `Label on value` for one of `labels` (case-insensitive) → value.
fn labelled<'a>(content: &'a str, labels: &[&str]) -> Option<&'a str> {
    let lower = content.to_lowercase();
    for label in labels {
        if lower.starts_with(label) && content.is_char_boundary(label.len()) {
            let rest = content[label.len()..].trim_start();
            let rest = rest
                .strip_prefix(':')
                .or_else(|| rest.strip_prefix("on "))
                .map(str::trim);
            if let Some(value) = rest.filter(|v| !v.is_empty() && looks_like_date(v)) {
                return Some(value);
            }
        }
    }
    None
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A short line holding a date: a year and a month name, or a numeric date.
fn looks_like_date(s: &str) -> bool {
    if s.chars().count() > 48 {
        return false;
    }
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 8 {
        return false;
    }
    let year = |w: &&str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let month = |w: &&str| {
        let l = w.to_lowercase();
        l.len() >= 3 && MONTHS.iter().any(|m| l.starts_with(m))
    };
    let numeric = s.split_whitespace().any(|w| {
        let parts: Vec<&str> = w.split(['-', '/', '.']).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    });
    numeric || (words.iter().any(year) && words.iter().any(month))
}

/// A run of lines that form one paragraph.
#[derive(Debug)]
struct Block<'a> {
    lines: Vec<Line<'a>>,
    bullet: bool,
    /// A Markdown `#` heading.
    heading: bool,
}

/// Groups lines into paragraphs: blank lines and rules separate them, each bullet starts one,
/// a Markdown heading is one.
fn blocks<'a>(lines: &[Line<'a>]) -> Vec<Block<'a>> {
    let mut out: Vec<Block<'a>> = Vec::new();
    let mut open = false;
    for &line in lines {
        if line.text.is_empty() || is_rule(line.text) {
            open = false;
            continue;
        }
        if let Some(text) = markdown_heading(line.text) {
            out.push(Block {
                lines: vec![Line { no: line.no, text }],
                bullet: false,
                heading: true,
            });
            open = false;
            continue;
        }
        let list_context = !open || out.last().is_some_and(|b| b.bullet);
        if let Some(text) = bullet(line.text, list_context) {
            open = !text.is_empty();
            if open {
                out.push(Block {
                    lines: vec![Line { no: line.no, text }],
                    bullet: true,
                    heading: false,
                });
            }
            continue;
        }
        match out.last_mut() {
            Some(block) if open => block.lines.push(line),
            _ => {
                out.push(Block {
                    lines: vec![line],
                    bullet: false,
                    heading: false,
                });
                open = true;
            }
        }
    }
    out
}

/// A sub-heading: a short single line with no final punctuation, starting like a title.
fn looks_like_heading(text: &str) -> bool {
    let starts_well = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let ends_bare = text.chars().last().is_some_and(|c| {
        !matches!(
            c,
            '.' | '?' | '!' | ':' | ';' | ',' | '…' | '"' | '”' | '’' | '\'' | ')' | '»'
        )
    });
    starts_well && ends_bare && text.chars().count() <= 80 && text.split_whitespace().count() <= 12
}

/// Builds the paragraphs and their sentences (article 0, ids from 0).
fn paragraphs(blocks: &[Block]) -> (Vec<Paragraph>, Vec<Sentence>) {
    let mut paragraphs = Vec::new();
    let mut sentences: Vec<Sentence> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let mut text = String::new();
        // (byte offset in `text`, file line) of each joined line.
        let mut starts = Vec::new();
        for line in &block.lines {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push((text.len(), line.no));
            text.push_str(line.text);
        }
        let heading = block.heading
            || (!block.bullet
                && block.lines.len() == 1
                && i + 1 < blocks.len()
                && looks_like_heading(&text));
        let ranges = if heading {
            vec![(0, text.len())]
        } else {
            segment::split(&text)
        };
        // Binary search: a paragraph may have thousands of lines.
        let line_of = |byte: usize| {
            let k = starts.partition_point(|&(at, _)| at <= byte);
            starts.get(k.saturating_sub(1)).map_or(0, |&(_, no)| no)
        };
        let index = paragraphs.len() as u32;
        let first = sentences.len() as u32;
        for (start, end) in ranges {
            sentences.push(Sentence {
                id: sentences.len() as u32,
                article: 0,
                paragraph: index,
                text: text[start..end].to_string(),
                start,
                end,
                line: line_of(start),
                heading,
                ..Sentence::default()
            });
        }
        paragraphs.push(Paragraph {
            line: starts.first().map_or(0, |&(_, no)| no),
            heading,
            first_sentence: first,
            sentence_count: sentences.len() as u32 - first,
            text,
        });
    }
    (paragraphs, sentences)
}

/// Appends `part` (ids from 0) to `into`, renumbering its article, sentence and person ids.
pub fn merge(into: &mut Knowledge, part: Knowledge) {
    let articles = into.articles.len() as u32;
    let sentences = into.sentences.len() as u32;
    let people = into.people.len() as u32;
    for mut a in part.articles {
        a.id += articles;
        for p in &mut a.paragraphs {
            p.first_sentence += sentences;
        }
        into.articles.push(a);
    }
    for mut s in part.sentences {
        s.id += sentences;
        s.article += articles;
        s.speaker = s.speaker.map(|p| p + people);
        into.sentences.push(s);
    }
    for mut p in part.people {
        p.id += people;
        p.article += articles;
        into.people.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Knowledge {
        let report =
            load_dir(Path::new("knowledge"), &Lang::plain()).expect("the knowledge folder loads");
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        report.knowledge
    }

    fn fixtures() -> LoadReport {
        load_dir(Path::new("tests/fixtures/knowledge"), &Lang::plain())
            .expect("the fixture folder loads")
    }

    fn parse(text: &str) -> Result<Knowledge, KnowledgeError> {
        parse_article(Path::new("t.md"), text, &Lang::plain())
    }

    fn texts(k: &Knowledge) -> Vec<&str> {
        k.sentences.iter().map(|s| s.text.as_str()).collect()
    }

    /// Every sentence is a verbatim slice of its paragraph, ids and ranges hang together.
    fn check_invariants(k: &Knowledge) {
        for (i, s) in k.sentences.iter().enumerate() {
            assert_eq!(s.id as usize, i);
            let a = k.article(s.article);
            let p = &a.paragraphs[s.paragraph as usize];
            assert_eq!(p.text.get(s.start..s.end), Some(s.text.as_str()));
            assert_eq!(s.text, s.text.trim());
            assert!(!s.text.is_empty());
            assert!(s.line >= p.line);
            assert_eq!(s.heading, p.heading);
            let range = p.first_sentence..p.first_sentence + p.sentence_count;
            assert!(range.contains(&s.id));
            if let Some(sp) = s.speaker {
                assert_eq!(k.person(sp).article, s.article);
            }
        }
        for (i, a) in k.articles.iter().enumerate() {
            assert_eq!(a.id as usize, i);
        }
        for (i, p) in k.people.iter().enumerate() {
            assert_eq!(p.id as usize, i);
            assert!(p.variants.contains(&p.name));
        }
    }

    #[test]
    fn seed_article_metadata() {
        let k = seed();
        assert_eq!(k.articles.len(), 1);
        let a = &k.articles[0];
        assert_eq!(
            a.title,
            "NATO continues to strengthen Iraqi security structures through new mission in Iraq"
        );
        assert_eq!(a.published.as_deref(), Some("31 Oct. 2018"));
        assert_eq!(a.updated.as_deref(), Some("05 Nov. 2018 16:28"));
        assert_eq!(a.url, None);
        assert_eq!(a.path, Path::new("knowledge/nato-mission-iraq.txt"));
        // Title and date bullets are not paragraphs: three body paragraphs on lines 7, 9, 11.
        let lines: Vec<usize> = a.paragraphs.iter().map(|p| p.line).collect();
        assert_eq!(lines, [7, 9, 11]);
        assert!(a.paragraphs.iter().all(|p| !p.heading));
    }

    #[test]
    fn the_load_time_check_refuses_a_sentence_not_in_the_file() {
        let mut k = parse_article(
            Path::new("a.txt"),
            "Title\n\nOne two.\nThree four.\n",
            &Lang::plain(),
        )
        .unwrap();
        assert!(check_verbatim(
            Path::new("a.txt"),
            "Title\n\nOne two.\nThree four.\n",
            &k.sentences
        )
        .is_ok());
        k.sentences[1].text = "Three five.".into();
        let e = check_verbatim(
            Path::new("a.txt"),
            "Title\n\nOne two.\nThree four.\n",
            &k.sentences,
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("a.txt:"), "{e}");
        assert!(
            e.to_string().contains("not the file's text verbatim"),
            "{e}"
        );
    }

    #[test]
    fn seed_sentences_verbatim() {
        let k = seed();
        check_invariants(&k);
        let file = fs::read_to_string("knowledge/nato-mission-iraq.txt").expect("seed");
        // Counted by hand: 3 + 7 + 5.
        let t = texts(&k);
        assert_eq!(t.len(), 15, "{t:#?}");
        let expected = [
            (
                "On 31 October 2018, a new NATO-led",
                "institutions and structures.",
            ),
            (
                "The new mission, called NATO Mission Iraq,",
                "by the Iraqi government.",
            ),
            (
                "The mission is led by Major General Dany Fortin",
                "civilian and military personnel.",
            ),
            (
                "Lieutenant General Jamil al Shimari,",
                "in the defeat of ISIS/Daesh.\"",
            ),
            (
                "Ms. Jana Kotorova, NATO Deputy",
                "national security structures and institutions.\"",
            ),
            (
                "She added: \"Until now, about 1,000",
                "at different Iraqi military schools.",
            ),
            (
                "NATO advisors have been working",
                "close coordination and partnership.",
            ),
            (
                "With the establishment of the new mission,",
                "security institutions and structures.\"",
            ),
            ("The outgoing", "security institutions further.\""),
            (
                "Major General Fortin said: \"I look forward",
                "enhance Iraqi security institutions.\"",
            ),
            ("The new NATO Mission Iraq is expected", "in early 2019."),
            (
                "It will be a non-combat mission,",
                "transparent defence sector.",
            ),
            (
                "It will also train Iraqi instructors",
                "and military medicine.",
            ),
            (
                "It will include several hundred personnel,",
                "integrated civilian staff.",
            ),
            ("It will also", "representatives of Iraqi civil society."),
        ];
        for (s, (head, tail)) in t.iter().zip(expected) {
            assert!(s.starts_with(head) && s.ends_with(tail), "{s:?}");
            // The seed's paragraphs are single lines, so each sentence is in the file as is.
            assert!(file.contains(s), "{s:?}");
        }
        let paragraphs: Vec<u32> = k.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
        assert!(k
            .sentences
            .iter()
            .all(|s| s.line == [7, 9, 11][s.paragraph as usize]));
    }

    fn person<'k>(k: &'k Knowledge, name: &str) -> &'k crate::knowledge::Person {
        k.people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name:?}: {:?}", k.people))
    }

    #[test]
    fn seed_people_and_quotes() {
        let k = seed();
        let names: Vec<&str> = k.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Dany Fortin",
                "Jamil al Shimari",
                "Salah Ah Din",
                "Jana Kotorova",
                "Francesco Giuliano"
            ]
        );
        let kotorova = person(&k, "Jana Kotorova");
        assert_eq!(kotorova.title.as_deref(), Some("Ms."));
        assert_eq!(
            kotorova.role.as_deref(),
            Some("NATO Deputy Senior Civilian in Iraq")
        );
        // Her `highlighted that … "…"` sentence and the three of `She added: "…"`.
        let hers: Vec<&str> = k.quotes_of(kotorova.id).map(|s| &s.text[..20]).collect();
        assert_eq!(
            hers,
            [
                "Ms. Jana Kotorova, N",
                "She added: \"Until no",
                "NATO advisors have b",
                "With the establishme"
            ]
        );
        let fortin = person(&k, "Dany Fortin");
        assert_eq!(fortin.title.as_deref(), Some("Major General"));
        assert_eq!(fortin.role.as_deref(), Some("of the Canadian Armed Forces"));
        for v in [
            "Fortin",
            "Major General Fortin",
            "Major General Dany Fortin",
        ] {
            assert!(
                fortin.variants.iter().any(|x| x == v),
                "{v}: {:?}",
                fortin.variants
            );
        }
        assert_eq!(k.quotes_of(fortin.id).count(), 1);
        let giuliano = person(&k, "Francesco Giuliano");
        assert_eq!(giuliano.title.as_deref(), Some("Brigadier General"));
        assert_eq!(
            giuliano.role.as_deref(),
            Some("the outgoing NATO senior officer in Iraq")
        );
        assert_eq!(k.quotes_of(giuliano.id).count(), 1);
        let shimari = person(&k, "Jamil al Shimari");
        assert_eq!(shimari.title.as_deref(), Some("Lieutenant General"));
        assert_eq!(
            shimari.role.as_deref(),
            Some("Commander of Iraq’s National Defence University")
        );
        assert!(shimari.variants.iter().any(|v| v == "al Shimari"));
        assert_eq!(k.quotes_of(shimari.id).count(), 1);
        // Named, not quoted.
        let din = person(&k, "Salah Ah Din");
        assert_eq!(
            din.role.as_deref(),
            Some("Deputy Chief of Staff of the Iraqi Ministry of Defence")
        );
        assert_eq!(k.quotes_of(din.id).count(), 0);
        // Quotes: sentences 3..=9, all with a speaker; no other sentence is a quote.
        let quoted: Vec<u32> = k
            .sentences
            .iter()
            .filter(|s| s.quote)
            .map(|s| s.id)
            .collect();
        assert_eq!(quoted, (3..=9).collect::<Vec<_>>());
        assert!(k.sentences.iter().all(|s| s.quote == s.speaker.is_some()));
    }

    #[test]
    fn seed_pronoun_context() {
        let k = seed();
        let context = |start: &str| {
            k.sentences
                .iter()
                .find(|s| s.text.starts_with(start))
                .and_then(|s| s.context.clone())
        };
        let mission = context("It will be a non-combat mission").expect("context");
        assert!(mission.contains("Mission"), "{mission}");
        assert_eq!(mission, "The new NATO Mission Iraq");
        for start in ["It will also train", "It will include", "It will also"] {
            assert_eq!(context(start).as_deref(), Some("The new NATO Mission Iraq"));
        }
        assert_eq!(context("She added").as_deref(), Some("Jana Kotorova"));
        assert_eq!(context("The new NATO Mission Iraq is"), None);
        // `This mission is important…` is inside a quote and names its own subject.
        assert_eq!(context("Lieutenant General"), None);
    }

    fn problem_of<'r>(report: &'r LoadReport, file: &str) -> &'r KnowledgeError {
        report
            .problems
            .iter()
            .find(|p| p.path().file_name().is_some_and(|n| n == file))
            .unwrap_or_else(|| panic!("no problem for {file}: {:?}", report.problems))
    }

    #[test]
    fn broken_files_are_reported_with_file_and_line() {
        let report = fixtures();
        let expected = [
            ("broken-bad-toml.txt", 3, "front matter"),
            ("broken-bad-utf8.txt", 4, "invalid UTF-8"),
            ("broken-empty.txt", 1, "empty"),
            ("broken-nul.txt", 5, "control character U+0000"),
            ("broken-title-only.txt", 3, "no sentences"),
            ("broken-unclosed-front-matter.md", 1, "never closed"),
            ("broken-unknown-key.md", 4, "unknown key `author`"),
            ("broken-utf16.txt", 1, "UTF-16"),
        ];
        assert_eq!(
            report.problems.len(),
            expected.len(),
            "{:?}",
            report.problems
        );
        for (file, line, words) in expected {
            let p = problem_of(&report, file);
            assert_eq!(p.line(), Some(line), "{p}");
            let shown = p.to_string();
            let prefix = format!("tests/fixtures/knowledge/{file}:{line}: ");
            assert!(shown.starts_with(&prefix), "{shown}");
            assert!(shown.contains(words), "{shown}");
        }
    }

    #[test]
    fn good_files_load_beside_broken_ones() {
        let report = fixtures();
        let k = &report.knowledge;
        check_invariants(k);
        // README.md, .hidden.txt and notes.json are not articles; sorted by file name.
        let files: Vec<&str> = k
            .articles
            .iter()
            .filter_map(|a| a.path.file_name()?.to_str())
            .collect();
        assert_eq!(files, ["kessler-ferry-strike.md", "riverside-library.txt"]);
        // The second article's ids follow the first's.
        let second = k
            .sentences
            .iter()
            .position(|s| s.article == 1)
            .expect("article 1");
        assert!(second > 0 && k.sentences[second..].iter().all(|s| s.article == 1));
        assert_eq!(k.articles[1].paragraphs[0].first_sentence as usize, second);
        let people_of = |a: u32| {
            k.people
                .iter()
                .filter(|p| p.article == a)
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            people_of(0),
            ["Omar bin Rashid", "Ludwig van der Berg", "J. R. Hartley"]
        );
        assert_eq!(
            people_of(1),
            ["Edith M. Clarke", "Aisha de Souza", "Thomas O'Neill"]
        );
    }

    #[test]
    fn markdown_with_front_matter() {
        let k = fixtures().knowledge;
        let a = &k.articles[0];
        assert_eq!(a.title, "Ferry crews in Kessler Bay strike over new rota");
        assert_eq!(
            a.url.as_deref(),
            Some("https://example.org/news/kessler-ferry-strike")
        );
        // A TOML date is kept as written.
        assert_eq!(a.published.as_deref(), Some("2024-04-12"));
        // The `# Title` line repeating the front matter's title is not a paragraph.
        assert!(!a.paragraphs[0].text.starts_with("Ferry crews in"));
        assert_eq!(a.paragraphs[0].line, 9);
        let headings: Vec<&str> = a
            .paragraphs
            .iter()
            .filter(|p| p.heading)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(headings, ["What the union wants", "The company's answer"]);
        // Wrapped lines are joined by a space; a sentence knows its own line.
        let s = k
            .sentences
            .iter()
            .find(|s| s.text.starts_with("The strike, called"))
            .expect("sentence");
        assert_eq!(s.text, "The strike, called by the Maritime Workers Union, is the first on the route since 2011.");
        assert_eq!(s.line, 10);
    }

    #[test]
    fn kessler_quote_styles() {
        let k = fixtures().knowledge;
        let speaker = |start: &str| {
            let s = k
                .sentences
                .iter()
                .find(|s| s.text.starts_with(start))
                .unwrap_or_else(|| panic!("{start}"));
            assert!(s.quote, "{start}");
            s.speaker.map(|p| k.person(p).name.as_str())
        };
        // `"…," said X` and the quote after it.
        assert_eq!(speaker("\"Our members"), Some("Omar bin Rashid"));
        assert_eq!(speaker("Nobody asked"), Some("Omar bin Rashid"));
        // `He added: "…` over two paragraphs.
        assert_eq!(speaker("He added"), Some("Omar bin Rashid"));
        assert_eq!(speaker("Until then"), Some("Omar bin Rashid"));
        assert_eq!(speaker("\"Every crew member"), Some("Omar bin Rashid"));
        assert_eq!(speaker("\"We cannot run"), Some("Ludwig van der Berg"));
        assert_eq!(speaker("It is about sleep"), Some("J. R. Hartley"));
        // A sign and an unnamed passenger: quotes with no speaker.
        assert_eq!(speaker("A handwritten sign"), None);
        assert_eq!(speaker("Sorry for the"), None);
        assert_eq!(speaker("\"We are stuck"), None);
        let omar = person(&k, "Omar bin Rashid");
        assert_eq!(
            omar.role.as_deref(),
            Some("regional secretary of the Maritime Workers Union")
        );
        let berg = person(&k, "Ludwig van der Berg");
        assert_eq!(
            berg.role.as_deref(),
            Some("the operator's managing director")
        );
        assert!(berg.variants.iter().any(|v| v == "Mr. van der Berg"));
        let context = |start: &str| {
            k.sentences
                .iter()
                .find(|s| s.text.starts_with(start))
                .and_then(|s| s.context.as_deref())
        };
        assert_eq!(context("He said the company"), Some("Ludwig van der Berg"));
        assert_eq!(context("They will sail"), Some("The boats"));
    }

    #[test]
    fn riverside_has_no_quotes_and_bullets_are_paragraphs() {
        let k = fixtures().knowledge;
        let sentences: Vec<&Sentence> = k.sentences.iter().filter(|s| s.article == 1).collect();
        assert!(sentences.iter().all(|s| !s.quote && s.speaker.is_none()));
        let a = &k.articles[1];
        assert_eq!(a.published.as_deref(), Some("02 Sep. 2024"));
        assert_eq!(a.updated, None);
        let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"a makerspace with two 3D printers;"));
        assert!(texts.contains(&"longer opening hours, from 8 a.m. to 9 p.m.;"));
        let headings: Vec<&str> = a
            .paragraphs
            .iter()
            .filter(|p| p.heading)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(headings, ["What has changed", "Opening hours"]);
        let ctx = |start: &str| {
            sentences
                .iter()
                .find(|s| s.text.starts_with(start))
                .and_then(|s| s.context.as_deref())
        };
        assert_eq!(ctx("It kept the original"), Some("The renovation"));
        assert_eq!(ctx("Its collection"), Some("The library"));
        assert_eq!(
            person(&k, "Aisha de Souza").role.as_deref(),
            Some("the city's chief architect")
        );
        assert_eq!(
            person(&k, "Thomas O'Neill").role.as_deref(),
            Some("novelist")
        );
    }

    #[test]
    fn other_article_fixtures_keep_their_invariants() {
        for dir in [
            "tests/fixtures/articles/northfield-sodium-battery",
            "tests/fixtures/articles/port-alder-flood-barrier",
            "tests/fixtures/articles/valmont-measles-campaign",
        ] {
            let Ok(report) = load_dir(Path::new(dir), &Lang::plain()) else {
                continue; // Not this module's fixtures; they may move.
            };
            assert!(report.problems.is_empty(), "{:?}", report.problems);
            check_invariants(&report.knowledge);
            // Every quote in these articles has a named speaker (so do sentences that
            // report someone's words without quotation marks).
            assert!(report
                .knowledge
                .sentences
                .iter()
                .all(|s| !s.quote || s.speaker.is_some()));
        }
    }

    /// A fresh empty folder under the system temp dir.
    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("verbatim-article-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn large_folders_load_in_file_order_with_progress() {
        // Enough files for the threaded path, one of them broken: the result must be what
        // parsing the files one by one in name order gives.
        let dir = temp_dir("parallel");
        let n = PARALLEL_MIN_FILES * 3;
        for i in 0..n {
            let text = if i == 7 {
                "+++\ntitle = \n".to_string()
            } else {
                format!(
                    "Article {i}\n\nDr. Ann Lee said: \"Plant {i} opened.\" It cost {i} euros.\n"
                )
            };
            fs::write(dir.join(format!("a{i:03}.txt")), text).expect("write");
        }
        let calls = std::sync::Mutex::new(Vec::new());
        let report = load_dir_with_progress(&dir, &Lang::plain(), |done, total| {
            calls.lock().expect("lock").push((done, total));
        })
        .expect("loads");
        let mut calls = calls.into_inner().expect("lock");
        calls.sort();
        let want: Vec<(usize, usize)> = (1..=n).map(|d| (d, n)).collect();
        assert_eq!(calls, want);

        assert_eq!(report.problems.len(), 1);
        assert!(report.problems[0].path().ends_with("a007.txt"));
        let mut one_by_one = Knowledge::default();
        for i in (0..n).filter(|&i| i != 7) {
            let part =
                parse_file(&dir.join(format!("a{i:03}.txt")), &Lang::plain()).expect("parses");
            merge(&mut one_by_one, part);
        }
        let k = &report.knowledge;
        check_invariants(k);
        assert_eq!(k.articles.len(), n - 1);
        assert_eq!(texts(k), texts(&one_by_one));
        let titles = |k: &Knowledge| {
            k.articles
                .iter()
                .map(|a| a.title.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(k), titles(&one_by_one));
        let speakers = |k: &Knowledge| k.sentences.iter().map(|s| s.speaker).collect::<Vec<_>>();
        assert_eq!(speakers(k), speakers(&one_by_one));
        assert!(k.sentences.iter().any(|s| s.speaker.is_some()));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn folder_errors() {
        let missing = Path::new("tests/fixtures/knowledge/no-such-folder");
        let err = load_dir(missing, &Lang::plain()).expect_err("missing folder");
        assert!(matches!(err, KnowledgeError::Io { .. }));
        assert!(err
            .to_string()
            .starts_with("tests/fixtures/knowledge/no-such-folder: "));

        let empty = temp_dir("empty");
        fs::write(empty.join("README.txt"), "Not an article.\n\nReally not.\n").expect("write");
        fs::create_dir(empty.join("sub.txt")).expect("mkdir");
        let err = load_dir(&empty, &Lang::plain()).expect_err("no articles");
        assert!(matches!(err, KnowledgeError::NoArticles { .. }), "{err}");
        assert!(err.to_string().contains("no article files"));
        let _ = fs::remove_dir_all(&empty);
    }

    #[test]
    fn oversized_files_and_lines() {
        let dir = temp_dir("big");
        let big = dir.join("big.txt");
        let f = fs::File::create(&big).expect("create");
        // Sparse: the size check reads the length, not the bytes.
        f.set_len(MAX_FILE_BYTES + 1).expect("set_len");
        let long = dir.join("long.txt");
        let line = "word ".repeat(MAX_LINE_BYTES / 5 + 10);
        fs::write(&long, format!("Title\n\nFine.\n{line}\n")).expect("write");
        let report = load_dir(&dir, &Lang::plain()).expect("loads");
        assert!(report.knowledge.articles.is_empty());
        let big_err = problem_of(&report, "big.txt");
        assert_eq!(big_err.line(), None);
        assert!(big_err.to_string().contains("MB"), "{big_err}");
        assert!(!big_err.to_string().contains(":0:"));
        let long_err = problem_of(&report, "long.txt");
        assert_eq!(long_err.line(), Some(4));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn plain_text_details() {
        // CRLF, a byte order mark, tabs, a title with no blank line after it.
        let k = parse(
            "\u{FEFF}A title\r\nFirst line of the body\r\ngoes on here.\r\n\r\n\tSecond.\r\n",
        )
        .expect("parses");
        assert_eq!(k.articles[0].title, "A title");
        assert_eq!(
            texts(&k),
            ["First line of the body goes on here.", "Second."]
        );
        assert_eq!(k.sentences[0].line, 2);
        assert_eq!(k.sentences[1].line, 5);
        // A sub-heading is one heading sentence; a last short line is not a heading.
        let k = parse("T\n\nBody one.\n\nA short heading\n\nBody two.\n\nReporting by Ann Lee\n")
            .expect("parses");
        let headings: Vec<(bool, &str)> = k
            .sentences
            .iter()
            .map(|s| (s.heading, s.text.as_str()))
            .collect();
        assert_eq!(
            headings,
            [
                (false, "Body one."),
                (true, "A short heading"),
                (false, "Body two."),
                (false, "Reporting by Ann Lee")
            ]
        );
        // Date lines in other spellings.
        let k = parse("T\n\nPublished: 3 March 2021\nUpdated: 4 March 2021 10:00\n\nBody.\n")
            .expect("parses");
        assert_eq!(k.articles[0].published.as_deref(), Some("3 March 2021"));
        assert_eq!(k.articles[0].updated.as_deref(), Some("4 March 2021 10:00"));
        // A section name beside the date is no part of it.
        let k = parse("T\n\n• 5 Mar. 2026 | Environment\n\nBody.\n").expect("parses");
        assert_eq!(k.articles[0].published.as_deref(), Some("5 Mar. 2026"));
        let k = parse("T\n\n• Thursday 5 February 2026 | Health and social care\n\nBody.\n")
            .expect("parses");
        assert_eq!(
            k.articles[0].published.as_deref(),
            Some("Thursday 5 February 2026")
        );
        assert_eq!(k.sentences.len(), 1);
        // A body that merely starts with a date is not a date line.
        let k =
            parse("T\n\n12 May 2020 was the day it all began, officials said.\n").expect("parses");
        assert_eq!(k.articles[0].published, None);
        assert_eq!(k.sentences.len(), 1);
    }

    #[test]
    fn front_matter_errors_point_at_their_line() {
        let err = |text: &str| parse(text).expect_err("error");
        let e = err("+++\ntitle = \"T\"\ntags = [\"a\"]\n+++\nBody.\n");
        assert_eq!(e.line(), Some(3), "{e}");
        let e = err("\n\n+++\ntitle = \"T\"\nurl = \"x\"\ntitle = \"again\"\n+++\nBody.\n");
        assert_eq!(e.line(), Some(6), "{e}");
        // `date` is `published` under another name: both at once is a contradiction.
        let e = err("+++\npublished = \"1 May 2024\"\ndate = 2024-05-02\n+++\nBody.\n");
        assert_eq!(e.line(), Some(3), "{e}");
        assert!(e.to_string().contains("both give"), "{e}");
        let e = err("+++\ntitle = 5\n+++\nBody.\n");
        assert_eq!(e.line(), Some(2), "{e}");
        assert!(e.to_string().contains("must be a string"), "{e}");
        // No title anywhere: the first body line is the title, and then nothing is left.
        let e = err("+++\nurl = \"https://example.org\"\n+++\nOnly a title\n");
        assert!(e.to_string().contains("no sentences"), "{e}");
        // The names static site generators give the dates.
        let k = parse(
            "+++\ntitle = \"T\"\ndate = 2026-02-19\nlastmod = \"20 Feb. 2026\"\n+++\nThe body.\n",
        )
        .expect("ok");
        assert_eq!(k.articles[0].published.as_deref(), Some("2026-02-19"));
        assert_eq!(k.articles[0].updated.as_deref(), Some("20 Feb. 2026"));
        // The title from front matter alone, body without a title line.
        let k = parse("+++\ntitle = \"From TOML\"\n+++\n\nThe body. Two sentences.\n").expect("ok");
        assert_eq!(k.articles[0].title, "From TOML");
        assert_eq!(texts(&k), ["The body.", "Two sentences."]);
    }

    #[test]
    fn error_display() {
        let e = KnowledgeError::Parse {
            path: PathBuf::from("k/a.txt"),
            line: 7,
            message: "bad".into(),
        };
        assert_eq!(e.to_string(), "k/a.txt:7: bad");
        let e = KnowledgeError::Parse {
            path: PathBuf::from("k/a.txt"),
            line: 0,
            message: "too big".into(),
        };
        assert_eq!(e.to_string(), "k/a.txt: too big");
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_fails_cleanly(text in "(?s).{0,400}") {
            if let Ok(k) = parse(&text) {
                check_invariants(&k);
            }
        }

        #[test]
        fn prose_like_text_keeps_invariants(
            words in proptest::collection::vec(
                "(Mr\\.|Dr\\.|He|She|It|said|\"|“|”|,|\\.|J\\.|al|van|Smith|Anna|Lee|the|mission|\n|\n\n|•|-|:|U\\.S\\.|3\\.5|…|!|\\?)",
                0..120,
            )
        ) {
            let text = format!("Title\n\n{}", words.join(" "));
            if let Ok(k) = parse(&text) {
                check_invariants(&k);
            }
        }
    }
}
