//! `--help` in the tools' language. Clap's derive takes its help from doc comments, in
//! English, at compile time; so the command is built first (`Command::build`, which adds
//! the `help` flag, the `help` subcommand and the global `--config` everywhere), then
//! every command's about, every argument's help and the headings are replaced by
//! Fluent messages: `cli-help-PATH` for a command (`cli-help-content-check`),
//! `cli-help-PATH--ARG` for an argument (`cli-help-content-coverage--fail-under`), else
//! `cli-help-arg-ARG` for one shared by several commands (`--data-dir`, `--help`).
//! A command or argument without a message keeps its doc comment. Value names
//! (`<DIR>`) come from `cli-help-value-NAME` when there is one.
//!
//! What clap does not let one translate: its error messages ("error: unexpected
//! argument"), and the bracketed notes it adds after a help text (`[default: …]`,
//! `[possible values: …]`, `[env: …]`) and the `[OPTIONS]` of a usage line.

use clap::{Command, CommandFactory};

use borne::tools_text;
use borne::tr;

/// The `borne` command with its help in the tools' language.
pub fn command() -> Command {
    let mut cmd = super::Cli::command();
    cmd.build();
    localize(&mut cmd, "");
    cmd
}

/// The message `id`, if the tools' files have it.
fn message(id: &str) -> Option<String> {
    let t = tools_text::text(id, &[]);
    (t != id).then_some(t)
}

/// Localizes `cmd` (whose path from the top is `path`, `-` separated) and its subcommands.
fn localize(cmd: &mut Command, path: &str) {
    let own = if path.is_empty() { "about" } else { path };
    let about = match cmd.get_name() {
        "help" => message("cli-help-help-command"),
        _ => message(&format!("cli-help-{own}")),
    };
    let mut c = std::mem::take(cmd);
    if let Some(about) = about {
        c = c.about(about).long_about(None);
    }
    let args: Vec<(String, bool)> = c
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let (arguments, options) = (tr!("cli-help-heading-arguments"), tr!("cli-help-heading-options"));
    for (id, positional) in args {
        let name = id.replace('_', "-");
        let help = message(&format!("cli-help-{own}--{name}")).or_else(|| message(&format!("cli-help-arg-{name}")));
        let heading = if positional { arguments.clone() } else { options.clone() };
        c = c.mut_arg(&id, |a| {
            let value = a
                .get_value_names()
                .and_then(|v| v.first())
                .map(|v| v.to_ascii_lowercase());
            let value = value.and_then(|v| message(&format!("cli-help-value-{}", v.replace('_', "-"))));
            let a = a.help_heading(heading);
            let a = match value {
                Some(v) => a.value_name(v),
                None => a,
            };
            match help {
                Some(h) => a.help(h).long_help(None),
                None => a,
            }
        });
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-help-heading-usage")
    );
    c = c
        .subcommand_help_heading(tr!("cli-help-heading-commands"))
        .subcommand_value_name(tr!("cli-help-value-command"))
        .help_template(template);
    for sub in c.get_subcommands_mut() {
        let child = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        localize(sub, &child);
    }
    *cmd = c;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What lacks a help message in `cmd` (at `path`) and below.
    fn lacking(cmd: &Command, path: &str, missing: &mut Vec<String>) {
        if message(&format!("cli-help-{path}")).is_none() {
            missing.push(path.to_string());
        }
        for a in cmd.get_arguments() {
            let name = a.get_id().as_str().replace('_', "-");
            if message(&format!("cli-help-{path}--{name}")).is_none()
                && message(&format!("cli-help-arg-{name}")).is_none()
            {
                missing.push(format!("{path}--{name}"));
            }
        }
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            lacking(sub, &format!("{path}-{}", sub.get_name()), missing);
        }
    }

    /// The top level, every command group the operators use, each of their commands
    /// and arguments have their own help message (or a shared one).
    #[test]
    fn operator_commands_have_their_help_messages() {
        let cmd = command();
        let mut missing = vec![];
        assert!(message("cli-help-about").is_some());
        for group in ["content", "preview", "update", "stats", "keys", "config"] {
            match cmd.find_subcommand(group) {
                Some(g) => lacking(g, group, &mut missing),
                None => missing.push(group.to_string()),
            }
        }
        assert!(missing.is_empty(), "no help message for: {missing:?}");
    }
}
