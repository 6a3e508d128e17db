//! General English knowledge the matcher needs beyond the articles: stems, irregular forms
//! and related words, all derived from the WordNet lexicon (`config/lexicon.tsv`).
//!
//! Built once at start and shared by every index (a knowledge reload keeps it), because
//! turning the lexicon's words into stems is the costly part.

use std::collections::{HashMap, HashSet};

use crate::lexicon::{Lexicon, Pos};
use crate::text::{Stems, ADVERB_PARTICLES};

/// Stemming plus the lexicon, keyed by stem.
#[derive(Debug, Default)]
pub struct Lang {
    stems: Stems,
    lexicon: Lexicon,
    /// Stems of every word the lexicon knows: a word found here is real English, so it is
    /// never "corrected" into an article word that merely looks like it.
    known: HashSet<String>,
    /// Stem → related stems with a weight in (0, 1], strongest first.
    related: HashMap<String, Vec<(String, f32)>>,
    /// The same through verb (noun) senses, for stems whose list differs as a verb (noun).
    verb_related: HashMap<String, Vec<(String, f32)>>,
    noun_related: HashMap<String, Vec<(String, f32)>>,
    /// Second words of the lexicon's phrasal verbs (`off`, `up`, `effect`).
    particles: HashSet<String>,
    /// Stems of the first words of the lexicon's phrasal verbs (`kick`, `com`).
    phrase_verbs: HashSet<String>,
    /// Stems of words for a kind of person (`runner`, `firefight`, `personnel`).
    persons: HashSet<String>,
    /// Stems of made or natural things (bench, pudding, pond).
    things: HashSet<String>,
    /// Words (as written, lowercase: not stems, `wales` is no `wale`) that are only
    /// proper names.
    names: HashSet<String>,
}

/// Words shorter than this are not respelled (see [`Lang::respell`]).
const RESPELL_MIN: usize = 5;

impl Lang {
    /// Without a lexicon: stemming only (no paraphrase, no irregular forms).
    pub fn plain() -> Lang {
        Lang::default()
    }

    pub fn new(lexicon: Lexicon) -> Lang {
        Lang::with_stems(lexicon, Stems::default())
    }

    /// With another stemmer (to compare stemmers on an evaluation set).
    pub fn with_stems(lexicon: Lexicon, stems: Stems) -> Lang {
        let mut lang = Lang {
            stems,
            lexicon: Lexicon::empty(),
            known: HashSet::new(),
            related: HashMap::new(),
            verb_related: HashMap::new(),
            noun_related: HashMap::new(),
            particles: HashSet::new(),
            phrase_verbs: HashSet::new(),
            persons: HashSet::new(),
            things: HashSet::new(),
            names: HashSet::new(),
        };
        let mut related: HashMap<String, HashMap<String, f32>> = HashMap::new();
        for (word, rel) in lexicon.entries() {
            // `to` is far more often the infinitive ("how long will it take to conserve")
            // than the particle of `take_to` or `get_to`: those are left out.
            if word.ends_with("_to") {
                continue;
            }
            let key = match word.split_once('_') {
                // A phrasal verb is keyed by its verb's stem: `kicked off` finds `kick_off`.
                Some((verb, particle)) => {
                    let verb = lang.stem_with(verb, &lexicon);
                    lang.particles.insert(particle.to_string());
                    let mut key = String::new();
                    phrase_key(&mut key, &verb, particle);
                    lang.phrase_verbs.insert(verb);
                    key
                }
                None => lang.stem_word(word, &lexicon),
            };
            lang.known.insert(key.clone());
            lang.add_stems(related.entry(key.clone()).or_default(), &key, rel, &lexicon);
        }
        let by_pos = |pos: Pos| {
            let mut map: HashMap<String, HashMap<String, f32>> = HashMap::new();
            for (word, rel) in lexicon.entries_as(pos) {
                let key = lang.stem_word(word, &lexicon);
                lang.add_stems(map.entry(key.clone()).or_default(), &key, rel, &lexicon);
            }
            map
        };
        let mut verbs = by_pos(Pos::Verb);
        let mut nouns = by_pos(Pos::Noun);
        // A related word reaches its own derived forms too: `hurt` is related to the noun
        // `injury`, and an article says `injured` (stem of the verb `injure`, a derived
        // form of `injury`). Derived forms are the closest relations that share the
        // word's beginning.
        // Read first (borrowing, and only the words that have a family), then added: this
        // runs over the whole lexicon at every start.
        let families: HashMap<&str, Vec<(&str, f32)>> = related
            .iter()
            .filter_map(|(k, v)| {
                let fam: Vec<(&str, f32)> = v
                    .iter()
                    .filter(|(r, w)| **w >= FAMILY_MIN && same_family(k, r))
                    .map(|(r, w)| (r.as_str(), *w))
                    .collect();
                (!fam.is_empty()).then_some((k.as_str(), fam))
            })
            .collect();
        let additions = family_additions(&related, &families);
        // A word's derived forms (`drive`: `driver`) are morphology, whatever sense it is
        // used in: its verb or noun list keeps those of its full list.
        for map in [&mut verbs, &mut nouns] {
            for (key, slot) in map.iter_mut() {
                for &(f, fw) in families.get(key.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
                    let e = slot.entry(f.to_string()).or_insert(0.0);
                    *e = e.max(fw);
                }
            }
        }
        let verb_additions = family_additions(&verbs, &families);
        let noun_additions = family_additions(&nouns, &families);
        drop(families);
        add_families(&mut related, additions);
        add_families(&mut verbs, verb_additions);
        add_families(&mut nouns, noun_additions);
        lang.related = strongest_first(related);
        lang.verb_related = strongest_first(verbs);
        lang.noun_related = strongest_first(nouns);
        lang.persons = lexicon
            .persons()
            .iter()
            .map(|w| lang.stem_word(w, &lexicon))
            .collect();
        lang.things = lexicon
            .things()
            .iter()
            .map(|w| lang.stem_word(w, &lexicon))
            .collect();
        lang.names = lexicon.names().iter().cloned().collect();
        lang.lexicon = lexicon;
        lang
    }

    /// Adds the stems of a lexicon record's related words to `key`'s slot.
    fn add_stems(
        &self,
        slot: &mut HashMap<String, f32>,
        key: &str,
        rel: &[(String, f32)],
        lexicon: &Lexicon,
    ) {
        for (r, w) in rel {
            // Multi-word entries are kept only as their single words' stems would
            // mislead; the lexicon holds single words.
            if r.contains(' ') {
                continue;
            }
            let rs = self.stem_word(r, lexicon);
            if rs == key {
                continue;
            }
            let e = slot.entry(rs).or_insert(0.0);
            *e = e.max(*w);
        }
    }

    /// The stem of a lowercase word, through its lemma when the word is an irregular form.
    pub fn stem(&self, word: &str) -> String {
        self.stem_with(word, &self.lexicon)
    }

    fn stem_with(&self, word: &str, lexicon: &Lexicon) -> String {
        // "12 Oct." and "12 October" are one date.
        if let Some(full) = month_in_full(word) {
            return full.to_string();
        }
        // "48 seconds" is a unit of time; "second" in a question is mostly the ordinal
        // ("who was second"), which has no plural.
        if word == "seconds" {
            return word.to_string();
        }
        match lexicon.base_forms(word).first() {
            // A comparative that is a lemma in its own right keeps its own meaning:
            // `offer` is no comparative of `off`.
            Some(_) if word.ends_with("er") && !lexicon.related(word).is_empty() => {
                self.stem_word(word, lexicon)
            }
            Some(base) => self.stem_word(base, lexicon),
            _ => self.stem_word(word, lexicon),
        }
    }

    /// The stemmer's key, with the silent `e` it may have dropped given back when that
    /// makes a word the lexicon knows: `rates`, `rated` → `rate`, apart from `rat`;
    /// `making` → `make`. (Without a lexicon every form keeps the `e`-less key.)
    fn stem_word(&self, word: &str, lexicon: &Lexicon) -> String {
        // "news" is no plural of "new", nor "politics" of "politic"; "need" (and
        // "needs") is no past of "nee", as "agreed" is of "agree".
        if lexicon.is_whole(word) {
            return word.to_string();
        }
        if let Some(w) = word.strip_suffix('s').filter(|w| w.ends_with("eed")) {
            if lexicon.is_whole(w) {
                return w.to_string();
            }
        }
        // A past form too short for the stemmer to cut ("axed", "owed"): the verb the
        // lexicon knows with the `d` dropped. (`-eed` is the stemmer's: "agreed".)
        if word.len() == 4 && word.ends_with("ed") && !word.ends_with("eed") {
            let verb = &word[..3];
            if !lexicon.related(verb).is_empty() {
                return verb.to_string();
            }
        }
        let (mut stem, silent_e) = self.stems.stem_parts(word);
        if silent_e {
            stem.push('e');
            if lexicon.related(&stem).is_empty() {
                stem.pop();
            }
        }
        stem
    }

    /// True when `word` ends one of the lexicon's phrasal verbs: only then is a pair of
    /// words worth looking up as one.
    fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// True when a stem is the first word of one of the lexicon's phrasal verbs.
    pub fn starts_phrase(&self, stem: &str) -> bool {
        self.phrase_verbs.contains(stem) || self.ing_verb(stem).is_some()
    }

    /// Writes into `key` the lexicon's key for a verb's stem and the word after it, and
    /// says whether the two make a phrasal verb the lexicon knows (`kick` + `off`). The
    /// buffer lets the index look up every word pair without allocating.
    pub fn phrase_into(&self, stem: &str, particle: &str, key: &mut String) -> bool {
        if !self.is_particle(particle) {
            return false;
        }
        phrase_key(key, stem, particle);
        if self.related.contains_key(key.as_str()) {
            return true;
        }
        match self.ing_verb(stem) {
            Some(verb) => {
                phrase_key(key, &verb, particle);
                self.related.contains_key(key.as_str())
            }
            None => false,
        }
    }

    /// The verb of a short verb's -ing form that the stemmer keeps whole because the
    /// lexicon knows it as a word of its own (`going`, a noun): `go`, which makes the
    /// phrasal verbs ("going down" is `go_down`).
    fn ing_verb(&self, stem: &str) -> Option<String> {
        let verb = self.stem(stem.strip_suffix("ing")?);
        self.phrase_verbs.contains(verb.as_str()).then_some(verb)
    }

    /// The lexicon's key for a verb's stem and the word after it when the two make a
    /// phrasal verb the lexicon knows (`kick` + `off` → `kick_off`), for its related words.
    pub fn phrase(&self, stem: &str, particle: &str) -> Option<String> {
        let mut key = String::new();
        self.phrase_into(stem, particle, &mut key).then_some(key)
    }

    /// The phrasal verb a compound noun is made of, as its key: `walkout` → `walk_out`,
    /// `takeovers` → `take_over`, `shutdown` → `shut_down`. News writes the noun where a
    /// chat question uses the verb, and the other way round.
    pub fn compound(&self, word: &str) -> Option<String> {
        let singular = word.strip_suffix('s');
        std::iter::once(word).chain(singular).find_map(|w| {
            ADVERB_PARTICLES.iter().find_map(|p| {
                let verb = w.strip_suffix(p).filter(|v| v.len() >= 3)?;
                self.phrase(&self.stem(verb), p)
            })
        })
    }

    /// A cheap first test for [`Lang::compound`]: the word ends with a particle.
    pub fn may_be_compound(&self, word: &str) -> bool {
        let w = word.strip_suffix('s').unwrap_or(word);
        ADVERB_PARTICLES.iter().any(|p| w.ends_with(p)) && w.len() >= 5
    }

    /// Stems related to `stem` in general English, strongest first.
    pub fn related(&self, stem: &str) -> &[(String, f32)] {
        self.related.get(stem).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Stems related to `stem` used as a verb ("who *heads* the mission") or a noun
    /// ("when does *the strike* start"): the relations of its senses of that part of
    /// speech where the lexicon has them, else [`Lang::related`].
    pub fn related_as(&self, pos: Option<Pos>, stem: &str) -> &[(String, f32)] {
        let map = match pos {
            Some(Pos::Verb) => &self.verb_related,
            Some(Pos::Noun) => &self.noun_related,
            None => &self.related,
        };
        match map.get(stem) {
            Some(v) => v,
            None => self.related(stem),
        }
    }

    /// True when the lexicon knows the word (by its stem): it is a real English word.
    pub fn is_known(&self, stem: &str) -> bool {
        self.known.contains(stem)
    }

    /// True when `word` (lowercase) is an English word the lexicon knows. Not merely its
    /// stem: a misspelling that ends in `e` can stem to a word (`brige` → `brig`).
    pub fn is_word(&self, word: &str) -> bool {
        let (stem, silent_e) = self.stems.stem_parts(word);
        let only_e_dropped = silent_e && stem.len() + 1 == word.len();
        if only_e_dropped
            && self.lexicon.related(word).is_empty()
            && self.lexicon.base_forms(word).is_empty()
        {
            return false;
        }
        self.is_known(&self.stem(word))
    }

    /// The English word the lexicon knows that `word` (lowercase, itself no word)
    /// misspells by one slip: two neighbouring letters swapped, or one letter dropped,
    /// added or changed ("wieght" → "weight", "poluted" → "polluted"); swaps are tried
    /// first, then a letter left out, the commonest slip in typing ("tiket" is "ticket"
    /// before it is "tike"). The first letter stays, as in most typos; a slip of a short
    /// word has too many readings to guess.
    pub fn respell(&self, word: &str) -> Option<String> {
        if word.len() < RESPELL_MIN || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let b = word.as_bytes();
        let text = |v: Vec<u8>| String::from_utf8(v).ok();
        let swaps = crate::text::neighbour_swaps(word, 2);
        let drops = (1..b.len()).filter_map(|i| {
            let mut v = b.to_vec();
            v.remove(i);
            text(v)
        });
        let letters = || b'a'..=b'z';
        let adds = (1..=b.len()).flat_map(move |i| {
            letters().filter_map(move |c| {
                let mut v = b.to_vec();
                v.insert(i, c);
                text(v)
            })
        });
        let changes = (1..b.len()).flat_map(move |i| {
            letters().filter(move |&c| c != b[i]).filter_map(move |c| {
                let mut v = b.to_vec();
                v[i] = c;
                text(v)
            })
        });
        swaps
            .chain(adds)
            .chain(drops)
            .chain(changes)
            .find(|c| self.is_word(c))
    }

    /// True when the stem is of a word for a kind of person: "how many people" is
    /// answered by a number of them ("1,400 firefighters", "800 residents").
    pub fn is_person(&self, stem: &str) -> bool {
        self.persons.contains(stem)
    }

    /// True when a stem is a made or natural thing (an artifact, a food, a body of
    /// water), not an act, an event, a group or a living thing.
    pub fn is_thing(&self, stem: &str) -> bool {
        self.things.contains(stem)
    }

    /// True when `word` (lowercase, as written: not a stem) is a kind of person.
    pub fn is_person_word(&self, word: &str) -> bool {
        self.lexicon.is_person_word(word)
    }

    /// True when `word` (lowercase, as written: not a stem) may name a kind of company
    /// (`firm`, `airline`).
    pub fn is_company_word(&self, word: &str) -> bool {
        self.lexicon.is_company_word(word)
    }

    /// For a given name (any case): `Some(true)` when borne mostly by women (`Beth`),
    /// `Some(false)` by men (`Ken`), by the lexicon; None when it does not tell.
    pub fn given_name_female(&self, word: &str) -> Option<bool> {
        self.lexicon.given_name_female(&word.to_lowercase())
    }

    /// True when `word` (lowercase, as written) is only ever a proper name (`uk`,
    /// `verona`), by the lexicon.
    pub fn is_name(&self, word: &str) -> bool {
        self.names.contains(word)
    }

    /// True when `word` (lowercase, as written) looks like a verb in the past tense:
    /// `finished`, or an irregular form the lexicon knows (`took`, `won`). The lexicon's
    /// irregular forms include plurals and comparatives too (`men`, `warmest`): right
    /// after a name, where the index asks, those are rare.
    pub fn is_past_form(&self, word: &str) -> bool {
        (word.len() > 4 && word.ends_with("ed")) || !self.lexicon.base_forms(word).is_empty()
    }

    /// True for a superlative the lexicon knows by its base (`closest` -> close,
    /// `warmest` -> warm): an adjective, whatever stands before it.
    pub fn is_superlative(&self, word: &str) -> bool {
        word.ends_with("est") && !self.lexicon.base_forms(word).is_empty()
    }

    /// A `Lang` with a lexicon of the given records (tests write the few they need).
    #[cfg(test)]
    pub(crate) fn with_records(lexicon: &str) -> Lang {
        Lang::new(Lexicon::parse(lexicon, std::path::Path::new("lexicon.tsv")).unwrap())
    }

    /// The `Lang` of the bundled lexicon (`config/lexicon.tsv`), for tests that need the
    /// real one's kinds of person and English words.
    #[cfg(test)]
    pub(crate) fn bundled() -> Lang {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/lexicon.tsv");
        Lang::load(Some(&path)).expect("config/lexicon.tsv loads")
    }

    /// True when a lexicon was loaded.
    pub fn has_lexicon(&self) -> bool {
        !self.lexicon.is_empty()
    }
}

/// The derived forms (`families`) of each stem's related words, to add to its slot.
fn family_additions(
    map: &HashMap<String, HashMap<String, f32>>,
    families: &HashMap<&str, Vec<(&str, f32)>>,
) -> Vec<(String, String, f32)> {
    let mut additions = Vec::new();
    for (key, slot) in map {
        for (r, w) in slot {
            for &(f, fw) in families.get(r.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
                if f != key {
                    additions.push((key.clone(), f.to_string(), w * fw));
                }
            }
        }
    }
    additions
}

fn add_families(
    map: &mut HashMap<String, HashMap<String, f32>>,
    additions: Vec<(String, String, f32)>,
) {
    for (key, f, w) in additions {
        if let Some(slot) = map.get_mut(&key) {
            let e = slot.entry(f).or_insert(0.0);
            *e = e.max(w);
        }
    }
}

/// Each stem's related stems as a list, strongest first (ties alphabetical).
fn strongest_first(
    map: HashMap<String, HashMap<String, f32>>,
) -> HashMap<String, Vec<(String, f32)>> {
    map.into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| {
            let mut v: Vec<(String, f32)> = v.into_iter().collect();
            v.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            (k, v)
        })
        .collect()
}

/// A relation at least this close may be a derived form (the lexicon gives derived forms
/// 0.80 at most, synonyms 0.90).
const FAMILY_MIN: f32 = 0.75;

/// Two stems of one word family: they share their first four letters (`injury`,
/// `injur`), and neither is a phrasal verb.
fn same_family(a: &str, b: &str) -> bool {
    a.len() >= 4
        && b.len() >= 4
        && a.as_bytes()[..4] == b.as_bytes()[..4]
        && !a.contains('_')
        && !b.contains('_')
}

/// The full name of an abbreviated month (`sept` → `september`).
fn month_in_full(word: &str) -> Option<&'static str> {
    Some(match word {
        "jan" => "january",
        "feb" => "february",
        "mar" => "march",
        "apr" => "april",
        "jun" => "june",
        "jul" => "july",
        "aug" => "august",
        "sep" | "sept" => "september",
        "oct" => "october",
        "nov" => "november",
        "dec" => "december",
        _ => return None,
    })
}

/// The one spelling of a phrasal verb's key: the verb's stem, `_`, the particle.
fn phrase_key(out: &mut String, stem: &str, particle: &str) {
    out.clear();
    out.push_str(stem);
    out.push('_');
    out.push_str(particle);
}

impl Lang {
    /// Loads the lexicon at `path` (or none) and derives the stem tables.
    pub fn load(path: Option<&std::path::Path>) -> Result<Lang, crate::lexicon::LexiconError> {
        Lang::load_with(path, Stems::default())
    }

    /// [`Lang::load`] with another stemmer.
    pub fn load_with(
        path: Option<&std::path::Path>,
        stems: Stems,
    ) -> Result<Lang, crate::lexicon::LexiconError> {
        let lexicon = match path {
            None => Lexicon::empty(),
            Some(p) => Lexicon::load(p)?,
        };
        Ok(Lang::with_stems(lexicon, stems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrasal_verbs_are_keyed_by_their_verb_stem() {
        let lang = Lang::with_records(
            "rel\tkick_off\tstart:0.80\nbase\tcame\tcome\nrel\tcome_back\treturn:0.90\n",
        );
        let kick_off = format!("{}_off", lang.stem("kick"));
        let phrase = |w: &str, p: &str| lang.phrase(&lang.stem(w), p);
        assert_eq!(phrase("kicked", "off").as_ref(), Some(&kick_off));
        assert_eq!(phrase("kicks", "off").as_ref(), Some(&kick_off));
        // An irregular form goes through its lemma.
        let come_back = Some(format!("{}_back", lang.stem("come")));
        assert_eq!(phrase("came", "back"), come_back);
        assert_eq!(phrase("kick", "it"), None);
        // A short verb's -ing form the stemmer keeps whole: through its verb, wherever
        // it is read (a question's words, an article's).
        let going = Lang::with_records("rel\tgo_down\tfall:0.90\nrel\tgoing\tleave:0.70\n");
        let go_down = Some(format!("{}_down", going.stem("go")));
        assert_eq!(going.phrase(&going.stem("going"), "down"), go_down);
        assert!(going.starts_phrase(&going.stem("going")));
        assert!(!going.starts_phrase(&going.stem("leaving")));
        // `to` is the infinitive's: "how long will it take to conserve".
        let with_to = Lang::with_records("rel\ttake_to\tlike:0.60\n");
        assert_eq!(with_to.phrase(&with_to.stem("take"), "to"), None);
        assert!(lang.is_particle("off") && !lang.is_particle("it"));
        assert_eq!(lang.related(&kick_off)[0].0, lang.stem("start"));
    }

    #[test]
    fn a_noun_the_lexicon_keeps_whole_is_no_plural_of_its_stem() {
        // "When is the information evening" must not find "new puppy walkers" through
        // information ~ news.
        let lang = Lang::with_records(
            "rel\tinformation\tnews:0.45\nclass\tnews\twhole\nclass\todds\twhole\n",
        );
        assert_eq!(lang.stem("news"), "news");
        assert_ne!(lang.stem("news"), lang.stem("new"));
        assert_ne!(lang.stem("odds"), lang.stem("odd"));
        assert_eq!(lang.stem("papers"), lang.stem("paper"));
        let related = lang.related(&lang.stem("information"));
        assert!(related.iter().any(|(r, _)| r == "news"));
        assert!(!related.iter().any(|(r, _)| r == "new"));
    }

    #[test]
    fn a_word_in_eed_the_lexicon_keeps_whole_is_no_past_form() {
        // "need" is no past of "nee", nor "feed" of "fee"; "agreed" is of "agree".
        let lang = Lang::with_records(
            "rel\tfee\tcharge:0.90\nrel\tagree\tconcur:0.90\nclass\tneed\twhole\n\
             class\tfeed\twhole\nclass\tspeed\twhole\n",
        );
        for (a, b) in [("need", "needs"), ("need", "needed"), ("speed", "speeding")] {
            assert_eq!(lang.stem(a), lang.stem(b), "{a} {b}");
        }
        assert_eq!(lang.stem("speeds"), "speed");
        assert_ne!(lang.stem("feed"), lang.stem("fee"));
        assert_ne!(lang.stem("feeds"), lang.stem("fees"));
        assert_eq!(lang.stem("agreed"), lang.stem("agree"));
    }

    #[test]
    fn compounds_of_phrasal_verbs() {
        let lang = Lang::with_records("rel\twalk_out\tstrike:0.90\nrel\ttake_over\tseize:0.90\n");
        let walk_out = Some(format!("{}_out", lang.stem("walk")));
        assert_eq!(lang.compound("walkout"), walk_out);
        assert_eq!(lang.compound("walkouts"), walk_out);
        assert_eq!(
            lang.compound("takeovers"),
            Some(format!("{}_over", lang.stem("take")))
        );
        // No phrasal verb `ab_out`, and too short a verb.
        assert_eq!(lang.compound("about"), None);
        assert_eq!(lang.compound("layout"), None);
    }

    #[test]
    fn a_related_word_brings_its_derived_forms() {
        // `hurt` ~ the noun `injury`; `injury` ~ its verb `injure` (a derived form), so
        // `hurt` reaches `injured`. A synonym's synonyms do not follow (`harm` ~ `damage`).
        let lang = Lang::with_records(
            "rel\thurt\tinjury:0.84 harm:0.84\nrel\tinjury\tinjure:0.80 harm:0.90\n\
             rel\tharm\tdamage:0.90\n",
        );
        let related: Vec<&str> = lang
            .related(&lang.stem("hurt"))
            .iter()
            .map(|(r, _)| r.as_str())
            .collect();
        assert!(
            related.contains(&lang.stem("injured").as_str()),
            "{related:?}"
        );
        assert!(
            !related.contains(&lang.stem("damage").as_str()),
            "{related:?}"
        );
    }

    #[test]
    fn a_slip_of_an_english_word_is_respelled() {
        let lang = Lang::with_records(
            "rel\tweight\tweigh:0.80\nrel\tpollute\tcontaminate:0.90\nrel\trobbery\traid:0.80\n\
             rel\train\tshower:0.60\nrel\tticket\tpass:0.60\nrel\ttike\tchild:0.60\n",
        );
        assert_eq!(lang.respell("wieght").as_deref(), Some("weight"));
        // A letter left out is the likelier slip than one typed in: "tiket" is
        // "ticket", not "tike".
        assert_eq!(lang.respell("tiket").as_deref(), Some("ticket"));
        assert_eq!(lang.respell("poluted").as_deref(), Some("polluted"));
        assert_eq!(lang.respell("robbrey").as_deref(), Some("robbery"));
        // Too short to guess; no slip; the first letter kept.
        assert_eq!(lang.respell("rane"), None);
        assert_eq!(lang.respell("qwrtyp"), None);
        assert_eq!(lang.respell("feight"), None);
    }

    #[test]
    fn seconds_of_time_are_no_ordinal() {
        let lang = Lang::with_records("rel\tsecond\tmoment:0.90\n");
        assert_ne!(lang.stem("seconds"), lang.stem("second"));
        assert_eq!(lang.stem("minutes"), lang.stem("minute"));
    }

    #[test]
    fn a_lemma_is_no_comparative() {
        // WordNet lists `offer` as a comparative of `off` and `bigger` of `big`.
        let lang =
            Lang::with_records("rel\toffer\tproposal:0.90\nbase\toffer\toff\nbase\tbigger\tbig\n");
        assert_eq!(lang.stem("offer"), lang.stem("offered"));
        assert_eq!(lang.stem("bigger"), lang.stem("big"));
    }

    #[test]
    fn a_silent_e_keeps_words_apart() {
        let lang = Lang::with_records("rel\trate\tgrade:0.60\nrel\trat\trodent:0.60\nrel\tride\tjourney:0.60\nrel\trid\tfree:0.60\nrel\tplan\tdesign:0.60\n");
        // Every form of `rate` has one key, and it is not `rat`'s.
        for form in ["rates", "rated", "rating"] {
            assert_eq!(lang.stem(form), lang.stem("rate"), "{form}");
        }
        assert_ne!(lang.stem("rate"), lang.stem("rat"));
        assert_eq!(lang.stem("rats"), lang.stem("rat"));
        // A doubled consonant says the word had no `e`: `ridding` is `rid`, `riding` `ride`.
        assert_eq!(lang.stem("ridding"), lang.stem("rid"));
        assert_eq!(lang.stem("riding"), lang.stem("ride"));
        assert_eq!(lang.stem("planned"), lang.stem("plan"));
        let related: Vec<&str> = lang
            .related(&lang.stem("rates"))
            .iter()
            .map(|(r, _)| r.as_str())
            .collect();
        assert_eq!(related, [lang.stem("grade")]);
        // A word the lexicon does not know keeps the short key for all its forms.
        assert_eq!(lang.stem("zorbing"), lang.stem("zorbe"));
    }

    #[test]
    fn a_short_past_form_is_its_verb() {
        let lang = Lang::with_records("rel\taxe\tcut:0.40\n");
        assert_eq!(lang.stem("axed"), lang.stem("axe"));
        assert!(lang.is_word("axed"), "a real word, no typo of `aged`");
    }

    #[test]
    fn a_misspelling_is_no_word_though_its_stem_is() {
        let lang =
            Lang::with_records("rel\tbrig\tship:0.60\nrel\tbridge\tspan:0.60\nbase\tmade\tmake\n");
        assert!(!lang.is_word("brige"));
        assert!(lang.is_word("bridge") && lang.is_word("bridges") && lang.is_word("brig"));
    }
}
