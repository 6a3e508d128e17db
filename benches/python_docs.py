#!/usr/bin/env python3
"""Builds the scale corpus: the Python 3.11 documentation as ~500 knowledge files.

Issue 5 asks whether the engine stays fast and right with hundreds of articles. Debian's
package `python3.11-doc` holds the Python documentation as HTML: about 500 pages of English
prose. This script fetches it with `apt-get download` (no install, no root needed beyond
what apt-get download needs), unpacks it with `dpkg-deb -x` into a scratch folder, and
writes one knowledge file per HTML page in the plain-text knowledge format (README,
"Knowledge"): a `+++` front matter with the page's title and docs.python.org URL, then one
paragraph per line with blank lines between them. Section headings become sub-headings.
Code blocks, signatures, tables, navigation, tables of contents, the index pages and the
search page are left out: what remains is the prose a person could ask about.

It also copies the seed article (`knowledge/nato-mission-iraq.txt`) into the folder, so the
folder tests "the seed among 500 articles" (`verbatim eval tests/eval/seed.tsv --knowledge
scratch/python-docs`). Nothing it writes is committed: `scratch/` is in .gitignore.

Usage (from the repository root; python3 standard library only):

    python3 benches/python_docs.py                     # writes scratch/python-docs/
    python3 benches/python_docs.py OUT_DIR             # writes OUT_DIR/
    python3 benches/python_docs.py --deb FILE.deb      # use a .deb already downloaded

The download and the unpacked package are kept in `scratch/python3.11-doc/` (next to
OUT_DIR when OUT_DIR is given) and reused on the next run. Existing `*.txt` files in
OUT_DIR are replaced.
"""

import argparse
import glob
import html.parser
import os
import re
import shutil
import subprocess
import sys

PACKAGE = "python3.11-doc"
HTML_ROOT = "usr/share/doc/python3.11/html"
BASE_URL = "https://docs.python.org/3.11/"
SEED = "knowledge/nato-mission-iraq.txt"

# Pages that are not prose: the general index, the module index, search, the full table
# of contents.
SKIP_PAGES = re.compile(r"^(genindex.*|py-modindex|search|contents)\.html$")

# Elements whose whole content is left out: code, signatures, tables, navigation, local
# tables of contents, scripts, and Sphinx decorations (the `¶` links, "Note"/"Warning"
# labels, footnote brackets).
SKIP_TAGS = {"pre", "table", "nav", "dt", "script", "style", "math", "svg", "button"}
SKIP_CLASSES = {
    "highlight",
    "toctree-wrapper",
    "contents",
    "topic",
    "headerlink",
    "admonition-title",
    "footnote-reference",
    "fn-bracket",
    "sig",
    "doctest",
    "rubric",
    "versionmodified-label",
}
# Elements that end the current paragraph (and start a new one).
BLOCK_TAGS = {
    "p", "div", "section", "article", "aside", "blockquote", "li", "ul", "ol", "dl", "dd",
    "dt", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "figure", "figcaption",
    "caption", "br", "hr", "footer", "header", "main", "details", "summary",
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"}

# Characters the knowledge loader refuses (control characters) or that only format.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")
SPACES = re.compile(r"\s+")


class PageParser(html.parser.HTMLParser):
    """Collects the title and the prose paragraphs of a Sphinx page's main body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = None
        self.paragraphs = []  # (is_heading, text)
        self._body_depth = 0  # > 0 inside <div class="body">: counts open divs
        self._skip = []  # stack of tag names whose content is being left out
        self._buf = []
        self._heading = None

    def _flush(self):
        text = SPACES.sub(" ", CONTROL.sub("", "".join(self._buf))).strip()
        self._buf = []
        text = text.replace("¶", "").strip()
        if not text:
            return
        if self._heading == "h1" and self.title is None:
            self.title = text
        elif self._heading:
            self.paragraphs.append((True, text))
        else:
            self.paragraphs.append((False, text))

    def handle_starttag(self, tag, attrs):
        classes = set()
        for name, value in attrs:
            if name == "class" and value:
                classes.update(value.split())
        if self._body_depth == 0:
            if tag == "div" and "body" in classes:
                self._body_depth = 1
            return
        if tag == "div":
            self._body_depth += 1
        if tag in VOID_TAGS:
            if not self._skip and tag in BLOCK_TAGS:
                self._flush()
            return
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.append(tag)
            return
        if tag in BLOCK_TAGS:
            self._flush()
        if tag in SKIP_TAGS or classes & SKIP_CLASSES or any(
            c.startswith("highlight-") for c in classes
        ):
            self._skip.append(tag)
            return
        if tag in HEADINGS:
            self._heading = tag

    def handle_endtag(self, tag):
        if self._body_depth == 0:
            return
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
        elif tag in BLOCK_TAGS:
            self._flush()
            if tag in HEADINGS:
                self._heading = None
        if tag == "div":
            self._body_depth -= 1
            if self._body_depth == 0:
                self._flush()

    def handle_data(self, data):
        if self._body_depth > 0 and not self._skip:
            self._buf.append(data)


def prose(paragraphs):
    """Keeps paragraphs that read as prose, and headings that are followed by some."""
    kept = []
    for heading, text in paragraphs:
        words = text.split()
        if heading:
            # A heading longer than a line is a signature-like title; drop it.
            if len(words) <= 12 and len(text) <= 80:
                kept.append((True, text))
            continue
        letters = sum(c.isalpha() for c in text)
        # Fragments ("See also", "Source code: Lib/json/__init__.py", lone identifiers)
        # are not prose a person asks about.
        if len(words) < 4 or letters < 0.5 * len(text):
            continue
        if text.startswith("Source code:"):
            continue
        kept.append((False, text))
    # Drop headings with no prose after them before the next heading.
    out = []
    for i, (heading, text) in enumerate(kept):
        if heading and (i + 1 == len(kept) or kept[i + 1][0]):
            continue
        out.append((heading, text))
    return out


def toml_string(s):
    """A TOML basic string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(title, url, paragraphs):
    lines = ["+++", f"title = {toml_string(title)}", f"url = {toml_string(url)}", "+++", ""]
    for heading, text in paragraphs:
        if heading:
            # A sub-heading must not end with punctuation, or it reads as a sentence.
            text = text.rstrip(".:;,!? ")
        lines.append(text)
        lines.append("")
    return "\n".join(lines)


def fetch(work, deb):
    """Downloads (unless given) and unpacks the package; returns the HTML folder."""
    os.makedirs(work, exist_ok=True)
    if deb is None:
        found = sorted(glob.glob(os.path.join(work, f"{PACKAGE}_*.deb")))
        if not found:
            print(f"apt-get download {PACKAGE} (into {work})", file=sys.stderr)
            subprocess.run(["apt-get", "download", PACKAGE], cwd=work, check=True)
            found = sorted(glob.glob(os.path.join(work, f"{PACKAGE}_*.deb")))
        if not found:
            sys.exit(f"python_docs.py: apt-get download left no {PACKAGE}_*.deb in {work}")
        deb = found[-1]
    root = os.path.join(work, "unpacked")
    html_dir = os.path.join(root, HTML_ROOT)
    if not os.path.isdir(html_dir):
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    if not os.path.isdir(html_dir):
        sys.exit(f"python_docs.py: {deb} has no {HTML_ROOT}")
    return html_dir


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", default="scratch/python-docs", help="output folder")
    ap.add_argument("--deb", help="a python3.11-doc .deb already downloaded")
    ap.add_argument("--no-seed", action="store_true", help=f"do not copy {SEED}")
    args = ap.parse_args()

    out = args.out
    work = os.path.join(os.path.dirname(os.path.abspath(out)), "python3.11-doc")
    html_dir = fetch(work, args.deb)

    os.makedirs(out, exist_ok=True)
    for old in glob.glob(os.path.join(out, "*.txt")):
        os.remove(old)

    pages = sentences_guess = skipped = 0
    for path in sorted(glob.glob(os.path.join(html_dir, "**", "*.html"), recursive=True)):
        rel = os.path.relpath(path, html_dir)
        if SKIP_PAGES.match(rel):
            skipped += 1
            continue
        parser = PageParser()
        with open(path, encoding="utf-8", errors="replace") as f:
            parser.feed(f.read())
        parser.close()
        paragraphs = prose(parser.paragraphs)
        if not parser.title or not any(not h for h, _ in paragraphs):
            skipped += 1
            continue
        name = rel[: -len(".html")].replace(os.sep, "-") + ".txt"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(render(parser.title, BASE_URL + rel.replace(os.sep, "/"), paragraphs))
        pages += 1
        sentences_guess += sum(len(re.findall(r"[.!?](\s|$)", t)) for h, t in paragraphs if not h)

    if not args.no_seed:
        if os.path.exists(SEED):
            shutil.copy(SEED, os.path.join(out, os.path.basename(SEED)))
        else:
            print(f"note: {SEED} not found (run from the repository root); seed not copied",
                  file=sys.stderr)
    print(f"{out}: {pages} pages written ({skipped} skipped), about {sentences_guess} sentences;"
          f" check with: verbatim check {out}")


if __name__ == "__main__":
    main()
