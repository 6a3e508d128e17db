//! Reading a question as people type it in chats: cleaning, the kind of question (who,
//! when, where, how many, why, a quote), small talk, and which words carry its meaning.
//!
//! Group chats are noisy ("hey guys lol, so who leads the misson??"): greetings, chat
//! shorthand and filler are recognised here so the matcher only sees the question's content.

use crate::lexicon::Pos;
use crate::quote::is_reporting_verb;
use crate::text::{
    clean, is_acronym, is_function_word, is_future, name_initials, tokenize, ADVERB_PARTICLES,
};

/// What kind of answer the question wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Who,
    When,
    /// A time of day: "what time does it open".
    Time,
    Where,
    HowMany,
    /// How much money: "how much does it cost", "what is the price".
    HowMuch,
    /// How long something takes or lasts (or how long it is: "how long are the gates").
    HowLong,
    /// How far, heavy, tall, fast…: a physical quantity.
    Measure,
    Why,
    /// Any other question (what, which, how, yes/no).
    Other,
}

/// One content word of the question.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Lowercase, chat shorthand expanded (`ppl` → `people`).
    pub word: String,
    /// Capitalized in the question other than at its start: likely a name.
    pub name_like: bool,
    /// 1 for words of the question itself, less for chatter around it.
    pub weight: f32,
    /// The attribute asked about ("how *old* is …", "what is the *address* of …",
    /// "what is X's *nationality*"): a sentence without it cannot answer.
    pub focus: bool,
    /// What "how many" counts ("how many *passengers*"): the answer gives a number of it.
    pub counted: bool,
    /// What the counted is of ("how many tonnes of *lamb*", "how many bags of *salad*"):
    /// a number of the counted that is of something else does not answer.
    pub counted_of: bool,
    /// The word that may complete it as a phrasal verb ("kick *off*", "set them *back*"):
    /// the next word, or the one after an object pronoun. Any word, even a function word.
    pub particle: Option<String>,
    /// The abbreviation of the name the word is part of ("United Nations" → `un`): an
    /// article may write only that.
    pub initials: Option<String>,
    /// Used as a verb ("who *heads* the mission", "is it *funded*") or a noun ("*the
    /// strike*"), as far as its place tells: the senses to paraphrase.
    pub pos: Option<Pos>,
    /// Written in the possessive (`Milne's`, `the captain’s`).
    pub possessive: bool,
    /// Names the kind of place asked for ("which *town*"): a sentence that says it
    /// gains, one that does not loses nothing.
    pub bonus: bool,
    /// The noun after "which"/"what" that names the kind of answer ("which *airlines*",
    /// "what *event*").
    pub kind_noun: bool,
    /// A period named relative to now ("last *year*", "this *season*"): a sentence about
    /// another period does not answer, as with a year or a month named.
    pub period: bool,
    /// For "year" named relative to now, how many years from the article's: -1 for
    /// "last year", 0 for "this year", 1 for "next year".
    pub year_offset: Option<i32>,
    /// "first" before what it is the first of, after a determiner or an owner ("its
    /// *first* year", "New Zealand's *first* innings"): it pins which one, as "third"
    /// does. Not the adverb ("when did it *first* open") nor "the first time".
    pub ordinal: bool,
    /// Right after "before", "after", "replace" or "succeed" (past a title): in "who was
    /// the lollipop lady before *Margaret Trelawny*", someone other than the asked.
    pub succeeded: bool,
    /// After `at`, `in`, `near` or `from` (and perhaps `the`): where something is ("at
    /// *Wendover* hospital", "near *Whitchurch*").
    pub placed: bool,
    /// Of what a question asks the name ("what is the name of the *dog walker* who …",
    /// "what's the *kayaker's* name"): when a kind of person, it asks *who*.
    pub named: bool,
    /// Written in capitals inside a question that is not shouted ("what did the *RSPB*
    /// say"): an abbreviation, so a name, unless it is an ordinary word stressed ("did
    /// they WIN"), which only the lexicon can tell.
    pub capitals: bool,
    /// Beside an ampersand ("what did *Glanville* & Hythe say"): a firm's name, even
    /// where a person of the articles bears the word (Rupert Glanville).
    pub firm: bool,
    /// Whom someone told, right after "tell"/"told" ("what did the magistrate tell
    /// *Crossley*", "tell *the planning committee*"): who heard, not who spoke.
    pub told: bool,
    /// In a clause that gives the occasion of what is asked ("how much did he raise
    /// *when he cycled to Paris*"): weighed less, as the answer need not repeat it.
    pub occasion: bool,
}

/// A question, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Cleaned text (controls removed, cut to length).
    pub text: String,
    pub truncated: bool,
    pub kind: Kind,
    /// Asks what someone said, or who said something.
    pub wants_quote: bool,
    pub words: Vec<Word>,
    /// Greetings, thanks and the like, with nothing to look up.
    pub smalltalk: bool,
    /// Asks for someone's role ("what is Kotorova's job?").
    pub asks_role: bool,
    /// Speaks of speaking ("who *warned* that …", "who *called* it …"): a quote, whose
    /// reply names its speaker, can answer a *who*.
    pub speech: bool,
    /// What a [`Kind::Measure`] question measures, where its word says ("how *far*":
    /// a distance; "how *heavy*", "how much did it *weigh*": a weight), or the sum a
    /// [`Kind::HowMuch`] question's money word asks ("how much did it *cost*").
    pub dimension: Option<Dimension>,
    /// Asks about the future ("when *will* it reopen", "are they *going to* appeal"): a
    /// sentence that speaks of it answers better than one of what happened.
    pub future: bool,
    /// Asks about the past ("when *was* it built", "what *did* they find"), not the
    /// future; not a quote question ("what did she say" is past only in the saying).
    pub past: bool,
    /// Asks for a name ("what is the *name* of the supplier", "what will the ground be
    /// *called*"): a sentence that names nothing cannot answer.
    pub wants_name: bool,
    /// Asks which one of a kind ("which *hospital* had the most nurses"): a sentence
    /// that names none (no person, place or other name) cannot tell.
    pub which_one: bool,
    /// A yes/no question ("did the filter cut illness among young kids"): its answer
    /// seldom repeats it whole ("cases of diarrhoea among children under five fell by
    /// 41%"), so its scores are read more leniently.
    pub yes_no: bool,
    /// Asks how often ("how often do the trams run"): a rate of events answers ("every
    /// six minutes", "twice a day", "weekly"), a plain time does not.
    pub often: bool,
    /// Asks how long something has gone on or takes ("how long has he *been*
    /// detecting", "how long did the repairs *take*"): a span of time answers, a length
    /// ("94 cm long") does not.
    pub span: bool,
    /// Asks about an earlier time of something that happens again ("when was the
    /// reservoir *last* drained", "who set the *previous* record", "why did the
    /// *earlier* merger fail"): a sentence that speaks of no other time tells of this one.
    pub earlier: bool,
}

/// Words after "how long" that make it ask for a span of time, not a length, sorted.
#[rustfmt::skip]
const SPAN_WORDS: &[&str] = &[
    "ago", "been", "last", "lasted", "lasts", "spend", "spent", "stay", "stayed", "take",
    "taken", "takes", "took", "wait", "waited",
];

/// A kind of physical quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Distance,
    Weight,
    /// "How much did the launch *cost*": any sum of money gives it.
    Money,
    /// "How *hot* did it get", "how *cold* was the night".
    Temperature,
    /// "What *percentage* of schools", "what *share* of the budget": a share of a whole
    /// ("73%", "58 per cent").
    Share,
    /// "How *tall* is the chimney", "how *deep* was the water": a length that stands for
    /// the asked extent ("its 38-metre chimney", "under 1.4 metres of water") unless its
    /// sentence says it is another ("48 metres *long*"; see [`EXTENT_WORDS`]).
    Extent,
}

/// Words of "how …" that ask for a temperature.
const TEMPERATURE_WORDS: &[&str] = &["cold", "cool", "hot", "warm"];

/// Words of "how …" that ask for a distance: often given with no word of its own ("90
/// miles away", "within 5 kilometres").
const DISTANCE_WORDS: &[&str] = &["close", "far"];

/// Words of "how …" that ask for one extent of a thing, and the words a sentence gives
/// any extent with, adjective and noun: "how tall" is met by a length its sentence
/// calls by none of them ("a 38-metre chimney"), or by its own ("20 metres high"), not
/// by another ("48 metres long"). ("How long" mostly asks for a span of time.)
pub const EXTENT_WORDS: &[(&str, &str)] = &[
    ("deep", "depth"),
    ("high", "height"),
    ("long", "length"),
    ("tall", "height"),
    ("thick", "thickness"),
    ("wide", "width"),
];

/// The dimension a measure question asks about, from the word after "how" at `at`, or
/// a form of "weigh" ("how much did the bears weigh").
fn dimension_of(words: &[String], at: usize) -> Option<Dimension> {
    let next = words.get(at + 1).map_or("", String::as_str);
    if contains(DISTANCE_WORDS, next) {
        Some(Dimension::Distance)
    } else if next == "heavy" || words[at..].iter().any(|w| w.starts_with("weigh")) {
        Some(Dimension::Weight)
    } else if contains(TEMPERATURE_WORDS, next) {
        Some(Dimension::Temperature)
    } else if next != "long" && EXTENT_WORDS.iter().any(|&(a, _)| a == next) {
        Some(Dimension::Extent)
    } else {
        None
    }
}

/// Two-word idioms that stand for a verb: (`in`, `charge`) → `lead`. The first word is
/// a function word and drops out; the second becomes the verb.
const IDIOMS: &[(&str, &str, &str)] = &[("in", "charge", "lead")];

/// Chat shorthand → the word it stands for (general English chat usage).
const SHORTHAND: &[(&str, &str)] = &[
    ("abt", "about"),
    ("approx", "approximately"),
    ("ave", "avenue"),
    ("b4", "before"),
    ("bc", "because"),
    ("cld", "could"),
    ("cud", "could"),
    ("cuz", "because"),
    ("dept", "department"),
    ("gov", "government"),
    ("govt", "government"),
    ("hrs", "hours"),
    ("hw", "how"),
    ("info", "information"),
    ("intl", "international"),
    ("mgmt", "management"),
    ("mil", "military"),
    ("min", "minister"),
    ("mins", "minutes"),
    ("mum", "mother"),
    ("mums", "mothers"),
    ("num", "number"),
    ("op", "operation"),
    ("ops", "operations"),
    ("pic", "picture"),
    ("pics", "pictures"),
    ("pls", "please"),
    ("plz", "please"),
    ("ppl", "people"),
    ("r", "are"),
    ("rd", "road"),
    ("rn", "now"),
    ("shud", "should"),
    ("smth", "something"),
    ("st", "street"),
    ("thru", "through"),
    ("thx", "thanks"),
    ("tmr", "tomorrow"),
    ("tmrw", "tomorrow"),
    ("u", "you"),
    ("ur", "your"),
    ("w", "with"),
    ("wat", "what"),
    ("wen", "when"),
    ("whats", "what"),
    ("whch", "which"),
    ("whens", "when"),
    ("wher", "where"),
    ("wheres", "where"),
    ("whn", "when"),
    ("whos", "who"),
    ("whr", "where"),
    ("whre", "where"),
    ("wht", "what"),
    ("wich", "which"),
    ("wud", "would"),
    ("y", "why"),
    ("yday", "yesterday"),
    ("yr", "year"),
    ("yrs", "years"),
];

/// Words of greeting, thanks, chat filler and question scaffolding: never the topic.
/// ("tell me", "do you know", "anyone", "lol"...)
#[rustfmt::skip]
const FILLER: &[&str] = &[
    "actually", "afternoon", "again", "ah", "all", "alright", "altogether", "anybody", "anyone",
    "anything", "anyway", "apparently", "appreciate", "approximately", "article", "articles",
    "asap", "ask", "aw", "awesome", "basically", "bless", "blimey", "bot", "brb", "bro", "btw",
    "bunch", "bye", "chat", "cheers", "congrats", "congratulations", "cool", "crikey", "curious",
    "currently", "damn", "dear", "dunno", "eh", "else", "even", "evening", "everyone", "exactly",
    "explain", "folks", "friends", "fyi", "gonna", "good", "gosh", "gotta", "great", "guess",
    "guys", "haha", "hahaha", "happen", "happened", "happening", "hello", "help", "hey", "hi",
    "hiya", "hm", "hmm", "honestly", "huh", "idea", "idk", "imo", "jeez", "kind", "kinda", "know",
    "like", "literally", "lmao", "lmk", "lol", "lot", "lots", "many", "mate", "maybe", "mean",
    "morning", "much", "nah", "need", "news", "ngl", "nice", "night", "oh", "ok", "okay", "omg",
    "oof", "ooh", "overall", "please", "pls", "pretty", "probably", "q", "question", "quick",
    "quickly", "random", "read", "reading", "really", "reckon", "remind", "roughly", "said", "say",
    "says", "seriously", "so", "somebody", "someone", "something", "sorry", "sort", "sorta", "sry",
    "stuff", "sup", "tbh", "tell", "thank", "thanks", "there", "thing", "things", "think", "tho",
    "today", "type", "ugh", "uh", "um", "wait", "wanna", "want", "well", "whoa", "woah", "wonder",
    "wondered", "wondering", "woohoo", "wow", "x", "xd", "xx", "xxx", "ya", "yall", "yay", "yeah",
    "yes", "yikes", "yo",
];

/// Words that make a question ask for someone's words.
#[rustfmt::skip]
const QUOTE_WORDS: &[&str] = &[
    "according", "add", "added", "claim", "claimed", "comment", "commented", "describe",
    "described", "feel", "feels", "felt", "highlight", "highlighted", "interview", "mention",
    "mentioned", "opinion", "quote", "quoted", "react", "reacted", "reaction", "remark",
    "remarks", "said", "say", "says", "speech", "state", "stated", "statement", "think",
    "thinks", "thought", "view", "views", "words",
];

/// Prepositions before a place ("at Wendover hospital", "the fireball over Cornwall",
/// "a fare to Dublin"), or a day named as a name is ("open on Saturdays").
const PLACE_PREPOSITIONS: &[&str] = &[
    "across", "along", "around", "at", "behind", "beneath", "beside", "from", "in", "inside",
    "into", "near", "off", "on", "outside", "over", "through", "to", "under",
];

/// Reporting verbs among QUOTE_WORDS that say more than "say" (sorted).
const TELLING_REPORTING_VERBS: &[&str] = &[
    "add",
    "added",
    "claim",
    "claimed",
    "highlight",
    "highlighted",
    "mention",
    "mentioned",
];

/// The weight of a telling reporting verb in a question.
const REPORTING_WEIGHT: f32 = 0.3;

/// Greeting and thanks words: a message made only of these (and filler) is small talk
/// ("cheers mate, that's all I needed", "ok got it, makes sense").
#[rustfmt::skip]
const SMALLTALK: &[&str] = &[
    "a", "afternoon", "again", "ah", "all", "alright", "amazing", "answer", "answers",
    "appreciate", "awesome", "bot", "brilliant", "bye", "cheers", "cool", "cya", "day", "dear",
    "done", "evening", "everybody", "everyone", "excellent", "fine", "folks", "for", "gm",
    "gn", "good", "goodbye", "got", "great", "guys", "have", "hello", "help", "helped",
    "helpful", "helps", "hey", "hi", "hiya", "i", "is", "it", "job", "just", "know", "later",
    "lol", "lot", "love", "makes", "mate", "mates", "morning", "much", "needed", "nice",
    "night", "of", "oh", "ok", "okay", "perfect", "really", "see", "sense", "so", "sup",
    "super", "sure", "thank", "thanks", "that", "the", "there", "this", "thnx", "thx", "tnx",
    "to", "ty", "understood", "useful", "very", "wanted", "was", "welcome", "well", "what",
    "wow", "yeah", "yep", "yes", "yo", "you", "your",
];

/// Membership in one of the sorted word lists above (a test keeps them sorted).
fn contains(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// Two or more letters, all capitals ("RSPB", "NHS's"): an abbreviation, or a shout.
fn is_capitals(word: &str) -> bool {
    let letters = word.chars().take_while(|c| c.is_alphabetic());
    let (n, upper) = letters.fold((0, true), |(n, u), c| (n + 1, u && c.is_uppercase()));
    n >= 2 && upper
}

/// Reads a raw question. `max_chars` cuts very long input (the reply says so).
pub fn parse(raw: &str, max_chars: usize) -> Question {
    let cleaned = clean(raw);
    let cleaned = cleaned.trim();
    let (text, truncated) = match cleaned.char_indices().nth(max_chars) {
        Some((i, _)) => (cleaned[..i].to_string(), true),
        None => (cleaned.to_string(), false),
    };

    // In "hey all. I was reading the news. who leads the mission?" the question is the
    // part with the question mark, or the part that opens with a question word ("my
    // cousin has no power 😩 when does the warning end"); the rest is chatter and counts
    // less.
    // "what % of schools": the sign is a word, which the tokenizer would drop.
    let words_of = if text.contains('%') {
        std::borrow::Cow::Owned(text.replace('%', " percent "))
    } else {
        std::borrow::Cow::Borrowed(text.as_str())
    };
    let segments = split_segments(&words_of);
    let segment_tokens: Vec<Vec<crate::text::Token>> =
        segments.iter().map(|s| tokenize(s)).collect();
    // (After chat filler or a conjunction: "… ?? like what times is it open", "and
    // when does it start".)
    let opens_question = |toks: &[crate::text::Token]| {
        toks.iter()
            .map(|t| expand(&t.word))
            .find(|w| !contains(FILLER, w) && !matches!(*w, "and" | "but" | "or" | "also"))
            .is_some_and(|w| QUESTION_WORDS.contains(&w))
    };
    // "ppl said they ran out fast lol how many did they print": laughter ends the chat
    // before a question, as a stop would.
    let laughs_then_asks = |toks: &[crate::text::Token]| {
        toks.windows(2)
            .any(|p| contains(LAUGHTER, &p[0].word) && QUESTION_WORDS.contains(&p[1].word.as_str()))
    };
    // Read once per segment: the closures below ask of each segment more than once.
    let questions: Vec<bool> = segments
        .iter()
        .zip(&segment_tokens)
        .map(|(seg, toks)| seg.ends_with('?') || opens_question(toks) || laughs_then_asks(toks))
        .collect();
    let is_question = |i: usize| questions[i];
    let has_question = questions.contains(&true);
    // Capitals stand out only where most words are in lowercase ("what did the RSPB
    // say"); in a shouted question ("WHO LEADS THE MISSION") they say nothing.
    let mixed_case = {
        let words = text.split_whitespace();
        let (caps, lower) = words.fold((0, 0), |(c, l), w| {
            (
                c + usize::from(is_capitals(w)),
                l + usize::from(w.chars().any(char::is_lowercase)),
            )
        });
        lower > caps
    };
    let mut words = Vec::new();
    let mut kind = Kind::Other;
    let mut kind_found = false;
    let mut wants_quote = false;
    let mut all_smalltalk = true;
    let mut any_word = false;
    let mut asks_role = false;
    let mut speech = false;
    let mut dimension = None;
    // Words follow "say about" ("what did X say about the cut"): what X spoke of.
    let mut spoke_of = false;
    // A price asked with "what" ("what does the ticket cost"), not "how much".
    let mut what_price = false;
    let mut future = false;
    let mut past = false;
    let mut wants_name = false;
    let mut which_one = false;
    let mut yes_no = false;
    let mut often = false;
    let mut span = false;
    let mut earlier = false;
    // "NorthAir planes... where did they go??": a short phrase right before a question
    // that points back to it ("they", "it") is what the question is about.
    let referent = |i: usize| {
        segment_tokens[i].len() <= 4
            && !is_question(i)
            && i + 1 < segments.len()
            && is_question(i + 1)
            && segment_tokens[i + 1].iter().any(|t| {
                matches!(
                    t.word.as_str(),
                    "they" | "them" | "their" | "it" | "its" | "he" | "him" | "his" | "she" | "her"
                )
            })
    };
    for (si, (seg, toks)) in segments.iter().zip(&segment_tokens).enumerate() {
        // A word written in title case after the segment's first: a name, or a sentence
        // start after a stop.
        let title_case = |i: usize, t: &crate::text::Token| {
            i > 0 && t.capitalized && seg[t.start..t.end].chars().any(|c| c.is_lowercase())
        };
        // Chat shorthand is written in lowercase or capitals; a title-case word inside the
        // question is a name ("Mil Street" is no "military" street).
        let lower: Vec<String> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if title_case(i, t) {
                    t.word.clone()
                } else if let Some(w) = unstretched(&t.word) {
                    expand(&w).to_string()
                } else if t.word == "1" && i > 0 && contains(ONE_BEFORE, expand(&toks[i - 1].word))
                {
                    // "how much does each 1 get": chat writes the pronoun as a digit.
                    "one".to_string()
                } else if let Some(word) = digit_preposition(toks, i) {
                    word.to_string()
                } else if t.word == "st" && (i == 0 || is_function_word(&toks[i - 1].word)) {
                    // "how many patients does st brigids look after": a street's "st"
                    // follows its name ("elm st"), a saint's opens it.
                    t.word.clone()
                } else {
                    expand(&t.word).to_string()
                }
            })
            .collect();
        // "who is in charge of the mission": the idiom is the verb (lead, head, run).
        let mut lower = lower;
        // "closed till what time": "till" (chat "til") is "until", which the question
        // words know, unless a determiner makes it the noun ("the till", "a till").
        for i in 0..lower.len() {
            if matches!(lower[i].as_str(), "till" | "til")
                && !(i > 0 && contains(DETERMINERS, &lower[i - 1]))
            {
                lower[i] = "until".to_string();
            }
        }
        // "when dose the new bin collection start", "how many teachers dose the union
        // represent": "dose" before a subject is "does" mistyped (the noun is followed
        // by "of" or a verb: "what dose of colchicine", "the dose was").
        for i in 0..lower.len().saturating_sub(1) {
            if lower[i] == "dose"
                && matches!(
                    lower[i + 1].as_str(),
                    "the" | "a" | "an" | "it" | "they" | "he" | "she" | "this" | "that" | "you"
                )
            {
                lower[i] = "does".to_string();
            }
        }
        // "were did she teach": "were" before an auxiliary is "where" mistyped.
        for i in 1..lower.len() {
            if lower[i - 1] == "were"
                && matches!(
                    lower[i].as_str(),
                    "did" | "do" | "does" | "is" | "was" | "are" | "can" | "will"
                )
            {
                lower[i - 1] = "where".to_string();
            }
            // "how meny doses": the kind of question hangs on it.
            if lower[i - 1] == "how" {
                if let Some(w) = slipped_how_word(&lower[i]) {
                    lower[i] = w.to_string();
                }
            }
        }
        let mut idiom_verbs: Vec<usize> = Vec::new();
        for i in 1..lower.len() {
            if let Some((_, _, verb)) = IDIOMS
                .iter()
                .find(|(a, b, _)| lower[i - 1] == *a && lower[i] == *b)
            {
                lower[i] = (*verb).to_string();
                idiom_verbs.push(i);
            }
        }
        // "TRAINS ON STRIKE AGAIN?? when does it start": a segment that opens with a
        // question word is a question too, mark or not.
        let weight = if !has_question || is_question(si) || referent(si) {
            1.0
        } else {
            0.5
        };
        // The noun right after "what"/"which" names the kind of answer ("which city",
        // "what event"): the answer need not repeat it, so it weighs less.
        let mut type_noun: Option<usize> = None;
        let mut focus: Option<usize> = None;
        let asked = if weight == 1.0 && !kind_found {
            // "whats the story with Les and his leeks, how old is he": a question of a
            // kind after a comma says what a vague one before it asks.
            kind_of(&lower).map(|(k, at)| {
                let after_comma = (at + 1..lower.len()).find(|&j| {
                    QUESTION_WORDS.contains(&lower[j].as_str())
                        && seg[..toks[j].start].trim_end().ends_with(',')
                });
                // ("what's the story with …", not "what happens with his appeal, when …":
                // there the first asks of an event.)
                let vague = k == Kind::Other
                    && lower[at] == "what"
                    && lower
                        .get(at + 1)
                        .is_some_and(|w| matches!(w.as_str(), "is" | "s" | "the"));
                match after_comma.and_then(|j| kind_of(&lower[j..]).map(|(k, a)| (k, j + a))) {
                    Some(later) if vague && later.0 != Kind::Other => later,
                    _ => (k, at),
                }
            })
        } else {
            None
        };
        // "Did the whole board agree to remove Milne?": no question word, an auxiliary
        // first. Not a request to the bot ("can u recommend a good pizza place").
        // (A question word after it, "do you know where …", sets the kind: a question
        // of any kind but Other is no yes/no one, as `Question::yes_no` is built below.)
        let opener = opener(&lower).unwrap_or(0);
        yes_no |= weight == 1.0
            && !kind_found
            && lower
                .get(opener)
                .is_some_and(|w| contains(YES_NO_OPENERS, w))
            && !lower
                .get(opener + 1)
                .is_some_and(|w| matches!(w.as_str(), "you" | "u" | "ya"));
        often |= weight == 1.0 && lower.windows(2).any(|p| p[0] == "how" && p[1] == "often");
        earlier |= weight == 1.0 && asks_earlier(&lower);
        if weight == 1.0 && !kind_found {
            if let Some((k, at)) = asked {
                kind = k;
                kind_found = true;
                what_price = k == Kind::HowMuch && lower[at] == "what";
                if k == Kind::Measure {
                    dimension = dimension_of(&lower, at);
                }
                span = k == Kind::HowLong
                    && lower.get(at + 1).is_some_and(|w| w == "long")
                    && lower[at + 2..].iter().any(|w| contains(SPAN_WORDS, w));
                focus = focus_of(&lower, at);
                // "how much did the launch *cost*": the word only says "a sum of money",
                // which any sum in a sentence gives ("€9.5 million for the launch").
                if k == Kind::HowMuch && focus.is_none() {
                    focus = lower[at..]
                        .iter()
                        .position(|w| contains(SUM_WORDS, w))
                        .map(|p| at + p);
                    if focus.is_some() {
                        dimension = Some(Dimension::Money);
                    }
                }
                // "what *percentage* of schools", "how many *percent*": a share, which
                // any share in a sentence gives ("73% said they had").
                if focus.is_none() {
                    if let Some(p) = share_asked(&lower, at) {
                        focus = Some(p);
                        dimension = Some(Dimension::Share);
                    }
                }
                // ("which *two* airlines": the noun after the number.)
                if matches!(lower[at].as_str(), "what" | "which") && focus.is_none() {
                    let counted = lower
                        .get(at + 1)
                        .is_some_and(|w| crate::index::is_number_word(w));
                    type_noun = Some(at + 1 + usize::from(counted));
                    // "which *hospital* had the most": one, that the answer names (not
                    // "which nurses", a plural by its s, which a description may tell).
                    which_one |= lower[at] == "which"
                        && lower.get(at + 1 + usize::from(counted)).is_some_and(|w| {
                            !contains(KIND_NOUNS, w) && !is_function_word(w) && !w.ends_with('s')
                        });
                }
            }
        }
        // "what is Kotorova's nationality": the word after a possessive, ending the question
        // that asks only for it ("what was the turnout in the nurses' vote" asks for the
        // turnout).
        // ("what was Southdown Water's profit last year": a time after it only dates it.)
        let dated = lower.len() >= 2 && {
            let (a, b) = (
                lower[lower.len() - 2].as_str(),
                lower[lower.len() - 1].as_str(),
            );
            relative_period(a, b) || (matches!(a, "in" | "since") && crate::index::is_year(b))
        };
        let end = toks.len() - if dated { 2 } else { 0 };
        if weight == 1.0 && focus.is_none() && end >= 2 {
            let last = end - 1;
            // The owner right before the attribute, or before a two-word one ("Husklay's
            // chief executive", asked who).
            for owner in (last.saturating_sub(2)..last).rev() {
                let two_words = owner + 2 == last;
                if two_words && kind != Kind::Who {
                    continue;
                }
                // (The owner's name may take several words: "Southdown Water's". "What
                // happened to X's dad" asks for an event, not an attribute of the dad.)
                let only_asks = lower[..owner].iter().enumerate().all(|(k, w)| {
                    is_function_word(w)
                        || (contains(FILLER, w) && !w.starts_with("happen"))
                        || QUESTION_WORDS.contains(&w.as_str())
                        || (k + 1 == owner && title_case(k, &toks[k]))
                });
                if is_possessive(&seg[toks[owner].start..])
                    && matches!(kind, Kind::Other | Kind::Who)
                    && only_asks
                {
                    focus = Some(last);
                    break;
                }
            }
        }
        // "brb coffee, ok back, which summit launched it?": what comes before a comma
        // that precedes the question word is chatter and counts less.
        let chatter_end = lower
            .iter()
            .position(|w| QUESTION_WORDS.contains(&w.as_str()))
            .and_then(|wi| seg[..toks[wi].start].rfind(','));
        // "what did X say *about* the pay offer": what follows is what the quote must be
        // about (a quote on another subject does not answer).
        let mut topic = false;
        // Names of two or more capitalized words, not counting the question's first word.
        let runs: Vec<_> = name_initials(seg, toks)
            .into_iter()
            .filter(|(r, _)| r.start > 0)
            .collect();
        let counted_at = (kind == Kind::HowMany)
            .then(|| counted_word(&lower))
            .flatten();
        let counted_of = counted_at.map_or(0..0, |c| of_phrase(&lower, c));
        // "how many patients *died*": what happened to them is the event counted; a
        // number of patients who did something else answers another question.
        if weight == 1.0 && focus.is_none() {
            if let Some(c) = counted_at {
                focus = participle_after(&lower, c + 1, |w| {
                    matches!(w, "were" | "was" | "have" | "has" | "had" | "been")
                });
            }
        }
        // "Has anyone been *arrested* over the theft?", "was anybody *injured*": asked
        // whether anyone underwent something, the sentence must speak of that; one about
        // the theft that arrests no one does not answer. Passive only: what they did ("has
        // anyone died") an article may say in other words ("a climber was killed").
        if weight == 1.0 && focus.is_none() && yes_no {
            if let Some(a) = lower.iter().position(|w| contains(ANYONE, w)) {
                let was = a
                    .checked_sub(1)
                    .is_some_and(|b| matches!(lower[b].as_str(), "was" | "were" | "is" | "are"));
                focus = participle_after(&lower, a + 1, |w| {
                    matches!(w, "be" | "been" | "being" | "get" | "got" | "gotten")
                })
                .filter(|&j| was || j > a + 1);
            }
        }
        wants_name |= weight == 1.0 && asks_name(&lower);
        let named = if weight == 1.0 {
            named_span(&lower, |k| is_possessive(&seg[toks[k].start..]))
        } else {
            0..0
        };
        // "What did Holm say *after losing the final*": the occasion of the words, which
        // they need not repeat ("She played fearless tennis"), counts as chatter does.
        let mut occasion = false;
        // "what's the *deadline*": the kind of answer, a date, which the answer need not
        // call one ("has until 2 Apr. to apply").
        // (The "what" kind_of found it after, when this segment set the kind.)
        let deadline = asked
            .filter(|&(k, _)| k == Kind::When)
            .and_then(|(_, at)| deadline_at(&lower, at));
        // "ppl keep saying volunteers guarded the nest, why tho": who says it is hearsay,
        // not the question's topic.
        let hearsay = hearsay_frame(&lower);
        for (i, t) in toks.iter().enumerate() {
            let w = lower[i].as_str();
            any_word = true;
            if i < hearsay {
                continue;
            }
            let weight = if occasion {
                weight * OCCASION_WEIGHT
            } else if chatter_end.is_some_and(|c| t.end <= c) {
                weight * 0.5
            } else {
                weight
            };
            let next = lower.get(i + 1).map_or("", String::as_str);
            // "How did Maya react *when she found out*", "how many were on the boat
            // *when it broke down*": a clause on someone already named is the occasion
            // too, which the answer need not repeat. So is one on the place where it
            // happened, in a question that asks something else: "who owns the quarry
            // *where the dog fell*" names which quarry, "The quarry … is owned by Crag
            // Minerals" need not say it (measured over the 111 sets: +3 −0; a relative
            // "that"/"who" clause too, +7 −8: "that" is as often "that pension guy").
            let subject = matches!(next, "he" | "she" | "they" | "it" | "i" | "we");
            occasion |= (wants_quote
                && i > 0
                && matches!(lower[i - 1].as_str(), "say" | "said" | "tell" | "told")
                && matches!(w, "when" | "after" | "before" | "while" | "as"))
                || (kind != Kind::When && i > 1 && matches!(w, "when" | "while") && subject)
                || (kind != Kind::Where
                    && i > 2
                    && w == "where"
                    && (subject
                        || matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its")));
            if !contains(SMALLTALK, w) {
                all_smalltalk = false;
            }
            // "what did she add" asks for words; "will the detour add to my drive",
            // "it added 15 minutes", "how much did Ohio add in tax credits", "who
            // claimed responsibility", "the state of Ohio" do not.
            let not_speech = not_speech(w, if i > 0 { &lower[i - 1] } else { "" }, next);
            // "villagers in *Great* Saxby": a word of a name, which another place's may
            // differ by (the articles' "Little Saxby").
            let in_name = title_case(i, t) && toks.get(i + 1).is_some_and(|n| title_case(i + 1, n));
            // "How many people live at Nidd *View* House": a word of a name (its last
            // too) says nothing of speech.
            let of_name = in_name || (title_case(i, t) && i > 0 && title_case(i - 1, &toks[i - 1]));
            if contains(QUOTE_WORDS, w) && !not_speech && !of_name {
                wants_quote = true;
            }
            // "What did the bee inspector tell the BBC": what was told is words. (Not
            // "what time were they told", "did they tell residents".)
            if matches!(w, "tell" | "told")
                && lower.first().is_some_and(|f| f == "what")
                && lower
                    .get(1)
                    .is_some_and(|d| matches!(d.as_str(), "did" | "does" | "do" | "has" | "have"))
            {
                wants_quote = true;
            }
            topic |= wants_quote && w == "about";
            spoke_of |= topic;
            speech |= is_reporting_verb(w);
            future |= weight == 1.0 && is_future(w, lower.get(i + 1).map(String::as_str));
            past |= weight == 1.0 && matches!(w, "did" | "was" | "were" | "had" | "didnt");
            let prev = if i > 0 { lower[i - 1].as_str() } else { "" };
            // "good night" is chatter, "last night" a time the article must mention.
            let time_of_day = matches!(w, "morning" | "afternoon" | "evening" | "night")
                && matches!(prev, "last" | "this" | "yesterday" | "tomorrow");
            // "thank you" is chatter; "who did Kiptanui thank" asks whom he thanked.
            let thanks_someone = w == "thank"
                && i > 0
                && !contains(SMALLTALK, prev)
                && !matches!(next, "you" | "u" | "ya" | "yall" | "ye");
            // "wait, can they see it" is chatter; "have to *wait*", "the *wait*" is not.
            let waiting = w == "wait" && matches!(prev, "to" | "the" | "a" | "long");
            // "… ?? asking for my mum": beside the question, the asker says whom it is for;
            // in it, "what is the union asking for" asks what they want.
            let asking_for = weight < 1.0 && matches!(w, "asking" | "asked");
            // "can I ask" is the asker's; "did they *ask* for cash" asks what they did.
            let others_ask =
                w == "ask" && !matches!(prev, "" | "i" | "to" | "me" | "lemme" | "just" | "quick");
            // "u seen this??", "did you see this": the asker points at the news; "when
            // was the bird last *seen*" asks of it.
            let seen_this = matches!(w, "seen" | "see" | "saw")
                && matches!(next, "this" | "that")
                && matches!(prev, "" | "u" | "you" | "ya" | "yall" | "ye" | "guys");
            let hailed = hails(prev, w);
            // "who did it belong to *in the end*", "why did they ban it *in the first
            // place*", "who runs it *at the moment*" (as "currently", a filler word):
            // idioms of the asking, not of the thing asked. (Not "in total": a total is
            // a sum of its own, which a part does not answer.)
            let before = |k: usize| i.checked_sub(k).map_or("", |j| lower[j].as_str());
            let idiom = (w == "end" && prev == "the" && before(2) == "in" && next != "of")
                || (w == "moment" && prev == "the" && matches!(before(2), "at" | "for"))
                || (w == "present" && prev == "at")
                || (w == "first" && prev == "the" && before(2) == "in" && next == "place")
                || (w == "place" && prev == "first" && before(2) == "the" && before(3) == "in");
            if is_function_word(w)
                || idiom
                || (contains(FILLER, w)
                    && !time_of_day
                    && !thanks_someone
                    && !waiting
                    && !in_name
                    && !others_ask)
                || asking_for
                || seen_this
                || hailed
            {
                continue;
            }
            // "what did she say", "what is his view": the reporting word asks for a quote,
            // it is not what the quote is about. One more telling than "say" ("what did
            // she *add*") may stand in the sentence too ("She added: …"): a light word.
            let reporting = contains(QUOTE_WORDS, w) && !not_speech;
            if reporting && !contains(TELLING_REPORTING_VERBS, w) {
                continue;
            }
            // "what is Kotorova's *title*" asks her role; "who won *the title*" asks of
            // a championship (as "the job" is mostly someone's post, it stays a role).
            if contains(ROLE_NOUNS, w) && !(w == "title" && matches!(prev, "the" | "a")) {
                asks_role = true;
                continue;
            }
            // "how much does each one get", "the biggest one": the pronoun stands for
            // what is named.
            let superlative =
                || prev.len() > 4 && prev.ends_with("est") && i >= 2 && lower[i - 2] == "the";
            if w == "one" && (contains(ONE_BEFORE, prev) || superlative()) {
                continue;
            }
            // "how much did the *whole* rebuild cost": the thing itself, all of it, which
            // its sentence need not say. (Not "the whole of last year", a span.)
            if matches!(w, "whole" | "entire")
                && matches!(prev, "the" | "a" | "this")
                && next != "of"
            {
                continue;
            }
            // "how many people visit the park *every* year": a rate, which "4.2 million
            // visits a year" says without the word.
            if matches!(w, "every" | "each") && crate::index::is_time_unit(next) {
                continue;
            }
            // "thx! one more: is nato helping …", "quick one, how many …": chat about
            // the question, not a number in it.
            if w == "one" && (next == "more" || prev == "quick") {
                continue;
            }
            // "how many", "how big": the kind of question, not its topic. Nor is "based"
            // in "where is Brightmead Foods based" (the place is the answer), though a
            // sentence that says it is the better for it: a bonus word.
            let where_verb =
                kind == Kind::Where && contains(WHERE_VERBS, w) && !contains(DETERMINERS, prev);
            if prev == "how" && contains(HOW_WORDS, w) {
                continue;
            }
            // "how much *longer*": the kind of answer, a span, as "how long" is.
            if kind == Kind::HowLong && prev == "much" && matches!(w, "longer" | "shorter") {
                continue;
            }
            // "who complained in the first place": originally, no place.
            let first_place = |k: usize| {
                k >= 2
                    && lower.get(k + 1).is_some_and(|p| p == "place")
                    && lower[k] == "first"
                    && lower[k - 1] == "the"
                    && lower[k - 2] == "in"
            };
            // "so far" means "until now"; "going to" is the future, "used to" the past
            // ("where did she use to teach"); "what does OPSS stand for" asks for the
            // name the letters stand for, which the sentence that spells it out (`the
            // Office for … (OPSS)`) gives without the phrase.
            if (prev == "so" && w == "far")
                || first_place(i)
                || (i > 0 && first_place(i - 1))
                || (w == "going" && next == "to")
                || (next == "to" && used_to(&lower[..i], w))
                || (matches!(w, "stand" | "stands" | "short") && next == "for")
            {
                continue;
            }
            let mut weight = weight;
            if reporting {
                weight *= REPORTING_WEIGHT;
            }
            // "asking for my grandad", "my aunt lives in …": the asker's own life is
            // context for the question, rarely what the article says.
            if prev == "my" {
                weight *= MY_WEIGHT;
            }
            // "how many people got hurt", "where can I get the jab": `get` mostly serves
            // another word (a passive, a noun), and means too many things to match alone.
            // So do `come` and `go` ("who came second", "where did the seed come from",
            // "why did the network go down"), words WordNet spreads over so many senses
            // that the lexicon drops them as broad.
            // `manage` and `try` before `to` serve the verb after them as well ("did
            // the drone *manage to* find the dog": what was done is finding).
            if contains(LIGHT_VERBS, w) || (next == "to" && contains(TRYING_VERBS, w)) {
                weight *= LIGHT_WEIGHT;
            }
            // "who is the union *guy*": a person is what "who" asks for; the answer
            // names one without saying "guy".
            if kind == Kind::Who && contains(PERSON_NOUNS, w) {
                weight *= TYPE_NOUN_WEIGHT;
            }
            // "which *town*": the answer need not say it, but one that does ("in the town
            // of Licking Falls") says it is one. The same for "where is Veltro *based*":
            // "Veltro, which is based in Shenzhen" says it is the place.
            let bonus = (type_noun == Some(i) && contains(PLACE_NOUNS, w)) || where_verb;
            if where_verb {
                weight *= TYPE_NOUN_WEIGHT;
            }
            if deadline == Some(i) {
                continue;
            }
            if type_noun == Some(i) {
                // "what *hours* does she work": times of day are what a what-time
                // question asks for; the answer gives them ("from 8.15 a.m. to 9 a.m.").
                let times = kind == Kind::Time && matches!(w, "hours" | "times");
                if (contains(KIND_NOUNS, w) || times) && !bonus {
                    continue;
                }
                weight *= TYPE_NOUN_WEIGHT;
            }
            let name_like = is_acronym(w)
                || (title_case(i, t) && !seg[..t.start].trim_end().ends_with(['.', '!', '?', ':']));
            let pos = if name_like {
                None
            } else if reads_as_verb(&lower, i) || idiom_verbs.contains(&i) {
                Some(Pos::Verb)
            } else if contains(DETERMINERS, prev)
                || (contains(NOUN_PREPOSITIONS, prev) && !w.ends_with("ing"))
            {
                Some(Pos::Noun)
            } else {
                None
            };
            // A noun takes no particle: "go with *the bears on* the trip" is no "bear on".
            let particle = particle_of(&lower, i).filter(|_| pos != Some(Pos::Noun));
            words.push(Word {
                word: w.to_string(),
                name_like,
                weight,
                focus: focus == Some(i) || topic,
                counted: kind == Kind::HowMany && counted_at == Some(i),
                counted_of: counted_of.contains(&i),
                particle: particle.map(str::to_string),
                initials: runs
                    .iter()
                    .find(|(r, _)| r.contains(&i))
                    .map(|(_, a)| a.clone()),
                pos,
                possessive: is_possessive(&seg[t.start..]),
                bonus,
                kind_noun: type_noun == Some(i),
                period: relative_period(prev, w),
                year_offset: year_offset(prev, w),
                ordinal: w == "first"
                    && i > 0
                    && (contains(DETERMINERS, prev) || is_possessive(&seg[toks[i - 1].start..]))
                    && lower.get(i + 1).is_some_and(|n| {
                        n != "time"
                            && !is_function_word(n)
                            && !contains(FILLER, n)
                            && !reads_as_verb(&lower, i + 1)
                    }),
                succeeded: contains(SUCCESSION_WORDS, before(1))
                    || (contains(SUCCESSION_WORDS, before(2))
                        && matches!(before(1), "mr" | "mrs" | "ms" | "miss" | "dr")),
                placed: {
                    let place = |k: usize| contains(PLACE_PREPOSITIONS, &lower[k]);
                    (i > 0 && place(i - 1)) || (i > 1 && prev == "the" && place(i - 2))
                },
                capitals: mixed_case && is_capitals(&seg[t.start..t.end]),
                named: named.contains(&i),
                firm: crate::text::beside(seg, t.start, t.end, '&'),
                told: (1..=3)
                    .map(before)
                    .take_while(|b| !is_function_word(b) || matches!(*b, "tell" | "told" | "the"))
                    .any(|b| matches!(b, "tell" | "told")),
                occasion,
            });
        }
    }
    // "who said that …" and "whose words …" also ask for quotes.
    if kind == Kind::Who && words.is_empty() {
        wants_quote = false;
    }
    // "What did Achebe say about the price cut": the price is what she spoke of, not a
    // sum asked for; her words need not hold one. Nor in "what does Brennan say the ban
    // will cost": what he says it costs ("65 local jobs") need be no sum.
    if wants_quote && kind == Kind::HowMuch && (spoke_of || what_price) {
        kind = Kind::Other;
        dimension = None;
        // "What did Hefin *Price* say about the benches": a name, not a sum spoken of.
        for w in &mut words {
            if w.focus && w.name_like && contains(PRICE_WORDS, &w.word) {
                w.focus = false;
            }
        }
    }
    // "TEAROOM LADY SAID WHAT ABOUT LAST SPRING": the speaker is asked, and their words
    // need no more say "lady" than an answer to "who" does.
    if wants_quote && kind != Kind::Who {
        for w in &mut words {
            if contains(PERSON_NOUNS, &w.word) {
                w.weight *= TYPE_NOUN_WEIGHT;
            }
        }
    }
    Question {
        smalltalk: any_word && all_smalltalk,
        asks_role,
        speech,
        text,
        truncated,
        kind,
        wants_quote,
        words,
        dimension,
        future,
        past: past && !future && !wants_quote,
        wants_name,
        which_one,
        yes_no: yes_no && kind == Kind::Other,
        often,
        span,
        earlier,
    }
}

/// True when words ask about an earlier time of something: "previous", "earlier",
/// "prior", or "last" before what it is the last of ("the *last* landslip", "the line
/// *last* carried freight"). Not "last year" (a period, see [`relative_period`]) nor
/// the verb ("how long will the strike *last*", "how long does the battery *last*
/// without sunlight").
fn asks_earlier(lower: &[String]) -> bool {
    let how_long = lower.windows(2).any(|p| p[0] == "how" && p[1] == "long");
    lower.iter().enumerate().any(|(i, w)| match w.as_str() {
        "previous" | "previously" | "earlier" | "prior" => true,
        "last" => {
            !how_long
                && lower
                    .get(i + 1)
                    .is_some_and(|n| !is_function_word(n) && !contains(PERIODS, n))
        }
        _ => false,
    })
}

/// True when a question asks for a name: "what is the *name* of …", "what's the shop's
/// *name*", "what will the new ground be *called*" (a question opened by "what"). The
/// word stays a word of the question: a sentence may say it ("to be called the …").
fn asks_name(lower: &[String]) -> bool {
    let Some(at) = lower
        .iter()
        .position(|w| matches!(w.as_str(), "what" | "whats"))
    else {
        return false;
    };
    let name = (at + 1..lower.len()).any(|i| {
        matches!(lower[i].as_str(), "name" | "names" | "surname")
            && lower.get(i + 1).is_none_or(|n| n == "of")
    });
    let last = lower.len() - 1;
    // ("what nickname do locals give the bell")
    let nickname = lower[at + 1..].iter().any(|w| w == "nickname");
    name || nickname || (last > at + 1 && matches!(lower[last].as_str(), "called" | "named"))
}

/// Where the words are of whose name a question asks: after "name of" and any
/// determiner, up to the next function word ("the name of the *dog walker* who saved
/// …"), or the word before "name" in the possessive ("the *kayaker's* name"; `owns`
/// tells whether word `k` is written so). Empty when it asks no name.
fn named_span(lower: &[String], owns: impl Fn(usize) -> bool) -> std::ops::Range<usize> {
    let Some(n) = lower
        .iter()
        .position(|w| matches!(w.as_str(), "name" | "names"))
    else {
        return 0..0;
    };
    if lower.get(n + 1).is_some_and(|w| w == "of") {
        let from = (n + 2..lower.len())
            .find(|&k| !contains(DETERMINERS, &lower[k]))
            .unwrap_or(lower.len());
        let to = (from..lower.len())
            .find(|&k| is_function_word(&lower[k]))
            .unwrap_or(lower.len());
        return from..to;
    }
    match n.checked_sub(1) {
        Some(k) if owns(k) => k..n,
        _ => 0..0,
    }
}

/// True for the word that opens `rest` when written with a possessive `'s` (or a
/// plural's `s'`, whose apostrophe a token may leave out).
fn is_possessive(rest: &str) -> bool {
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}')))
        .unwrap_or(rest.len());
    let word = &rest[..end];
    let apostrophe = |c: char| matches!(c, '\'' | '\u{2019}');
    let mut last = word.chars().rev();
    match (last.next(), last.next()) {
        (Some('s' | 'S'), Some(a)) => apostrophe(a),
        (Some(a), Some('s' | 'S')) => apostrophe(a),
        _ => false,
    }
}

/// Nouns that ask for a person's role.
const ROLE_NOUNS: &[&str] = &[
    "job",
    "occupation",
    "position",
    "post",
    "profession",
    "rank",
    "role",
    "title",
];

/// Nouns for any person, the kind of answer a "who" question asks for. Sorted.
const PERSON_NOUNS: &[&str] = &[
    "bloke",
    "chap",
    "dude",
    "fella",
    "fellow",
    "gentleman",
    "guy",
    "lady",
    "man",
    "person",
    "woman",
];

/// Periods a question may name relative to now ("last year", "this season").
const PERIODS: &[&str] = &["month", "season", "week", "year"];

/// True for a period named relative to now: "last *year*", "this *season*".
fn relative_period(prev: &str, w: &str) -> bool {
    matches!(prev, "last" | "this" | "next" | "previous") && contains(PERIODS, w)
}

/// How many years from now "year" after `prev` names: "last year" -1, "this year" 0,
/// "next year" 1.
fn year_offset(prev: &str, w: &str) -> Option<i32> {
    match (prev, w) {
        ("last" | "previous", "year") => Some(-1),
        ("this", "year") => Some(0),
        ("next", "year") => Some(1),
        _ => None,
    }
}

/// Words that start a question.
const QUESTION_WORDS: &[&str] = &[
    "how", "what", "when", "where", "which", "who", "whom", "whose", "why",
];

/// Chat's laughter and asides, which end the chat before a question that follows them
/// ("… lol how many did they print"), sorted.
const LAUGHTER: &[&str] = &["haha", "hahaha", "lmao", "lol", "ngl", "omg", "smh", "tbh"];

/// Money words that say no more than "a sum of money": any sum answers them.
#[rustfmt::skip]
const SUM_WORDS: &[&str] = &[
    "cash", "cost", "costing", "costs", "funding", "money", "paid", "pay", "paying", "pays",
    "price", "spend", "spending", "spent", "worth",
];

/// Words that make "how much" a question about money.
#[rustfmt::skip]
const MONEY_WORDS: &[&str] = &[
    "afford", "bid", "bids", "bill", "bills", "budget", "cash", "charge", "charged", "charges",
    "compensation", "cost", "costing", "costs", "donate", "donated", "donation", "donations",
    "earn", "earned", "earns", "expensive", "fare", "fares", "fee", "fees", "fine", "fined",
    "funding", "income", "invest", "invested", "lend", "lending", "lent", "loan", "loans",
    "money", "owe", "owed", "paid", "pay", "paying", "pays", "price", "prices", "profit",
    "profits", "rent", "revenue", "revenues", "salary", "sell", "sold", "spend", "spending",
    "spent", "tax", "taxes", "wage", "wages", "worth",
];

/// Verbs of getting, taking, giving or offering, of needing, asking, losing or saving, that
/// after "how much did they …" ask for a sum of money ("how much did the robbers take",
/// "how much do customers get", "how much did the chain offer", "how much did Royal Mail
/// chip in", "how much does the rescue team need a year", "how much was it losing").
#[rustfmt::skip]
const GAIN_VERBS: &[&str] = &[
    "ask", "asked", "asking", "asks", "borrow", "borrowed", "chip", "chipped", "contribute",
    "contributed", "demanded", "gave", "get", "gets", "give", "given", "got", "lose",
    "loses", "losing", "lost", "made", "make", "need", "needed", "needs", "nick", "nicked",
    "offer", "offered", "raise", "raised", "receive", "received", "save", "saved", "saves",
    "steal", "stole", "stolen", "take", "taken", "took", "want", "wanted", "wants", "win",
    "won",
];

/// The past participle after the auxiliaries from word `from` on ("how many patients
/// *were* *injured*", "has anyone *been* *arrested*"): what happened to those asked about.
/// Not a phrasal verb: "how many ambulances *turned up*" asks how many came, which an
/// article says in its own words ("sent four ambulances").
fn participle_after(lower: &[String], from: usize, aux: impl Fn(&str) -> bool) -> Option<usize> {
    let j = from
        + lower[from.min(lower.len())..]
            .iter()
            .take_while(|w| aux(w))
            .count();
    (lower
        .get(j)
        .is_some_and(|w| w.len() > 3 && w.ends_with("ed"))
        && !particle_of(lower, j)
            .is_some_and(|p| matches!(p, "up" | "out" | "off" | "down" | "away")))
    .then_some(j)
}

/// Words for whoever it may be ("has *anyone* been arrested"), sorted.
const ANYONE: &[&str] = &["anybody", "anyone", "somebody", "someone"];

/// Words that make a *what* question ask for a price.
const PRICE_WORDS: &[&str] = &["cost", "costs", "fare", "fee", "price", "salary", "wage"];

/// Adjectives after "how" that ask for a physical quantity ("how far", "how heavy"). They
/// stay words of the question: the sentence should say the same dimension.
const MEASURE_WORDS: &[&str] = &[
    "close", "cold", "cool", "deep", "far", "fast", "heavy", "high", "hot", "strong", "tall",
    "thick", "warm", "wide",
];

/// Words after "how" that only say what kind of answer is wanted.
const HOW_WORDS: &[&str] = &["big", "large", "long", "many", "much", "often", "soon"];

/// Nouns after "what"/"which" that only say what kind of answer is wanted.
#[rustfmt::skip]
const KIND_NOUNS: &[&str] = &[
    "cities", "city", "countries", "country", "date", "day", "location", "locations", "month",
    "place", "places", "region", "regions", "time", "town", "towns", "year",
];

/// Kinds of place after "which"/"what" ("which town").
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "cities", "city", "counties", "countries", "country", "county", "location", "locations",
    "place", "places", "region", "regions", "street", "streets", "town", "towns", "village",
    "villages",
];

/// The weight of a word after "my".
const MY_WEIGHT: f32 = 0.4;
/// The weight of a light verb (`get`): it carries little meaning of its own.
const LIGHT_WEIGHT: f32 = 0.3;
/// Verbs that only say "where" again: "where is the firm *based*", "where does Prof.
/// Achebe *work*" (the answer gives the place: "a neurologist at Leeds General
/// Infirmary"), so they are bonus words. Not after a determiner: "where will *the
/// work* be done" asks about it.
const WHERE_VERBS: &[&str] = &[
    "based",
    "headquartered",
    "located",
    "situated",
    "work",
    "works",
];

/// Verbs that mostly serve another word ("become permanent" is said as "made permanent").
/// Sorted.
const LIGHT_VERBS: &[&str] = &[
    "became", "become", "becomes", "becoming", "came", "come", "comes", "coming", "get", "gets",
    "getting", "go", "goes", "going", "gone", "got", "gotten", "went",
];

/// Whether `w` is one of the verbs that mostly serve another word (`get`, `become`, `go`).
pub fn is_light_verb(w: &str) -> bool {
    contains(LIGHT_VERBS, w)
}

/// Verbs that, before `to`, only say that the next one was done (or meant): sorted.
#[rustfmt::skip]
const TRYING_VERBS: &[&str] = &[
    "attempt", "attempted", "attempting", "manage", "managed", "manages", "managing", "tried",
    "tries", "try", "trying",
];

/// The weight of another noun after "what"/"which" ("which ministry"): the answer may or may
/// not repeat it.
const TYPE_NOUN_WEIGHT: f32 = 0.4;
/// Weight of the words after "say when …", "say after …": the occasion of the words asked
/// for (measured over the 27 sets: 0.5 gained two questions, 0.35 and 0.25 three).
const OCCASION_WEIGHT: f32 = 0.35;

/// Nouns that name the kind of answer rather than an attribute the answer must mention
/// ("what is the *number* of the phone line" is answered by "0800 455 210").
const ANSWER_NOUNS: &[&str] = &[
    "amount", "date", "day", "figure", "hours", "kind", "location", "name", "names", "number",
    "place", "size", "sort", "time", "total", "type", "year",
];

/// True when "what" at `what` asks for a number: "what number of tickets", "what is
/// the (phone) number of …" (not "the number 4 bus", a label).
fn number_asked(words: &[String], what: usize) -> bool {
    let w = |k: usize| words.get(what + k).map_or("", String::as_str);
    let number_at = |k: usize| w(k) == "number" && !crate::index::is_number_word(w(k + 1));
    // ("what's" may come as one word.)
    let the = if matches!(w(1), "is" | "was" | "s") {
        2
    } else {
        1
    };
    number_at(1)
        || (w(the) == "the"
            && (number_at(the + 1) || (!is_function_word(w(the + 1)) && number_at(the + 2))))
}

/// Where a weight is asked for after "how much" at `how` ("how much *weight* did it
/// lose", "how much did the bears *weigh*"): the question is a measure, that word its focus.
fn weight_asked(words: &[String], how: usize) -> Option<usize> {
    if words.get(how + 1).is_none_or(|w| w != "much") {
        return None;
    }
    words[how + 2..]
        .iter()
        .position(|w| w.starts_with("weigh"))
        .map(|p| how + 2 + p)
}

/// Where the attribute asked about is, in "how old is …" or "what is the address of …".
fn focus_of(words: &[String], at: usize) -> Option<usize> {
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    match w(at) {
        // "how much *weight* did it lose", "how much did the bears *weigh*": the weight
        // is what is asked, which any weight in a sentence gives ("lost about 300 grams").
        "how" if w(at + 1) == "much" => weight_asked(words, at),
        "how" => {
            let next = w(at + 1);
            let plain = !next.is_empty()
                && !is_function_word(next)
                && !contains(HOW_WORDS, next)
                && !matches!(next, "come" | "closely");
            plain.then_some(at + 1)
        }
        // "who is the *CEO* of …": the sentence must give that role; "what was the
        // *turnout* in the ballot": that figure, not the ballot's other ones.
        "who" | "what"
            if matches!(w(at + 1), "is" | "was" | "are" | "were")
                && w(at + 2) == "the"
                && matches!(w(at + 4), "of" | "in" | "at" | "for" | "on")
                && !contains(ANSWER_NOUNS, w(at + 3)) =>
        {
            Some(at + 3)
        }
        // Two words: "what is the alcohol *strength* of Dale Gold", "who is the chief
        // *executive* of Husklay".
        "who" | "what"
            if matches!(w(at + 1), "is" | "was" | "are" | "were")
                && w(at + 2) == "the"
                && matches!(w(at + 5), "of" | "in" | "at" | "for" | "on")
                && !is_function_word(w(at + 3))
                && !is_function_word(w(at + 4))
                && !contains(ANSWER_NOUNS, w(at + 4)) =>
        {
            Some(at + 4)
        }
        // "when was the museum *founded*", "when will the second phase be *finished*": the
        // event asked about is the participle that ends the question; a date in a
        // sentence without it belongs to another event.
        "when" | "where"
            if matches!(
                w(at + 1),
                "was" | "were" | "is" | "are" | "will" | "has" | "have"
            ) =>
        {
            let mut last = words.len().checked_sub(1)?;
            // "where has the championship been *moved* to": past a preposition left at
            // the end.
            if matches!(
                words[last].as_str(),
                "to" | "from" | "in" | "into" | "at" | "on"
            ) {
                last = last.checked_sub(1)?;
            }
            (last > at + 2 && words[last].ends_with("ed") && words[last].len() > 4).then_some(last)
        }
        // "when did the festival *begin*": the verb that ends the question. Only of the
        // past: what is to come is announced with a date and no verb for it ("a four-day
        // week from 1 June" answers "when does it start"; measured: five lost).
        // (Not "-ing": "when did the farm notice the birds *dying*".)
        "when" if w(at + 1) == "did" => {
            // Unless a phrase follows it: "when did the road *reopen* to traffic after the
            // crash" (the word before a preposition, when no determiner makes it a noun:
            // not "the *fire* at the mill").
            let verb = (at + 4..words.len()).find(|&p| {
                (contains(PLACE_PREPOSITIONS, &words[p])
                    || matches!(
                        words[p].as_str(),
                        "after" | "before" | "during" | "for" | "with"
                    ))
                    && !contains(DETERMINERS, &words[p - 2])
                    && !is_function_word(&words[p - 1])
                    && !contains(LIGHT_VERBS, &words[p - 1])
            });
            let last = verb.unwrap_or(words.len()).checked_sub(1)?;
            (last > at + 2
                && !is_function_word(&words[last])
                && words[last].len() > 2
                && !words[last].ends_with("ing"))
            .then_some(last)
        }
        _ => None,
    }
}

/// The position of a noun asking for a date after the "what" at `at`, past a copula and
/// an article: "what (is) the *deadline*", "what was the closing *date*".
fn deadline_at(words: &[String], at: usize) -> Option<usize> {
    if words.get(at).map(String::as_str) != Some("what") {
        return None;
    }
    let mut i = at + 1;
    while words
        .get(i)
        .is_some_and(|w| matches!(w.as_str(), "is" | "was" | "will" | "be" | "the" | "closing"))
    {
        i += 1;
    }
    matches!(words.get(i).map(String::as_str), Some("deadline" | "date"))
        .then_some(i)
        .filter(|&i| i > at + 1)
}

/// Words for a share of a whole.
const SHARE_WORDS: &[&str] = &["percent", "percentage", "proportion", "share"];

/// The word asking for a share, right after the question word at `at` ("what
/// *percentage*", "which *proportion*") or after "how many" ("how many *percent*").
fn share_asked(words: &[String], at: usize) -> Option<usize> {
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    let i = match w(at) {
        "what" | "which" => at + 1,
        "how" if w(at + 1) == "many" => at + 2,
        _ => return None,
    };
    contains(SHARE_WORDS, w(i)).then_some(i)
}

/// The word that may complete the verb at `i` as a phrasal verb: the next word, the one
/// after an object pronoun ("set *them* back"), or an adverb particle after a short noun
/// phrase ("giving *the bronzes* back", "put *the big fire* out").
fn particle_of(words: &[String], i: usize) -> Option<&str> {
    let w = |k: usize| words.get(k).map(String::as_str);
    match w(i + 1)? {
        "it" | "them" | "him" | "her" | "us" | "me" | "this" | "that" => w(i + 2),
        "the" | "a" | "an" | "its" | "their" | "his" | "our" | "my" | "your" | "these"
        | "those" => (i + 3..=i + 4)
            .filter_map(w)
            .find(|p| contains(ADVERB_PARTICLES, p))
            .or(w(i + 1)),
        next => Some(next),
    }
}

/// The word "how many" counts: in "how many Iraqi schools are there", `schools`, the head
/// of the noun phrase after it. ("How much *time*" counts nothing by name: the answer
/// gives its unit, "15 minutes".) English puts the head last and marks it plural, so the
/// first plural-looking word of the phrase (up to three words, ending at a function word
/// or a verb) is taken, else its first word ("how many people work there").
fn counted_word(lower: &[String]) -> Option<usize> {
    const MAX_PHRASE: usize = 3;
    let start = lower
        .windows(3)
        .position(|w| w[0] == "how" && w[1] == "many")?
        + 2;
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
    };
    let phrase = (start..lower.len().min(start + MAX_PHRASE)).take_while(|&k| {
        let w = lower[k].as_str();
        k == start
            || !(is_function_word(w)
                || contains(FILLER, w)
                || contains(LIGHT_VERBS, w)
                || reads_as_verb(lower, k))
    });
    let mut first = None;
    for k in phrase {
        first = first.or(Some(k));
        if plural(&lower[k]) {
            return Some(k);
        }
    }
    first
}

/// The words of what the word at `c` is of ("tonnes of *blue whiting*", "doses of the
/// *malaria vaccine*"): up to three after `of` and a determiner, ending at a function
/// word or a verb.
fn of_phrase(lower: &[String], c: usize) -> std::ops::Range<usize> {
    const MAX_PHRASE: usize = 3;
    if lower.get(c + 1).is_none_or(|o| o != "of") {
        return 0..0;
    }
    let mut start = c + 2;
    if lower.get(start).is_some_and(|d| contains(DETERMINERS, d)) {
        start += 1;
    }
    let end = (start..lower.len().min(start + MAX_PHRASE))
        .find(|&k| {
            let w = lower[k].as_str();
            is_function_word(w) || contains(FILLER, w) || reads_as_verb(lower, k)
        })
        .unwrap_or(lower.len().min(start + MAX_PHRASE));
    start..end
}

/// True when the word at `i` reads as a verb: right after `who` ("who heads"), after
/// an auxiliary or `to`, directly or past a subject pronoun ("will it head", "did
/// they fund", "going to fight"), or an `-ed`/`-ing` form ("funded", "heading").
fn reads_as_verb(words: &[String], i: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "can", "could", "did", "didn't", "do", "does", "doesn't", "don't", "may", "might", "must",
        "shall", "should", "to", "will", "won't", "would",
    ];
    const SUBJECTS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];
    let w = words[i].as_str();
    let before = |k: usize| i.checked_sub(k).map_or("", |j| words[j].as_str());
    // An auxiliary that opens the question, or follows its question word, comes before
    // the subject ("will *kids* wait", "when does *the strike* end"); after a subject it
    // comes before the verb ("NATO will *head*").
    let aux_before_verb = |k: usize| {
        AUXILIARIES.contains(&before(k))
            && (before(k) == "to"
                || (i > k
                    && !QUESTION_WORDS.contains(&before(k + 1))
                    && !HOW_WORDS.contains(&before(k + 1))))
    };
    let w_is_form = (w.ends_with("ed") || w.ends_with("ing")) && w.len() >= 6;
    w_is_form
        || before(1) == "who"
        || aux_before_verb(1)
        || (SUBJECTS.contains(&before(1)) && AUXILIARIES.contains(&before(2)))
}

/// Words after which a noun (or its adjective) comes: "*the* strike", "*their* return".
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "an", "any", "each", "every", "his", "its", "my", "no", "our", "that", "the", "their",
    "these", "this", "those", "your",
];

/// Prepositions whose object is a noun phrase ("on *strike*", "in *charge*", "during the
/// walkout"): a bare word right after one reads as a noun.
#[rustfmt::skip]
const NOUN_PREPOSITIONS: &[&str] = &[
    "about", "after", "at", "before", "during", "for", "from", "in", "of", "on", "with",
];

/// "Did she *use to* teach", "he *used to* coach": a past habit, not a use of anything
/// ("what was the money used to buy" is one: a passive).
fn used_to(before: &[String], w: &str) -> bool {
    let has = |set: &[&str]| before.iter().any(|b| set.contains(&b.as_str()));
    match w {
        "use" => has(&["did", "didnt"]),
        "used" => !has(&["is", "are", "was", "were", "be", "been", "being"]),
        _ => false,
    }
}

/// True when a word of [`QUOTE_WORDS`] says nothing of speech where it stands, between
/// `prev` and `next`: adding to or in something ("add to my drive", "added 15 minutes",
/// "add in tax credits"), claiming responsibility or credit, a state that is a place
/// ("the state of Ohio"), feeling anything but about something, what the asker thinks.
fn not_speech(w: &str, prev: &str, next: &str) -> bool {
    match w {
        "add" | "added" => {
            matches!(next, "to" | "in" | "up") || next.starts_with(|c: char| c.is_ascii_digit())
        }
        // (Nor "how much did drivers claim in compensation", "claimed back", "claim for
        // damage": money claimed.)
        "claim" | "claimed" => matches!(
            next,
            "back" | "compensation" | "credit" | "damages" | "for" | "in" | "on" | "responsibility"
        ),
        // "How does Okafor feel about the short course" asks what he said of it; "did
        // the ground feel wet", "felt strong" do not.
        "feel" | "feels" | "felt" => next != "about",
        "state" => contains(DETERMINERS, prev) || next == "of",
        // "one of those meetings i think... how many people turned up": the asker
        // hedging, not anyone's words asked for. Nor "how many bags are *thought to*
        // have been sold": the passive says what is believed, not who believes it.
        "think" | "thought" => matches!(prev, "i" | "we") || next == "to",
        _ => false,
    }
}

/// Words after which "one" (or "1") is a pronoun standing for a thing already named
/// ("each one", "which one"), not a number. Sorted.
const ONE_BEFORE: &[&str] = &["any", "each", "every", "that", "this", "which"];

/// Words that follow a preposition but never a count: determiners and object pronouns
/// (chat's `u`, `ur` expanded). Sorted.
const AFTER_DIGIT_PREPOSITION: &[&str] = &[
    "a", "an", "her", "him", "me", "my", "our", "the", "their", "them", "us", "you", "your",
];

/// "asking *4* a friend", "up *2* u": chat writes "for" and "to" as digits. Only before a
/// determiner or an object pronoun, which no count stands before; not "4 a.m.".
fn digit_preposition(toks: &[crate::text::Token], i: usize) -> Option<&'static str> {
    let word = match toks[i].word.as_str() {
        "4" => "for",
        "2" => "to",
        _ => return None,
    };
    let next = expand(&toks.get(i + 1)?.word);
    let clock = next == "a" && toks.get(i + 2).is_some_and(|t| t.word == "m");
    (contains(AFTER_DIGIT_PREPOSITION, next) && !clock).then_some(word)
}

/// A word stretched for emphasis in chat ("sooo", "pleeease", "heyyy"): a letter written
/// three or more times in a row, which no English word does. The run stands for one
/// letter when that gives a word of chat or a function word ("so", "please", "hey"),
/// else for two ("soooon" → "soon", "coool" → "cool"). A last letter doubled is a
/// stretch too where one gives a word of chat ("heyy" → "hey"). `None` for a word not
/// stretched.
fn unstretched(w: &str) -> Option<String> {
    let b = w.as_bytes();
    if !b
        .windows(3)
        .any(|r| r[0] == r[1] && r[1] == r[2] && r[0].is_ascii_alphabetic())
    {
        // A last letter doubled, where one gives a word of chat: "heyy", "hii".
        return match b {
            [.., x, y] if x == y && x.is_ascii_alphabetic() => {
                let one = &w[..w.len() - 1];
                ((contains(FILLER, one) || contains(SMALLTALK, one)) && !is_function_word(one))
                    .then(|| one.to_string())
            }
            _ => None,
        };
    }
    // Each run of three or more letters becomes `keep` letters; doubles stay.
    let squeeze = |keep: usize| {
        let mut out = String::with_capacity(w.len());
        let mut rest = w;
        while let Some(c) = rest.chars().next() {
            let run = rest.len() - rest.trim_start_matches(c).len();
            let n = run / c.len_utf8();
            let n = if n >= 3 && c.is_ascii_alphabetic() {
                keep
            } else {
                n
            };
            out.extend(std::iter::repeat_n(c, n));
            rest = &rest[run..];
        }
        out
    };
    let one = squeeze(1);
    let chat = |w: &str| {
        is_function_word(w)
            || contains(FILLER, w)
            || contains(SMALLTALK, w)
            || QUESTION_WORDS.contains(&w)
            || expand(w) != w
    };
    Some(if chat(&one) { one } else { squeeze(2) })
}

/// The words that open a segment by saying it is hearsay ("ppl are saying", "people
/// keep saying", "my nan reckons", "heard", "i heard that"): how many there are, or 0.
fn hearsay_frame(lower: &[String]) -> usize {
    let word = |i: usize| lower.get(i).map_or("", String::as_str);
    // The frame ends with its verb at `i`, and a "that" after it.
    let after = |i: usize| i + 1 + usize::from(word(i + 1) == "that");
    // "i heard", "ive heard that", "heard".
    let heard = usize::from(matches!(word(0), "i" | "ive"));
    if word(heard) == "heard" {
        return after(heard);
    }
    let mut i = match word(0) {
        "people" | "everyone" | "everybody" | "folks" | "they" => 1,
        "my" if !word(1).is_empty() => 2,
        _ => return 0,
    };
    while matches!(
        word(i),
        "are" | "keep" | "keeps" | "kept" | "were" | "been" | "all"
    ) {
        i += 1;
    }
    let said = matches!(
        word(i),
        "saying"
            | "say"
            | "says"
            | "said"
            | "reckon"
            | "reckons"
            | "claim"
            | "claims"
            | "claiming"
            | "think"
            | "thinks"
    );
    if said {
        after(i)
    } else {
        0
    }
}

/// Expands chat shorthand.
fn expand(w: &str) -> &str {
    SHORTHAND
        .binary_search_by_key(&w, |(k, _)| k)
        .map(|i| SHORTHAND[i].1)
        .or_else(|_| unswapped(w).ok_or(()))
        .unwrap_or(w)
}

/// The question word a word is a typo of by two letters swapped (`mnay`, `hwo`, `waht`,
/// `wehn`) or a letter doubled (`manny`, `whatt`): fast typing swaps and repeats letters,
/// and a misread question word loses the kind of question. Not a dropped letter (`wat`,
/// `wen` are chat spelling, listed in `SHORTHAND`); a question word stays itself, and a
/// typo that reads as two (`hwo`) as neither.
fn unswapped(w: &str) -> Option<&'static str> {
    const TARGETS: &[&str] = &[
        "how", "many", "much", "what", "when", "where", "which", "who", "whom", "whose", "why",
    ];
    if TARGETS.contains(&w) {
        return None;
    }
    let b = w.as_bytes();
    let mut found = TARGETS.iter().copied().filter(|t| {
        let t = t.as_bytes();
        let swapped = t.len() == b.len()
            && (0..b.len() - 1).any(|i| {
                b[i] != b[i + 1]
                    && b[i] == t[i + 1]
                    && b[i + 1] == t[i]
                    && b[..i] == t[..i]
                    && b[i + 2..] == t[i + 2..]
            });
        // Dropping the second of a doubled letter gives the word.
        let doubled = b.len() == t.len() + 1
            && (1..b.len()).any(|i| b[i] == b[i - 1] && b[..i] == t[..i] && b[i + 1..] == t[i..]);
        swapped || doubled
    });
    // `hwo` is `how` or `who`: no telling which.
    match (found.next(), found.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

/// "long", "often", "many" or "much" after "how" with one letter dropped, added or put
/// for another past the first (`lng`, `ofen`, `lomg`, `muchh`, `meny`): what kind of
/// question it is hangs on that word, which only after "how" is surely one of them
/// (alone, `mony` is more likely "money"). Not "how may": a modal, not "many" short of a
/// letter.
fn slipped_how_word(w: &str) -> Option<&'static str> {
    if w == "may" || w.len() < 3 || !w.is_ascii() {
        return None;
    }
    ["long", "often", "many", "much"]
        .into_iter()
        .find(|t| w.as_bytes()[0] == t.as_bytes()[0] && strsim::levenshtein(w, t) == 1)
}

/// True when what follows "how much" asks for a sum of money: it names money ("cost",
/// "pay", "profit"), or is only a thing ("how much is *a ticket*", "how much are the
/// tickets"): the amount of a thing is its price.
fn asks_price(rest: &[String]) -> bool {
    let w = |k: usize| rest.get(k).map_or("", String::as_str);
    rest.iter().any(|w| contains(MONEY_WORDS, w))
        // "how much did they take / get / raise": with nothing named right after "much",
        // what is taken or got is money ("how much rain did they get" is not, nor "how
        // much more likely are nurses to get …", a comparison; nor "how much of the sun
        // got covered", a share).
        || (is_function_word(w(0))
            && !matches!(w(0), "more" | "less" | "of")
            && rest.iter().skip(1).any(|w| contains(GAIN_VERBS, w)))
        || (matches!(w(0), "is" | "are" | "was" | "were")
            && matches!(w(1), "a" | "an" | "the" | "one" | "each")
            // No participle ("how much is the fire contained", "is the water expected
            // to rise", "is the forest burning"); a name may end in -ing ("the
            // Brightwing tickets"), a participle in -ing ends the question.
            && rest[2..].iter().all(|w| !w.ends_with("ed"))
            && rest[2..]
                .iter()
                .rev()
                .find(|w| !is_function_word(w) && !contains(FILLER, w))
                .is_some_and(|w| !w.ends_with("ing")))
}

/// Words after which the one named is not the one asked for ("who was the lollipop lady
/// *before* Margaret Trelawny"), sorted.
const SUCCESSION_WORDS: &[&str] = &[
    "after",
    "before",
    "replace",
    "replaced",
    "succeed",
    "succeeded",
];

/// Auxiliaries that open a yes/no question.
#[rustfmt::skip]
const YES_NO_OPENERS: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "should", "was",
    "were", "will", "would",
];

/// Verbs after "what" that ask for a cause ("what *caused* the leak").
#[rustfmt::skip]
const CAUSE_VERBS: &[&str] = &[
    "cause", "caused", "causes", "led", "prompted", "sparked", "started", "triggered",
];

/// Words after which when/where asks, even inside a yes/no question ("do you know when").
#[rustfmt::skip]
const ASKING_VERBS: &[&str] = &[
    "announce", "announced", "ask", "asked", "decide", "decided", "explain", "idea", "know",
    "me", "said", "say", "sure", "tell", "told", "us", "wonder",
];

/// Where a question's own words start, after any chat before them ("hey guys *was*
/// anyone hurt when the crane fell over", "omg *did* any parents complain").
fn opener(words: &[String]) -> Option<usize> {
    (0..words.len())
        .find(|&i| !(contains(FILLER, &words[i]) || (i > 0 && hails(&words[i - 1], &words[i]))))
}

/// "morning ppl, did the council say …": whom a greeting hails, not people asked about
/// ("how many people came").
fn hails(prev: &str, w: &str) -> bool {
    matches!(w, "people" | "ppl" | "lads" | "peeps" | "gang" | "fam")
        && matches!(
            prev,
            "hi" | "hey" | "hello" | "hiya" | "morning" | "evening" | "afternoon" | "yo"
        )
}

/// The question's kind, from its question words, and where the question word is.
fn kind_of(words: &[String]) -> Option<(Kind, usize)> {
    // "Was it foggy *when* the ferry crashed": in a yes/no question, a later when/where
    // opens a clause of time or place, not the question ("did they say when…" still asks).
    let opener = opener(words);
    let yes_no = opener.is_some_and(|o| contains(YES_NO_OPENERS, &words[o]));
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str);
        let found = |k| Some((k, i));
        if yes_no
            && opener.is_some_and(|o| i > o + 1)
            && matches!(w.as_str(), "when" | "where")
            && !contains(ASKING_VERBS, &words[i - 1])
        {
            continue;
        }
        let k = match w.as_str() {
            "who" | "whom" | "whose" => Kind::Who,
            "when" => Kind::When,
            "where" => Kind::Where,
            "why" => Kind::Why,
            // "What caused the leak", "what led to the strike", "how come": a reason.
            "how" if next == Some("come") => Kind::Why,
            "what"
                if next.is_some_and(|n| contains(CAUSE_VERBS, n))
                    && (next != Some("led") || words.get(i + 2).is_some_and(|w| w == "to")) =>
            {
                Kind::Why
            }
            "how" if next == Some("much") && asks_price(&words[i + 2..]) => Kind::HowMuch,
            // "how much did the bears weigh": a physical quantity.
            "how" if weight_asked(words, i).is_some() => Kind::Measure,
            "how" if next == Some("long") => Kind::HowLong,
            // "how much longer will my journey be": a span (or a length) added.
            "how"
                if next == Some("much")
                    && words
                        .get(i + 2)
                        .is_some_and(|w| matches!(w.as_str(), "longer" | "shorter")) =>
            {
                Kind::HowLong
            }
            "how" if next.is_some_and(|n| contains(MEASURE_WORDS, n)) => Kind::Measure,
            "how" if matches!(next, Some("many" | "much" | "big" | "large" | "old")) => {
                Kind::HowMany
            }
            // "what does the ticket cost", "what is the price of …".
            "what" if words[i..].iter().any(|w| contains(PRICE_WORDS, w)) => Kind::HowMuch,
            // "what time does it open", not "which time zone".
            "what" | "which"
                if matches!(next, Some("time" | "times"))
                    && words
                        .get(i + 2)
                        .is_none_or(|w| is_function_word(w) || contains(FILLER, w)) =>
            {
                Kind::Time
            }
            // "what hours will they work", "what are the Sunday opening hours": times
            // of day.
            "what" | "which"
                if next == Some("hours")
                    || words[i..].windows(2).any(|p| {
                        matches!(
                            p[0].as_str(),
                            "opening" | "visiting" | "business" | "working"
                        ) && p[1] == "hours"
                    }) =>
            {
                Kind::Time
            }
            // "what's the deadline for the appeal", "what is the closing date": a date.
            "what" if deadline_at(words, i).is_some() => Kind::When,
            "what" | "which" if matches!(next, Some("year" | "month" | "day" | "date")) => {
                Kind::When
            }
            "what" | "which" if next.is_some_and(|n| contains(PLACE_NOUNS, n)) => Kind::Where,
            // (Not "the number 4 bus": a label.)
            "number" | "amount" | "total"
                if i > 0
                    && words[i - 1] == "the"
                    && !next.is_some_and(crate::index::is_number_word) =>
            {
                Kind::HowMany
            }
            // "what is the phone number of …", "what number of tickets": a number.
            "what" if number_asked(words, i) => Kind::HowMany,
            "what" | "which" | "how" => Kind::Other,
            _ => continue,
        };
        return found(k);
    }
    None
}

/// Emoji and pictographs (not letters, punctuation, currency or the like).
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x2300..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// Splits a message into sentence-like segments at `.`, `!`, `?`, newlines and emoji,
/// keeping the mark (a segment "ends with ?" when it is a question).
fn split_segments(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // "my cousin has had no power since last night 😩 when does the warning end":
        // an emoji ends what comes before it, as a full stop would.
        if b >= 0xC0 {
            let c = text[i..].chars().next().unwrap_or(' ');
            let after = i + c.len_utf8();
            if is_emoji(c) {
                let seg = text[start..after].trim();
                if !seg.is_empty() {
                    out.push(seg);
                }
                start = after;
            }
            i = after;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?' | b'\n') {
            // Keep runs like "??" or "?!" together.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
                j += 1;
            }
            // A dot inside a word or number ("U.S.", "3.5") does not end a segment, nor
            // one after a single letter (an initial: "U.S. troops", "J. Smith").
            let next_is_space = j >= bytes.len() || bytes[j].is_ascii_whitespace();
            let initial = b == b'.'
                && i >= 1
                && bytes[i - 1].is_ascii_alphabetic()
                && (i < 2 || !bytes[i - 2].is_ascii_alphanumeric());
            if b == b'\n' || (next_is_space && !initial) {
                let seg = text[start..j].trim();
                if !seg.is_empty() {
                    out.push(seg);
                }
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let seg = text[start..].trim();
    if !seg.is_empty() {
        out.push(seg);
    }
    // "??" at the end makes the segment a question; a segment of only marks goes.
    out.retain(|s| s.chars().any(char::is_alphanumeric));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The weight of a question word (which must be one).
    fn weight_of(q: &Question, word: &str) -> f32 {
        q.words.iter().find(|w| w.word == word).unwrap().weight
    }

    fn content(q: &Question) -> Vec<&str> {
        q.words.iter().map(|w| w.word.as_str()).collect()
    }

    #[test]
    fn idioms_of_the_asking_are_not_what_is_asked() {
        let words = |t: &str| {
            parse(t, 500)
                .words
                .into_iter()
                .map(|w| w.word)
                .collect::<Vec<_>>()
        };
        assert_eq!(words("how long were they stuck for in the end"), ["stuck"]);
        assert_eq!(words("why did they ban it in the first place"), ["ban"]);
        assert_eq!(words("who runs the shop at the moment"), ["runs", "shop"]);
        assert_eq!(words("how many staff are there at present"), ["staff"]);
        // The end of something, a place that came first, and a total are asked of.
        assert!(words("what happens at the end of the season").contains(&"end".to_string()));
        assert!(words("who took first place").contains(&"place".to_string()));
        assert!(words("how much did it cost in total").contains(&"total".to_string()));
        assert!(words("what was the moment he knew").contains(&"moment".to_string()));
    }

    /// The first word of question `t` for which `pred` holds.
    fn first_word(t: &str, pred: fn(&Word) -> bool) -> Option<String> {
        parse(t, 500).words.into_iter().find(pred).map(|w| w.word)
    }

    #[test]
    fn the_occasion_of_words_asked_for_counts_less() {
        let weights = |t: &str| -> Vec<(String, f32)> {
            parse(t, 500)
                .words
                .into_iter()
                .map(|w| (w.word, w.weight))
                .collect()
        };
        let w = weights("What did Holm say after losing the final?");
        assert_eq!(w[0], ("holm".to_string(), 1.0));
        assert!(w[1..].iter().all(|(_, x)| *x == OCCASION_WEIGHT), "{w:?}");
        // Not a question about time: "when did she say it" asks when.
        assert!(weights("when did Holm say the final would start")
            .iter()
            .all(|(_, x)| *x == 1.0));
        // Nor "after" where no words are asked for.
        assert!(weights("what happened after the final")
            .iter()
            .all(|(_, x)| *x == 1.0));
        // A clause "when she …" on someone named is the occasion of any question.
        let w = weights("How did Maya react when she found out she'd been picked?");
        assert_eq!(w[0], ("maya".to_string(), 1.0));
        assert!(w[1..].iter().all(|(_, x)| *x == OCCASION_WEIGHT), "{w:?}");
        // Not where the question asks when.
        assert!(weights("when did she say it would open")
            .iter()
            .all(|(_, x)| *x == 1.0));
        // A clause on the place where it happened says which thing is meant.
        let w = weights("Who owns the quarry where the dog fell?");
        assert_eq!(
            &w[..2],
            [("owns".to_string(), 1.0), ("quarry".to_string(), 1.0)]
        );
        assert!(w[2..].iter().all(|(_, x)| *x == OCCASION_WEIGHT), "{w:?}");
        // Not where the question asks where.
        assert!(weights("where was the quarry where the dog fell")
            .iter()
            .all(|(_, x)| *x == 1.0));
    }

    fn focus(q: &Question) -> Vec<&str> {
        q.words
            .iter()
            .filter(|w| w.focus)
            .map(|w| w.word.as_str())
            .collect()
    }

    #[test]
    fn a_word_after_a_preposition_of_place_is_placed() {
        let placed = |t: &str| marked(t, |w| w.placed);
        assert_eq!(
            placed("How long did patients wait at Wendover hospital?"),
            ["wendover"]
        );
        assert_eq!(
            placed("how many hens were culled near the Whitchurch farm"),
            ["whitchurch"]
        );
        assert_eq!(
            placed("How many people saw the fireball over Cornwall?"),
            ["cornwall"]
        );
        assert_eq!(placed("any flights across Europe?"), ["europe"]);
        assert_eq!(placed("When was the pipe under Mill Road laid?"), ["mill"]);
        // Where one travels to, and the day something happens on ("the library
        // opens on Sundays" speaks of another day).
        assert_eq!(placed("How much is a one-way fare to Dublin?"), ["dublin"]);
        assert_eq!(
            placed("What time does the library open on Saturdays?"),
            ["saturdays"]
        );
    }

    #[test]
    fn stretched_chat_words_are_read_as_written_plainly() {
        assert_eq!(unstretched("sooo").as_deref(), Some("so"));
        assert_eq!(unstretched("heyy").as_deref(), Some("hey"));
        assert_eq!(unstretched("hii").as_deref(), Some("hi"));
        assert_eq!(unstretched("all"), None);
        assert_eq!(unstretched("too"), None);
        assert_eq!(unstretched("off"), None);
        assert_eq!(unstretched("pleeease").as_deref(), Some("please"));
        assert_eq!(unstretched("whyyy").as_deref(), Some("why"));
        assert_eq!(unstretched("plzzz").as_deref(), Some("plz"));
        // One letter gives no word of chat: the run was a double.
        assert_eq!(unstretched("soooon").as_deref(), Some("soon"));
        assert_eq!(unstretched("coool").as_deref(), Some("cool"));
        assert_eq!(unstretched("summer"), None);
        assert_eq!(unstretched("2000"), None);
        let q = parse("sooo who leads the mission??", 500);
        assert_eq!((q.kind, content(&q)), (Kind::Who, vec!["leads", "mission"]));
        assert_eq!(content(&parse("plzzz when does it open", 500)), ["open"]);
    }

    #[test]
    fn a_one_written_as_a_digit_after_each_is_a_pronoun() {
        let q = parse("lottery winners!!! how much does each 1 get", 500);
        assert_eq!(content(&q), ["lottery", "winners", "get"]);
        // A number is still a number.
        assert_eq!(content(&parse("who came 1st", 500)), ["came", "first"]);
        assert!(content(&parse("was it 1 or 2 goals", 500)).contains(&"1"));
    }

    #[test]
    fn a_word_for_any_person_weighs_little_in_who() {
        let q = parse("WHO IS THE UNION GUY AT CALDERSTONE", 500);
        assert!(weight_of(&q, "guy") < weight_of(&q, "union") / 2.0);
        // Nor in asking what someone said: the speaker's words need not say it.
        let q = parse("what did the guy at the union say", 500);
        assert!(weight_of(&q, "guy") < weight_of(&q, "union") / 2.0);
        let q = parse("TEAROOM LADY SAID WHAT ABOUT LAST SPRING", 500);
        assert!(weight_of(&q, "lady") < weight_of(&q, "tearoom") / 2.0);
        // Elsewhere the person is the topic.
        let q = parse("how old is the guy at the union", 500);
        assert_eq!(weight_of(&q, "guy"), weight_of(&q, "union"));
    }

    #[test]
    fn kinds() {
        assert_eq!(parse("Who leads the mission?", 500).kind, Kind::Who);
        assert_eq!(parse("when did it start", 500).kind, Kind::When);
        assert_eq!(parse("In what year was it launched?", 500).kind, Kind::When);
        assert_eq!(parse("what time does it open?", 500).kind, Kind::Time);
        assert_eq!(parse("ok what times pls", 500).kind, Kind::Time);
        assert_eq!(parse("which time zone is it", 500).kind, Kind::Other);
        let kind = |q: &str| parse(q, 500).kind;
        assert_eq!(kind("What are the Sunday opening hours?"), Kind::Time);
        assert_eq!(kind("what hours will the crews work"), Kind::Time);
        // The hours are what the answer gives, not a word it must say.
        let q = parse("What hours does the lollipop lady work?", 500);
        assert!(q.words.iter().all(|w| w.word != "hours"), "{:?}", q.words);
        let q = parse("During which hours does the camera run?", 500);
        assert!(q.words.iter().all(|w| w.word != "hours"), "{:?}", q.words);
        assert_eq!(kind("what happens in the first hours"), Kind::Other);
        // "How much longer": a span, its comparative no topic; "the number 4 bus" is a
        // label, no count asked.
        let q = parse(
            "ugh i take the number 4 bus every morning, how much longer will my journey be now??",
            500,
        );
        assert_eq!(q.kind, Kind::HowLong);
        assert!(!content(&q).contains(&"longer"), "{:?}", content(&q));
        assert_eq!(kind("give me the number of buses"), Kind::HowMany);
        // In a yes/no question a later when/where is a clause, unless something asks it.
        assert_eq!(kind("Was it foggy when the ferry crashed?"), Kind::Other);
        assert_eq!(
            kind("hey guys was anyone actually hurt when the crane fell over??"),
            Kind::Other
        );
        assert_eq!(kind("did they say when the strike ends"), Kind::When);
        assert_eq!(kind("do you know where the fire started"), Kind::Where);
        assert_eq!(
            parse("HOW MANY SOLDIERS WERE TRAINED??", 500).kind,
            Kind::HowMany
        );
        assert_eq!(parse("where was it launched", 500).kind, Kind::Where);
        assert_eq!(parse("why was the mission set up?", 500).kind, Kind::Why);
        for q in [
            "What caused the sewage leak?",
            "what started the whole fishing dispute",
            "what led to the strike?",
            "how come the trains are so slow",
        ] {
            assert_eq!(parse(q, 500).kind, Kind::Why, "{q}");
        }
        assert_eq!(parse("what led the mission?", 500).kind, Kind::Other);
        // Question words misspelt in chat still ask.
        assert_eq!(parse("wher is Amara from", 500).kind, Kind::Where);
        assert_eq!(
            parse("wat street was Tenzin found on", 500).kind,
            Kind::Where
        );
        assert_eq!(parse("whn does it open", 500).kind, Kind::When);
        assert_eq!(parse("what is the mission", 500).kind, Kind::Other);
        // Phrasal verbs, with the particle after the object.
        let particle = |q: &str, verb: &str| {
            parse(q, 500)
                .words
                .into_iter()
                .find(|w| w.word == verb)
                .and_then(|w| w.particle)
        };
        assert_eq!(
            particle("when does it kick off", "kick").as_deref(),
            Some("off")
        );
        assert_eq!(
            particle("did it set them back", "set").as_deref(),
            Some("back")
        );
        assert_eq!(
            particle("are they giving the bronzes back?", "giving").as_deref(),
            Some("back")
        );
        assert_eq!(
            particle("who paid the old debts", "paid").as_deref(),
            Some("the")
        );
        // An idiom is its verb.
        let q = parse("Who is in charge of the mission?", 500);
        assert_eq!(content(&q), ["lead", "mission"]);
        assert_eq!(q.words[0].pos, Some(Pos::Verb));
        // A noun takes none.
        assert_eq!(
            particle("did a vet go with the bears on the trip", "bears"),
            None
        );
        let kind = |q: &str| parse(q, 500).kind;
        assert_eq!(kind("How much does the arena cost?"), Kind::HowMuch);
        assert_eq!(kind("how much did they pay for the club"), Kind::HowMuch);
        assert_eq!(kind("How much is a ticket to the park?"), Kind::HowMuch);
        assert_eq!(
            kind("How much is each parking penalty notice?"),
            Kind::HowMuch
        );
        assert_eq!(
            kind("How much are the cheapest Brightwing tickets?"),
            Kind::HowMuch
        );
        assert_eq!(kind("how much is the forest burning"), Kind::HowMany);
        assert_eq!(kind("how much profit did the firm make"), Kind::HowMuch);
        // Giving, as getting, is of money.
        assert_eq!(
            kind("how much did royal mail chip in for ken"),
            Kind::HowMuch
        );
        assert_eq!(kind("how much did the council give"), Kind::HowMuch);
        // "were" before an auxiliary is a mistyped "where".
        assert_eq!(kind("were did marchetti use to teach"), Kind::Where);
        assert_eq!(
            kind("were was the planing comittee meeting held"),
            Kind::Where
        );
        assert_eq!(kind("were they evacuated"), Kind::Other);
        // Getting or taking, with nothing named: money.
        assert_eq!(kind("how much did the robbers take"), Kind::HowMuch);
        // So is needing, asking, losing or saving; not a noun ("demand").
        assert_eq!(kind("How much does USMRT need a year?"), Kind::HowMuch);
        assert_eq!(kind("how much was it losing"), Kind::HowMuch);
        assert_eq!(
            kind("How much did demand at the food bank go up?"),
            Kind::HowMany
        );
        assert_eq!(
            kind("anyone know how much that pension guy nicked??"),
            Kind::HowMuch
        );
        assert_eq!(
            kind("how much do customers get if they are off supply"),
            Kind::HowMuch
        );
        assert_eq!(
            kind("how much did the strikes end up costing the trust"),
            Kind::HowMuch
        );
        assert_ne!(kind("how much rain did they get"), Kind::HowMuch);
        // A number, asked with "what" ("0800 455 210"; a phone number is none of a
        // sentence that names the practice only).
        assert_eq!(
            kind("What is the phone number of Fellside Vets?"),
            Kind::HowMany
        );
        assert_eq!(kind("what's the number of the phone line"), Kind::HowMany);
        assert_eq!(kind("What number of tickets did they sell?"), Kind::HowMany);
        assert_eq!(kind("What is the number 4 bus route?"), Kind::Other);
        assert_eq!(kind("What is the phone line for?"), Kind::Other);
        // A vague question ("what's the story with …") before a comma and one of a
        // kind: the second says what is asked. Not after a question of an event.
        assert_eq!(
            kind("so whats the story with Les and his leeks, how old is he even"),
            Kind::HowMany
        );
        assert_eq!(
            kind("what is the deal with the mast, when do they vote"),
            Kind::When
        );
        assert_eq!(
            kind("what happens with his appeal, when do we find out"),
            Kind::Other
        );
        assert_eq!(kind("what did he say when they won"), Kind::Other);
        // A share of something, got or not: "91% of the sun".
        assert_ne!(kind("how much of the sun got covered"), Kind::HowMuch);
        assert_eq!(
            kind("how much of the money did they get back"),
            Kind::HowMuch
        );
        // A comparison gets no money, unless it names it.
        assert_ne!(
            kind("How much more likely are night nurses to get a sleep disorder?"),
            Kind::HowMuch
        );
        assert_eq!(
            kind("how much more money will the squad get"),
            Kind::HowMuch
        );
        // An offer for a thing is a price.
        assert_eq!(
            kind("How much did the sandwich chain offer for the bakery?"),
            Kind::HowMuch
        );
        assert_ne!(kind("how much help did they offer"), Kind::HowMuch);
        assert_eq!(kind("How much did the bears weigh?"), Kind::Measure);
        assert_eq!(kind("how much capacity is left"), Kind::HowMany);
        assert_eq!(
            kind("How much is the water expected to rise?"),
            Kind::HowMany
        );
        assert_eq!(kind("what's the price of a ticket"), Kind::HowMuch);
        // Not money: a share, a quantity.
        assert_eq!(kind("How much of the fire is contained?"), Kind::HowMany);
        assert_eq!(kind("how long will the strike last"), Kind::HowLong);
        assert_eq!(kind("How heavy are the gates?"), Kind::Measure);
        let dimension = |q: &str| parse(q, 500).dimension;
        assert_eq!(
            dimension("How heavy are the gates?"),
            Some(Dimension::Weight)
        );
        assert_eq!(
            dimension("How much did the bears weigh?"),
            Some(Dimension::Weight)
        );
        assert_eq!(
            dimension("how far is the fire from town"),
            Some(Dimension::Distance)
        );
        assert_eq!(kind("how warm did it stay overnight"), Kind::Measure);
        assert_eq!(
            dimension("How hot did it get in Kelbrook?"),
            Some(Dimension::Temperature)
        );
        assert_eq!(
            dimension("how close is the fire now"),
            Some(Dimension::Distance)
        );
        assert_eq!(dimension("how fast was the wind"), None);
        assert_eq!(kind("How strong were the gusts?"), Kind::Measure);
        assert_eq!(
            dimension("How tall is the brewery chimney?"),
            Some(Dimension::Extent)
        );
        assert_eq!(dimension("how deep was the water"), Some(Dimension::Extent));
        // Mostly a span of time.
        assert_eq!(dimension("how long is the path"), None);
        assert_eq!(dimension("how many ships sank"), None);
        assert_eq!(kind("how far is the fire from town"), Kind::Measure);
        // "cost" asks for a sum, any sum: it is the focus a sum of money meets.
        let q = parse("how much did the launch itself cost", 500);
        assert_eq!(q.dimension, Some(Dimension::Money));
        assert_eq!(focus(&q), ["cost"]);
        // A fine is a sum of its own: the word must be there.
        assert_eq!(dimension("how much was the fine"), None);
    }

    #[test]
    fn what_someone_said_about_a_price_asks_for_words_not_a_sum() {
        let q = parse("What did Helen Achebe say about the price cut?", 500);
        assert_eq!((q.kind, q.wants_quote), (Kind::Other, true));
        assert_eq!(parse("what does the pen cost?", 500).kind, Kind::HowMuch);
        // What someone says a thing costs may be no sum ("65 local jobs").
        let q = parse("What does Tom Brennan say the ban will cost?", 500);
        assert_eq!((q.kind, q.wants_quote), (Kind::Other, true));
        // Asked "how much", it is one.
        let q = parse("How much does Tom Brennan say the ban will cost?", 500);
        assert_eq!((q.kind, q.wants_quote), (Kind::HowMuch, true));
        // A surname that is a price word names the speaker; the topic is the benches.
        let q = parse("What did Hefin Price say about the benches?", 500);
        assert_eq!((q.kind, q.wants_quote), (Kind::Other, true));
        assert_eq!(focus(&q), ["benches"]);
    }

    #[test]
    fn a_share_asked_is_the_focus_any_share_meets() {
        for (t, word) in [
            (
                "hi!! what % of schools used non specialist teachers?",
                "percent",
            ),
            (
                "What proportion of people on the late buses don't have a car?",
                "proportion",
            ),
            (
                "what percentage of members accepted the offer",
                "percentage",
            ),
            ("how many percent voted yes", "percent"),
        ] {
            let q = parse(t, 500);
            assert_eq!(q.dimension, Some(Dimension::Share), "{t}");
            assert_eq!(focus(&q), [word], "{t}");
        }
        // The question as asked is kept: the sign is read as a word only.
        assert_eq!(parse("what % of schools", 500).text, "what % of schools");
    }

    #[test]
    fn a_deadline_asked_is_a_date() {
        for t in [
            "What's the deadline for the fishermen to go to court?",
            "ok so what is the deadline for entries",
            "what was the closing date for the consultation",
        ] {
            let q = parse(t, 500);
            assert_eq!(q.kind, Kind::When, "{t}");
            assert!(!content(&q).contains(&"deadline"), "{t}");
        }
        assert_ne!(parse("what did the deadline change", 500).kind, Kind::When);
    }

    #[test]
    fn which_places_asks_where_as_which_place_does() {
        for t in [
            "which countries was the vaccine tested in",
            "which town was it in",
        ] {
            let q = parse(t, 500);
            assert_eq!(q.kind, Kind::Where, "{t}");
            assert!(q.words[0].bonus, "{t}");
        }
    }

    #[test]
    fn where_is_it_based_asks_where_and_says_it_of_the_answer() {
        // The verb is a bonus: a sentence that says it ("Veltro, which is based in
        // Shenzhen") says it gives the place, one that does not is no worse.
        let q = parse("Where is Brightmead Foods based?", 500);
        assert_eq!(q.kind, Kind::Where);
        assert_eq!(words_where(&q, |w| !w.bonus), ["brightmead", "foods"]);
        assert_eq!(words_where(&q, |w| w.bonus), ["based"]);
        assert_eq!(
            words_where(&parse("where does profesor Achebe work", 500), |w| !w.bonus),
            ["profesor", "achebe"]
        );
        // Elsewhere the word is a word: "which firm is based in Leeds", "the work".
        assert!(content(&parse("which firm is based in Leeds", 500)).contains(&"based"));
        assert!(content(&parse("where will the work be done", 500)).contains(&"work"));
    }

    #[test]
    fn how_many_counts_what_happened() {
        assert_eq!(
            focus(&parse("How many patients died during the trial?", 500)),
            ["died"]
        );
        assert_eq!(
            focus(&parse("how many crew were injured?", 500)),
            ["injured"]
        );
        // Not a verb of another form, nor what the counted do in the present.
        assert!(focus(&parse("How many passengers does route 31 carry?", 500)).is_empty());
        assert!(focus(&parse("How many seats will the stadium have?", 500)).is_empty());
        // Nor a phrasal verb, which says "came" or "were" in other words.
        assert!(focus(&parse("How many ambulances turned up?", 500)).is_empty());
        assert!(focus(&parse("how many ppl ended up in hospital??", 500)).is_empty());
    }

    #[test]
    fn dose_before_a_subject_is_does_mistyped() {
        let words =
            |q: &str| -> Vec<String> { parse(q, 500).words.into_iter().map(|w| w.word).collect() };
        assert!(!words("when dose the new bin colection start").contains(&"dose".to_string()));
        assert!(!words("how many teachers dose the union represent").contains(&"dose".to_string()));
        // The noun stays: "of" or a verb follows it.
        assert!(
            words("What dose of colchicine did the patients get?").contains(&"dose".to_string())
        );
        assert!(words("how big was the dose").contains(&"dose".to_string()));
    }

    #[test]
    fn whether_anyone_underwent_something_is_its_focus() {
        let f = |q: &str| -> Vec<String> {
            focus(&parse(q, 500))
                .into_iter()
                .map(String::from)
                .collect()
        };
        assert_eq!(
            f("Has anyone been arrested over the tin theft?"),
            ["arrested"]
        );
        assert_eq!(f("was anybody injured in the blaze"), ["injured"]);
        assert_eq!(f("did anyone get injured in the robbery"), ["injured"]);
        // Not what someone did, which an article words its own way, nor a question that
        // is no yes/no one.
        assert!(f("has anyone died in an avalanche this winter").is_empty());
        assert!(f("did anyone complain").is_empty());
        assert!(f("who was arrested over the theft").is_empty());
    }

    #[test]
    fn a_name_asked_for() {
        let wants = |q: &str| parse(q, 500).wants_name;
        assert!(wants("What is the name of the man who was arrested?"));
        assert!(wants("what are the names of the pharmacies"));
        assert!(wants("What's the shop's name?"));
        assert!(wants("What is Janet's surname?"));
        assert!(wants("What will the new ground be called?"));
        assert!(wants(
            "whats the Kellbridge Taxi Federation's chairman called?"
        ));
        assert!(wants("What nickname do locals give the bell?"));
        // The word stays: a sentence may say it.
        assert!(content(&parse("What will the new ground be called?", 500)).contains(&"called"));
        assert!(!wants("what did the company name its new van"));
        assert!(!wants("who called the vote?"));
        assert!(!wants("What is the name change about?"));
    }

    #[test]
    fn pointing_at_the_news_is_chatter() {
        let q = parse(
            "u seen this?? what did the supermarket say about the cameras",
            500,
        );
        assert_eq!(content(&q), ["supermarket", "cameras"]);
        let q = parse(
            "u guys seen this? how big is that orchard painting anyway",
            500,
        );
        assert!(!content(&q).contains(&"seen"), "{:?}", content(&q));
        let q = parse("when was the otter last seen", 500);
        assert!(content(&q).contains(&"seen"));
    }

    #[test]
    fn yes_no_questions() {
        let yes_no = |q: &str| parse(q, 500).yes_no;
        assert!(yes_no("Did the whole board agree to get rid of Milne?"));
        assert!(yes_no("hi all! is the old bridge closed to buses too??"));
        assert!(yes_no(
            "omg did any parents actually complain before or what"
        ));
        // Whom a greeting hails is chat before the question, not a word of it.
        let q = parse(
            "morning ppl, did the council say if they'll pay for a bin?",
            500,
        );
        assert!(q.yes_no);
        assert!(!content(&q).contains(&"people"), "{:?}", content(&q));
        assert!(content(&parse("how many people came?", 500)).contains(&"people"));
        // A question word asks something else; a request to the bot asks nothing of
        // the articles.
        assert!(!yes_no("do you know where the fire started"));
        assert!(!yes_no("Who led the study?"));
        assert!(!yes_no("can u recommend a good pizza place"));
    }

    #[test]
    fn which_one_of_a_kind_asked_for() {
        let which = |q: &str| parse(q, 500).which_one;
        assert!(which(
            "Which hospital had the most nurses with sleep disorders?"
        ));
        // A kind of time or place is asked by its kind; several may be described.
        assert!(!which("which day does it open"));
        assert!(!which("Which nurses are most at risk?"));
        assert!(!which("what hospital is she in"));
    }

    #[test]
    fn asking_is_content() {
        // "what are the drivers asking for": what they ask for is the question.
        let q = parse("what r the drivers actually asking for", 500);
        assert_eq!(content(&q), ["drivers", "asking"]);
    }

    #[test]
    fn the_kind_of_place_asked_for_is_a_bonus_word() {
        let q = parse("yo anyone know which town the new chip plant is in??", 500);
        assert_eq!(q.kind, Kind::Where);
        assert_eq!(words_where(&q, |w| w.bonus), ["town"]);
        // Other kinds of answer stay out ("what year" is a date).
        assert!(words_where(&parse("what year did it open", 500), |w| w.bonus).is_empty());
    }

    #[test]
    fn a_period_named_relative_to_now_pins_the_time() {
        let q = parse("How much profit did Calder & Finch make last year?", 500);
        assert_eq!(words_where(&q, |w| w.period), ["year"]);
        // A year without "last"/"this"/"next" is just a word.
        let q = parse("how many years has he been coach", 500);
        assert!(words_where(&q, |w| w.period).is_empty());
        // The year it names, from the article's.
        let offset = |text: &str| {
            let q = parse(text, 500);
            q.words.iter().find_map(|w| w.year_offset)
        };
        assert_eq!(offset("How much profit did they make last year?"), Some(-1));
        assert_eq!(offset("is it open this year"), Some(0));
        assert_eq!(offset("will it run next year"), Some(1));
        assert_eq!(offset("how many visitors came last month"), None);
    }

    #[test]
    fn the_first_of_something_pins_which_one() {
        let ordinal = |t: &str| !words_where(&parse(t, 500), |w| w.ordinal).is_empty();
        assert!(ordinal(
            "How much had the appeal raised by the end of its first year?"
        ));
        assert!(ordinal(
            "How many wickets did he take in New Zealand's first innings?"
        ));
        assert!(ordinal("How much did the first duck race raise?"));
        // Not the adverb, nor "the first time" (ever).
        assert!(!ordinal("when did the food bank first open"));
        assert!(!ordinal(
            "Is this the first time Greenvale has had to recall something?"
        ));
        assert!(!ordinal("who came first in the men's race"));
    }

    /// The words of question `t` that `mark` holds for, owned.
    fn marked(t: &str, mark: impl Fn(&Word) -> bool) -> Vec<String> {
        words_where(&parse(t, 500), mark)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn an_earlier_time_is_asked_by_last_previous_or_earlier() {
        let earlier = |t: &str| parse(t, 500).earlier;
        assert!(earlier("When was Kelverton Reservoir last drained?"));
        assert!(earlier("When did the previous water main burst happen?"));
        assert!(earlier(
            "why did the earlier attempt to combine the banks fall apart"
        ));
        assert!(earlier("when was the last landslip on the coast road"));
        // "last year" names a period; "last" after "how long" is the verb.
        assert!(!earlier("How much profit did they make last year?"));
        assert!(!earlier("How long will the walkout last?"));
        assert!(!earlier("How long does the battery last without sunlight?"));
        assert!(!earlier("When did the water main burst?"));
    }

    #[test]
    fn someone_another_came_before_or_after() {
        let succeeded = |t: &str| marked(t, |w| w.succeeded);
        assert_eq!(
            succeeded("Who was the lollipop lady before Margaret Trelawny?"),
            ["margaret"]
        );
        assert_eq!(
            succeeded("Who took over as headteacher after Dr Pendle left in 1988?"),
            ["dr", "pendle"]
        );
        assert!(succeeded("Who did Halbury lose to on Saturday?").is_empty());
    }

    #[test]
    fn the_whole_thing_is_the_thing() {
        let words = |t: &str| marked(t, |_| true);
        assert_eq!(
            words("how much did the whole rebuild cost"),
            ["rebuild", "cost"]
        );
        assert_eq!(words("is the entire team injured"), ["team", "injured"]);
        // "The whole of" a span is how long.
        assert_eq!(
            words("how many fires in the whole of last year"),
            ["fires", "whole", "last", "year"]
        );
    }

    #[test]
    fn whom_someone_told_is_no_speaker() {
        let told = |t: &str| marked(t, |w| w.told);
        assert_eq!(
            told("what did the senior planning officer tell councillors"),
            ["councillors"]
        );
        assert_eq!(
            told("What did Gareth Pugh tell ITV Wales about the fire?"),
            ["itv", "wales"]
        );
        assert_eq!(told("What did the judge tell the jury?"), ["jury"]);
        // Not the teller, nor the asker's "tell me".
        assert!(told("can u tell me what the kids do with the veg").is_empty());
    }

    #[test]
    fn a_word_for_any_sum_is_the_focus_of_how_much() {
        let q = parse("How much money did the charity put into the research?", 500);
        assert_eq!(focus(&q), ["money"]);
        assert_eq!(q.dimension, Some(Dimension::Money));
    }

    #[test]
    fn what_a_quote_is_about_is_its_focus() {
        let q = parse("What did Joanna Pike say about the pay offer?", 500);
        assert_eq!(focus(&q), ["pay", "offer"]);
        // Not a quote question: "about" is just a word.
        assert!(focus(&parse("What is the mission about?", 500)).is_empty());
    }

    #[test]
    fn chat_discourse_words_are_filler() {
        let q = parse(
            "is uber type stuff even allowed again in kellbridge or nah?",
            500,
        );
        assert_eq!(content(&q), ["uber", "allowed", "kellbridge"]);
        let q = parse("Did a lot of young people vote?", 500);
        assert_eq!(content(&q), ["young", "people", "vote"]);
        // "quick q", and a kiss to sign off.
        let q = parse("hiya quick q how wide is the bridge gonna be x", 500);
        assert_eq!(content(&q), ["wide", "bridge"]);
        // Congratulations and wonder are cheers, not the topic.
        let q = parse("CONGRATS OLD TANNERY how many beers did they beat", 500);
        assert_eq!(content(&q), ["old", "tannery", "beers", "beat"]);
        let q = parse("wow whoa how tall is the mast", 500);
        assert_eq!(content(&q), ["tall", "mast"]);
        // Who says it is hearsay, not the topic.
        let q = parse(
            "ppl keep saying volunteers guarded the nest, why tho??",
            500,
        );
        assert_eq!(content(&q), ["volunteers", "guarded", "nest"]);
        let q = parse(
            "heard that the vote went on really late, was it close?",
            500,
        );
        assert_eq!(content(&q), ["vote", "went", "late", "close"]);
        let q = parse("What did people say about the vote?", 500);
        assert!(content(&q).contains(&"people"));
        // "today" asks about now, which an article says by its tense ("is now run by").
        let q = parse("Who runs the brewery today?", 500);
        assert_eq!(content(&q), ["runs", "brewery"]);
        // A word of a name is no filler: Great Saxby is another village than Little Saxby.
        let q = parse("How much did villagers in Great Saxby raise?", 500);
        assert_eq!(content(&q), ["villagers", "great", "saxby", "raise"]);
        let q = parse("Great, and how much did Saxby raise?", 500);
        assert_eq!(content(&q), ["saxby", "raise"]);
        // Interjections of chat ("aww bless him", "yikes", "blimey") say nothing asked.
        let q = parse("aww bless him 😭 what time did he finish his walk?", 500);
        assert_eq!(content(&q), ["finish", "walk"]);
        let q = parse("yikes, blimey. oof! how many were hurt", 500);
        assert_eq!(content(&q), ["hurt"]);
    }

    #[test]
    fn the_role_asked_for_is_the_focus() {
        let q = parse("Who is the CEO of Van Rijn Hydraulics?", 500);
        assert_eq!(focus(&q), ["ceo"]);
        let q = parse("What was the turnout in the ballot?", 500);
        assert_eq!(focus(&q), ["turnout"]);
        // An attribute of two words: the second is the one asked.
        let q = parse("What is the alcohol strength of Dale Gold?", 500);
        assert_eq!(focus(&q), ["strength"]);
    }

    #[test]
    fn questions_about_the_future_or_the_past() {
        assert!(parse("What will happen to the old ward?", 500).future);
        assert!(parse("who r the advisors gonna work with", 500).future);
        assert!(parse("Is the council going to challenge the ruling?", 500).future);
        assert!(!parse("What happened to the old ward?", 500).future);
        // Chatter before the question does not set its tense.
        assert!(!parse("i will ask again, who leads it?", 500).future);
        assert!(parse("When was the bridge built?", 500).past);
        assert!(!parse("When will the bridge reopen?", 500).past);
        // "What did she say": the saying is past, not what was said.
        assert!(!parse("What did Marsh say about the homes?", 500).past);
    }

    #[test]
    fn speech() {
        let q = parse("Who called leaving the hardest decision in a century?", 500);
        assert!(q.speech && !q.wants_quote);
        assert!(!parse("Who leads the mission?", 500).speech);
    }

    #[test]
    fn contractions_and_till_are_function_words() {
        // "they're" is tokenized "theyre": no topic (it had been corrected to "three").
        assert_eq!(
            content(&parse(
                "Where will the bronzes be shown once they're in Cameroon?",
                500
            )),
            ["bronzes", "shown", "cameroon"]
        );
        assert_eq!(
            content(&parse("ROADS WERE CLOSED TILL WHAT TIME??", 500)),
            ["roads", "closed"]
        );
        assert_eq!(content(&parse("how long til the launch", 500)), ["launch"]);
        // After a determiner it is the noun.
        assert_eq!(
            content(&parse("how much was taken from the till", 500)),
            ["taken", "till"]
        );
    }

    #[test]
    fn chatter_and_shorthand() {
        let q = parse("hey guys lol, how many ppl will it include??", 500);
        assert_eq!(content(&q), ["people", "include"]);
        assert_eq!(q.kind, Kind::HowMany);
        assert!(!q.smalltalk);
        // "or smth", "u reckon": the asker's hedging.
        let q = parse("is there a hardship fund or smth, u reckon?", 500);
        assert_eq!(content(&q), ["hardship", "fund"]);
        assert_eq!(
            content(&parse("which hospitals had ops cancelled", 500)),
            ["hospitals", "operations", "cancelled"]
        );
        // British for mother, which WordNet knows only as a flower and as "silent".
        assert_eq!(
            content(&parse(
                "how many mums and dads came, what did Aisha's mum say",
                500
            )),
            ["mothers", "dads", "came", "aisha", "mother"]
        );
        // Street abbreviations as chat writes them; a capitalized "St" is kept (a name).
        let q = parse("when's the last game at elm st? and on kingsway rd", 500);
        assert_eq!(
            content(&q),
            ["last", "game", "elm", "street", "kingsway", "road"]
        );
        assert_eq!(
            content(&parse("when was St Barnabas built", 500)),
            ["st", "barnabas", "built"]
        );
        assert_eq!(
            content(&parse("how many patients does st brigids look after", 500)),
            ["patients", "st", "brigids", "look"]
        );
        // "wait" opening a thought is chatter; waiting itself is a topic.
        assert_eq!(
            content(&parse("wait can hackers see my camera", 500)),
            ["hackers", "see", "camera"]
        );
        assert_eq!(
            content(&parse("how long do people have to wait", 500)),
            ["people", "wait"]
        );
        // A negation without its apostrophe is a function word like `not`; `wich` and
        // `thru` are chat spellings.
        let q = parse("how many calls didnt go thru", 500);
        assert_eq!(content(&q), ["calls", "go"]);
        let q = parse("wich languages is kingsmere cutting", 500);
        assert_eq!(content(&q), ["languages", "kingsmere", "cutting"]);
        // Asking is the asker's in "can i ask"; in "did they ask for cash", theirs.
        assert_eq!(content(&parse("can i ask when it opens", 500)), ["opens"]);
        assert_eq!(
            content(&parse("did the thieves ask for cash", 500)),
            ["thieves", "ask", "cash"]
        );
        // "4" and "2" before a determiner or a pronoun are "for" and "to"; before a noun,
        // or as "4 a.m.", numbers.
        let q = parse("when did the prices go up?? asking 4 a friend, up 2 u", 500);
        assert_eq!(content(&q), ["prices", "go", "friend"]);
        let q = parse("did 4 ppl leave at 4 a.m.", 500);
        assert_eq!(content(&q), ["4", "people", "leave", "4", "m"]);
    }

    #[test]
    fn chatter_outside_the_question_counts_less() {
        let q = parse("I was reading about Iraq. Who leads the mission?", 500);
        let iraq = q.words.iter().find(|w| w.word == "iraq").unwrap();
        let lead = q.words.iter().find(|w| w.word == "leads").unwrap();
        assert!(iraq.weight < lead.weight);
        // A short phrase the question points back to is what it asks about.
        let q = parse("NorthAir planes... where did they go??", 500);
        assert_eq!(weight_of(&q, "northair"), 1.0);
        let q = parse("NorthAir planes... where is the airport??", 500);
        assert!(weight_of(&q, "northair") < 1.0);
        // A question word after chat filler opens the question all the same.
        let q = parse("can u go see the books?? like what times is it open", 500);
        assert_eq!(q.kind, Kind::Time);
        assert_eq!(weight_of(&q, "open"), 1.0);
    }

    #[test]
    fn one_more_question_is_chat() {
        let q = parse(
            "thx! one more: is nato helping with stability of iraq or what",
            500,
        );
        assert!(!content(&q).contains(&"one"), "{:?}", content(&q));
        let q = parse("morning! quick one, how many ppl were in the trial?", 500);
        assert!(!content(&q).contains(&"one"), "{:?}", content(&q));
        // Not a one that is counted or named.
        let q = parse("Was one person hurt?", 500);
        assert!(content(&q).contains(&"one"));
    }

    #[test]
    fn every_before_a_unit_of_time_is_a_rate_not_a_topic() {
        let q = parse("how many people use the number 31 bus every day??", 500);
        assert!(!content(&q).contains(&"every"), "{:?}", content(&q));
        assert!(content(&q).contains(&"day"), "{:?}", content(&q));
        let q = parse("Does every nurse get the payment?", 500);
        assert!(content(&q).contains(&"every"), "{:?}", content(&q));
    }

    #[test]
    fn one_after_a_superlative_stands_for_what_is_named() {
        let q = parse("Which airline is the biggest one at Westcliff?", 500);
        assert!(!content(&q).contains(&"one"), "{:?}", content(&q));
        // Not a number after a word that only ends like one.
        let q = parse("Was the west one of the routes cut?", 500);
        assert!(content(&q).contains(&"one"), "{:?}", content(&q));
    }

    #[test]
    fn how_someone_feels_about_something_asks_their_words() {
        let q = parse("How does Okafor feel about the short course?", 500);
        assert!(q.wants_quote);
        assert_eq!(content(&q), ["okafor", "short", "course"]);
        let q = parse("Did the ground feel wet?", 500);
        assert!(!q.wants_quote);
        assert_eq!(content(&q), ["ground", "feel", "wet"]);
    }

    #[test]
    fn a_title_won_is_no_role() {
        let q = parse("What is Kotorova's title?", 500);
        assert!(q.asks_role);
        assert_eq!(content(&q), ["kotorova"]);
        let q = parse("who was captain when the club last won the title", 500);
        assert!(!q.asks_role);
        assert!(content(&q).contains(&"title"));
    }

    #[test]
    fn how_someone_describes_something_asks_their_words() {
        let q = parse("How did Ben Hollis describe his team?", 500);
        assert!(q.wants_quote);
        assert_eq!(content(&q), ["ben", "hollis", "team"]);
    }

    #[test]
    fn a_speech_word_in_a_name_asks_no_words() {
        let q = parse("How many people live at Nidd View House?", 500);
        assert!(!q.wants_quote);
        let q = parse("What is Sam's view of the plan?", 500);
        assert!(q.wants_quote);
    }

    #[test]
    fn what_the_asker_thinks_asks_no_words() {
        let q = parse(
            "i went to one of those meetings i think... how many ppl turned up",
            500,
        );
        assert!(!q.wants_quote);
        let q = parse("What does Okafor think of the plan?", 500);
        assert!(q.wants_quote);
        // The passive: what is believed, not whose belief.
        let q = parse("How many bags are thought to have been sold?", 500);
        assert!(!q.wants_quote);
    }

    #[test]
    fn the_noun_after_which_names_the_kind_of_answer() {
        let kind = |t: &str| first_word(t, |w| w.kind_noun);
        assert_eq!(
            kind("Which company offered help?").as_deref(),
            Some("company")
        );
        // After a number: "which two airlines".
        assert_eq!(
            kind("Which two airlines is it talking to?").as_deref(),
            Some("airlines")
        );
        assert_eq!(kind("Who offered help?"), None);
    }

    #[test]
    fn focus_words() {
        let focus = |t: &str| first_word(t, |w| w.focus);
        assert_eq!(
            focus("How old is Major General Fortin?").as_deref(),
            Some("old")
        );
        assert_eq!(
            focus("What is the address of the school?").as_deref(),
            Some("address")
        );
        assert_eq!(
            focus("What is Kotorova's nationality?").as_deref(),
            Some("nationality")
        );
        // A two-word owner, and a time that only dates what is asked.
        assert_eq!(
            focus("what was Southdown Water's profit last year").as_deref(),
            Some("profit")
        );
        assert_eq!(
            focus("What was the firm's profit in 2024?").as_deref(),
            Some("profit")
        );
        // Asked who holds a role, the role: "chief operating officer" is someone else.
        assert_eq!(
            focus("Who is Husklay's chief executive?").as_deref(),
            Some("executive")
        );
        assert_eq!(focus("who is Reid's coach").as_deref(), Some("coach"));
        // A weight asked by "how much": any weight answers it.
        assert_eq!(
            focus("How much weight had the red panda lost?").as_deref(),
            Some("weight")
        );
        assert_eq!(
            focus("how much did the bears weigh").as_deref(),
            Some("weigh")
        );
        assert_eq!(
            focus("how much did the bears cost").as_deref(),
            Some("cost")
        );
        // The event a date is asked for, in the past: a date of another event does not
        // answer it.
        assert_eq!(
            focus("When did the Riverside Sounds festival begin?").as_deref(),
            Some("begin")
        );
        assert_eq!(focus("when did the farm notice the birds dying"), None);
        // Unless a phrase follows the verb; not a noun's phrase ("the fire at the mill"),
        // nor a light verb's ("get to").
        assert_eq!(
            focus("when did the road reopen to traffic after the crash").as_deref(),
            Some("reopen")
        );
        assert_eq!(
            focus("when did the fire at the mill start").as_deref(),
            Some("start")
        );
        assert_eq!(
            focus("When did council engineers get to the hospital?").as_deref(),
            Some("hospital")
        );
        assert_eq!(focus("when does the new rate start"), None);
        // An event, not an attribute.
        assert_eq!(focus("what happened to Louise Hart's dad"), None);
        // The possessive is no subject of the question: it asks for the turnout.
        assert_eq!(
            focus("What was the turnout in the nurses' vote?").as_deref(),
            Some("turnout")
        );
        // What happened to the counted is the event asked about (see
        // how_many_counts_what_happened).
        assert_eq!(
            focus("How many soldiers were trained?").as_deref(),
            Some("trained")
        );
        assert_eq!(focus("How did it start?"), None);
        // Hours are the kind of answer (times of day), not a word it must repeat.
        assert_eq!(focus("What are the opening hours of the library?"), None);
        assert_eq!(
            focus("When was the Royal Aldmouth Museum founded?").as_deref(),
            Some("founded")
        );
        assert_eq!(
            focus("when will the second phase be finished").as_deref(),
            Some("finished")
        );
        // Past a preposition left at the end.
        assert_eq!(
            focus("where has the county championship been moved to?").as_deref(),
            Some("moved")
        );
        // Not a participle ending the question.
        assert_eq!(focus("When was the barrier opened to ships?"), None);
        assert_eq!(focus("What did NATO's earlier work achieve?"), None);
    }

    #[test]
    fn chatter_before_a_comma_and_the_question_word_counts_less() {
        let q = parse(
            "brb coffee, ok back, which summit launched the mission?",
            500,
        );
        let w = |x: &str| weight_of(&q, x);
        assert_eq!(w("coffee"), 0.5);
        assert_eq!(w("launched"), 1.0);
        // A comma after the question word changes nothing.
        let q = parse("who leads the mission, and since when?", 500);
        assert!(q.words.iter().all(|w| w.weight == 1.0));
    }

    #[test]
    fn a_telling_reporting_verb_is_a_light_word() {
        let q = parse("What did Jana Kotorova add?", 500);
        assert!(q.wants_quote);
        let add = q.words.iter().find(|w| w.word == "add").map(|w| w.weight);
        assert_eq!(add, Some(REPORTING_WEIGHT));
        let q = parse("What did Jana Kotorova say?", 500);
        assert!(q.words.iter().all(|w| w.word != "say"));
    }

    #[test]
    fn question_words_typed_without_apostrophe() {
        let q = parse("whats the phone number", 500);
        assert_eq!(content(&q), ["phone", "number"]);
        assert_eq!(parse("wheres the shelter", 500).kind, Kind::Where);
    }

    #[test]
    fn the_words_whose_name_is_asked() {
        let named = |q: &str| {
            let q = parse(q, 500);
            words_where(&q, |w| w.named)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            named("whats the name of the dog walker who saved the kayaker"),
            ["dog", "walker"]
        );
        assert_eq!(named("what's the kayaker's name?"), ["kayaker"]);
        assert!(named("who named the ship").is_empty());
        assert!(named("what is the dog called").is_empty());
    }

    /// The question's words that have a mark.
    fn words_where(q: &Question, mark: impl Fn(&Word) -> bool) -> Vec<&str> {
        q.words
            .iter()
            .filter(|w| mark(w))
            .map(|w| w.word.as_str())
            .collect()
    }

    #[test]
    fn what_how_many_counts() {
        let q = parse("how many passengers were on the ferry?", 500);
        let counted = words_where(&q, |w| w.counted);
        assert_eq!(counted, ["passengers"]);
        // The head of the noun phrase, not its first word.
        for (question, head) in [
            ("how many iraqi schools are there", "schools"),
            (
                "How many operating theatres did the old ward have?",
                "theatres",
            ),
            ("how many people live in Port Alder", "people"),
            ("how many ppl got measles", "people"),
        ] {
            let q = parse(question, 500);
            let counted = words_where(&q, |w| w.counted);
            assert_eq!(counted, [head], "{question}");
        }
        // "How often" asks for a rate, whatever else the question is.
        assert!(parse("How often will the buses run?", 500).often);
        assert!(parse("ok so how often do they take a reading", 500).often);
        assert!(!parse("How many buses run?", 500).often);
        // "How long has he been …" asks for a span of time, "how long is …" may not.
        assert!(parse("how long has pickersgill been detecting for", 500).span);
        assert!(parse("How long did the repairs take?", 500).span);
        assert!(!parse("How long is the blade?", 500).span);
        // What the counted is of: the noun phrase after "of".
        for (question, of) in [
            (
                "how many tonnes of lamb can come in tariff-free",
                vec!["lamb"],
            ),
            (
                "How many doses of the malaria vaccine are needed?",
                vec!["malaria", "vaccine"],
            ),
            ("how many passengers were on the ferry", vec![]),
        ] {
            let q = parse(question, 500);
            assert_eq!(words_where(&q, |w| w.counted_of), of, "{question}");
        }
        // "many" alone is no topic.
        assert_eq!(
            content(&parse("did many people come", 500)),
            ["people", "come"]
        );
    }

    #[test]
    fn used_to_is_no_topic() {
        assert_eq!(
            content(&parse("where did marchetti use to teach", 500)),
            ["marchetti", "teach"]
        );
        assert_eq!(
            content(&parse("what was the money used to buy", 500)),
            ["money", "used", "buy"]
        );
    }

    #[test]
    fn the_askers_own_life_counts_less() {
        let q = parse("my aunt lives in birch flat, is it bad there", 500);
        let w = |x: &str| weight_of(&q, x);
        assert_eq!(w("aunt"), MY_WEIGHT);
        assert_eq!(w("birch"), 1.0);
    }

    #[test]
    fn a_time_of_day_after_last_is_content() {
        assert_eq!(
            content(&parse("who won the football last night?", 500)),
            ["won", "football", "last", "night"]
        );
        assert!(parse("good night bot", 500).smalltalk);
        // Degree adverbs say how exact the answer should be, not what it is about.
        assert_eq!(
            content(&parse(
                "how many customers are there altogether, roughly?",
                500
            )),
            ["customers"]
        );
        assert_eq!(content(&parse("good morning, who won?", 500)), ["won"]);
    }

    #[test]
    fn thank_is_chatter_only_when_thanking() {
        assert_eq!(
            content(&parse("Who did Kiptanui thank after the race?", 500)),
            ["kiptanui", "thank", "race"]
        );
        assert_eq!(
            content(&parse("ok thank you! who leads the mission?", 500)),
            ["leads", "mission"]
        );
        assert!(parse("thank you so much", 500).smalltalk);
    }

    #[test]
    fn verbs_and_nouns_are_told_apart_by_their_place() {
        let words_as = |pos: Pos, q: &str| -> Vec<String> {
            parse(q, 1000)
                .words
                .into_iter()
                .filter(|w| w.pos == Some(pos))
                .map(|w| w.word)
                .collect()
        };
        let verbs = |q: &str| words_as(Pos::Verb, q);
        let nouns = |q: &str| words_as(Pos::Noun, q);
        let none = Vec::<String>::new();
        assert_eq!(verbs("Who heads the mission?"), ["heads"]);
        assert_eq!(verbs("What is the head of the mission?"), none);
        assert_eq!(verbs("did they fund the research"), ["fund"]);
        assert_eq!(verbs("was the research funded by the council"), ["funded"]);
        assert_eq!(verbs("are nato troops going to fight"), ["fight"]);
        // An auxiliary that opens the question or follows its question word comes
        // before the subject.
        assert_eq!(verbs("will kids wait less"), none);
        assert_eq!(verbs("when will nato head it"), none);
        assert_eq!(verbs("so nato will head it"), ["head"]);
        assert_eq!(nouns("when does the strike start"), ["strike"]);
        assert_eq!(nouns("trains on strike again"), ["strike"]);
        assert_eq!(nouns("are they good at training"), none);
        assert_eq!(
            nouns("What is the head of the mission?"),
            ["head", "mission"]
        );
        assert_eq!(nouns("who heads it"), none);
    }

    #[test]
    fn a_name_is_no_chat_shorthand() {
        let words =
            |q: &str| -> Vec<String> { parse(q, 1000).words.into_iter().map(|w| w.word).collect() };
        assert_eq!(
            words("when was the Mil Street bridge built"),
            ["mil", "street", "bridge", "built"]
        );
        assert_eq!(words("how many PPL came"), ["people", "came"]);
    }

    #[test]
    fn add_to_is_no_reporting_verb() {
        assert!(!parse("how much time will the detour add to my drive", 1000).wants_quote);
        assert!(!parse("it will add 15 minutes, right?", 1000).wants_quote);
        assert!(parse("what did she add?", 1000).wants_quote);
        // Money claimed is no claim made.
        assert!(!parse("how much did drivers claim in pothole compensation", 1000).wants_quote);
        assert!(
            !parse(
                "how much does the council pay out per claim on average",
                1000
            )
            .wants_quote
        );
        assert!(parse("what did the firm claim about the fire", 1000).wants_quote);
        assert!(parse("What did the bee inspector tell the BBC?", 1000).wants_quote);
        assert!(!parse("what time were they told?", 1000).wants_quote);
        // Adding in, claiming responsibility, a state that is a place: no speech.
        assert!(!parse("how much did the state of Ohio add in tax credits", 1000).wants_quote);
        assert!(!parse("Who has claimed responsibility for the attack?", 1000).wants_quote);
        assert!(parse("what did the union claim", 1000).wants_quote);
        assert!(parse("what did the minister state about it", 1000).wants_quote);
        // "in her speech" says where the words were said, not what about.
        let q = parse("what did vasilescu say in her speech", 1000);
        assert!(q.wants_quote);
        assert_eq!(content(&q), ["vasilescu"]);
        // A reaction is what someone said of it.
        assert!(parse("how did the UCI react", 1000).wants_quote);
    }

    #[test]
    fn a_name_of_capitalized_words_knows_its_initials() {
        let q = parse(
            "Does NATO work with the United Nations and the European Union?",
            500,
        );
        let initials = |x: &str| {
            q.words
                .iter()
                .find(|w| w.word == x)
                .and_then(|w| w.initials.clone())
        };
        assert_eq!(initials("united").as_deref(), Some("un"));
        assert_eq!(initials("nations").as_deref(), Some("un"));
        assert_eq!(initials("union").as_deref(), Some("eu"));
        assert_eq!(initials("work"), None);
    }

    #[test]
    fn a_light_verb_counts_less() {
        let q = parse("how many ppl got hurt on the ferry", 500);
        let w = |x: &str| weight_of(&q, x);
        assert_eq!(w("got"), LIGHT_WEIGHT);
        assert_eq!(w("hurt"), 1.0);
        // "who came second": the place is what the article says ("was second").
        let q = parse("Who came second in the marathon?", 500);
        assert_eq!(weight_of(&q, "came"), LIGHT_WEIGHT);
        let q = parse("NorthAir planes... where did they go??", 500);
        assert_eq!(weight_of(&q, "go"), LIGHT_WEIGHT);
        // "when will the ban become permanent": the article says "make the ban permanent".
        let q = parse("When will the phone ban become permanent?", 500);
        assert_eq!(weight_of(&q, "become"), LIGHT_WEIGHT);
        assert!(LIGHT_VERBS.windows(2).all(|p| p[0] < p[1]));
        // "manage to", "try to": what was done is the verb after.
        let q = parse("did the drone manage to find the collie", 500);
        assert_eq!(weight_of(&q, "manage"), LIGHT_WEIGHT);
        assert_eq!(weight_of(&q, "find"), 1.0);
        let q = parse("Is anyone trying to get the two sides talking?", 500);
        assert_eq!(weight_of(&q, "trying"), LIGHT_WEIGHT);
        // Not a verb of its own: "who will manage the team".
        assert_eq!(
            weight_of(&parse("who will manage the team", 500), "manage"),
            1.0
        );
        assert!(TRYING_VERBS.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn in_the_first_place_is_no_place() {
        let q = parse("who even complained in the first place??", 500);
        assert_eq!(content(&q), ["complained"]);
        // A first place won is one.
        assert_eq!(
            content(&parse("who took first place", 500)),
            ["took", "first", "place"]
        );
    }

    #[test]
    fn asking_for_someone_beside_the_question_is_chatter() {
        let q = parse(
            "how many kids had their cards blocked? asking for my nephew",
            500,
        );
        assert_eq!(content(&q), ["kids", "cards", "blocked", "nephew"]);
        // In the question it is what is asked.
        let q = parse("what is the union asking for?", 500);
        assert_eq!(content(&q), ["union", "asking"]);
    }

    #[test]
    fn chatter_before_an_emoji_and_a_question_word_counts_less() {
        let q = parse(
            "ok my cousin in Hexham has had no power since last night 😩 when does the \
             yellow warning end",
            500,
        );
        assert_eq!(q.kind, Kind::When);
        let weight =
            |q: &Question, word: &str| q.words.iter().find(|w| w.word == word).unwrap().weight;
        let joined = parse(
            "ok my cousin in Hexham has had no power since last night when does the \
             yellow warning end",
            500,
        );
        assert_eq!(weight(&q, "cousin"), 0.5 * weight(&joined, "cousin"));
        assert_eq!(weight(&q, "warning"), 1.0);
        // With no question word and no mark, every part is the question.
        let q = parse("power cut in Hexham 😩 yellow warning", 500);
        assert!(q.words.iter().all(|w| w.weight == 1.0));
        assert_eq!(split_segments("a 😩 b"), ["a 😩", "b"]);
    }

    #[test]
    fn laughter_before_a_question_word_opens_a_question() {
        // After a question that sets no kind, a later segment with laughter and a
        // question word is the question too.
        let q = parse(
            "did u get one of those eclipse glasses?? ppl said they ran out fast lol how \
             many did they print",
            500,
        );
        assert_eq!(q.kind, Kind::HowMany);
        let q = parse("did u get one?? they ran out lol when did they open", 500);
        assert_eq!(q.kind, Kind::When);
        // Not laughter alone, nor a question word with no laughter before it.
        let q = parse("did u get one?? they ran out lol", 500);
        assert_eq!(q.kind, Kind::Other);
    }

    #[test]
    fn stand_for_asks_for_a_name() {
        assert_eq!(content(&parse("what does OPSS stand for?", 500)), ["opss"]);
        assert_eq!(content(&parse("what's RCN short for", 500)), ["rcn"]);
        assert_eq!(
            content(&parse("will they stand firm", 500)),
            ["stand", "firm"]
        );
    }

    #[test]
    fn a_possessive_is_marked() {
        let q = parse("what did Milne's agent and the nurses’ union say", 500);
        let owners = words_where(&q, |w| w.possessive);
        assert_eq!(owners, ["milne", "nurses"]);
    }

    #[test]
    fn a_question_word_with_two_letters_swapped_is_read() {
        assert_eq!(
            parse("how mnay countries were there", 500).kind,
            Kind::HowMany
        );
        assert_eq!(parse("woh leads the club", 500).kind, Kind::Who);
        assert_eq!(unswapped("hwo"), None);
        assert_eq!(parse("wehn did it start", 500).kind, Kind::When);
        assert_eq!(parse("who leads the club", 500).kind, Kind::Who);
        assert_eq!(parse("how did it start", 500).kind, Kind::Other);
        assert_eq!(unswapped("mnay"), Some("many"));
        // A vowel of many/much mistyped, after "how" only.
        assert_eq!(slipped_how_word("meny"), Some("many"));
        assert_eq!(slipped_how_word("mich"), Some("much"));
        assert_eq!(slipped_how_word("many"), None);
        assert_eq!(
            parse("how meny doses did the boy need", 500).kind,
            Kind::HowMany
        );
        assert_ne!(
            parse("what will she buy with the mony", 500).kind,
            Kind::HowMany
        );
        assert_eq!(unswapped("manny"), Some("many"));
        // A letter dropped, added or mistyped in long/often/many/much, after "how".
        assert_eq!(
            parse("how lomg has the surgery been going", 500).kind,
            Kind::HowLong
        );
        assert_eq!(slipped_how_word("lng"), Some("long"));
        assert_eq!(slipped_how_word("ofen"), Some("often"));
        assert_eq!(slipped_how_word("muchh"), Some("much"));
        assert_eq!(slipped_how_word("long"), None);
        assert_eq!(slipped_how_word("may"), None);
        assert_eq!(slipped_how_word("song"), None);
        assert_eq!(unswapped("whatt"), Some("what"));
        assert_eq!(unswapped("whoo"), Some("who"));
        assert_eq!(unswapped("hoow"), Some("how"));
        assert_eq!(unswapped("who"), None);
        assert_eq!(unswapped("woh"), Some("who"));
        assert_eq!(unswapped("hot"), None);
    }

    #[test]
    fn smalltalk() {
        for t in [
            "hi",
            "Thanks!",
            "good morning bot",
            "thank you so much 🙏",
            "thanks a lot, that helps 🙏",
            "hello there",
            "gm everyone",
            "thanks mate, that was helpful",
            "cheers mate, that's all I needed",
            "ok got it, makes sense",
            "thanks, that's what I wanted to know",
        ] {
            assert!(parse(t, 500).smalltalk, "{t}");
        }
        for t in [
            "hi, who leads the mission?",
            "what is NATO",
            "who is the gm",
            "what I needed to know is who leads",
        ] {
            assert!(!parse(t, 500).smalltalk, "{t}");
        }
    }

    #[test]
    fn quotes() {
        assert!(parse("What did Kotorova say?", 500).wants_quote);
        assert!(parse("who said that training matters", 500).wants_quote);
        assert!(!parse("who leads the mission", 500).wants_quote);
    }

    #[test]
    fn names_are_marked() {
        let q = parse("What did Jana Kotorova say about NATO?", 500);
        assert!(
            q.words
                .iter()
                .find(|w| w.word == "kotorova")
                .unwrap()
                .name_like
        );
        // All caps is shouting, not a name.
        assert!(!q.words.iter().find(|w| w.word == "nato").unwrap().name_like);
    }

    #[test]
    fn long_and_odd_input() {
        let long = "why ".repeat(50_000);
        let q = parse(&long, 500);
        assert!(q.truncated && q.text.chars().count() <= 500);
        for t in [
            "",
            "   ",
            "🙂🙂🙂",
            "\u{0}\u{1}",
            "??",
            "<b>hi</b>",
            "\u{202E}abc",
        ] {
            let q = parse(t, 500);
            assert!(q.words.len() <= 3, "{t}");
        }
        assert!(parse("", 500).words.is_empty());
    }

    #[test]
    fn segments() {
        assert_eq!(
            split_segments("hi all. U.S. troops? 3.5 km!! ok"),
            ["hi all.", "U.S. troops?", "3.5 km!!", "ok"]
        );
        assert!(split_segments("?? !!").is_empty());
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for l in [
            FILLER,
            QUOTE_WORDS,
            SMALLTALK,
            HOW_WORDS,
            KIND_NOUNS,
            ROLE_NOUNS,
            ANSWER_NOUNS,
            TELLING_REPORTING_VERBS,
            MONEY_WORDS,
            SUM_WORDS,
            WHERE_VERBS,
            YES_NO_OPENERS,
            ASKING_VERBS,
            PRICE_WORDS,
            MEASURE_WORDS,
            DETERMINERS,
            SUCCESSION_WORDS,
            NOUN_PREPOSITIONS,
            ONE_BEFORE,
            AFTER_DIGIT_PREPOSITION,
            PERSON_NOUNS,
            CAUSE_VERBS,
            GAIN_VERBS,
            ANYONE,
            TEMPERATURE_WORDS,
            DISTANCE_WORDS,
            PLACE_PREPOSITIONS,
            PERIODS,
            PLACE_NOUNS,
            LIGHT_VERBS,
            SHARE_WORDS,
            LAUGHTER,
        ] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
        }
    }

    #[test]
    fn lists_have_no_surprises() {
        for (k, v) in SHORTHAND {
            assert_ne!(k, v);
        }
        assert!(SHORTHAND.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
