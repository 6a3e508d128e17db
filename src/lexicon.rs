//! The related-words lexicon: general-English synonyms, derived forms, hypernyms and
//! irregular inflections, so a question can find a sentence that words the same fact
//! differently ("who heads the mission" / "the mission is led by").
//!
//! The data is `config/lexicon.tsv`, generated from WordNet 3.0 by
//! `scripts/build_lexicon.py` (license in `config/LEXICON-LICENSE`). Its format, also
//! documented in the file's `#` header:
//!
//! ```text
//! rel<TAB>word<TAB>related:0.90 related:0.60 ...
//! verb<TAB>word<TAB>related:0.90 related:0.60 ...
//! noun<TAB>word<TAB>related:0.90 related:0.60 ...
//! base<TAB>form<TAB>lemma lemma ...
//! ```
//!
//! `rel` lists words related to `word` with a weight in (0, 1], highest first; `verb`
//! and `noun` the same through the word's verb (noun) senses only, for a word that is
//! also another part of speech; `base`
//! maps an irregular inflection to its lemma(s) (led → lead), which a Snowball stemmer
//! cannot do. Words are lowercase. Parsing is strict — a malformed line is an error that
//! names its line — because a silently skipped line would only show up as a worse answer.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Problems reading a lexicon file. Both display as `path: ...` / `path:line: ...` so an
/// editor can jump to the line.
#[derive(thiserror::Error, Debug)]
pub enum LexiconError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// Related words and irregular base forms, looked up by lowercase word.
#[derive(Default)]
pub struct Lexicon {
    /// `rel` records sorted by word. A binary search finds a word as fast as the engine
    /// needs without a hash table, which would cost one more allocation per word at load
    /// time (a third of the parse); the generated file is already sorted.
    entries: Vec<(String, Vec<(String, f32)>)>,
    /// Irregular form → lemmas.
    bases: HashMap<String, Vec<String>>,
    /// `verb` and `noun` records: a word's relations through the senses of one part of
    /// speech, where they differ from its `rel` record.
    by_pos: HashMap<(Pos, String), Vec<(String, f32)>>,
    /// `class … person` records: words for a kind of person (`runner`, `staff`).
    persons: Vec<String>,
    /// `class … name` records: words that are only proper names (`france`, `uk`).
    names: Vec<String>,
    /// `class … company` records: words for a kind of company (`firm`, `airline`),
    /// sorted.
    companies: Vec<String>,
    /// `class … female` and `class … male` records: given names borne mostly by women
    /// (`beth`) or by men (`ken`), sorted.
    females: Vec<String>,
    males: Vec<String>,
    /// Nouns in -s the stemmer keeps whole (`class … whole`): news, politics.
    wholes: Vec<String>,
    /// Made or natural things (`class … thing`): bench, pudding, pond.
    things: Vec<String>,
}

/// A part of speech with its own records in the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    Noun,
    Verb,
}

impl fmt::Debug for Lexicon {
    // Tens of thousands of entries are no use in a log line; the counts are.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.entries.len())
            .field("base_forms", &self.bases.len())
            .finish()
    }
}

impl Lexicon {
    /// A lexicon that relates nothing: the engine then matches words only by stem.
    pub fn empty() -> Lexicon {
        Lexicon::default()
    }

    /// Reads and parses a lexicon file.
    pub fn load(path: &Path) -> Result<Lexicon, LexiconError> {
        let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Lexicon::parse(&text, path)
    }

    /// Parses lexicon text; `origin` only names the source in errors.
    pub fn parse(text: &str, origin: &Path) -> Result<Lexicon, LexiconError> {
        let error = |line: usize, message: String| LexiconError::Parse {
            path: origin.to_path_buf(),
            line,
            message,
        };
        let mut lexicon = Lexicon::default();
        // Line number of each `rel` record, to name a duplicate found after sorting.
        let mut rel_lines = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let before = lexicon.entries.len();
            lexicon.parse_line(line).map_err(|m| error(n + 1, m))?;
            if lexicon.entries.len() > before {
                rel_lines.push(n + 1);
            }
        }
        lexicon
            .sort_entries(&rel_lines)
            .map_err(|(line, m)| error(line, m))?;
        lexicon.persons.sort_unstable();
        lexicon.companies.sort_unstable();
        lexicon.females.sort_unstable();
        lexicon.males.sort_unstable();
        lexicon.wholes.sort_unstable();
        lexicon.things.sort_unstable();
        Ok(lexicon)
    }

    /// Sorts `rel` records by word (nothing to do for the generated file) and rejects a
    /// word listed twice, naming the later line.
    fn sort_entries(&mut self, lines: &[usize]) -> Result<(), (usize, String)> {
        if self.entries.windows(2).all(|w| w[0].0 < w[1].0) {
            return Ok(());
        }
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        // Stable: of two equal words the earlier line comes first.
        order.sort_by(|&a, &b| self.entries[a].0.cmp(&self.entries[b].0));
        for pair in order.windows(2) {
            let (first, second) = (pair[0], pair[1]);
            if self.entries[first].0 == self.entries[second].0 {
                let word = &self.entries[second].0;
                let line = lines.get(second).copied().unwrap_or(0);
                return Err((line, format!("second `rel` line for `{word}`")));
            }
        }
        let mut slots: Vec<Option<_>> = std::mem::take(&mut self.entries)
            .into_iter()
            .map(Some)
            .collect();
        self.entries = order.iter().filter_map(|&i| slots[i].take()).collect();
        Ok(())
    }

    fn parse_line(&mut self, line: &str) -> Result<(), String> {
        let mut fields = line.split('\t');
        let (Some(kind), Some(word), Some(rest), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err("expected three TAB-separated fields: kind, word, list".to_string());
        };
        check_word(word)?;
        match kind {
            "rel" | "verb" | "noun" => {
                let mut related = Vec::with_capacity(rest.matches(' ').count() + 1);
                for item in rest.split_ascii_whitespace() {
                    related.push(parse_related(item)?);
                }
                if related.is_empty() {
                    return Err(format!("no related words for `{word}`"));
                }
                let pos = match kind {
                    "verb" => Pos::Verb,
                    "noun" => Pos::Noun,
                    _ => {
                        self.entries.push((word.to_string(), related));
                        return Ok(());
                    }
                };
                if self
                    .by_pos
                    .insert((pos, word.to_string()), related)
                    .is_some()
                {
                    return Err(format!("second `{kind}` line for `{word}`"));
                }
            }
            // Another class is a mistake to report, not to skip.
            "class" if rest == "person" => self.persons.push(word.to_string()),
            "class" if rest == "name" => self.names.push(word.to_string()),
            "class" if rest == "company" => self.companies.push(word.to_string()),
            "class" if rest == "female" => self.females.push(word.to_string()),
            "class" if rest == "male" => self.males.push(word.to_string()),
            "class" if rest == "whole" => self.wholes.push(word.to_string()),
            "class" if rest == "thing" => self.things.push(word.to_string()),
            "class" => {
                return Err(format!(
                    "unknown class `{rest}` (expected person, company, name, female, male, whole or thing)"
                ))
            }
            "base" => {
                let lemmas = rest
                    .split_ascii_whitespace()
                    .map(|lemma| check_word(lemma).map(|()| lemma.to_string()))
                    .collect::<Result<Vec<_>, _>>()?;
                if lemmas.is_empty() {
                    return Err(format!("no base form for `{word}`"));
                }
                if self.bases.insert(word.to_string(), lemmas).is_some() {
                    return Err(format!("second `base` line for `{word}`"));
                }
            }
            other => {
                return Err(format!(
                    "unknown record kind `{other}` (expected rel, verb, noun, class or base)"
                ))
            }
        }
        Ok(())
    }

    /// Words related to `word` (lowercase) with their weights, highest first; empty if
    /// the lexicon has none.
    pub fn related(&self, word: &str) -> &[(String, f32)] {
        match self
            .entries
            .binary_search_by(|(entry, _)| entry.as_str().cmp(word))
        {
            Ok(i) => &self.entries[i].1,
            Err(_) => &[],
        }
    }

    /// Every word with a record for `pos`, and its list (in no particular order).
    pub fn entries_as(&self, pos: Pos) -> impl Iterator<Item = (&str, &[(String, f32)])> {
        self.by_pos
            .iter()
            .filter(move |((p, _), _)| *p == pos)
            .map(|((_, word), related)| (word.as_str(), related.as_slice()))
    }

    /// Lemmas of which `word` (lowercase) is an irregular inflection: "led" → ["lead"],
    /// "men" → ["man"]. Empty for regular forms, which the stemmer handles. The word may
    /// also be a lemma itself ("found", "left").
    pub fn base_forms(&self, word: &str) -> &[String] {
        self.bases.get(word).map_or(&[], Vec::as_slice)
    }

    /// Words for a kind of person (`class … person` records), sorted.
    pub fn persons(&self) -> &[String] {
        &self.persons
    }

    /// True when `word` (lowercase, as written) is a kind of person: a lookup with no
    /// stemming, cheap enough for every capitalized phrase of every article.
    pub fn is_person_word(&self, word: &str) -> bool {
        sorted_contains(&self.persons, word)
    }

    /// True when `word` (lowercase, as written) may name a kind of company (`firm`,
    /// `chain`): a lookup with no stemming.
    pub fn is_company_word(&self, word: &str) -> bool {
        sorted_contains(&self.companies, word)
    }

    /// Made or natural things (`class … thing` records), sorted.
    pub fn things(&self) -> &[String] {
        &self.things
    }

    /// True when `word` (lowercase) is a noun in -s whose -s-less form is another word
    /// (`news`, not `new`; `politics`): the stemmer keeps it whole.
    pub fn is_whole(&self, word: &str) -> bool {
        sorted_contains(&self.wholes, word)
    }

    /// True when `word` (lowercase) is a given name borne mostly by women (`Some(true)`)
    /// or by men (`Some(false)`); None for a name the lexicon does not tell.
    pub fn given_name_female(&self, word: &str) -> Option<bool> {
        if sorted_contains(&self.females, word) {
            Some(true)
        } else if sorted_contains(&self.males, word) {
            Some(false)
        } else {
            None
        }
    }

    /// Words that are only proper names (`class … name` records).
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Every word that has related words, in alphabetical order, with its list.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &[(String, f32)])> {
        self.entries
            .iter()
            .map(|(word, related)| (word.as_str(), related.as_slice()))
    }

    /// Number of words that have related words (`rel` lines).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no word has related words.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of irregular forms with base forms (`base` lines).
    pub fn base_form_count(&self) -> usize {
        self.bases.len()
    }
}

/// Words are looked up as the tokenizer produces them: lowercase, no spaces. A colon
/// would make `word:weight` ambiguous.
/// True when the sorted `list` holds `word`: the class lookups, with no stemming.
fn sorted_contains(list: &[String], word: &str) -> bool {
    list.binary_search_by(|p| p.as_str().cmp(word)).is_ok()
}

fn check_word(word: &str) -> Result<(), String> {
    if word.is_empty() {
        return Err("empty word".to_string());
    }
    // Nearly every word is ASCII; the byte test is several times faster on a 4 MB file.
    let bad = if word.is_ascii() {
        word.bytes()
            .any(|b| b.is_ascii_whitespace() || b == b':' || b.is_ascii_uppercase())
    } else {
        word.chars()
            .any(|c| c.is_whitespace() || c == ':' || c.is_uppercase())
    };
    if bad {
        return Err(format!(
            "bad word `{word}` (must be lowercase, without spaces or colons)"
        ));
    }
    Ok(())
}

/// One `word:weight` item of a `rel` line.
fn parse_related(item: &str) -> Result<(String, f32), String> {
    let Some((word, weight)) = item.rsplit_once(':') else {
        return Err(format!("`{item}` is not word:weight"));
    };
    check_word(word)?;
    let weight: f32 = weight
        .parse()
        .map_err(|_| format!("bad weight in `{item}`"))?;
    // Written so that NaN fails too.
    if !(weight > 0.0 && weight <= 1.0) {
        return Err(format!("weight in `{item}` is not in (0, 1]"));
    }
    Ok((word.to_string(), weight))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# a comment\n\
        rel\tlead\tguide:0.90 head:0.70 leader:0.80\n\
        \n\
        rel\tbegin\tstart:0.90\n\
        base\tled\tlead\n\
        base\tleft\tleave\n";

    fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        Lexicon::parse(text, Path::new("sample.tsv"))
    }

    fn parse_error_line(text: &str) -> (usize, String) {
        match parse(text) {
            Err(LexiconError::Parse { line, message, .. }) => (line, message),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn verb_records_are_kept_apart() {
        let l = Lexicon::parse(
            "rel\thead\tbody:0.70 lead:0.59\nverb\thead\tlead:0.81\n",
            Path::new("l.tsv"),
        )
        .unwrap();
        assert_eq!(l.related("head")[0].0, "body");
        let as_pos = |pos: Pos| -> Vec<(&str, &[(String, f32)])> { l.entries_as(pos).collect() };
        assert_eq!(
            as_pos(Pos::Verb),
            [("head", &[("lead".to_string(), 0.81)][..])]
        );
        assert!(as_pos(Pos::Noun).is_empty());
        let err = Lexicon::parse(
            "verb\thead\tlead:0.81\nverb\thead\tlead:0.80\n",
            Path::new("l.tsv"),
        )
        .err()
        .unwrap();
        assert_eq!(err.to_string(), "l.tsv:2: second `verb` line for `head`");
    }

    #[test]
    fn class_records_tell_given_names_of_women_and_men() {
        let lex = parse("class\tken\tmale\nclass\tbeth\tfemale\nclass\tabby\tfemale\n").unwrap();
        assert_eq!(lex.given_name_female("beth"), Some(true));
        assert_eq!(lex.given_name_female("abby"), Some(true));
        assert_eq!(lex.given_name_female("ken"), Some(false));
        assert_eq!(lex.given_name_female("kim"), None);
        let things = parse("class\tpond\tthing\nclass\tbench\tthing\n").unwrap();
        assert_eq!(things.things(), ["bench", "pond"]);
        let whole = parse("class\tnews\twhole\nclass\todds\twhole\n").unwrap();
        assert!(whole.is_whole("news") && whole.is_whole("odds") && !whole.is_whole("new"));
    }

    #[test]
    fn class_records_name_kinds_of_person() {
        let lex = parse(
            "class\trunner\tperson\nclass\tstaff\tperson\nclass\tverona\tname\n\
             class\tfirm\tcompany\nclass\tairline\tcompany\n",
        )
        .expect("parses");
        assert_eq!(lex.persons(), ["runner", "staff"]);
        assert_eq!(lex.names(), ["verona"]);
        assert!(lex.is_company_word("airline") && lex.is_company_word("firm"));
        assert!(!lex.is_company_word("runner") && !lex.is_company_word("firms"));
        assert!(parse(SAMPLE).expect("parses").persons().is_empty());
    }

    #[test]
    fn parses_sample() {
        let lex = parse(SAMPLE).expect("sample parses");
        assert_eq!(lex.len(), 2);
        assert!(!lex.is_empty());
        assert_eq!(lex.base_form_count(), 2);
        let lead: Vec<(&str, f32)> = lex
            .related("lead")
            .iter()
            .map(|(w, s)| (w.as_str(), *s))
            .collect();
        assert_eq!(lead, [("guide", 0.9), ("head", 0.7), ("leader", 0.8)]);
        assert_eq!(lex.related("begin")[0].0, "start");
        assert!(lex.related("nothing").is_empty());
        assert_eq!(lex.base_forms("led"), ["lead"]);
        assert!(lex.base_forms("lead").is_empty());
        let words: Vec<&str> = lex.entries().map(|(w, _)| w).collect();
        assert_eq!(words, ["begin", "lead"]);
    }

    #[test]
    fn empty_relates_nothing() {
        let lex = Lexicon::empty();
        assert!(lex.is_empty());
        assert_eq!(lex.len(), 0);
        assert!(lex.related("lead").is_empty());
        assert!(lex.base_forms("led").is_empty());
        assert!(parse("# only comments\n\n").expect("parses").is_empty());
    }

    #[test]
    fn crlf_line_ends_are_accepted() {
        let lex = parse("rel\tbegin\tstart:0.90\r\nbase\tled\tlead\r\n").expect("parses");
        assert_eq!(lex.related("begin")[0].1, 0.9);
        assert_eq!(lex.base_forms("led"), ["lead"]);
    }

    #[test]
    fn errors_carry_the_line_number() {
        let cases = [
            ("rel\tlead\tguide:0.9\nrel\tbegin start:0.9\n", 2, "three"),
            (
                "rel\tlead\tguide:0.9\n#\nrel\tbegin\tstart\n",
                3,
                "word:weight",
            ),
            ("rel\tbegin\tstart:high\n", 1, "bad weight"),
            ("rel\tbegin\tstart:0\n", 1, "(0, 1]"),
            ("rel\tbegin\tstart:1.5\n", 1, "(0, 1]"),
            ("rel\tbegin\tstart:NaN\n", 1, "(0, 1]"),
            ("rel\tbegin\t\n", 1, "no related"),
            ("rel\tBegin\tstart:0.5\n", 1, "lowercase"),
            ("rel\tbegin\t:0.5\n", 1, "empty word"),
            ("base\tled\t\n", 1, "no base"),
            ("\nsyn\tbegin\tstart:0.5\n", 2, "unknown record kind"),
            ("rel\ta\tb:0.5\nrel\ta\tc:0.5\n", 2, "second `rel`"),
            (
                "rel\tb\tx:0.5\nrel\ta\tx:0.5\n\nrel\tb\ty:0.5\n",
                4,
                "second `rel`",
            ),
            ("base\tled\tlead\nbase\tled\tlead\n", 2, "second `base`"),
            ("rel\ta\tb:0.5\textra\n", 1, "three"),
            ("class\trunner\tanimal\n", 1, "unknown class `animal`"),
        ];
        for (text, want_line, want_message) in cases {
            let (line, message) = parse_error_line(text);
            assert_eq!(line, want_line, "{text:?}: {message}");
            assert!(message.contains(want_message), "{text:?}: {message}");
        }
    }

    #[test]
    fn error_messages_are_path_colon_line() {
        let err = parse("rel\tbegin\tstart:2\n").expect_err("weight 2 is rejected");
        assert!(err.to_string().starts_with("sample.tsv:1: "), "{err}");
        let err = Lexicon::load(Path::new("/nonexistent/lexicon.tsv")).expect_err("no file");
        assert!(matches!(err, LexiconError::Io { .. }));
        assert!(
            err.to_string().starts_with("/nonexistent/lexicon.tsv: "),
            "{err}"
        );
    }

    /// The committed WordNet lexicon relates the words the engine needs for paraphrase.
    #[test]
    fn real_lexicon_has_general_relations() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/lexicon.tsv");
        let lex = Lexicon::load(&path).expect("config/lexicon.tsv loads");
        assert!(lex.len() > 10_000, "only {} entries", lex.len());
        let related = |a: &str, b: &str| lex.related(a).iter().any(|(w, _)| w == b);
        assert!(related("lead", "head") || related("lead", "leader"));
        assert!(related("head", "lead"), "head~lead");
        assert!(related("lead", "leader"), "lead~leader");
        assert!(related("begin", "start") && related("start", "begin"));
        assert!(related("fight", "combat") || related("combat", "fight"));
        assert!(related("personnel", "staff") || related("staff", "personnel"));
        assert!(related("train", "trainer") && related("train", "training"));
        assert!(related("instruct", "instructor"));
        assert!(related("establish", "establishment"));
        assert!(related("bomb", "explosive") && related("bomb", "device"));
        // Proper names.
        assert!(lex.names().iter().any(|n| n == "verona"));
        assert!(
            !lex.names().iter().any(|n| n == "china"),
            "china is also porcelain"
        );
        assert_eq!(lex.base_forms("led"), ["lead"]);
        assert_eq!(lex.base_forms("taught"), ["teach"]);
        assert_eq!(lex.base_forms("men"), ["man"]);
        assert_eq!(lex.base_forms("began"), ["begin"]);
        assert_eq!(lex.base_forms("fought"), ["fight"]);
        // Rare senses and broad words are left out.
        assert!(!related("lead", "metal"), "lead~metal is a rare sense");
        assert!(
            lex.related("take").is_empty(),
            "take is too broad to relate"
        );
        for (word, list) in lex.entries() {
            assert!(!list.is_empty(), "{word}");
            assert!(
                list.windows(2).all(|w| w[0].1 >= w[1].1),
                "{word}: weights not highest first"
            );
        }
    }
}
