//! The data model of loaded knowledge: articles, their paragraphs and sentences, and the
//! people quoted in them.
//!
//! Everything here is produced by `article` (reading files), `segment` (splitting into
//! sentences) and `quote` (attributing quotes); the index and the matcher only read it.
//! A sentence's `text` is always a verbatim slice of its paragraph, so an answer is never
//! built by hand.

use std::path::PathBuf;

/// Index of an article in [`Knowledge::articles`].
pub type ArticleId = u32;
/// Index of a sentence in [`Knowledge::sentences`].
pub type SentenceId = u32;
/// Index of a person in [`Knowledge::people`].
pub type PersonId = u32;

/// All articles of a knowledge folder, flattened for the index.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    pub articles: Vec<Article>,
    /// Every sentence of every article, in reading order; `Sentence::id` is its position.
    pub sentences: Vec<Sentence>,
    /// Every person named in an article (one entry per article and person).
    pub people: Vec<Person>,
}

/// One news article (one file of the knowledge folder).
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub id: ArticleId,
    /// The file it was read from.
    pub path: PathBuf,
    pub title: String,
    pub url: Option<String>,
    /// Publication date as the article gives it (e.g. `31 Oct. 2018`).
    pub published: Option<String>,
    /// Last update as the article gives it (e.g. `05 Nov. 2018 16:28`).
    pub updated: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph (or a sub-heading) of an article.
#[derive(Debug, Clone, Default)]
pub struct Paragraph {
    /// The paragraph's text as in the file (lines of one paragraph joined by a space).
    pub text: String,
    /// 1-based line of the file where the paragraph starts.
    pub line: usize,
    /// True for a sub-heading (a short line without final punctuation between paragraphs).
    pub heading: bool,
    /// The sentences of this paragraph: `first..first + count` in `Knowledge::sentences`.
    pub first_sentence: SentenceId,
    pub sentence_count: u32,
}

/// One sentence: the unit the bot answers with.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub id: SentenceId,
    pub article: ArticleId,
    /// Index of the paragraph within its article.
    pub paragraph: u32,
    /// Verbatim text (trimmed), a slice of the paragraph text.
    pub text: String,
    /// Byte range of `text` within the paragraph text.
    pub start: usize,
    pub end: usize,
    /// 1-based line of the file where the sentence starts.
    pub line: usize,
    /// The person who says this sentence (in whole or in part) if it is a quote, or whose
    /// words it reports without quotation marks (`X, the union's secretary, said that …`).
    pub speaker: Option<PersonId>,
    /// True when the sentence is (or contains) quoted speech.
    pub quote: bool,
    /// Words this sentence refers to but does not name: for `It will…` the subject of the
    /// sentence before (`The new NATO Mission Iraq`), for `She added…` the person's name.
    /// The index gives these words a lower weight than the sentence's own.
    pub context: Option<String>,
    /// For a short sentence with no such reference, the subject of the sentence before,
    /// which it goes on about (`A replacement had been planned for 2028.` after `The
    /// system … can handle up to 3,500 bags an hour.`); for words quoted right after a
    /// question put to the speaker (`Asked what he would miss most, …`), what was asked.
    /// Indexed as `context` is.
    pub leans_on: Option<String>,
    /// Names of what the sentence speaks of by a definite noun (`… the park receives …`:
    /// `Wendle Hills National Park`, as an earlier sentence of the article named it).
    /// Indexed below `context`: a name is less sure than a pronoun's referent.
    pub names: Vec<String>,
    /// True for a sub-heading.
    pub heading: bool,
}

/// A person named in an article.
#[derive(Debug, Clone, Default)]
pub struct Person {
    pub id: PersonId,
    pub article: ArticleId,
    /// Full name without title: `Jana Kotorova`.
    pub name: String,
    /// Honorific or rank as given: `Ms.`, `Major General`.
    pub title: Option<String>,
    /// The role the article gives: `NATO Deputy Senior Civilian in Iraq`.
    pub role: Option<String>,
    /// With no role, how the article's first sentence describes them before the next
    /// names them (`a 91-year-old army veteran from Fenbridge`): shown as a role is, but
    /// not matched as one (a chat question's "girl from Leicester" is not the role of
    /// every sentence naming her; measured: one question lost that way).
    pub described: Option<String>,
    /// Every way the article (or a reader) may name them: full name, surname,
    /// title + surname, title + full name.
    pub variants: Vec<String>,
}

impl Person {
    /// The role shown beside their name: the one the article gives, else how its first
    /// sentence describes them.
    pub fn shown_role(&self) -> Option<&str> {
        self.role
            .as_deref()
            .or(self.described.as_deref())
            .filter(|r| !r.is_empty())
    }
}

impl Knowledge {
    pub fn article(&self, id: ArticleId) -> &Article {
        &self.articles[id as usize]
    }
    pub fn sentence(&self, id: SentenceId) -> &Sentence {
        &self.sentences[id as usize]
    }
    pub fn person(&self, id: PersonId) -> &Person {
        &self.people[id as usize]
    }
    /// The sentences of a paragraph, for "Context".
    pub fn paragraph_sentences(&self, id: SentenceId) -> &[Sentence] {
        let s = self.sentence(id);
        let p = &self.article(s.article).paragraphs[s.paragraph as usize];
        let a = p.first_sentence as usize;
        &self.sentences[a..a + p.sentence_count as usize]
    }
    /// The quotes of a person.
    pub fn quotes_of(&self, person: PersonId) -> impl Iterator<Item = &Sentence> {
        self.sentences
            .iter()
            .filter(move |s| s.quote && s.speaker == Some(person))
    }
}

impl Knowledge {
    /// Who says a quoted sentence: `Jana Kotorova, NATO Deputy Senior Civilian in Iraq`
    /// (name and role), or `None` when it is not a quote.
    pub fn attribution(&self, id: SentenceId) -> Option<String> {
        let s = self.sentence(id);
        if !s.quote {
            return None;
        }
        let p = self.person(s.speaker?);
        let name = match &p.title {
            Some(t) if !t.is_empty() => format!("{t} {}", p.name),
            _ => p.name.clone(),
        };
        Some(match p.shown_role() {
            Some(r) => format!("{name}, {r}"),
            None => name,
        })
    }
}

impl Article {
    /// The first sentence of its first body paragraph: the lead, which sums the story up
    /// and may describe someone the next sentence names.
    pub fn lead_sentence(&self) -> Option<SentenceId> {
        self.paragraphs
            .iter()
            .find(|p| !p.heading && p.sentence_count > 0)
            .map(|p| p.first_sentence)
    }

    /// The article's date line for citations: `31 Oct. 2018 (updated 05 Nov. 2018 16:28)`.
    pub fn dates(&self) -> Option<String> {
        match (&self.published, &self.updated) {
            (Some(p), Some(u)) => Some(format!("{p} (updated {u})")),
            (Some(p), None) => Some(p.clone()),
            (None, Some(u)) => Some(format!("updated {u}")),
            (None, None) => None,
        }
    }
}
