#!/usr/bin/env python3
"""Check the evaluation sets in tests/eval/*.tsv against their knowledge folders.

Independent of the engine on purpose: it has its own simple sentence splitter, so a gold that
straddles two sentences, or that names more than one sentence, is caught here and not blamed on
the matcher. For every file it checks that
  * the first directive line is `# knowledge: <folder>` and the folder has .txt articles;
  * every row has three tab-separated fields and a known category;
  * every gold alternative (split on ` || `) is at least 25 characters long, occurs exactly once
    in the folder's text, and lies inside exactly one sentence;
  * `decline` and `smalltalk` rows have gold `-`, and no other row does;
  * no question is repeated within a file;
and it prints the count of questions per category, and which sentences no question answers.

Usage: python3 tests/eval/check_golds.py [tests/eval/<name>.tsv ...]   (exit status 1 on error)
"""

import collections
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATEGORIES = ["plain", "paraphrase", "typo", "quote", "noise", "decline", "smalltalk"]
# Words whose final period does not end a sentence (compared lower-case, without the period).
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt", "jr", "sr",
    "cllr", "det", "insp", "supt", "rev",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "e.g", "i.e", "etc", "vs", "no", "u.s", "u.k", "u.n",
}
CLOSERS = "\"'”’)]"
OPENERS = "\"“‘'("


def paragraphs(text):
    """Blocks separated by blank lines, each joined into one line."""
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines:
            yield " ".join(lines)


def sentences(par):
    """Split one paragraph into sentences (see the module docstring for the rules)."""
    out, start, i, n = [], 0, 0, len(par)
    while i < n:
        c = par[i]
        if c in ".?!":
            j = i + 1
            while j < n and par[j] in CLOSERS:
                j += 1
            k = j
            while k < n and par[k].isspace():
                k += 1
            at_end = k >= n
            next_starts = (
                k > j and k < n and (par[k].isupper() or par[k].isdigit() or par[k] in OPENERS)
            )
            if c == "." and (at_end or next_starts):
                word = re.search(r"([\w.]+)$", par[start:i])
                if word and word.group(1).lower() in ABBREVIATIONS and not at_end:
                    next_starts = False
            if at_end or next_starts:
                out.append(par[start:j].strip())
                start = k
                i = k
                continue
        i += 1
    if par[start:].strip():
        out.append(par[start:].strip())
    return out


def load_folder(folder):
    """The folder's text, its sentences, and the body sentences (not title nor date lines)."""
    texts, sents, body = [], [], []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        pars = list(paragraphs(text))
        # The first paragraph is the title, or the front matter; a title line repeated
        # after the front matter is the title too.
        title = re.search(r'^\+\+\+.*?\btitle\s*=\s*"([^"]*)"', pars[0] if pars else "")
        first_body = 2 if title and len(pars) > 1 and pars[1] == title.group(1) else 1
        for i, par in enumerate(pars):
            found = sentences(par)
            sents.extend(found)
            if i >= first_body and not par.startswith("•"):
                body.extend(found)
    return "\n\n".join(texts), sents, body


def check(tsv):
    errors = []
    lines = tsv.read_text(encoding="utf-8").splitlines()
    directive = next((l for l in lines if l.strip()), "")
    m = re.match(r"#\s*knowledge:\s*(\S+)\s*$", directive)
    if not m:
        return [f"{tsv}: first line must be '# knowledge: <folder>'"], None, None
    folder = ROOT / m.group(1)
    text, sents, body = load_folder(folder)
    if not sents:
        return [f"{tsv}: no articles in {folder}"], None, None
    counts = collections.Counter()
    covered = collections.Counter()
    seen = set()
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{tsv.name}:{no}"
        if len(fields) != 3:
            errors.append(f"{where}: expected 3 tab-separated fields, got {len(fields)}")
            continue
        cat, question, gold = fields
        if cat not in CATEGORIES:
            errors.append(f"{where}: unknown category {cat!r}")
        counts[cat] += 1
        if question.strip().lower() in seen:
            errors.append(f"{where}: repeated question {question!r}")
        seen.add(question.strip().lower())
        if gold == "-":
            if cat not in ("decline", "smalltalk"):
                errors.append(f"{where}: gold '-' in category {cat}")
            continue
        if cat in ("decline", "smalltalk"):
            errors.append(f"{where}: {cat} question must have gold '-'")
        for alt in gold.split(" || "):
            if len(alt) < 25:
                errors.append(f"{where}: gold shorter than 25 characters: {alt!r}")
            occurrences = text.count(alt)
            if occurrences != 1:
                errors.append(f"{where}: gold occurs {occurrences} times: {alt!r}")
            hits = [s for s in sents if alt in s]
            if len(hits) != 1:
                errors.append(f"{where}: gold is in {len(hits)} sentences: {alt!r}")
            for s in hits:
                covered[s] += 1
    uncovered = [s for s in body if covered[s] == 0]
    return errors, counts, uncovered


def main(argv):
    files = [pathlib.Path(a) for a in argv] or sorted((ROOT / "tests" / "eval").glob("*.tsv"))
    failed = False
    header = "file".ljust(34) + "".join(c[:10].rjust(11) for c in CATEGORIES) + "      total"
    print(header)
    for tsv in files:
        errors, counts, uncovered = check(tsv)
        for e in errors:
            print("ERROR", e)
        failed |= bool(errors)
        if counts is None:
            continue
        row = tsv.name.ljust(34) + "".join(str(counts[c]).rjust(11) for c in CATEGORIES)
        print(row + str(sum(counts.values())).rjust(11))
        for s in uncovered:
            print(f"  no question answered by: {s[:90]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
