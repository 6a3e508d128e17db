//! People and quotes: who is named in an article, who says each quoted sentence, what a
//! sentence opening with a pronoun refers to, and what a short one goes on about.
//!
//! Nothing here knows any article: the rules are those of English news writing, tried on
//! the seed and on fixtures with other quote styles.
//!
//! - **People** are capitalized names after a title (`Ms.`, `Major General`, `Mayor`), or
//!   untitled names with a sign that they are people: a reporting verb (`Jonas Weller said`,
//!   `said Omar bin Rashid`), an occupation before them (`doctoral student Jonas Weller`), an
//!   age or role after them (`Weller, 29,`), or a later mention by surname alone. Later
//!   mentions (`Fortin`, `Major General Fortin`) map to the same person, and so does a
//!   given name alone that is only one person's (`Ishani` for Ishani Rao, as news names
//!   children and people who share a surname).
//! - **Roles** come from the apposition after the name (`Ms. Jana Kotorova, NATO Deputy
//!   Senior Civilian in Iraq, highlighted…`), before it (`The outgoing NATO senior officer
//!   in Iraq, Brigadier General Francesco Giuliano, pointed out…`), an occupation noun before
//!   it (`the novelist Thomas O'Neill`) or `of the …` after it.
//! - **Quotes** are spans between quotation marks of three words or more; a quote left open
//!   at the end of a paragraph goes on in the next paragraph when that one opens with a
//!   quotation mark (the newspaper convention). Its speaker is the subject of a reporting
//!   verb after it (`"…," X said`, `"…," said X`, `"…," she added`), or before it in the same
//!   sentence (`X said: "…"`, `X highlighted that … "…"`), or else the speaker of the quote
//!   just before it in the paragraph. `he`/`she` resolve to the latest person named outside
//!   quotes whose gender (known from titles and earlier pronouns) does not clash.

use std::collections::HashMap;

use crate::knowledge::{Article, Person, PersonId, Sentence};
use crate::lang::Lang;

/// Finds the people of one article and fills `speaker`, `quote` and `context` of its
/// sentences (which must be that article's, in order). Person ids count from 0.
pub fn attribute(article: &Article, sentences: &mut [Sentence], lang: &Lang) -> Vec<Person> {
    let doc = Doc::new(article, sentences, lang);
    let quotes = Quotes::new(speech_units(&doc), doc.paragraphs.len());
    let mut people = find_people(&doc, &quotes);
    resolve_pronouns(&mut people);
    let speakers = speakers(&doc, &quotes, &people);
    for (unit, speaker) in quotes.units.iter().zip(&speakers) {
        // `A KCC spokesman said …. "…," he said.`: `he` is the one the article does not
        // name, not a person named before, unless the quote names its speaker.
        let named = |p: usize| {
            people.refs[people.range(unit.first).start..people.range(unit.last).end]
                .iter()
                .any(|r| r.person == Some(p) && r.pronoun.is_none() && !r.in_quote)
        };
        let speaker = speaker
            .filter(|&p| named(p) || unnamed_speaker(&doc, &quotes, &people, unit.first).is_none());
        for s in &mut sentences[unit.first..=unit.last] {
            s.quote = true;
            if s.speaker.is_none() {
                s.speaker = speaker.map(|p| p as PersonId);
            }
        }
    }
    // Names of the sentences read so far, by their last word (see `names_before`).
    let mut names_so_far: HashMap<String, String> = HashMap::new();
    // What the sentences read so far called a name of no person (see `descriptions`).
    let mut described: Vec<(String, String)> = Vec::new();
    for (i, s) in sentences.iter_mut().enumerate() {
        // The unnamed speaker first: `She added: "…"` after "A spokeswoman for
        // GreenStride said …" is hers, not some woman named earlier.
        s.context = if s.quote && s.speaker.is_none() {
            unnamed_speaker(&doc, &quotes, &people, i)
                .or_else(|| context(&doc, &quotes, &people, i))
        } else {
            context(&doc, &quotes, &people, i)
        };
        if s.speaker.is_none() && !s.quote {
            s.speaker = reporter(&doc, &quotes, &people, i).map(|p| p as PersonId);
        }
        // (Not someone's words, quoted or reported: they are about what they say.)
        if s.context.is_none() && s.speaker.is_none() && !s.quote {
            s.leans_on = leaning_on(&doc, i);
        }
        // "Asked what he would miss most, Mr. Pembury did not hesitate. "The sound of
        // leather on willow …," he said.": the words answer the question put to them.
        if s.quote && i > 0 && doc.paragraph_of(i) == doc.paragraph_of(i - 1) {
            if let Some(asked) = asked_about(&doc, i - 1) {
                s.leans_on = Some(asked.to_string());
            }
        }
        // Not in anyone's words, quoted or reported: "everyone who crosses the bridge",
        // "Ms. Chandran said the council would publish figures" are said from where the
        // speaker stands.
        // (A quote's own sentence is its speaker's words only between the quote marks:
        // "Dr. Fiona Marsh, the hospital's medical director, said: …" is the article's.
        // Not where it reports words too: "Margaret Ellery, the library manager, said
        // the envelope was opened … by a volunteer who "nearly dropped it"".)
        if (s.quote && !reports(&doc, &quotes, i)) || s.speaker.is_none() {
            s.names = names_before(&doc, &quotes, i, &names_so_far);
        }
        note_names(&doc, i, &mut names_so_far);
        // "Pennine Bulk Foods declined to comment" after "Pennine Bulk Foods, a haulage
        // firm based in Huddersfield": asked what the haulage company said, it is the
        // one.
        if !s.quote {
            let text = doc.text_of(i);
            for (name, what) in &described {
                if crate::text::contains_words(text, name) && !s.names.contains(what) {
                    s.names.push(what.clone());
                }
            }
        }
        described.extend(descriptions(&doc, i));
    }
    let mut persons = people.into_persons(article.id);
    if let Some((name, described)) = lead_description(&doc) {
        if let Some(p) = persons.iter_mut().find(|p| p.name == name) {
            p.described = Some(described);
        }
    }
    persons
}

/// How news describes a person in its first sentence before naming them in the next:
/// "A 91-year-old army veteran from Fenbridge has completed …" / "Arthur Pennington,
/// who …" gives (`Arthur Pennington`, `a 91-year-old army veteran from Fenbridge`). The
/// first sentence's subject, up to its verb, must be headed by a kind of person or an
/// age (not "A medieval gold coin found by a retired plumber …"), and the next sentence
/// must open with a name of two words or more.
fn lead_description(doc: &Doc) -> Option<(String, String)> {
    let s = doc
        .sentences
        .iter()
        .position(|&(_, _, _, heading)| !heading)?;
    let toks = &doc.tokens[s];
    if !matches!(toks.first()?.text, "A" | "An") {
        return None;
    }
    let text = doc.par_text(s);
    let end = toks.iter().position(|t| {
        let l = t.lower();
        has(VERBS, &l)
            || matches!(l.as_str(), "who" | "which" | "that" | "whose")
            || (l.len() > 4 && l.ends_with("ed"))
    })?;
    // "An eight-year-old pupil at Castlegate Primary School, known to her teachers as
    // …, has raised …": what is set off by commas only says more of the subject; the
    // description ends at the first comma.
    let end = (1..end)
        .find(|&k| text[toks[k - 1].end..toks[k].start].contains(','))
        .unwrap_or(end);
    if end < 2 {
        return None;
    }
    // The head: the last word before what qualifies it ("from Fenbridge").
    let head_end = (1..end)
        .find(|&k| matches!(toks[k].text, "from" | "in" | "of" | "at" | "with"))
        .unwrap_or(end);
    let head = &toks[head_end - 1];
    if !(is_role_noun(head.text, doc.lang) || head.text.ends_with("-year-old")) {
        return None;
    }
    let next = doc.tokens.get(s + 1)?;
    let next_text = doc.par_text(s + 1);
    let (name_end_at, words) = name_end(next_text, next, 0, false);
    if words < 2 || name_end_at != words {
        return None;
    }
    let name = squash(&next_text[next[0].start..next[name_end_at - 1].end]);
    Some((name, clean_role(&text[toks[0].start..toks[end - 1].end])))
}

// ---------------------------------------------------------------------------------------
// Words of English used by the rules (language data, not article data).

/// Titles that may stand right before a name. Abbreviations match with a full stop
/// (`Gen.`), or without one for the British `Mr`, `Mrs`, `Ms`, `Dr`, `Prof` and police
/// ranks (`PC`, `DC`, `DS`, `DI`, `DCI`: constables, sergeants, inspectors).
#[rustfmt::skip]
const TITLE_HEADS: &[&str] = &[
    "Adm", "Admiral", "Ambassador", "Archbishop", "Bishop", "Brig", "Brigadier", "Capt", "Captain",
    "Cardinal", "Chancellor", "Chairman", "Chairwoman", "Chief", "Cllr", "Cmdr", "Col", "Colonel",
    "Commander", "Commissioner", "Congressman", "Congresswoman", "Corporal", "Councillor", "Cpl",
    "DC", "DCI", "DI", "DS", "Dame", "Det", "Detective", "Dr", "Duchess", "Duke", "Emperor",
    "Father", "Gen", "General", "Gov", "Governor", "Imam", "Insp", "Inspector", "Judge", "Justice",
    "King", "Lady", "Lord", "Lieutenant", "Lt", "Maj", "Major", "Marshal", "Mayor", "Minister",
    "Miss", "Mr", "Mrs", "Ms", "Mx", "PC", "PCSO", "Pastor", "Pope", "Premier", "Pres", "President",
    "Prince", "Princess", "Prof", "Professor", "Pte", "Queen", "Rabbi", "Rep", "Representative",
    "Rev", "Reverend", "Sen", "Senator", "Sergeant", "Sgt", "Sheikh", "Sheriff", "Sir", "Secretary",
    "Secretary-General", "Sister", "Speaker", "Superintendent", "Supt",
];

/// The legal forms that end a company's name (`Kerrigan Grounds Ltd`, `Brennock PLC`), as
/// capitalized words of the name.
#[rustfmt::skip]
const COMPANY_FORMS: &[&str] = &[
    "Corp", "Corporation", "GmbH", "Inc", "LLC", "LLP", "Limited", "Ltd", "PLC", "Plc",
];

/// True when `word` (any case) is a company's legal form ending its name (`Ltd`, `PLC`).
pub(crate) fn is_legal_form(word: &str) -> bool {
    COMPANY_FORMS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Words that only modify a title that follows (`Deputy Prime Minister`, `Rear Admiral`).
#[rustfmt::skip]
const TITLE_MODIFIERS: &[&str] = &[
    "Acting", "Air", "Assistant", "Associate", "Attorney", "Brig", "Brigadier", "Chief", "Crown",
    "Defence", "Defense", "Deputy", "Education", "Field", "Finance", "First", "Foreign", "Former",
    "Grand", "Health", "High", "Interior", "Justice", "Lance", "Lieutenant", "Lt", "Maj", "Major",
    "Prime", "Rear", "Secretary", "Senior", "Staff", "State", "Supreme", "Vice",
];

/// Titles that tell a person's gender, for resolving `he` and `she`.
#[rustfmt::skip]
const FEMALE_TITLES: &[&str] = &[
    "Congresswoman", "Chairwoman", "Dame", "Duchess", "Lady", "Miss", "Mrs", "Ms", "Princess",
    "Queen", "Sister",
];
#[rustfmt::skip]
const MALE_TITLES: &[&str] = &[
    "Chairman", "Congressman", "Duke", "Father", "King", "Lord", "Mr", "Prince", "Sir",
];

/// Lowercase words inside names: `Jamil al Shimari`, `Ludwig van der Berg`.
const PARTICLES: &[&str] = &[
    "abu", "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
    "el", "ibn", "la", "le", "ter", "van", "von", "y", "zu",
];

/// Capitalized words that are never part of a person's name: function words (capitalized
/// at a sentence start), calendar words, and the nouns of place and organisation names.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "a", "about", "academy", "according", "act", "after", "against", "agency", "agreement",
    "airlines", "airport", "all", "alliance", "allies", "also", "although", "an", "and",
    "another", "april", "army", "as", "assembly", "association", "at", "august", "authority",
    "avenue", "award", "bank", "barrier", "bay", "because", "before", "board", "both", "bridge",
    "but", "by", "cabinet", "canal", "cathedral", "center", "central", "centre", "church",
    "city", "clinic", "club", "coalition", "coast", "college", "commission", "committee",
    "company", "congress", "constabulary", "corporation", "council", "county", "court", "cup",
    "day", "december", "defence", "defense", "department", "despite", "district", "division",
    "during", "each", "earlier", "east", "eastern", "embassy", "energy", "estuary", "even",
    "every", "exchange", "february", "federal", "festival", "for", "force", "forces",
    "foundation", "friday", "from", "fund", "games", "global", "government", "group", "gulf",
    "hall", "harbor", "harbour", "he", "health", "her", "here", "his", "holdings", "hospital",
    "hotel", "house", "how", "however", "hydraulics", "i", "if", "in", "inn", "institute",
    "international", "into", "island", "islands", "it", "its", "january", "journal", "july",
    "june", "kingdom", "lake", "last", "later", "law", "league", "letters", "library", "lower",
    "march", "market", "materials", "may", "meanwhile", "media", "ministry", "mission",
    "monday", "more", "most", "motors", "mount", "museum", "my", "national", "nations", "navy",
    "network", "new", "news", "next", "no", "north", "northern", "not", "november", "now",
    "october", "of", "office", "on", "one", "only", "or", "organisation", "organization", "our",
    "park", "parliament", "partners", "party", "pier", "plan", "police", "port", "post",
    "press", "prize", "program", "programme", "project", "province", "radio", "railway",
    "region", "regional", "report", "republic", "river", "road", "saturday", "school", "sea",
    "security", "senate", "september", "service", "services", "she", "since", "so", "society",
    "some", "south", "southern", "square", "stadium", "state", "states", "station", "still",
    "storage", "street", "summit", "sunday", "systems", "team", "terminal", "that", "the",
    "their", "then", "there", "these", "they", "this", "those", "thursday", "times", "to",
    "today", "town", "treaty", "trust", "tuesday", "under", "union", "university", "until",
    "upper", "valley", "village", "water", "we", "wednesday", "week", "west", "western", "what",
    "when", "where", "which", "while", "who", "why", "with", "workers", "yesterday", "yet",
    "you", "your",
];

/// Verbs that report speech. A quote's speaker is the subject of one of these; a sentence
/// with one reports what someone said. Sorted: looked up by binary search.
#[rustfmt::skip]
const REPORTING_VERBS: &[&str] = &[
    "according", "acknowledged", "add", "added", "adding", "adds", "admitted", "affirmed",
    "agreed", "announced", "answered", "argued", "argues", "arguing", "asked", "asks", "asserted",
    "assured", "blamed", "called", "calling", "calls", "cautioned", "cautions", "claimed",
    "claims", "commented", "conceded", "concluded", "confirmed", "congratulated", "continued",
    "criticised", "criticized", "declared", "described", "describing", "emphasised", "emphasized",
    "explained", "explains", "expressed", "highlighted", "highlights", "insisted", "insisting",
    "insists", "joked", "maintained", "mentioned", "noted", "notes", "noting", "observed",
    "pledged", "pointed", "points", "praised", "praising", "predicted", "promised", "recalled",
    "recalls", "reiterated", "remarked", "replied", "said", "say", "saying", "says", "shouted",
    "stated", "states", "stressed", "stresses", "suggested", "tell", "telling", "tells", "thinks",
    "told", "tweeted", "underlined", "underscored", "urged", "urging", "vowed", "warned", "warns",
    "welcomed", "writes", "wrote",
];

/// Occupation nouns: before a name they mark it as a person (`the novelist Thomas O'Neill`),
/// and in an apposition they make it a role. Words ending in `-ist` count too.
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "academic", "actor", "actress", "adviser", "advisor", "aide", "ambassador", "analyst",
    "apprentice", "architect", "artist", "assistant", "athlete", "attorney", "author", "baker",
    "banker", "barrister", "boss", "builder", "butcher", "campaigner", "candidate", "captain",
    "carpenter", "cashier", "ceo", "chair", "chairman", "chairwoman", "chef", "chief", "citizen",
    "civilian", "clerk", "climber", "coach", "colleague", "commander", "commissioner", "commuter",
    "composer", "consultant", "coordinator", "councillor", "curator", "customer", "dancer",
    "daughter", "dean", "deputy", "designer", "detective", "developer", "diplomat", "director",
    "doctor", "driver", "editor", "employee", "employer", "engineer", "entrepreneur", "envoy",
    "executive", "expert", "farmer", "father", "firefighter", "fisherman", "founder", "friend",
    "governor", "guard", "guide", "head", "headmaster", "headmistress", "headteacher", "historian",
    "homeowner", "husband", "inspector", "intern", "investigator", "journalist", "judge",
    "landlord", "lawmaker", "lawyer", "leader", "lecturer", "legislator", "manager", "mayor",
    "mechanic", "member", "mep", "midwife", "miner", "minister", "mother", "mp", "musician",
    "neighbor", "neighbour", "nurse", "officer", "official", "organiser", "organizer", "owner",
    "paramedic", "parent", "partner", "passenger", "patient", "pensioner", "physician", "pilot",
    "player", "plumber", "poet", "president", "priest", "principal", "professor", "prosecutor",
    "protester", "ranger", "rector", "reporter", "representative", "researcher", "resident",
    "runner", "scholar", "sculptor", "secretary", "senator", "sergeant", "shopkeeper", "shopper",
    "singer", "sister", "skier", "soldier", "solicitor", "son", "specialist", "spokesman",
    "spokesperson", "spokeswoman", "staffer", "student", "surgeon", "survivor", "swimmer", "tailor",
    "teacher", "tenant", "trader", "trainee", "veteran", "victim", "visitor", "volunteer", "waiter",
    "waitress", "wife", "witness", "worker", "writer",
];

/// Abbreviated titles and the words they stand for (lowercase), sorted.
const TITLE_WORDS: &[(&str, &str)] = &[
    ("adm", "admiral"),
    ("brig", "brigadier"),
    ("capt", "captain"),
    ("cllr", "councillor"),
    ("cmdr", "commander"),
    ("col", "colonel"),
    ("det", "detective"),
    ("gen", "general"),
    ("gov", "governor"),
    ("insp", "inspector"),
    ("lt", "lieutenant"),
    ("maj", "major"),
    ("pc", "constable"),
    ("pres", "president"),
    ("prof", "professor"),
    ("rep", "representative"),
    ("rev", "reverend"),
    ("sen", "senator"),
    ("sgt", "sergeant"),
    ("supt", "superintendent"),
];

/// The word an abbreviated title stands for: `gov` → `governor` (lowercase in and out).
pub fn title_word(abbreviation: &str) -> Option<&'static str> {
    TITLE_WORDS
        .binary_search_by_key(&abbreviation, |(a, _)| a)
        .ok()
        .map(|i| TITLE_WORDS[i].1)
}

/// Nouns that end an organisation's name in `of the …` after a name.
#[rustfmt::skip]
const ORG_NOUNS: &[&str] = &[
    "agency", "airline", "army", "association", "authority", "bakery", "bank", "board",
    "brewery", "broadcaster", "business", "carrier", "centre", "center", "chain", "charity",
    "club", "college", "commission", "committee", "company", "council", "court", "department",
    "factory", "farm", "firm", "force", "forces", "foundation", "government", "group",
    "hospital", "institute", "insurer", "laboratory", "lender", "manufacturer", "ministry",
    "navy", "network", "newspaper", "office", "operator", "organisation", "organization",
    "party", "police", "publisher", "retailer", "school", "service", "shop", "society", "store",
    "supplier", "team", "trust", "union", "university", "utility",
];

/// Words that end a subject noun phrase: auxiliaries, common verbs and irregular past
/// tenses (regular ones end in `-ed`, which the rule catches).
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "aims", "are", "ate", "be", "beat", "became", "becomes", "been", "began", "begins", "being",
    "bought", "brings", "brought", "built", "came", "can", "caught", "chose", "comes", "consists",
    "continues", "cost", "costs", "could", "did", "do", "does", "drew", "drove", "expects", "fell",
    "felt", "fled", "flew", "forgot", "fought", "found", "froze", "gave", "gives", "goes", "got",
    "grew", "had", "has", "have", "heard", "held", "helps", "hid", "hopes", "includes", "is",
    "keeps", "kept", "knew", "leads", "led", "lost", "made", "makes", "may", "means", "meant",
    "met", "might", "must", "needs", "now", "offers", "opened", "opens", "paid", "plans",
    "provides", "ran", "rang", "remains", "rode", "rose", "runs", "sank", "saw", "seems", "shall",
    "should", "shows", "sold", "sought", "spent", "spoke", "stays", "stood", "struck", "swore",
    "takes", "taught", "thought", "threw", "took", "understood", "uses", "wants", "was", "went",
    "were", "will", "woke", "won", "wore", "would", "wrote",
];

/// Words that close a role phrase read backwards from a name (`…led by the city's chief
/// architect, Dr. …` stops at `by`).
const ROLE_STOPS: &[&str] = &[
    "and", "as", "by", "for", "from", "than", "that", "to", "who", "which", "with",
];

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this",
];

fn has(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

fn lower_has(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn is_role_noun(word: &str, lang: &Lang) -> bool {
    // `co-ordinator`, `vice-chair`: the lexicon writes such words whole.
    let lower = word.to_lowercase().replace('-', "");
    let w = lower
        .strip_suffix('s')
        .filter(|_| lower.len() > 4)
        .unwrap_or(&lower);
    has(ROLE_NOUNS, w)
        // `chemist`, `novelist`; `physician`, `librarian`.
        || (w.len() > 5
            && w.ends_with("ist")
            && !["assist", "exist", "insist", "persist", "resist"].contains(&w))
        || (w.len() > 6 && (w.ends_with("ician") || w.ends_with("arian") || w.ends_with("orian")))
        // Any kind of person the lexicon knows: `signalman`, `vet`, `trustee`.
        || lang.is_person_word(w)
        || (w.len() < lower.len() && lang.is_person_word(&lower))
}

/// An acronym (`MP`, `CEO`, `NATO`): capitals wherever it stands in a sentence, so its
/// capital says nothing about a sentence start or a name. (Not `text::is_acronym`, the
/// dotted lowercase form `u.s.` of the tokenizer.)
fn is_all_capitals(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// True for a verb that reports speech (`said`, `warned`, `according`), lowercase.
pub fn is_reporting_verb(word: &str) -> bool {
    REPORTING_VERBS.binary_search(&word).is_ok()
}

// ---------------------------------------------------------------------------------------
// Tokens.

/// One word of a sentence, with byte offsets into its paragraph's text.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    /// The word without a trailing full stop (`Ms`, `U.S`, `Iraq’s`).
    text: &'a str,
    start: usize,
    /// End of the word, before any full stop.
    end: usize,
    /// A full stop follows directly.
    dot: bool,
}

impl<'a> Tok<'a> {
    /// End including the full stop.
    fn end_dot(&self) -> usize {
        self.end + usize::from(self.dot)
    }

    /// The word without a possessive `’s`.
    fn base(&self) -> &'a str {
        for suffix in ["’s", "'s", "’", "'"] {
            if let Some(b) = self.text.strip_suffix(suffix) {
                if !b.is_empty() {
                    return b;
                }
            }
        }
        self.text
    }

    fn possessive(&self) -> bool {
        self.base().len() != self.text.len()
    }

    /// Written as an owner: `Halvern's`, or a plural's apostrophe after it (`Fairways'`),
    /// which is no part of the token.
    fn owns(&self, text: &str) -> bool {
        self.possessive() || text[self.end..].starts_with(['\'', '’'])
    }

    fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.')
}

/// Words of `text[from..to]` (offsets are into `text`).
fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    let slice = &text[from..to];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if is_joiner(c) && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric()) {
                j += 2;
            } else {
                break;
            }
        }
        let s = from + chars[start].0;
        let e = from + chars.get(j).map_or(slice.len(), |&(b, _)| b);
        let dot = chars.get(j).is_some_and(|&(_, c)| c == '.');
        out.push(Tok {
            text: &text[s..e],
            start: s,
            end: e,
            dot,
        });
        i = j;
    }
    out
}

/// True when only spaces separate two tokens (a full stop of the first aside).
fn tight(text: &str, a: &Tok, b: &Tok) -> bool {
    text.get(a.end_dot()..b.start)
        .is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace))
}

fn is_initial(t: &Tok) -> bool {
    t.dot
        && t.text.split('.').all(|p| {
            let mut c = p.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        })
}

/// A capitalized word that can be part of a person's name.
fn is_name_word(t: &Tok) -> bool {
    let b = t.base();
    let mut chars = b.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && b.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !b.chars().any(|c| c.is_ascii_digit())
        // An acronym (`NATO`, `ISIS`) is an organisation, not a name.
        && !is_all_capitals(b)
        && !is_lower_compound(b)
        && !lower_has(NOT_NAMES, b)
        && !has(TITLE_HEADS, b)
        && !has(TITLE_MODIFIERS, b)
}

/// `Nine-year-old`, `Award-winning`: a compound capitalized only for the start of a
/// sentence, no name's (a name's parts are all capitalized: `Smith-Jones`).
fn is_lower_compound(word: &str) -> bool {
    word.split('-')
        .skip(1)
        .any(|part| part.starts_with(char::is_lowercase))
}

fn is_particle(t: &Tok) -> bool {
    !t.dot && has(PARTICLES, &t.lower())
}

// ---------------------------------------------------------------------------------------
// The article as sentences of tokens.

struct Doc<'a> {
    /// Paragraph texts.
    paragraphs: Vec<&'a str>,
    /// Per sentence: paragraph index, byte range, heading.
    sentences: Vec<(usize, usize, usize, bool)>,
    /// Per sentence: its tokens.
    tokens: Vec<Vec<Tok<'a>>>,
    /// Per paragraph: its sentences, in order.
    par_sents: Vec<Vec<usize>>,
    /// Per paragraph: a heading (or a paragraph without sentences).
    par_heading: Vec<bool>,
    /// The lexicon's kinds of person (`signalman`, `vet`): what a role is headed by.
    lang: &'a Lang,
}

impl<'a> Doc<'a> {
    fn new(article: &'a Article, sentences: &[Sentence], lang: &'a Lang) -> Doc<'a> {
        let paragraphs: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
        let mut info = Vec::new();
        let mut tokens = Vec::new();
        for s in sentences {
            let p = s.paragraph as usize;
            let Some(text) = paragraphs
                .get(p)
                .filter(|t| s.start <= s.end && s.end <= t.len())
            else {
                info.push((usize::MAX, 0, 0, true));
                tokens.push(Vec::new());
                continue;
            };
            info.push((p, s.start, s.end, s.heading));
            tokens.push(
                if text.is_char_boundary(s.start) && text.is_char_boundary(s.end) {
                    tokenize(text, s.start, s.end)
                } else {
                    Vec::new()
                },
            );
        }
        let mut par_sents = vec![Vec::new(); paragraphs.len()];
        let mut par_heading = vec![true; paragraphs.len()];
        for (i, &(p, _, _, heading)) in info.iter().enumerate() {
            if let Some(list) = par_sents.get_mut(p) {
                list.push(i);
                par_heading[p] = heading;
            }
        }
        Doc {
            paragraphs,
            sentences: info,
            tokens,
            par_sents,
            par_heading,
            lang,
        }
    }

    fn paragraph_of(&self, s: usize) -> usize {
        self.sentences[s].0
    }

    fn text_of(&self, s: usize) -> &'a str {
        let (p, a, b, _) = self.sentences[s];
        self.paragraphs.get(p).map_or("", |t| &t[a..b])
    }

    fn par_text(&self, s: usize) -> &'a str {
        self.paragraphs
            .get(self.paragraph_of(s))
            .copied()
            .unwrap_or("")
    }

    /// The sentence of paragraph `p` holding byte `b` (or the first one after it).
    fn sentence_at(&self, p: usize, b: usize) -> Option<usize> {
        let list = self.par_sents.get(p)?;
        let k = list.partition_point(|&i| self.sentences[i].1 <= b);
        list.get(k.saturating_sub(1)).copied()
    }
}

// ---------------------------------------------------------------------------------------
// Quotations.

/// One quotation: quoted spans, possibly over several sentences and paragraphs.
#[derive(Debug)]
struct Unit {
    /// (paragraph, start byte, end byte) of each quoted span, opening mark to closing mark.
    spans: Vec<(usize, usize, usize)>,
    /// First and last sentence it touches.
    first: usize,
    last: usize,
}

/// Quoted spans of one paragraph: (start, end, closed).
pub(crate) fn quote_spans(text: &str) -> Vec<(usize, usize, bool)> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (b, c) in text.char_indices() {
        match c {
            '“' | '«' | '„' => {
                open.get_or_insert(b);
            }
            '”' | '»' => {
                if let Some(s) = open.take() {
                    spans.push((s, b + c.len_utf8(), true));
                }
            }
            '"' => match open.take() {
                Some(s) => spans.push((s, b + 1, true)),
                None => open = Some(b),
            },
            _ => {}
        }
    }
    if let Some(s) = open {
        spans.push((s, text.len(), false));
    }
    spans
}

/// The quotations of the article that are speech (three words or more, or any after a
/// colon: `She added: "Call 101."`; shorter ones are names or scare quotes), in order.
fn speech_units(doc: &Doc) -> Vec<Unit> {
    let mut raw: Vec<Vec<(usize, usize, usize)>> = Vec::new();
    // A quotation left open at the end of the previous paragraph.
    let mut carry: Option<Vec<(usize, usize, usize)>> = None;
    let heading = |p: usize| doc.par_heading[p];
    for (p, text) in doc.paragraphs.iter().enumerate() {
        if heading(p) {
            raw.extend(carry.take());
            continue;
        }
        for (k, (s, e, closed)) in quote_spans(text).into_iter().enumerate() {
            let mut unit = match carry.take() {
                Some(mut c) if k == 0 && text[..s].trim().is_empty() => {
                    c.push((p, s, e));
                    c
                }
                other => {
                    raw.extend(other);
                    vec![(p, s, e)]
                }
            };
            if closed {
                raw.push(std::mem::take(&mut unit));
            } else {
                carry = Some(unit);
            }
        }
        // A paragraph without quotes ends a quotation carried into it.
        if let Some(c) = &carry {
            if c.last().is_some_and(|&(cp, _, _)| cp != p) {
                raw.extend(carry.take());
            }
        }
    }
    raw.extend(carry);
    raw.into_iter()
        .filter(|spans| {
            let words: usize = spans
                .iter()
                .map(|&(p, s, e)| doc.paragraphs[p][s..e].split_whitespace().count())
                .sum();
            let introduced = spans
                .first()
                .is_some_and(|&(p, s, _)| doc.paragraphs[p][..s].trim_end().ends_with(':'));
            (words >= 3 && !quoted_name(doc, spans)) || (words > 0 && introduced)
        })
        .filter_map(|spans| {
            let &(p0, s0, _) = spans.first()?;
            let &(p1, _, e1) = spans.last()?;
            let first = doc.sentence_at(p0, s0)?;
            let last = doc.sentence_at(p1, e1.saturating_sub(1))?;
            Some(Unit {
                spans,
                first,
                last: last.max(first),
            })
        })
        .collect()
}

/// True when a quotation is a name in quotation marks, not anyone's words: one short
/// span of title-case words ("The \"Library of Things\", which opened on Monday, …").
fn quoted_name(doc: &Doc, spans: &[(usize, usize, usize)]) -> bool {
    let [(p, s, e)] = spans else {
        return false;
    };
    // (A comma or full stop inside the marks is speech: "It's all in here," she said.)
    let inner = doc.paragraphs[*p][*s..*e]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’'));
    let words: Vec<&str> = inner.split_whitespace().collect();
    let title_case = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    words.len() <= 6
        && !inner.contains(['.', ',', '!', '?', ';', ':'])
        && words.iter().filter(|w| title_case(w)).count() * 2 > words.len()
        && words
            .iter()
            .all(|w| title_case(w) || crate::text::is_function_word(w))
}

/// The speech units with an index of their spans by paragraph, so that "is this byte
/// quoted?" is a binary search (a 5 MB article has tens of thousands of quotes).
struct Quotes {
    units: Vec<Unit>,
    /// Per paragraph: (start, end, unit) of each span, sorted by start.
    by_par: Vec<Vec<(usize, usize, usize)>>,
}

impl Quotes {
    fn new(units: Vec<Unit>, paragraphs: usize) -> Quotes {
        let mut by_par = vec![Vec::new(); paragraphs];
        for (u, unit) in units.iter().enumerate() {
            for &(p, s, e) in &unit.spans {
                if let Some(list) = by_par.get_mut(p) {
                    list.push((s, e, u));
                }
            }
        }
        for list in &mut by_par {
            list.sort_unstable();
        }
        Quotes { units, by_par }
    }

    /// The unit quoting byte `b` of paragraph `p`.
    fn unit_at(&self, p: usize, b: usize) -> Option<usize> {
        let list = self.by_par.get(p)?;
        let k = list.partition_point(|s| s.0 <= b);
        let &(_, e, u) = list.get(k.checked_sub(1)?)?;
        (b < e).then_some(u)
    }

    fn contains(&self, p: usize, b: usize) -> bool {
        self.unit_at(p, b).is_some()
    }

    /// The unit quoting the first quoted byte of `start..end` in paragraph `p`: the one
    /// quoting `start`, or else the first to open before `end`.
    fn first_in(&self, p: usize, start: usize, end: usize) -> Option<usize> {
        self.unit_at(p, start).or_else(|| {
            self.next_start(p, start)
                .filter(|&b| b < end)
                .and_then(|b| self.unit_at(p, b))
        })
    }

    /// The start of the first quote of paragraph `p` at or after byte `from`.
    fn next_start(&self, p: usize, from: usize) -> Option<usize> {
        let list = self.by_par.get(p)?;
        let k = list.partition_point(|s| s.0 < from);
        list.get(k).map(|s| s.0)
    }
}

// ---------------------------------------------------------------------------------------
// People.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// A person being collected.
#[derive(Debug, Default)]
struct Who {
    /// Name words, without title: `["Jamil", "al", "Shimari"]`.
    words: Vec<String>,
    title: Option<String>,
    role: Option<String>,
    gender: Option<Gender>,
    /// Forms the article uses (`Major General Fortin`).
    forms: Vec<String>,
    /// The name the article also calls them by (`Peggy`), given as a nickname.
    nickname: Option<String>,
}

impl Who {
    fn name(&self) -> String {
        self.words.join(" ")
    }

    /// `al Shimari`, `van der Berg`, `Fortin`: from the first particle after the given
    /// name, else the last word.
    fn surname(&self) -> String {
        let from = self
            .words
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, w)| has(PARTICLES, &w.to_lowercase()))
            .map_or(self.words.len().saturating_sub(1), |(i, _)| i);
        self.words[from..].join(" ")
    }

    fn last(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    fn compatible(&self, g: Option<Gender>) -> bool {
        g.is_none() || self.gender.is_none() || self.gender == g
    }
}

/// Where a person (or a pronoun standing for one) is in the text.
#[derive(Debug, Clone, Copy)]
struct Ref {
    sentence: usize,
    start: usize,
    person: Option<usize>,
    /// For `he`/`she`: the pronoun's gender (the person is filled once resolved).
    pronoun: Option<Gender>,
    /// Inside a quotation: a name there is a person, but not the speaker nor a pronoun's
    /// antecedent.
    in_quote: bool,
    /// A possessive (`Pellow's barrister`): it qualifies the noun after it, so it is not
    /// the subject of the sentence's verb.
    possessive: bool,
}

#[derive(Debug, Default)]
struct People {
    who: Vec<Who>,
    /// Every mention and subject pronoun, in text order.
    refs: Vec<Ref>,
    /// Per person: when they were last mentioned (a surname alone means the latest
    /// person of that name).
    stamp: Vec<usize>,
    clock: usize,
    /// People by the lowercase last word of their name: a mention can only name a person
    /// with the same last word, and this keeps lookups fast in huge articles.
    by_last: std::collections::HashMap<String, Vec<usize>>,
    /// People by the lowercase first word of their name (for [`People::find_given`]).
    by_first: std::collections::HashMap<String, Vec<usize>>,
}

impl People {
    fn into_persons(self, article: u32) -> Vec<Person> {
        self.who
            .into_iter()
            .enumerate()
            .map(|(i, w)| {
                let name = w.name();
                let surname = w.surname();
                let mut variants = vec![name.clone(), surname.clone()];
                if surname.contains(' ') {
                    variants.push(w.last().to_string());
                }
                if let Some(t) = &w.title {
                    variants.push(format!("{t} {surname}"));
                    variants.push(format!("{t} {name}"));
                }
                if let Some(n) = &w.nickname {
                    variants.push(n.clone());
                    variants.push(format!("{n} {surname}"));
                }
                variants.extend(w.forms.iter().cloned());
                let mut seen = std::collections::HashSet::new();
                variants.retain(|v| !v.is_empty() && seen.insert(v.to_lowercase()));
                Person {
                    id: i as u32,
                    article,
                    name,
                    title: w.title,
                    role: w.role,
                    described: None,
                    variants,
                }
            })
            .collect()
    }

    /// The person a mention with `words` (and `title`) names: an earlier person whose name
    /// ends like it or which it ends like (`Fortin` ~ `Dany Fortin`), most recent first.
    fn find(&self, words: &[String], title: Option<&str>) -> Option<usize> {
        let gender = title.and_then(title_gender);
        let eq = |a: &[String], b: &[String]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
        };
        let ends = |long: &[String], short: &[String]| {
            long.len() >= short.len() && eq(&long[long.len() - short.len()..], short)
        };
        let last = words.last()?.to_lowercase();
        self.by_last
            .get(&last)?
            .iter()
            .copied()
            .filter(|&p| {
                let w = &self.who[p];
                (eq(&w.words, words) || ends(&w.words, words) || ends(words, &w.words))
                    && w.compatible(gender)
            })
            // `Mrs. Aldous` after `Her father, Peter Aldous`: of a family sharing the
            // surname, the one the article gave that title to, then the latest named.
            .max_by_key(|&p| {
                let same_title = title.is_some_and(|t| {
                    self.who[p]
                        .title
                        .as_deref()
                        .is_some_and(|own| own.trim_end_matches('.') == t.trim_end_matches('.'))
                });
                (same_title, self.stamp[p])
            })
    }

    /// The one person whose given name is `word` (`Ishani` for Ishani Rao): news calls
    /// children, and people who share a surname with another, by their first name.
    fn find_given(&self, word: &str) -> Option<usize> {
        let mut found = self
            .by_first
            .get(&word.to_lowercase())?
            .iter()
            .copied()
            .filter(|&p| {
                let who = &self.who[p];
                let w = &who.words;
                (w.len() >= 2 && w[0].eq_ignore_ascii_case(word))
                    || who
                        .nickname
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(word))
            });
        match (found.next(), found.next()) {
            (Some(p), None) => Some(p),
            _ => None,
        }
    }

    /// The refs of sentence `s` (refs are in sentence order).
    fn range(&self, s: usize) -> std::ops::Range<usize> {
        let a = self.refs.partition_point(|r| r.sentence < s);
        let b = self.refs.partition_point(|r| r.sentence <= s);
        a..b
    }

    fn touch(&mut self, id: usize) {
        self.clock += 1;
        self.stamp[id] = self.clock;
    }

    fn add_mention(&mut self, m: &Mention, sentence: usize, in_quote: bool, lang: &Lang) -> usize {
        let id = match self.find(&m.words, m.title.as_deref()) {
            Some(id) => {
                let w = &mut self.who[id];
                if m.words.len() > w.words.len() {
                    w.words = m.words.clone();
                }
                id
            }
            None => {
                let id = self.who.len();
                self.who.push(Who {
                    words: m.words.clone(),
                    ..Who::default()
                });
                self.stamp.push(0);
                let last = m.words.last().map_or(String::new(), |w| w.to_lowercase());
                self.by_last.entry(last).or_default().push(id);
                id
            }
        };
        // Found by the given name alone (`Ishani said`), or by the nickname (`Peggy`).
        let given = (m.words.len() >= 2).then(|| &m.words[0]);
        for first in given.into_iter().chain(&m.nickname) {
            let ids = self.by_first.entry(first.to_lowercase()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let w = &mut self.who[id];
        if let Some(nick) = &m.nickname {
            w.nickname.get_or_insert_with(|| nick.clone());
        }
        if w.title.is_none() {
            w.title = m.title.clone();
        }
        if w.role.is_none() {
            w.role = m.role.clone();
        }
        // A title tells a person's sex; without one, a given name may ("Beth Lowry said
        // … He finished at the signpost": the "he" is not Beth).
        if w.gender.is_none() {
            w.gender = m.title.as_deref().and_then(title_gender).or_else(|| {
                let given = (w.words.len() >= 2).then(|| &w.words[0])?;
                lang.given_name_female(given).map(|female| {
                    if female {
                        Gender::Female
                    } else {
                        Gender::Male
                    }
                })
            });
        }
        if !w.forms.contains(&m.form) {
            w.forms.push(m.form.clone());
        }
        self.touch(id);
        self.refs.push(Ref {
            sentence,
            start: m.start,
            person: Some(id),
            pronoun: None,
            in_quote,
            possessive: m.possessive,
        });
        id
    }
}

fn title_gender(title: &str) -> Option<Gender> {
    let first = title
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    if has(FEMALE_TITLES, first) {
        Some(Gender::Female)
    } else if has(MALE_TITLES, first) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A name found in a sentence.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    title: Option<String>,
    words: Vec<String>,
    role: Option<String>,
    /// The surface form: `Major General Fortin`.
    form: String,
    /// Written in the possessive (`Fortin's`).
    possessive: bool,
    /// A nickname in quotes inside the name: `Peggy` in `Margaret “Peggy” Aldous`.
    nickname: Option<String>,
}

/// Collapses runs of whitespace (the seed has no-break spaces in odd places).
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The end (exclusive) of a name starting at token `k`, and how many capitalized name
/// words it has. Initials and inner particles are part of it.
fn name_end(text: &str, toks: &[Tok], k: usize, particle_first: bool) -> (usize, usize) {
    let mut j = k;
    let mut words = 0;
    while j < toks.len() && j - k < 6 {
        let nickname = j > k && is_nickname(text, toks, j);
        // A nickname's quote marks stand between it and the words either side.
        let joined = j == k
            || nickname
            || tight(text, &toks[j - 1], &toks[j])
            || (j > k + 1 && is_nickname(text, toks, j - 1));
        if !joined {
            break;
        }
        if nickname {
            j += 1;
            continue;
        }
        let t = &toks[j];
        let next_is_name = toks.get(j + 1).is_some_and(|n| {
            tight(text, t, n) && (is_name_word(n) || is_particle(n) || is_initial(n))
        });
        let initial = is_initial(t) && (j > k || next_is_name);
        let particle = is_particle(t) && (j > k || particle_first) && next_is_name;
        if initial || particle {
            j += 1;
        } else if is_name_word(t) {
            words += 1;
            j += 1;
            if t.possessive() {
                break;
            }
        } else {
            break;
        }
    }
    // A name ends on a word, not on a particle or an initial.
    while j > k && (is_particle(&toks[j - 1]) || is_initial(&toks[j - 1])) {
        j -= 1;
    }
    (j, words)
}

/// True when token `j` is a nickname in quotes between two words of a name (`Margaret
/// “Peggy” Aldous`, `Robert "Bob" Hale`): a name word with a space and an opening quote
/// mark before it, a closing one and a space after it, and a name word next.
fn is_nickname(text: &str, toks: &[Tok], j: usize) -> bool {
    let (Some(before), Some(t), Some(after)) = (
        j.checked_sub(1).and_then(|b| toks.get(b)),
        toks.get(j),
        toks.get(j + 1),
    ) else {
        return false;
    };
    let quoted = |gap: Option<&str>, marks: &[char], opening: bool| {
        gap.is_some_and(|g| {
            let mark = if opening {
                g.trim_start()
            } else {
                g.trim_end()
            };
            mark.chars().count() == 1
                && mark.starts_with(marks)
                && g.len() > mark.len()
                && g.chars().filter(|c| c.is_whitespace()).count() == g.chars().count() - 1
        })
    };
    is_name_word(before)
        && is_name_word(t)
        && is_name_word(after)
        && !t.possessive()
        && quoted(text.get(before.end..t.start), &['“', '"', '‘', '\''], true)
        && quoted(text.get(t.end..after.start), &['”', '"', '’', '\''], false)
}

/// A title starting at token `i`: (index of the first name token).
fn title_at(text: &str, toks: &[Tok], i: usize, lang: &Lang) -> Option<usize> {
    let mut heads = Vec::new();
    let mut j = i;
    while j < toks.len() && j - i < 4 {
        let t = &toks[j];
        if j > i && !tight(text, &toks[j - 1], t) {
            break;
        }
        let head = has(TITLE_HEADS, t.text) && (t.dot || !is_abbreviation(t.text));
        let modifier = has(TITLE_MODIFIERS, t.text);
        if !head && !modifier {
            break;
        }
        if head {
            heads.push(j);
        }
        j += 1;
    }
    heads.into_iter().rev().find_map(|h| {
        let (end, words) = name_end(text, toks, h + 1, true);
        (h + 1 < toks.len()
            && tight(text, &toks[h], &toks[h + 1])
            && words >= 1
            && end > h + 1
            && !inside_a_name(text, toks, h, words, lang))
        .then_some(h + 1)
    })
}

/// True when `General` at token `h`, followed by `words` name words, is a word of a
/// place's or a body's name rather than a title: it follows another capitalized word of
/// the name (`Leeds General Infirmary`, `Wexley General Hospital`) and only one word
/// follows it, no given name and surname. Not after a title's own words (`Major
/// General Dany Fortin`, which the title run starts before), an occupation (`Surgeon
/// General`, `Director General`), a possessive (`Kenya's General …`), nor after a
/// sentence's first word, whose capital says nothing (`Retired General Lee said`).
fn inside_a_name(text: &str, toks: &[Tok], h: usize, words: usize, lang: &Lang) -> bool {
    let t = &toks[h];
    if t.text != "General" || t.dot || words != 1 || h < 2 {
        return false;
    }
    let b = &toks[h - 1];
    tight(text, b, t) && is_name_word(b) && !b.possessive() && !is_role_noun(b.text, lang)
}

/// Abbreviated titles that need their full stop to be titles: American ones, which
/// American style always writes with it (`Sen.`, `Gov.`), and those that are words of
/// other names without it (`Gen Z`, `Col du Galibier`). British style writes the rest
/// bare (`the Rev Judith Amberley`, `Cllr Ann Lee`, `Det Sgt Hannah Royce`).
fn is_abbreviation(word: &str) -> bool {
    matches!(word, "Col" | "Gen" | "Gov" | "Pres" | "Rep" | "Sen")
}

/// The names of one sentence: titled ones always; untitled ones as candidates with
/// whether the sentence marks them as people.
fn sentence_names(
    text: &str,
    toks: &[Tok],
    sentence_start: usize,
    lang: &Lang,
) -> Vec<(Mention, bool)> {
    let mut out = Vec::new();
    // `Historian Amélie Roussel, …`: an occupation capitalized at the sentence start is her
    // role, not part of her name, which starts after it.
    let opening_role = match toks {
        [t, n, ..] => {
            title_at(text, toks, 0, lang).is_none()
                && is_role_noun(t.text, lang)
                && is_name_word(n)
                && tight(text, t, n)
        }
        _ => false,
    };
    let mut i = usize::from(opening_role);
    while i < toks.len() {
        if let Some(name_from) = title_at(text, toks, i, lang) {
            let (end, _) = name_end(text, toks, name_from, true);
            if names_a_place(text, toks, end) {
                i = end + 1;
                continue;
            }
            out.push((
                mention(text, toks, i, name_from, end, sentence_start, lang),
                true,
            ));
            i = end;
            continue;
        }
        let t = &toks[i];
        // `Group Manager Alan Prescott, who led the operation, said`: a capitalized
        // occupation right before a given name and surname is the person's title, with
        // the capitalized words that qualify it (`Group`), as a title head is.
        if i > 0 && is_name_word(t) && is_role_noun(t.text, lang) {
            let (end, words) = name_end(text, toks, i + 1, false);
            if words >= 2 && tight(text, t, &toks[i + 1]) && !names_a_thing(toks, i + 1, end, lang)
            {
                let mut from = i;
                while from > 0
                    && tight(text, &toks[from - 1], &toks[from])
                    && toks[from - 1].capitalized()
                    && !toks[from - 1].possessive()
                    && !crate::text::is_function_word(&toks[from - 1].lower())
                {
                    from -= 1;
                }
                out.push((
                    mention(text, toks, from, i + 1, end, sentence_start, lang),
                    true,
                ));
                i = end;
                continue;
            }
        }
        if is_name_word(t) || is_initial(t) {
            let (end, words) = name_end(text, toks, i, false);
            let initials = (i..end).filter(|&k| is_initial(&toks[k])).count();
            if end > i && (words >= 2 || (words == 1 && initials >= 1)) {
                let m = mention(text, toks, i, i, end, sentence_start, lang);
                let before = i.checked_sub(1).map(|k| &toks[k]);
                // `the Jean Rostand school`, `NATO Mission Iraq`: part of a larger name.
                // Not after a possessive: `Kenya's Elias Kiptanui`, `NVR's Katrin Holm`,
                // nor after an occupation written as an acronym: `Labour MP Ann Lee`.
                let inside_name = before.is_some_and(|b| {
                    tight(text, b, t)
                        && (has(DETERMINERS, &b.lower())
                            || (b.capitalized() && !is_lower_compound(b.text)))
                        && !b.possessive()
                        && !(is_all_capitals(b.text) && is_role_noun(b.text, lang))
                        && !(i == 1 && opening_role)
                });
                // `His union, Nautilus Scotland, said…`: an organisation, even where a
                // reporting verb follows or its last word is some person's surname.
                let organisation = apposed_to_organisation(text, toks, i, end, sentence_start, lang)
                    // `The main contractor, Halden Rail Systems,`: the name runs on into a
                    // capitalized word that is no name's (`Systems`, `Bank`).
                    || runs_on(text, toks, end)
                        .is_some_and(|n| !is_all_capitals(n.text) && !is_initial(n));
                if !inside_name && !organisation && !names_a_street(toks, i, end, lang) {
                    // `said the agency's head of enforcement, Ann Lee.`: a name that closes
                    // an apposition to a phrase headed by an occupation is its holder, even
                    // with no word right before it marking a person (`its parent company,
                    // Norfield Foods` is headed by no occupation).
                    let cue = person_cue(text, toks, i, end, lang)
                        || role_before(text, toks, i, end, sentence_start, lang)
                            .is_some_and(|r| headed_by_occupation(&r, lang));
                    out.push((m, cue));
                }
                i = end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Last words of a street's or a hill's name that are also surnames (`Church Lane`,
/// `Castle Hill`; `Lois Lane`, `Damon Hill`), sorted. (Those that are no one's name,
/// `Street`, `Road`, are in [`NOT_NAMES`].)
const STREET_WORDS: &[&str] = &[
    "close", "crescent", "drive", "gardens", "green", "grove", "hill", "lane", "mews", "row",
    "terrace", "walk", "way",
];

/// True when the untitled name `from..end` is a street's or a hill's (`One resident of
/// Meavy Lane, who did not want to be named`): after a preposition of place, it ends on a
/// word of [`STREET_WORDS`] and opens with no given name (`Jenny Lane` is a person, and
/// so is `Britain's Grace Hill`, whatever her given name).
fn names_a_street(toks: &[Tok], from: usize, end: usize, lang: &Lang) -> bool {
    end > from + 1
        && has(STREET_WORDS, &toks[end - 1].lower())
        && from.checked_sub(1).is_some_and(|p| {
            matches!(
                toks[p].lower().as_str(),
                "along" | "at" | "from" | "in" | "near" | "of" | "off" | "on" | "up"
            )
        })
        && lang.given_name_female(toks[from].base()).is_none()
}

/// Builds a mention for tokens `from..end` (title `from..name_from`), with its role.
fn mention(
    text: &str,
    toks: &[Tok],
    from: usize,
    name_from: usize,
    end: usize,
    sentence_start: usize,
    lang: &Lang,
) -> Mention {
    let title =
        (name_from > from).then(|| squash(&text[toks[from].start..toks[name_from - 1].end_dot()]));
    let nickname = (name_from..end).find(|&j| is_nickname(text, toks, j));
    let words: Vec<String> = (name_from..end)
        .filter(|&j| Some(j) != nickname)
        .map(|j| {
            let t = &toks[j];
            // Initials keep their full stop: `J. R. Hartley`.
            let mut w = if j + 1 == end { t.base() } else { t.text }.to_string();
            if is_initial(t) {
                w.push('.');
            }
            w
        })
        .collect();
    let last = &toks[end - 1];
    let form = squash(&text[toks[from].start..last.start + last.base().len()]);
    // "her mother, Nadia Rahman, a pharmacist": the phrase the name closes says who
    // they are here; one that follows with "a" what else they are. Both are the role.
    let before = || role_before(text, toks, from, end, sentence_start, lang);
    let role = match role_after(text, toks, end, name_from > from, lang) {
        Some(r) if r.starts_with("a ") || r.starts_with("an ") => match before() {
            Some(b) => Some(format!("{b}, {r}")),
            None => Some(r),
        },
        r => r,
    };
    let role = role
        .or_else(before)
        .or_else(|| occupation_before(text, toks, from, lang))
        .or_else(|| role_after_age(text, toks, end, name_from > from, lang))
        .or_else(|| court_role(text, toks, from));
    Mention {
        start: toks[from].start,
        end: last.end,
        title,
        words,
        role,
        form,
        possessive: last.possessive(),
        nickname: nickname.map(|j| toks[j].text.to_string()),
    }
}

/// True when the words around an untitled name `i..end` show it is a person.
fn person_cue(text: &str, toks: &[Tok], i: usize, end: usize, lang: &Lang) -> bool {
    let before = i.checked_sub(1).map(|k| &toks[k]);
    if before.is_some_and(|b| {
        is_reporting_verb(&b.lower())
            || (is_role_noun(b.text, lang) && (!b.capitalized() || is_all_capitals(b.text)))
    }) {
        return true;
    }
    // `Ethiopia's Haile Gebremedhin`, `Britain's Lucy Harrow`: a place's own, named by a
    // first and a last name, is one of its people (sports and politics news).
    // Not when the name runs on into an organisation's (`Ireland's Data Protection
    // Commission`).
    // Nor a shop or firm called by its owner's name: `Mistry's Convenience Store` is
    // two English words, as a person's name seldom is, after no place's name.
    let possessor =
        before.filter(|b| b.capitalized() && b.possessive() && tight(text, b, &toks[i]));
    if end - i == 2
        && runs_on(text, toks, end).is_none()
        && possessor.is_some_and(|b| {
            lang.is_name(&b.base().to_lowercase())
                || !(i..end).all(|k| lang.is_word(&toks[k].lower()))
        })
    {
        return true;
    }
    // `Ellie Dinsdale and her collie scored 94 points`: a given name (by the census
    // lists) before a surname, neither of them an English word, names a person whatever
    // the sentence says of them (not `Grace Hill`, `Victoria Station`, `Glen Sorrach`,
    // `Newton Aycliffe`).
    if end - i == 2
        && lang.given_name_female(toks[i].base()).is_some()
        && (i..end).all(|k| !lang.is_word(&toks[k].base().to_lowercase()))
        && runs_on(text, toks, end).is_none()
    {
        return true;
    }
    // `19-year-old Aarav Mehta`: only a person has an age before their name. `Peter
    // Lund, who was the council's clerk`: a body takes `which` (though a team may take
    // `who`: `Sevenoaks Vine, who had been top of the table`).
    if before.is_some_and(|b| b.text.ends_with("-year-old"))
        || text[toks[end - 1].end_dot()..].starts_with(", who ")
    {
        return true;
    }
    verb_after(text, toks, end)
        || apposition(text, toks, end)
            .is_some_and(|(a, _)| is_age(a) || looks_like_role(a, false, lang))
}

/// True when the capitalized words `from..end` after a word for a kind of person are
/// the name of a thing, not a person's: English words ending in a plural noun (`the
/// National Youth *Science Awards*`: `Youth` is a kind of person, but no title, and no
/// one is called Awards). A person's name ends in a surname, seldom an English plural.
fn names_a_thing(toks: &[Tok], from: usize, end: usize, lang: &Lang) -> bool {
    let last = toks[end - 1].lower();
    let plural = last
        .strip_suffix('s')
        .is_some_and(|one| !one.ends_with('s') && lang.is_word(one));
    plural
        && (from..end).all(|k| {
            let word = toks[k].lower();
            lang.is_word(&word) && !lang.is_name(&word)
        })
}

/// The capitalized word a name `..end` runs on into, if any (`Halden Rail *Systems*`,
/// `Ireland's Data Protection *Commission*`): then the name is part of a longer one.
fn runs_on<'t>(text: &str, toks: &'t [Tok<'t>], end: usize) -> Option<&'t Tok<'t>> {
    let last = &toks[end - 1];
    // (`Tanner's Green Residents' *Association*`: a plural's apostrophe is no part of
    // its token.)
    let plural_owner = |n: &Tok| {
        last.text.ends_with('s')
            && text
                .get(last.end..n.start)
                .and_then(|g| g.strip_prefix(['\'', '’']))
                .is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace))
    };
    toks.get(end)
        .filter(|n| n.capitalized() && (tight(text, last, n) || plural_owner(n)))
}

/// True when a name `..end` runs on into the noun of a place's or a body's name
/// (`Princess Alexandra *Hospital*`, `Queen *Street*`): then it is that place's name,
/// even after a title.
fn names_a_place(text: &str, toks: &[Tok], end: usize) -> bool {
    runs_on(text, toks, end).is_some_and(|n| {
        lower_has(NOT_NAMES, n.base()) && !crate::text::is_function_word(&n.lower())
    })
}

/// A reporting verb right after the name, or after an apposition (`Weller, 29, said`),
/// allowing one adverb (`Weller also said`).
fn verb_after(text: &str, toks: &[Tok], end: usize) -> bool {
    let mut k = end;
    if let Some((_, next)) = apposition(text, toks, end) {
        k = next;
    }
    for _ in 0..2 {
        let Some(t) = toks.get(k) else { return false };
        // A name that ends someone's words is not their speaker: `"… belongs on Mill
        // Lane," said her brother`.
        if text[toks[k - 1].end_dot()..t.start].contains(['"', '“', '”', '\'', '’']) {
            return false;
        }
        let l = t.lower();
        // (`according to` names its speaker after it: `The book, A Pocket Guide to
        // Garden Birds, was due back in 1964, according to the date stamp`.)
        if is_reporting_verb(&l) {
            return l != "according";
        }
        if !(is_adverb_of_time_or_manner(&l) || matches!(l.as_str(), "has" | "had" | "have")) {
            return false;
        }
        k += 1;
    }
    false
}

/// An adverb that may stand between a speaker and the reporting verb (`Weller also said`,
/// `she later told`, `he reportedly said`).
fn is_adverb_of_time_or_manner(word: &str) -> bool {
    word.ends_with("ly") || matches!(word, "also" | "later" | "then")
}

fn is_age(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// The apposition after token `end` (exclusive): the text between `, ` and the next comma
/// or dash, and the index of the token after it. None when no comma follows the name.
fn apposition<'t>(text: &'t str, toks: &[Tok], end: usize) -> Option<(&'t str, usize)> {
    let last = toks.get(end.checked_sub(1)?)?;
    // Never past the sentence (a paragraph may be megabytes long).
    let sentence_end = toks.last().map_or(text.len(), Tok::end_dot);
    let after = text.get(last.end_dot()..sentence_end)?;
    let lead = after.len() - after.trim_start().len();
    let rest = after.trim_start().strip_prefix(',')?;
    let from = last.end_dot() + lead + 1;
    // The apposition ends at a comma (not one inside a number: "£31,500"), a spaced
    // dash, an opening quote or the sentence end.
    let mut stop = sentence_end;
    let b = rest.as_bytes();
    let digit = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    if let Some(p) = rest
        .match_indices(',')
        .map(|(p, _)| p)
        .find(|&p| !(digit(p.checked_sub(1)) && digit(Some(p + 1))))
    {
        stop = from + p;
    }
    for pat in [" — ", " – ", " - ", "—", "–", "\"", "“", "("] {
        if let Some(p) = rest.find(pat) {
            stop = stop.min(from + p);
        }
    }
    let body = text.get(from..stop)?.trim();
    let body = body.trim_end_matches(['.', '?', '!']);
    let next = toks
        .iter()
        .position(|t| t.start >= stop)
        .unwrap_or(toks.len());
    (!body.is_empty()).then_some((body, next))
}

/// True when an apposition reads as a role: an occupation noun, or (after a titled name)
/// a capitalized phrase (`NATO Deputy Senior Civilian in Iraq`, `Commander of …`).
fn looks_like_role(a: &str, titled: bool, lang: &Lang) -> bool {
    let words: Vec<&str> = a.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let first_l = first.to_lowercase();
    let bad_start = is_reporting_verb(&first_l)
        || has(VERBS, &first_l)
        || matches!(
            first_l.as_str(),
            "who"
                | "whose"
                | "which"
                | "where"
                | "when"
                | "and"
                | "but"
                | "or"
                | "however"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "by"
                | "as"
                | "if"
                | "while"
                | "though"
                | "although"
                | "after"
                | "before"
                | "adding"
                | "saying"
                | "not"
                | "also"
        );
    // `Margaret Ashdown, 71, reached the milestone at …`: a verb in the past with its
    // object is the sentence going on, not a role (`retired teacher` has no determiner).
    let past_with_object = first_l.ends_with("ed")
        && words
            .get(1)
            .is_some_and(|w| has(DETERMINERS, &w.to_lowercase()));
    if bad_start || past_with_object || words.len() > 16 || is_age(a) || is_clause(&words) {
        return false;
    }
    // A possessive only qualifies the noun after it (`the workers' pension scheme`,
    // `the mayor's office`): it is never the head of a role.
    let role_word = words.iter().take(6).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’'));
        let possessive = w.ends_with(['\'', '’']) || w.ends_with("'s") || w.ends_with("’s");
        !possessive && is_role_noun(w.trim_matches(|c: char| !c.is_alphanumeric()), lang)
    });
    role_word || (titled && first.chars().next().is_some_and(char::is_uppercase))
}

/// Auxiliary verbs: one in a comma-delimited phrase makes it a clause of its own.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has",
    "have", "is", "might", "must", "shall", "should", "was", "were", "will", "would",
];

/// True when the words after a comma form a clause, not an apposition: an auxiliary
/// before any relative pronoun (`…, chief economist at Harbourline Capital, most analysts
/// had expected a rise`: the name closes the apposition before it and what follows is the
/// sentence's own clause). A role's relative clause may hold one (`a nurse who had…`).
fn is_clause(words: &[&str]) -> bool {
    for w in words {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = w.to_lowercase();
        if matches!(lower.as_str(), "who" | "whose" | "which" | "that" | "where") {
            return false;
        }
        // (`may` in lowercase only: `head of music since May 2021` is a role.)
        if has(AUXILIARIES, &lower) || matches!(w, "may" | "cannot") {
            return true;
        }
    }
    false
}

/// Cuts a role at a relative clause (`a chemist at X who was not involved` → `a chemist
/// at X`) and squashes whitespace. A determiner capitalized at a sentence start is lowered.
fn clean_role(role: &str) -> String {
    let mut r = squash(role);
    for cut in [" who ", " which ", " whose ", " where "] {
        if let Some(p) = r.find(cut) {
            r.truncate(p);
        }
    }
    for det in ["The ", "A ", "An ", "Its ", "Their ", "His ", "Her "] {
        if let Some(rest) = r.strip_prefix(det) {
            r = format!("{}{}", det.to_lowercase(), rest);
            break;
        }
    }
    r
}

/// The role an apposition after a name gives: the phrase itself (`a nurse`, `NATO Deputy
/// Senior Civilian in Iraq`), or the office of a relative clause (`who leads the Liberal
/// Democrat opposition group` → `leader of the Liberal Democrat opposition group`).
fn apposition_role(a: &str, titled: bool, lang: &Lang) -> Option<String> {
    if looks_like_role(a, titled, lang) {
        return Some(clean_role(a));
    }
    relative_role(a)
}

/// Verbs of holding an office, in the present and the progressive, and the office's noun.
const OFFICE_VERBS: &[(&str, &str)] = &[
    ("chairing", "chair"),
    ("chairs", "chair"),
    ("directing", "director"),
    ("directs", "director"),
    ("heading", "head"),
    ("heads", "head"),
    ("leading", "leader"),
    ("leads", "leader"),
    ("manages", "manager"),
    ("managing", "manager"),
    ("running", "head"),
    ("runs", "head"),
];

/// The office a relative clause about a person states: `who leads the X` / `who is
/// leading the X` → `leader of the X`, `who chairs the X` → `chair of the X`. Only the
/// present (an office held now), not `who has run the shop since 1998`.
fn relative_role(a: &str) -> Option<String> {
    let a = squash(a);
    let mut words = a.strip_prefix("who ")?.split(' ').peekable();
    words.next_if(|w| matches!(*w, "is" | "now" | "currently" | "also"));
    let verb = words.next()?;
    let (_, noun) = OFFICE_VERBS.iter().find(|(v, _)| *v == verb)?;
    let object: Vec<&str> = words.collect();
    // `who leads the group`, `who heads research at X`; not `who runs to work`.
    let first = object.first()?;
    if has(ROLE_STOPS, first) || matches!(*first, "in" | "at" | "on" | "into" | "up" | "out") {
        return None;
    }
    Some(clean_role(&format!("{noun} of {}", object.join(" "))))
}

/// The role after a name: its apposition, or `of the Canadian Armed Forces`.
fn role_after(text: &str, toks: &[Tok], end: usize, titled: bool, lang: &Lang) -> Option<String> {
    if let Some((a, _)) = apposition(text, toks, end) {
        return apposition_role(a, titled, lang);
    }
    // `Major General Dany Fortin of the Canadian Armed Forces`, `Dr. Peter O'Brien of the
    // state roads agency`: up to the last capitalized word or organisation noun.
    let of = toks.get(end)?;
    if of.text != "of" || !tight(text, &toks[end - 1], of) {
        return None;
    }
    let mut last = None;
    let mut k = end + 1;
    while let Some(t) = toks.get(k) {
        let l = t.lower();
        if !tight(text, &toks[k - 1], t)
            || k - end > 8
            || has(VERBS, &l)
            || is_reporting_verb(&l)
            || has(ROLE_STOPS, &l)
        {
            break;
        }
        if t.capitalized() || has(ORG_NOUNS, &l) {
            last = Some(k);
        }
        k += 1;
    }
    Some(squash(&text[of.start..toks[last?].end]))
}

/// The role in a second apposition after an age: `Tom Reed, 58, the owner of the mill,
/// said` (news writing puts the age first). Tried after every other role, as a role
/// before the name comes first: `The party's leader, Ann Lee, 46, a former mayor, …`.
fn role_after_age(
    text: &str,
    toks: &[Tok],
    end: usize,
    titled: bool,
    lang: &Lang,
) -> Option<String> {
    let (age, next) = apposition(text, toks, end)?;
    if !is_age(age) {
        return None;
    }
    let (a, _) = apposition(text, toks, next)?;
    apposition_role(a, titled, lang)
}

/// True when the head noun of a role phrase, its last word before `of`, `in` or `at`,
/// is an occupation: `the agency's head of enforcement` (`head`), not `its parent
/// company` (`company`).
fn headed_by_occupation(role: &str, lang: &Lang) -> bool {
    role.split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "in" | "at") && !has(ROLE_STOPS, w))
        .last()
        .is_some_and(|w| is_role_noun(w, lang))
}

/// The role before a name in apposition: `The outgoing NATO senior officer in Iraq,
/// Brigadier General Francesco Giuliano,` / `led by the city's chief architect, Dr. …,`.
fn role_before(
    text: &str,
    toks: &[Tok],
    from: usize,
    end: usize,
    sentence_start: usize,
    lang: &Lang,
) -> Option<String> {
    let (det, phrase) = phrase_before(text, toks, from, end, sentence_start)?;
    let has_role = toks[det..from].iter().any(|t| is_role_noun(t.text, lang));
    has_role.then(|| sentence_start_lowered(clean_role(phrase), text, &toks[det..from], det, lang))
}

/// True when the name `from..end` is in apposition to a phrase headed by a noun of an
/// organisation, not an occupation: `His union, Nautilus Scotland, said…`, `its parent
/// company, Norfield Foods`. Such a name is the organisation's, never a person's.
fn apposed_to_organisation(
    text: &str,
    toks: &[Tok],
    from: usize,
    end: usize,
    sentence_start: usize,
    lang: &Lang,
) -> bool {
    phrase_before(text, toks, from, end, sentence_start).is_some_and(|(_, phrase)| {
        phrase
            .split_whitespace()
            .take_while(|w| !matches!(*w, "of" | "in" | "at") && !has(ROLE_STOPS, w))
            .last()
            .is_some_and(|w| has(ORG_NOUNS, &w.to_lowercase()) && !is_role_noun(w, lang))
    })
}

/// The phrase that a name `from..end` closing an apposition stands for (`The outgoing
/// NATO senior officer in Iraq, Brigadier General …,`): the index of its first token and
/// its text up to the comma before the name.
fn phrase_before<'t>(
    text: &'t str,
    toks: &[Tok],
    from: usize,
    end: usize,
    sentence_start: usize,
) -> Option<(usize, &'t str)> {
    // The name may be given as such: `The pilot, named locally as Daniel Whitcombe,`.
    let from = naming_words(toks, from).unwrap_or(from);
    // Or with the article of a title: `The rector of Upper Wendle, the Rev Judith
    // Amberley,`.
    let from = match from.checked_sub(1) {
        Some(d) if toks[d].lower() == "the" && has(TITLE_HEADS, toks[from].text) => d,
        _ => from,
    };
    let first = &toks[from];
    let head = &text[sentence_start.min(first.start)..first.start];
    let gap = head.trim_end();
    if !gap.ends_with(',') {
        return None;
    }
    // The name must close the apposition: a comma (or the sentence end) after it.
    let last = &toks[end - 1];
    let after = text[last.end_dot()..].trim_start();
    // A full stop after the name ends the sentence, whatever follows (`…, Tom Reed. "But…`).
    let stop = last.end_dot() > last.end;
    if !(stop || after.starts_with(',') || after.is_empty() || after.starts_with(['.', ';'])) {
        return None;
    }
    let comma = sentence_start.min(first.start) + gap.len() - 1;
    // Walk back from the comma to the farthest determiner before a verb or a stop word.
    let mut det = None;
    let mut k = from;
    let mut stopped = false;
    // `"…," said Fairways' chief executive, Mark Ellison`: a phrase right after the
    // reporting verb, headed by an owner, is the role as one after a determiner is.
    let mut after_report = None;
    while k > 0 {
        k -= 1;
        let t = &toks[k];
        let between = &text[t.end_dot()..toks[k + 1].start];
        let l = t.lower();
        if (k + 1 < from && between.contains([',', '"', '“', '”', ':', ';']))
            || has(VERBS, &l)
            || is_reporting_verb(&l)
            || (has(ROLE_STOPS, &l) && !(l == "and" && joins_names(toks, k)))
            || from - k > 12
        {
            stopped = true;
            if is_reporting_verb(&l) && k + 2 < from && toks[k + 1].owns(text) {
                after_report = Some(k + 1);
            }
            break;
        }
        if has(DETERMINERS, &l) {
            det = Some(k);
        }
    }
    // With no determiner, a phrase that opens the sentence still is the role:
    // `NVR's managing director, Dr. Katrin Holm, said …`.
    let det = match det.or(after_report) {
        Some(d) => d,
        None if !stopped && from > 0 => 0,
        None => return None,
    };
    Some((det, &text[toks[det].start..comma]))
}

/// True when token `k` stands between two capitalized words: an "and" there is inside a
/// name ("the National Cask and Keg Awards", "the MP for Hollinsby and Kelby"), not
/// between two phrases.
fn joins_names(toks: &[Tok], k: usize) -> bool {
    let capital = |t: &Tok| t.text.starts_with(|c: char| c.is_uppercase());
    k > 0 && toks.get(k + 1).is_some_and(capital) && capital(&toks[k - 1])
}

/// The first of the words that say a name is given (`named as`, `named locally as`,
/// `identified as`) right before token `from`, if there are such words.
fn naming_words(toks: &[Tok], from: usize) -> Option<usize> {
    if !toks
        .get(from.checked_sub(1)?)?
        .text
        .eq_ignore_ascii_case("as")
    {
        return None;
    }
    let mut k = from - 1;
    while k > 0 && lower_has(&["locally", "officially"], toks[k - 1].text) {
        k -= 1;
    }
    let verb = toks.get(k.checked_sub(1)?)?;
    lower_has(&["named", "identified"], verb.text).then_some(k - 1)
}

/// True when `word` (lowercase) is a name or a name's adjective (`uganda`, `ugandan`),
/// which English writes capitalized. A name's adjective is close to it (the lexicon's
/// pertainyms weigh 0.7); a loose relative is not enough (`one` ~ `monas`, a name's
/// plural at 0.21).
fn proper_word(word: &str, lang: &Lang) -> bool {
    lang.is_name(word)
        || lang
            .related(&lang.stem(word))
            .iter()
            .any(|&(ref r, w)| w >= NAME_ADJECTIVE_MIN && lang.is_name(r))
}

/// How closely a name's adjective is related to the name in the lexicon, at least.
const NAME_ADJECTIVE_MIN: f32 = 0.5;

/// The part a lawyer plays in a court report, which opens the sentence before their
/// name: `Prosecuting for the council, Ms. Priya Raman told the court …`, `Defending Darren
/// Cole, Mr. Simon Ashe said …` → `prosecuting for the council`. ("Defending champion
/// Tom Reed" has no comma before the name: no court.)
fn court_role(text: &str, toks: &[Tok], from: usize) -> Option<String> {
    let first = toks.first()?;
    if from == 0 || !has(COURT_PARTS, first.text) {
        return None;
    }
    let phrase = text[first.start..toks[from].start]
        .trim_end()
        .strip_suffix(',')?;
    (!phrase.contains([',', ';', ':', '"', '“', '”'])).then(|| {
        let mut role = phrase.to_string();
        role[..1].make_ascii_lowercase();
        role
    })
}

/// Present participles that open a court report's sentence on a lawyer (see
/// [`court_role`]), sorted.
const COURT_PARTS: &[&str] = &["Defending", "Mitigating", "Prosecuting", "Representing"];

/// An occupation right before an untitled name: `doctoral student Jonas Weller` →
/// `doctoral student`.
fn occupation_before(text: &str, toks: &[Tok], from: usize, lang: &Lang) -> Option<String> {
    let noun = toks.get(from.checked_sub(1)?)?;
    // Capitalized only where it starts the sentence (`Historian Amélie Roussel said`), or
    // an acronym (`Labour MP Ann Lee`).
    if (noun.capitalized() && from > 1 && !is_all_capitals(noun.text))
        || !is_role_noun(noun.text, lang)
        || !tight(text, noun, &toks[from])
    {
        return None;
    }
    let mut k = from - 1;
    while k > 0 && from - k < 3 {
        let t = &toks[k - 1];
        let l = t.lower();
        // A capital starts the sentence (`Deputy mayor Helen Ashby said`) or a name;
        // not before a number (`Year 11 pupil Amira Hussain`).
        let numbered = toks[k].text.bytes().all(|b| b.is_ascii_digit());
        if (t.capitalized() && k - 1 > 0 && !numbered)
            || !tight(text, t, &toks[k])
            || has(DETERMINERS, &l)
            || has(ROLE_STOPS, &l)
            || has(VERBS, &l)
            || is_reporting_verb(&l)
            || matches!(l.as_str(), "of" | "in" | "at" | "about")
        {
            break;
        }
        k -= 1;
    }
    let role = squash(&text[toks[k].start..noun.end]);
    Some(sentence_start_lowered(role, text, &toks[k..from], k, lang))
}

/// A role whose words are `words` (its first the sentence's token `k`), without the
/// capital of a sentence's first word, which is no part of it (`Managing director Emma
/// Hartley said`, `One farmer, Gwen Hartley,` → `managing director`, `one farmer`),
/// unless the role reads as a title (`Chief Constable`, `Labour MP`: a word after it
/// capitalized, before any `of`: `Managing director of NVR` is lowered) or the word is
/// always written so (`PhD student`; `Ugandan runner`: a name's adjective).
fn sentence_start_lowered(
    role: String,
    text: &str,
    words: &[Tok],
    k: usize,
    lang: &Lang,
) -> String {
    let Some((first, rest)) = words.split_first() else {
        return role;
    };
    // An owner is a name: `Halvern's chief executive`, `Fairways' chief executive`.
    let owner = first.owns(text);
    let lowercase_after = rest
        .iter()
        .take_while(|t| !matches!(t.text, "of" | "in" | "at"))
        .all(|t| !t.capitalized());
    if k == 0
        && first.capitalized()
        && !owner
        && !first.text.chars().skip(1).any(char::is_uppercase)
        && lowercase_after
        && !proper_word(&first.lower(), lang)
    {
        let mut chars = role.chars();
        return chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
    }
    role
}

/// Finds every person of the article and every mention of them.
fn find_people(doc: &Doc, quotes: &Quotes) -> People {
    let mut per_sentence = Vec::new();
    for (s, toks) in doc.tokens.iter().enumerate() {
        let (_, start, _, heading) = doc.sentences[s];
        if heading {
            per_sentence.push(Vec::new());
            continue;
        }
        per_sentence.push(sentence_names(doc.par_text(s), toks, start, doc.lang));
    }
    // Surnames that the article uses as a person's on their own (`Weller, 29, said`,
    // `Mr. Brooks`): an untitled full name ending with one is a person.
    let mut surnames: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (s, toks) in doc.tokens.iter().enumerate() {
        let text = doc.par_text(s);
        for (k, t) in toks.iter().enumerate() {
            if !is_name_word(t) {
                continue;
            }
            let before = k.checked_sub(1).map(|b| &toks[b]);
            let said_before =
                before.is_some_and(|b| is_reporting_verb(&b.lower()) && b.text != "according");
            let titled = before.is_some_and(|b| has(TITLE_HEADS, b.text) && tight(text, b, t));
            let lone = !toks
                .get(k + 1)
                .is_some_and(|n| is_name_word(n) && tight(text, t, n));
            let titled = titled && !names_a_place(text, toks, k + 1);
            if lone && (said_before || titled || verb_after(text, toks, k + 1)) {
                surnames.insert(t.base());
            }
        }
    }
    // `Brennock Coatings, which employs 230 people`, `Northwind Renewables (NWR)`: a
    // name the article treats as a thing's anywhere is an organisation's everywhere.
    let firms: Vec<&[String]> = per_sentence
        .iter()
        .enumerate()
        .flat_map(|(s, names)| {
            let text = doc.par_text(s);
            names
                .iter()
                .filter(move |(m, _)| {
                    // (`the novelist Thomas O'Neill, which …`: the role's noun is what
                    // `which` stands for.)
                    let after = &text[m.end..];
                    let company = company_apposition(after, doc.lang);
                    // `Pryce & Hallam Schoolwear`: names joined by an ampersand are a
                    // firm's (people are joined by "and").
                    let joined = text[..m.start].trim_end().ends_with('&')
                        || after.trim_start().starts_with('&');
                    // `Its owner, Northcake Ltd,`: a legal form makes it a firm
                    // whatever role the name is given.
                    let legal = m.words.last().is_some_and(|w| is_legal_form(w));
                    joined
                        || (m.title.is_none()
                            && (legal || company || (m.role.is_none() && is_firm(&m.words, after))))
                })
                .map(|(m, _)| m.words.as_slice())
        })
        .collect();
    let mut people = People::default();
    for (s, names) in per_sentence.iter().enumerate() {
        let p = doc.paragraph_of(s);
        let first_ref = people.refs.len();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut added: Vec<usize> = Vec::new();
        for (m, cue) in names {
            if m.title.is_none() && firms.contains(&m.words.as_slice()) {
                continue;
            }
            let promoted = m
                .words
                .last()
                .is_some_and(|w| surnames.contains(w.as_str()));
            if !(*cue || promoted) {
                continue;
            }
            let in_quote = quotes.contains(p, m.start);
            added.push(people.add_mention(m, s, in_quote, doc.lang));
            taken.push((m.start, m.end));
        }
        // `Managing director Simon Whitcombe, the great-great-grandson of founder Josiah
        // Whitcombe, told staff …` / `"…," Mr. Whitcombe said`: of two people a sentence
        // names by one surname, the first is what it is about; the other, named to
        // describe them, is not the one a later lone surname means.
        for (i, &first) in added.iter().enumerate() {
            let shared = added[i + 1..].iter().any(|&later| {
                later != first
                    && people.who[later]
                        .last()
                        .eq_ignore_ascii_case(people.who[first].last())
            });
            if shared {
                people.touch(first);
            }
        }
        // Lone surnames of people already named: `Fortin`, `Weller, 29, said`; or their
        // given names (`Ishani said`).
        let toks = &doc.tokens[s];
        let text = doc.par_text(s);
        for (k, t) in toks.iter().enumerate() {
            if taken.iter().any(|&(a, b)| t.start >= a && t.start < b) || !t.capitalized() {
                continue;
            }
            // A given name stands alone: `Banca` in `Banca Adige's chief executive` is
            // part of another name.
            let joined = |a: &Tok, b: &Tok| is_name_word(a) && is_name_word(b) && tight(text, a, b);
            let alone = || {
                !toks.get(k + 1).is_some_and(|n| joined(t, n))
                    && !k.checked_sub(1).is_some_and(|p| joined(&toks[p], t))
            };
            // `Glanville & Hythe declined to comment`: a firm bearing the surname of
            // `Rupert Glanville, of Glanville & Hythe`, not the man.
            if crate::text::beside(text, t.start, t.end_dot(), '&') {
                continue;
            }
            let word = vec![t.base().to_string()];
            let Some(id) = people
                .find(&word, None)
                .filter(|&id| people.who[id].last().eq_ignore_ascii_case(t.base()))
                .or_else(|| alone().then(|| people.find_given(t.base())).flatten())
            else {
                continue;
            };
            let in_quote = quotes.contains(p, t.start);
            people.touch(id);
            people.refs.push(Ref {
                sentence: s,
                start: t.start,
                person: Some(id),
                pronoun: None,
                in_quote,
                possessive: t.possessive(),
            });
        }
        // Subject pronouns, resolved later.
        for t in toks {
            let g = match t.text {
                "he" | "He" => Gender::Male,
                "she" | "She" => Gender::Female,
                _ => continue,
            };
            people.refs.push(Ref {
                sentence: s,
                start: t.start,
                person: None,
                pronoun: Some(g),
                in_quote: quotes.contains(p, t.start),
                possessive: false,
            });
        }
        people.refs[first_ref..].sort_by_key(|r| r.start);
    }
    people
}

/// True when what follows a name says it is a kind of company: `Carrow Water, the
/// company that supplies drinking water`, `Fenmoor, a firm which …` (not `Rachel Moore,
/// an aviation analyst`: the kind must be followed by `that`, `which` or a comma).
fn company_apposition(after: &str, lang: &Lang) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let Some(mut w) = words.next() else {
        return false;
    };
    if matches!(w, "the" | "a" | "an") {
        let Some(n) = words.next() else {
            return false;
        };
        w = n;
    }
    let (noun, comma) = match w.strip_suffix(',') {
        Some(n) => (n, true),
        None => (w, false),
    };
    lang.is_company_word(noun) && (comma || matches!(words.next(), Some("that" | "which")))
}

/// True when what follows the name `words` marks it as an organisation's: `, which …`,
/// its initials in brackets (`Northwind Renewables (NWR)`, not `Ann Lee (CEO)`), or `said
/// in a statement that it …`. (A legal form ending the name, `Kerrigan Grounds Ltd`, is
/// checked by the caller, as it holds whatever role the name is given.)
fn is_firm(words: &[String], after: &str) -> bool {
    if after.starts_with(", which ") {
        return true;
    }
    let initial = |w: Option<&String>| w.and_then(|w| w.chars().next());
    if let Some(rest) = after.strip_prefix(" (") {
        let abbr: Vec<char> = rest.chars().take_while(|&c| c != ')').collect();
        if (2..=6).contains(&abbr.len())
            && abbr.iter().all(char::is_ascii_uppercase)
            && abbr.first().copied() == initial(words.first())
            && abbr.last().copied() == initial(words.last())
        {
            return true;
        }
    }
    let next: Vec<&str> = after.split_whitespace().take(6).collect();
    matches!(
        next.as_slice(),
        [verb, "in", "a", "statement", "that", "it"] if is_reporting_verb(verb)
    )
}

/// Resolves `he`/`she` outside quotes to the latest compatible person before them, and
/// learns that person's gender.
fn resolve_pronouns(people: &mut People) {
    for i in 0..people.refs.len() {
        let r = people.refs[i];
        let Some(g) = r.pronoun else { continue };
        if r.in_quote {
            continue;
        }
        if let Some(id) = antecedent(people, i, r.sentence, Some(g)) {
            people.refs[i].person = Some(id);
            people.who[id].gender.get_or_insert(g);
        }
    }
}

/// The person a pronoun in sentence `at` stands for, looking at `refs[..before]`: the
/// latest person named (or resolved) outside quotes, within a few sentences, whose gender
/// does not clash.
fn antecedent(people: &People, before: usize, at: usize, g: Option<Gender>) -> Option<usize> {
    antecedent_within(people, before, at, g, PRONOUN_REACH)
}

/// How many sentences back a pronoun may find whom it stands for.
const PRONOUN_REACH: usize = 6;

/// [`antecedent`], named at most `reach` sentences before sentence `at`.
fn antecedent_within(
    people: &People,
    before: usize,
    at: usize,
    g: Option<Gender>,
    reach: usize,
) -> Option<usize> {
    people.refs[..before]
        .iter()
        .rev()
        .take_while(|r| at.saturating_sub(r.sentence) <= reach)
        .filter(|r| !r.in_quote)
        .filter_map(|r| r.person)
        .find(|&p| people.who[p].compatible(g))
}

/// The person a stretch of a sentence names first: the first mention or pronoun of
/// sentence `s` within bytes `from..to`, outside quotes and not in the possessive
/// (`Reed's lawyer, Ann Lee, told…` is Ann Lee's). Some(None) for a pronoun that could
/// not be resolved.
fn subject_in(people: &People, s: usize, from: usize, to: usize) -> Option<Option<usize>> {
    subject_where(people, s, from, to, |_| true)
}

/// The first person (or pronoun) of sentence `s` between bytes `from` and `to` that may
/// be a subject: not in a quote, not a possessive, and passing `ok`.
fn subject_where(
    people: &People,
    s: usize,
    from: usize,
    to: usize,
    ok: impl Fn(&Ref) -> bool,
) -> Option<Option<usize>> {
    people.refs[people.range(s)]
        .iter()
        .find(|r| !r.in_quote && !r.possessive && r.start >= from && r.start < to && ok(r))
        .map(|r| r.person)
}

// ---------------------------------------------------------------------------------------
// Speakers.

/// The speaker of each unit (None when the article does not say, or it is no person).
fn speakers(doc: &Doc, quotes: &Quotes, people: &People) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = Vec::new();
    for (u, unit) in quotes.units.iter().enumerate() {
        let speaker = speaker_of(doc, quotes, people, unit)
            .unwrap_or_else(|| continued_from(doc, quotes, people, &out, u));
        out.push(speaker);
    }
    out
}

/// Tokens of sentence `s` between bytes `from..to` that are outside every quotation.
fn outside<'d>(doc: &'d Doc, quotes: &Quotes, s: usize, from: usize, to: usize) -> Vec<Tok<'d>> {
    let p = doc.paragraph_of(s);
    doc.tokens[s]
        .iter()
        .filter(|t| t.start >= from && t.end <= to && !quotes.contains(p, t.start))
        .copied()
        .collect()
}

/// The speaker the quotation's own sentences name: Some(speaker or None) when they have
/// an attribution, None when they have none (then the quote continues an earlier one).
fn speaker_of(doc: &Doc, quotes: &Quotes, people: &People, unit: &Unit) -> Option<Option<usize>> {
    let &(_, _, end) = unit.spans.last()?;
    let &(_, start, _) = unit.spans.first()?;
    // After the quote: `"…," X said`, `"…," said X`, `"…," she added`.
    let (last_par, _, last_end, _) = doc.sentences[unit.last];
    let tail = outside(doc, quotes, unit.last, end, last_end);
    // No person after the quote (`"…," the company said`) may yet be one before it: in
    // `X said that taxpayers were "picking up the bill" and called for an inquiry`, the
    // verb after the quote is X's too.
    let mut after = None;
    if tail.iter().take(8).any(|t| is_reporting_verb(&t.lower())) {
        // Up to the next quote of the sentence (`"A," he said, "B."`).
        let stop = quotes
            .next_start(last_par, end)
            .map_or(last_end, |n| n.min(last_end));
        let person = subject_in(people, unit.last, end, stop).flatten();
        if person.is_some() {
            return Some(person);
        }
        after = Some(None);
    }
    // Before it, in its first sentence: `X said: "…"`, `X highlighted that … "…"`.
    let (_, first_start, _, _) = doc.sentences[unit.first];
    let lead = outside(doc, quotes, unit.first, first_start, start);
    let lead_text = doc
        .par_text(unit.first)
        .get(first_start..start)
        .unwrap_or("");
    let colon = lead_text.trim_end().ends_with([':', ',']);
    if lead.iter().any(|t| is_reporting_verb(&t.lower())) || (colon && !lead.is_empty()) {
        let person = subject_in(people, unit.first, first_start, start).flatten();
        if person.is_some() || after.is_none() {
            return Some(person);
        }
    }
    after
}

/// A quotation with no attribution of its own continues the one before it in the same
/// paragraph (or right before it), or the indirect speech of the sentence before it.
fn continued_from(
    doc: &Doc,
    quotes: &Quotes,
    people: &People,
    done: &[Option<usize>],
    u: usize,
) -> Option<usize> {
    let unit = &quotes.units[u];
    let par = doc.paragraph_of(unit.first);
    if let Some(prev) = u.checked_sub(1).map(|k| &quotes.units[k]) {
        let near = doc.paragraph_of(prev.last) == par || prev.last + 1 >= unit.first;
        if near && done[u - 1].is_some() {
            return done[u - 1];
        }
    }
    // `Professor Haddad said the next goal was … . "We have proven the chemistry.`
    let before = unit.first.checked_sub(1)?;
    let text = doc.text_of(before);
    if doc.paragraph_of(before) != par && !text.trim_end().ends_with(':') {
        return None;
    }
    let (_, s, e, _) = doc.sentences[before];
    let toks = outside(doc, quotes, before, s, e);
    if toks.iter().any(|t| is_reporting_verb(&t.lower())) {
        return subject_in(people, before, s, e).flatten();
    }
    None
}

/// Whose words a sentence without quotation marks reports: the person named (or the
/// pronoun) before its reporting verb (`Priya Nair, the KDA's secretary, said that …`),
/// or right after `according to`. `According to the minutes` reports no one's words.
fn reporter(doc: &Doc, quotes: &Quotes, people: &People, s: usize) -> Option<usize> {
    let (_, start, end, heading) = doc.sentences[s];
    if heading {
        return None;
    }
    let toks = outside(doc, quotes, s, start, end);
    // (`according to` first: in "Clearwater Relief has *asked* to test the design,
    // according to the head teacher, Mark Thwaite" the charity asked nothing it said.)
    let according = toks
        .windows(2)
        .position(|p| p[0].lower() == "according" && p[1].lower() == "to");
    let verb = according
        .or_else(|| toks.iter().position(|t| is_reporting_verb(&t.lower())))
        .or_else(|| no_comment(&toks))?;
    if toks[verb].lower() == "according" {
        // The person's name (with a title or a role before it) opens the next few words
        // ("according to the academy's head teacher, Mark Thwaite").
        let named_from = toks.get(verb + 1).filter(|t| t.lower() == "to")?.end;
        let named_to = toks.get(verb + 9).map_or(end, |t| t.start);
        return subject_in(people, s, named_from, named_to).flatten();
    }
    // `…, where he was stable, the organisers said`: a noun right before the verb is its
    // subject, and no person.
    if let Some(prev) = verb.checked_sub(1).map(|k| &toks[k]) {
        let l = prev.lower();
        let between = doc
            .par_text(s)
            .get(prev.end..toks[verb].start)
            .unwrap_or("");
        let subject_word = matches!(l.as_str(), "he" | "she")
            || is_adverb_of_time_or_manner(&l)
            || prev.capitalized();
        if !subject_word && !between.contains(',') {
            return None;
        }
    }
    // `Kent County Cricket Club, which has been linked with a move for Mehta, declined
    // to comment`: a person after a preposition is no subject.
    let all = &doc.tokens[s];
    let governed = |at: usize| {
        all.iter().rev().find(|t| t.end <= at).is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "for" | "with" | "of" | "to" | "about" | "against" | "from" | "on" | "at" | "by"
            )
        })
    };
    subject_where(people, s, start, toks[verb].start, |r| !governed(r.start)).flatten()
}

/// Where a refusal to speak opens (`X declined to comment`): the person asked said
/// nothing, and that answers "what did X say".
fn no_comment(toks: &[Tok]) -> Option<usize> {
    let words: Vec<String> = toks.iter().map(Tok::lower).collect();
    crate::text::refusal_at(&words)
}

// ---------------------------------------------------------------------------------------
// Context of pronoun sentences.

/// What a sentence opening with a pronoun refers to: a person's name for he/she/his/her,
/// the subject of the nearest earlier sentence that names one for it/its/they/their/this.
fn context(doc: &Doc, quotes: &Quotes, people: &People, s: usize) -> Option<String> {
    let toks = &doc.tokens[s];
    let first = toks.first()?;
    let (p, start, _, heading) = doc.sentences[s];
    if heading {
        return None;
    }
    // Only when the pronoun opens the sentence (after an opening quote at most), or
    // opens what it reports ("Investigators found *that it* had been caused by …").
    let lead = doc.par_text(s).get(start..first.start)?;
    let opens = lead
        .chars()
        .all(|c| matches!(c, '"' | '“' | '‘' | '\'' | '('));
    let reported = || {
        toks.windows(2)
            .position(|w| w[0].text == "that" && matches!(w[1].text, "it" | "they"))
            .map(|i| &toks[i + 1])
    };
    let refers = matches!(
        first.text,
        "He" | "She" | "His" | "Her" | "It" | "Its" | "They" | "Their" | "This" | "These" | "The"
    );
    // "About 38,000 people live within *its* boundaries": a possessive with nothing it
    // could stand for before it in the sentence (no name, no noun after an article: not
    // "the council will pay from *its* budget") refers back as an opening one does.
    let possessive = || {
        let at = toks.iter().position(|t| t.text == "its")?;
        let own = toks[..at].iter().enumerate().any(|(i, t)| {
            (i > 0 && t.capitalized()) || lower_has(&["the", "a", "an", "that", "this"], t.text)
        });
        (!own).then(|| &toks[at])
    };
    // "Since then he has driven an estimated 1.9 million miles": a pronoun after a short
    // opening phrase that names no one refers back as an opening one does.
    let after_opener = || {
        let at = toks
            .iter()
            .take(4)
            .position(|t| matches!(t.text, "he" | "she" | "it" | "they"))?;
        // (The opening word is no name: a word the lexicon knows as no name's, or a
        // conjunction it lacks.)
        let w = first.lower();
        let plain = crate::text::is_function_word(&w)
            || (doc.lang.is_word(&w) && !doc.lang.is_name(&w))
            || matches!(
                w.as_str(),
                "since" | "after" | "before" | "until" | "while" | "later"
            );
        (opens && at > 0 && plain && toks[1..at].iter().all(|t| !t.capitalized()))
            .then(|| &toks[at])
    };
    let first = if opens && refers {
        first
    } else {
        reported().or_else(possessive).or_else(after_opener)?
    };
    match first.text {
        "He" | "She" | "His" | "Her" | "he" | "she" => {
            let g = if matches!(first.text, "He" | "His" | "he") {
                Gender::Male
            } else {
                Gender::Female
            };
            let range = people.range(s);
            let own = people.refs[range.clone()]
                .iter()
                .find(|r| r.start == first.start)
                .and_then(|r| r.person);
            match own.or_else(|| antecedent(people, range.start, s, Some(g))) {
                Some(id) => Some(people.who[id].name()),
                // "Bramble … disappeared on Pendine Sands … *Her* owners, Lisa and Mark
                // Caddick, …": no person before it, so an animal or a ship the nearest
                // sentences are about, as for `It`.
                None => (s.saturating_sub(2)..s)
                    .rev()
                    .find_map(|k| referent(doc, k)),
            }
        }
        "It" | "Its" | "They" | "Their" | "This" | "These" | "it" | "they" | "its" => {
            if matches!(first.text, "This" | "These") {
                // `This mission is…` names its subject; only a bare `This is…` refers back.
                let next = toks.get(1)?;
                if !has(VERBS, &next.lower()) && !is_reporting_verb(&next.lower()) {
                    return None;
                }
            }
            // "… according to figures from the Nidd Valley Rail Users' Group (NVRUG).
            // *Its chairman*, Peter Atkinson, said": a role is held in a body, the one
            // the sentence before named with its abbreviation, not that sentence's
            // subject ("Passenger numbers").
            if matches!(first.text, "Its" | "Their")
                && toks.get(1).is_some_and(|t| is_role_noun(t.text, doc.lang))
            {
                if let Some(body) = s.checked_sub(1).and_then(|k| abbreviated_body(doc, k)) {
                    return Some(body);
                }
            }
            // Inside a quotation, look back only within the same quotation.
            let floor = match quotes.unit_at(p, first.start) {
                Some(u) if quotes.units[u].first < s => quotes.units[u].first,
                Some(_) => return None,
                None => s.saturating_sub(4),
            };
            // "The harbour master closed the port … *It* finally berthed at 6:10 p.m.":
            // "it" is no person, so not a subject headed by a kind of person.
            let singular = matches!(first.text, "It" | "Its" | "it" | "its");
            (floor..s).rev().find_map(|k| {
                referent(doc, k).filter(|r| {
                    !singular
                        || r.rsplit(' ').next().is_none_or(|head| {
                            // (A body's name may end in one: "the Health and Safety
                            // Executive".)
                            head.starts_with(char::is_uppercase) || !doc.lang.is_person_word(head)
                        })
                })
            })
        }
        "The" if toks.get(1).is_some_and(|t| is_aged(t.text)) => aged(doc, people, s),
        "The" => named_by_noun(doc, s).or_else(|| company_before(doc, people, s)),
        _ => None,
    }
}

/// The body sentence `k` names last with the abbreviation it goes by after: "figures
/// from the Nidd Valley Rail Users' Group (NVRUG)" gives `Nidd Valley Rail Users' Group
/// (NVRUG)`. The name is the run of title-case words (and "of", "and", "for" inside
/// it) before the bracketed capitals.
fn abbreviated_body(doc: &Doc, k: usize) -> Option<String> {
    let toks = &doc.tokens[k];
    let text = doc.par_text(k);
    let at = toks
        .iter()
        .rposition(|t| is_all_capitals(t.text) && text[..t.start].ends_with('('))?;
    let mut from = at;
    while from > 0
        && (toks[from - 1].capitalized()
            || (matches!(toks[from - 1].text, "of" | "and" | "for") && from < at))
    {
        from -= 1;
    }
    while from < at && !toks[from].capitalized() {
        from += 1;
    }
    (from < at).then(|| {
        format!(
            "{} ({})",
            &text[toks[from].start..toks[at - 1].end],
            toks[at].text
        )
    })
}

/// An age as news writes it before what it describes: `34-year-old`.
fn is_aged(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// What an opening "The 34-year-old …" describes: news introduces someone (or some
/// thing) and then goes on by their age, "A fell runner was carried off a moor … *The
/// 34-year-old man*, from Darlington, set off …", "Halbury Town have sacked manager
/// Gareth Milne … *The 47-year-old Scot* was dismissed …". So the person named just
/// before, or else the subject of the sentence before; a thing's noun after the age
/// ("The 214-year-old *bridge*") finds its name as an opening "The bridge" would.
fn aged(doc: &Doc, people: &People, s: usize) -> Option<String> {
    let toks = &doc.tokens[s];
    let noun = toks
        .get(2)
        .filter(|t| !t.capitalized() && !crate::text::is_function_word(&t.lower()));
    let named = match noun.filter(|t| !doc.lang.is_person_word(&t.lower())) {
        Some(thing) => named_by(doc, s, thing.base()),
        None => {
            let g = match noun.map(|t| t.lower()).as_deref() {
                Some("man" | "boy") => Some(Gender::Male),
                Some("woman" | "girl") => Some(Gender::Female),
                _ => None,
            };
            antecedent_within(people, people.range(s).start, s, g, 2)
                .map(|id| people.who[id].name())
        }
    };
    named.or_else(|| referent(doc, s.checked_sub(1)?))
}

/// Sentences this short may say what they are about in the sentence before ("The
/// system … can handle up to 3,500 bags an hour. *A replacement* had been planned for
/// 2028.", "… the owner posted an appeal online. *More than 300 people* shared her post").
const LEANING: usize = 12;

/// What a short sentence that refers to nothing by a pronoun leans on: the subject of
/// the sentence before it, unless the sentence opens with a definite subject of its own.
fn leaning_on(doc: &Doc, s: usize) -> Option<String> {
    let (_, _, _, heading) = doc.sentences[s];
    if heading || s == 0 || doc.tokens[s].len() > LEANING {
        return None;
    }
    // "The museum will pay the £410,000 cost of packing and shipping" names a subject of
    // its own; "The system was installed in 2014" after "… its baggage system broke
    // down" is the one before again.
    if doc.tokens[s].first().is_some_and(|t| t.text == "The") {
        let own = subject_phrase(doc, s)?;
        let head = own.split(' ').next_back()?;
        let head = doc.lang.stem(&head.to_lowercase());
        if !doc.tokens[s - 1]
            .iter()
            .any(|t| doc.lang.stem(&t.lower()) == head)
        {
            return None;
        }
    }
    referent(doc, s - 1)
}

/// What sentence `s` says someone was asked, when it opens so: "Asked *what he would miss
/// most*, Mr. Pembury did not hesitate."
fn asked_about<'d>(doc: &Doc<'d>, s: usize) -> Option<&'d str> {
    let (asked, _) = doc.text_of(s).strip_prefix("Asked ")?.split_once(',')?;
    Some(asked)
}

/// The names earlier sentences gave the definite nouns of sentence `s`: "The park
/// receives around 4.2 million visits a year" after "… the Wendle Hills National Park
/// will …" is about Wendle Hills National Park, so "how many people visit the national
/// park" finds it. (An opening "The ferry" finds its name as a pronoun's referent:
/// [`named_by_noun`].) `so_far` holds the names of the sentences before `s`
/// ([`note_names`]).
fn names_before(
    doc: &Doc,
    quotes: &Quotes,
    s: usize,
    so_far: &HashMap<String, String>,
) -> Vec<String> {
    let toks = &doc.tokens[s];
    let p = doc.sentences[s].0;
    let mut names: Vec<String> = Vec::new();
    for (k, pair) in toks.windows(2).enumerate() {
        let (det, noun) = (&pair[0], &pair[1]);
        // "… but the association says there is no evidence": its words, which are about
        // something else (as a person's are).
        let speaks = toks
            .get(k + 2)
            .is_some_and(|v| is_reporting_verb(&v.lower()));
        // (Its own or not: "the hospital's medical director".)
        let base = noun.base();
        if !det.text.eq_ignore_ascii_case("the")
            || noun.capitalized()
            || !base.chars().all(char::is_alphabetic)
            || speaks
            || quotes.contains(p, det.start)
        {
            continue;
        }
        // The last word of a name, as for an opening "The hospital" (`named_by_noun`),
        // but in any earlier sentence: the story's main subject is named once, early.
        if let Some(name) = so_far.get(&base.to_ascii_lowercase()) {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

/// What sentence `s` calls a name of no person in apposition: `Pennine Bulk Foods, a
/// haulage firm based in Huddersfield` gives ("Pennine Bulk Foods", "haulage firm"). The
/// lowercase words after "a"/"an", up to three, to the first that is no part of the
/// description's noun ("based", "in", "which", …). Not a kind of person ("Ruth Calvert,
/// a farmer"): a person's role is matched as a role.
fn descriptions(doc: &Doc, s: usize) -> Vec<(String, String)> {
    let toks = &doc.tokens[s];
    let text = doc.par_text(s);
    let mut out = Vec::new();
    for j in 0..toks.len().saturating_sub(2) {
        let (name, article) = (&toks[j], &toks[j + 1]);
        if !name.capitalized()
            || !matches!(article.text, "a" | "an")
            || text.get(name.end..article.start) != Some(", ")
        {
            continue;
        }
        // (One space apart: a comma ends the description.)
        let words = words_after(text, toks, j + 1, |t| {
            t.text.chars().all(|c| c.is_ascii_lowercase())
                && !crate::text::is_function_word(t.text)
                && !is_reporting_verb(t.text)
                && !matches!(t.text, "based" | "which" | "who" | "that" | "whose")
        });
        let Some(head) = words.split(' ').next_back().filter(|h| !h.is_empty()) else {
            continue;
        };
        if doc.lang.is_person_word(head) {
            continue;
        }
        let full = name_ending_at(text, toks, j).unwrap_or_else(|| name.base().to_string());
        out.push((full, words));
    }
    out
}

/// True when sentence `s` reports someone's words outside quote marks: a reporting verb
/// followed by an unquoted word ("said *the* envelope was opened").
fn reports(doc: &Doc, quotes: &Quotes, s: usize) -> bool {
    let p = doc.sentences[s].0;
    doc.tokens[s].windows(2).any(|w| {
        is_reporting_verb(&w[0].lower()) && !quotes.contains(p, w[1].start) && !w[1].capitalized()
    })
}

/// Adds the names sentence `k` holds to `so_far`, by their last word in lowercase
/// ("hospital": "Redbourne General Hospital"); a later name replaces an earlier one, so
/// each noun finds the nearest name before it. (Not for "town": the first place named
/// stays, see below.) Kept as the sentences are read, so that
/// each sentence's tokens are looked at once, not again for every definite noun after it.
fn note_names(doc: &Doc, k: usize, so_far: &mut HashMap<String, String>) {
    let toks = &doc.tokens[k];
    let text = doc.par_text(k);
    for (j, t) in toks.iter().enumerate().skip(1) {
        if !t.capitalized() {
            continue;
        }
        if let Some(name) = name_ending_at(text, toks, j) {
            so_far.insert(t.base().to_ascii_lowercase(), name);
        }
        // "More than 6,000 patients in Kirkby Thorne …" / "A check-up at a private
        // practice in the town costs about £65": a name after "in" whose last word is no
        // English word (not "in Market Square", "in April") is a place, which a later
        // "the town" (village, city) stands for.
        if matches!(toks[j - 1].text, "in" | "near") {
            let name = words_after(text, toks, j - 1, |n| n.capitalized());
            let last = name.split(' ').next_back().unwrap_or_default();
            if !name.is_empty() && !doc.lang.is_word(&last.to_lowercase()) {
                for noun in ["town", "village", "city"] {
                    so_far
                        .entry(noun.to_string())
                        .or_insert_with(|| name.clone());
                }
            }
        }
    }
}

/// Who speaks the quote of sentence `s` when the article names no one: the subject of
/// the reporting sentence that introduces it (`A KCC spokesman said the authority … "We
/// prioritise work …," he said.`, or `A KCC spokesman said: "…"`), so that "what did the
/// KCC spokesman say" finds all of their words.
fn unnamed_speaker(doc: &Doc, quotes: &Quotes, people: &People, s: usize) -> Option<String> {
    let (p, start, end, _) = doc.sentences[s];
    let unit = quotes.first_in(p, start, end)?;
    let first = quotes.units[unit].first;
    // The sentence the quote opens in, or the one before it in the same paragraph.
    // (The sentence before may end the paragraph before when the quote's opens with a
    // pronoun: "A spokeswoman for GreenStride said the firm was investigating." / "She
    // added: "…"".)
    let pronoun_first = doc.tokens[first]
        .first()
        .is_some_and(|t| matches!(t.text, "He" | "She"));
    [Some(first), first.checked_sub(1)]
        .into_iter()
        .flatten()
        .filter(|&k| doc.paragraph_of(k) == p || k == first || pronoun_first)
        .find_map(|k| {
            // No one named there: `Professor Amira Haddad said: "…"` is hers.
            if people.refs[people.range(k)]
                .iter()
                .any(|r| r.person.is_some() && r.pronoun.is_none())
            {
                return None;
            }
            let phrase = subject_phrase(doc, k)?;
            let rest = doc.text_of(k).trim_start().strip_prefix(phrase.as_str())?;
            let words: Vec<&str> = rest.split_whitespace().take(6).collect();
            let bare = |w: &str| w.trim_end_matches([':', ',']).to_lowercase();
            // "A spokeswoman *for GreenStride* said": whom the person speaks for is
            // part of who they are.
            let at = match words.first() {
                Some(&("for" | "at" | "of" | "from")) => words
                    .iter()
                    .position(|w| is_reporting_verb(&bare(w)))
                    .filter(|&v| !words[..v].iter().any(|w| w.ends_with(',')))?,
                _ => 0,
            };
            let verb = bare(words.get(at)?);
            let phrase = match at {
                0 => phrase,
                _ => format!("{phrase} {}", words[..at].join(" ")),
            };
            (rest.starts_with(' ') && is_reporting_verb(&verb) && verb != "according")
                .then_some(phrase)
        })
}

/// `The company said …` (or the chain, the airline: a word for a kind of company) where
/// no earlier sentence gave the noun a name ("the company Husklay"): the firm the
/// nearest earlier sentence opened with ("Loomwell Crafts, which sells
/// yarn, …, discovered the breach"), so that "how many people does Loomwell employ" finds
/// "The business … now employs 11 people".
fn company_before(doc: &Doc, people: &People, s: usize) -> Option<String> {
    let toks = &doc.tokens[s];
    let noun = toks.get(1)?;
    // The noun is the subject, not a modifier of it ("The charity appeal was led by …"):
    // a comma, a verb or a function word follows it.
    let text = doc.par_text(s);
    let heads = toks.get(2).is_none_or(|n| {
        let w = n.lower();
        text[noun.end_dot()..n.start].contains(',')
            || crate::text::is_function_word(&w)
            || has(VERBS, &w)
            || is_reporting_verb(&w)
            || w.ends_with("ed")
    });
    if !heads || noun.capitalized() || !doc.lang.is_company_word(&noun.lower()) {
        return None;
    }
    // Of the names sentences nearby open with, the one they mention most: the firm the
    // story is about ("Loomwell has reported the incident to the ICO"), not a body that
    // speaks once ("Trading Standards officers said …"); the nearest of equals.
    let near = s.saturating_sub(NOUN_REACH)..s;
    let mentions = |name: &str| {
        let first = name.split(' ').next().unwrap_or(name);
        doc.tokens[near.clone()]
            .iter()
            .filter(|toks| toks.iter().any(|t| t.base() == first))
            .count()
    };
    let mut best: Option<(usize, String)> = None;
    for name in near
        .clone()
        .rev()
        .filter_map(|k| opening_name(doc, people, k, near.clone()))
    {
        let n = mentions(&name);
        if best.as_ref().is_none_or(|(m, _)| n > *m) {
            best = Some((n, name));
        }
    }
    best.map(|(_, name)| name)
}

/// The name sentence `k` opens with, unless it is a person's: a run of title-case words
/// ("Skylark Air", "Loomwell Crafts, which sells …"), also after a description ("The
/// supermarket chain Fairway Foods is to …"); a single word only in capitals ("MVW") or
/// written capitalized inside a sentence nearby ("Fairway said …" / "Shares in
/// Fairway's parent company"), not "Customers can report …", "Untreated sewage …".
fn opening_name(
    doc: &Doc,
    people: &People,
    k: usize,
    near: std::ops::Range<usize>,
) -> Option<String> {
    let (_, start, _, heading) = doc.sentences[k];
    let toks = &doc.tokens[k];
    let text = doc.par_text(k);
    if heading
        || toks
            .first()
            .is_none_or(|t| !text[start..t.start].trim().is_empty())
    {
        return None;
    }
    // The description's words are lowercase ones of meaning ("supermarket chain"), up to
    // three; not "On Monday, …".
    let at = match toks.first()?.text {
        "The" => (1..toks.len().min(5))
            .find(|&i| name_word(&toks[i]))
            .filter(|&i| {
                toks[1..i]
                    .iter()
                    .all(|t| !t.capitalized() && !crate::text::is_function_word(&t.lower()))
            })?,
        _ => 0,
    };
    let first = &toks[at];
    if !name_word(first) || crate::text::is_function_word(&first.lower()) {
        return None;
    }
    let rest = words_after(text, toks, at, name_word);
    // Not a person's name, nor a title before one ("Mr. Tennant said …").
    let end = toks[at + rest.split_whitespace().count()].end;
    // Nor an owner ("The EA's area manager said …"): the subject is someone of it.
    if people.refs[people.range(k)]
        .iter()
        .any(|r| (first.start..end).contains(&r.start) && r.person.is_some())
        || text[end..].starts_with(['\'', '’'])
    {
        return None;
    }
    if !rest.is_empty() {
        return Some(format!("{} {rest}", first.base()));
    }
    let word = first.base();
    // ("DNA" is a word; "MVW" a name.)
    let named = (is_all_capitals(word) && !doc.lang.is_word(&first.lower()))
        || near.into_iter().any(|j| {
            doc.tokens[j]
                .iter()
                .skip(1)
                .any(|t| t.base() == word && (j != k || t.start != first.start))
        });
    named.then(|| word.to_string())
}

/// A word of a firm's name: `Loomwell`, `MVW`.
fn name_word(t: &Tok) -> bool {
    is_title_case(t.base()) || is_all_capitals(t.base())
}

/// A word as names are written: a capital, then letters with a lowercase among them
/// (`Islay`, `Star`, and with a capital inside `ParkWell`, `McAllister`: measured over the
/// 111 sets, "The app is run by …" then stands for "the ParkWell app", +1 −0); not initials
/// (`NULL`, `NHS`).
fn is_title_case(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.len() >= 2
        && cs.clone().all(char::is_alphabetic)
        && cs.any(char::is_lowercase)
}

/// How far back a definite noun ("The ferry") may find the name it stands for: past
/// the whole of most news stories, whose subject is named once, early ("The Yorkshire
/// Dales National Park Authority's planning committee voted …" in the second sentence,
/// "The authority's spokeswoman, Karen Lister, said …" in the twenty-third). At 20,
/// that spokeswoman was no one's; at 40, one question more of 11,686 was answered, none
/// lost.
const NOUN_REACH: usize = 40;

/// `The ferry, operated by …` / `The ferry's master, …`: the name an earlier sentence
/// gave that noun (`the passenger ferry Islay Star`), so the sentence is found by it.
fn named_by_noun(doc: &Doc, s: usize) -> Option<String> {
    let toks = &doc.tokens[s];
    let noun = toks.get(1)?;
    // `The new NATO Mission Iraq`: a name follows, the subject names itself.
    if noun.capitalized() || toks.get(2).is_some_and(|n| n.capitalized()) {
        return None;
    }
    named_by(doc, s, noun.base())
}

/// The name an earlier sentence (before `s`) gave the noun `word`: see
/// [`named_by_noun`].
fn named_by(doc: &Doc, s: usize, word: &str) -> Option<String> {
    if word.len() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    // "The company declined to comment" after "the energy firm Northern Grid Solar": a
    // word for a kind of company names the firm another such word was given.
    let firm = doc.lang.is_company_word(&word.to_lowercase());
    in_earlier_words(doc, s, 1, |text, toks, i| {
        let t = &toks[i];
        // The last word of a name: "Redbourne General Hospital" is "the hospital".
        if t.capitalized() && t.base().eq_ignore_ascii_case(word) {
            return name_ending_at(text, toks, i);
        }
        let kin = firm && t.text != word && doc.lang.is_company_word(&t.lower());
        if kin {
            let name = words_after(text, toks, i, |n| is_title_case(n.base()));
            return (!name.is_empty()).then_some(name);
        }
        // A verb of the same spelling is no mention of it ("able to park for free").
        if t.text != word
            || lower_has(
                &[
                    "to", "will", "would", "can", "could", "may", "must", "should", "cannot",
                ],
                toks[i - 1].text,
            )
        {
            return None;
        }
        // Right after the noun: a name ("ferry Islay Star", not "value: Borrowed").
        let name = words_after(text, toks, i, |n| is_title_case(n.base()));
        if !name.is_empty() {
            return Some(name);
        }
        // Or what a preposition after the noun names: the place it is at ("the
        // coal-fired power station at Ashworth Ridge"), or what it was of ("the city
        // council's ban on ride-hailing apps").
        let p = toks.get(i + 1).filter(|p| next_to(text, t, p))?;
        let what = match p.text {
            // (Not a month: "found the coin in April 2025".)
            "at" | "in" => words_after(text, toks, i + 1, |n| {
                is_title_case(n.base()) && !crate::index::is_day_or_month(&n.lower())
            }),
            // (Nor a day: "The committee on Wednesday voted …".)
            "on" | "of" | "for" | "against" => words_after(text, toks, i + 1, |n| {
                !crate::text::is_function_word(&n.lower())
                    && !crate::index::is_day_or_month(&n.lower())
                    && n.text.chars().all(|c| c.is_alphabetic() || c == '-')
            }),
            _ => return None,
        };
        (!what.is_empty()).then_some(what)
    })
    .or_else(|| named_before(doc, s, word))
}

/// The name written right before the noun `word` in an earlier sentence, when no name
/// ends in it nor follows it: "the Langham Lane crossing" is what "The crossing" stands
/// for. Not a sentence's first word ("Four skiers"), nor words the lexicon knows but as
/// names ("a British choir", "the Tuesday meeting").
fn named_before(doc: &Doc, s: usize, word: &str) -> Option<String> {
    in_earlier_words(doc, s, 2, |text, toks, i| {
        if toks[i].text != word {
            return None;
        }
        let name = name_ending_at(text, toks, i)?;
        // (`name_ending_at` joins the tokens it took, the noun last.)
        let first = (i + 1).checked_sub(name.split(' ').count())?;
        let words = &toks[first..i];
        let plain = |t: &Tok| {
            let w = t.lower();
            crate::index::is_day_or_month(&w) || (doc.lang.is_word(&w) && !doc.lang.is_name(&w))
        };
        (first > 0 && !words.iter().all(plain)).then_some(name)
    })
}

/// The first `Some` of `find(text, tokens, i)` over the words of the sentences before
/// `s`, nearest sentence first, at most [`NOUN_REACH`] back, from each sentence's word
/// `from` on: the walk [`named_by`] and [`named_before`] make for a noun's name.
fn in_earlier_words<T>(
    doc: &Doc,
    s: usize,
    from: usize,
    find: impl Fn(&str, &[Tok], usize) -> Option<T>,
) -> Option<T> {
    (s.saturating_sub(NOUN_REACH)..s).rev().find_map(|k| {
        let toks = &doc.tokens[k];
        let text = doc.par_text(k);
        (from..toks.len()).find_map(|i| find(text, toks, i))
    })
}

/// The name whose last word is token `at`: up to three title-case words before it, each
/// one space from the next (`Mill Street Bridge`, not `The Bridge`); `None` without one.
/// Initials inside the name come along without counting (`St. Aidan's CE Primary
/// School`), as does a saint's `St.` with its full stop, so that "the school" stands for
/// all of the name.
fn name_ending_at(text: &str, toks: &[Tok], at: usize) -> Option<String> {
    let is_initials =
        |w: &str| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    let mut first = at;
    let mut words = 0;
    while first > 0 && words < 3 {
        let (prev, t) = (&toks[first - 1], &toks[first]);
        let word = prev.base();
        let initials = is_initials(word);
        let saint = word == "St" && text.get(prev.end..t.start) == Some(". ");
        if !((is_title_case(word) || initials)
            && !crate::text::is_function_word(&prev.lower())
            && (next_to(text, prev, t) || saint))
        {
            break;
        }
        words += usize::from(!initials);
        first -= 1;
    }
    // Initials only inside a name: leading ones are a body of their own ("NATO Mission
    // Iraq" is NATO's mission, not "the mission" NATO).
    while first < at && is_initials(toks[first].base()) {
        first += 1;
    }
    (first < at).then(|| {
        toks[first..=at]
            .iter()
            .map(|t| t.base())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// True when exactly one space separates two tokens.
fn next_to(text: &str, a: &Tok, b: &Tok) -> bool {
    text.get(a.end..b.start) == Some(" ")
}

/// Up to three words after token `at`, each one space after the one before and each
/// passing `ok`, joined by spaces (possessives dropped); empty when the first fails.
fn words_after(text: &str, toks: &[Tok], at: usize, ok: impl Fn(&Tok) -> bool) -> String {
    let mut words: Vec<&str> = Vec::new();
    for (prev, n) in toks[at..].iter().zip(&toks[at + 1..]).take(3) {
        if !(ok(n) && next_to(text, prev, n)) {
            break;
        }
        words.push(n.base());
    }
    words.join(" ")
}

/// The subject noun phrase of sentence `s`, if it names one (not a pronoun):
/// `The new NATO Mission Iraq is expected…` → `The new NATO Mission Iraq`.
/// What a pronoun that refers back to sentence `s` stands for: its subject, or the name
/// an opening definite noun stands for ("The club spent the 2025 season at Fishburn" after
/// "Skerne Valley Cricket Club played at home …": "It has since recovered to 165
/// members" is about Skerne Valley Cricket Club).
fn referent(doc: &Doc, s: usize) -> Option<String> {
    let subject = subject_phrase(doc, s)?;
    // (A name, not what the noun was for: "two charter boats for medical visits. The
    // boats will carry patients. They will sail at 9 a.m." is about the boats.)
    let name = subject
        .starts_with("The ")
        .then(|| named_by_noun(doc, s))
        .flatten()
        .filter(|n| n.split(' ').all(|w| w.starts_with(char::is_uppercase)));
    Some(name.unwrap_or(subject))
}

fn subject_phrase(doc: &Doc, s: usize) -> Option<String> {
    let (_, _, _, heading) = doc.sentences[s];
    if heading {
        return None;
    }
    let text = doc.par_text(s);
    let toks = &doc.tokens[s];
    let first = toks.first()?;
    // List items and fragments (`free study rooms…;`) are not sentences to refer to.
    if !first.capitalized() || doc.text_of(s).trim_end().ends_with([';', ':']) && toks.len() < 4 {
        return None;
    }
    let mut i = 0;
    // An opening adverbial (`On 31 October 2018, …`) comes before the subject.
    if matches!(
        first.lower().as_str(),
        "on" | "in"
            | "at"
            | "after"
            | "before"
            | "during"
            | "since"
            | "following"
            | "under"
            | "with"
            | "for"
            | "by"
            | "from"
            | "until"
            | "despite"
            | "last"
            | "earlier"
            | "later"
            | "today"
            | "yesterday"
            | "according"
            | "when"
            | "while"
            | "as"
            | "if"
            | "although"
            | "because"
            | "now"
            | "meanwhile"
            | "however"
    ) {
        let comma = toks.iter().take(15).enumerate().find(|(k, t)| {
            toks.get(k + 1)
                .is_some_and(|n| text[t.end_dot()..n.start].contains(','))
        })?;
        i = comma.0 + 1;
    }
    let head = toks.get(i)?;
    let hl = head.lower();
    // "Its radar can pick out objects as small as 50 cm. It was launched on …": a
    // subject owned by a pronoun ("its radar") speaks of the one the pronoun stands for,
    // which the next opening "It" stands for too, not of the thing owned.
    if matches!(hl.as_str(), "its" | "their") {
        return None;
    }
    if matches!(
        hl.as_str(),
        "it" | "they" | "he" | "she" | "we" | "i" | "you" | "this" | "these" | "that" | "there"
    ) && toks.get(i + 1).is_none_or(|n| {
        has(VERBS, &n.lower()) || is_reporting_verb(&n.lower()) || n.lower().ends_with("ed")
    }) {
        return None;
    }
    let j = phrase_end(text, toks, i);
    if j == i || (j == i + 1 && has(DETERMINERS, &hl)) {
        return None;
    }
    // "The worst affected route is the 47, which …": what the subject is names the
    // referent too ("It will drop from six journeys a day to two" speaks of the 47).
    let plain_gap = |a: &Tok, b: &Tok| text[a.end_dot()..b.start].trim().is_empty();
    let mut end = j;
    if let (Some(be), Some(next)) = (toks.get(j), toks.get(j + 1)) {
        if matches!(be.lower().as_str(), "is" | "was" | "are" | "were")
            && plain_gap(&toks[j - 1], be)
            && plain_gap(be, next)
            && (has(DETERMINERS, &next.lower())
                || next.capitalized()
                || next.text.starts_with(|c: char| c.is_ascii_digit()))
        {
            let k = phrase_end(text, toks, j + 1);
            if k > j + 1 && !(k == j + 2 && has(DETERMINERS, &next.lower())) {
                end = k;
            }
        }
    }
    let mut phrase = squash(&text[head.start..toks[end - 1].end]);
    // "The county council has promised a demand-responsive minibus service, … It is due
    // to begin in June": a thing the sentence introduces (an indefinite object right
    // after the verb) may be what the pronoun stands for as well.
    if end == j {
        let mut v = j;
        while toks.get(v).is_some_and(|t| has(AUXILIARIES, &t.lower())) {
            v += 1;
        }
        if let Some(a) = toks.get(v + 1).filter(|a| matches!(a.text, "a" | "an")) {
            let k = phrase_end(text, toks, v + 2);
            if plain_gap(&toks[v], a) && k > v + 2 {
                phrase.push(' ');
                phrase.push_str(&squash(&text[toks[v + 2].start..toks[k - 1].end]));
            }
        }
    }
    Some(phrase)
}

/// Where the noun phrase opening at token `i` ends: at punctuation, a verb, an adverb, a
/// relative pronoun or a preposition, after eight words at most.
fn phrase_end(text: &str, toks: &[Tok], i: usize) -> usize {
    let mut j = i;
    while j < toks.len() && j - i < 8 {
        let t = &toks[j];
        if j > i {
            let gap = &text[toks[j - 1].end_dot()..t.start];
            if gap.contains([',', ';', ':', '"', '“', '”', '(', '—', '–']) {
                break;
            }
        }
        let l = t.lower();
        // "A *fell* runner was carried off a moor": no verb right after an article.
        let after_article = j == i + 1 && matches!(toks[i].lower().as_str(), "a" | "an" | "the");
        if j > i
            && ((has(VERBS, &l) && !after_article)
                || is_reporting_verb(&l)
                || (l.ends_with("ly") && l.len() > 4)
                || matches!(
                    l.as_str(),
                    "also"
                        | "still"
                        | "already"
                        | "never"
                        | "who"
                        | "which"
                        | "that"
                        | "in"
                        | "at"
                        | "on"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "to"
                        | "into"
                        | "over"
                        | "after"
                        | "before"
                        | "during"
                        | "about"
                        | "between"
                        | "since"
                        | "until"
                        | "through"
                        | "than"
                )
                // (Not after a superlative: "the worst affected route".)
                || (l.ends_with("ed")
                    && !l.contains('-')
                    && j > i + 1
                    && !matches!(toks[j - 1].lower().as_str(), "most" | "least" | "worst" | "best")))
        {
            break;
        }
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn toks(text: &str) -> Vec<Tok<'_>> {
        tokenize(text, 0, text.len())
    }

    fn parse(text: &str) -> Knowledge {
        parse_with(text, &Lang::plain())
    }

    /// As `parse`, with a lexicon that knows kinds of person.
    fn parse_with(text: &str, lang: &Lang) -> Knowledge {
        crate::article::parse_article(std::path::Path::new("t.txt"), text, lang).expect("parses")
    }

    #[test]
    fn a_kind_of_person_the_lexicon_knows_makes_a_name_a_person() {
        let text = "Title\n\nMaureen Kelly said: \"It is late.\"\n\nAmong them was Ken Thorpe, \
                    a retired signalman from Eastfield. \"I waited six years,\" he said.\n\n\
                    The main contractor, Halden Rail Systems, declined to comment.\n";
        let lexicon = "class\tsignalman\tperson\nclass\tcontractor\tperson\n";
        let k = parse_with(text, &Lang::with_records(lexicon));
        assert_eq!(speaker(&k, "\"I waited").as_deref(), Some("Ken Thorpe"));
        assert_eq!(
            person(&k, "Ken Thorpe").role.as_deref(),
            Some("a retired signalman from Eastfield")
        );
        // A name that runs on into a capitalized word is an organisation's.
        assert!(k.people.iter().all(|p| !p.name.starts_with("Halden")));
        // A possessive determiner starting the sentence is lowered like `The`.
        assert_eq!(clean_role("Her producer"), "her producer");
        // Without the lexicon, `signalman` is no known role: the quote went to Kelly.
        assert_eq!(
            speaker(&parse(text), "\"I waited").as_deref(),
            Some("Maureen Kelly")
        );
    }

    #[test]
    fn a_given_name_before_a_surname_no_word_is_a_persons_name() {
        let text = "Title\n\nEllie Dinsdale and her collie, Meg, scored 94 points.\n\n\
                    The walkers set off from Glen Sorrach at dawn.\n\n\
                    \"I did not think we had a chance,\" Ellie said.\n";
        let lexicon = "class\tellie\tfemale\nclass\tglen\tmale\nrel\tglen\tvalley:0.90\n";
        let k = parse_with(text, &Lang::with_records(lexicon));
        assert_eq!(
            speaker(&k, "\"I did not").as_deref(),
            Some("Ellie Dinsdale")
        );
        // A given name that is an English word too opens a place's name as often.
        assert!(k.people.iter().all(|p| !p.name.starts_with("Glen")));
        // Without the census names, nothing marks Ellie Dinsdale a person.
        assert!(parse(text).people.is_empty());
    }

    #[test]
    fn a_given_name_alone_is_the_one_person_of_that_name() {
        let k = parse(
            "Title\n\nIshani Rao, 12, has become a grandmaster. Her father, Suresh Rao, \
             paid for it.\n\n\"I did not believe it,\" Ishani said.\n\n\
             The new bank, to be called Banca Adige Brenta, will have 310 branches.\n\n\
             Banca Adige's chief, Paolo Ferretti, said: \"We will grow now.\"\n",
        );
        assert_eq!(speaker(&k, "\"I did not").as_deref(), Some("Ishani Rao"));
        // A first word inside a longer name is no given name.
        assert_eq!(
            speaker(&k, "Banca Adige's").as_deref(),
            Some("Paolo Ferretti")
        );
    }

    #[test]
    fn a_quoted_fragment_in_reported_speech_is_the_reporters_despite_a_later_verb() {
        let k = parse(
            "Title\n\nOpposition councillor Derek Ashworth said that taxpayers were \
             \"picking up the bill\" and called for a public inquiry.\n\n\
             \"It is over,\" the company said.\n",
        );
        assert_eq!(
            speaker(&k, "Opposition councillor").as_deref(),
            Some("Derek Ashworth")
        );
        // With no one before the quote, the one after it (no person) stands.
        assert_eq!(speaker(&k, "\"It is over"), None);
    }

    /// The speaker's name of the sentence starting with `start`.
    fn speaker(k: &Knowledge, start: &str) -> Option<String> {
        let s = sentence(k, start);
        assert!(s.quote || s.speaker.is_none(), "{start}");
        said_by(k, start)
    }

    /// Who a sentence's words are, quoted or reported ("X told the court that …").
    fn said_by(k: &Knowledge, start: &str) -> Option<String> {
        sentence(k, start).speaker.map(|p| k.person(p).name.clone())
    }

    fn sentence<'k>(k: &'k Knowledge, start: &str) -> &'k Sentence {
        k.sentences
            .iter()
            .find(|s| s.text.starts_with(start))
            .unwrap_or_else(|| panic!("no sentence starts with {start:?}"))
    }

    fn person<'k>(k: &'k Knowledge, name: &str) -> &'k Person {
        k.people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no person {name:?} in {:?}", names(k)))
    }

    fn names(k: &Knowledge) -> Vec<&str> {
        k.people.iter().map(|p| p.name.as_str()).collect()
    }

    const BRIDGE: &str = r#"Council votes to close the old bridge

The city council voted on Tuesday to close the Old Mill Bridge to cars from June. The bridge, built in 1887, has been shut twice this year for repairs.

"We have no choice," said Councillor Jane Smith, who chairs the transport committee. "The steel is failing. Every month we wait makes it worse," she said, "and the repairs would cost more than a new bridge."

Her colleague, Mr. John Smith, voted against the plan. Mr. Smith said the closure would cut the town in two. "Shops on the east bank will suffer," he told the Herald.

"The decision was taken after careful study," the council said in a statement. The so-called "Plan B" was rejected.

Local baker Anna Kowalski, 52, said: "Half my customers come over that bridge. I do not know what I will do." Kowalski has run the bakery since 1998.

According to Dr. Peter O'Brien of the state roads agency, the bridge could be repaired for 2 million dollars. He was not consulted. This is the third closure since 2020. It will reopen only to cyclists.

"I thank Mayor Lucas Berg for his support," Ms. Smith added.
"#;

    #[test]
    fn title_abbreviations() {
        assert!(TITLE_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(title_word("gov"), Some("governor"));
        assert_eq!(title_word("governor"), None);
    }

    #[test]
    fn reporting_verbs_are_sorted() {
        assert!(REPORTING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_reporting_verb("warned") && !is_reporting_verb("warning"));
    }

    #[test]
    fn police_ranks_are_titles_and_a_short_quote_after_a_colon_is_speech() {
        let k = parse(
            "Dogs\n\nPC Hannah Driscoll, the force's rural crime officer, said: \"Any dog \
             can chase sheep.\"\n\nShe added: \"Call 101.\"\n",
        );
        let driscoll = person(&k, "Hannah Driscoll");
        assert_eq!(driscoll.title.as_deref(), Some("PC"));
        assert_eq!(speaker(&k, "She added").as_deref(), Some("Hannah Driscoll"));
        assert_eq!(title_word("pc"), Some("constable"));
        // Two words in quotation marks with nothing to introduce them are no speech.
        let k = parse("Film\n\nThe so-called \"perfect storm\" hit on Monday.\n");
        assert!(!k.sentences[0].quote);
    }

    #[test]
    fn a_name_that_ends_a_quote_is_not_its_speaker() {
        let k = parse(
            "Brewery\n\nThe brewery is on Mill Lane.\n\n\"We could have moved, but this \
             brewery belongs on Mill Lane,\" said her brother James, the head brewer.\n",
        );
        assert!(
            names(&k).iter().all(|n| *n != "Mill Lane"),
            "{:?}",
            names(&k)
        );
    }

    #[test]
    fn roles_that_open_the_sentence() {
        let k = parse(
            "Strike\n\nNVR's managing director, Dr. Katrin Holm, said the offer was fair. \
             Deputy mayor Helen Ashby, who led the policy, said the council was disappointed.",
        );
        assert_eq!(
            person(&k, "Katrin Holm").role.as_deref(),
            Some("NVR's managing director")
        );
        assert_eq!(
            person(&k, "Helen Ashby").role.as_deref(),
            Some("deputy mayor")
        );
        // A capitalized word before a number is part of the role.
        let lang = Lang::with_records("class\tpupil\tperson\n");
        let k = parse_with(
            "Shop\n\nThe idea came from Year 11 pupil Amira Hussain, 16, and her mother.",
            &lang,
        );
        assert_eq!(
            person(&k, "Amira Hussain").role.as_deref(),
            Some("Year 11 pupil")
        );
        // A role may say where it is held: "on the council" is part of it.
        let k = parse(
            "Homes\n\nThe group leader on the council, Cllr. Ann Lee, said that it was fine. \
             The leader of the opposition group on KBC, Tom Figgis, told the BBC that it \
             was not.",
        );
        assert_eq!(
            person(&k, "Ann Lee").role.as_deref(),
            Some("the group leader on the council")
        );
        assert_eq!(
            person(&k, "Tom Figgis").role.as_deref(),
            Some("the leader of the opposition group on KBC")
        );
        let k = parse(
            "Return\n\nHistorian Amélie Roussel said the decision was overdue. \
             The fire's incident commander, Chief Ray Okonkwo, said: \"Go now.\"",
        );
        assert_eq!(
            person(&k, "Amélie Roussel").role.as_deref(),
            Some("historian")
        );
        assert_eq!(person(&k, "Ray Okonkwo").title.as_deref(), Some("Chief"));
        // A role that reads as a title keeps its capitals, as does a name's adjective; so
        // too for a role in apposition that opens the sentence, and its owner's name. A
        // word only loosely related to a name (`one` ~ `monas`) is no name's adjective.
        let lang = Lang::with_records(
            "class\tmp\tperson\nclass\tcouncillor\tperson\nclass\trunner\tperson\n\
             class\tuganda\tname\nrel\tugandan\tuganda:0.70\nclass\tfarmer\tperson\n\
             class\tmona\tname\nrel\tone\tmonas:0.21\nclass\tdirector\tperson\n",
        );
        // The role of the one person a sentence names.
        let role = |sentence: &str| {
            let k = parse_with(&format!("Vote\n\n{sentence}\n"), &lang);
            k.people.first().and_then(|p| p.role.clone())
        };
        let said = |opening: &str| role(&format!("{opening} Ann Lee said it was close."));
        assert_eq!(said("Labour MP").as_deref(), Some("Labour MP"));
        assert_eq!(
            said("Veteran councillor").as_deref(),
            Some("veteran councillor")
        );
        assert_eq!(said("Ugandan runner").as_deref(), Some("Ugandan runner"));
        let found = |opening: &str| role(&format!("{opening}, Gwen Hartley, found it."));
        assert_eq!(found("One farmer").as_deref(), Some("one farmer"));
        assert_eq!(
            found("Managing director of Lee Farms").as_deref(),
            Some("managing director of Lee Farms")
        );
        assert_eq!(
            found("Halvern's director").as_deref(),
            Some("Halvern's director")
        );
        assert_eq!(
            found("Fairways' director").as_deref(),
            Some("Fairways' director")
        );
        // A role right after the reporting verb, headed by its owner.
        let k =
            parse("Recall\n\n\"We are sorry,\" said Fairways' chief executive, Mark Ellison.\n");
        assert_eq!(
            person(&k, "Mark Ellison").role.as_deref(),
            Some("Fairways' chief executive")
        );
        // A capitalized occupation inside the sentence is a title too, with the words
        // that qualify it; the quote is the person's.
        let k = parse(
            "Fire\n\nCrews worked all night. Group Manager Alan Prescott, who led the \
             operation, said: \"It was hard.\"",
        );
        let prescott = person(&k, "Alan Prescott");
        assert_eq!(prescott.title.as_deref(), Some("Group Manager"));
        assert_eq!(k.sentences[1].speaker, Some(prescott.id));
        // The quote goes on in the next sentence, right after the name.
        let k = parse(
            "Bridge\n\n\"It will hurt,\" said the council's spokesman, Tom Reed. \"But it must be done.\"",
        );
        assert_eq!(
            person(&k, "Tom Reed").role.as_deref(),
            Some("the council's spokesman")
        );
        // The name given as such.
        let k = parse(
            "Balloon\n\nThe pilot, named locally as Mr. Daniel Whitcombe, has flown for \
             20 years. The farmer, identified as Mr. Gareth Pryce, said he heard a roar.",
        );
        assert_eq!(
            person(&k, "Daniel Whitcombe").role.as_deref(),
            Some("the pilot")
        );
        assert_eq!(
            person(&k, "Gareth Pryce").role.as_deref(),
            Some("the farmer")
        );
    }

    #[test]
    fn people_of_an_article() {
        let k = parse(BRIDGE);
        assert_eq!(
            names(&k),
            [
                "Jane Smith",
                "John Smith",
                "Anna Kowalski",
                "Peter O'Brien",
                "Lucas Berg"
            ]
        );
        let jane = person(&k, "Jane Smith");
        assert_eq!(jane.title.as_deref(), Some("Councillor"));
        // `Ms. Smith` is Jane, not John: the titles tell their genders apart.
        assert!(jane.variants.iter().any(|v| v == "Ms. Smith"));
        assert!(!person(&k, "John Smith")
            .variants
            .iter()
            .any(|v| v == "Ms. Smith"));
        assert_eq!(
            person(&k, "Anna Kowalski").role.as_deref(),
            Some("local baker")
        );
        assert_eq!(
            person(&k, "Peter O'Brien").role.as_deref(),
            Some("of the state roads agency")
        );
        // A Herald is no person, nor is the Old Mill Bridge.
        assert!(!names(&k)
            .iter()
            .any(|n| n.contains("Herald") || n.contains("Mill")));
    }

    #[test]
    fn quote_forms_and_speakers() {
        let k = parse(BRIDGE);
        let jane = Some("Jane Smith".to_string());
        // `"…," said X`, then a quote with no attribution of its own continues it.
        assert_eq!(speaker(&k, "\"We have no choice,\""), jane);
        assert_eq!(speaker(&k, "\"The steel is failing."), jane);
        // A quote split around `she said`.
        assert_eq!(speaker(&k, "Every month we wait"), jane);
        // `he told`: the latest man named outside quotes.
        assert_eq!(
            speaker(&k, "\"Shops on the east bank").as_deref(),
            Some("John Smith")
        );
        // An organisation speaks: quoted, but nobody's.
        let council = sentence(&k, "\"The decision was taken");
        assert!(council.quote && council.speaker.is_none());
        // Scare quotes are no speech.
        assert!(!sentence(&k, "The so-called").quote);
        // `X, 52, said: "…"` over two sentences.
        assert_eq!(
            speaker(&k, "Local baker Anna Kowalski").as_deref(),
            Some("Anna Kowalski")
        );
        assert_eq!(
            speaker(&k, "I do not know what").as_deref(),
            Some("Anna Kowalski")
        );
        assert!(!sentence(&k, "Kowalski has run").quote);
        // A person named inside a quote is a person, but not its speaker.
        assert_eq!(speaker(&k, "\"I thank Mayor Lucas Berg"), jane);
    }

    #[test]
    fn the_company_is_the_firm_the_sentences_before_open_with() {
        let text = "Title\n\nLoomwell Crafts, which sells yarn, discovered the breach on 2 \
                    November. Trading Standards officers said they had four complaints. \
                    Loomwell has reported the incident. Mr. Tennant said it was bad. \
                    Customers can report fake emails. The company said hackers got in. \
                    The charity appeal was led by volunteers. The council said it would help.\n";
        let lexicon = "class\tcompany\tcompany\nclass\tcharity\tcompany\n";
        let k = parse_with(text, &Lang::with_records(lexicon));
        let ctx = |start: &str| sentence(&k, start).context.clone();
        // The firm mentioned most, not the nearest name (a person, a common word
        // capitalized at the start, a body that speaks once).
        assert_eq!(ctx("The company said").as_deref(), Some("Loomwell Crafts"));
        // Not where the noun only describes the subject, nor for a kind of body.
        assert_eq!(ctx("The charity appeal"), None);
        assert_eq!(ctx("The council said"), None);
        // The lexicon says which nouns are kinds of company.
        let plain = parse(text);
        assert_eq!(sentence(&plain, "The company said").context, None);
        // A firm another word for a kind of company named ("the energy firm Northern
        // Grid Solar"), not the name sentences open with most (a castle's grounds).
        let text = "Title\n\nAlnwick Castle opened its grounds. Alnwick Castle said it was \
                    delighted. The run's sponsor, the energy firm Northern Grid Solar, pulled \
                    out. The company declined to comment.\n";
        let lexicon = "class\tcompany\tcompany\nclass\tfirm\tcompany\n";
        let k = parse_with(text, &Lang::with_records(lexicon));
        assert_eq!(
            sentence(&k, "The company declined").context.as_deref(),
            Some("Northern Grid Solar")
        );
    }

    #[test]
    fn pronoun_context() {
        let k = parse(BRIDGE);
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("He was not consulted").as_deref(),
            Some("Peter O'Brien")
        );
        assert_eq!(ctx("Her colleague").as_deref(), Some("Jane Smith"));
        assert_eq!(
            ctx("This is the third closure").as_deref(),
            Some("the bridge")
        );
        assert_eq!(ctx("It will reopen").as_deref(), Some("the bridge"));
        assert_eq!(ctx("Mr. Smith said"), None);
        // After a short opening phrase that names no one.
        let k = parse_with(
            "Title\n\nDerek Hollins, 71, drove his last bus on Friday.\n\nHe joined the firm \
             in 1976.\n\nSince then he has driven 1.9 million miles.\n",
            &Lang::bundled(),
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(ctx("Since then").as_deref(), Some("Derek Hollins"));
    }

    #[test]
    fn a_role_held_in_a_body_stands_for_the_body_abbreviated_before() {
        let k = parse_with(
            "Title\n\nPassenger numbers fell by 18%, according to figures from the Nidd \
             Valley Rail Users' Group (NVRUG).\n\nIts chairman, Peter Atkinson, said: \
             \"It was a long winter.\"\n\nPassenger numbers fell again.\n\n\
             Its chairman did not comment.\n",
            &Lang::bundled(),
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("Its chairman, Peter").as_deref(),
            Some("Nidd Valley Rail Users' Group (NVRUG)")
        );
        // With no body named before, the subject as for any "Its".
        assert_eq!(
            ctx("Its chairman did").as_deref(),
            Some("Passenger numbers")
        );
    }

    #[test]
    fn a_definite_noun_finds_the_name_written_before_it() {
        let k = parse_with(
            "Title\n\nTrains were delayed by a fault at the Langham Lane crossing.\n\n\
             The crossing is used by about 300 vehicles a day.\n\n\
             Judges praised a British choir.\n\nThe choir won £500.\n\n\
             The ParkWell app stopped taking payments on Monday.\n\n\
             The app is run by Kerbside Digital Ltd.\n",
            &Lang::bundled(),
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("The crossing").as_deref(),
            Some("Langham Lane crossing")
        );
        assert_eq!(ctx("The choir"), None);
        // A name with a capital inside it is a name too.
        assert_eq!(ctx("The app is").as_deref(), Some("ParkWell app"));
    }

    #[test]
    fn it_stands_for_no_person_and_a_day_names_nothing() {
        let k = parse_with(
            "Title\n\nThe Northern Star, a ferry, left the terminal at 5:30 p.m. on Friday.\n\n\
             The harbour master closed the approach channel at 7:15 a.m.\n\n\
             It finally berthed at 6:10 p.m.\n\n\
             Members of the transport committee on Wednesday heard from drivers.\n\n\
             The committee voted by seven votes to four.\n",
            &Lang::bundled(),
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(ctx("It finally").as_deref(), Some("The Northern Star"));
        assert_eq!(ctx("The committee voted"), None);
    }

    #[test]
    fn an_opening_definite_noun_finds_a_name_given_long_before() {
        let filler = "The committee heard from objectors.\n\n".repeat(25);
        let k = parse(&format!(
            "Title\n\nThe Dales National Park Authority refused the plan.\n\n{filler}\
             The authority's spokeswoman, Karen Lister, said a notice would follow.\n"
        ));
        assert_eq!(
            sentence(&k, "The authority's").context.as_deref(),
            Some("Dales National Park Authority")
        );
    }

    #[test]
    fn an_opening_age_stands_for_whom_or_what_was_just_introduced() {
        let k = parse_with(
            "Title\n\nA fell runner was carried off a moor above Reeth on Thursday.\n\n\
             The 34-year-old man, from Darlington, set off at 7.15 a.m.\n\n\
             Halbury Town have sacked manager Gareth Milne after a home defeat.\n\n\
             The 47-year-old Scot was dismissed on Sunday morning.\n\n\
             Cars will be banned from the Abbot Bridge in Elmstead from Monday.\n\n\
             The 214-year-old bridge over the River Wend carries 11,000 vehicles a day.\n",
            &Lang::bundled(),
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(ctx("The 34-year-old").as_deref(), Some("A fell runner"));
        assert_eq!(ctx("The 47-year-old").as_deref(), Some("Gareth Milne"));
        assert_eq!(ctx("The 214-year-old").as_deref(), Some("Abbot Bridge"));
    }

    #[test]
    fn words_after_a_question_put_to_someone_lean_on_it() {
        let k = parse(
            "Title\n\nAsked what he would miss most, Mr. Harold Pembury did not hesitate. \
             \"The sound of leather on willow,\" he said.\n\n\"I will miss the teas too,\" \
             he added.\n",
        );
        let leans = |start: &str| sentence(&k, start).leans_on.clone();
        assert_eq!(
            leans("\"The sound").as_deref(),
            Some("what he would miss most")
        );
        // Only the words right after it, in its paragraph.
        assert_eq!(leans("\"I will miss"), None);
    }

    #[test]
    fn a_lawyer_s_part_in_a_court_report_is_their_role() {
        let text = "Title\n\nProsecuting for the council, Ms. Priya Raman told the court that \
                    staff had known about the mice.\n\nDefending Darren Cole, Mr. Simon Ashe \
                    said his client was ashamed.\n\nDefending champion Tom Reed, 24, said he \
                    was ready.\n";
        let k = parse(text);
        assert_eq!(
            person(&k, "Priya Raman").role.as_deref(),
            Some("prosecuting for the council")
        );
        assert_eq!(
            person(&k, "Simon Ashe").role.as_deref(),
            Some("defending Darren Cole")
        );
        // No comma before the name: a title of sport, not a court.
        assert!(k
            .people
            .iter()
            .all(|p| p.role.as_deref() != Some("defending champion")));
    }

    #[test]
    fn a_given_name_tells_whom_he_or_she_stands_for() {
        let text = "Title\n\nKen Hartley, a retired postman, rode 1,012 miles in 16 days.\n\n\
                    Beth Lowry, the charity's manager, said donations had come from Canada.\n\n\
                    \"It was hard going,\" he said.\n";
        let lexicon = "class\tbeth\tfemale\nclass\tken\tmale\nclass\tmanager\tperson\n\
                       class\tpostman\tperson\n";
        let k = parse_with(text, &Lang::with_records(lexicon));
        assert_eq!(speaker(&k, "\"It was hard").as_deref(), Some("Ken Hartley"));
        // Without the lexicon's given names, the latest person named was taken.
        let persons = "class\tmanager\tperson\nclass\tpostman\tperson\n";
        let k = parse_with(text, &Lang::with_records(persons));
        assert_eq!(speaker(&k, "\"It was hard").as_deref(), Some("Beth Lowry"));
    }

    #[test]
    fn she_with_no_person_before_is_what_the_sentence_before_is_about() {
        let k = parse(
            "Title\n\nBramble, a springer spaniel, disappeared on Pendine Sands in 2023. \
             Her owners spent more than £4,000 on posters.\n\nMs. Ann Lee runs the shelter. \
             Her team found the dog.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(ctx("Her owners").as_deref(), Some("Bramble"));
        // A person before it is still the one meant.
        assert_eq!(ctx("Her team").as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn what_the_subject_is_names_the_referent_too() {
        let k = parse(
            "Title\n\nThe worst affected route is the 47, which links Hawkscar to Kelbridge. \
             It will drop from six journeys a day to two.\n\nThe plan is expected to cost \
             more. It was approved on Monday.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("It will drop").as_deref(),
            Some("The worst affected route is the 47")
        );
        // No noun phrase after "is": the subject alone.
        assert_eq!(ctx("It was approved").as_deref(), Some("The plan"));
    }

    #[test]
    fn a_subject_owned_by_a_pronoun_passes_the_referent_on() {
        let k = parse(
            "Title\n\nThe 86 kg satellite was built by Nordlys Space.\n\nIts radar can \
             pick out objects as small as 50 cm.\n\nIt was launched on an Electron rocket.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("It was launched").as_deref(),
            Some("The 86 kg satellite")
        );
    }

    #[test]
    fn a_thing_the_sentence_before_introduces_may_be_the_referent() {
        let k = parse(
            "Title\n\nThe county council has promised a demand-responsive minibus service, \
             bookable by phone. It is due to begin in June.\n\nThe council approved the \
             plan. It will meet again in May.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("It is due").as_deref(),
            Some("The county council demand-responsive minibus service")
        );
        // A definite object is something already spoken of: the subject alone.
        assert_eq!(ctx("It will meet").as_deref(), Some("The council"));
    }

    #[test]
    fn british_titles_need_no_full_stop() {
        let k = parse(
            "Council\n\nCllr Ann Lee and Det Sgt Karen Mallory met the Rev Judith \
             Amberley.\n\nGen Z voters rode up the Col du Galibier.\n",
        );
        assert_eq!(person(&k, "Ann Lee").title.as_deref(), Some("Cllr"));
        assert_eq!(
            person(&k, "Karen Mallory").title.as_deref(),
            Some("Det Sgt")
        );
        assert_eq!(person(&k, "Judith Amberley").title.as_deref(), Some("Rev"));
        assert_eq!(names(&k), ["Ann Lee", "Karen Mallory", "Judith Amberley"]);
    }

    #[test]
    fn a_role_before_a_title_s_article_is_the_role() {
        let k = parse(
            "Bell\n\nThe rector of Upper Wendle, the Rev. Judith Amberley, said the bell \
             was gone.\n",
        );
        assert_eq!(
            person(&k, "Judith Amberley").role.as_deref(),
            Some("the rector of Upper Wendle")
        );
    }

    #[test]
    fn titles_need_a_name_after_them() {
        let k = parse(
            "Title\n\nGeneral Motors said sales rose. The Commander of the fleet and \
             Deputy Chief of Staff met. President Ana Lima spoke.\n",
        );
        assert_eq!(names(&k), ["Ana Lima"]);
        assert_eq!(person(&k, "Ana Lima").title.as_deref(), Some("President"));
    }

    #[test]
    fn untitled_names_need_a_sign_of_a_person() {
        let k = parse(
            "Title\n\nThe Port Alder council met the Jean Rostand school. Kessler Bay \
             is calm. The firm Van Rijn Hydraulics built it, said engineer Maria Holm. \
             Omar bin Rashid said it was fine. Later, the historian Ruth Abara agreed.\n",
        );
        assert_eq!(names(&k), ["Maria Holm", "Omar bin Rashid", "Ruth Abara"]);
        assert_eq!(person(&k, "Maria Holm").role.as_deref(), Some("engineer"));
        assert_eq!(person(&k, "Ruth Abara").role.as_deref(), Some("historian"));
        let omar = person(&k, "Omar bin Rashid");
        assert!(omar.variants.iter().any(|v| v == "bin Rashid"));
    }

    #[test]
    fn particles_and_initials_stay_in_names() {
        let text = "Sen. J. R. Hartley met Ludwig van der Berg";
        let t = toks(text);
        assert_eq!(title_at(text, &t, 0, &Lang::plain()), Some(1));
        assert_eq!(name_end(text, &t, 1, true), (4, 1));
        // `van der Berg`, not `Ludwig van`.
        let (end, words) = name_end(text, &t, 5, false);
        assert_eq!(
            (&text[t[5].start..t[end - 1].end], words),
            ("Ludwig van der Berg", 2)
        );
    }

    #[test]
    fn subject_phrases() {
        let k = parse(
            "Title\n\nOn 31 October 2018, a new NATO-led mission in Iraq started its work. \
             The new NATO Mission Iraq is expected to be fully set up in early 2019. \
             It will train instructors. The structure consists of two gates. They move.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("It will train").as_deref(),
            Some("The new NATO Mission Iraq")
        );
        assert_eq!(ctx("They move").as_deref(), Some("The structure"));
        let doc_first = {
            let a = &k.articles[0];
            let lang = Lang::plain();
            let d = Doc::new(a, &k.sentences, &lang);
            subject_phrase(&d, 0)
        };
        assert_eq!(doc_first.as_deref(), Some("a new NATO-led mission"));
        let k = parse(
            "Title\n\nThe fire broke out after midnight. Investigators later found that it \
             had been caused by a fault. Police said that nobody was hurt.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert!(ctx("Investigators").is_some_and(|c| c.starts_with("The fire")));
        assert_eq!(ctx("Police said"), None);
    }

    #[test]
    fn a_possessive_before_a_name_is_no_part_of_it() {
        let k = parse(
            "Title\n\nKenya's Elias Kiptanui broke the course record on Sunday. \
             \"I felt strong from the start,\" Kiptanui said.\n",
        );
        assert_eq!(names(&k), ["Elias Kiptanui"]);
        assert_eq!(
            speaker(&k, "\"I felt strong").as_deref(),
            Some("Elias Kiptanui")
        );
    }

    #[test]
    fn a_shop_called_by_its_owners_name_is_no_person() {
        let lang = Lang::with_records(
            "rel\tconvenience\tease:0.90\nrel\tstore\tshop:0.90\nrel\tgrace\tfavor:0.90\n\
             rel\thill\tslope:0.90\nclass\tbritain\tname\n",
        );
        let k = parse_with(
            "Title\n\nRaj Mistry, who manages Mistry's Convenience Store, said thieves came \
             daily. \"They walk in and out,\" he said.\n\nBritain's Grace Hill won the \
             final. \"I am thrilled,\" she said.\n",
            &lang,
        );
        assert_eq!(names(&k), ["Raj Mistry", "Grace Hill"]);
        assert_eq!(speaker(&k, "\"They walk").as_deref(), Some("Raj Mistry"));
        assert_eq!(speaker(&k, "\"I am").as_deref(), Some("Grace Hill"));
    }

    #[test]
    fn reported_speech_has_its_reporter() {
        let k = parse(
            "Title\n\nPriya Nair, the union's secretary, said that drivers were tired. \
             Two members, Dr. Paul Lind and Ana Brok, wanted a smaller rise, according to \
             the minutes. According to Prof. Henrik Aal, talks could take weeks. \
             Residents were told to leave.\n",
        );
        let speaker = |start: &str| {
            let s = sentence(&k, start);
            assert!(!s.quote);
            s.speaker.map(|p| k.person(p).name.clone())
        };
        assert_eq!(speaker("Priya Nair").as_deref(), Some("Priya Nair"));
        // Named, but the minutes report it.
        assert_eq!(speaker("Two members"), None);
        assert_eq!(speaker("According to").as_deref(), Some("Henrik Aal"));
        assert_eq!(speaker("Residents were told"), None);
        // The subject of `said` is the organisers, not the man in the clause before.
        let k = parse(
            "Title\n\nTom Reed, 31, won the race. A runner collapsed, and he was stable \
             on Sunday night, the organisers said.\n",
        );
        assert_eq!(sentence(&k, "A runner").speaker, None);
    }

    #[test]
    fn a_comma_inside_a_number_does_not_end_an_apposition() {
        let k =
            parse("Title\n\nAnn Lee, manager of the £2,500 grant scheme, said it had closed.\n");
        assert_eq!(
            person(&k, "Ann Lee").role.as_deref(),
            Some("manager of the £2,500 grant scheme")
        );
    }

    #[test]
    fn an_age_then_a_role() {
        let k = parse(
            "Title\n\nTom Reed, 61, the owner of Reed Grain Supplies, moved cash from the \
             farmers' savings fund into his own accounts for a decade, the court heard. \
             He bought a boat with it.\n",
        );
        // The second apposition is his role; the farmers' fund is no role, so the firm
        // named in it is no person.
        assert_eq!(names(&k), ["Tom Reed"]);
        assert_eq!(
            person(&k, "Tom Reed").role.as_deref(),
            Some("the owner of Reed Grain Supplies")
        );
        assert_eq!(
            sentence(&k, "He bought").context.as_deref(),
            Some("Tom Reed")
        );
        // A role before the name comes first.
        let k =
            parse("Title\n\nThe party's leader, Ms. Ann Lee, 46, a former teacher, spoke first.\n");
        assert_eq!(
            person(&k, "Ann Lee").role.as_deref(),
            Some("the party's leader")
        );
        // Without an age, a role before the name and an indefinite one after it are
        // both hers: who she is here, and what else.
        let k =
            parse("Title\n\n\"We never played,\" said her mother, Nadia Rahman, a pharmacist.\n");
        assert_eq!(
            person(&k, "Nadia Rahman").role.as_deref(),
            Some("her mother, a pharmacist")
        );
        // A verb in the past with its object after the commas is the sentence going on.
        let k = parse(
            "Title\n\nMargaret Ashdown, 71, reached the milestone at the donor centre on \
             Tuesday. The trawler's skipper, Mr. Paul Corrigan, thanked the volunteers.\n",
        );
        assert_eq!(person(&k, "Margaret Ashdown").role, None);
        assert_ne!(
            person(&k, "Paul Corrigan").role.as_deref(),
            Some("thanked the volunteers")
        );
    }

    #[test]
    fn a_name_closing_a_role_apposition() {
        let k = parse(
            "Title\n\nJudge Ann Cole spoke first. \"The ruling will stand,\" said the PLA's \
             head of legal affairs, Nadia Osei. She added: \"We will not appeal.\"\n",
        );
        assert_eq!(
            person(&k, "Nadia Osei").role.as_deref(),
            Some("the PLA's head of legal affairs")
        );
        let nadia = Some("Nadia Osei".to_string());
        assert_eq!(speaker(&k, "\"The ruling will stand"), nadia);
        assert_eq!(speaker(&k, "She added"), nadia);
        // A firm in apposition to a noun that is no occupation is no person.
        let k = parse(
            "Title\n\nThe plant is owned by its parent company, Norfield Foods. \
             The deal was signed by the firm's lawyer, Ian Marsh.\n",
        );
        assert_eq!(names(&k), ["Ian Marsh"]);
    }

    #[test]
    fn an_and_between_capitals_is_inside_the_role() {
        let k = parse(
            "Title\n\nThe chair of judges at the National Cask and Keg Awards (NCKA), Dr. \
             Andrea Pell, said the beer had \"a velvet body\".\n",
        );
        assert_eq!(
            person(&k, "Andrea Pell").role.as_deref(),
            Some("the chair of judges at the National Cask and Keg Awards (NCKA)")
        );
        // Between two phrases it still ends the role.
        let k = parse(
            "Title\n\nThe plan was drawn up with help from residents and the club's \
             secretary, Ian Marsh, said: \"We agree.\"\n",
        );
        assert_eq!(
            person(&k, "Ian Marsh").role.as_deref(),
            Some("the club's secretary")
        );
    }

    #[test]
    fn a_possessive_is_not_the_subject() {
        let k = parse(
            "Title\n\nMr. Tom Reed was jailed on Friday. Reed's solicitor, Ian Marsh, told the \
             court that his client was sorry. Reed's barrister, Eve Hart, said he would \
             appeal.\n",
        );
        assert_eq!(names(&k), ["Tom Reed", "Ian Marsh", "Eve Hart"]);
        assert_eq!(
            person(&k, "Ian Marsh").role.as_deref(),
            Some("Reed's solicitor")
        );
        assert_eq!(
            said_by(&k, "Reed's solicitor").as_deref(),
            Some("Ian Marsh")
        );
        assert_eq!(said_by(&k, "Reed's barrister").as_deref(), Some("Eve Hart"));
    }

    #[test]
    fn a_refusal_to_comment_is_the_persons_answer() {
        let k = parse(
            "Title\n\nMr. Tom Reed was jailed on Friday. Reed's agent, Mr. Paul Kerr, \
             declined to comment. The ferry's master, Capt. Ewan Toll, 58, who has been \
             suspended, did not respond to requests for comment. Ann Lee could not be \
             reached. The comment was short.\n",
        );
        assert_eq!(said_by(&k, "Reed's agent").as_deref(), Some("Paul Kerr"));
        assert_eq!(
            said_by(&k, "The ferry's master").as_deref(),
            Some("Ewan Toll")
        );
        assert_eq!(said_by(&k, "Ann Lee"), None);
        assert_eq!(said_by(&k, "The comment"), None);
    }

    #[test]
    fn an_acronym_occupation_before_a_name() {
        let k = parse(
            "Title\n\nGreen MP Ola Berg said the bridge was \"a waste of public money\". \
             The NATO Mission Iraq met.\n",
        );
        assert_eq!(names(&k), ["Ola Berg"]);
        assert_eq!(person(&k, "Ola Berg").role.as_deref(), Some("Green MP"));
        assert_eq!(speaker(&k, "Green MP").as_deref(), Some("Ola Berg"));
    }

    #[test]
    fn general_inside_a_place_name_is_no_title() {
        let k = parse(
            "Title\n\nLead researcher Prof. Helen Achebe, a neurologist at Leeds General \
             Infirmary, said the trial worked. Major General Dany Fortin spoke next, and \
             Lieutenant General Jamil al Shimari thanked him. The Surgeon General Vivek \
             Murthy was there.\n",
        );
        assert_eq!(
            names(&k),
            [
                "Helen Achebe",
                "Dany Fortin",
                "Jamil al Shimari",
                "Vivek Murthy"
            ]
        );
        assert_eq!(
            person(&k, "Helen Achebe").role.as_deref(),
            Some("a neurologist at Leeds General Infirmary")
        );
        assert_eq!(
            person(&k, "Dany Fortin").title.as_deref(),
            Some("Major General")
        );
        assert_eq!(
            person(&k, "Jamil al Shimari").title.as_deref(),
            Some("Lieutenant General")
        );
    }

    #[test]
    fn a_clause_after_a_comma_is_no_role() {
        let k = parse(
            "Title\n\nAccording to Dr. Lena Sorel, chief economist at Harbourline Capital, \
             most analysts had expected a smaller rise. Ann Lee, a nurse who had worked \
             nights, said she was tired.\n",
        );
        assert_eq!(names(&k), ["Lena Sorel", "Ann Lee"]);
        assert_eq!(
            person(&k, "Lena Sorel").role.as_deref(),
            Some("chief economist at Harbourline Capital")
        );
        assert_eq!(person(&k, "Ann Lee").role.as_deref(), Some("a nurse"));
        // "may" is an auxiliary as much as "must", in lowercase: the month is no verb.
        let k = parse(
            "Title\n\nUnder the rules of the Swimming and Piloting Federation, swimmers may \
             not touch the boat. Ann Lee, head of music since May 2021, said it was loud.\n",
        );
        assert_eq!(names(&k), ["Ann Lee"]);
        assert_eq!(
            person(&k, "Ann Lee").role.as_deref(),
            Some("head of music since May 2021")
        );
    }

    #[test]
    fn a_street_s_name_is_no_one_s() {
        let text = "Title\n\nOne resident of Meavy Lane, who did not want to be named, said \
                    the crowds had blocked her drive. Allotment holders from Hollins Lane, \
                    who bring in vegetables, said so too. A cheque from Jenny Lane, who runs \
                    the café, paid for it.\n";
        let k = parse_with(text, &Lang::with_records("class\tjenny\tfemale\n"));
        assert_eq!(names(&k), ["Jenny Lane"]);
        // Without the given name known, a street's name is what it looks like.
        assert!(names(&parse(text)).is_empty());
    }

    #[test]
    fn according_to_a_role_then_a_name_reports_that_person() {
        // The name after a role, past another reporting verb ("asked").
        let k = parse(
            "Filter\n\nEthan Lowther, 13, won the prize. Clearwater Relief, a charity, has \
             asked to test the design in two villages later this year, according to the \
             academy's head teacher, Mark Thwaite.\n",
        );
        assert_eq!(
            said_by(&k, "Clearwater Relief").as_deref(),
            Some("Mark Thwaite")
        );
    }

    #[test]
    fn according_to_names_its_speaker_after_it() {
        let k = parse(
            "Book\n\nThe book, A Pocket Guide to Garden Birds, was due back on 14 Nov. \
             1964, according to the date stamp. Across Britain, bridges are struck 1,700 \
             times a year, according to Network Rail.\n",
        );
        assert!(names(&k).is_empty(), "{:?}", names(&k));
    }

    #[test]
    fn an_organisation_in_apposition_is_no_person() {
        let k = parse(
            "Title\n\nPolice Scotland said no charges would be brought. His union, Nautilus \
             Scotland, said that he had been asked to work longer. The charity's director, \
             Ann Lee, said the firm, Harbour Foods, had paid.\n",
        );
        assert_eq!(names(&k), ["Ann Lee"]);
        assert_eq!(said_by(&k, "His union"), None);
        let k = parse("Title\n\nThe parrot was taken on Tuesday, Durham Constabulary said.\n");
        assert!(names(&k).is_empty(), "{:?}", names(&k));
        // With the real lexicon, which knows more kinds of person: a farm is none.
        let lang = Lang::bundled();
        let text = "Title\n\nThe farm, Brookhouse Eggs, supplies free-range eggs to two \
                    national supermarket chains. Its manager, Tom Reed, said he was sad.\n";
        let k = parse_with(text, &lang);
        assert_eq!(names(&k), ["Tom Reed"]);
    }

    #[test]
    fn a_hyphenated_occupation_is_one_the_lexicon_writes_whole() {
        let lang = Lang::with_records("class\tcoordinator\tperson\n");
        let k = parse_with(
            "Title\n\nVolunteer co-ordinator Leanne Ashby said the phone rang all night.\n",
            &lang,
        );
        assert_eq!(
            person(&k, "Leanne Ashby").role.as_deref(),
            Some("volunteer co-ordinator")
        );
    }

    #[test]
    fn a_kind_of_person_before_english_plurals_is_no_title() {
        let lang = Lang::bundled();
        // "Youth" is a kind of person, and "Science Awards" no one's name.
        let text = "Title\n\nAisha Rahman won a prize at the National Youth Science Awards in \
                    Birmingham. Group Manager Alan Prescott said it was hard. Nurse Priya \
                    Edwards said she was proud.\n";
        let k = parse_with(text, &lang);
        // (Aisha Rahman is a person by her given name: census lists.)
        assert_eq!(
            names(&k),
            ["Aisha Rahman", "Alan Prescott", "Priya Edwards"]
        );
    }

    #[test]
    fn a_name_the_article_treats_as_a_things_is_no_person() {
        let k = parse(
            "Title\n\nBrennock Coatings said the tank had failed. Brennock Coatings, which \
             employs 230 people, is cooperating. The developer, Northwind Renewables (NWR), \
             says the turbines are safe. Skyward Balloon Flights said in a statement that it \
             had suspended all flights. Sandra Greaves said in a speech that it was over. \
             Tom Reed, who runs the shop, said he was shocked.\n",
        );
        assert_eq!(names(&k), ["Sandra Greaves", "Tom Reed"]);
    }

    #[test]
    fn a_name_ending_in_a_companys_legal_form_is_no_person() {
        // "Post Office Ltd said" made `Ltd` a surname, and so the firm a person; then
        // "Bellingford's" made it the `he` that said the quote.
        let text = "Title\n\nResidents bought shares in the new Bellingford Community Stores \
                    Ltd (BCS), raising £68,500 in eight weeks.\n\nAccording to Cllr. Andrew \
                    Dodd, a third of Bellingford's residents are over 70.\n\n\"It's a \
                    lifeline,\" he said.\n\nA spokesperson for Post Office Ltd said the \
                    counter would stay.\n";
        let k = parse(text);
        assert_eq!(names(&k), ["Andrew Dodd"]);
        assert_eq!(speaker(&k, "\"It's").as_deref(), Some("Andrew Dodd"));
    }

    #[test]
    fn a_relative_clause_stating_an_office_is_a_role() {
        let k = parse(
            "Title\n\nDavid Okafor, who leads the Liberal Democrat opposition group, said \
             the cuts were wrong. Ms. Karen Mallory, who is leading the investigation, asked \
             for help. Raymond Pemberton, who has run the shop since 1998, said he was \
             shocked. Ann Lee, who runs to work, said it was cold.\n",
        );
        assert_eq!(
            person(&k, "David Okafor").role.as_deref(),
            Some("leader of the Liberal Democrat opposition group")
        );
        assert_eq!(
            person(&k, "Karen Mallory").role.as_deref(),
            Some("leader of the investigation")
        );
        assert_eq!(person(&k, "Raymond Pemberton").role, None);
        assert_eq!(person(&k, "Ann Lee").role, None);
        assert_eq!(said_by(&k, "David Okafor").as_deref(), Some("David Okafor"));
    }

    #[test]
    fn abbreviated_councillors_and_detectives() {
        let k = parse(
            "Title\n\nCouncil leader Cllr. Maureen Achterberg said the council had no \
             choice. Det. Insp. Karen Mallory said: \"Someone knows who these men are.\" \
             Cllr. Achterberg said the cuts would be reviewed.\n",
        );
        assert_eq!(names(&k), ["Maureen Achterberg", "Karen Mallory"]);
        let maureen = person(&k, "Maureen Achterberg");
        assert_eq!(maureen.title.as_deref(), Some("Cllr."));
        assert_eq!(maureen.role.as_deref(), Some("council leader"));
        assert_eq!(
            person(&k, "Karen Mallory").title.as_deref(),
            Some("Det. Insp.")
        );
        assert_eq!(title_word("cllr"), Some("councillor"));
        assert_eq!(title_word("insp"), Some("inspector"));
        // No sentence ends after an abbreviated title.
        let texts: Vec<&str> = k.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(k.sentences.len(), 3, "{texts:?}");
        assert_eq!(
            said_by(&k, "Cllr. Achterberg").as_deref(),
            Some("Maureen Achterberg")
        );
    }

    #[test]
    fn a_places_own_named_person() {
        let k = parse(
            "Title\n\nEthiopia's Haile Gebremedhin was third. Ireland's Data Protection \
             Commission is leading the investigation.\n",
        );
        assert_eq!(names(&k), ["Haile Gebremedhin"]);
    }

    #[test]
    fn no_quotes_no_speakers() {
        let k = parse("Title\n\nThe river rose. It flooded the town. Nobody was hurt.\n");
        assert!(k.people.is_empty());
        assert!(k.sentences.iter().all(|s| !s.quote && s.speaker.is_none()));
        assert_eq!(
            sentence(&k, "It flooded").context.as_deref(),
            Some("The river")
        );
    }

    #[test]
    fn a_possessive_with_nothing_before_it_refers_back() {
        let k = parse(
            "Title\n\nThe Wyvern Hills have been designated as a national park. About \
             38,000 people live within its boundaries. The council will pay the rest from \
             its highways budget.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(ctx("About 38,000").as_deref(), Some("The Wyvern Hills"));
        // "its" after "the council" is the council's.
        assert_eq!(ctx("The council will"), None);
    }

    #[test]
    fn words_quoted_while_congratulating_or_calling_are_the_speakers() {
        let k = parse(
            "Title\n\nThe other books included Night Ferries by Amara Quist, who had been \
             tipped as the favourite. Ms Quist congratulated the winner on social media, \
             calling The Salt Orchard \"a quiet masterpiece\".\n",
        );
        assert_eq!(
            speaker(&k, "Ms Quist congratulated").as_deref(),
            Some("Amara Quist")
        );
    }

    #[test]
    fn a_pronoun_after_a_definite_noun_stands_for_its_name() {
        let k = parse(
            "Cricket\n\nSkerne Valley Cricket Club played at home on Saturday. The club \
             spent the 2025 season at Fishburn, and membership fell. It has since recovered \
             to 165 members.\n\nDerek Hollins found the coin in April 2025. The coin, a \
             gold noble, was bought by a collector. It was Lot No. 4 in the sale.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("It has since").as_deref(),
            Some("Skerne Valley Cricket Club")
        );
        // A month is no name of a place the noun was at.
        assert_eq!(ctx("The coin"), None);
        assert_eq!(ctx("It was Lot").as_deref(), Some("The coin"));
    }

    #[test]
    fn a_short_sentence_leans_on_the_subject_before_it() {
        let k = parse(
            "Title\n\nThe baggage system, which cost £38m when it was installed in 2014, can \
             handle 3,500 bags an hour. A replacement had been planned for 2028. Tom Reed, \
             its manager, said sorry. It broke down on Saturday. The airport said the fault \
             had been caused by a software update installed overnight by an outside \
             contractor.\n\n\"It was a bad day for us,\" Ms. Ward said.\n",
        );
        let leans = |start: &str| sentence(&k, start).leans_on.clone();
        assert_eq!(
            leans("A replacement").as_deref(),
            Some("The baggage system")
        );
        // Not where a pronoun says what it refers to, nor a long sentence, nor someone's
        // words, quoted or reported.
        assert_eq!(leans("It broke"), None);
        assert!(sentence(&k, "It broke").context.is_some());
        assert_eq!(leans("The airport said"), None);
        assert_eq!(leans("\"It was"), None);
        assert_eq!(leans("Tom Reed"), None);
        // A definite subject leans only when it is one the sentence before has.
        let k = parse(
            "Title\n\nA new vaccine has cut malaria cases by 74% in a trial of 4,000 \
             children. The trial was funded by a charity. The museum will pay the cost of \
             shipping.\n",
        );
        let leans = |start: &str| sentence(&k, start).leans_on.clone();
        assert_eq!(leans("The trial").as_deref(), Some("A new vaccine"));
        assert_eq!(leans("The museum"), None);
    }

    #[test]
    fn a_definite_noun_names_what_an_earlier_sentence_named() {
        let k = parse(
            "Title\n\nVisitors to the Wendle Hills National Park will need a permit. Most of \
             them come by car. The park receives 4.2 million visits a year. \"Everyone loves \
             the park,\" she said. The car park was full. Ms. Moyo said the park was busy. \
             Some drivers park on verges, but the park says it has no evidence of that.\n",
        );
        let names = |start: &str| sentence(&k, start).names.clone();
        assert_eq!(names("The park receives"), ["Wendle Hills National Park"]);
        // Not in anyone's words, quoted or reported, nor for a noun no name ended in
        // before ("the car").
        assert!(names("\"Everyone").is_empty());
        assert!(names("Ms. Moyo").is_empty());
        assert!(names("The car park").is_empty());
        assert!(names("Visitors").is_empty());
        // Nor where the noun speaks: "the park says …" are its words.
        assert!(names("Some drivers").is_empty());
        // Its own, and outside the quote marks of a quote's sentence; not where words are
        // reported as well.
        let k = parse(
            "Title\n\nPatients at Fernley General Hospital were moved. Dr. Fiona Marsh, the \
             hospital's medical director, said: \"No one at the hospital was hurt.\" Ms. \
             Ellery, the hospital manager, said the doors were opened by a porter who \"nearly \
             dropped it in surprise\".\n",
        );
        let names = |start: &str| sentence(&k, start).names.clone();
        assert_eq!(names("Dr. Fiona"), ["Fernley General Hospital"]);
        assert!(names("Ms. Ellery").is_empty());
        // "The town": the first place named after "in", whose last word is no English
        // word (not "in Market Square").
        let k = parse_with(
            "Title\n\nStalls in Market Square will move. More than 6,000 patients in \
             Kirkby Thorne will lose their dentist. Staff will move to a clinic in \
             Skelbrook. A check-up at a practice in the town costs £65.\n",
            &Lang::with_records("rel\tsquare\tplaza:0.9\n"),
        );
        let names = |start: &str| sentence(&k, start).names.clone();
        assert_eq!(names("A check-up"), ["Kirkby Thorne"]);
    }

    #[test]
    fn a_definite_noun_stands_for_a_name_with_initials_and_a_saint() {
        // Three words before the noun, initials inside aside, and a saint's "St." with
        // its full stop; not initials that lead (another body's thing: NATO's mission).
        let k = parse(
            "Title\n\nSt. Aidan's CE Primary School was placed in special measures. \
             Inspectors visited the school, which has 212 pupils. The new NATO Mission Iraq \
             opened. Officers joined the mission in May.\n",
        );
        let names = |start: &str| sentence(&k, start).names.clone();
        assert_eq!(names("Inspectors"), ["St Aidan CE Primary School"]);
        assert!(names("Officers joined").is_empty());
    }

    #[test]
    fn a_name_called_something_in_apposition_is_that_later() {
        let k = parse(
            "Title\n\nThe tanker belonged to Pennine Bulk Foods, a haulage firm based in \
             Huddersfield. Ruth Calvert, a farmer, sells lamb. Pennine Bulk Foods declined to \
             comment. Ruth Calvert said no more.\n",
        );
        let names = |start: &str| sentence(&k, start).names.clone();
        assert_eq!(names("Pennine Bulk Foods declined"), ["haulage firm"]);
        assert!(names("The tanker").is_empty());
        // Not a kind of person: that is a role.
        let lang = Lang::with_records("class\tfarmer\tperson\n");
        let k = parse_with(
            "Title\n\nRuth Calvert, a farmer, sells lamb. Ruth Calvert said no more.\n",
            &lang,
        );
        assert!(sentence(&k, "Ruth Calvert said").names.is_empty());
    }

    #[test]
    fn a_definite_noun_stands_for_the_name_it_was_given() {
        let k = parse(
            "Title\n\nThe captain of the passenger ferry Islay Star had been awake for 15 \
             hours. The ferry was carrying 214 passengers. The ferry's master, Capt. Ewan \
             Tolmie, did not comment. The new Harbour Board met on Monday. The value: \
             Borrowed from the value Py.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(ctx("The ferry was").as_deref(), Some("Islay Star"));
        assert_eq!(ctx("The ferry's master").as_deref(), Some("Islay Star"));
        // A name follows the noun: the subject names itself.
        assert_eq!(ctx("The new Harbour"), None);
        let k = parse(
            "Title\n\nThe court overturned the council's ban on ride-hailing apps, ruling \
             that it went too far. The ban took effect in September.\n",
        );
        assert_eq!(
            sentence(&k, "The ban took").context.as_deref(),
            Some("ride-hailing apps")
        );
        assert_eq!(ctx("The value:"), None);
        let k = parse(
            "Title\n\nRedbourne General Hospital opened a wing. The new Harbour Board met. \
             The hospital is run by a trust. The board said no.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(
            ctx("The hospital is").as_deref(),
            Some("Redbourne General Hospital")
        );
        // "The new Harbour Board": `The` and `new` are no part of the name.
        assert_eq!(ctx("The board said").as_deref(), Some("Harbour Board"));
        // Or the place it stands at.
        let k = parse(
            "Title\n\nThe coal-fired power station at Ashworth Ridge shut down on Monday. \
             The station opened in 1974. The plant in the valley closed.\n",
        );
        let ctx = |start: &str| sentence(&k, start).context.clone();
        assert_eq!(ctx("The station opened").as_deref(), Some("Ashworth Ridge"));
        assert_eq!(ctx("The plant in"), None);
        // Not a verb of the same spelling ("able to park for free").
        let k = parse(
            "Title\n\nThe Wendle Hills National Park is busy. Residents will be able to park \
             for free. The park opened in 1951.\n",
        );
        assert_eq!(
            sentence(&k, "The park opened").context.as_deref(),
            Some("Wendle Hills National Park")
        );
    }

    #[test]
    fn tokens_keep_abbreviations_and_names_whole() {
        let t = "Ms. Jana Kotorova’s view, U.S. and J. R. R. Tolkien said 1,000.";
        let words: Vec<&str> = toks(t).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Ms",
                "Jana",
                "Kotorova’s",
                "view",
                "U.S",
                "and",
                "J",
                "R",
                "R",
                "Tolkien",
                "said",
                "1",
                "000"
            ]
        );
        let k = toks(t);
        assert!(k[0].dot && !k[1].dot && k[4].dot);
        assert_eq!(k[2].base(), "Kotorova");
    }

    #[test]
    fn a_relative_named_to_describe_someone_is_not_the_later_lone_surname() {
        let k = parse(
            "Brewery\n\nManaging director Simon Whitcombe, the great-great-grandson of \
             founder Josiah Whitcombe, told staff on Monday.\n\n\"This is hard,\" Mr. \
             Whitcombe said.\n\nJosiah Whitcombe built the brewhouse.\n\n\"It was his,\" \
             Whitcombe said.\n",
        );
        assert_eq!(
            said_by(&k, "\"This is hard").as_deref(),
            Some("Simon Whitcombe")
        );
        // Named alone later, the other is the latest again.
        assert_eq!(
            said_by(&k, "\"It was his").as_deref(),
            Some("Josiah Whitcombe")
        );
    }

    #[test]
    fn a_nickname_in_quotes_is_part_of_the_name() {
        let k = parse(
            "Baker\n\nMargaret “Peggy” Aldous turned 100 on Thursday. Mrs. Aldous opened \
             the bakery in 1952.\n\n“Peggy sent a loaf round,” Jim Treloar said.\n\n\
             Her father, Peter Aldous, declined to be interviewed.\n\n\
             Mrs. Aldous said it was “good bread and hard work”.\n",
        );
        let peggy = person(&k, "Margaret Aldous");
        assert!(peggy.variants.iter().any(|v| v == "Peggy"), "{peggy:?}");
        assert!(
            peggy.variants.iter().any(|v| v == "Peggy Aldous"),
            "{peggy:?}"
        );
        // The title the article gave her finds her after another Aldous is named.
        let last = k.sentences.last().expect("sentences");
        assert_eq!(last.speaker, Some(peggy.id));
        assert_eq!(person(&k, "Peter Aldous").title, None);
        // Straight quotes too; a quoted word that is no part of a name is no nickname.
        let k = parse("Club\n\nRobert \"Bob\" Hale, the chairman, said it was over.\n");
        assert!(person(&k, "Robert Hale")
            .variants
            .iter()
            .any(|v| v == "Bob"));
        let k = parse("Club\n\nThe word \"Hale\" said it all, Tom Reed said.\n");
        assert!(k.people.iter().all(|p| p.name != "Hale"));
    }

    #[test]
    fn a_name_in_quotation_marks_is_no_ones_words() {
        let k = parse(
            "Library\n\nThe \"Library of Things\", which opened on Monday, has 230 items.\n\n\
             The choir sang \"The Moorland Wind\" at the final.\n\n\
             The mayor called it \"a great day for the town\".\n",
        );
        assert!(!k.sentences[0].quote, "{:?}", k.sentences[0]);
        assert!(!k.sentences[1].quote, "{:?}", k.sentences[1]);
        // Words of three or more in lower case are still someone's.
        assert!(k.sentences[2].quote, "{:?}", k.sentences[2]);
        // Nor speech that opens with a capital: "It's all in here," she said.
        let k = parse("Bread\n\n\"It's all in here,\" she said, tapping her head.\n");
        assert!(k.sentences[0].quote, "{:?}", k.sentences[0]);
    }

    #[test]
    fn the_words_of_someone_unnamed_hold_how_the_article_calls_them() {
        let k = parse(
            "Boiler\n\nAngela Marsh said the school closed.\n\nA KCC spokesman said the authority had a \
             backlog. \"We prioritise work, and this boiler passed its inspection,\" he \
             said.\n\nA KCC spokeswoman said: \"Repairs start soon.\"\n",
        );
        let ctx = |i: usize| k.sentences[i].context.clone();
        assert_eq!(k.sentences[2].speaker, None, "{:?}", k.sentences[2]);
        assert_eq!(k.sentences[3].speaker, None, "{:?}", k.sentences[3]);
        assert_eq!(ctx(2).as_deref(), Some("A KCC spokesman"));
        assert_eq!(ctx(3).as_deref(), Some("A KCC spokeswoman"));
        // A quote that names its speaker is theirs.
        let k = parse(
            "Boiler\n\nA KCC spokesman said there was a backlog. \"It is fine,\" said \
             Angela Marsh.\n",
        );
        assert!(k.sentences[1].speaker.is_some());
        // Not the reporter's own sentence, nor one the quote does not follow.
        assert_eq!(ctx(1), None);
        assert_eq!(ctx(0), None);
        // Whom they speak for is part of it; a pronoun opening the next paragraph's
        // quote is theirs, not the woman named before.
        let k = parse(
            "Fire\n\nHelen Brierley, the safety manager, said fires were rising.\n\nA \
             spokeswoman for GreenStride said the firm was investigating.\n\nShe added: \
             \"Safety is our priority.\"\n",
        );
        assert_eq!(k.sentences[2].speaker, None, "{:?}", k.sentences[2]);
        assert_eq!(
            k.sentences[2].context.as_deref(),
            Some("A spokeswoman for GreenStride")
        );
    }

    #[test]
    fn an_age_before_a_name_or_who_after_it_marks_a_person() {
        let k = parse(
            "Cricket\n\nThe winning runs came from 19-year-old Aarav Mehta.\n\n\
             Peter Lund, who was the clerk, declined to comment.\n\n\
             The Kent Cricket League, which runs it, was pleased.\n",
        );
        assert_eq!(names(&k), ["Aarav Mehta", "Peter Lund"]);
    }

    #[test]
    fn a_person_after_a_preposition_is_not_who_reports() {
        let k = parse(
            "Cricket\n\nThe winning runs came from 19-year-old Aarav Mehta.\n\n\
             Kent County Cricket Club, which has been linked with a move for Mehta, \
             declined to comment.\n\nMehta, who is 19, declined to comment.\n",
        );
        let mehta = person(&k, "Aarav Mehta").id;
        assert_eq!(k.sentences[1].speaker, None);
        assert_eq!(k.sentences[2].speaker, Some(mehta));
    }

    #[test]
    fn a_name_said_to_be_a_company_is_no_person() {
        let lang = Lang::with_records("class\tcompany\tcompany\nclass\taviation\tcompany\n");
        let k = parse_with(
            "Lake\n\nCarrow Water, the company that supplies drinking water, said it was safe.\n\n\
             Rachel Moore, an aviation analyst at AeroMetric, said it was late.\n",
            &lang,
        );
        assert_eq!(names(&k), ["Rachel Moore"]);
        // Nor a name an ampersand joins to another: a firm's, whatever role follows.
        let k = parse_with(
            "Uniform\n\nA spokesman for Pryce & Hallam Schoolwear, the academy's only \
             approved uniform supplier, declined to comment. Dr. Owen Pritchard said it \
             was fine.\n",
            &Lang::with_records("class\tsupplier\tperson\nclass\tspokesman\tperson\n"),
        );
        assert_eq!(names(&k), ["Owen Pritchard"]);
        // Nor a name ending in a legal form, though a role is put to it.
        let k = parse(
            "Bakery\n\nIts owner, Northcake Ltd, declined to comment. Ann Lee, its manager, \
             said trade was good.\n",
        );
        assert_eq!(names(&k), ["Ann Lee"]);
    }

    #[test]
    fn a_compound_opening_a_sentence_is_no_part_of_a_name() {
        // `Nine-year-old` is capitalized as the sentence's first word, not as a name's.
        let k = parse(
            "Orchard\n\nNine-year-old Isla Brennan named her tree Crumble.\n\n\
             \"I will come back,\" Isla said.\n",
        );
        assert_eq!(names(&k), ["Isla Brennan"]);
        assert_eq!(
            speaker(&k, "\"I will come back"),
            Some("Isla Brennan".to_string())
        );
        // A double-barrelled name is one.
        let k = parse("Farm\n\nAnna Smith-Jones said the farm was sold.\n");
        assert_eq!(names(&k), ["Anna Smith-Jones"]);
    }

    #[test]
    fn the_nouns_of_bodies_and_places_name_no_person() {
        // "Premier" is a title before a name ("Premier Li Qiang"), not before a league's
        // division.
        let k = parse(
            "Cricket\n\nThe club won the Kent League Premier Division on Saturday.\n\n\
             Premier Li Qiang said: \"Well done.\"\n",
        );
        assert_eq!(names(&k), ["Li Qiang"]);
        // Nor is a water company or an inn that acts as a person does.
        let k = parse(
            "Drought\n\nAnglian Vale Water asked customers to save water. \"It is \
             empty,\" said Morag Lennie, who runs the Stag's Head Inn.\n",
        );
        assert_eq!(names(&k), ["Morag Lennie"]);
    }

    #[test]
    fn a_name_running_on_into_a_places_noun_is_the_places() {
        let k = parse(
            "Queues\n\nSarah Whitlock, a nurse, was on her way to Princess Alexandra \
             Hospital in Harlow. \"I rang the ward at 8 a.m.,\" she said.\n\n\
             A spokesman for the Tanner's Green Residents' Association declined to \
             comment.\n\nMembers of the Transport and General Drivers' Union (TGDU) backed \
             the deal.\n",
        );
        assert_eq!(names(&k), ["Sarah Whitlock"]);
        assert_eq!(speaker(&k, "\"I rang").as_deref(), Some("Sarah Whitlock"));
        // A titled name followed by other capitalized words is still a person's.
        let k = parse("Award\n\nPrincess Anne Smith MBE said: \"Well done.\"\n");
        assert_eq!(names(&k), ["Anne Smith"]);
    }

    #[test]
    fn a_person_described_in_the_first_sentence_and_named_in_the_next() {
        let lang = Lang::with_records(
            "class\tschoolgirl\tperson\nclass\tplumber\tperson\nclass\tpupil\tperson\n\
             class\tisla\tfemale\n",
        );
        let k = parse_with(
            "Chess\n\nA 12-year-old schoolgirl from Leicester has become a grandmaster.\n\n\
             Ishani Rao, 12, secured the title on Sunday. \"I cried,\" she said.\n",
            &lang,
        );
        let rao = person(&k, "Ishani Rao");
        assert_eq!(rao.role, None);
        assert_eq!(
            rao.described.as_deref(),
            Some("a 12-year-old schoolgirl from Leicester")
        );
        // The first sentence must be about a person; a role the article gives is shown
        // first.
        let k = parse_with(
            "Coin\n\nA medieval gold coin found by a retired plumber has sold for £8,000.\n\n\
             Derek Hollins, 71, discovered the coin in April.\n",
            &lang,
        );
        assert_eq!(person(&k, "Derek Hollins").described, None);
        let k = parse_with(
            "Chess\n\nA 12-year-old schoolgirl from Leicester has become a grandmaster.\n\n\
             Ishani Rao, a pupil at Wyggeston School, secured the title.\n",
            &lang,
        );
        let rao = person(&k, "Ishani Rao");
        assert_eq!(rao.shown_role(), Some("a pupil at Wyggeston School"));
        // The first sentence still speaks of her ("how old is Ishani").
        assert_eq!(
            rao.described.as_deref(),
            Some("a 12-year-old schoolgirl from Leicester")
        );
        // A description goes up to its first comma: what follows says more of her.
        let k = parse_with(
            "Silence\n\nAn eight-year-old pupil at Castlegate School, known to her \
             teachers as the chattiest girl in Year 3, has raised £3,140.\n\nIsla \
             Thwaites did not say a word.\n",
            &lang,
        );
        assert_eq!(
            person(&k, "Isla Thwaites").described.as_deref(),
            Some("an eight-year-old pupil at Castlegate School")
        );
    }

    #[test]
    fn quote_spans_curly_straight_and_open() {
        assert_eq!(quote_spans("a “b c” d"), [(2, 11, true)]);
        assert_eq!(quote_spans(r#""a" b "c"#), [(0, 3, true), (6, 8, false)]);
        assert!(quote_spans("no quotes").is_empty());
    }
}
