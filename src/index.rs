//! The search index over all sentences: an inverted index of stems, what kind of
//! information each sentence holds (people, dates, numbers, places), and a deletion index
//! over the vocabulary for typo correction.
//!
//! Built once per knowledge load; a question never scans every sentence (only the postings
//! of its words) and never compares a word with the whole vocabulary (only the few words
//! that share a one-letter deletion with it).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use crate::knowledge::{ArticleId, Knowledge, PersonId, SentenceId};
use crate::lang::Lang;
use crate::quote::{is_legal_form, is_reporting_verb, title_word};
use crate::text::{
    contains_words, is_function_word, is_future, is_ordinal, long_form, name_initials, refusal_at,
    tokenize, Token,
};

/// Index of a stem in the index's vocabulary.
pub type TermId = u32;

/// How strongly a sentence holds a term: 1 for its own words, less for words it only
/// refers to (the speaker of a quote, the subject behind `It`/`She`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posting {
    pub sentence: SentenceId,
    pub weight: f32,
}

/// Field weights: a sentence's own words count fully; words it inherits less. What an
/// opening `It`/`She`/`The ban` refers to is nearly as sure as the words themselves
/// (measured: 0.5 -> 0.95 gained four questions on the eight sets, lost none); kept
/// below `OWN` so that inherited words do not count in document frequency.
pub const OWN: f32 = 1.0;
pub const SPEAKER: f32 = 0.6;
/// The speaker of a quote in the first person ("I want to thank my coach"): the `I` is
/// the speaker, as sure as an opening `She` is its referent.
pub const SPEAKER_AS_I: f32 = 0.95;
pub const CONTEXT: f32 = 0.95;
/// Weight of the words of a name a sentence speaks of by a definite noun
/// ([`crate::knowledge::Sentence::names`]): less sure than a pronoun's referent, and a
/// name's place words decide "one detail away" questions. Measured over all 5,206
/// questions against no names: 0.5 and 0.6 +3 -1, 0.75 +4 -3, 0.95 +4 -6.
pub const NAMED: f32 = 0.5;
/// The words an abbreviation stands for ("SWS": Southmere Water Services).
pub const EXPANSION: f32 = 0.6;
/// The role of a person a sentence names ("Vasilescu": the director).
pub const MENTION_ROLE: f32 = 0.4;
pub const TITLE: f32 = 0.3;
/// "Until 5 Jun." says when something ends or closes, nearly as surely as the words:
/// measured over all 11,686 questions, 0.4 +1 -1, 0.6 +2 -1, 0.8 and 0.95 +4 -1.
pub const UNTIL: f32 = 0.8;

/// What kind of information a sentence holds, for matching the kind of question.
pub mod feature {
    pub const PERSON: u32 = 1;
    pub const DATE: u32 = 2;
    pub const NUMBER: u32 = 4;
    pub const PLACE: u32 = 8;
    pub const QUOTE: u32 = 16;
    pub const REASON: u32 = 32;
    /// Reports what someone said, with or without quotation marks ("X said that …").
    pub const REPORTS: u32 = 64;
    /// Names someone who does something without naming a person: `by RideNow`, `from the
    /// National Research Council` (an organisation can answer *who*).
    pub const AGENT: u32 = 128;
    /// A sum of money: `£240 million`, `4.2 million euros`, `$35`.
    pub const MONEY: u32 = 256;
    /// A span of time: `48 hours`, `a six-week campaign`, `four years`, `since 2017`.
    pub const DURATION: u32 = 512;
    /// A physical quantity: `48 metres`, `3,600 tonnes`, `5 kilometres`, `18,400 hectares`.
    pub const MEASURE: u32 = 1024;
    /// Someone's age as news gives it: `Solberg, 31, a former runner`, `a 64-year-old`.
    pub const AGE: u32 = 2048;
    /// A time of day: `6:40 a.m.`, `4pm`, `noon`, `midnight`.
    pub const CLOCK: u32 = 4096;
    /// A number of people of some kind: `1,400 firefighters`, `several hundred personnel`.
    pub const HEADCOUNT: u32 = 8192;
    /// A [`MEASURE`] of length or distance: `48 metres`, `within 5 kilometres`.
    pub const LENGTH: u32 = 16384;
    /// A [`MEASURE`] of weight: `3,600 tonnes`, `180 kg`.
    pub const WEIGHT: u32 = 32768;
    /// Speaks of the future: `will`, `would`, `shall`, `is expected to`, `plans to`.
    pub const FUTURE: u32 = 65536;
    /// Someone declined to comment: `X did not respond to requests for comment`.
    pub const NO_COMMENT: u32 = 131_072;
    /// A [`MEASURE`] of temperature: `41.2°C`, `30 degrees` (a bare `95F` has no degree
    /// sign and is not read as one).
    pub const TEMPERATURE: u32 = 262_144;
    /// A proper name that is no date and no place after `in`, `from`, …: `called the
    /// Riverside Arena`, `Dr. Rajesh Menon`. "What is the name of …" needs one.
    pub const NAME: u32 = 524_288;
    /// A number of things, not a sum, share, span or measure: `11 people`, `four
    /// complaints`, `twice`. "How many people were fined" is not answered by `fined up to
    /// £1,000`.
    pub const COUNT: u32 = 1_048_576;
    /// A share: `74%`, `15 per cent`, `41 percent`. No count of anything.
    pub const SHARE: u32 = 2_097_152;
    /// A rate of events: `every 40 minutes`, `every Friday`, `twice a day`, `three
    /// times a week`, `weekly`. "How often" asks for one.
    pub const FREQUENCY: u32 = 4_194_304;
    /// A date said from the day of writing ("began this week", "closed last month"):
    /// a weaker answer to *when* than a day or a year.
    pub const RELATIVE_DATE: u32 = 8_388_608;
    /// The result of a game, two small numbers joined by a dash: `won 3-2`, `4-6, 7-5`,
    /// `a 27–19 win`. "What was the score" asks for one.
    pub const SCORE: u32 = 16_777_216;
    /// A name given to something: `named Biscuit`, `nicknamed Duchess`, `known to
    /// villagers as Great Tom`, `to be called the Riverside Arena`. "What was the horse
    /// called" asks for one, whatever else a sentence calls ("call 999").
    pub const NAMING: u32 = 33_554_432;
}

/// English month and weekday names, full and abbreviated, seasons and times of day: a
/// sentence with one holds a date (or a time, which answers *when* as well).
const DATE_WORDS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "autumn",
    "dec",
    "december",
    "feb",
    "february",
    "friday",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "midnight",
    "monday",
    "noon",
    "nov",
    "november",
    "oct",
    "october",
    "saturday",
    "sep",
    "sept",
    "september",
    "spring",
    "summer",
    "sunday",
    "thursday",
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
    "wednesday",
    "weekday",
    "weekdays",
    "weekend",
    "weekends",
    "winter",
    "yesterday",
];

/// Adverbs of a regular rate. Sorted.
const RATE_ADVERBS: &[&str] = &[
    "annually",
    "daily",
    "fortnightly",
    "hourly",
    "monthly",
    "nightly",
    "weekly",
    "yearly",
];

/// True when the number at `i` and the next one, joined by a dash, are a game's result
/// ("beat them 3-2", "27–19 win"): each of at most three digits, not a range of some
/// unit ("5-10 minutes", "2-3 metres") nor an age band ("aged 11-18").
fn is_score(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    let small = |w: &str| w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit());
    let unit = tokens.get(i + 2).is_some_and(|n| {
        in_sorted(TIME_UNITS, &n.word) || in_sorted(MEASURE_UNITS, &n.word) || n.word == "year"
    });
    let aged = i > 0 && matches!(tokens[i - 1].word.as_str(), "aged" | "ages" | "between");
    let dash = text
        .get(a.end..b.start)
        .is_some_and(|between| matches!(between, "-" | "–"));
    dash && small(&a.word) && small(&b.word) && !unit && !aged
}

/// Verbs that give something a name, before the name: "a grey cob *named* Biscuit".
const NAMING_VERBS: &[&str] = &[
    "called",
    "christened",
    "dubbed",
    "named",
    "nicknamed",
    "renamed",
];

/// True when the token at `i` gives a name: a naming verb or "name" (or "known … as",
/// with at most five words between) followed by a capitalized word or a quote, after at
/// most a determiner ("called the Riverside Arena", "known as \"Auntie Mags\"").
fn is_naming(text: &str, tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].word.as_str();
    let after = if in_sorted(NAMING_VERBS, w) || w == "name" {
        i + 1
    } else if w == "known" {
        match (i + 1..tokens.len().min(i + 7)).find(|&j| tokens[j].word == "as") {
            Some(j) => j + 1,
            None => return false,
        }
    } else {
        return false;
    };
    let det = tokens
        .get(after)
        .is_some_and(|t| matches!(t.word.as_str(), "the" | "a" | "an") && !t.capitalized);
    let Some(name) = tokens.get(after + usize::from(det)) else {
        return false;
    };
    let before = text.get(tokens[after - 1].end..name.start).unwrap_or("");
    name.capitalized || before.contains(['"', '“', '\''])
}

/// True for a unit of time, singular or plural ("year", "minutes").
pub fn is_time_unit(w: &str) -> bool {
    in_sorted(TIME_UNITS, w)
}

/// True when the word at `i` opens a rate of events: "every" before a unit of time or a
/// day ("every 40 minutes", "every two years", "every Friday"); "once", "twice" or
/// "times" before "a"/"per"/"each"/"every" ("twice a day", "three times a week"); an
/// adverb of rate ("weekly").
fn is_frequency(words: &[&str], i: usize) -> bool {
    let at = |k: usize| words.get(k).copied().unwrap_or("");
    let time = |w: &str| is_time_unit(w) || in_sorted(DATE_WORDS, w);
    match words[i] {
        "every" => {
            time(at(i + 1))
                || (is_number_word(at(i + 1)) && time(at(i + 2)))
                || (at(i + 1) == "other" && time(at(i + 2)))
        }
        w if is_times_word(w) || matches!(w, "once" | "times") => {
            matches!(at(i + 1), "a" | "per" | "each" | "every") && time(at(i + 2))
        }
        w => in_sorted(RATE_ADVERBS, w),
    }
}

/// "Twice", "thrice": a number of times in one word.
pub const TIMES_WORDS: &[&str] = &["thrice", "twice"];

/// True for a number of times in one word (see [`TIMES_WORDS`]).
pub fn is_times_word(w: &str) -> bool {
    TIMES_WORDS.contains(&w)
}

/// Numbers up to twenty in words, by value: news writes small numbers in words ("five
/// years"), people type digits ("in 5 years"), and the other way round.
#[rustfmt::skip]
const SMALL_NUMBERS: [&str; 21] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
];

/// The other way of writing a number up to twenty: "5" → "five", "five" → "5".
pub fn other_spelling(word: &str) -> Option<String> {
    match word.parse::<usize>() {
        Ok(n) if !word.starts_with('0') || word == "0" => {
            SMALL_NUMBERS.get(n).map(|w| w.to_string())
        }
        Ok(_) => None,
        Err(_) => SMALL_NUMBERS
            .iter()
            .position(|&w| w == word)
            .map(|n| n.to_string()),
    }
}

/// English number words: a sentence with one holds a quantity.
const NUMBER_WORDS: &[&str] = &[
    "billion",
    "billions",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "hundred",
    "hundreds",
    "million",
    "millions",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "percent",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "twelve",
    "twenty",
    "two",
];

/// Currency names, as they follow an amount (`4.2 million euros`, `300 crowns`).
#[rustfmt::skip]
const CURRENCY_WORDS: &[&str] = &[
    "cent", "cents", "crown", "crowns", "dollar", "dollars", "euro", "euros", "franc", "francs",
    "krona", "krone", "kroner", "kronor", "pence", "peso", "pesos", "pound", "pounds", "rand",
    "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "yen", "yuan",
];

/// Currency signs, as they precede an amount (`£750`, `$1.2bn`).
const CURRENCY_SIGNS: &[char] = &['$', '£', '€', '¥', '₹', '₩', '₽'];

/// Units of time, as they follow an amount (`48 hours`, `six-week`).
#[rustfmt::skip]
const TIME_UNITS: &[&str] = &[
    "centuries", "century", "day", "days", "decade", "decades", "fortnight", "hour", "hours",
    "minute", "minutes", "month", "months", "night", "nights", "second", "seconds", "week",
    "weeks", "year", "years",
];

/// Units of physical quantities, as they follow an amount (`48 metres`, `3,600 tonnes`).
#[rustfmt::skip]
const MEASURE_UNITS: &[&str] = &[
    "acre", "acres", "centimeter", "centimeters", "centimetre", "centimetres", "cm", "degree",
    "degrees", "feet", "foot", "gallon", "gallons", "gram", "grams", "hectare", "hectares", "inch",
    "inches", "kg", "kilo", "kilogram", "kilograms", "kilometer", "kilometers", "kilometre",
    "kilometres", "kilos", "km", "kmh", "kph", "lb", "lbs", "liter", "liters", "litre", "litres",
    "megawatt", "megawatts", "meter", "meters", "metre", "metres", "mile", "miles", "millimetre",
    "millimetres", "mm", "mph", "mw", "ounce", "ounces", "oz", "ton", "tonne", "tonnes", "tons",
    "yard", "yards",
];

/// The units of [`MEASURE_UNITS`] that measure a length or distance (`how far`, `how
/// deep`) and those that measure a weight (`how heavy`): a measure of another kind does
/// not answer.
#[rustfmt::skip]
const LENGTH_UNITS: &[&str] = &[
    "centimeter", "centimeters", "centimetre", "centimetres", "cm", "feet", "foot", "inch",
    "inches", "kilometer", "kilometers", "kilometre", "kilometres", "km", "meter", "meters",
    "metre", "metres", "mile", "miles", "millimetre", "millimetres", "mm", "yard", "yards",
];

/// True for a unit of length (`metres`, `km`, `miles`), lowercase.
pub fn is_length_unit(w: &str) -> bool {
    in_sorted(LENGTH_UNITS, w)
}

#[rustfmt::skip]
const WEIGHT_UNITS: &[&str] = &[
    "gram", "grams", "kg", "kilo", "kilogram", "kilograms", "kilos", "lb", "lbs", "ounce",
    "ounces", "oz", "ton", "tonne", "tonnes", "tons",
];

/// Words between an amount and its unit: `4.2 million euros`, `a few hundred metres`.
#[rustfmt::skip]
const MULTIPLIERS: &[&str] = &[
    "billion", "bn", "hundred", "million", "thousand", "trillion",
];

/// Words that introduce a place when a capitalized name follows them.
const PLACE_PREPOSITIONS: &[&str] = &[
    "across", "along", "at", "behind", "beside", "from", "in", "near", "on", "outside", "to",
];

/// Words that introduce a reason or purpose. (With "blaming", "citing", "afford", "avoid",
/// "forced", "prompted", "unable": over the 111 sets +1 −0; "since" and "lack" as well,
/// +1 −2, "since" being as often a time.)
const REASON_WORDS: &[&str] = &[
    "afford",
    "after",
    "aim",
    "aimed",
    "aims",
    "amid",
    "arguing",
    "attempt",
    "avoid",
    "because",
    "blame",
    "blamed",
    "blames",
    "blaming",
    "cause",
    "caused",
    "causes",
    "citing",
    "concern",
    "concerns",
    "due",
    "fear",
    "fears",
    "following",
    "forced",
    "goal",
    "needed",
    "order",
    "prompted",
    "protest",
    "purpose",
    "reason",
    "reasons",
    "result",
    "so",
    "thanks",
    "unable",
];

/// Words for a part of a whole, after a number or "a" ("a third of them", "two
/// thirds"). Sorted.
const FRACTION_WORDS: &[&str] = &[
    "fifth", "fifths", "half", "halves", "quarter", "quarters", "tenth", "tenths", "third",
    "thirds",
];

/// What the amount at token `i` of `text` measures, from the sign before it and the unit
/// after it (past a multiplier: `£240 million`, `4.2 million euros`): a
/// [`feature::MONEY`], [`feature::DURATION`] or [`feature::MEASURE`] bit, or 0.
fn quantity_kind(text: &str, tokens: &[Token], i: usize) -> u32 {
    let sign = text[..tokens[i].start].trim_end().ends_with(CURRENCY_SIGNS);
    let at = tokens[i + 1..]
        .iter()
        .take(3)
        .position(|t| !in_sorted(MULTIPLIERS, &t.word))
        .map(|p| i + 1 + p);
    let unit = at.map_or("", |a| tokens[a].word.as_str());
    // "1.2 million day visits": a unit of time in the singular before a noun, after a
    // multiplier, says what kind of visit; what is counted is the visits. (Not right
    // after the number: "a 48 hour strike" is a span.)
    let modifier = at.is_some_and(|a| {
        a > i + 1
            && in_sorted(TIME_UNITS, unit)
            && !unit.ends_with('s')
            && tokens.get(a + 1).is_some_and(|n| {
                !n.capitalized
                    && n.word.chars().all(|c| c.is_ascii_lowercase())
                    && !crate::text::is_function_word(&n.word)
            })
    });
    if modifier {
        return 0;
    }
    // `41.2°C`, `-3 °F`, `30 degrees Celsius`; British news drops the sign before a
    // capital C (`33C`, `minus 2C`), which no other unit is written as.
    let degree_sign = text[tokens[i].end..].trim_start().starts_with('°')
        || (number_before(&tokens[i].word, "c").is_some() && text[..tokens[i].end].ends_with('C'));
    let after_unit = at.and_then(|a| tokens.get(a + 1));
    let share = text[tokens[i].end..].starts_with('%')
        || matches!(unit, "percent" | "pc")
        || (unit == "per" && after_unit.is_some_and(|t| t.word == "cent"))
        // "four in ten people", "1 in 5 schools" (not "£850,000 in 2015").
        || (unit == "in"
            && at == Some(i + 1)
            && !sign
            && after_unit.is_some_and(|t| {
                in_sorted(NUMBER_WORDS, &t.word)
                    || (t.word.len() <= 3 && t.word.bytes().all(|b| b.is_ascii_digit()))
            }))
        // "two thirds of the members".
        || (at == Some(i + 1) && in_sorted(FRACTION_WORDS, unit));
    if share {
        feature::SHARE
    } else if sign || in_sorted(CURRENCY_WORDS, unit) || is_pence(&tokens[i].word) {
        feature::MONEY
    } else if degree_sign || matches!(unit, "degree" | "degrees" | "celsius" | "fahrenheit") {
        feature::MEASURE | feature::TEMPERATURE
    } else if in_sorted(TIME_UNITS, unit) {
        feature::DURATION
    } else if in_sorted(LENGTH_UNITS, unit) {
        feature::MEASURE | feature::LENGTH
    } else if in_sorted(WEIGHT_UNITS, unit) {
        feature::MEASURE | feature::WEIGHT
    } else if in_sorted(MEASURE_UNITS, unit) {
        feature::MEASURE
    } else {
        0
    }
}

/// True for a sum in pence written as one word: `50p`, `2.5p`.
fn is_pence(word: &str) -> bool {
    number_before(word, "p").is_some()
}

/// The number a word runs on into `suffix` with, in digits and points: `7.45` of
/// `7.45pm`, `50` of `50p`.
fn number_before<'w>(word: &'w str, suffix: &str) -> Option<&'w str> {
    word.strip_suffix(suffix).filter(|n| {
        n.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    })
}

/// True when the number at token `i` is an age: `Name, 31,` (a name, then the number
/// between commas, perhaps after `now` or `then`) or `64-year-old`.
fn is_age(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let Ok(n) = t.word.parse::<u32>() else {
        return false;
    };
    if !(1..120).contains(&n) {
        return false;
    }
    let year_old = matches!(
        (tokens.get(i + 1), tokens.get(i + 2)),
        (Some(a), Some(b)) if a.word == "year" && b.word == "old"
    );
    // "Walter Dunmore, now 79, lost ...", "his wife, then 24,": the age then or now.
    let at = match i.checked_sub(1).map(|j| tokens[j].word.as_str()) {
        Some("now" | "then") if text[tokens[i - 1].end..t.start].trim().is_empty() => i - 1,
        _ => i,
    };
    let apposed = at > 0
        && tokens[at - 1].capitalized
        && text[tokens[at - 1].end..tokens[at].start].trim() == ","
        && text[t.end..].trim_start().starts_with(',');
    // "aged 67", "all aged between 24 and 41", "pupils aged 11 to 18".
    let before = |d: usize| i.checked_sub(d).map_or("", |j| tokens[j].word.as_str());
    let aged = before(1) == "aged"
        || (before(2) == "aged" && matches!(before(1), "between" | "from" | "under" | "over"));
    year_old || apposed || aged
}

/// True for a season of the year (`autumn`): a time, but no date.
pub fn is_season(w: &str) -> bool {
    matches!(w, "autumn" | "spring" | "summer" | "winter")
}

/// True for the name of a month or a weekday (`july`, `sept`, `sunday`): like a number,
/// it pins a question to one date.
pub fn is_day_or_month(w: &str) -> bool {
    in_sorted(DATE_WORDS, w)
        && !is_season(w)
        && !matches!(
            w,
            "midnight"
                | "noon"
                | "today"
                | "tomorrow"
                | "tonight"
                | "yesterday"
                | "weekday"
                | "weekdays"
                | "weekend"
                | "weekends"
        )
}

/// True when token `i` is a word of a name: capitalized after the sentence's first word,
/// and no date, function word or title (`Mr.`).
pub fn is_name_word(tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].word.as_str();
    i > 0
        && tokens[i].capitalized
        && !in_sorted(DATE_WORDS, w)
        && !is_function_word(w)
        && title_word(w).is_none()
}

/// True for a number written in digits or words (`12`, `two`, `dozens`).
pub fn is_number_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || in_sorted(NUMBER_WORDS, w)
}

fn in_sorted(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// How many of an article's first sentences, from its lead on, may name the road or bus
/// route it is about.
const LEDE: usize = 2;

/// Verbs right after "the 528" that make the number a route's name ("the 528 is due at
/// 1.40 p.m."), not a count ("the 40 volunteers").
const ROUTE_VERBS: &[&str] = &["had", "has", "is", "ran", "runs", "was", "will", "would"];

/// The numbers by which `text` names a road or a bus route (lowercase, as tokenized): a
/// capital and up to four digits ("the B5292", "the A66"), a number after "No." ("the
/// No. 72 bus"), and two to four digits after "the" that end a phrase ("to run the
/// 131,", "the 528 is"), not a count of what follows ("the 40 volunteers") nor a year.
fn route_codes(text: &str) -> Vec<String> {
    let toks = tokenize(text);
    let digits = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let w = t.word.as_str();
        let road = t.capitalized
            && w.len() >= 2
            && w.as_bytes()[0].is_ascii_alphabetic()
            && digits(&w[1..]);
        let route = digits(w)
            && match i.checked_sub(1).map(|p| &toks[p]) {
                Some(p) if p.word == "no" && p.capitalized => true,
                Some(p) if p.word == "the" => {
                    let after = text[t.end..].chars().next();
                    let next = toks.get(i + 1).map(|n| n.word.as_str());
                    w.len() >= 2
                        && !is_year(w)
                        && match after {
                            None => true,
                            Some(',' | '.' | ';' | ')' | ':') => {
                                !text[t.end + 1..].starts_with(|c: char| c.is_ascii_digit())
                            }
                            Some(' ') => next.is_some_and(|n| ROUTE_VERBS.contains(&n)),
                            _ => false,
                        }
                }
                _ => false,
            };
        // (Where it is, not what: "a site at Kiln Lane, next to the A614".)
        let beside = i.checked_sub(2).is_some_and(|p| {
            matches!(
                toks[p].word.as_str(),
                "to" | "near" | "beside" | "off" | "via"
            )
        });
        if (road || route) && !beside && !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    out
}

/// True for a number that is a year even where a comma was lost in reading it ("1,900
/// kilometres" is the word `1900`): 1800 to 2100.
pub fn is_year(w: &str) -> bool {
    year_since(w, 1800)
}

/// The year a date as an article gives it holds: `2026` of `14 Mar. 2026`, of
/// `2026-02-19T08:30:00Z`.
fn year_in(date: &str) -> Option<i32> {
    date.split(|c: char| !c.is_ascii_digit())
        .find(|w| is_year(w))
        .and_then(|w| w.parse().ok())
}

/// True for four digits from `first` to 2100.
fn year_since(w: &str, first: u32) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (first..=2100).contains(&y))
}

/// The first year a number written without a comma may be ("the timber was felled
/// between 1385 and 1410"); 1,000 people are written with one.
const FIRST_YEAR_WRITTEN: u32 = 1000;

/// FNV-1a: a small, fast hash for the deletion keys (collisions only cost a distance check).
#[derive(Default)]
struct Fnv(u64);
impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
type FnvBuild = BuildHasherDefault<Fnv>;

fn hash_str(s: &str) -> u64 {
    FnvBuild::default().hash_one(s)
}

/// Calls `f` with every string made by deleting one character of `word`.
fn for_each_deletion(word: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::with_capacity(word.len());
    for (i, c) in word.char_indices() {
        buf.clear();
        buf.push_str(&word[..i]);
        buf.push_str(&word[i + c.len_utf8()..]);
        f(&buf);
    }
}

/// Fuzzy correction applies only to words at least this long: shorter ones have too many
/// real neighbours (`cost`/`most`) for a correction to be more likely right than wrong.
pub const MIN_FUZZY_LEN: usize = 4;

/// Words for one who leads: a role holding one of them (or a word the lexicon relates
/// to one, among its first [`LEADER_RELATED`]: chairman, manager, boss) leads what it
/// names.
const LEADER_WORDS: &[&str] = &["leader", "head", "chief", "director", "administrator"];
/// (Ten: "chairman" has "leader" ninth, after the words of "president" and "preside".)
const LEADER_RELATED: usize = 10;

/// The least length of a misspelt word corrected with two letters changed in place: in
/// a shorter one, two of its letters are too large a share to tell words apart.
const MIN_TWO_SUBSTITUTIONS_LEN: usize = 7;

/// The index.
#[derive(Debug, Default)]
pub struct Index {
    terms: HashMap<String, TermId>,
    /// Stem of each term (for explanations).
    names: Vec<String>,
    /// Lowercase word as written → its stem's term.
    surfaces: HashMap<String, TermId>,
    /// Words long enough for fuzzy matching, with their term.
    vocab: Vec<(String, TermId)>,
    /// Hash of a vocabulary word or of it with one character deleted → vocab positions.
    deletes: HashMap<u64, Vec<u32>, FnvBuild>,
    postings: Vec<Vec<Posting>>,
    df: Vec<u32>,
    idf: Vec<f32>,
    max_idf: f32,
    rare_idf: f32,
    lens: Vec<f32>,
    /// Each sentence's own terms in order (for proximity): sentence `i` is
    /// `seq[seq_end[i-1]..seq_end[i]]`.
    seq: Vec<TermId>,
    seq_end: Vec<u32>,
    /// Where in `seq` each sentence's first reporting verb stands (its `seq_end` when it
    /// has none).
    report_at: Vec<u32>,
    /// Positions in `seq` of numbers that are someone's age (`Megan Tull, 27, who rides
    /// …`), in order: they count nothing.
    ages: Vec<u32>,
    avg_len: f32,
    features: Vec<u32>,
    /// The article of each sentence.
    sentence_article: Vec<ArticleId>,
    /// Term → the articles whose title has it (sorted), or whose opening names it as
    /// the number of the road or bus route the story is about ([`route_codes`]).
    title_articles: HashMap<TermId, Vec<ArticleId>>,
    /// The years the articles were published in, sorted, each once.
    years: Vec<i32>,
    /// People each sentence names (or speaks as).
    mentions: Vec<Vec<PersonId>>,
    /// (first sentence, naming sentence) of each article whose first sentence describes
    /// someone the next ones name (`Person::described`).
    introductions: Vec<(SentenceId, SentenceId)>,
    /// Quote sentences that name only their own speaker → their terms outside the
    /// quotation marks.
    attributions: HashMap<SentenceId, Vec<TermId>>,
    /// Term of a person's name word → the people with that word in their name.
    person_terms: HashMap<TermId, Vec<PersonId>>,
    /// Per person: the words of their name as written (lowercase), with their terms.
    person_names: Vec<Vec<(String, TermId)>>,
    /// Per person: their role makes them the one who leads what it names (see
    /// [`Index::leads_by_role`]).
    leaders: Vec<bool>,
    /// Terms of some person's name (not only of a role: "chair", "council").
    name_terms: HashSet<TermId>,
    /// Per term: [`CAPITALIZED`] when written capitalized inside a sentence, [`LOWER`]
    /// when written in lowercase.
    case: Vec<u8>,
    /// Terms for a kind of person, written in lowercase (`worker`, `resident`): what
    /// "people" may stand for.
    kinds_of_person: Vec<TermId>,
    /// Terms of units of time and of physical quantities (`metres`, `hours`), sorted.
    units: Vec<TermId>,
    /// Terms of [`GROUP_WORDS`], sorted.
    group_words: Vec<TermId>,
}

/// Two words joined by one hyphen ("co-founder", "back-up", "crowd-funding"), not in a
/// longer chain ("mother-of-three"): each as one word, as people type them ("cofounder"),
/// with the part that says what the compound is: the last ("founder"), unless that is a
/// function word or shorter than three letters ("back-up": "back").
fn hyphen_joined<'a>(
    text: &'a str,
    tokens: &'a [Token],
) -> impl Iterator<Item = (String, String)> + 'a {
    let hyphen =
        move |i: usize| i + 1 < tokens.len() && &text[tokens[i].end..tokens[i + 1].start] == "-";
    let alphabetic = |w: &str| w.chars().all(|c| c.is_alphabetic());
    (0..tokens.len().saturating_sub(1)).filter_map(move |i| {
        let (a, b) = (&tokens[i].word, &tokens[i + 1].word);
        if !hyphen(i) || (i > 0 && hyphen(i - 1)) || hyphen(i + 1) {
            return None;
        }
        if !alphabetic(a) || !alphabetic(b) {
            return None;
        }
        let weak = |w: &str| w.chars().count() < 3 || is_function_word(w);
        let head = if weak(b) { a } else { b };
        (!weak(head)).then(|| (format!("{a}{b}"), head.clone()))
    })
}

/// Words for people working or belonging together, of no one kind ("48 members", "1,200
/// staff"): a number of them may count any kind, even one the articles write ("how many
/// teachers"). Words, stemmed as the index stems its terms: the lexicon keeps "employee"
/// whole, where the stemmer alone cuts it to "employe". ("people" is no kind of person in
/// WordNet, so "120 people" is no headcount: counting it as one, measured over the 99
/// sets, gained one question and lost one.)
const GROUP_WORDS: &[&str] = &[
    "crew",
    "employee",
    "member",
    "person",
    "personnel",
    "staff",
    "worker",
];

/// Words for a gathering of people, whose number is a number of people (see
/// [`feature::HEADCOUNT`]).
const GATHERING_WORDS: &[&str] = &["attendance", "audience", "congregation", "crowd", "turnout"];

/// In [`Index::case`]: the term is written capitalized inside a sentence.
const CAPITALIZED: u8 = 1;
/// In [`Index::case`]: the term is written in lowercase.
const LOWER: u8 = 2;

impl Index {
    /// Builds the index of every sentence of `knowledge`.
    pub fn build(knowledge: &Knowledge, lang: &Lang) -> Index {
        let mut ix = Index::default();
        let mut stem_cache: HashMap<String, TermId> = HashMap::new();
        let n = knowledge.sentences.len();
        ix.lens = vec![0.0; n];
        ix.features = vec![0; n];
        ix.mentions = vec![Vec::new(); n];

        // Words of people's names, so "what did Kotorova say" finds her quotes even where
        // the sentence itself does not name her.
        let mut person_words: Vec<Vec<String>> = Vec::with_capacity(knowledge.people.len());
        for p in &knowledge.people {
            let mut ws: Vec<String> = Vec::new();
            for v in std::iter::once(&p.name).chain(p.variants.iter()) {
                for t in tokenize(v) {
                    if t.word.chars().count() > 1 && !ws.contains(&t.word) {
                        ws.push(t.word);
                    }
                }
            }
            person_words.push(ws);
        }

        // Whose role makes them the one who leads what it names (see
        // `Index::leads_by_role`): read from the words of their role below, in the same pass.
        let leader_stems: Vec<String> = LEADER_WORDS.iter().map(|w| lang.stem(w)).collect();
        let leader_word = |word: &str| {
            let stem = lang.stem(word);
            leader_stems.contains(&stem)
                || lang
                    .related(&stem)
                    .iter()
                    .take(LEADER_RELATED)
                    .any(|(r, _)| leader_stems.contains(r))
        };
        // Words of their role and rank ("head teacher", "chair of the fishermen's
        // association", "Mayor"): people are asked about by role as often as by name ("what
        // did the head teacher say"), so a quote holds these too. Honorifics (`Ms.`, `Dr.`)
        // say nothing about who the person is.
        let (role_words, leaders): (Vec<Vec<String>>, Vec<bool>) = knowledge
            .people
            .iter()
            .map(|p| {
                let mut ws: Vec<String> = Vec::new();
                let mut leads = false;
                let role = p.role.iter().map(|r| (r, true));
                for (r, is_role) in role.chain(p.title.iter().map(|t| (t, false))) {
                    for t in tokenize(r) {
                        leads = leads || (is_role && leader_word(&t.word));
                        // `Gov.` is asked about as "the governor".
                        let word = title_word(&t.word).map_or(t.word, str::to_string);
                        // `Mr`, `Dr` say nothing of the role; `MP`, `CEO` (in capitals) do,
                        // as does an owner's (`the NFF's chief executive`) and a short word
                        // for a kind of person (`the charity's vet`).
                        let acronym = r[t.start..t.end]
                            .chars()
                            .take_while(|c| c.is_alphanumeric())
                            .all(|c| c.is_uppercase());
                        let honorific =
                            word.chars().count() <= 3 && !acronym && !lang.is_person_word(&word);
                        if !honorific && !is_function_word(&word) && !ws.contains(&word) {
                            ws.push(word);
                        }
                    }
                }
                (ws, leads)
            })
            .unzip();
        ix.leaders = leaders;

        let mut title_terms: Vec<Vec<TermId>> = knowledge
            .articles
            .iter()
            .map(|a| {
                let mut terms = Vec::new();
                for t in tokenize(&a.title) {
                    if !is_function_word(&t.word) {
                        let term = ix.intern(&mut stem_cache, lang, &t.word);
                        if !terms.contains(&term) {
                            terms.push(term);
                        }
                    }
                }
                terms
            })
            .collect();
        // A road or a bus route the story's opening sentences name by its number is what
        // it is about, as a title word is: "the B5292" is "the road" of its later
        // sentences, "the 131" their "last bus". Not one named further on, in passing
        // ("a diversion via the A66"), nor one of several the opening names ("the No. 41,
        // No. 43 and No. 57 services"): measured over the 111 sets, counting every code
        // an article names was +10 −5, four of the five losses declines; the opening's
        // only one, +10 −1.
        for (terms, article) in title_terms.iter_mut().zip(&knowledge.articles) {
            let Some(lead) = article.lead_sentence() else {
                continue;
            };
            let mut codes: Vec<String> = Vec::new();
            for s in knowledge.sentences[lead as usize..]
                .iter()
                .take_while(|s| s.article == article.id)
                .filter(|s| !s.heading)
                .take(LEDE)
            {
                for code in route_codes(&s.text) {
                    if !codes.contains(&code) {
                        codes.push(code);
                    }
                }
            }
            if let [code] = codes.as_slice() {
                let term = ix.intern(&mut stem_cache, lang, code);
                if !terms.contains(&term) {
                    terms.push(term);
                }
            }
        }
        let mut phrase_key = String::new();
        let mut phrase_verb: Vec<Option<bool>> = Vec::new();
        let mut person_term: Vec<Option<bool>> = Vec::new();
        let mut seq_tokens: Vec<usize> = Vec::new();
        let mut compounds: HashMap<String, Option<String>> = HashMap::new();
        // "co-founder" as typed without its hyphen ("cofounder"): the joined spelling and
        // the part that says what it is (see `hyphen_joined`).
        let mut joined: Vec<(String, String)> = Vec::new();
        // Abbreviations the articles define ("Southmere Water Services (SWS)"), per
        // article: the terms of the words they stand for.
        let mut expansions: HashMap<(ArticleId, String), Vec<TermId>> = HashMap::new();
        for s in &knowledge.sentences {
            let sid = s.id as usize;
            let mut local: Vec<(TermId, f32)> = Vec::new();
            let tokens = tokenize(&s.text);
            let seq_start = ix.seq.len();
            let words: Vec<&str> = tokens.iter().map(|t| t.word.as_str()).collect();
            // The token of each term of `seq`.
            seq_tokens.clear();
            let mut own = 0usize;
            let mut feats = 0u32;
            let mut report_at: Option<usize> = None;
            if refusal_at(&words).is_some() {
                feats |= feature::NO_COMMENT;
            }
            joined.extend(hyphen_joined(&s.text, &tokens));
            for (i, t) in tokens.iter().enumerate() {
                let w = t.word.as_str();
                let digit = w.as_bytes()[0].is_ascii_digit();
                if digit && is_score(&s.text, &tokens, i) {
                    feats |= feature::SCORE;
                }
                if is_naming(&s.text, &tokens, i) {
                    feats |= feature::NAMING;
                }
                // "1,900 kilometres", "£2,000": a year is written without a comma and
                // counts nothing.
                // "around AD 920", "in 55 BC": a year of another era.
                let era = |j: Option<usize>| {
                    j.and_then(|j| tokens.get(j)).is_some_and(|e| {
                        matches!(&s.text[e.start..e.end], "AD" | "BC" | "BCE" | "CE")
                    })
                };
                let year = (year_since(w, FIRST_YEAR_WRITTEN)
                    && !s.text[t.start..t.end].contains(',')
                    && quantity_kind(&s.text, &tokens, i) == 0)
                    || (digit && (era(i.checked_sub(1)) || era(Some(i + 1))));
                // "a scheme that began this week", "closed last month": a date said
                // from the day the article was written.
                let relative = matches!(w, "week" | "month" | "year")
                    && i > 0
                    && matches!(words[i - 1], "this" | "last" | "next");
                if relative {
                    feats |= feature::RELATIVE_DATE;
                }
                if in_sorted(DATE_WORDS, w) || year {
                    // "may" is a month only when capitalized mid-sentence.
                    if w != "may" || (t.capitalized && i > 0) {
                        feats |= feature::DATE;
                    }
                }
                // A day of the month ("31 October", "July 11") is part of a date, not a
                // quantity.
                let next_to_month = |j: Option<usize>| {
                    j.and_then(|j| tokens.get(j))
                        .is_some_and(|t| t.capitalized && in_sorted(DATE_WORDS, &t.word))
                };
                // "11 and 12 July", "July 11", "31 October"; not "in October found about
                // 60 bats", where no month has day 60.
                let day = w.len() <= 2
                    && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
                    && (1..=3)
                        .any(|d| next_to_month(Some(i + d)) || next_to_month(i.checked_sub(d)));
                // A time of day: "8 a.m.", "8am", "5 pm", "7.45pm".
                let word_at = |j: usize| tokens.get(j).map_or("", |t| t.word.as_str());
                let time = digit
                    && (matches!(
                        (word_at(i + 1), word_at(i + 2)),
                        ("a" | "p", "m") | ("am" | "pm", _)
                    ) || number_before(w, "am")
                        .or_else(|| number_before(w, "pm"))
                        .is_some_and(|n| !n.ends_with('.')));
                // "has scored only twice": a count with no numeral, which "how many
                // times" asks as it asks "three times"; so does "the fourth time this
                // winter that a walker had been reported missing".
                if is_times_word(w) || (is_ordinal(w) && word_at(i + 1) == "time") {
                    feats |= feature::NUMBER | feature::COUNT;
                }
                // "at 14:30", "in 2:09:14": hours and minutes (and seconds), a time of day or
                // a time taken (a race's), either of which "what time" asks.
                let clock = digit && {
                    let after = &s.text[t.end..];
                    after.starts_with(':')
                        && after[1..].bytes().take_while(u8::is_ascii_digit).count() == 2
                };
                if time || clock || matches!(w, "noon" | "midday" | "midnight") {
                    feats |= feature::CLOCK | feature::DATE;
                } else if digit && day {
                    feats |= feature::DATE;
                } else if (digit && !year) || in_sorted(NUMBER_WORDS, w) {
                    feats |= feature::NUMBER;
                    let kind = quantity_kind(&s.text, &tokens, i);
                    let age = is_age(&s.text, &tokens, i);
                    // An age is no count of anything.
                    feats |= if kind == 0 && !age {
                        feature::COUNT
                    } else {
                        kind
                    };
                    // "will review the changes after 12 months", "within six weeks": a
                    // time from now answers *when*. Not the span something is counted
                    // over ("the second time in three years", "three times in a decade").
                    let counted_over = i > 1
                        && tokens[i - 1].word == "in"
                        && matches!(tokens[i - 2].word.as_str(), "time" | "times");
                    if kind == feature::DURATION
                        && i > 0
                        && matches!(tokens[i - 1].word.as_str(), "after" | "within" | "in")
                        && !counted_over
                    {
                        feats |= feature::DATE;
                    }
                    if age {
                        feats |= feature::AGE;
                        ix.ages.push(ix.seq.len() as u32);
                    }
                }
                // "a third of them", "half of the members": a share in words.
                if in_sorted(FRACTION_WORDS, w)
                    && i > 0
                    && matches!(tokens[i - 1].word.as_str(), "a" | "one" | "than")
                    && tokens.get(i + 1).is_some_and(|n| n.word == "of")
                {
                    feats |= feature::SHARE;
                }
                // "in Brussels", "at the Alder County Fairgrounds", "near the River Wend".
                let place_before = |j: usize| in_sorted(PLACE_PREPOSITIONS, &tokens[j].word);
                // A capitalized word that is no date: a name, or a sentence's first word.
                let capital = t.capitalized && !in_sorted(DATE_WORDS, w);
                if capital
                    && ((i > 0 && place_before(i - 1))
                        || (i > 1 && tokens[i - 1].word == "the" && place_before(i - 2)))
                {
                    feats |= feature::PLACE;
                } else if is_name_word(&tokens, i) {
                    feats |= feature::NAME;
                }
                // "by"/"from" and a capitalized name that is no date, after at most a
                // few function words ("by the Iraqi government", not "side by side with
                // Iraqi officials").
                let name_follows = || {
                    tokens[i + 1..(i + 4).min(tokens.len())]
                        .iter()
                        .find(|t| !is_function_word(&t.word) || t.capitalized)
                        .is_some_and(|t| t.capitalized && !in_sorted(DATE_WORDS, &t.word))
                };
                // "since January 2017" says how long as well as when.
                if w == "since"
                    && tokens.get(i + 1).is_some_and(|n| {
                        in_sorted(DATE_WORDS, &n.word)
                            || is_year(&n.word)
                            || matches!(n.word.as_str(), "the" | "last")
                    })
                {
                    feats |= feature::DURATION;
                }
                // "photographed by a retired postman": a doer of a kind of person, within
                // three words after "a"/"an"/"the", answers *who* as a name does.
                let person_follows = || {
                    matches!(
                        tokens.get(i + 1).map(|t| t.word.as_str()),
                        Some("a" | "an" | "the")
                    ) && tokens[(i + 2).min(tokens.len())..(i + 5).min(tokens.len())]
                        .iter()
                        .take_while(|t| !is_function_word(&t.word) && !t.capitalized)
                        .any(|t| lang.is_person(&lang.stem(&t.word)))
                };
                if matches!(w, "by" | "from") && name_follows() || (w == "by" && person_follows()) {
                    feats |= feature::AGENT;
                }
                // "Australia finished third", "while Britain won gold": a name that acts,
                // as a team or an organisation does, answers *who* as "by the Iraqi
                // government" does. At the start of a sentence only a name the lexicon
                // knows or a word it does not ("Councillors voted" is no name).
                // Only a subject: not "a new mission in Iraq started its work".
                // (Asked last: the lexicon lookups stem the word.)
                let subject = || match i.checked_sub(1).map(|j| tokens[j].word.as_str()) {
                    None => lang.is_name(w) || !lang.is_word(w),
                    Some(before) => matches!(before, "the" | "and" | "while" | "but"),
                };
                if capital
                    && !is_function_word(w)
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| !n.capitalized && lang.is_past_form(&n.word))
                    && subject()
                {
                    feats |= feature::AGENT;
                }
                // "Its previous owner, Coastline Leisure Ltd, said": a company's name
                // answers *who* as a doer does.
                if capital && i > 0 && tokens[i - 1].capitalized && is_legal_form(w) {
                    feats |= feature::AGENT;
                }
                if is_reporting_verb(w) {
                    feats |= feature::REPORTS;
                    report_at.get_or_insert(ix.seq.len());
                }
                // "would" too: the future as reported ("said the plant would close"), and
                // "due to be" (not "due to the fog").
                let due_to_be = w == "due" && word_at(i + 1) == "to" && word_at(i + 2) == "be";
                if w == "would" || due_to_be || is_future(w, Some(word_at(i + 1))) {
                    feats |= feature::FUTURE;
                }
                if in_sorted(REASON_WORDS, w) {
                    feats |= feature::REASON;
                }
                if is_frequency(&words, i) {
                    feats |= feature::FREQUENCY;
                }
                // "quote incident No. 412": the abbreviation is the word "number".
                if w == "no"
                    && t.capitalized
                    && s.text[t.end..].starts_with('.')
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.word.starts_with(|c: char| c.is_ascii_digit()))
                {
                    let term = ix.intern(&mut stem_cache, lang, "number");
                    add_local(&mut local, term, OWN);
                }
                if is_function_word(w) {
                    continue;
                }
                own += 1;
                let term = ix.intern(&mut stem_cache, lang, w);
                add_local(&mut local, term, OWN);
                if ix.case.len() <= term as usize {
                    ix.case.resize(ix.names.len(), 0);
                }
                if !t.capitalized {
                    ix.case[term as usize] |= LOWER;
                } else if i > 0 {
                    ix.case[term as usize] |= CAPITALIZED;
                }
                ix.seq.push(term);
                seq_tokens.push(i);
                // A phrasal verb ("set up", "kicked off") is also one term, as a question
                // reads it. Whether a term starts one is looked up once per term; the key
                // is built from the term's stem into one reused buffer.
                if phrase_verb.len() <= term as usize {
                    phrase_verb.resize(ix.names.len(), None);
                }
                let starts = *phrase_verb[term as usize]
                    .get_or_insert_with(|| lang.starts_phrase(&ix.names[term as usize]));
                if let Some(n) = tokens.get(i + 1).filter(|_| starts) {
                    if lang.phrase_into(&ix.names[term as usize], &n.word, &mut phrase_key) {
                        let term = ix.intern_stem(&mut stem_cache, phrase_key.clone());
                        add_local(&mut local, term, OWN);
                    }
                }
                // A compound noun of a phrasal verb ("walkout") is the verb too. Looked up
                // once per spelling, and only for words that end like one.
                if lang.may_be_compound(w) {
                    let key = match compounds.get(w) {
                        Some(key) => key.clone(),
                        None => {
                            let key = lang.compound(w);
                            compounds.insert(w.to_string(), key.clone());
                            key
                        }
                    };
                    if let Some(key) = key {
                        let term = ix.intern_stem(&mut stem_cache, key);
                        add_local(&mut local, term, OWN);
                    }
                }
            }
            // "World Health Organization" may be asked about as "the WHO", "Northern
            // Valley Railways" as "NVR": the initials of a run of capitalized words.
            for (range, initials) in name_initials(&s.text, &tokens) {
                let term = ix.intern(&mut stem_cache, lang, &initials);
                add_local(&mut local, term, OWN);
                // Defined here: "Southmere Water Services (SWS)".
                let defined = tokens.get(range.end).is_some_and(|t| {
                    t.word == initials && s.text[tokens[range.end - 1].end..t.start].contains('(')
                });
                if defined {
                    let words = tokens[range]
                        .iter()
                        .filter(|t| !is_function_word(&t.word))
                        .map(|t| ix.intern(&mut stem_cache, lang, &t.word))
                        .collect();
                    expansions.insert((s.article, initials), words);
                }
            }
            // Defined by letters inside its words too: "Southvale Water (SVW)".
            for (i, t) in tokens.iter().enumerate() {
                // (The bracket test first: it rejects almost every word, with no key
                // allocated.)
                let Some(range) = long_form(&s.text, &tokens, i) else {
                    continue;
                };
                let key = (s.article, t.word.clone());
                if expansions.contains_key(&key) {
                    continue;
                }
                let content: Vec<&Token> = tokens[range]
                    .iter()
                    .filter(|t| !is_function_word(&t.word) && !is_legal_form(&t.word))
                    .collect();
                // Not from more words than letters: in "Brackley and Wendover Hospitals
                // NHS Foundation Trust (BWHT)" which words the letters stand for is a
                // guess, and "Wendover" would then be said wherever "BWHT" is (measured
                // over the 103 sets: without this +6 -2, with it +5 -0).
                if content.len() <= t.word.len() {
                    let words = content
                        .iter()
                        .map(|t| ix.intern(&mut stem_cache, lang, &t.word))
                        .collect();
                    expansions.insert(key, words);
                }
            }
            // "SWS's chief executive" speaks of Southmere Water, which a question may name
            // in part ("the chief executive of Southmere Water"): an abbreviation holds
            // the words it stands for, as an opening pronoun holds its referent's.
            if !expansions.is_empty() {
                let capitals = |t: &&Token| {
                    (2..=4).contains(&t.word.len())
                        // (Its letters only: "SWS's".)
                        && s.text
                            .get(t.start..t.start + t.word.len())
                            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
                };
                for t in tokens.iter().filter(capitals) {
                    if let Some(words) = expansions.get(&(s.article, t.word.clone())) {
                        for &term in words {
                            add_local(&mut local, term, EXPANSION);
                        }
                    }
                }
            }
            // "The consultation runs for 12 weeks until 5 Jun.", "A yellow warning remains
            // in place until 9 p.m. on Monday": what lasts until a date ends, or closes,
            // then, as "when does the consultation close" asks.
            let until_date = tokens.iter().enumerate().any(|(i, t)| {
                matches!(t.word.as_str(), "until" | "till")
                    && tokens[i + 1..].iter().take(3).any(|n| {
                        is_day_or_month(&n.word) || n.word.starts_with(|c: char| c.is_ascii_digit())
                    })
            });
            if until_date {
                for w in ["end", "close"] {
                    let term = ix.intern(&mut stem_cache, lang, w);
                    add_local(&mut local, term, UNTIL);
                }
            }
            // People named in the sentence (full name, or a capitalized word of their name
            // that is not also an ordinary word of the sentence start).
            let here: Vec<_> = knowledge
                .people
                .iter()
                .filter(|p| p.article == s.article)
                .map(|p| {
                    let names: Vec<&String> = std::iter::once(&p.name)
                        .chain(p.variants.iter())
                        .filter(|v| v.contains(' ') || v.chars().count() > 3)
                        .filter(|v| contains_words(&s.text, v))
                        .collect();
                    (p, names)
                })
                .collect();
            for (p, names) in &here {
                // "Edna Charlton" or "Mrs Charlton" names her, not her husband Walter
                // Charlton: a name that is only part of what names another is theirs.
                let outranked = here.iter().any(|(q, theirs)| {
                    q.id != p.id
                        && theirs.len() > names.len()
                        && names.iter().all(|v| theirs.contains(v))
                });
                let named = !names.is_empty() && !outranked;
                if named {
                    ix.mentions[sid].push(p.id);
                    // "Mrs Charlton was born in Rothbury": a name only she bears among
                    // the article's people says all of hers ("where was Edna Charlton
                    // born"), as a definite noun says the name it stands for. Not a
                    // surname two share.
                    let own = |v: &&String| {
                        !here
                            .iter()
                            .any(|(q, other)| q.id != p.id && other.contains(v))
                    };
                    if !contains_words(&s.text, &p.name) && names.iter().any(own) {
                        for w in &person_words[p.id as usize] {
                            let term = ix.intern(&mut stem_cache, lang, w);
                            add_local(&mut local, term, NAMED);
                        }
                    }
                    feats |= feature::PERSON;
                    // "Who did the director dedicate her award to": a sentence naming
                    // Vasilescu names the director the article says she is.
                    for w in &role_words[p.id as usize] {
                        let term = ix.intern(&mut stem_cache, lang, w);
                        add_local(&mut local, term, MENTION_ROLE);
                    }
                } else if s.context.as_deref() == Some(p.name.as_str()) {
                    // "He had been mayor since May 2021" speaks of Pryce as much as a
                    // sentence naming him ("how long had Pryce been in the job"); it
                    // holds his name through its context, not as a mention of a person.
                    ix.mentions[sid].push(p.id);
                }
            }
            // A quote sentence that names only its own speaker: its terms outside the
            // quotation marks, which say who spoke (see [`Index::attribution`]).
            let mentions = &ix.mentions[sid];
            if s.quote
                && s.speaker.is_some()
                && !mentions.is_empty()
                && mentions.iter().all(|&p| Some(p) == s.speaker)
            {
                let spans = crate::quote::quote_spans(&s.text);
                if !spans.is_empty() {
                    let quoted = |at: usize| spans.iter().any(|&(a, b, _)| at >= a && at < b);
                    let outside: Vec<TermId> = seq_tokens
                        .iter()
                        .zip(&ix.seq[seq_start..])
                        .filter(|&(&ti, _)| !quoted(tokens[ti].start))
                        .map(|(_, &t)| t)
                        .collect();
                    ix.attributions.insert(s.id, outside);
                }
            }
            if let Some(sp) = s.speaker {
                // A quote holds its speaker's words, not a mention of a person: "who will
                // the advisors work with" is not answered by whoever said it.
                feats |= feature::QUOTE;
                let as_i = tokens
                    .iter()
                    .any(|t| matches!(t.word.as_str(), "i" | "me" | "my" | "myself"));
                let weight = if as_i { SPEAKER_AS_I } else { SPEAKER };
                for w in person_words[sp as usize]
                    .iter()
                    .chain(&role_words[sp as usize])
                {
                    let term = ix.intern(&mut stem_cache, lang, w);
                    add_local(&mut local, term, weight);
                }
            }
            // Words the sentence refers to without saying them.
            let referred = s.context.iter().chain(&s.leans_on).map(|c| (c, CONTEXT));
            for (words, weight) in referred.chain(s.names.iter().map(|n| (n, NAMED))) {
                for t in tokenize(words) {
                    if !is_function_word(&t.word) {
                        let term = ix.intern(&mut stem_cache, lang, &t.word);
                        add_local(&mut local, term, weight);
                    }
                }
            }
            // A number right before a word for people, or two words before ("800 local
            // residents"), as `matcher::counts` reads a count. Whether a term is such a
            // word is looked up once per term.
            if person_term.len() < ix.names.len() {
                person_term.resize(ix.names.len(), None);
            }
            // Not across punctuation, nor a verb ("0800 455 210, staffed from 8 a.m.").
            let seq = &ix.seq[seq_start..];
            let headcount = seq.iter().enumerate().any(|(i, &t)| {
                let tok = &tokens[seq_tokens[i]];
                !tok.word.ends_with("ed")
                    && !tok.word.ends_with("ing")
                    && *person_term[t as usize]
                        .get_or_insert_with(|| lang.is_person(&ix.names[t as usize]))
                    && (i.saturating_sub(2)..i).any(|j| {
                        ix.is_number(seq[j])
                            && !s.text[tokens[seq_tokens[j]].end..tok.start]
                                .contains([',', ';', ':', '.'])
                            // "74% of members" is a share of them, no number.
                            && quantity_kind(&s.text, &tokens, seq_tokens[j]) != feature::SHARE
                    })
            });
            // "A crowd estimated at 3,000", "a 3,000-strong crowd", "a turnout of 800": a
            // number of a gathering of people is a number of people.
            let gathering = || {
                tokens.iter().enumerate().any(|(i, tok)| {
                    GATHERING_WORDS.contains(&tok.word.as_str())
                        && (i.saturating_sub(2)..i + 4).any(|j| {
                            tokens.get(j).is_some_and(|n| {
                                j != i
                                    && n.word.as_bytes()[0].is_ascii_digit()
                                    && !year_since(&n.word, FIRST_YEAR_WRITTEN)
                                    && !s.text[tok.end.min(n.end)..tok.start.max(n.start)]
                                        .contains([',', ';', ':', '.'])
                                    && quantity_kind(&s.text, &tokens, j) == 0
                            })
                        })
                })
            };
            if headcount || gathering() {
                feats |= feature::HEADCOUNT;
            }
            ix.sentence_article.push(s.article);
            ix.features[sid] = feats;
            ix.lens[sid] = own.max(1) as f32;
            ix.report_at.push(report_at.unwrap_or(ix.seq.len()) as u32);
            ix.seq_end.push(ix.seq.len() as u32);
            for (term, weight) in local {
                ix.postings[term as usize].push(Posting {
                    sentence: s.id,
                    weight,
                });
            }
        }
        // The article's title is what every sentence of it is about ("Port Alder" in a
        // story titled "Port Alder opens flood barrier"): the matcher credits its words
        // weakly to every sentence of the article (see `title_articles`). Kept out of the
        // postings so a title word never makes thousands of sentences candidates.
        for (aid, terms) in title_terms.iter().enumerate() {
            for &t in terms {
                ix.title_articles
                    .entry(t)
                    .or_default()
                    .push(aid as ArticleId);
            }
        }
        // "How many breweries closed last year" / "… closed in the UK in 2025": the year
        // a question names relative to now is the one before the article's.
        ix.years = knowledge
            .articles
            .iter()
            .filter_map(|a| a.published.as_deref().or(a.updated.as_deref()))
            .filter_map(year_in)
            .collect();
        ix.years.sort_unstable();
        ix.years.dedup();
        // A question naming someone by role ("what did the head teacher add") asks about
        // that person as much as one naming them.
        ix.person_names = vec![Vec::new(); person_words.len()];
        for (pid, (names, roles)) in person_words.iter().zip(&role_words).enumerate() {
            for (i, w) in names.iter().chain(roles).enumerate() {
                let term = ix.intern(&mut stem_cache, lang, w);
                if i < names.len() {
                    ix.name_terms.insert(term);
                    ix.person_names[pid].push((w.clone(), term));
                }
                let e = ix.person_terms.entry(term).or_default();
                if !e.contains(&(pid as PersonId)) {
                    e.push(pid as PersonId);
                }
            }
        }

        // BM25's idf: rare words weigh more than common ones.
        let total = n.max(1) as f32;
        // Document frequency counts a sentence's own words only: a name inherited by all of
        // a speaker's quotes does not make the name common.
        ix.df = ix
            .postings
            .iter()
            .map(|p| p.iter().filter(|p| p.weight >= OWN).count().max(1) as u32)
            .collect();
        ix.idf = ix
            .df
            .iter()
            .map(|&df| {
                let df = df as f32;
                (1.0 + (total - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        ix.max_idf = (1.0 + (total + 0.5) / 0.5f32).ln();
        ix.rare_idf = (1.0 + (total - 0.5) / 1.5f32).ln();
        // After every word is in: a spelling the articles also write as one word
        // ("backup") keeps its own term.
        for (word, head) in joined {
            if let Some(t) = ix.surface(&head) {
                ix.surfaces.entry(word).or_insert(t);
            }
        }
        ix.avg_len = if n == 0 {
            1.0
        } else {
            ix.lens.iter().sum::<f32>() / n as f32
        };

        // "A dog walker waded into the River Wenlow …" / "Mark Pellow, 47, was walking
        // …": the first sentence naming the person the article's first one describes.
        ix.introductions = knowledge
            .people
            .iter()
            .filter(|p| p.described.is_some())
            .filter_map(|p| {
                let lead = knowledge.article(p.article).lead_sentence()?;
                let named = (lead + 1..n as SentenceId)
                    .take_while(|&s| ix.sentence_article[s as usize] == p.article)
                    .find(|&s| ix.mentions[s as usize].contains(&p.id))?;
                Some((lead, named))
            })
            .collect();

        // (Through the cache the headcount check filled: each term is looked up once.)
        person_term.resize(ix.names.len(), None);
        ix.kinds_of_person = (0..ix.names.len())
            .filter(|&t| {
                ix.case.get(t).is_some_and(|c| c & LOWER != 0)
                    && *person_term[t].get_or_insert_with(|| lang.is_person(&ix.names[t]))
            })
            .map(|t| t as TermId)
            .collect();

        ix.units = ix.terms_of(MEASURE_UNITS.iter().chain(TIME_UNITS), lang);
        ix.group_words = ix.terms_of(GROUP_WORDS.iter(), lang);

        // Deletion index over the vocabulary (symmetric-delete, one deletion).
        for (pos, (w, _)) in ix.vocab.iter().enumerate() {
            ix.deletes.entry(hash_str(w)).or_default().push(pos as u32);
            for_each_deletion(w, |d| {
                let e = ix.deletes.entry(hash_str(d)).or_default();
                if e.last() != Some(&(pos as u32)) {
                    e.push(pos as u32);
                }
            });
        }
        ix
    }

    /// The term of a stem, created on first sight. A stem that is no word of the text (a
    /// phrasal verb's key) comes here directly: no surface form, and not in the
    /// typo-correction vocabulary; [`Index::intern`] adds those for a word.
    fn intern_stem(&mut self, stem_cache: &mut HashMap<String, TermId>, stem: String) -> TermId {
        if let Some(&t) = stem_cache.get(&stem) {
            return t;
        }
        let t = self.postings.len() as TermId;
        self.postings.push(Vec::new());
        self.names.push(stem.clone());
        self.terms.insert(stem.clone(), t);
        stem_cache.insert(stem, t);
        t
    }

    fn intern(
        &mut self,
        stem_cache: &mut HashMap<String, TermId>,
        lang: &Lang,
        word: &str,
    ) -> TermId {
        if let Some(&t) = self.surfaces.get(word) {
            return t;
        }
        let stem = lang.stem(word);
        // The stem is a spelling too: "numbr" is one edit from "number", two from the
        // article's "numbers".
        let new_stem = (stem != word && !stem_cache.contains_key(&stem)).then(|| stem.clone());
        let term = self.intern_stem(stem_cache, stem);
        self.surfaces.insert(word.to_string(), term);
        let fuzzy =
            |w: &str| w.chars().count() >= MIN_FUZZY_LEN && !w.chars().any(|c| c.is_ascii_digit());
        for w in std::iter::once(word.to_string()).chain(new_stem) {
            if fuzzy(&w) {
                self.vocab.push((w, term));
            }
        }
        term
    }

    /// The term of a word as written (exact surface), if the articles use it.
    pub fn surface(&self, word: &str) -> Option<TermId> {
        self.surfaces.get(word).copied()
    }

    /// The term of a stem, if the articles use it.
    pub fn term(&self, stem: &str) -> Option<TermId> {
        self.terms.get(stem).copied()
    }

    pub fn postings(&self, term: TermId) -> &[Posting] {
        &self.postings[term as usize]
    }

    /// In how many sentences a term occurs (as their own word).
    pub fn df(&self, term: TermId) -> u32 {
        self.df[term as usize]
    }

    /// Above this document frequency a related word is too common to stand for a question
    /// word: 2% of the sentences, and never below 20 (small folders are not limited).
    pub fn common_df(&self) -> u32 {
        (self.lens.len() as u32 / 50).max(20)
    }

    /// A word found in more sentences than this is too common to stand for a question word
    /// two relations away (see the matcher).
    pub fn rare_df(&self) -> u32 {
        (self.lens.len() as u32 / 1000).max(20)
    }

    pub fn idf(&self, term: TermId) -> f32 {
        self.idf[term as usize]
    }

    /// The idf a word would have if it occurred in no sentence.
    pub fn max_idf(&self) -> f32 {
        self.max_idf
    }

    /// The idf of a word that occurs in one sentence.
    pub fn rare_idf(&self) -> f32 {
        self.rare_idf
    }

    pub fn sentence_len(&self, s: SentenceId) -> f32 {
        self.lens[s as usize]
    }

    pub fn avg_len(&self) -> f32 {
        self.avg_len
    }

    /// A sentence's own terms, in order.
    pub fn sequence(&self, s: SentenceId) -> &[TermId] {
        &self.seq[self.seq_start(s)..self.seq_end[s as usize] as usize]
    }

    /// True when term `j` of sentence `s`'s [`Index::sequence`] is someone's age.
    pub fn is_age_at(&self, s: SentenceId, j: usize) -> bool {
        self.ages
            .binary_search(&((self.seq_start(s) + j) as u32))
            .is_ok()
    }

    /// Where a sentence's terms start in `seq`.
    fn seq_start(&self, s: SentenceId) -> usize {
        match s as usize {
            0 => 0,
            i => self.seq_end[i - 1] as usize,
        }
    }

    /// The terms a sentence says before its first reporting verb, all of them when it
    /// has none: "The … Union, which represents …," of "… *says* the scheme would …".
    pub fn before_reporting(&self, s: SentenceId) -> &[TermId] {
        &self.seq[self.seq_start(s)..self.report_at[s as usize] as usize]
    }

    pub fn features(&self, s: SentenceId) -> u32 {
        self.features[s as usize]
    }

    /// The terms of these words, stemmed as the index stems them, sorted (for
    /// `binary_search`); words the articles never write are left out.
    fn terms_of<'w>(&self, words: impl Iterator<Item = &'w &'w str>, lang: &Lang) -> Vec<TermId> {
        let mut terms: Vec<TermId> = words.filter_map(|w| self.term(&lang.stem(w))).collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    }

    /// True for a unit of time or of a physical quantity (`metre`, `hours`, `km`).
    pub fn is_unit(&self, t: TermId) -> bool {
        self.units.binary_search(&t).is_ok()
    }

    /// True for a word for people taken together, of no one kind (`people`, `staff`,
    /// `members`).
    pub fn is_group_word(&self, t: TermId) -> bool {
        self.group_words.binary_search(&t).is_ok()
    }

    /// True when a term is a number: digits ("214", "1,000") or a number word ("six").
    pub fn is_number(&self, t: TermId) -> bool {
        let name = &self.names[t as usize];
        is_number_word(name)
    }

    /// The people a sentence names, or stands for by an opening pronoun ("He had been
    /// mayor…").
    pub fn mentions(&self, s: SentenceId) -> &[PersonId] {
        &self.mentions[s as usize]
    }

    /// Pairs of an article's first sentence, which describes someone without naming
    /// them, and the sentence that first names them.
    pub fn introductions(&self) -> &[(SentenceId, SentenceId)] {
        &self.introductions
    }

    /// For a quote sentence that names only its own speaker (`PC Hannah Driscoll, the
    /// rural crime officer, said: "…"`), its terms outside the quotation marks: the
    /// words that say who spoke. None for any other sentence.
    pub fn attribution(&self, s: SentenceId) -> Option<&[TermId]> {
        self.attributions.get(&s).map(Vec::as_slice)
    }

    /// The article a sentence belongs to.
    pub fn article_of(&self, s: SentenceId) -> ArticleId {
        self.sentence_article[s as usize]
    }

    /// The years the articles were published in, sorted.
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    /// Articles whose title has this term, sorted.
    pub fn title_articles(&self, term: TermId) -> &[ArticleId] {
        self.title_articles
            .get(&term)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// True when a person's role makes them the one who leads what it names: a word of
    /// it is a word for a leader ("chief executive", "managing director", "council
    /// leader", "head of the trust"), not for any other post ("spokeswoman", "programme
    /// officer"). Worked out once per person here, as the question is asked often.
    pub fn leads_by_role(&self, p: PersonId) -> bool {
        self.leaders.get(p as usize).copied().unwrap_or(false)
    }

    /// People whose name has this term.
    pub fn people_with_term(&self, term: TermId) -> &[PersonId] {
        self.person_terms
            .get(&term)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// True when `term` is a word of person `p`'s own name (not of their role).
    pub fn bears_name(&self, p: PersonId, term: TermId) -> bool {
        self.person_names
            .get(p as usize)
            .is_some_and(|names| names.iter().any(|&(_, t)| t == term))
    }

    /// The term of a word of these people's names within two edits of `word`, with the
    /// same first letter: a surname misspelled beyond what [`Index::correct`] finds,
    /// typed beside a first name that named them ("elain stevens" / "Elaine Stephens").
    pub fn name_word_like(&self, people: &[PersonId], word: &str) -> Option<TermId> {
        if word.chars().count() < MIN_FUZZY_LEN {
            return None;
        }
        people
            .iter()
            .filter_map(|&p| self.person_names.get(p as usize))
            .flatten()
            .find(|(name, _)| {
                name.chars().next() == word.chars().next()
                    && strsim::damerau_levenshtein(name, word) <= 2
            })
            .map(|&(_, t)| t)
    }

    /// True when the term is a word of someone's name, not only of a role.
    pub fn is_name_term(&self, term: TermId) -> bool {
        self.name_terms.contains(&term)
    }

    /// True when the articles write the term only as a proper name: capitalized inside
    /// sentences, never in lowercase (`Wendover`, `Whitchurch`; not `council`).
    pub fn is_proper(&self, term: TermId) -> bool {
        self.case.get(term as usize) == Some(&CAPITALIZED)
    }

    /// True for a term the articles write only as a proper name and in no one's name: a
    /// place, a firm, a thing (`Wendover`, `Kellerby`; not `Marsh` of Fiona Marsh).
    pub fn is_thing_name(&self, term: TermId) -> bool {
        self.is_proper(term) && !self.is_name_term(term)
    }

    /// True when the articles write the term in lowercase somewhere (`grant` in "a
    /// £900,000 grant", though Oliver Grant bears it too).
    pub fn written_lowercase(&self, term: TermId) -> bool {
        self.case.get(term as usize).is_some_and(|c| c & LOWER != 0)
    }

    /// True when the articles write the term capitalized inside some sentence, as part
    /// of a name (`Road` in `Marsh Road`), whether or not they also write it in lowercase.
    pub fn in_a_name(&self, term: TermId) -> bool {
        self.case
            .get(term as usize)
            .is_some_and(|c| c & CAPITALIZED != 0)
    }

    /// Terms for a kind of person the articles write in lowercase (`worker`,
    /// `resident`).
    pub fn kinds_of_person(&self) -> &[TermId] {
        &self.kinds_of_person
    }

    /// The stem of a term.
    pub fn term_name(&self, term: TermId) -> &str {
        &self.names[term as usize]
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.postings.len()
    }

    /// The closest vocabulary word to a misspelled `word`, with its edit distance: within
    /// one edit for words of 4–5 letters, two for longer ones. Only words sharing a
    /// deletion with `word` are compared, never the whole vocabulary.
    pub fn correct(&self, word: &str) -> Option<(TermId, usize)> {
        let len = word.chars().count();
        // A three-letter word only with a letter dropped from a word of the articles, the
        // first kept ("hme" for "home"), or its last two swapped ("rnu" for "run"): a
        // letter changed in one has too many neighbours.
        let short = len + 1 == MIN_FUZZY_LEN;
        if len < MIN_FUZZY_LEN && !short {
            return None;
        }
        let max = if len <= 5 { 1 } else { 2 };
        let mut best: Option<(usize, (bool, u32), TermId)> = None; // (distance, rank, term)
        let consider = |pos: u32, best: &mut Option<(usize, (bool, u32), TermId)>| {
            let (cand, term) = &self.vocab[pos as usize];
            if short && cand.chars().count() != len + 1 {
                return;
            }
            let d = strsim::damerau_levenshtein(word, cand);
            if d == 0 || d > max {
                return;
            }
            // Names and words rarely change their first letter in a typo.
            let d = if cand.chars().next() == word.chars().next() {
                d
            } else {
                d + 1
            };
            if d > max {
                return;
            }
            // Between words as close, a dropped letter is the likelier slip than an
            // added one ("finshed": finished, not fished); then the commoner word.
            let dropped = cand.chars().count() > len;
            let rank = (dropped, self.df[*term as usize]);
            let better = match best {
                None => true,
                Some((bd, brank, _)) => d < *bd || (d == *bd && rank > *brank),
            };
            if better {
                *best = Some((d, rank, *term));
            }
        };
        let mut lookup = |key: &str| {
            if let Some(list) = self.deletes.get(&hash_str(key)) {
                for &pos in list {
                    consider(pos, &mut best);
                }
            }
        };
        lookup(word);
        // (A short word is only looked up whole: the words of the articles one letter
        // longer. `consider` counts a changed first letter, past its one edit.)
        if !short {
            for_each_deletion(word, |d1| {
                lookup(d1);
                if max >= 2 {
                    for_each_deletion(d1, |d2| lookup(d2));
                }
            });
        }
        // Two letters changed in place ("desicion": decision's c and s swapped across a
        // letter), one changed and one dropped ("rehurse": rehearse) or two dropped
        // ("apprentiships"), need two deletions on the vocabulary's side, which the index
        // does not hold (it would multiply its size). Only for a long word nothing else
        // matched: one pass comparing the words that start alike, of the same length or
        // up to two letters longer.
        if best.is_none() && len >= MIN_TWO_SUBSTITUTIONS_LEN {
            let first = word.chars().next();
            for pos in 0..self.vocab.len() as u32 {
                let cand = &self.vocab[pos as usize].0;
                if cand.chars().next() != first {
                    continue;
                }
                let longer = cand.len() > word.len() && cand.len() <= word.len() + 2;
                let two_changed = || {
                    cand.len() == word.len()
                        && cand
                            .bytes()
                            .zip(word.bytes())
                            .filter(|(a, b)| a != b)
                            .count()
                            == 2
                };
                if longer || two_changed() {
                    consider(pos, &mut best);
                }
            }
        }
        // Three-letter words are not in the deletion index: the swap is looked up as
        // the articles write it.
        if short && best.is_none() {
            let mut swapped: Vec<char> = word.chars().collect();
            swapped.swap(1, 2);
            let swapped: String = swapped.into_iter().collect();
            if let Some(&t) = self.surfaces.get(&swapped) {
                return Some((t, 1));
            }
        }
        best.map(|(d, _, t)| (t, d))
    }
}

fn add_local(local: &mut Vec<(TermId, f32)>, term: TermId, weight: f32) {
    match local.iter_mut().find(|(t, _)| *t == term) {
        Some(e) => e.1 = e.1.max(weight),
        None => local.push((term, weight)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_codes_are_roads_and_bus_routes_by_number() {
        assert_eq!(
            route_codes("a bridge that carries the B5292 over the beck"),
            ["b5292"]
        );
        assert_eq!(route_codes("The No. 72 will run for the last time"), ["72"]);
        assert_eq!(
            route_codes("it pays a firm to run the 131, as part of its savings"),
            ["131"]
        );
        assert_eq!(route_codes("and the 528 is due at 1.40 p.m."), ["528"]);
        // Not a count, a year, an age, or a road named as where something is.
        assert!(route_codes("the 40 volunteers of the 2019 season").is_empty());
        assert!(route_codes("the 100-year-old said the 3.5 per cent rise").is_empty());
        assert!(route_codes("a site at Kiln Lane, next to the A614.").is_empty());
    }

    #[test]
    fn the_year_of_a_date_as_articles_give_it() {
        assert_eq!(year_in("14 Mar. 2026"), Some(2026));
        assert_eq!(year_in("2026-02-19T08:30:00Z"), Some(2026));
        assert_eq!(year_in("31 Oct. 2018 16:28"), Some(2018));
        assert_eq!(year_in("Monday"), None);
    }

    #[test]
    fn initials_of_capitalized_runs() {
        let initials = |t: &str| -> Vec<String> {
            name_initials(t, &tokenize(t))
                .into_iter()
                .map(|(_, a)| a)
                .collect()
        };
        assert_eq!(
            initials("the 95 percent the World Health Organization recommends"),
            ["w.h.o."]
        );
        assert_eq!(
            initials("Drivers at Northern Valley Railways and the Bank of England"),
            ["nvr", "b.e.", "boe"]
        );
        // With the joining word's initial as well: "the MoD", "the DfE".
        assert_eq!(
            initials("The Ministry of Defence and the Department for Education"),
            ["md", "mod", "de", "dfe"]
        );
        // One capitalized word, or a sentence's first word, makes no abbreviation; nor
        // code names, nor a title-long run.
        assert!(initials("Drivers met in Brussels on Monday").is_empty());
        assert!(initials("use the XMLParser Close method").is_empty());
        assert!(initials("see The Python Standard Library Reference Manual").is_empty());
        // Initials that spell a title or an abbreviation would match every "Ms." or "St.".
        assert!(initials("the winner Maren Solberg beat Sam Thorne").is_empty());
    }

    /// The weight of `term` in sentence `sid`, if it holds it.
    fn weight_in(ix: &Index, term: TermId, sid: SentenceId) -> Option<f32> {
        ix.postings(term)
            .iter()
            .find(|p| p.sentence == sid)
            .map(|p| p.weight)
    }

    #[test]
    fn a_typo_is_likelier_a_dropped_letter_than_an_added_one() {
        let lang = Lang::plain();
        // "fished" is commoner here, and as close to "finshed" as "finished" is.
        let text = "Title\n\nThe family fished for crabs.\n\nThey fished for cod too.\n\n\
                    The runners finished the race.\n";
        let ix = index_of(&lang, text);
        let (t, d) = ix.correct("finshed").expect("corrected");
        assert_eq!((ix.term_name(t), d), (lang.stem("finished").as_str(), 1));
        // Where only an added letter explains the slip, that word it is.
        let (t, _) = ix.correct("fishhed").expect("corrected");
        assert_eq!(ix.term_name(t), lang.stem("fished"));
    }

    #[test]
    fn a_long_typo_two_edits_from_a_longer_word_is_corrected() {
        let lang = Lang::plain();
        let text = "Title\n\nThe band will rehearse on Tuesday evenings.\n";
        let ix = index_of(&lang, text);
        // "rehurse": a letter changed and one dropped from "rehearse".
        let (t, d) = ix.correct("rehurse").expect("corrected");
        assert_eq!((ix.term_name(t), d), (lang.stem("rehearse").as_str(), 2));
        // Two letters dropped.
        let text = "Title\n\nEight of the new posts would be apprenticeships.\n";
        let ix2 = index_of(&lang, text);
        let (t, d) = ix2.correct("apprentiships").expect("corrected");
        assert_eq!(
            (ix2.term_name(t), d),
            (lang.stem("apprenticeships").as_str(), 2)
        );
        // Not three edits away.
        assert_eq!(ix.correct("rahurse"), None);
    }

    #[test]
    fn a_three_letter_typo_is_only_a_dropped_letter() {
        let lang = Lang::plain();
        let text = "Title\n\nThe home employs 52 staff.\n\nThe crew found a cod.\n";
        let ix = index_of(&lang, text);
        let (t, d) = ix.correct("hme").expect("corrected");
        assert_eq!((ix.term_name(t), d), (lang.stem("home").as_str(), 1));
        // Not a letter changed ("cot"), nor one dropped from another first letter
        // ("rew"), nor shorter words.
        assert_eq!(ix.correct("cot"), None);
        assert_eq!(ix.correct("rew"), None);
        // Its last two letters swapped: "cdo" is "cod", "ocd" nothing.
        let (t, d) = ix.correct("cdo").expect("corrected");
        assert_eq!((ix.term_name(t), d), ("cod", 1));
        assert_eq!(ix.correct("ocd"), None);
        assert_eq!(ix.correct("hm"), None);
    }

    #[test]
    fn a_sentence_naming_someone_holds_their_role_lightly() {
        let lang = Lang::plain();
        let text = "Title\n\nThe director, Irina Vasilescu, said: \"We made it.\"\n\n\
                    Vasilescu dedicated the prize to her mother, who taught her to play the \
                    violin as a child.\n";
        let ix = index_of(&lang, text);
        let director = ix.term(&lang.stem("director")).expect("indexed");
        assert_eq!(weight_in(&ix, director, 1), Some(MENTION_ROLE));
    }

    #[test]
    fn an_abbreviation_holds_the_words_it_stands_for() {
        let lang = Lang::plain();
        let text = "Title\n\nSouthmere Water Services (SWS) declared a drought.\n\n\
                    SWS's chief executive, Helen Marchant, said sorry.\n\nThe NHS said \
                    nothing about SWS Water, which it has never inspected or regulated in any \
                    way.\n";
        let ix = index_of(&lang, text);
        let term = |w: &str| ix.term(&lang.stem(w)).expect("indexed");
        assert_eq!(weight_in(&ix, term("southmere"), 1), Some(EXPANSION));
        assert_eq!(weight_in(&ix, term("services"), 1), Some(EXPANSION));
        // Its own words count fully; an abbreviation the article does not define adds
        // nothing ("NHS").
        assert_eq!(weight_in(&ix, term("southmere"), 0), Some(OWN));
        assert_eq!(weight_in(&ix, term("water"), 2), Some(OWN));
        assert_eq!(weight_in(&ix, term("southmere"), 2), Some(EXPANSION));
        assert_eq!(weight_in(&ix, term("chief"), 2), None);
    }

    #[test]
    fn an_abbreviation_of_letters_inside_its_words_holds_them_too() {
        let lang = Lang::plain();
        let text = "Title\n\nSouthvale Water (SVW) declared a drought.\n\nSVW's chief \
                    executive, Fiona Marsh, said sorry.\n\nBrackley and Wendover Hospitals \
                    NHS Foundation Trust (BWHT) runs it.\n\nSnow fell.\n\nThe BWHT hired nurses.\n";
        let ix = index_of(&lang, text);
        let term = |w: &str| ix.term(&lang.stem(w)).expect("indexed");
        assert_eq!(weight_in(&ix, term("southvale"), 1), Some(EXPANSION));
        assert_eq!(weight_in(&ix, term("water"), 1), Some(EXPANSION));
        // Not from more words than it has letters: which of them it names is a guess.
        assert_eq!(weight_in(&ix, term("wendover"), 4), None);
    }

    #[test]
    fn a_role_in_capitals_names_its_holder() {
        let lang = Lang::plain();
        let text = "Title\n\nThe local MP, Dr. Rebecca Lowe, called the attack shameful.\n";
        let k = crate::article::parse_article(std::path::Path::new("a.txt"), text, &lang).unwrap();
        let ix = Index::build(&k, &lang);
        let people = |w: &str| {
            ix.term(&lang.stem(w))
                .map(|t| ix.people_with_term(t).to_vec())
        };
        assert_eq!(people("mp"), Some(vec![0]));
        assert_eq!(people("local"), Some(vec![0]));
        // An owner in capitals, with its possessive: "what does the NFF chief executive
        // think" asks about Pryce.
        let text = "Title\n\nGareth Pryce, the NFF's chief executive, said that a long dispute \
                    could leave shops short of toys.\n";
        let k = crate::article::parse_article(std::path::Path::new("a.txt"), text, &lang).unwrap();
        let ix = Index::build(&k, &lang);
        let nff = ix.term(&lang.stem("nff")).expect("a term");
        assert_eq!(ix.people_with_term(nff), &[0]);
        // A short word for a kind of person is a role, not an honorific as `Mr` is.
        let lang = Lang::with_records("class\tvet\tperson\n");
        let text = "Title\n\nMr. Luca Ionescu, the charity's vet, checked the bears.\n";
        let ix = index_of(&lang, text);
        let vet = ix.term(&lang.stem("vet")).expect("a term");
        assert_eq!(ix.people_with_term(vet), &[0]);
    }

    #[test]
    fn a_sentence_opening_with_a_pronoun_mentions_its_referent() {
        let lang = Lang::plain();
        let text = "Title\n\nThe mayor, Mr. Gareth Pryce, has resigned.\n\n\
                    He had been mayor since May 2021.\n\nThe council met.\n";
        let ix = index_of(&lang, text);
        assert_eq!(ix.mentions(0), &[0]);
        assert_eq!(ix.mentions(1), &[0]);
        assert!(ix.mentions(2).is_empty());
        // Held by its context, not named: no person for *who*.
        assert_eq!(ix.features(1) & feature::PERSON, 0);
    }

    #[test]
    fn a_proper_name_is_a_word_written_only_capitalized_inside_sentences() {
        let lang = Lang::plain();
        let text = "Title\n\nA swan was found near Whitchurch by the council.\n\n\
                    Council staff met in Whitchurch. Whitchurch is small.\n";
        let ix = index_of(&lang, text);
        let proper = |w: &str| ix.is_proper(ix.term(&lang.stem(w)).expect("indexed"));
        assert!(proper("whitchurch"));
        // Also written in lowercase; at a sentence start only.
        assert!(!proper("council"));
        assert!(!proper("swan"));
    }

    #[test]
    fn length_and_weight_units_are_measure_units() {
        for u in LENGTH_UNITS.iter().chain(WEIGHT_UNITS) {
            assert!(in_sorted(MEASURE_UNITS, u), "{u}");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for l in [
            DATE_WORDS,
            NUMBER_WORDS,
            PLACE_PREPOSITIONS,
            REASON_WORDS,
            CURRENCY_WORDS,
            TIME_UNITS,
            MEASURE_UNITS,
            LENGTH_UNITS,
            WEIGHT_UNITS,
            MULTIPLIERS,
            RATE_ADVERBS,
        ] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
        }
    }

    /// `f` applied to `text`'s tokens at its first number.
    fn at_first_number<T>(text: &str, f: fn(&str, &[Token], usize) -> T) -> T {
        let tokens = tokenize(text);
        let i = tokens
            .iter()
            .position(|t| t.word.starts_with(|c: char| c.is_ascii_digit()))
            .expect("a number");
        f(text, &tokens, i)
    }

    #[test]
    fn what_an_amount_measures() {
        let kind = |text: &str| at_first_number(text, quantity_kind);
        assert_eq!(kind("It will cost about £240 million."), feature::MONEY);
        assert_eq!(kind("funded with 4.2 million euros"), feature::MONEY);
        assert_eq!(kind("charged 50p a day"), feature::MONEY);
        assert_eq!(kind("from 7.45pm"), 0);
        assert_eq!(kind("pupils in form 3c"), 0);
        assert_eq!(kind("a strike of 48 hours"), feature::DURATION);
        assert_eq!(
            kind("gates 48 metres long"),
            feature::MEASURE | feature::LENGTH
        );
        assert_eq!(
            kind("weighing 3,600 tonnes"),
            feature::MEASURE | feature::WEIGHT
        );
        assert_eq!(kind("18,400 hectares"), feature::MEASURE);
        // As people write weights too.
        for heavy in ["lost about 4 kilos", "weighed 9 lbs", "just 12 ounces"] {
            assert_eq!(kind(heavy), feature::MEASURE | feature::WEIGHT, "{heavy}");
        }
        for hot in [
            "a record of 41.2°C",
            "a low of -3 °F",
            "30 degrees in the shade",
            "temperatures reached 33C",
            "dropped to minus 3C overnight",
        ] {
            assert_eq!(kind(hot), feature::MEASURE | feature::TEMPERATURE, "{hot}");
        }
        // Not years: "1,900" has a comma, "2000 tonnes" a unit.
        let lang = Lang::new(crate::lexicon::Lexicon::default());
        let features = |body: &str| first_features(&lang, body);
        let f = features("It lifted off about 1,900 kilometres from the capital.");
        assert_eq!(f & (feature::LENGTH | feature::DATE), feature::LENGTH);
        let f = features("The barge carried 2000 tonnes of grain.");
        assert_eq!(f & (feature::WEIGHT | feature::DATE), feature::WEIGHT);
        assert_ne!(features("The club was founded in 1900.") & feature::DATE, 0);
        // A rate of events.
        for rate in [
            "The buses run every 40 minutes.",
            "It is serviced every two years.",
            "Figures come out every Friday.",
            "Flights run twice a day.",
            "Trains stop three times a week.",
            "The charts are updated weekly.",
        ] {
            assert_ne!(features(rate) & feature::FREQUENCY, 0, "{rate}");
        }
        for once in [
            "The buses run from Monday.",
            "Every passenger paid £5.",
            "It took a day.",
        ] {
            assert_eq!(features(once) & feature::FREQUENCY, 0, "{once}");
        }
        // A medieval year, written without a comma as years are.
        let f = features("The timber was felled between 1385 and 1410.");
        assert_ne!(f & feature::DATE, 0);
        assert_eq!(features("About 1,385 people came.") & feature::DATE, 0);
        // A year of another era, however short.
        let f = features("The hoard was buried around AD 920.");
        assert_eq!(f & (feature::NUMBER | feature::DATE), feature::DATE);
        assert_ne!(features("The fort was built in 55 BC.") & feature::DATE, 0);
        assert_eq!(features("The ad ran 920 times.") & feature::DATE, 0);
        // A day of the month near a month's name; a number no day can be is a count.
        let f = features("The survey was held on 12 October.");
        assert_eq!(f & (feature::NUMBER | feature::DATE), feature::DATE);
        let f = features("A survey in October found about 60 bats.");
        assert_ne!(f & feature::NUMBER, 0);
        assert_eq!(kind("tested on 48 separate cells"), 0);
        assert_eq!(kind("the last 5"), 0);
        // A unit of time after a multiplier, before a noun, only says what is counted.
        assert_eq!(kind("about 1.2 million day visits a year"), 0);
        assert_eq!(kind("a 48 hour strike"), feature::DURATION);
    }

    #[test]
    fn a_small_number_has_two_spellings() {
        assert_eq!(other_spelling("5").as_deref(), Some("five"));
        assert_eq!(other_spelling("twenty").as_deref(), Some("20"));
        assert_eq!(other_spelling("0").as_deref(), Some("zero"));
        assert_eq!(other_spelling("21"), None);
        assert_eq!(other_spelling("05"), None);
        assert_eq!(other_spelling("fifty"), None);
    }

    #[test]
    fn what_lasts_until_a_date_ends_then() {
        let lang = Lang::plain();
        let text = "Title\n\nThe consultation runs for 12 weeks until 5 Jun.\n\n\
                    The pool is closed until further notice.\n";
        let ix = index_of(&lang, text);
        let end = ix.term(&lang.stem("end")).unwrap();
        assert_eq!(weight_in(&ix, end, 0), Some(UNTIL));
        assert_eq!(weight_in(&ix, end, 1), None);
    }

    #[test]
    fn the_name_a_definite_noun_stands_for_is_indexed_with_it() {
        let lang = Lang::plain();
        let text = "Title\n\nDrivers to the Wendle Hills National Park need a permit.\n\nMost \
                    visitors reach the park by car, about 4.2 million of them a year.\n";
        let ix = index_of(&lang, text);
        let national = ix.term(&lang.stem("national")).unwrap();
        assert_eq!(weight_in(&ix, national, 0), Some(OWN));
        assert_eq!(weight_in(&ix, national, 1), Some(NAMED));
    }

    #[test]
    fn a_name_only_one_person_bears_holds_all_of_their_name() {
        // (The lexicon says Edna is a woman's name and Walter a man's: "Mrs Charlton"
        // is hers.)
        let lang = Lang::with_records("class\tedna\tfemale\nclass\twalter\tmale\n");
        let text = "Title\n\nEdna Charlton turned 105. She married Walter Charlton in 1946.\n\n\
                    Mrs Charlton was born in Rothbury.\n\nThe Charlton family grew.\n";
        let ix = index_of(&lang, text);
        let edna = ix.term(&lang.stem("edna")).unwrap();
        // "Mrs Charlton" is hers alone; "Charlton" is a surname two share.
        assert_eq!(weight_in(&ix, edna, 2), Some(NAMED));
        assert_eq!(weight_in(&ix, edna, 3), None);
        // Nor does a name that is only part of hers mention her husband there.
        assert_eq!(ix.mentions(0), &[0]);
        assert_eq!(ix.mentions(2), &[0]);
        assert_eq!(ix.mentions(3), &[0, 1]);
    }

    #[test]
    fn no_before_a_number_is_the_word_number() {
        let lang = Lang::plain();
        let text = "Title\n\nPlease quote incident No. 412 of 8 March.\n\nNo one was hurt in \
                    the 3 crashes.\n\nThere is no 24-hour line.\n";
        let ix = index_of(&lang, text);
        let number = ix.term(&lang.stem("number")).unwrap();
        assert_eq!(weight_in(&ix, number, 0), Some(OWN));
        assert_eq!(weight_in(&ix, number, 1), None);
        assert_eq!(weight_in(&ix, number, 2), None);
    }

    #[test]
    fn a_count_is_a_number_of_things() {
        let lang = Lang::new(crate::lexicon::Lexicon::default());
        let count = |body: &str| first_features(&lang, body) & feature::COUNT != 0;
        assert!(count("The business now employs 11 people."));
        assert!(count("She has scored only twice since joining."));
        assert!(count(
            "It was the fourth time this winter that a walker went missing."
        ));
        assert!(!count("She finished fourth in the final."));
        assert!(count(
            "The hills attract about 1.2 million day visits a year."
        ));
        assert!(!count("Customers could be fined up to £1,000."));
        assert!(!count("The strike lasted 48 hours."));
        // Nor is an age.
        assert!(!count("Megan Tull, 27, rides for Hallam."));
        // A share is no count, nor a number of the people it is a share of.
        let lang = Lang::with_records("class\tmember\tperson\nclass\tresident\tperson\n");
        let f = first_features(&lang, "In the ballot 74% of members voted in favour.");
        assert_eq!(
            f & (feature::SHARE | feature::COUNT | feature::HEADCOUNT),
            feature::SHARE
        );
        let f = first_features(&lang, "Pay has fallen by 18 per cent since 2015.");
        assert_eq!(f & (feature::SHARE | feature::COUNT), feature::SHARE);
        // A share in words.
        for text in [
            "Four in ten people who use the evening buses do not have a car.",
            "More than a third of them went to households with children.",
            "Two thirds of the members voted.",
        ] {
            assert_ne!(first_features(&lang, text) & feature::SHARE, 0, "{text}");
        }
        // Not a sum in a year, nor an ordinal.
        for text in [
            "The insurers paid out £850,000 in 2015.",
            "It is the third time the road has flooded.",
        ] {
            assert_eq!(first_features(&lang, text) & feature::SHARE, 0, "{text}");
        }
        let f = first_features(&lang, "About 800 residents attended.");
        assert_ne!(f & feature::HEADCOUNT, 0);
    }

    #[test]
    fn ages_as_news_gives_them() {
        let age = |text: &str| at_first_number(text, is_age);
        assert!(age("Solberg, 31, a former runner, won."));
        assert!(age("A 64-year-old runner collapsed."));
        assert!(age(
            "The group, all aged between 24 and 41, set off at 8 a.m."
        ));
        assert!(age("Pupils aged 11 to 18 sang."));
        assert!(age("Farmer Walter Dunmore, now 79, lost the band."));
        assert!(age("His wife, Margaret, then 24, wore it."));
        assert!(!age("The tally rose, now 79, by noon."));
        assert!(!age("Prices fell between 24 and 41 per cent."));
        assert!(!age("The ferry carried 214 passengers."));
        assert!(!age("On 14 March, the city opened it."));
    }

    /// The index of the article `text` (title first).
    fn index_of(lang: &Lang, text: &str) -> Index {
        let k = crate::article::parse_article(std::path::Path::new("a.txt"), text, lang).unwrap();
        Index::build(&k, lang)
    }

    /// The features of the first sentence of an article of `body`.
    fn first_features(lang: &Lang, body: &str) -> u32 {
        index_of(lang, &format!("Title\n\n{body}\n")).features(0)
    }

    #[test]
    fn hours_and_minutes_are_a_time() {
        let lang = Lang::plain();
        let clock = |body: &str| first_features(&lang, body) & feature::CLOCK != 0;
        assert!(clock("The race was won by Daniel Okafor in 2:09:14."));
        assert!(clock("The last train leaves at 23:40 on weekdays."));
        assert!(!clock("The board backed the plan by a ratio of 3:1."));
        assert!(!clock("City won 2-1 on Saturday."));
        // A time of day, the figure and its "am"/"pm" in one word or two.
        assert!(clock("Buses ran until the line reopened at 7.45pm."));
        assert!(clock("The doors open at 7pm on Friday."));
        assert!(clock("The doors open at 7.30 p.m. on Friday."));
        assert!(!clock("The fine rose to £7.45 on Friday."));
    }

    #[test]
    fn a_name_after_a_preposition_of_place_is_a_place() {
        let lang = Lang::plain();
        let placed = |body: &str| first_features(&lang, body) & feature::PLACE != 0;
        assert!(placed(
            "The panda sat in a tree behind a house on Orchard Lane."
        ));
        assert!(placed(
            "Water stations were set up at the centre on Mill Road."
        ));
        assert!(placed("The bus stops outside Kelbridge College."));
        // A day is no place.
        assert!(!placed("The council will meet on Monday."));
    }

    #[test]
    fn a_proper_name_but_a_place_or_a_date() {
        let lang = Lang::plain();
        let named = |body: &str| first_features(&lang, body) & feature::NAME != 0;
        assert!(named(
            "The new ground, to be called the Riverside Arena, will cost more."
        ));
        assert!(named(
            "Dr. Rajesh Menon, chairman of the federation, said no."
        ));
        // The first word, a place after `from`, a day and a title are no name.
        assert!(!named(
            "A 19-year-old man from Bramford was arrested on Monday."
        ));
        assert!(!named("Mobile teams will visit 120 schools."));
        assert!(!named("It will open in July, he said."));
    }

    #[test]
    fn a_name_that_acts_is_an_agent() {
        let lang = Lang::with_records("base\twon\twin\nrel\tcouncillor\tmember:0.60\n");
        let agent = |body: &str| first_features(&lang, body) & feature::AGENT != 0;
        assert!(agent(
            "The Netherlands took silver and Australia finished third."
        ));
        assert!(agent(
            "In other finals, the pair finished fifth, while Britain won gold."
        ));
        assert!(agent("Voltra recalled the batteries on Monday."));
        // A company's name, known by its legal form, wherever it stands.
        assert!(agent(
            "Its previous owner, Coastline Leisure Ltd, sold the pier."
        ));
        assert!(!agent(
            "Its previous owner, Coastline Leisure, sold the pier."
        ));
        // Not the place of another subject's verb, nor a common noun opening a sentence.
        assert!(!agent("A new mission in Iraq started its work."));
        assert!(!agent("Councillors voted for the plan."));
        assert!(!agent("On Monday, nine children moved into the new wing."));
    }

    #[test]
    fn a_name_given_is_naming() {
        let lang = Lang::plain();
        let naming = |body: &str| first_features(&lang, body) & feature::NAMING != 0;
        assert!(naming("The 14-year-old grey cob, named Biscuit, escaped."));
        assert!(naming("The swan, nicknamed Duchess by volunteers, nested."));
        assert!(naming(
            "The bell, known to villagers as Great Tom, was stolen."
        ));
        assert!(naming(
            "The new ground, to be called the Riverside Arena, opens soon."
        ));
        assert!(naming("She is known to pupils as \"auntie\"."));
        assert!(naming("The bus will carry the name “Derek’s Express”."));
        // Not a call made, nor a name after other words.
        assert!(!naming(
            "He advised anyone who sees a loose horse to call 999."
        ));
        assert!(!naming("Crews were called to the ground on Haddon Road."));
        assert!(!naming("The club has named one of its buses after him."));
    }

    #[test]
    fn a_games_result_is_a_score() {
        let lang = Lang::plain();
        let score = |body: &str| first_features(&lang, body) & feature::SCORE != 0;
        assert!(score(
            "Morpeth won the final, beating Whitley Bay 3-2 on Sunday."
        ));
        assert!(score("She won 4-6, 7-5, 6-3."));
        assert!(score("It was a 27–19 win over Kingsmere."));
        // Not a range of some unit, an age band, a season or a date.
        assert!(!score("The work will take 5-10 minutes."));
        assert!(!score("It is open to pupils aged 11-18."));
        assert!(!score("Tickets for the 2026-27 season go on sale."));
        assert!(!score("The vote was 9 to 4."));
    }

    #[test]
    fn a_doer_of_a_kind_of_person_is_an_agent() {
        let lang = Lang::with_records("class\tpostman\tperson\n");
        let agent = |body: &str| first_features(&lang, body) & feature::AGENT != 0;
        assert!(agent("A white stag was photographed by a retired postman."));
        // Not a place, nor a person named only further on.
        assert!(!agent("The stag was seen by the pond."));
        assert!(!agent("The stag stood by a gate near the postman's van."));
    }

    #[test]
    fn a_reason_is_given_by_its_connective() {
        let lang = Lang::plain();
        let reason = |body: &str| first_features(&lang, body) & feature::REASON != 0;
        assert!(reason("She blamed the fall on missed appointments."));
        assert!(reason("They walked out in protest at the plans."));
        assert!(reason("The bill rose because of flooding."));
        assert!(reason("The shop closed after a fire."));
        // Worries and needs are reasons too.
        assert!(reason(
            "Residents have raised concerns about extra traffic."
        ));
        assert!(reason("It closed amid fears for its future."));
        assert!(reason("The charges were needed to make up for a cut."));
        // So is what someone cites or cannot afford, or what something is done to avoid.
        assert!(reason(
            "The firm said it could no longer afford the repairs."
        ));
        assert!(reason(
            "It scrapped the route, blaming falling passenger numbers."
        ));
        assert!(reason("Work will stop in spring to avoid disturbing fish."));
        assert!(!reason("The shop closed on Monday."));
    }

    #[test]
    fn a_number_of_people_of_any_kind() {
        let lang = Lang::with_records("class\tresident\tperson\nclass\tstaff\tperson\n");
        let headcount = |body: &str| first_features(&lang, body) & feature::HEADCOUNT != 0;
        assert!(headcount("It was attended by around 800 residents."));
        assert!(headcount("The shop has 12 local staff."));
        assert!(!headcount(
            "Call 0800 455 210, staffed from 8 a.m. on weekdays."
        ));
        assert!(!headcount("The residents paid 800 euros."));
        // A number of a gathering of people: how many people came.
        assert!(headcount(
            "A crowd estimated at 3,000 lined the riverbanks."
        ));
        assert!(headcount("It drew a 5,000-strong crowd."));
        assert!(headcount("The turnout was 42 on the night."));
        // Not a sum it paid, a year, nor a number past a comma.
        assert!(!headcount("The crowd raised £3,000 for the club."));
        assert!(!headcount("The crowd in 2019 was smaller."));
        assert!(!headcount("The crowd cheered, and 12 boats sailed."));
    }

    #[test]
    fn a_hyphenated_word_typed_as_one_is_its_head() {
        let text = "Title\n\nIts co-founder spoke.\n\nThe back-up generators started.\n\n\
                    The mother-of-three left.\n\nThe re-run and the rerun differ.\n";
        let lang = Lang::new(crate::lexicon::Lexicon::default());
        let ix = index_of(&lang, text);
        assert_eq!(ix.surface("cofounder"), ix.surface("founder"));
        assert!(ix.surface("cofounder").is_some());
        // Not a function word: "up" says nothing of what a back-up is.
        assert_eq!(ix.surface("backup"), ix.surface("back"));
        // Not a chain of three.
        assert_eq!(ix.surface("motherof"), None);
        assert_eq!(ix.surface("ofthree"), None);
        // A spelling the articles write as one word keeps its own term.
        assert_ne!(ix.surface("rerun"), ix.surface("run"));
    }

    #[test]
    fn a_first_person_quote_holds_its_speaker_nearly_as_its_own_words() {
        let text =
            "Title\n\nElias Kiptanui won the race.\n\n\"I felt strong,\" Kiptanui said. \"The \
                    wind was hard. I thank my coach.\"\n";
        let lang = Lang::new(crate::lexicon::Lexicon::default());
        let k = crate::article::parse_article(std::path::Path::new("a.txt"), text, &lang).unwrap();
        let ix = Index::build(&k, &lang);
        let t = ix.surface("kiptanui").unwrap();
        let weight = |sid: u32| weight_in(&ix, t, sid);
        assert_eq!(weight(0), Some(OWN));
        assert_eq!(weight(1), Some(OWN), "the attribution names him");
        assert_eq!(k.sentence(2).speaker, k.sentence(1).speaker);
        assert_eq!(
            weight(2),
            Some(SPEAKER),
            "no I: a quote of his, not about him"
        );
        assert_eq!(k.sentence(3).speaker, k.sentence(1).speaker);
        assert_eq!(weight(3), Some(SPEAKER_AS_I), "his I");
    }

    #[test]
    fn a_time_from_now_is_a_date() {
        let lang = Lang::new(crate::lexicon::Lexicon::default());
        let date = |body: &str| first_features(&lang, body) & feature::DATE != 0;
        assert!(date(
            "The council will review both changes after 12 months."
        ));
        assert!(date("Talks should end within six weeks."));
        assert!(!date("It is the second time in three years that it shut."));
        assert!(!date("The strike lasted 12 months."));
        // A date said from the day of writing: a date of its own kind.
        let relative = |body: &str| first_features(&lang, body) & feature::RELATIVE_DATE != 0;
        assert!(relative("The scheme began this week."));
        assert!(relative("The shop closed last month."));
        assert!(!relative("The scheme began in 2024."));
        assert!(!relative("Each week the shop closed early."));
    }

    #[test]
    fn sentences_that_speak_of_the_future() {
        let lang = Lang::new(crate::lexicon::Lexicon::default());
        let future = |body: &str| first_features(&lang, body) & feature::FUTURE != 0;
        assert!(future("The old ward will be turned into offices."));
        assert!(future("The union said the plant would close in March."));
        assert!(future(
            "The mission is expected to be fully set up in early 2019."
        ));
        assert!(future("They won't reopen before May."));
        assert!(future(
            "The move is due to be completed in time for the season."
        ));
        assert!(future(
            "The charity hoped to open a second fridge by the autumn."
        ));
        assert!(!future("The delay was due to the fog."));
        assert!(!future("Fans hoped for a win."));
        assert!(!future("Nine children were moved from the old ward."));
        assert!(!future("The team went to Halden."));
    }

    #[test]
    fn deletions_cover_each_position() {
        let mut v = Vec::new();
        for_each_deletion("abc", |d| v.push(d.to_string()));
        assert_eq!(v, ["bc", "ac", "ab"]);
        for_each_deletion("", |_| panic!("no deletions of an empty word"));
    }
}
