//! Sentence splitting: where one sentence of a paragraph ends and the next begins.
//!
//! The bot answers with whole sentences copied from the article, so a wrong split is
//! visible to every user: a cut after `Ms.` answers with half a name, a missed cut answers
//! with two unrelated sentences. The rules are those of English orthography, not of any
//! article:
//!
//! - a sentence ends at `.`, `?`, `!` or an ellipsis, plus any closing quotes or brackets
//!   (`…end."`), when whitespace and then something that is not a lowercase letter follow;
//! - a full stop after an abbreviation does not end a sentence when a name or a number
//!   follows (`Ms. Jana`, `Oct. 2018`, `No. 5`, `J. R. R. Tolkien`, `U.S. Army`), but does when
//!   a word that usually opens a sentence follows (`…in the U.S. The next day…`);
//! - a full stop with no space after it (`3.5`, `U.S.`, `e.g.`) never ends a sentence.
//!
//! Sentences inside a quotation are split like any others: each quoted sentence is its own
//! answer, and `quote` attributes all of them to the speaker.

/// Abbreviations that always precede a name, so their full stop never ends a sentence:
/// these, and every title `quote::title_word` spells out (`capt`, `cllr`, `gov`, …), so
/// that a title added there is known here too.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "cdr", "cpl", "cpt", "dr", "fr", "hon", "messrs", "mlle", "mme", "mr", "mrs", "ms", "pte",
    "pvt",
];

/// True for an abbreviated title (lowercase, no full stop).
fn is_title(lower: &str) -> bool {
    TITLES.contains(&lower) || crate::quote::title_word(lower).is_some()
}

/// Abbreviations that never end a sentence, whatever follows (`e.g. The Times`).
const NEVER_END: &[&str] = &["cf", "e.g", "i.e", "viz", "vs"];

/// Abbreviations that may end a sentence: the full stop ends it only when a typical
/// sentence opener follows (`Oct. 2018` continues, `…on 2 Feb. The test…` ends).
#[rustfmt::skip]
const MAY_END: &[&str] = &[
    "approx", "apr", "aug", "ave", "bros", "co", "corp", "dec", "dept", "est", "etc", "feb", "fig",
    "inc", "jan", "jr", "jul", "jun", "ltd", "mar", "mt", "no", "nos", "nov", "oct", "pp", "rd",
    "sep", "sept", "sr", "st", "vol",
];

/// Words that typically open an English sentence and are never part of a name or a date.
#[rustfmt::skip]
const STARTERS: &[&str] = &[
    "a", "according", "after", "also", "although", "an", "and", "as", "at", "because", "before",
    "but", "during", "for", "from", "he", "her", "here", "his", "how", "however", "i", "if", "in",
    "it", "its", "many", "meanwhile", "most", "my", "no", "not", "on", "our", "she", "since", "so",
    "some", "that", "the", "their", "then", "there", "these", "they", "this", "those", "though",
    "to", "under", "we", "what", "when", "where", "which", "while", "who", "why", "with", "yet",
    "you",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

/// Characters that may follow a full stop and still belong to the sentence.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '*' | '_'
    )
}

/// Characters that may open a sentence before its first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '*' | '_' | '„'
    )
}

/// Splits `text` into sentences: byte ranges, trimmed of whitespace, in order, never empty.
///
/// Every range is on char boundaries, so `&text[start..end]` is the sentence verbatim.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let (pos, c) = chars[i];
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        // A run of terminators (`?!`, `...`) counts as one.
        let mut j = i;
        while j < n && is_terminator(chars[j].1) {
            j += 1;
        }
        let single_stop = c == '.' && j == i + 1;
        while j < n && is_closer(chars[j].1) {
            j += 1;
        }
        let mut k = j;
        while k < n && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k == n {
            // The rest is whitespace: the last sentence ends here.
            break;
        }
        if k == j {
            // No space after the stop: `3.5`, `U.S.`, `ISIS/Daesh.Next`.
            i = j;
            continue;
        }
        let next = chars[k].1;
        let mut ends = !next.is_lowercase() && !matches!(next, ',' | ';' | ':' | ')' | ']');
        if ends && single_stop {
            let before = word_before(text, pos);
            let after = word_after(&text[byte(k)..]);
            ends = !continues_after_stop(before, after);
        }
        if ends {
            push_trimmed(text, start, byte(j), &mut out);
            start = byte(k);
        }
        i = k;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// The word that ends at byte `stop` (a full stop), without leading quotes or brackets.
fn word_before(text: &str, stop: usize) -> &str {
    let head = &text[..stop];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '—' | '–' | '/'))
        .map_or(0, |(b, c)| b + c.len_utf8());
    head[from..].trim_start_matches(is_opener)
}

/// The first word of `rest`, after any opening quotes or brackets.
fn word_after(rest: &str) -> &str {
    let rest = rest.trim_start_matches(is_opener);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(b, _)| b);
    &rest[..end]
}

/// True for a word written with a full stop as an abbreviation (`ms`, `st`, `no`), in
/// lowercase: it is no set of initials, whatever capitals it was made from.
pub fn is_abbreviation(lower: &str) -> bool {
    is_title(lower) || [NEVER_END, MAY_END].iter().any(|l| l.contains(&lower))
}

/// True when the full stop after `before` is an abbreviation's and the sentence goes on
/// with `after`.
fn continues_after_stop(before: &str, after: &str) -> bool {
    if before.is_empty() || before.chars().any(|c| c.is_ascii_digit()) {
        // `in 2018. The…`; a number never takes an abbreviation's stop.
        return false;
    }
    let lower = before.to_lowercase();
    if NEVER_END.contains(&lower.as_str()) || is_title(&lower) {
        return true;
    }
    let letters = before.chars().filter(|c| c.is_alphabetic()).count();
    let initial = letters == 1 && before.chars().count() == 1;
    // `U.S`, `a.m`, `Ph.D`: letters in short groups joined by full stops.
    let dotted = before.contains('.')
        && before
            .split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
    if !(initial || dotted || MAY_END.contains(&lower.as_str())) {
        return false;
    }
    let next = after.to_lowercase();
    // After an initial, `A` and `I` are more likely further initials than sentence openers.
    if initial && (next == "a" || next == "i") {
        return true;
    }
    !STARTERS.contains(&next.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            sentences("One two. Three four? Five six! Seven"),
            ["One two.", "Three four?", "Five six!", "Seven"]
        );
        assert!(sentences("").is_empty());
        assert!(sentences("   \n ").is_empty());
        assert_eq!(sentences("  Lone sentence.  "), ["Lone sentence."]);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Ms. Jana Kotorova spoke. Mr. Brooks and Dr. Lindqvist agreed."),
            [
                "Ms. Jana Kotorova spoke.",
                "Mr. Brooks and Dr. Lindqvist agreed."
            ]
        );
        assert_eq!(
            sentences("Maj. Gen. Smith and Lt. Col. Jones met St. John’s staff."),
            ["Maj. Gen. Smith and Lt. Col. Jones met St. John’s staff."]
        );
        assert_eq!(
            sentences(
                "Council leader Cllr. Ann Lee and Det. Insp. Karen Mallory spoke. Then they left."
            ),
            [
                "Council leader Cllr. Ann Lee and Det. Insp. Karen Mallory spoke.",
                "Then they left."
            ]
        );
        assert_eq!(
            sentences("The book by J. R. R. Tolkien sold well. It was long."),
            ["The book by J. R. R. Tolkien sold well.", "It was long."]
        );
        assert_eq!(
            sentences("George W. Bush spoke. Then he left."),
            ["George W. Bush spoke.", "Then he left."]
        );
    }

    #[test]
    fn dates_numbers_and_dotted_abbreviations() {
        assert_eq!(
            sentences("On 31 Oct. 2018 it began. It cost 3.5 million, about 1,000 each."),
            [
                "On 31 Oct. 2018 it began.",
                "It cost 3.5 million, about 1,000 each."
            ]
        );
        assert_eq!(
            sentences("The test on 2 Feb. took 37 minutes. The next on 9 Dec. The gates held."),
            [
                "The test on 2 Feb. took 37 minutes.",
                "The next on 9 Dec.",
                "The gates held."
            ]
        );
        assert_eq!(
            sentences("Room No. 5 is open from 8 a.m. to 8 p.m. on weekdays. Call us."),
            [
                "Room No. 5 is open from 8 a.m. to 8 p.m. on weekdays.",
                "Call us."
            ]
        );
        assert_eq!(
            sentences("The U.S. Army and the U.N. agreed. They met in the U.S. The talks ended."),
            [
                "The U.S. Army and the U.N. agreed.",
                "They met in the U.S.",
                "The talks ended."
            ]
        );
        assert_eq!(
            sentences("Some fruit, e.g. Apples, i.e. Red ones. Fine."),
            ["Some fruit, e.g. Apples, i.e. Red ones.", "Fine."]
        );
        assert_eq!(
            sentences("It ended in 2018. 2019 was calmer."),
            ["It ended in 2018.", "2019 was calmer."]
        );
    }

    #[test]
    fn quotes_and_brackets_after_the_stop() {
        assert_eq!(
            sentences(r#"He said: "It is over." Ms. Kotorova agreed."#),
            [r#"He said: "It is over.""#, "Ms. Kotorova agreed."]
        );
        assert_eq!(
            sentences("She added: “First one. Second one. Third one.” Then she left."),
            [
                "She added: “First one.",
                "Second one.",
                "Third one.”",
                "Then she left."
            ]
        );
        assert_eq!(
            sentences(r#""Is it safe?" she asked. "Yes!" he said."#),
            [r#""Is it safe?" she asked."#, r#""Yes!" he said."#]
        );
        assert_eq!(
            sentences("It worked (mostly.) Next came “a genuinely important step”. “Cycle life” was next."),
            [
                "It worked (mostly.)",
                "Next came “a genuinely important step”.",
                "“Cycle life” was next."
            ]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            sentences("He paused... then went on. Wait… The end."),
            ["He paused... then went on.", "Wait…", "The end."]
        );
        assert_eq!(sentences("And so... "), ["And so..."]);
    }

    #[test]
    fn lowercase_or_punctuation_after_the_stop_continues() {
        assert_eq!(
            sentences("Built by Van Rijn Inc. and others. Done."),
            ["Built by Van Rijn Inc. and others.", "Done."]
        );
        assert_eq!(sentences("Wow!, he said."), ["Wow!, he said."]);
    }

    #[test]
    fn odd_input_gives_valid_ranges() {
        for t in [
            ".",
            "...",
            "!?",
            "\"",
            "a. b. c.",
            "É. Ü. ß.",
            "🙂. 🙂! 🙂",
            "Mr.",
            " . . . ",
            "“”",
            "Dr. ",
        ] {
            for (a, b) in split(t) {
                assert!(a < b && b <= t.len(), "{t:?}");
                let s = &t[a..b];
                assert_eq!(s, s.trim(), "{t:?}");
            }
        }
        assert_eq!(sentences("🙂. 🙂! 🙂"), ["🙂.", "🙂!", "🙂"]);
    }

    #[test]
    fn seed_paragraph_splits_into_its_sentences() {
        let p = "The new NATO Mission Iraq is expected to be fully set up in early 2019. \
                 It will be a non-combat mission, and will help. It will also train \
                 Iraqi instructors.";
        assert_eq!(sentences(p).len(), 3);
    }
}
