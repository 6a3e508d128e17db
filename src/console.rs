//! The local console: the bot's answers as plain text, for `verbatim` without a token,
//! `verbatim ask` and `verbatim check`.

use std::fmt::Write as _;
use std::io::{BufRead, Write};

use crate::engine::{Engine, Hit, Outcome, Reply};

/// The short help text for greetings and empty questions.
pub fn help_text(engine: &Engine) -> String {
    let mut out = String::from(
        "Ask me a question about the articles below (who, what, when, where, how many, \
         what someone said). I answer with the articles' own sentences and say where they \
         come from.\n",
    );
    for a in &engine.knowledge().articles {
        let _ = writeln!(out, "  • {}", a.title);
    }
    out
}

fn cite(engine: &Engine, h: &Hit, out: &mut String) {
    let k = engine.knowledge();
    let s = k.sentence(h.sentence);
    let _ = writeln!(out, "“{}”", s.text);
    if let Some(who) = k.attribution(h.sentence) {
        let _ = writeln!(out, "    — {who}");
    }
    let a = k.article(s.article);
    let mut src = format!("    From: {}", a.title);
    if let Some(d) = a.dates() {
        let _ = write!(src, ", {d}");
    }
    if let Some(u) = &a.url {
        let _ = write!(src, " <{u}>");
    }
    let _ = writeln!(out, "{src}");
}

/// A reply as plain text.
pub fn render(engine: &Engine, reply: &Reply) -> String {
    let mut out = String::new();
    if reply.truncated {
        let _ = writeln!(
            out,
            "(Your question was long: I read its first {} characters.)",
            engine.settings().max_question_chars
        );
    }
    match reply.outcome {
        Outcome::Empty | Outcome::Smalltalk => out.push_str(&help_text(engine)),
        Outcome::Answered => {
            for (i, h) in reply.answers.iter().enumerate() {
                if i == 1 {
                    out.push_str("\nAlso relevant:\n");
                }
                cite(engine, h, &mut out);
            }
        }
        Outcome::Declined => {
            out.push_str("The articles don't say.\n");
            if !reply.suggestions.is_empty() {
                out.push_str("\nClosest sentences, in case they help:\n");
                for h in &reply.suggestions {
                    cite(engine, h, &mut out);
                }
            }
        }
    }
    out
}

/// The interactive loop: one question a line until end of input or `/quit`.
pub fn run(engine: &Engine, input: impl BufRead, mut output: impl Write) -> std::io::Result<()> {
    writeln!(
        output,
        "Verbatim console: {} article(s), {} sentences. Type a question (Ctrl-D to quit).",
        engine.knowledge().articles.len(),
        engine.knowledge().sentences.len()
    )?;
    write!(output, "> ")?;
    output.flush()?;
    for line in input.lines() {
        let line = match line {
            Ok(l) => l,
            // Invalid UTF-8 on standard input: say so and go on.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                writeln!(output, "(That line was not valid UTF-8 text.)")?;
                write!(output, "> ")?;
                output.flush()?;
                continue;
            }
            Err(e) => return Err(e),
        };
        if matches!(line.trim(), "/quit" | "/exit") {
            break;
        }
        if !line.trim().is_empty() {
            let reply = engine.ask(&line);
            writeln!(output, "{}", render(engine, &reply))?;
        }
        write!(output, "> ")?;
        output.flush()?;
    }
    writeln!(output)?;
    Ok(())
}
