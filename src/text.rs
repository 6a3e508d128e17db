//! Words: cleaning raw text, splitting it into lowercase tokens, and reducing tokens to
//! stems, the same way for article sentences and for questions.
//!
//! Both sides must go through exactly these functions: a question word only finds a
//! sentence word when both were folded alike.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lowercase, with apostrophes and thousands separators folded away.
    pub word: String,
    /// Byte offsets in the text it came from.
    pub start: usize,
    pub end: usize,
    /// The word started with a capital letter in the text (a name, or a sentence start).
    pub capitalized: bool,
}

/// The British spelling of an American one (`favorite` → `favourite`, `center` →
/// `centre`, `organize` → `organise`, `canceled` → `cancelled`), which the articles may
/// use where a question does not. `None` when no rule applies; the result need not be a
/// word (`doctor` → `doctour`): callers look it up.
pub fn british_spelling(word: &str) -> Option<String> {
    const WHOLE: &[(&str, &str)] = &[
        ("aluminum", "aluminium"),
        ("gray", "grey"),
        ("jewelry", "jewellery"),
        ("mold", "mould"),
        ("plow", "plough"),
        ("program", "programme"),
        ("programs", "programmes"),
        ("tire", "tyre"),
        ("tires", "tyres"),
    ];
    if let Some(&(_, b)) = WHOLE.iter().find(|(a, _)| *a == word) {
        return Some(b.to_string());
    }
    // Ending → its British form, longest first within each family.
    const ENDINGS: &[(&str, &str)] = &[
        ("orites", "ourites"),
        ("orite", "ourite"),
        ("orful", "ourful"),
        ("oring", "ouring"),
        ("ored", "oured"),
        ("ors", "ours"),
        ("or", "our"),
        ("ization", "isation"),
        ("izing", "ising"),
        ("ized", "ised"),
        ("izes", "ises"),
        ("ize", "ise"),
        ("ers", "res"),
        ("er", "re"),
        ("eling", "elling"),
        ("eled", "elled"),
        ("elers", "ellers"),
        ("eler", "eller"),
        ("ense", "ence"),
        ("og", "ogue"),
    ];
    ENDINGS.iter().find_map(|(a, b)| {
        let stem = word.strip_suffix(a)?;
        // "floor" is no "flour".
        let double_o = a.starts_with("or") && stem.ends_with('o');
        (stem.len() >= 3 && !double_o).then(|| format!("{stem}{b}"))
    })
}

/// `word` with two neighbouring letters swapped, the most common typo: letters `i - 1`
/// and `i` (counted from 0) for each `i` from `from` (at least 1) to the end, in order.
pub fn neighbour_swaps(word: &str, from: usize) -> impl Iterator<Item = String> + '_ {
    let letters: Vec<char> = word.chars().collect();
    (from.max(1)..letters.len()).map(move |i| {
        let mut v = letters.clone();
        v.swap(i - 1, i);
        v.into_iter().collect()
    })
}

/// True for characters that are part of a word. Letters and digits of any script.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Apostrophes as they appear in articles and phones (straight, curly, modifier letter).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Removes what should never reach the matcher or a reply: control characters, zero-width
/// and direction marks, replacing each run with one space. Everything else is kept.
pub fn clean(text: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        (c.is_control() && c != ' ')
            || matches!(
                c,
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
            )
    };
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last_space = false;
    for c in text.chars() {
        let c = if bad(c) { ' ' } else { c };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        out.push(c);
    }
    Cow::Owned(out)
}

/// Pronouns whose contractions (`she'd`, `we'll`, `they're`) are dropped to the pronoun.
#[rustfmt::skip]
const CONTRACTING: &[&str] = &[
    "he", "i", "it", "she", "that", "there", "they", "we", "who", "you",
];

/// Splits `text` into word tokens.
///
/// - `Iraq’s` → `iraq` (a possessive `'s` is dropped); `don't` → `dont`; `she'd` →
///   `she` (a pronoun's `'d`, `'ll`, `'re`, `'ve`, `'m` is dropped).
/// - `NATO-led` → `nato`, `led`; `ISIS/Daesh` → `isis`, `daesh` (any other character splits).
/// - `1,000` → `1000` (a comma or dot between digits joins them).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if !is_word_char(c) {
            chars.next();
            continue;
        }
        let mut word = String::new();
        let mut end = start;
        let capitalized = c.is_uppercase();
        let mut prev: Option<char> = None;
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                word.extend(c.to_lowercase());
                end = i + c.len_utf8();
                prev = Some(c);
                chars.next();
                continue;
            }
            // Look one character past a joiner: `1,000`, `3.5`, `Iraq’s`, `don't`.
            let mut ahead = chars.clone();
            ahead.next();
            let next = ahead.peek().map(|&(_, n)| n);
            let joins_digits = matches!(c, ',' | '.')
                && prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            let joins_apostrophe = is_apostrophe(c) && next.is_some_and(is_word_char);
            if joins_digits {
                if c == '.' {
                    word.push('.');
                }
                chars.next();
                continue;
            }
            if joins_apostrophe {
                chars.next();
                // A possessive or contraction tail: `'s` is dropped, others are glued on.
                let mut tail = String::new();
                let mut tail_end = end;
                while let Some(&(i, c)) = chars.peek() {
                    if !is_word_char(c) {
                        break;
                    }
                    tail.extend(c.to_lowercase());
                    tail_end = i + c.len_utf8();
                    chars.next();
                }
                // A pronoun's `'d`, `'ll`, `'re`, `'ve`, `'m` is dropped too: glued on,
                // "she'd" and "we'll" would read as "shed" and "well".
                let pronoun_tail = matches!(tail.as_str(), "d" | "ll" | "re" | "ve" | "m")
                    && CONTRACTING.contains(&word.as_str());
                if tail != "s" && !pronoun_tail {
                    word.push_str(&tail);
                }
                end = tail_end;
                continue;
            }
            break;
        }
        out.push(Token {
            word: thousands(ordinal(word)),
            start,
            end,
            capitalized,
        });
    }
    join_acronyms(text, &mut out);
    out
}

/// Country and body abbreviations keep their identity: `U.S.` and `US` (amid lowercase
/// words) both read `u.s.`, not the pronoun `us`, a function word that would vanish;
/// `U.K.` reads `u.k.`, `the WHO` reads `w.h.o.`. An all-capitals word among
/// other all-capitals words is shouting, not an abbreviation.
fn join_acronyms(text: &str, tokens: &mut Vec<Token>) {
    let upper_letter = |t: &Token| {
        let s = &text[t.start..t.end];
        s.len() == 1 && s.bytes().all(|b| b.is_ascii_uppercase())
    };
    let dot_after = |t: &Token| text.as_bytes().get(t.end) == Some(&b'.');
    let mut i = 0;
    while i < tokens.len() {
        // `U.S.`: single capitals, each followed by its dot, with nothing between.
        let mut j = i;
        while j < tokens.len()
            && upper_letter(&tokens[j])
            && dot_after(&tokens[j])
            && (j == i || tokens[j].start == tokens[j - 1].end + 1)
        {
            j += 1;
        }
        if j - i >= 2 {
            let word = dotted(tokens[i..j].iter().flat_map(|t| t.word.chars()));
            let end = tokens[j - 1].end;
            tokens[i].word = word;
            tokens[i].end = end;
            tokens.drain(i + 1..j);
        } else {
            let s = &text[tokens[i].start..tokens[i].end];
            let shouting = |k: Option<usize>| {
                k.and_then(|k| tokens.get(k)).is_some_and(|t| {
                    !text[t.start..t.end].chars().any(char::is_lowercase)
                        && text[t.start..t.end].chars().any(char::is_alphabetic)
                })
            };
            // A function word in capitals is emphasis ("leading THE missions") unless
            // it is a noun: `US`, or after `the` ("the WHO"). The cheap tests first: this
            // runs for every word of every article.
            let noun = || {
                (s == "US" || (i > 0 && tokens[i - 1].word == "the"))
                    && is_function_word(&tokens[i].word)
            };
            if (2..=3).contains(&s.len())
                && s.bytes().all(|b| b.is_ascii_uppercase())
                && noun()
                && !shouting(i.checked_sub(1))
                && !shouting(Some(i + 1))
            {
                tokens[i].word = dotted(tokens[i].word.chars());
            }
        }
        i += 1;
    }
}

/// An abbreviation's one spelling: each letter followed by a dot (`u.s.`).
fn dotted(letters: impl Iterator<Item = char>) -> String {
    letters.flat_map(|c| [c, '.']).collect()
}

/// The words a bracketed abbreviation at token `i` is defined by, where its letters
/// are not just their initials: "Southvale Water (SVW)", "Northern Road Racing Ltd
/// (NRR)", "Department for Environment, Food and Rural Affairs (Defra)". The nearest run
/// of two words or more before the bracket, its first word starting with the
/// abbreviation's first letter, that holds the abbreviation's letters in order (as
/// Schwartz and Hearst find abbreviations in biomedical text).
pub fn long_form(text: &str, tokens: &[Token], i: usize) -> Option<std::ops::Range<usize>> {
    let t = tokens.get(i)?;
    let letters = t.word.as_bytes();
    let bracketed = text[..t.start].ends_with('(') && text[t.end..].starts_with(')');
    if !bracketed
        || !t.capitalized
        || !(2..=6).contains(&letters.len())
        || !letters.iter().all(u8::is_ascii_alphabetic)
    {
        return None;
    }
    (i.saturating_sub(8)..i.saturating_sub(1))
        .rev()
        .find_map(|j| {
            let first = &tokens[j];
            if !first.capitalized || first.word.as_bytes()[0] != letters[0] {
                return None;
            }
            // The letters in order through the run's words, the first its first.
            let run: Vec<u8> = tokens[j..i].iter().flat_map(|w| w.word.bytes()).collect();
            let mut rest = run.iter();
            letters.iter().all(|l| rest.any(|r| r == l)).then_some(j..i)
        })
}

/// Each run of two or more capitalized words ("World Health Organization", "Northern
/// Valley Railways") as the range of its tokens and its initials, spelled as [`tokenize`]
/// spells the abbreviation (`w.h.o.`, `nvr`). `of`, `for` and `and` may stand inside a
/// run and add no letter.
pub fn name_initials(text: &str, tokens: &[Token]) -> Vec<(std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    let mut run = String::new();
    // The run's initials with those of its joining words: "Ministry of Defence" is the
    // "MoD" as well as the "MD", "Department for Education" the "DfE".
    let mut joined = String::new();
    let mut from = 0;
    let mut flush = |run: &mut String, joined: &mut String, range: std::ops::Range<usize>| {
        // Abbreviations are short: a longer run is a title ("The Python Standard Library").
        // "Maren Solberg" is no "Ms.", "Sam Thorne" no "St.".
        if (2..=4).contains(&run.len()) && !crate::segment::is_abbreviation(run) {
            let abbr = if is_function_word(run) {
                dotted(run.chars())
            } else {
                run.clone()
            };
            out.push((range.clone(), abbr));
            if joined != run && joined.len() <= 4 && !is_function_word(joined) {
                out.push((range, joined.clone()));
            }
        }
        run.clear();
        joined.clear();
    };
    let mut last = 0;
    for (i, t) in tokens.iter().enumerate() {
        let first = t.word.chars().next();
        // Written as a name word: `Health`, not `XMLParser` (code) or `NATO`.
        let capital_word = t.capitalized
            && !is_function_word(&t.word)
            && t.word.len() >= 2
            && first.is_some_and(|c| c.is_ascii_alphabetic())
            && text
                .get(t.start..t.end)
                .is_some_and(|w| w.bytes().skip(1).all(|b| b.is_ascii_lowercase()));
        if capital_word {
            if run.is_empty() {
                from = i;
            }
            run.extend(first);
            joined.extend(first);
            last = i;
        } else if matches!(t.word.as_str(), "of" | "for" | "and")
            && !run.is_empty()
            && tokens.get(i + 1).is_some_and(|n| n.capitalized)
        {
            joined.extend(first);
        } else {
            flush(&mut run, &mut joined, from..last + 1);
        }
    }
    flush(&mut run, &mut joined, from..last + 1);
    out
}

/// True for an abbreviation as [`tokenize`] spells it: `u.s.`, `u.k.`.
pub fn is_acronym(word: &str) -> bool {
    word.len() >= 4
        && word.ends_with('.')
        && word.bytes().enumerate().all(|(i, b)| {
            if i % 2 == 0 {
                b.is_ascii_lowercase()
            } else {
                b == b'.'
            }
        })
}

/// Small ordinals as articles spell them.
const ORDINALS: [&str; 10] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// True for an ordinal that picks one of a series ("the second phase", "who was third"),
/// as a number does. Not `first`, which is as often an adverb ("first came", "at first").
pub fn is_ordinal(word: &str) -> bool {
    ORDINALS[1..].contains(&word)
}

/// Ordinals written with digits read as people write them out: `2nd` → `second` (as
/// articles spell small ordinals), `27th` → `27` (as in `27 Feb.`).
fn ordinal(word: String) -> String {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return word;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &word[digits.len()..];
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !matches!(suffix, "st" | "nd" | "rd" | "th")
    {
        return word;
    }
    match digits.parse::<usize>() {
        Ok(n @ 1..=10) => ORDINALS[n - 1].to_string(),
        _ => digits.to_string(),
    }
}

/// A number of thousands written with `k`, as chat writes money and counts (`£250k`,
/// `1.5k`), reads as the digits articles write (`250,000` is the word `250000`).
fn thousands(word: String) -> String {
    let Some(number) = word.strip_suffix('k') else {
        return word;
    };
    let (whole, part) = number.split_once('.').unwrap_or((number, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(part) || part.len() > 3 {
        return word;
    }
    let n = format!("{whole}{part:0<3}");
    match n.trim_start_matches('0') {
        "" => "0".to_string(),
        n => n.to_string(),
    }
}

/// Reduces words to stems.
///
/// The default strips inflections only (`leads` → `lead`, `trained`/`training` → `train`,
/// `forces`/`force` → `forc`): derivation is left to the lexicon, because a suffix
/// stemmer's derivational rules over-reach (Snowball makes `nationality` and `national`
/// both `nation`, and `university` and `universe` both `univers`), and a question then
/// matches sentences about something else. Snowball is kept for comparison.
#[derive(Default)]
pub struct Stems {
    snowball: Option<Stemmer>,
}

impl std::fmt::Debug for Stems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.snowball.is_some() {
            "Stems(snowball)"
        } else {
            "Stems(inflections)"
        })
    }
}

impl Stems {
    /// Snowball (Porter 2) English stemming instead of inflection stripping.
    pub fn snowball() -> Stems {
        Stems {
            snowball: Some(Stemmer::create(Algorithm::English)),
        }
    }

    /// The stem of a lowercase word. Numbers and very short words are kept as they are.
    pub fn stem(&self, word: &str) -> String {
        self.stem_parts(word).0
    }

    /// The stem, and whether it may have lost a silent `e` (see [`strip_inflection_parts`]).
    pub fn stem_parts(&self, word: &str) -> (String, bool) {
        if word.len() <= 3 || word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return (word.to_string(), false);
        }
        match &self.snowball {
            Some(s) => (s.stem(word).into_owned(), false),
            None => strip_inflection_parts(word),
        }
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Removes English inflectional endings (plural and third-person `-s`, `-ed`, `-ing`), then
/// folds the spelling changes they cause (doubled consonant, dropped `e`, `y`/`i`), so that
/// every form of a word gets the same key. The key need not be a word.
pub fn strip_inflection(word: &str) -> String {
    strip_inflection_parts(word).0
}

/// [`strip_inflection`], and whether the key may be a word that ends in a silent `e`: one
/// was dropped (`rates` → `rat`), or `-ed`/`-ing` went with no doubled consonant before
/// it (`rated`, `riding`; but `ridding`). [`crate::lang::Lang`] gives the `e` back when
/// the lexicon knows the word, so `rate` and `rat`, `ride` and `rid` stay apart.
pub fn strip_inflection_parts(word: &str) -> (String, bool) {
    let b = word.as_bytes();
    if !word.is_ascii() || b.len() <= 3 {
        return (word.to_string(), false);
    }
    let has_vowel = |s: &[u8]| s.iter().any(|&c| is_vowel(c));
    let mut w: Vec<u8> = b.to_vec();
    let ends = |w: &[u8], suf: &str| w.ends_with(suf.as_bytes());
    // Plurals and third person.
    if ends(&w, "ies") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push(b'y');
    } else if ends(&w, "sses") || ends(&w, "xes") || ends(&w, "ches") || ends(&w, "shes") {
        w.truncate(w.len() - 2);
    } else if ends(&w, "s")
        && !ends(&w, "ss")
        && !ends(&w, "us")
        && !ends(&w, "is")
        && has_vowel(&w[..w.len() - 1])
    {
        w.truncate(w.len() - 1);
    }
    // Past and participles.
    let mut suffix = false;
    if ends(&w, "ied") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push(b'y');
    } else if ends(&w, "ied") {
        // `died` → `die`, `lied` → `lie`, `tied` → `tie`.
        w.truncate(w.len() - 1);
    } else if ends(&w, "ying") && w.len() == 5 {
        // `dying` → `die`, `lying` → `lie`, `tying` → `tie`.
        w.truncate(1);
        w.extend_from_slice(b"ie");
    } else if ends(&w, "eed") {
        w.truncate(w.len() - 1);
    } else if ends(&w, "ed") && w.len() >= 5 && has_vowel(&w[..w.len() - 2]) {
        w.truncate(w.len() - 2);
        suffix = true;
    } else if ends(&w, "ing") && w.len() >= 6 && has_vowel(&w[..w.len() - 3]) {
        w.truncate(w.len() - 3);
        suffix = true;
    }
    // Spelling: `planned`/`plan`, `making`/`make`, `studied`/`study`.
    let n = w.len();
    if n >= 4 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) {
        w.pop();
        suffix = false;
    }
    let mut silent_e = suffix;
    if w.len() > 3 && w.last() == Some(&b'e') {
        w.pop();
        silent_e = true;
    }
    match String::from_utf8(w) {
        Ok(stem) => (stem, silent_e),
        Err(_) => (word.to_string(), false),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bracketed_abbreviation_is_defined_by_the_words_that_hold_its_letters() {
        let long = |t: &str| {
            let tokens = tokenize(t);
            let i = tokens.iter().position(|w| t[..w.start].ends_with('('))?;
            long_form(t, &tokens, i).map(|r| {
                tokens[r]
                    .iter()
                    .map(|w| w.word.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        };
        assert_eq!(
            long("said Southvale Water (SVW) today").as_deref(),
            Some("southvale water")
        );
        assert_eq!(
            long("by Northern Road Racing Ltd (NRR), which").as_deref(),
            Some("northern road racing ltd")
        );
        // Letters out of order, a word in brackets, one word: no definition.
        assert_eq!(long("said Southvale Water (WSV) today"), None);
        assert_eq!(long("Cllr. Ann Lee (Labour) said"), None);
        assert_eq!(long("the river Brenta (CRB) flows"), None);
    }

    #[test]
    fn neighbour_swaps_keep_the_letters_before_from() {
        let all: Vec<String> = neighbour_swaps("abcd", 1).collect();
        assert_eq!(all, ["bacd", "acbd", "abdc"]);
        let kept: Vec<String> = neighbour_swaps("abcd", 2).collect();
        assert_eq!(kept, ["acbd", "abdc"]);
        assert_eq!(neighbour_swaps("a", 1).count(), 0);
    }

    use super::*;

    #[test]
    fn whole_word_containment() {
        assert!(contains_words("Major General Fortin said", "Fortin"));
        assert!(!contains_words("Fortinet said", "Fortin"));
        assert!(!contains_words("x", ""));
    }

    #[test]
    fn american_spellings_have_british_forms() {
        let b = |w: &str| british_spelling(w);
        assert_eq!(b("favorite").as_deref(), Some("favourite"));
        assert_eq!(b("neighbors").as_deref(), Some("neighbours"));
        assert_eq!(b("center").as_deref(), Some("centre"));
        assert_eq!(b("organized").as_deref(), Some("organised"));
        assert_eq!(b("canceled").as_deref(), Some("cancelled"));
        assert_eq!(b("license").as_deref(), Some("licence"));
        assert_eq!(b("jewelry").as_deref(), Some("jewellery"));
        // Not a word with the letters by chance.
        assert_eq!(b("floor"), None);
        assert_eq!(b("for"), None);
        assert_eq!(b("sense"), None);
    }

    fn words(t: &str) -> Vec<String> {
        tokenize(t).into_iter().map(|t| t.word).collect()
    }

    #[test]
    fn abbreviations_keep_their_identity() {
        assert_eq!(
            words("the U.S. and the U.K."),
            ["the", "u.s.", "and", "the", "u.k."]
        );
        assert_eq!(
            words("does the WHO advise"),
            ["does", "the", "w.h.o.", "advise"]
        );
        assert_eq!(
            words("report it to US regulators"),
            ["report", "it", "to", "u.s.", "regulators"]
        );
        // Shouting is no abbreviation, nor a capital at the start of a sentence.
        assert_eq!(words("TELL US NOW"), ["tell", "us", "now"]);
        assert_eq!(words("Us too. J. Smith"), ["us", "too", "j", "smith"]);
        assert!(is_acronym("u.s.") && !is_acronym("us") && !is_acronym("3.5"));
    }

    #[test]
    fn ordinals_read_as_written_out() {
        let words = |t: &str| -> Vec<String> { tokenize(t).into_iter().map(|t| t.word).collect() };
        assert_eq!(words("the 2nd phase"), ["the", "second", "phase"]);
        assert_eq!(words("on the 27th, 5TH"), ["on", "the", "27", "fifth"]);
        assert_eq!(words("4x4 B52 3rdparty"), ["4x4", "b52", "3rdparty"]);
    }

    #[test]
    fn thousands_written_with_k_read_as_digits() {
        let words = |t: &str| -> Vec<String> { tokenize(t).into_iter().map(|t| t.word).collect() };
        assert_eq!(words("£250k, 1.5K"), ["250000", "1500"]);
        assert_eq!(words("£250,000"), ["250000"]);
        assert_eq!(words("0k 2.25k"), ["0", "2250"]);
        // Not a number of thousands: a code, a word, too many decimals.
        assert_eq!(words("b52k kk 1.2345k"), ["b52k", "kk", "1.2345k"]);
    }

    #[test]
    fn splits_compounds_and_folds_possessives() {
        assert_eq!(
            words("NATO-led mission in Iraq’s ISIS/Daesh"),
            ["nato", "led", "mission", "in", "iraq", "isis", "daesh"]
        );
        assert_eq!(words("don't stop"), ["dont", "stop"]);
        // A pronoun's contraction is the pronoun: no "shed", no "well".
        assert_eq!(words("she'd been picked"), ["she", "been", "picked"]);
        assert_eq!(
            words("we’ll see, they're sure"),
            ["we", "see", "they", "sure"]
        );
        assert_eq!(words("the shed"), ["the", "shed"]);
    }

    #[test]
    fn joins_numbers() {
        assert_eq!(
            words("about 1,000 Iraqi, 3.5 km."),
            ["about", "1000", "iraqi", "3.5", "km"]
        );
        assert_eq!(words("in 2018, 12 of"), ["in", "2018", "12", "of"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let t = "Ms. Jana Kotorova’s view";
        for tok in tokenize(t) {
            assert!(t.get(tok.start..tok.end).is_some());
        }
        let toks = tokenize(t);
        assert!(toks[1].capitalized && !toks[3].capitalized);
        assert_eq!(&t[toks[2].start..toks[2].end], "Kotorova’s");
    }

    #[test]
    fn clean_removes_controls_and_invisible_marks() {
        assert_eq!(clean("a\u{0}b\u{200B}\u{200B}c\u{202E}d\n\te"), "a b c d e");
        assert!(matches!(clean("plain text"), Cow::Borrowed(_)));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            "   ",
            "🙂🙂",
            "'",
            "1,",
            ",1",
            "a'",
            "'s",
            "مرحبا بالعالم",
            "\u{301}a",
        ] {
            let _ = tokenize(t);
        }
        assert!(words("🙂🙂 ??").is_empty());
        assert_eq!(words("مرحبا"), ["مرحبا"]);
    }

    #[test]
    fn inflections_share_a_key_and_derivations_do_not() {
        let s = Stems::default();
        let same = [
            ("trained", "training"),
            ("train", "trains"),
            ("leads", "lead"),
            ("planned", "planning"),
            ("plan", "plans"),
            ("making", "make"),
            ("forces", "force"),
            ("studies", "studied"),
            ("agreed", "agree"),
            ("soldiers", "soldier"),
            ("boxes", "box"),
            ("added", "add"),
            ("died", "die"),
            ("dying", "dies"),
            ("tied", "tie"),
        ];
        for (a, b) in same {
            assert_eq!(s.stem(a), s.stem(b), "{a} {b}");
        }
        for (a, b) in [
            ("nationality", "national"),
            ("university", "universe"),
            ("closely", "close"),
        ] {
            assert_ne!(s.stem(a), s.stem(b), "{a} {b}");
        }
        assert_eq!(s.stem("isis"), "isis");
        assert_eq!(s.stem("focus"), "focus");
        assert_eq!(s.stem("ministère"), "ministère");
    }

    #[test]
    fn ordinals_that_pick_one_of_a_series() {
        assert!(is_ordinal("second") && is_ordinal("tenth"));
        assert!(!is_ordinal("first") && !is_ordinal("2"));
        assert_eq!(words("the 2nd phase"), ["the", "second", "phase"]);
    }

    #[test]
    fn snowball_stems_inflections_alike() {
        let s = Stems::snowball();
        assert_eq!(s.stem("trained"), s.stem("training"));
        assert_eq!(s.stem("leads"), s.stem("lead"));
        assert_eq!(s.stem("missions"), s.stem("mission"));
        assert_eq!(s.stem("2018"), "2018");
    }
}

/// English function words: they carry no topic, so neither the index nor the matcher
/// counts them. (A fixed property of English, not of any article.)
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "aint",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "arent",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cant",
    "could",
    "couldnt",
    "couldve",
    "did",
    "didnt",
    "do",
    "does",
    "doesnt",
    "doing",
    "dont",
    "down",
    "during",
    "each",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "hadnt",
    "has",
    "hasnt",
    "have",
    "havent",
    "having",
    "he",
    "hed",
    "her",
    "here",
    "heres",
    "hers",
    "herself",
    "hes",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "im",
    "in",
    "into",
    "is",
    "isnt",
    "it",
    "itll",
    "its",
    "itself",
    "ive",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "mustnt",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "s",
    "same",
    "shall",
    "she",
    "shes",
    "should",
    "shouldnt",
    "shouldve",
    "so",
    "some",
    "such",
    "t",
    "than",
    "that",
    "thats",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "theres",
    "these",
    "they",
    "theyd",
    "theyll",
    "theyre",
    "theyve",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "wasnt",
    "we",
    "were",
    "werent",
    "weve",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "wont",
    "would",
    "wouldnt",
    "wouldve",
    "yet",
    "you",
    "youd",
    "youll",
    "your",
    "youre",
    "yours",
    "yourself",
    "youve",
];

/// Adverb particles of phrasal verbs that may stand after the verb's object ("give the
/// bronzes *back*") and that close compound nouns made of one (walk*out*, take*over*).
/// Sorted.
pub const ADVERB_PARTICLES: &[&str] = &["away", "back", "down", "off", "out", "over", "up"];

/// True for a function word (see [`FUNCTION_WORDS`]).
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.binary_search(&word).is_ok()
}

/// True when a word of five letters or more is a slip of a function word of as many or
/// more: one letter dropped, added, changed, or two swapped ("agianst", "becuase",
/// "betwen"). Asked only of a word no dictionary knows (`matcher::groups`): "begin" is
/// one edit from "being" but a word of its own.
pub fn function_word_slip(word: &str) -> bool {
    word.len() >= 5
        && FUNCTION_WORDS
            .iter()
            .any(|f| f.len() >= 5 && strsim::damerau_levenshtein(word, f) == 1)
}

/// Words that put a clause in the future on their own (`won't` is tokenized `wont`,
/// `they'll` `theyll`). Sorted.
const FUTURE_WORDS: &[&str] = &["gonna", "itll", "shall", "theyll", "will", "wont", "youll"];

/// Verbs of intent, hope or schedule that put a clause in the future before `to` ("is
/// *expected to* open", "*plans to* appeal", "is *going to* strike", "*hoped to* open a
/// second fridge"). Sorted.
const FUTURE_BEFORE_TO: &[&str] = &[
    "aim",
    "aiming",
    "aims",
    "expected",
    "expects",
    "going",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "intend",
    "intends",
    "plan",
    "planned",
    "planning",
    "plans",
    "scheduled",
];

/// True when `word` (lowercase token), followed by `next`, speaks of the future: what
/// "will it reopen" asks, and what "the bridge will reopen" or "it is expected to reopen"
/// says.
pub fn is_future(word: &str, next: Option<&str>) -> bool {
    FUTURE_WORDS.binary_search(&word).is_ok()
        || (next == Some("to") && FUTURE_BEFORE_TO.binary_search(&word).is_ok())
}

/// True when `needle` occurs in `hay` as whole words (not inside a longer word).
pub fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// True when `c` stands right before or right after bytes `start..end` of `text`, spaces
/// aside: the `&` of a firm's name (`Glanville & Hythe`), whose words name no person.
pub fn beside(text: &str, start: usize, end: usize, c: char) -> bool {
    text[end..].trim_start().starts_with(c) || text[..start].trim_end().ends_with(c)
}

/// Where a refusal to speak opens among a sentence's lowercase words (`X declined to
/// comment`, `did not respond to requests for comment`, `could not be reached for
/// comment`, `declined to be interviewed`): the word that opens it, up to eight words
/// before `comment` (or `interview`). Such a sentence is what the article says of the
/// person's words: nothing.
pub fn refusal_at<S: AsRef<str>>(words: &[S]) -> Option<usize> {
    const REFUSING: &[&str] = &[
        "declined",
        "declines",
        "declining",
        "refused",
        "refuses",
        "refusing",
    ];
    // Followed by "not" (or written with it): "did not respond", "couldn't be reached".
    const AUXILIARIES: &[&str] = &[
        "could", "couldnt", "did", "didnt", "had", "hadnt", "has", "hasnt", "have", "havent",
        "was", "wasnt", "were", "werent", "would", "wouldnt",
    ];
    // (An interview refused is a comment refused: "declined to be interviewed".)
    let c = words.iter().position(|w| {
        matches!(
            w.as_ref(),
            "comment" | "comments" | "interview" | "interviewed"
        )
    })?;
    (c.saturating_sub(8)..c).find(|&k| {
        let w = words[k].as_ref();
        REFUSING.contains(&w)
            || (AUXILIARIES.contains(&w)
                && (w.ends_with("nt") || words.get(k + 1).is_some_and(|n| n.as_ref() == "not")))
    })
}

#[cfg(test)]
mod function_word_tests {
    #[test]
    fn list_is_sorted_for_binary_search() {
        assert!(super::FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::FUTURE_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::FUTURE_BEFORE_TO.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_function_word("the") && !super::is_function_word("mission"));
    }

    #[test]
    fn a_slip_of_a_function_word_is_one() {
        use super::function_word_slip as slip;
        assert!(slip("agianst") && slip("becuase") && slip("betwen"));
        // Short words change into other words too easily; content words are no slips.
        assert!(!slip("thn") && !slip("mission") && !slip("against"));
    }

    #[test]
    fn a_character_beside_a_word() {
        let text = "Glanville & Hythe said, Rupert Glanville said";
        assert!(super::beside(text, 0, 9, '&') && super::beside(text, 12, 17, '&'));
        assert!(!super::beside(text, 31, 40, '&'));
    }

    #[test]
    fn a_refusal_to_comment_is_found() {
        let words = |s: &str| -> Vec<String> { s.split(' ').map(str::to_string).collect() };
        let at = |s: &str| super::refusal_at(&words(s));
        assert_eq!(at("mr kerr declined to comment when contacted"), Some(2));
        assert_eq!(
            at("the department did not respond to a request for comment"),
            Some(2)
        );
        assert_eq!(at("the comment was short"), None);
        assert_eq!(
            at("its chief executive declined to be interviewed"),
            Some(3)
        );
        assert_eq!(at("she gave an interview to the bbc"), None);
        assert_eq!(at("she couldnt be reached for comment"), Some(1));
        assert_eq!(
            at("he said he had heard many complaints and then made a comment"),
            None
        );
    }
}
