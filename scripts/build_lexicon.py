#!/usr/bin/env python3
"""Build config/lexicon.tsv, a general-English related-words lexicon, from WordNet 3.0.

Usage:
    apt-get install -y wordnet-base          # Debian's WordNet 3.0 database
    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python3 scripts/build_lexicon.py /usr/share/wordnet names-0.3.0/names > config/lexicon.tsv

The second argument, optional, is a folder with the US Census 1990 given-name lists
(dist.female.first, dist.male.first: public domain; the PyPI package `names` 0.3.0 ships
them), from which the `class … female` / `class … male` records come.

Standard library only; the output depends only on the database, so running it twice gives
byte-identical files.

Why: the answer engine must match a question to an article sentence that words the same
fact differently ("who heads the mission" / "the mission is led by"). Hand-written synonym
lists only cover the articles someone has read; WordNet covers general English.

What it writes (see HEADER below for the format as documented in the output):

* Keys are single-word lemmas written in lowercase ASCII letters only, which is what the
  engine's tokenizer produces (it splits on anything that is not a letter or digit).
  Capitalised lemmas (names, symbols such as "Pb") are never keys or values, nor are
  words under three letters (a, he, in, us: function words that WordNet only knows as
  letters or abbreviations) and the modal verbs in CLOSED_CLASS, which WordNet only knows
  as rare nouns (can "container", will "testament").
* Each relation goes through a *sense* of the key. Senses are weighted by their SemCor tag
  counts (cntlist.rev; sense numbers there are positions in index.*), pooled over all parts
  of speech of the word and lightly smoothed towards the first sense of each part of
  speech, so an untagged word falls back on its first sense(s). A sense is *frequent* when
  it carries at least MIN_SHARE of the word's uses, or is its most used sense. Only
  frequent senses produce relations, which keeps rare senses out (lead "a soft heavy
  metal" is 3% of lead's tagged uses: no lead~metal).
* A pair of words is related only when the connecting sense is frequent for *both* words,
  so the relation is symmetric (weights may differ per direction: the weight a->b says how
  dominant the linking sense is among a's uses).
* Relations and their maximum weights (scaled down to half of it for a word's least
  dominant kept senses):
    synonym (same synset)                     0.90
    derivationally related form (pointer +)   0.80
      (where the form is the word itself in another part of speech, test the verb
      ~ test the noun, that synset's other words: test ~ trial, tryout; where the
      linking sense is frequent for the word but not for the form, and the two share
      their first four letters, one way at MINOR_DERIV of it: closure -> close, the
      noun's main sense being a minor one of the verb)
    pertainym (pointer \\), both directions    0.70
    attribute (pointer =): high ~ height      0.70
    similar-to adjective (pointer &)          0.60
    direct hypernym (pointer @, @i)           0.60
    direct hyponym (pointer ~, ~i)            0.45
  Multi-word lemmas are never values, and keys only as two-word verbs (kick_off ->
  inaugurate, start; come_back -> return), see phrasal_verbs(). A multi-word *hypernym* is split into its words when
  its synset has no single-word lemma (bomb -> explosive_device gives "explosive" and
  "device"), at 0.8 of the hypernym weight: a compound names a kind of its head word and
  its modifier usually names the class; that synset's own hypernyms then give their words
  at the same weight (plane -> heavier-than-air_craft -> aircraft). Multi-word synonyms
  and hyponyms are dropped:
  their parts are often unrelated ("top_dog" for head, "cannon_fodder" for soldier).
  Hypernyms more general than MAX_DESCENDANTS hyponyms at all levels (person, group, act)
  relate nothing: "leader ~ person" would match any sentence about anyone. Hyponyms never
  used in SemCor weigh RARE_HYPONYM of the rest, so the long tail of rare kinds
  (alpenstock for staff) comes after the used ones and only fills a short list (lawyer:
  barrister); ties are broken by that use count.
* Broad words are dropped as keys, and as values but for synonyms (see below): words
  with at least BROAD_TAGS tagged uses spread over at least BROAD_SENSES senses. From
  the data alone this picks come feel find get give have know make man say see take
  think time use; lead and head (many senses but fewer uses) stay, their rare senses
  being filtered out by MIN_SHARE instead.
  A broad word is still the *synonym* of another word through a sense that carries at
  least BROAD_VALUE_SHARE of the broad word's uses (discover ~ find, employ ~ use, state ~
  say): a question's specific word then finds the article's everyday one ("what did the
  farmer discover" / "found 40 lorry loads"). Not through its minor senses (lead ~ take,
  10% of take's uses).
* Irregular inflections from the *.exc files become "base" lines (led -> lead), because a
  Snowball stemmer does not map them. These are kept for every word (made -> make, was ->
  be): they are morphology, not meaning. Not where the form is a word of its own that
  SemCor uses more often than its base, with no sense in common (ground is no form of
  grind, rent of rend, dive of diva; found stays a form of find, bit of bite). So are the
  regular comparatives and superlatives of short adjectives in use (warmest -> warm,
  largest -> large), which no stemmer maps, and the -men plurals of nouns in -man (women
  -> woman, fishermen -> fisherman), which WordNet makes by rule rather than list.
* Each key keeps at most MAX_RELATED related words, highest weight first.
"""

import math
import os
import re
import sys
from collections import defaultdict

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# cntlist.rev sense keys carry a numeric synset type; 5 (adjective satellite) lives in index.adj.
SS_TYPE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}

MIN_SHARE = 0.05  # a sense must carry this share of a word's (smoothed) tagged uses
FIRST_SENSE_PRIOR = 0.5  # pseudo-count for the first sense of each part of speech
BROAD_TAGS = 500  # words with at least this many tagged uses ...
BROAD_SENSES = 12  # ... and at least this many senses are too broad to help
MAX_RELATED = 12
BROAD_VALUE_SHARE = 0.15  # a broad word is a synonym through a sense this much of its use
GIVEN_RATIO = 4.0  # a given name is one sex's when borne this many times as often by it
MIN_LENGTH = 3  # one- and two-letter tokens are function words or abbreviations (a, he, in, us)
# Modal and auxiliary verbs are closed-class words that WordNet only knows as rare nouns
# (can "container", will "testament", must "necessity"); in text they are never those.
CLOSED_CLASS = {"are", "can", "may", "might", "must", "shall", "will"}

WEIGHTS = {
    "syn": 0.90,
    "deriv": 0.80,
    "pertainym": 0.70,
    "attribute": 0.70,
    "similar": 0.60,
    "hyper": 0.60,
    "hypo": 0.45,
}
MAX_DESCENDANTS = 1000  # hypernyms above this many hyponyms (all levels) are too general
MINOR_DERIV = 0.6  # for a derived form through a sense minor for the form
SPLIT_FACTOR = 0.8  # for words of a multi-word hypernym
RARE_HYPONYM = 0.7  # for hyponyms never used in SemCor
MIN_FRACTION = 0.5  # weight of the least dominant kept sense, as a fraction of the maximum

HEADER = """\
# Related-words lexicon for the Verbatim answer engine.
# Source: WordNet 3.0 (Princeton University), Debian package wordnet-base.
# Given names (class female / male): US Census 1990 given-name lists, public domain.
# Made by: python3 scripts/build_lexicon.py /usr/share/wordnet names-0.3.0/names > config/lexicon.tsv
# License: WordNet 3.0 license, see config/LEXICON-LICENSE (the census lists are public
# domain).
#
# Format: one record per line, fields separated by one TAB; lines starting with # are
# comments. All words are lowercase ASCII letters; a key may also be a two-word verb
# joined by an underscore (kick_off, come_back: phrasal verbs).
#   rel<TAB>word<TAB>related:weight related:weight ...
#       words related to `word` in one of its frequent senses: synonyms, derivationally
#       related forms (and the synonyms of the word itself in its other part of speech:
#       the verb test ~ trial), pertainyms, attributes (high ~ height), similar adjectives, direct
#       hypernyms (a multi-word hypernym contributes each of its words, and its own
#       hypernyms' words: plane ~ aircraft) and direct
#       hyponyms; and the kinds of business to each other (company ~ firm ~
#       manufacturer), which WordNet files under different roots. Weights are in
#       (0, 1], two decimals, highest first; at most
#       {max_related} per word. Higher means closer: synonyms <= 0.90, derived forms
#       <= 0.80, pertainyms and attributes <= 0.70, similar adjectives and hypernyms
#       <= 0.60, hyponyms <= 0.45, less for a word's less dominant senses.
#   verb<TAB>word<TAB>related:weight related:weight ...
#       as rel, through the word's frequent *verb* senses only, for a word that is also a
#       noun or adjective, where the lists differ: used where a question uses the word as
#       a verb (head -> lead, not body).
#   noun<TAB>word<TAB>related:weight related:weight ...
#       the same through its noun senses, for a word that is also a verb or adjective
#       (strike -> walkout, not hit).
#   class<TAB>word<TAB>person
#       the word's most frequent noun sense is a kind of person (runner, firefighter,
#       resident), of personnel (staff) or of operator (driver), and a frequent sense
#       of the word as a whole (not the adjective extra): "how many people" is answered
#       by a number of them.
#   class<TAB>word<TAB>name
#       the word is only ever a proper name of a particular place or person (france,
#       uk, verona, einstein): every sense is a capitalized noun and one is an instance.
#       A question that names one the articles never mention asks about something else,
#       even written in lowercase ("does it open in the uk").
#   class<TAB>word<TAB>company
#       one of the word's noun senses is a kind of company or business (firm, airline,
#       chain, carrier, manufacturer): "The company said …" may stand for the firm a
#       sentence before named ("Loomwell Crafts, which sells yarn, …").
#   class<TAB>word<TAB>thing
#       the word's most frequent noun sense is a made or natural thing (an artifact, a
#       food, a body of water: bench, pudding, pond), not an act, an event, a group or a
#       living thing (decision, closure, team, dog): "what did X say about the benches"
#       asks of a detail, which a quote on the story's subject does not answer.
#   class<TAB>word<TAB>female (or male)
#       a given name borne mostly by women (or men): at least four times as often, by
#       the US Census 1990 given-name lists (public domain). "Beth Lowry ... He finished
#       at the signpost": the "he" is not Beth.
#   class<TAB>word<TAB>whole
#       a noun in -s whose -s-less form is only an adjective or adverb that WordNet
#       does not link to it (news / new, odds / odd; not genetics / genetic), or a
#       noun or verb in -eed (need, speed, feed; not agreed): the stemmer keeps the
#       word whole, so "news" is not "new" nor "need" the past of "nee".
#   base<TAB>form<TAB>lemma lemma ...
#       `form` is an irregular inflection of each lemma (led -> lead, men -> man), or a
#       regular comparative or superlative of a short adjective (warmest -> warm). The form
#       may also be a lemma in its own right (found, left, saw).
"""


def is_plain(word):
    """A single word in lowercase ASCII letters: the only shape the tokenizer can match."""
    return word.isascii() and word.isalpha() and word.islower()


def data_lines(path):
    """Lines of a WordNet file, skipping the license header (lines starting with spaces)."""
    with open(path, encoding="utf-8", errors="strict") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.rstrip("\n")


def strip_marker(word):
    """Adjective lemmas may carry a syntactic marker: big(a), galore(ip), ready_to_hand(p)."""
    paren = word.find("(")
    return word[:paren] if paren >= 0 else word


class WordNet:
    def __init__(self, root):
        # (pos, offset) -> list of lemma strings as written (case kept, markers stripped)
        self.synset_words = {}
        # (pos, offset) -> list of (symbol, target_pos, target_offset, source_idx, target_idx)
        self.synset_ptrs = {}
        # lemma (lowercase, from index) -> pos -> [offsets in sense order]
        self.senses = defaultdict(dict)
        # (lemma, pos, sense_number) -> tag count
        self.tags = {}
        # lemma -> tagged uses over all its senses
        self.uses = defaultdict(int)
        for pos, name in POS_FILES.items():
            self._read_data(os.path.join(root, "data." + name), pos)
            self._read_index(os.path.join(root, "index." + name), pos)
        self._read_counts(os.path.join(root, "cntlist.rev"))
        self.exceptions = defaultdict(set)
        for name in ("noun", "verb", "adj", "adv"):
            self._read_exc(os.path.join(root, name + ".exc"))
        self._add_comparisons()
        self._add_man_plurals()
        # Each synset's hypernyms, instances' classes included.
        self.hypernyms = {
            k: [(tpos, toff) for sym, tpos, toff, _, _ in ptrs if sym in ("@", "@i")]
            for k, ptrs in self.synset_ptrs.items()
        }

    def _read_data(self, path, pos):
        for line in data_lines(path):
            fields = line.split(" | ", 1)[0].split()
            offset = fields[0]
            w_cnt = int(fields[3], 16)
            words = [strip_marker(fields[4 + 2 * i]) for i in range(w_cnt)]
            i = 4 + 2 * w_cnt
            p_cnt = int(fields[i])
            ptrs = []
            for k in range(p_cnt):
                sym, tgt, tpos, st = fields[i + 1 + 4 * k : i + 5 + 4 * k]
                tpos = "a" if tpos == "s" else tpos
                ptrs.append((sym, tpos, tgt, int(st[:2], 16), int(st[2:], 16)))
            self.synset_words[(pos, offset)] = words
            self.synset_ptrs[(pos, offset)] = ptrs

    def _read_index(self, path, pos):
        for line in data_lines(path):
            fields = line.split()
            lemma = fields[0]
            p_cnt = int(fields[3])
            offsets = fields[4 + p_cnt + 2 :]
            self.senses[lemma][pos] = offsets

    def _read_counts(self, path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, number, count = line.split()
                lemma, rest = key.split("%", 1)
                pos = SS_TYPE_POS[rest[0]]
                k = (lemma, pos, int(number))
                self.tags[k] = self.tags.get(k, 0) + int(count)
                self.uses[lemma] += int(count)

    def _read_exc(self, path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                form, bases = fields[0], fields[1:]
                if not is_plain(form):
                    continue
                for base in bases:
                    if is_plain(base) and base != form and not self._own_word(form, base):
                        self.exceptions[form].add(base)

    def _own_word(self, form, base):
        """True when `form` is a word of its own rather than a form of `base`: a lemma
        that SemCor uses more often than the base, with no sense in common with it
        (ground, not a form of grind; but bit, used more than bite, shares a sense with it)."""
        if self.uses[form] <= self.uses[base]:
            return False
        synsets = lambda w: {(pos, o) for pos, offs in self.senses.get(w, {}).items() for o in offs}
        return not synsets(form) & synsets(base)


    def _add_comparisons(self):
        """Regular comparatives and superlatives of short adjectives in use (colder ->
        cold, warmest -> warm; larger, largest -> large; earlier, earliest -> early): the .exc
        files list only irregular ones (better, biggest). Only adjectives of one syllable,
        or two ending in -y, with at least one tagged use in SemCor: the ones English
        compares with -er/-est. A form that is a noun or verb itself (forest, warmer,
        sneaker) is left alone."""
        tagged = {lemma for (lemma, pos, _), n in self.tags.items() if pos == "a" and n > 0}
        for adj in sorted(tagged):
            if not is_plain(adj) or "a" not in self.senses.get(adj, {}):
                continue
            syllables = len(re.findall(r"[aeiouy]+", adj[:-1] if adj.endswith("e") else adj))
            if adj.endswith("y") and len(adj) > 3 and adj[-2] not in "aeiou":
                if syllables > 2:
                    continue
                forms = (adj[:-1] + "ier", adj[:-1] + "iest")
            elif syllables != 1:
                continue
            elif adj.endswith("e"):
                forms = (adj + "r", adj + "st")
            else:
                forms = (adj + "er", adj + "est")
            for form in forms:
                # An adjective lemma of its own (latest, lowest) is still the superlative.
                other = set(self.senses.get(form, {})) - {"a", "r"}
                if not other and form not in self.exceptions:
                    self.exceptions[form].add(adj)


    def _add_man_plurals(self):
        """Plurals in -men of nouns in -man (women -> woman, fishermen -> fisherman,
        spokesmen -> spokesman): WordNet's own morphology (Morphy) makes these with a
        suffix rule, so its .exc files do not list them, and a Snowball stemmer leaves
        "women" apart from "woman". Not a form that is a word of its own."""
        for lemma in sorted(self.senses):
            if not is_plain(lemma) or "n" not in self.senses[lemma] or not lemma.endswith("man"):
                continue
            form = lemma[:-3] + "men"
            if len(lemma) > 3 and form not in self.senses and form not in self.exceptions:
                self.exceptions[form].add(lemma)


class SenseModel:
    """How often each word is used in each of its synsets, from SemCor tag counts."""

    def __init__(self, wn):
        # word -> {(pos, offset): share}
        self.share = {}
        self.total_tags = {}
        for lemma, by_pos in wn.senses.items():
            if not is_plain(lemma) or len(lemma) < MIN_LENGTH or lemma in CLOSED_CLASS:
                continue
            counts = {}
            total = 0.0
            tags = 0
            for pos in sorted(by_pos):
                for number, offset in enumerate(by_pos[pos], start=1):
                    # Only synsets that really list the word in lowercase: "pb" is not a
                    # lemma of the lead synset as far as we are concerned, "Pb" is.
                    if lemma not in wn.synset_words[(pos, offset)]:
                        continue
                    c = wn.tags.get((lemma, pos, number), 0)
                    tags += c
                    prior = FIRST_SENSE_PRIOR if number == 1 else 0.0
                    counts[(pos, offset)] = c + prior
                    total += c + prior
            if total <= 0:
                # No lowercase sense 1 in any part of speech: fall back to uniform.
                total = float(len(counts))
                counts = {k: 1.0 for k in counts}
            if not counts:
                continue
            self.share[lemma] = {k: v / total for k, v in counts.items()}
            self.total_tags[lemma] = tags

    def is_broad(self, word):
        return (
            self.total_tags.get(word, 0) >= BROAD_TAGS
            and len(self.share.get(word, {})) >= BROAD_SENSES
        )

    def frequent(self, word, pos=None):
        """The word's frequent senses, each with a dominance factor in (0, 1]; with `pos`,
        among the senses of that part of speech only."""
        shares = self.share.get(word)
        if shares and pos:
            shares = {k: p for k, p in shares.items() if k[0] == pos}
            total = sum(shares.values())
            shares = {k: p / total for k, p in shares.items()} if total > 0 else {}
        if not shares:
            return {}
        top = max(shares.values())
        return {
            k: math.sqrt(p / top) for k, p in shares.items() if p >= MIN_SHARE or p == top
        }


def descendants(wn):
    """Number of hyponyms at all levels below each synset (a synset reached by two paths
    counts twice, which is fine for telling "person" from "explosive device")."""
    children = {
        k: [(tpos, toff) for sym, tpos, toff, _, _ in ptrs if sym in ("~", "~i")]
        for k, ptrs in wn.synset_ptrs.items()
    }
    count = {}
    for root in children:
        # Iterative post-order walk; the hyponym graph has no cycles.
        stack = [(root, False)]
        while stack:
            node, done = stack.pop()
            if node in count:
                continue
            if done:
                count[node] = sum(1 + count[c] for c in children[node])
            else:
                stack.append((node, True))
                stack.extend((c, False) for c in children[node] if c not in count)
    return count


def build(wn):
    model = SenseModel(wn)
    below = descendants(wn)
    broad = {w for w in model.share if model.is_broad(w)}
    frequent = {w: model.frequent(w) for w in model.share if w not in broad}
    broad_senses = {
        w: {k for k, p in model.share[w].items() if p >= BROAD_VALUE_SHARE} for w in broad
    }

    def ok(word, synset):
        return word in frequent and synset in frequent[word]

    def adder(table, keys=None):
        """A function recording `b` as related to `a` in `table` (table[a][b] = weight),
        keeping the highest weight; only for keys in `keys` when given."""

        def add(a, b, kind, factor, scale=1.0):
            if a == b or (keys is not None and a not in keys):
                return
            top = WEIGHTS[kind] * scale
            w = top * (MIN_FRACTION + (1.0 - MIN_FRACTION) * factor)
            if w > table[a].get(b, 0.0):
                table[a][b] = w

        return add

    # best[a][b] = weight of b as related to a
    best = defaultdict(dict)
    add = adder(best)

    def single(words):
        return [w for w in words if is_plain(w)]

    def relate(word, senses, ok, add):
        for synset, factor in senses.items():
            words = wn.synset_words[synset]
            # Synonyms: the same synset, frequent for both words.
            for other in single(words):
                if other != word and (
                    ok(other, synset) or synset in broad_senses.get(other, {})
                ):
                    add(word, other, "syn", factor)
            word_idx = words.index(word) + 1  # lexical pointers count words from 1
            for sym, tpos, toff, src, dst in wn.synset_ptrs[synset]:
                target = (tpos, toff)
                if sym in ("@", "@i", "~", "~i", "&"):
                    kind = {"@": "hyper", "@i": "hyper", "~": "hypo", "~i": "hypo"}.get(
                        sym, "similar"
                    )
                    general = synset if kind == "hypo" else target
                    if kind != "similar" and below[general] > MAX_DESCENDANTS:
                        continue
                    target_words = wn.synset_words[target]
                    # Split a multi-word hypernym only when the synset has no single word
                    # to offer: {explosive_device} yes, {weaponry, arms, weapons_system} no.
                    split = kind == "hyper" and not any(map(is_plain, target_words))
                    for other in target_words:
                        if is_plain(other):
                            # A long tail of hyponyms is mostly rare words (alpenstock
                            # for staff): those never used in SemCor weigh less, so they
                            # come after the rest and fill only a short list (lawyer:
                            # barrister).
                            rare = kind == "hypo" and model.total_tags.get(other, 0) == 0
                            if ok(other, target):
                                add(word, other, kind, factor, RARE_HYPONYM if rare else 1.0)
                        elif split:
                            for part in other.split("_"):
                                if part in frequent:
                                    add(word, part, kind, factor, SPLIT_FACTOR)
                    # A hypernym with no single word ({heavier-than-air_craft}) says
                    # what it is through its own hypernym ({aircraft}): plane ~ aircraft.
                    if split:
                        for sym2, tpos2, toff2, _, _ in wn.synset_ptrs[target]:
                            up = (tpos2, toff2)
                            if sym2 not in ("@", "@i") or below[up] > MAX_DESCENDANTS:
                                continue
                            for other in single(wn.synset_words[up]):
                                if ok(other, up):
                                    add(word, other, kind, factor, SPLIT_FACTOR)
                elif sym == "=":
                    # An adjective and the attribute it is a value of, both ways in the
                    # data (high ~ height, heavy ~ weight): "how high" is answered by
                    # "at a height of 540 kilometres".
                    for other in single(wn.synset_words[target]):
                        if ok(other, target):
                            add(word, other, "attribute", factor)
                elif sym in ("+", "\\"):
                    if src != word_idx:
                        continue
                    other = wn.synset_words[target][dst - 1]
                    if sym == "+" and other == word:
                        # The same word in another part of speech (test the verb, test
                        # the noun): its synonyms there are the word's in this sense
                        # ("was the vaccine tested" / "a trial").
                        for syn in single(wn.synset_words[target]):
                            if syn != word and ok(syn, target) and ok(word, target):
                                add(word, syn, "deriv", factor)
                    if (
                        sym == "+"
                        and is_plain(other)
                        and not ok(other, target)
                        and other in frequent
                        and other[:4] == word[:4]
                    ):
                        add(word, other, "deriv", factor, MINOR_DERIV)
                    if is_plain(other) and ok(other, target):
                        kind = "deriv" if sym == "+" else "pertainym"
                        add(word, other, kind, factor)
                        # Pertainyms point one way only (adverb -> adjective,
                        # adjective -> noun); the reverse is as useful for matching.
                        if kind == "pertainym":
                            add(other, word, kind, frequent[other][target])

    for word, senses in frequent.items():
        relate(word, senses, ok, add)
    phrasal_verbs(wn, frequent, below, add)
    demonyms(wn, add)

    # A word that is a noun and a verb is read with its verb senses where a question
    # uses it as a verb ("who heads the mission": lead, not body part), with its noun
    # senses where it uses it as a noun ("the strike": a walkout, not a blow). Those
    # relations go through the word's frequent senses of that part of speech, and reach
    # a word whose sense is frequent among that word's own senses or among its senses
    # of that part of speech ("fund" the verb is "finance", though "fund" is mostly
    # money).
    def by_pos(pos):
        mixed = {
            w: model.frequent(w, pos)
            for w in frequent
            if any(k[0] == pos for k in model.share[w]) and any(k[0] != pos for k in model.share[w])
        }
        out = defaultdict(dict)

        def ok_pos(word, synset):
            return ok(word, synset) or synset in mixed.get(word, {})

        for word, senses in mixed.items():
            relate(word, senses, ok_pos, adder(out, mixed))
        return out

    verbs = by_pos("v")
    nouns = by_pos("n")
    # News calls one firm "the company", "the firm", "the business", "the manufacturer"
    # in turn; WordNet files these under different roots (a company is an institution,
    # a firm a business concern), so no pointer relates them.
    kinds = business_kinds(wn, model)
    for table in (best, nouns):
        add_kind = adder(table)
        for a in kinds:
            for b in kinds:
                add_kind(a, b, "hyper", 1.0)
    return (
        best,
        verbs,
        nouns,
        people(wn, model),
        companies(wn, model),
        things(wn, model),
        broad,
        model.total_tags,
    )


def demonyms(wn, add):
    """Relates a capitalized adjective and the proper noun it pertains to, both ways
    (iraqi ~ iraq, canadian ~ canada, welsh ~ wales): a sentence about "the Iraqi
    government" is about Iraq. These are names, which WordNet writes capitalized and
    SemCor barely tags, so they bypass the frequent-sense test; each adjective synset
    names one place."""
    for (pos, offset), words in wn.synset_words.items():
        if pos != "a":
            continue
        for sym, tpos, toff, src, dst in wn.synset_ptrs[(pos, offset)]:
            if sym != "\\" or tpos != "n":
                continue
            adj = words[src - 1]
            noun = wn.synset_words[(tpos, toff)][dst - 1]
            if not (adj[:1].isupper() and noun[:1].isupper()):
                continue
            adj, noun = adj.lower(), noun.lower()
            if is_plain(adj) and is_plain(noun) and adj != noun:
                add(adj, noun, "pertainym", 1.0)
                add(noun, adj, "pertainym", 1.0)


def people(wn, model):
    """Words whose most frequent noun sense is a person or personnel, by hypernyms."""
    roots = {("n", wn.senses["person"]["n"][0]), ("n", wn.senses["personnel"]["n"][0])}
    # WordNet files "operator" (an agent that operates a machine: driver, chauffeur,
    # motorist, trucker) under causal agent, beside person rather than below it, though
    # its lexicographer file is noun.person: a lorry driver is someone a question asks
    # the name of.
    roots.add(("n", wn.senses["operator"]["n"][1]))
    reaches = under_roots(wn, roots)
    return [w for w in sorted(model.share) if reaches_by_noun(model, w, reaches)]


def under_roots(wn, roots):
    """A test of whether a synset is one of `roots` or below one: a memoized walk up the
    hypernyms (the graph has no cycles)."""
    memo = {}

    def reaches(synset):
        if synset not in memo:
            memo[synset] = synset in roots or any(map(reaches, wn.hypernyms[synset]))
        return memo[synset]

    return reaches


def things(wn, model):
    """Words whose most frequent noun sense is a made or natural thing one can point at:
    an artifact (bench, tractor, museum), a food (pudding, pie) or a body of water
    (pond). Not an act, an event, a group or a living thing (decision, closure, team,
    dog)."""
    roots = {("n", wn.senses["artifact"]["n"][0]), ("n", wn.senses["body_of_water"]["n"][0])}
    roots.update(("n", off) for off in wn.senses["food"]["n"][:2])
    reaches = under_roots(wn, roots)

    def plural_of_another(w):
        # "ways" (a slipway) is read as the plural of "way", which is no thing.
        return any(
            w.endswith(end) and "n" in wn.senses.get(w[: -len(end)], {})
            for end in ("s", "es")
        )

    return [
        w
        for w in sorted(model.share)
        if reaches_by_noun(model, w, reaches) and not plural_of_another(w)
    ]


def reaches_by_noun(model, word, reaches):
    """True when the word's most frequent noun sense satisfies `reaches`, and is a frequent
    sense of the word as a whole, not only of a rare noun: "dry" (a prohibitionist),
    "temporary", "steady" are adjectives."""
    senses = model.frequent(word, "n")
    if not senses:
        return False
    top = max(senses, key=senses.get)
    return top in model.frequent(word) and reaches(top)


def business_roots(wn):
    """company (an institution to conduct business), business (a business concern),
    enterprise (an organization created for business ventures)."""
    roots = {("n", wn.senses["company"]["n"][0]), ("n", wn.senses["business"]["n"][0])}
    roots.add(("n", wn.senses["enterprise"]["n"][1]))
    return roots


def business_kinds(wn, model):
    """Words whose most frequent sense (over all parts of speech) is one of the business
    roots or a kind directly below one: company, firm, business, manufacturer, … ."""
    roots = business_roots(wn)

    def is_kind(synset):
        return synset in roots or any(p in roots for p in wn.hypernyms[synset])

    return [w for w in sorted(model.share) if reaches_by_noun(model, w, is_kind)]


def companies(wn, model):
    """Words one of whose noun senses, frequent or not, is a kind of company or business:
    news calls a firm "the airline" or "the chain" in senses rarer than a hose or a
    fetter, and the word is only read where a sentence opens with it ("The chain said
    …"). And kinds of club, a formal association of people ("The club, founded in 1987,
    …" after "Brackenfield Rovers Juniors, which runs 14 teams, …"), though not among the
    business kinds, which relate company ~ firm. Not every organization: "the council",
    "the union", "the committee" are bodies of their own, which a nearby name does not
    stand for."""
    clubs = {("n", wn.senses["club"]["n"][1])}
    reaches = under_roots(wn, business_roots(wn) | clubs)
    return [
        word
        for word in sorted(model.share)
        if any(reaches(("n", off)) for off in wn.senses.get(word, {}).get("n", []))
    ]


def names(wn):
    """Plain lemmas that are only proper names: every sense a noun written with a
    capital, and one of them an instance (a particular place or person, not a genus)."""
    out = []
    for lemma, poses in wn.senses.items():
        if not is_plain(lemma) or set(poses) != {"n"}:
            continue
        synsets = [("n", off) for off in poses["n"]]
        written = [w for k in synsets for w in wn.synset_words[k] if w.lower() == lemma]
        if not written or not all(w[0].isupper() for w in written):
            continue
        if any(sym == "@i" for k in synsets for sym, *_ in wn.synset_ptrs[k]):
            out.append(lemma)
    return sorted(out)


def whole_words(wn):
    """Nouns in -s (a plural's ending, not -ss, -us, -is, nor -es after a sibilant or
    -ies) whose -s-less form is a lemma only as an adjective or adverb: stripping the -s
    would make another word of them (news -> new, politics -> politic). And nouns and
    verbs in -eed, which the stemmer would take for the past of a verb in -ee (agreed ->
    agree): need is no form of nee, nor speed of spee, nor feed of fee. (Not agreed or
    decreed, which WordNet has only as adjectives.)"""
    out = []
    for lemma, poses in wn.senses.items():
        if is_plain(lemma) and lemma.endswith("eed") and {"n", "v"} & set(poses):
            out.append(lemma)
            continue
        if (
            not is_plain(lemma)
            or "n" not in poses
            or len(lemma) <= 3
            or not lemma.endswith("s")
            or lemma.endswith(("ss", "us", "is", "ies", "xes", "ches", "shes"))
        ):
            continue
        bare = wn.senses.get(lemma[:-1])
        if not bare or {"n", "v"} & set(bare):
            continue
        # Not where WordNet links the two (genetics ~ genetic, economics ~ economic):
        # there the shared stem is the right one.
        mine = {("n", off) for off in poses["n"]}
        theirs = {(pos, off) for pos, offs in bare.items() for off in offs}
        linked = any(
            (tpos, toff) in theirs for k in mine for _, tpos, toff, _, _ in wn.synset_ptrs[k]
        ) or any(
            (tpos, toff) in mine for k in theirs for _, tpos, toff, _, _ in wn.synset_ptrs[k]
        )
        if not linked:
            out.append(lemma)
    return sorted(out)


def is_phrase(lemma):
    """A two-word lemma of plain words: kick_off, set_back, take_effect."""
    parts = lemma.split("_")
    return len(parts) == 2 and all(map(is_plain, parts))


def phrasal_verbs(wn, frequent, below, add):
    """Two-word verbs as keys (`kick_off` -> inaugurate, start; `come_back` -> return).

    Chat questions use phrasal verbs where articles use one word ("when does it kick
    off" / "started"). The engine looks up a question's adjacent word pairs as
    `stem_word`. A phrase's own senses are weighted by its SemCor counts as single words
    are; its related words need only be ordinary (non-broad) words, not share the sense
    as a frequent one, because a phrase's sense is usually a minor sense of the single
    verb (start ~ kick_off)."""
    for lemma, by_pos in wn.senses.items():
        offsets = by_pos.get("v")
        if not offsets or not is_phrase(lemma):
            continue
        counts = {}
        for number, offset in enumerate(offsets, start=1):
            c = wn.tags.get((lemma, "v", number), 0)
            counts[("v", offset)] = c + (FIRST_SENSE_PRIOR if number == 1 else 0.0)
        total = sum(counts.values())
        top = max(counts.values())
        for synset, c in counts.items():
            share = c / total
            if share < MIN_SHARE and c != top:
                continue
            factor = math.sqrt(c / top)
            for other in wn.synset_words[synset]:
                if is_plain(other) and other in frequent:
                    add(lemma, other, "syn", factor)
            for sym, tpos, toff, _, _ in wn.synset_ptrs[synset]:
                target = (tpos, toff)
                if sym in ("@", "+") and below.get(target, 0) <= MAX_DESCENDANTS:
                    kind = "hyper" if sym == "@" else "deriv"
                    for other in wn.synset_words[target]:
                        if is_plain(other) and other in frequent:
                            add(lemma, other, kind, factor)


def given_names(folder):
    """Given names borne at least GIVEN_RATIO times as often by one sex as by the other,
    from the census lists: name -> "female" or "male"."""
    def shares(path):
        with open(path, encoding="ascii") as f:
            return {line.split()[0].lower(): float(line.split()[1]) for line in f if line.strip()}

    women = shares(os.path.join(folder, "dist.female.first"))
    men = shares(os.path.join(folder, "dist.male.first"))
    out = {}
    for name in set(women) | set(men):
        w, m = women.get(name, 0.0), men.get(name, 0.0)
        if not name.isalpha():
            continue
        if w > 0 and w >= GIVEN_RATIO * m:
            out[name] = "female"
        elif m > 0 and m >= GIVEN_RATIO * w:
            out[name] = "male"
    return out


def render(best, verbs, nouns, persons, companies, objects, popularity, wn, out, given=None):
    out.write(HEADER.format(max_related=MAX_RELATED))

    def items(related):
        # Equal weights (typically a long list of hyponyms) keep the most used words.
        related = sorted(
            related.items(),
            key=lambda kv: (-round(kv[1], 2), -popularity.get(kv[0], 0), kv[0]),
        )
        return " ".join(f"{w}:{max(weight, 0.01):.2f}" for w, weight in related[:MAX_RELATED])

    for word in sorted(best):
        if best[word]:
            out.write(f"rel\t{word}\t{items(best[word])}\n")
    for kind, lists in (("verb", verbs), ("noun", nouns)):
        for word in sorted(lists):
            line = items(lists[word])
            if line and line != items(best.get(word, {})):
                out.write(f"{kind}\t{word}\t{line}\n")
    for word in persons:
        out.write(f"class\t{word}\tperson\n")
    for word in companies:
        out.write(f"class\t{word}\tcompany\n")
    for word in objects:
        out.write(f"class\t{word}\tthing\n")
    for word in names(wn):
        out.write(f"class\t{word}\tname\n")
    for word, sex in sorted((given or {}).items()):
        out.write(f"class\t{word}\t{sex}\n")
    for word in whole_words(wn):
        out.write(f"class\t{word}\twhole\n")
    for form in sorted(wn.exceptions):
        out.write(f"base\t{form}\t{' '.join(sorted(wn.exceptions[form]))}\n")


def main(argv):
    if len(argv) not in (2, 3) or argv[1] in ("-h", "--help"):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    wn = WordNet(argv[1])
    best, verbs, nouns, persons, firms, objects, broad, popularity = build(wn)
    sys.stderr.write(
        f"{len(best)} keys; {len(broad)} broad words dropped: "
        f"{' '.join(sorted(broad))}\n"
    )
    given = given_names(argv[2]) if len(argv) == 3 else None
    render(best, verbs, nouns, persons, firms, objects, popularity, wn, sys.stdout, given)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
