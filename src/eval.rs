//! Evaluation: runs a set of questions with known answers through the engine and reports
//! top-1, top-3 and decline accuracy per category (`verbatim eval FILE`).
//!
//! The file format is described in `tests/eval/README.md`: a `# knowledge: DIR` line,
//! then `category<TAB>question<TAB>gold`, where gold is a substring of the answering
//! sentence (alternatives separated by ` || `) or `-` for a question that must be declined.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::engine::{Engine, Outcome};

/// Problems with an evaluation file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
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

/// One question of a set.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub line: usize,
    pub category: String,
    pub question: String,
    /// Substrings of acceptable answer sentences; empty when the question must be declined.
    pub gold: Vec<String>,
}

/// A parsed evaluation file.
#[derive(Debug, Clone)]
pub struct EvalSet {
    pub path: PathBuf,
    /// The knowledge folder it is about, as the file names it (relative to the repo root).
    pub knowledge: Option<PathBuf>,
    pub cases: Vec<Case>,
}

impl EvalSet {
    pub fn load(path: &Path) -> Result<EvalSet, EvalError> {
        let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<EvalSet, EvalError> {
        let mut set = EvalSet {
            path: path.to_owned(),
            knowledge: None,
            cases: Vec::new(),
        };
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if let Some(rest) = line.strip_prefix('#') {
                if let Some(dir) = rest.trim().strip_prefix("knowledge:") {
                    set.knowledge = Some(PathBuf::from(dir.trim()));
                }
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [category, question, gold] = cols[..] else {
                return Err(EvalError::Parse {
                    path: path.to_owned(),
                    line: n,
                    message: format!("expected 3 tab-separated columns, found {}", cols.len()),
                });
            };
            let gold = match gold.trim() {
                "-" => Vec::new(),
                g => g.split(" || ").map(|s| s.trim().to_string()).collect(),
            };
            set.cases.push(Case {
                line: n,
                category: category.trim().to_string(),
                question: question.to_string(),
                gold,
            });
        }
        Ok(set)
    }
}

/// What happened to one case.
#[derive(Debug, Clone)]
pub struct CaseResult {
    pub case: Case,
    pub outcome: Outcome,
    pub top1: bool,
    pub top3: bool,
    /// For must-decline cases: declined (or answered with help text for small talk).
    pub declined_ok: bool,
    /// The first answer (or first ranked sentence), for reports.
    pub got: Option<String>,
    pub score: f32,
    /// The best-ranked sentence is a gold one (whatever the decision).
    pub rank1_gold: bool,
    /// The best-ranked sentence's score.
    pub rank1_score: f32,
}

impl CaseResult {
    pub fn must_decline(&self) -> bool {
        self.case.gold.is_empty()
    }
    pub fn correct(&self) -> bool {
        if self.must_decline() {
            self.declined_ok
        } else {
            self.top1
        }
    }
}

/// Counts of one category (or of everything).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub answerable: usize,
    pub top1: usize,
    pub top3: usize,
    pub must_decline: usize,
    pub declined: usize,
}

impl Tally {
    fn add(&mut self, r: &CaseResult) {
        if r.must_decline() {
            self.must_decline += 1;
            self.declined += usize::from(r.declined_ok);
        } else {
            self.answerable += 1;
            self.top1 += usize::from(r.top1);
            self.top3 += usize::from(r.top3);
        }
    }
    pub fn top1_rate(&self) -> f64 {
        ratio(self.top1, self.answerable)
    }
    pub fn top3_rate(&self) -> f64 {
        ratio(self.top3, self.answerable)
    }
    pub fn decline_rate(&self) -> f64 {
        ratio(self.declined, self.must_decline)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The results of a whole set.
#[derive(Debug, Clone)]
pub struct Report {
    pub results: Vec<CaseResult>,
    pub by_category: BTreeMap<String, Tally>,
    pub total: Tally,
}

/// Runs every case through `engine`. Fails when a gold matches no sentence at all (a broken
/// evaluation file must not pass as a wrong answer).
pub fn run(engine: &Engine, set: &EvalSet) -> Result<Report, EvalError> {
    let k = engine.knowledge();
    let is_gold = |sid: u32, gold: &[String]| {
        let text = &k.sentence(sid).text;
        gold.iter().any(|g| text.contains(g.as_str()))
    };
    let mut results = Vec::with_capacity(set.cases.len());
    for case in &set.cases {
        for g in &case.gold {
            if !k.sentences.iter().any(|s| s.text.contains(g.as_str())) {
                return Err(EvalError::Parse {
                    path: set.path.clone(),
                    line: case.line,
                    message: format!("gold `{g}` is in no sentence of the knowledge"),
                });
            }
        }
        let reply = engine.ask(&case.question);
        let ranked = engine.rank(&case.question);
        let answered = reply.outcome == Outcome::Answered;
        let top1 = answered
            && reply
                .answers
                .first()
                .is_some_and(|h| is_gold(h.sentence, &case.gold));
        let top3 = answered
            && ranked
                .iter()
                .take(3)
                .any(|h| is_gold(h.sentence, &case.gold));
        let declined_ok = if case.category == "smalltalk" {
            reply.outcome == Outcome::Smalltalk
        } else {
            !answered
        };
        let first = reply.answers.first().or(ranked.first());
        results.push(CaseResult {
            case: case.clone(),
            outcome: reply.outcome,
            top1,
            top3,
            declined_ok,
            got: first.map(|h| k.sentence(h.sentence).text.clone()),
            score: first.map_or(0.0, |h| h.score),
            rank1_gold: ranked
                .first()
                .is_some_and(|h| is_gold(h.sentence, &case.gold)),
            rank1_score: match reply.outcome {
                Outcome::Smalltalk | Outcome::Empty => 0.0,
                _ => ranked.first().map_or(0.0, |h| h.score),
            },
        });
    }
    let mut by_category: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    for r in &results {
        by_category
            .entry(r.case.category.clone())
            .or_default()
            .add(r);
        total.add(r);
    }
    Ok(Report {
        results,
        by_category,
        total,
    })
}

impl Report {
    /// The table `verbatim eval` prints.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let pct = |x: f64| format!("{:5.1}%", x * 100.0);
        let _ = writeln!(
            out,
            "{:<12} {:>5} {:>7} {:>7} {:>8}",
            "category", "n", "top-1", "top-3", "declined"
        );
        let row = |out: &mut String, name: &str, t: &Tally| {
            let (t1, t3) = if t.answerable > 0 {
                (pct(t.top1_rate()), pct(t.top3_rate()))
            } else {
                ("     -".into(), "     -".into())
            };
            let d = if t.must_decline > 0 {
                pct(t.decline_rate())
            } else {
                "     -".into()
            };
            let _ = writeln!(
                out,
                "{:<12} {:>5} {:>7} {:>7} {:>8}",
                name,
                t.answerable + t.must_decline,
                t1,
                t3,
                d
            );
        };
        for (name, t) in &self.by_category {
            row(&mut out, name, t);
        }
        row(&mut out, "all", &self.total);
        out
    }

    /// Top-1 and decline accuracy for a range of decline thresholds (what `min_score`
    /// trades), for tuning.
    pub fn sweep(&self) -> String {
        let mut out = String::from("min_score  top-1  declined  (answerable, must-decline)\n");
        for step in 0..=12 {
            let t = 0.2 + 0.05 * step as f32;
            let (mut a, mut a_ok, mut d, mut d_ok) = (0, 0, 0, 0);
            for r in &self.results {
                let answered = r.rank1_score >= t;
                if r.must_decline() {
                    d += 1;
                    d_ok += usize::from(!answered);
                } else {
                    a += 1;
                    a_ok += usize::from(answered && r.rank1_gold);
                }
            }
            let _ = writeln!(
                out,
                "{t:9.2} {:6.1}% {:8.1}%",
                100.0 * ratio(a_ok, a),
                100.0 * ratio(d_ok, d)
            );
        }
        out
    }

    /// The cases that went wrong, one paragraph each.
    pub fn failures(&self) -> String {
        let mut out = String::new();
        for r in self.results.iter().filter(|r| !r.correct()) {
            let _ = writeln!(
                out,
                "line {} [{}] {}\n  outcome {:?}, score {:.3}\n  got:  {}\n  want: {}",
                r.case.line,
                r.case.category,
                r.case.question,
                r.outcome,
                r.score,
                r.got.as_deref().unwrap_or("-"),
                if r.case.gold.is_empty() {
                    "(decline)".to_string()
                } else {
                    r.case.gold.join(" || ")
                }
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directive_cases_and_declines() {
        let s = EvalSet::parse(
            Path::new("x.tsv"),
            "# knowledge: knowledge\n# c\nplain\tWho?\tled by X || headed by X\ndecline\tWhat?\t-\n",
        )
        .unwrap();
        assert_eq!(s.knowledge.as_deref(), Some(Path::new("knowledge")));
        assert_eq!(s.cases.len(), 2);
        assert_eq!(s.cases[0].gold, ["led by X", "headed by X"]);
        assert!(s.cases[1].gold.is_empty());
        assert_eq!(s.cases[1].line, 4);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let e = EvalSet::parse(Path::new("x.tsv"), "plain\tonly two\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.tsv:1: expected 3 tab-separated columns, found 2"
        );
    }
}
