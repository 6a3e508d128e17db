//! Turning engine replies into Telegram messages.
//!
//! Every reply is first built as a [`Doc`]: lines of styled spans and blockquotes of
//! sentences, holding *raw* text. Only [`Doc::pages`] produces HTML, escaping every piece of
//! article and user text on the way, and splitting the result into messages Telegram
//! accepts (at most 4096 characters) at sentence boundaries. Because the HTML is generated
//! from structure, a split can never fall inside a tag: an open blockquote is closed at the
//! end of one page and reopened on the next.
//!
//! Everything here is pure (no Telegram types, no I/O) so it is tested on its own.

use crate::engine::{Hit, Outcome, Reply};
use crate::knowledge::{Knowledge, Person, Sentence, SentenceId};

/// Telegram's limit on the text of one message.
pub const MAX_MESSAGE: usize = 4096;

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Text(String),
    Bold(String),
    Italic(String),
    /// A link; rendered as plain text when the URL is not http(s), since Telegram rejects
    /// other schemes and the reply must not fail over a bad article header.
    Link {
        text: String,
        url: String,
    },
}

impl Span {
    pub fn text(s: impl Into<String>) -> Span {
        Span::Text(s.into())
    }
    pub fn bold(s: impl Into<String>) -> Span {
        Span::Bold(s.into())
    }
    pub fn italic(s: impl Into<String>) -> Span {
        Span::Italic(s.into())
    }

    fn content(&self) -> &str {
        match self {
            Span::Text(t) | Span::Bold(t) | Span::Italic(t) | Span::Link { text: t, .. } => t,
        }
    }

    /// The same style with other content (for splitting a span).
    fn with_content(&self, s: String) -> Span {
        match self {
            Span::Text(_) => Span::Text(s),
            Span::Bold(_) => Span::Bold(s),
            Span::Italic(_) => Span::Italic(s),
            Span::Link { url, .. } => Span::Link {
                text: s,
                url: url.clone(),
            },
        }
    }

    fn same_style(&self, other: &Span) -> bool {
        match (self, other) {
            (Span::Text(_), Span::Text(_))
            | (Span::Bold(_), Span::Bold(_))
            | (Span::Italic(_), Span::Italic(_)) => true,
            (Span::Link { url: a, .. }, Span::Link { url: b, .. }) => a == b,
            _ => false,
        }
    }

    fn html(&self) -> String {
        match self {
            Span::Text(t) => escape(t),
            Span::Bold(t) => format!("<b>{}</b>", escape(t)),
            Span::Italic(t) => format!("<i>{}</i>", escape(t)),
            Span::Link { text, url } if is_web_url(url) => {
                format!("<a href=\"{}\">{}</a>", escape_attr(url), escape(text))
            }
            Span::Link { text, .. } => escape(text),
        }
    }
}

/// One block of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A line of text (ends with a line break).
    Line(Vec<Span>),
    /// Sentences quoted verbatim, joined by a space inside one `<blockquote>`.
    Quote(Vec<Vec<Span>>),
}

/// A message before it is rendered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    pub blocks: Vec<Block>,
}

const QUOTE_OPEN: &str = "<blockquote>";
const QUOTE_CLOSE: &str = "</blockquote>";

impl Doc {
    pub fn new() -> Doc {
        Doc::default()
    }

    pub fn line(&mut self, spans: Vec<Span>) -> &mut Doc {
        self.blocks.push(Block::Line(spans));
        self
    }

    /// A line of plain text.
    pub fn text(&mut self, s: impl Into<String>) -> &mut Doc {
        self.line(vec![Span::text(s)])
    }

    pub fn blank(&mut self) -> &mut Doc {
        self.line(vec![])
    }

    pub fn quote(&mut self, sentences: Vec<Vec<Span>>) -> &mut Doc {
        self.blocks.push(Block::Quote(sentences));
        self
    }

    /// Appends another doc's blocks.
    pub fn append(&mut self, other: Doc) -> &mut Doc {
        self.blocks.extend(other.blocks);
        self
    }

    /// The whole doc as one HTML string, however long (for tests and inline results).
    pub fn html(&self) -> String {
        self.pages(usize::MAX).join("\n")
    }

    /// HTML messages of at most `limit` UTF-16 units each (the unit Telegram counts).
    ///
    /// The length measured is that of the HTML itself, tags and entities included, which
    /// is never less than the text Telegram counts after parsing, so a page always fits.
    /// Pages break between blocks, else between the sentences of a quote, and only a
    /// sentence longer than a whole page is broken inside, at a space.
    pub fn pages(&self, limit: usize) -> Vec<String> {
        let mut p = Paginator {
            limit,
            pages: Vec::new(),
            cur: String::new(),
            cur_len: 0,
        };
        let open_len = utf16_len(QUOTE_OPEN);
        let close_len = utf16_len(QUOTE_CLOSE) + 1; // and its line break
        for block in &self.blocks {
            match block {
                Block::Line(spans) => {
                    let budget = limit.saturating_sub(1).max(1);
                    for piece in split_spans(spans, budget) {
                        let mut html = render_spans(&piece);
                        html.push('\n');
                        p.push_unit(&html);
                    }
                }
                Block::Quote(sentences) => {
                    let budget = limit.saturating_sub(open_len + close_len + 1).max(1);
                    let mut open = false;
                    for sentence in sentences {
                        for piece in split_spans(sentence, budget) {
                            let html = render_spans(&piece);
                            let len = utf16_len(&html);
                            let sep_len = if open { 1 } else { open_len };
                            if p.cur_len + sep_len + len + close_len > limit && p.cur_len > 0 {
                                if open {
                                    p.cur.push_str(QUOTE_CLOSE);
                                    open = false;
                                }
                                p.flush();
                            }
                            if open {
                                p.cur.push(' ');
                                p.cur_len += 1;
                            } else {
                                p.cur.push_str(QUOTE_OPEN);
                                p.cur_len += open_len;
                                open = true;
                            }
                            p.cur.push_str(&html);
                            p.cur_len += len;
                        }
                    }
                    if open {
                        p.cur.push_str(QUOTE_CLOSE);
                        p.cur.push('\n');
                        p.cur_len += close_len;
                    }
                }
            }
        }
        p.flush();
        p.pages
    }
}

struct Paginator {
    limit: usize,
    pages: Vec<String>,
    cur: String,
    cur_len: usize,
}

impl Paginator {
    /// Adds a piece that must not be split, starting a new page when it does not fit.
    fn push_unit(&mut self, html: &str) {
        let len = utf16_len(html);
        if self.cur_len + len > self.limit && self.cur_len > 0 {
            self.flush();
        }
        self.cur.push_str(html);
        self.cur_len += len;
    }

    fn flush(&mut self) {
        let page = self.cur.trim_matches('\n');
        if !page.trim().is_empty() {
            self.pages.push(page.to_string());
        }
        self.cur.clear();
        self.cur_len = 0;
    }
}

/// Length in UTF-16 code units, the unit of Telegram's message limits.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn render_spans(spans: &[Span]) -> String {
    spans.iter().map(Span::html).collect()
}

/// Splits `spans` into pieces whose HTML is at most `max` long, breaking after spaces
/// where possible and between characters otherwise. Short input comes back as one piece.
fn split_spans(spans: &[Span], max: usize) -> Vec<Vec<Span>> {
    if utf16_len(&render_spans(spans)) <= max {
        return vec![spans.to_vec()];
    }
    // Tokens: words with their trailing whitespace, each keeping its span's style. The
    // length of a piece is bounded by the sum of its tokens rendered one by one, since
    // merging neighbours of the same style only saves tags.
    let mut tokens: Vec<(Span, usize)> = Vec::new();
    for span in spans {
        for word in words(span.content()) {
            let tok = span.with_content(word.to_string());
            let len = utf16_len(&tok.html());
            if len <= max {
                tokens.push((tok, len));
                continue;
            }
            // A "word" longer than a page: cut between characters.
            let mut chunk = String::new();
            for c in word.chars() {
                let mut next = chunk.clone();
                next.push(c);
                if !chunk.is_empty() && utf16_len(&span.with_content(next.clone()).html()) > max {
                    let t = span.with_content(std::mem::take(&mut chunk));
                    let l = utf16_len(&t.html());
                    tokens.push((t, l));
                    chunk.push(c);
                } else {
                    chunk = next;
                }
            }
            if !chunk.is_empty() {
                let t = span.with_content(chunk);
                let l = utf16_len(&t.html());
                tokens.push((t, l));
            }
        }
    }
    let mut pieces = Vec::new();
    let mut cur: Vec<Span> = Vec::new();
    let mut cur_len = 0;
    for (tok, len) in tokens {
        if cur_len + len > max && !cur.is_empty() {
            pieces.push(trim_piece(std::mem::take(&mut cur)));
            cur_len = 0;
        }
        match cur.last_mut() {
            Some(last) if last.same_style(&tok) => {
                let merged = format!("{}{}", last.content(), tok.content());
                *last = last.with_content(merged);
            }
            _ => cur.push(tok),
        }
        cur_len += len;
    }
    if !cur.is_empty() {
        pieces.push(trim_piece(cur));
    }
    pieces
}

/// Drops the trailing space of a piece (the quote adds its own separator).
fn trim_piece(mut piece: Vec<Span>) -> Vec<Span> {
    if let Some(last) = piece.last_mut() {
        let t = last.content().trim_end().to_string();
        *last = last.with_content(t);
    }
    piece
}

/// Words with their trailing whitespace; concatenated they give `s` back.
fn words(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(&s[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Escapes text for Telegram's HTML parse mode (`&`, `<`, `>`).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

fn escape_attr(s: &str) -> String {
    escape(s).replace('"', "&quot;")
}

fn is_web_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.chars().any(char::is_whitespace)
}

/// The text a page shows, for resending it without parse mode when Telegram rejects the
/// HTML: tags dropped, entities decoded. Only meant for the HTML this module produces.
pub fn to_plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            match rest.find('>') {
                Some(j) => rest = &rest[j + 1..],
                None => {
                    out.push_str(rest);
                    rest = "";
                }
            }
        } else {
            let mut decoded = false;
            for (entity, c) in [
                ("&amp;", '&'),
                ("&lt;", '<'),
                ("&gt;", '>'),
                ("&quot;", '"'),
            ] {
                if let Some(r) = rest.strip_prefix(entity) {
                    out.push(c);
                    rest = r;
                    decoded = true;
                    break;
                }
            }
            if !decoded {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Cuts `s` to at most `max` characters at a word boundary, adding `…` when cut.
pub fn shorten(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let keep: String = s.chars().take(max.saturating_sub(1)).collect();
    let cut = match keep.rfind(char::is_whitespace) {
        Some(i) if i > keep.len() / 2 => &keep[..i],
        _ => &keep[..],
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
}

// ---------------------------------------------------------------------------------------
// Replies
// ---------------------------------------------------------------------------------------

/// How a person is named in attributions: title and full name (`Ms. Jana Kotorova`).
pub fn person_name(p: &Person) -> String {
    match &p.title {
        Some(t) if !t.is_empty() => format!("{t} {}", p.name),
        _ => p.name.clone(),
    }
}

fn speaker<'k>(k: &'k Knowledge, s: &Sentence) -> Option<&'k Person> {
    if !s.quote {
        return None;
    }
    s.speaker.and_then(|id| k.people.get(id as usize))
}

/// `— Ms. Jana Kotorova, NATO Deputy Senior Civilian in Iraq` for a quote.
fn speaker_line(k: &Knowledge, s: &Sentence) -> Option<Vec<Span>> {
    let p = speaker(k, s)?;
    let mut spans = vec![Span::text("— "), Span::bold(person_name(p))];
    if let Some(role) = p.shown_role() {
        spans.push(Span::text(format!(", {role}")));
    }
    Some(spans)
}

/// The article a sentence is from: title (linked when the URL is known) and date.
fn article_line(k: &Knowledge, s: &Sentence) -> Vec<Span> {
    let Some(a) = k.articles.get(s.article as usize) else {
        return vec![];
    };
    let mut spans = vec![Span::text("📰 ")];
    spans.push(match &a.url {
        Some(url) => Span::Link {
            text: a.title.clone(),
            url: url.clone(),
        },
        None => Span::italic(a.title.clone()),
    });
    if let Some(date) = &a.published {
        spans.push(Span::text(format!(", {date}")));
    }
    spans
}

fn sentence_spans(s: &Sentence) -> Vec<Span> {
    vec![Span::text(s.text.clone())]
}

/// One cited sentence (or a run of them): the quote, who said it, where.
fn cited(k: &Knowledge, run: &[&Sentence]) -> Doc {
    let mut d = Doc::new();
    let Some(first) = run.first() else {
        return d;
    };
    d.quote(run.iter().map(|s| sentence_spans(s)).collect());
    if let Some(line) = speaker_line(k, first) {
        d.line(line);
    }
    d.line(article_line(k, first));
    d
}

/// The sentences shown in the answer message: the best answer, joined by the other
/// answers that continue it in its paragraph (same speaker), in reading order. The rest
/// are for "More answers".
pub fn split_answers(k: &Knowledge, reply: &Reply) -> (Vec<SentenceId>, Vec<SentenceId>) {
    let ids: Vec<SentenceId> = reply
        .answers
        .iter()
        .map(|h| h.sentence)
        .filter(|id| k.sentences.get(*id as usize).is_some())
        .collect();
    let Some(&best) = ids.first() else {
        return (vec![], vec![]);
    };
    let b = &k.sentences[best as usize];
    let mut shown = vec![best];
    let mut rest = Vec::new();
    let mut changed = true;
    let mut pending: Vec<SentenceId> = ids[1..].to_vec();
    // Adjacent answers can chain (best, best+1, best+2 in any order), hence the loop.
    while changed {
        changed = false;
        let mut keep = Vec::new();
        for id in pending {
            let s = &k.sentences[id as usize];
            let adjacent = shown.iter().any(|&x| x.abs_diff(id) == 1);
            if adjacent
                && s.article == b.article
                && s.paragraph == b.paragraph
                && s.speaker == b.speaker
            {
                shown.push(id);
                changed = true;
            } else {
                keep.push(id);
            }
        }
        pending = keep;
    }
    rest.extend(pending);
    shown.sort_unstable();
    (shown, rest)
}

/// Ranked sentences scoring below this are not offered under "More answers": they share a
/// word or two with the question and nothing more.
pub const MORE_MIN_SCORE: f32 = 0.15;

/// The sentences behind "More answers": the answers not shown in the message, then the
/// next sentences of the ranking, at most `max`.
pub fn more_candidates(
    k: &Knowledge,
    reply: &Reply,
    ranked: &[Hit],
    max: usize,
) -> Vec<SentenceId> {
    let (shown, rest) = split_answers(k, reply);
    let mut out = rest;
    for h in ranked.iter().filter(|h| h.score >= MORE_MIN_SCORE) {
        if !shown.contains(&h.sentence)
            && !out.contains(&h.sentence)
            && k.sentences.get(h.sentence as usize).is_some()
        {
            out.push(h.sentence);
        }
    }
    out.truncate(max);
    out
}

/// The note for a question the engine cut.
fn truncated_line(reply: &Reply) -> Vec<Span> {
    vec![Span::italic(format!(
        "Your question was long, so I read only its first {} characters.",
        reply.question.chars().count()
    ))]
}

/// The message for an answered question (the best answer; see [`split_answers`]).
pub fn answer_doc(k: &Knowledge, reply: &Reply) -> Doc {
    let mut d = Doc::new();
    if reply.truncated {
        d.line(truncated_line(reply));
    }
    let (shown, _) = split_answers(k, reply);
    let run: Vec<&Sentence> = shown.iter().map(|&id| &k.sentences[id as usize]).collect();
    d.append(cited(k, &run));
    d
}

/// The message for a question the articles don't answer.
pub fn decline_doc(k: &Knowledge, reply: &Reply) -> Doc {
    let mut d = Doc::new();
    if reply.truncated {
        d.line(truncated_line(reply));
    }
    d.text("The articles don't cover that, so I have no sentence to answer with.");
    let closest: Vec<&Sentence> = reply
        .suggestions
        .iter()
        .take(2)
        .filter_map(|h| k.sentences.get(h.sentence as usize))
        .collect();
    if closest.is_empty() {
        d.line(vec![Span::text("/sources lists the articles I know.")]);
        return d;
    }
    d.line(vec![Span::italic("Closest, though not an answer:")]);
    for s in closest {
        d.append(cited(k, &[s]));
    }
    d
}

/// The short help for greetings and empty messages.
pub fn smalltalk_doc() -> Doc {
    let mut d = Doc::new();
    d.line(vec![
        Span::text("Hello! Ask me a question about the news articles I know, for example "),
        Span::italic("Who leads the mission?"),
    ]);
    d.text("I answer only with the articles' own sentences, word for word. /help lists more.");
    d
}

/// The reply for `/start`: what the bot does, then the help.
pub fn start_doc(k: &Knowledge, help: &str) -> Doc {
    let mut d = Doc::new();
    d.line(vec![Span::bold("Verbatim")]);
    d.text(format!(
        "I answer questions about {} with the articles' own sentences, and tell you who said it and where.",
        articles_count(k)
    ));
    d.blank();
    d.append(help_doc(help));
    d
}

fn articles_count(k: &Knowledge) -> String {
    match k.articles.len() {
        1 => "one news article".to_string(),
        n => format!("{n} news articles"),
    }
}

/// The reply for `/help`: the command list (from the command enum) and how to use the
/// bot in groups and inline.
pub fn help_doc(commands: &str) -> Doc {
    let mut d = Doc::new();
    for line in commands.lines() {
        d.text(line);
    }
    d.blank();
    d.text("In a private chat, just send your question.");
    d.text("In a group, use /ask, reply to one of my messages, or mention me.");
    d.text("In any chat, type my @username and a question to share an answer.");
    d
}

/// The reply for `/ask` with nothing to ask.
pub fn ask_usage_doc() -> Doc {
    let mut d = Doc::new();
    d.line(vec![
        Span::text("Usage: "),
        Span::bold("/ask your question"),
        Span::text(", e.g. "),
        Span::italic("/ask who leads the mission?"),
    ]);
    d.text("Or send /ask as a reply to a message to ask its text.");
    d
}

pub fn unknown_command_doc() -> Doc {
    let mut d = Doc::new();
    d.text("I don't know that command. /help lists the ones I do.");
    d
}

pub fn not_text_doc() -> Doc {
    let mut d = Doc::new();
    d.text("I read text only: send me your question as a message. /help for more.");
    d
}

pub fn rate_limited_doc() -> Doc {
    let mut d = Doc::new();
    d.text("That's a lot of questions at once; please wait a minute and ask again.");
    d
}

pub fn timeout_doc() -> Doc {
    let mut d = Doc::new();
    d.text("Sorry, that took too long to answer. Please try a shorter question.");
    d
}

/// The next answers (the "More answers" button).
pub fn more_doc(k: &Knowledge, ids: &[SentenceId]) -> Doc {
    let mut d = Doc::new();
    d.line(vec![Span::italic("More sentences that may answer it:")]);
    for (i, s) in ids
        .iter()
        .filter_map(|&id| k.sentences.get(id as usize))
        .enumerate()
    {
        if i > 0 {
            d.blank();
        }
        d.append(cited(k, &[s]));
    }
    d
}

/// The paragraph around a sentence (the "Context" button), the sentence in bold.
pub fn context_doc(k: &Knowledge, id: SentenceId) -> Option<Doc> {
    let s = k.sentences.get(id as usize)?;
    let a = k.articles.get(s.article as usize)?;
    let p = a.paragraphs.get(s.paragraph as usize)?;
    let from = p.first_sentence as usize;
    let para = k.sentences.get(from..from + p.sentence_count as usize)?;
    let mut d = Doc::new();
    let mut head = vec![Span::text("The paragraph it is from, in ")];
    head.extend(article_line(k, s).into_iter().skip(1));
    d.line(head);
    d.quote(
        para.iter()
            .map(|x| {
                if x.id == id {
                    vec![Span::bold(x.text.clone())]
                } else {
                    sentence_spans(x)
                }
            })
            .collect(),
    );
    Some(d)
}

/// The reply for `/sources`: every loaded article with its dates and link.
pub fn sources_doc(k: &Knowledge) -> Doc {
    let mut d = Doc::new();
    if k.articles.is_empty() {
        d.text("No articles are loaded.");
        return d;
    }
    d.line(vec![Span::bold(format!(
        "The articles I answer from ({}):",
        k.articles.len()
    ))]);
    for (i, a) in k.articles.iter().enumerate() {
        let mut spans = vec![Span::text(format!("{}. ", i + 1))];
        spans.push(match &a.url {
            Some(url) => Span::Link {
                text: a.title.clone(),
                url: url.clone(),
            },
            None => Span::text(a.title.clone()),
        });
        let mut dates = Vec::new();
        if let Some(p) = &a.published {
            dates.push(p.clone());
        }
        if let Some(u) = &a.updated {
            dates.push(format!("updated {u}"));
        }
        if !dates.is_empty() {
            spans.push(Span::text(format!(" — {}", dates.join(", "))));
        }
        d.line(spans);
    }
    d
}

/// The reply for `/about`.
pub fn about_doc(k: &Knowledge) -> Doc {
    let mut d = Doc::new();
    d.line(vec![Span::bold(format!(
        "Verbatim {}",
        env!("CARGO_PKG_VERSION")
    ))]);
    d.text(
        "I answer questions about news articles with the articles' own sentences, word for word, \
         and say who said it and which article it is from. I never write an answer myself: \
         when the articles don't say, I tell you so.",
    );
    d.text(format!(
        "Loaded: {} and {} sentences. /sources lists them.",
        articles_count(k),
        k.sentences.len()
    ));
    d
}

/// People quoted at least once, grouped by name (a person is listed once per article).
pub fn quoted_people(k: &Knowledge) -> Vec<(String, Vec<&Person>)> {
    let mut groups: Vec<(String, Vec<&Person>)> = Vec::new();
    for p in &k.people {
        if k.quotes_of(p.id).next().is_none() {
            continue;
        }
        match groups
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(&p.name))
        {
            Some((_, v)) => v.push(p),
            None => groups.push((p.name.clone(), vec![p])),
        }
    }
    groups
}

/// The reply for `/quotes` without a name: who is quoted, and how often.
pub fn speakers_doc(k: &Knowledge) -> Doc {
    let mut d = Doc::new();
    let groups = quoted_people(k);
    if groups.is_empty() {
        d.text("The articles quote no one.");
        return d;
    }
    d.line(vec![Span::bold("People quoted in the articles:")]);
    for (_, persons) in &groups {
        let n: usize = persons.iter().map(|p| k.quotes_of(p.id).count()).sum();
        let p = persons[0];
        let mut spans = vec![Span::text("• "), Span::bold(person_name(p))];
        if let Some(role) = p.role.as_deref().filter(|r| !r.is_empty()) {
            spans.push(Span::text(format!(", {role}")));
        }
        spans.push(Span::text(format!(
            " ({n} quote{})",
            if n == 1 { "" } else { "s" }
        )));
        d.line(spans);
    }
    let example = groups[0].0.split_whitespace().last().unwrap_or("Name");
    d.text(format!("Send /quotes {example} to read someone's quotes."));
    d
}

/// The reply for `/quotes <name>`: the quotes of the matching people.
pub fn quotes_doc(k: &Knowledge, query: &str, people: &[&Person]) -> Doc {
    let mut d = Doc::new();
    if people.is_empty() {
        d.text(format!(
            "No one called “{}” is quoted in the articles.",
            query.trim()
        ));
        d.append(speakers_doc(k));
        return d;
    }
    let mut first = true;
    for p in people {
        let quotes: Vec<&Sentence> = k.quotes_of(p.id).collect();
        if quotes.is_empty() {
            continue;
        }
        if !first {
            d.blank();
        }
        first = false;
        let mut head = vec![Span::bold(person_name(p))];
        if let Some(role) = p.role.as_deref().filter(|r| !r.is_empty()) {
            head.push(Span::text(format!(", {role}")));
        }
        d.line(head);
        d.quote(quotes.iter().map(|s| sentence_spans(s)).collect());
        d.line(article_line(k, quotes[0]));
    }
    if first {
        d.text("They are named in the articles but not quoted.");
    }
    d
}

/// The reply to a question, whatever the outcome.
pub fn reply_doc(k: &Knowledge, reply: &Reply) -> Doc {
    match reply.outcome {
        Outcome::Answered if !split_answers(k, reply).0.is_empty() => answer_doc(k, reply),
        Outcome::Answered | Outcome::Declined => decline_doc(k, reply),
        Outcome::Smalltalk | Outcome::Empty => smalltalk_doc(),
    }
}

// ---------------------------------------------------------------------------------------
// Inline mode
// ---------------------------------------------------------------------------------------

/// One inline result, before it becomes a Telegram type.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineItem {
    /// Unique among the results of one answer (at most 64 bytes).
    pub id: String,
    pub title: String,
    pub description: String,
    /// The message sent when the result is chosen (HTML, at most one page).
    pub html: String,
}

/// Inline results of a sentence: the quote with attribution.
pub fn inline_sentence(k: &Knowledge, id: SentenceId) -> Option<InlineItem> {
    let s = k.sentences.get(id as usize)?;
    let article = k
        .articles
        .get(s.article as usize)
        .map(|a| a.title.as_str())
        .unwrap_or("");
    let description = match speaker(k, s) {
        Some(p) => format!("{} · {}", person_name(p), article),
        None => article.to_string(),
    };
    let pages = cited(k, &[s]).pages(MAX_MESSAGE);
    // An inline message cannot be split: a sentence over a page long shows its first page.
    let html = pages.into_iter().next().unwrap_or_default();
    Some(InlineItem {
        id: format!("s{id}"),
        title: shorten(&s.text, 90),
        description: shorten(&description, 120),
        html,
    })
}

/// Inline results for a question (at most `max`): answers, or one result saying the
/// articles don't cover it; key sentences for an empty query.
pub fn inline_items(
    k: &Knowledge,
    reply: &Reply,
    key_sentences: &[SentenceId],
    max: usize,
) -> Vec<InlineItem> {
    let ids: Vec<SentenceId> = match reply.outcome {
        Outcome::Answered => reply.answers.iter().map(|h| h.sentence).collect(),
        Outcome::Declined => {
            let mut d = Doc::new();
            d.text(format!(
                "The articles don't cover “{}”.",
                shorten(&reply.question, 200)
            ));
            return vec![InlineItem {
                id: "declined".into(),
                title: "The articles don't cover that".into(),
                description: "No sentence in the articles answers this question.".into(),
                html: d.pages(MAX_MESSAGE).into_iter().next().unwrap_or_default(),
            }];
        }
        Outcome::Smalltalk | Outcome::Empty => key_sentences.to_vec(),
    };
    let mut out: Vec<InlineItem> = Vec::new();
    for id in ids {
        if out.len() >= max {
            break;
        }
        if let Some(item) = inline_sentence(k, id) {
            if !out.iter().any(|o| o.id == item.id) {
                out.push(item);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Hit;
    use crate::knowledge::{Article, Paragraph};

    /// Two paragraphs: a quote by Kotorova, then plain sentences.
    fn knowledge() -> Knowledge {
        let p1 = "Ms. Jana Kotorova said: \"Training <works> & helps.\" She left.";
        let p2 = "The mission starts in 2019. It is non-combat.";
        let s = |id, para, text: &str, quote, speaker| Sentence {
            id,
            article: 0,
            paragraph: para,
            text: text.to_string(),
            quote,
            speaker,
            ..Default::default()
        };
        Knowledge {
            articles: vec![Article {
                id: 0,
                title: "NATO & Iraq".into(),
                url: Some("https://example.org/a?x=1&y=\"2\"".into()),
                published: Some("31 Oct. 2018".into()),
                updated: Some("05 Nov. 2018 16:28".into()),
                paragraphs: vec![
                    Paragraph {
                        text: p1.into(),
                        first_sentence: 0,
                        sentence_count: 2,
                        ..Default::default()
                    },
                    Paragraph {
                        text: p2.into(),
                        first_sentence: 2,
                        sentence_count: 2,
                        ..Default::default()
                    },
                ],
                ..Default::default()
            }],
            sentences: vec![
                s(
                    0,
                    0,
                    "Ms. Jana Kotorova said: \"Training <works> & helps.\"",
                    true,
                    Some(0),
                ),
                s(1, 0, "She left.", false, None),
                s(2, 1, "The mission starts in 2019.", false, None),
                s(3, 1, "It is non-combat.", false, None),
            ],
            people: vec![Person {
                id: 0,
                article: 0,
                name: "Jana Kotorova".into(),
                title: Some("Ms.".into()),
                role: Some("NATO Deputy Senior Civilian in Iraq".into()),
                variants: vec!["Jana Kotorova".into(), "Kotorova".into()],
                described: None,
            }],
        }
    }

    fn reply(outcome: Outcome, answers: &[u32], suggestions: &[u32]) -> Reply {
        let hits = |ids: &[u32]| {
            ids.iter()
                .map(|&sentence| Hit {
                    sentence,
                    score: 0.9,
                })
                .collect()
        };
        Reply {
            question: "q".into(),
            outcome,
            answers: hits(answers),
            suggestions: hits(suggestions),
            truncated: false,
        }
    }

    #[test]
    fn escape_covers_the_three_html_characters() {
        assert_eq!(escape("a<b>&c"), "a&lt;b&gt;&amp;c");
        assert_eq!(escape("plain ‘quotes’"), "plain ‘quotes’");
    }

    #[test]
    fn answer_quotes_verbatim_escaped_with_speaker_and_article() {
        let k = knowledge();
        let html = answer_doc(&k, &reply(Outcome::Answered, &[0], &[])).html();
        assert!(
            html.contains(
                "<blockquote>Ms. Jana Kotorova said: \"Training &lt;works&gt; &amp; helps.\"</blockquote>"
            ),
            "{html}"
        );
        assert!(html.contains("<b>Ms. Jana Kotorova</b>, NATO Deputy Senior Civilian in Iraq"));
        assert!(html.contains(
            "<a href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\">NATO &amp; Iraq</a>, 31 Oct. 2018"
        ), "{html}");
        // With no role, how the article first described the speaker.
        let mut k = knowledge();
        k.people[0].role = None;
        k.people[0].described = Some("a diplomat from Prague".into());
        let html = answer_doc(&k, &reply(Outcome::Answered, &[0], &[])).html();
        assert!(
            html.contains("<b>Ms. Jana Kotorova</b>, a diplomat from Prague"),
            "{html}"
        );
    }

    #[test]
    fn adjacent_answers_of_a_paragraph_are_shown_together_in_order() {
        let k = knowledge();
        let r = reply(Outcome::Answered, &[3, 0, 2], &[]);
        assert_eq!(split_answers(&k, &r), (vec![2, 3], vec![0]));
        let html = answer_doc(&k, &r).html();
        assert!(
            html.contains("<blockquote>The mission starts in 2019. It is non-combat.</blockquote>")
        );
        // Different speaker: not merged.
        let r = reply(Outcome::Answered, &[0, 1], &[]);
        assert_eq!(split_answers(&k, &r), (vec![0], vec![1]));
    }

    #[test]
    fn more_answers_are_the_unshown_answers_then_the_ranking() {
        let k = knowledge();
        let r = reply(Outcome::Answered, &[2, 0], &[]);
        let hit = |sentence, score| Hit { sentence, score };
        let ranked = [
            hit(2, 1.0),
            hit(3, 0.5),
            hit(0, 0.4),
            hit(1, 0.1),
            hit(99, 0.3),
        ];
        // 2 shown; 0 is an unshown answer; 3 is next in the ranking; 1 scores too low;
        // 99 does not exist.
        assert_eq!(more_candidates(&k, &r, &ranked, 5), vec![0, 3]);
        assert_eq!(more_candidates(&k, &r, &ranked, 1), vec![0]);
    }

    #[test]
    fn unknown_sentence_ids_are_skipped_not_panicking() {
        let k = knowledge();
        let r = reply(Outcome::Answered, &[99], &[77]);
        assert!(split_answers(&k, &r).0.is_empty());
        let html = reply_doc(&k, &r).html();
        assert!(html.contains("don't cover"));
        assert!(context_doc(&k, 99).is_none());
        assert!(inline_sentence(&k, 99).is_none());
    }

    #[test]
    fn decline_says_so_with_at_most_two_suggestions() {
        let k = knowledge();
        let html = decline_doc(&k, &reply(Outcome::Declined, &[], &[2, 3, 0])).html();
        assert!(html.contains("The articles don't cover that"));
        assert_eq!(html.matches("<blockquote>").count(), 2);
        let html = decline_doc(&k, &reply(Outcome::Declined, &[], &[])).html();
        assert!(html.contains("/sources"));
        assert!(!html.contains("<blockquote>"));
    }

    #[test]
    fn truncated_question_is_mentioned() {
        let k = knowledge();
        let mut r = reply(Outcome::Answered, &[2], &[]);
        r.truncated = true;
        r.question = "x".repeat(500);
        assert!(answer_doc(&k, &r).html().contains("first 500 characters"));
    }

    #[test]
    fn context_shows_the_paragraph_with_the_sentence_in_bold() {
        let k = knowledge();
        let html = context_doc(&k, 3).unwrap().html();
        assert!(
            html.contains(
                "<blockquote>The mission starts in 2019. <b>It is non-combat.</b></blockquote>"
            ),
            "{html}"
        );
    }

    #[test]
    fn long_quotes_split_between_sentences_and_reopen_the_blockquote() {
        let sentences: Vec<Vec<Span>> = (0..30)
            .map(|i| {
                vec![Span::text(format!(
                    "Sentence {i} {}.",
                    "word ".repeat(30).trim()
                ))]
            })
            .collect();
        let mut d = Doc::new();
        d.text("head").quote(sentences).text("tail & end");
        let pages = d.pages(MAX_MESSAGE);
        assert!(pages.len() >= 2, "{}", pages.len());
        for p in &pages {
            assert!(utf16_len(p) <= MAX_MESSAGE);
            assert_eq!(
                p.matches("<blockquote>").count(),
                p.matches("</blockquote>").count(),
                "{p}"
            );
        }
        // Every break falls after a whole sentence.
        assert!(
            pages[0].ends_with(".</blockquote>"),
            "{}",
            &pages[0][pages[0].len() - 40..]
        );
        assert!(pages[1].starts_with("<blockquote>Sentence "));
        // Nothing lost: the plain text of the pages is the plain text of the whole.
        let joined: String = pages
            .iter()
            .map(|p| to_plain(p))
            .collect::<Vec<_>>()
            .join(" ");
        for i in 0..30 {
            assert!(joined.contains(&format!("Sentence {i} word")), "{i}");
        }
        assert!(joined.ends_with("tail & end"));
    }

    #[test]
    fn a_sentence_longer_than_a_page_is_cut_at_spaces() {
        let long = "abc&def ".repeat(100);
        let mut d = Doc::new();
        d.quote(vec![vec![Span::bold(long.trim())]]);
        let pages = d.pages(200);
        assert!(pages.len() > 3);
        for p in &pages {
            assert!(utf16_len(p) <= 200, "{p}");
            assert!(p.starts_with("<blockquote><b>abc&amp;def"), "{p}");
            assert!(p.ends_with("</b></blockquote>"), "{p}");
        }
    }

    #[test]
    fn a_word_longer_than_a_page_is_cut_between_characters() {
        let mut d = Doc::new();
        d.text("é".repeat(500));
        let pages = d.pages(100);
        assert_eq!(pages.iter().map(|p| p.chars().count()).sum::<usize>(), 500);
        assert!(pages.iter().all(|p| utf16_len(p) <= 100));
    }

    #[test]
    fn to_plain_undoes_the_markup() {
        let mut d = Doc::new();
        d.line(vec![
            Span::bold("a<b"),
            Span::Link {
                text: "t&t".into(),
                url: "https://x.y/?a=1&b=2".into(),
            },
        ]);
        d.quote(vec![vec![Span::text("\"q\" > p")]]);
        assert_eq!(to_plain(&d.html()), "a<bt&t\n\"q\" > p");
        assert_eq!(to_plain("a & b"), "a & b");
    }

    #[test]
    fn links_other_than_http_are_plain_text() {
        let s = Span::Link {
            text: "x".into(),
            url: "javascript:alert(1)".into(),
        };
        assert_eq!(s.html(), "x");
    }

    #[test]
    fn shorten_cuts_at_a_word_and_marks_it() {
        assert_eq!(shorten("short", 10), "short");
        let s = shorten(
            "The new NATO Mission Iraq is expected to be fully set up",
            20,
        );
        assert!(s.ends_with('…') && s.chars().count() <= 20, "{s}");
        assert_eq!(s, "The new NATO…");
    }

    #[test]
    fn quotes_and_speakers() {
        let k = knowledge();
        let html = speakers_doc(&k).html();
        assert!(
            html.contains("<b>Ms. Jana Kotorova</b>") && html.contains("(1 quote)"),
            "{html}"
        );
        assert!(html.contains("/quotes Kotorova"));
        let html = quotes_doc(&k, "kotorova", &[&k.people[0]]).html();
        assert!(html.contains("Training &lt;works&gt;"));
        let html = quotes_doc(&k, "<nobody>", &[]).html();
        assert!(html.contains("“&lt;nobody&gt;”"), "{html}");
    }

    #[test]
    fn sources_list_titles_dates_and_links() {
        let html = sources_doc(&knowledge()).html();
        assert!(html.contains("1. <a href="), "{html}");
        assert!(html.contains("31 Oct. 2018, updated 05 Nov. 2018 16:28"));
    }

    #[test]
    fn inline_items_are_capped_and_declines_give_one_result() {
        let k = knowledge();
        let items = inline_items(&k, &reply(Outcome::Answered, &[0, 1, 2, 3], &[]), &[], 3);
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].id, "s0");
        assert!(items[0]
            .description
            .starts_with("Ms. Jana Kotorova · NATO & Iraq"));
        assert!(items[0].html.contains("<blockquote>"));
        let items = inline_items(&k, &reply(Outcome::Declined, &[], &[1]), &[], 5);
        assert_eq!(items.len(), 1);
        assert!(items[0].title.contains("don't cover"));
        let items = inline_items(&k, &reply(Outcome::Empty, &[], &[]), &[2, 0], 5);
        assert_eq!(
            items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            ["s2", "s0"]
        );
    }
}
