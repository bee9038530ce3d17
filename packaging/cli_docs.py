"""Generate simtool's man page and shell completions (bash, zsh, fish) from its argument
parsers, so they always match the program. Run at build time (the sdist through setup.py,
the bundle through build.sh); the outputs are not kept in git.

    python packaging/cli_docs.py --out DIR

writes, under DIR, the layout a system expects (copy the tree to /usr/share or
/usr/local/share):

    man/man1/simtool.1
    bash-completion/completions/simtool
    zsh/site-functions/_simtool
    fish/vendor_completions.d/simtool.fish
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simtool import __version__  # noqa: E402
from simtool.cli import SUBCOMMANDS, build_parser  # noqa: E402
from simtool.cli.helptext import EXAMPLES, EXIT_CODES  # noqa: E402

# Option values a shell can offer. Ports: the devices on this system, plus simulated modems.
FILE_OPTIONS = {"--output", "-o", "--replay", "--screenshot"}
PORT_OPTIONS = {"--port", "-p"}


class Option:
    def __init__(self, action: argparse.Action) -> None:
        self.flags = list(action.option_strings)
        self.help = (action.help or "").replace("%(default)s", str(action.default))
        self.choices = [str(c) for c in action.choices] if action.choices else []
        self.takes_value = action.nargs != 0 and not isinstance(
            action, (argparse._StoreTrueAction, argparse._StoreFalseAction,
                     argparse._CountAction, argparse._HelpAction, argparse._VersionAction))
        self.metavar = action.metavar or (action.dest.upper() if self.takes_value else "")
        self.positional = not self.flags
        self.dest = action.dest


def options_of(parser: argparse.ArgumentParser) -> list[Option]:
    return [Option(action) for action in parser._actions]


def scenarios() -> list[str]:
    from simtool.sim.scenarios import SCENARIOS

    return sorted(SCENARIOS)


def commands() -> dict[str, argparse.ArgumentParser]:
    return {name: build_parser(name) for name in SUBCOMMANDS}


# -- man page ------------------------------------------------------------------------------

def _roff(text: str) -> str:
    escaped = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line
                     for line in escaped.splitlines())


def man_page(date: str) -> str:
    out = [f'.TH SIMTOOL 1 "{date}" "simtool {__version__}" "User Commands"',
           ".SH NAME",
           "simtool \\- find out why a SIM card or cellular modem gives no service",
           ".SH SYNOPSIS",
           ".B simtool",
           ".I COMMAND",
           "[\\fIOPTIONS\\fR]",
           ".br",
           ".B simtool help",
           "[\\fICOMMAND\\fR]",
           ".SH DESCRIPTION",
           _roff("simtool talks to a cellular modem over its AT port (or a simulated one, "
                 "sim://SCENARIO) and walks the checklist a careful support engineer would: "
                 "port, radio, SIM present, readable and unlocked, signal, registration (and "
                 "the network's reject cause), APN, data attach and the data session (and "
                 "its refusal cause). It names the first thing that is wrong and what to do, "
                 "in English or Simplified Chinese, and writes reports (text, JSON, Markdown, "
                 "HTML, PDF, Prometheus)."),
           ".SH COMMANDS"]
    for name, parser in commands().items():
        out += [f".SS {_roff('simtool ' + name)}", _roff(parser.description or ""), ".PP",
                ".nf", _roff(parser.format_usage().strip()), ".fi"]
        for option in options_of(parser):
            if option.dest == "help":
                continue
            out.append(".TP")
            if option.positional:
                out.append(f"\\fI{_roff(option.metavar or option.dest)}\\fR")
            else:
                flags = ", ".join(f"\\fB{_roff(flag)}\\fR" for flag in option.flags)
                value = (f" \\fI{_roff(option.metavar)}\\fR" if option.takes_value
                         and not option.choices else
                         f" {{{_roff(','.join(option.choices))}}}" if option.choices else "")
                out.append(flags + value)
            out.append(_roff(option.help))
        if EXAMPLES.get(name):
            out.append(".PP\nExamples:")
            for command, what in EXAMPLES[name]:
                out += [".TP", f"\\fB{_roff(command)}\\fR", _roff(what)]
        if EXIT_CODES.get(name):
            out.append(".PP\nExit codes:")
            out += [".nf", *(_roff("  " + line) for line in EXIT_CODES[name]), ".fi"]
    out += [".SH EXIT STATUS",
            ".nf", *(_roff(line) for line in EXIT_CODES["check"]), ".fi",
            _roff("Each command above lists its own."),
            ".SH ENVIRONMENT",
            ".TP", "\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR, \\fBLANGUAGE\\fR",
            _roff("The output language (zh_CN or en) when --lang and the app's setting do not "
                  "choose one; on Windows and macOS without them, the system's language."),
            ".TP", "\\fBNO_COLOR\\fR", _roff("No colour in text output."),
            ".TP", "\\fBSIMTOOL_HOME\\fR",
            _roff("Keep settings and history under this folder instead of the user's."),
            ".TP", "\\fBPYTHONIOENCODING\\fR",
            _roff("The output encoding. On a terminal that cannot show Chinese, Chinese output "
                  "falls back to English (simtool says so); JSON is escaped, never broken."),
            ".SH FILES",
            ".TP", _roff("/var/lib/prometheus/node-exporter/simtool.prom"),
            _roff("Where the fleet kit's timer writes metrics for node_exporter "
                  "(packaging/fleet/, docs/monitoring.md)."),
            ".SH SEE ALSO",
            _roff("ModemManager(8), mmcli(1), prometheus-node-exporter(1)"),
            ""]
    return "\n".join(out)


# -- bash ----------------------------------------------------------------------------------

def bash_completion() -> str:
    names = " ".join(SUBCOMMANDS)
    sims = " ".join(f"sim://{s}" for s in scenarios())
    cases = []
    for name, parser in commands().items():
        opts = options_of(parser)
        flags = " ".join(f for o in opts for f in o.flags)
        positional_choices = " ".join(c for o in opts if o.positional for c in o.choices)
        if name == "help":
            positional_choices = names
        value_cases = []
        for o in opts:
            if not o.flags or not o.takes_value:
                continue
            pattern = "|".join(o.flags)
            if o.choices:
                value_cases.append(f'            {pattern}) COMPREPLY=($(compgen -W '
                                   f'"{" ".join(o.choices)}" -- "$cur")); return ;;')
            elif set(o.flags) & PORT_OPTIONS:
                value_cases.append(f'            {pattern}) _simtool_ports; return ;;')
            elif set(o.flags) & FILE_OPTIONS:
                value_cases.append(f'            {pattern}) COMPREPLY=($(compgen -f -- '
                                   '"$cur")); return ;;')
            else:
                value_cases.append(f"            {pattern}) return ;;")
        cases.append(
            f"        {name})\n"
            f"            case \"$prev\" in\n" + "\n".join(value_cases) +
            ("\n" if value_cases else "") +
            "            esac\n"
            f"            if [[ $cur == -* ]]; then\n"
            f"                COMPREPLY=($(compgen -W \"{flags}\" -- \"$cur\"))\n"
            f"            else\n"
            f"                COMPREPLY=($(compgen -W \"{positional_choices}\" -- \"$cur\"))\n"
            f"            fi ;;")
    return f"""# bash completion for simtool (generated from its argument parser:
# packaging/cli_docs.py)

_simtool_ports() {{
    local devices
    devices=$(compgen -G '/dev/ttyUSB*'; compgen -G '/dev/ttyACM*'; compgen -G '/dev/cu.*')
    COMPREPLY=($(compgen -W "$devices {sims}" -- "$cur"))
    # sim://healthy has a colon: keep bash from splitting the word there.
    if declare -F __ltrim_colon_completions >/dev/null; then
        __ltrim_colon_completions "$cur"
    fi
}}

_simtool() {{
    local cur prev command i
    cur=${{COMP_WORDS[COMP_CWORD]}}
    prev=${{COMP_WORDS[COMP_CWORD-1]}}
    command=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${{COMP_WORDS[i]}} != -* ]]; then command=${{COMP_WORDS[i]}}; break; fi
    done
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "{names} --help --version" -- "$cur"))
        return
    fi
    case "$command" in
{chr(10).join(cases)}
    esac
}}

complete -F _simtool simtool
"""


# -- zsh -----------------------------------------------------------------------------------

def _zsh_quote(text: str) -> str:
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def zsh_completion() -> str:
    described = "\n".join(f"        '{name}:{_zsh_quote(help_text)}'"
                          for name, (_module, help_text) in SUBCOMMANDS.items())
    sims = " ".join(f"sim\\://{s}" for s in scenarios())
    functions = []
    for name, parser in commands().items():
        specs = []
        for o in options_of(parser):
            help_text = _zsh_quote(o.help.split(". ")[0][:70])
            if o.positional:
                values = " ".join(o.choices) if o.choices else ""
                if name == "help":
                    values = " ".join(SUBCOMMANDS)
                action = f"({values})" if values else " "
                many = "*" if o.dest in ("probe",) else ""
                specs.append(f"'{many}:{o.metavar or o.dest}:{action}'")
                continue
            if o.takes_value:
                if o.choices:
                    action = f"({' '.join(o.choices)})"
                elif set(o.flags) & PORT_OPTIONS:
                    action = "_simtool_ports"
                elif set(o.flags) & FILE_OPTIONS:
                    action = "_files"
                else:
                    action = " "
                value = f":{_zsh_quote(o.metavar or 'value')}:{action}"
            else:
                value = ""
            repeat = "*" if o.dest in ("port", "verbose") else ""
            if len(o.flags) > 1:
                exclusive = "(" + " ".join(o.flags) + ")"
                specs.append(f"'{repeat}{exclusive}'{{{','.join(o.flags)}}}'[{help_text}]"
                             f"{value}'")
            else:
                specs.append(f"'{repeat}{o.flags[0]}[{help_text}]{value}'")
        body = " \\\n        ".join(specs)
        functions.append(f"_simtool_{name.replace('-', '_')}() {{\n    _arguments -s \\\n"
                         f"        {body}\n}}\n")
    dispatch = "\n".join(f"        ({name}) _simtool_{name.replace('-', '_')} ;;"
                         for name in SUBCOMMANDS)
    return f"""#compdef simtool
# zsh completion for simtool (generated from its argument parser: packaging/cli_docs.py)

_simtool_ports() {{
    local -a ports
    ports=(/dev/ttyUSB*(N) /dev/ttyACM*(N) /dev/cu.*(N) {sims})
    _describe -t ports 'modem port' ports
}}

{chr(10).join(functions)}
_simtool() {{
    local -a commands
    commands=(
{described}
    )
    if (( CURRENT == 2 )); then
        _describe -t commands 'simtool command' commands
        return
    fi
    local command=${{words[2]}}
    shift words
    (( CURRENT-- ))
    case $command in
{dispatch}
    esac
}}

_simtool "$@"
"""


# -- fish ----------------------------------------------------------------------------------

def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_completion() -> str:
    names = " ".join(SUBCOMMANDS)
    sims = " ".join(f"sim://{s}" for s in scenarios())
    lines = ["# fish completion for simtool (generated from its argument parser: "
             "packaging/cli_docs.py)",
             "complete -c simtool -f",
             f"complete -c simtool -n 'not __fish_seen_subcommand_from {names}' -l help "
             "-s h -d 'show help'",
             f"complete -c simtool -n 'not __fish_seen_subcommand_from {names}' -l version "
             "-d 'show the version'"]
    for name, (_module, help_text) in SUBCOMMANDS.items():
        lines.append(f"complete -c simtool -n 'not __fish_seen_subcommand_from {names}' "
                     f"-a {name} -d {_fish_quote(help_text)}")
    ports = (f"(for p in /dev/ttyUSB* /dev/ttyACM* /dev/cu.*; test -e $p; and echo $p; end; "
             f"string split ' ' {_fish_quote(sims)})")
    for name, parser in commands().items():
        when = f"'__fish_seen_subcommand_from {name}'"
        for o in options_of(parser):
            if o.dest == "help" and not o.positional:
                continue
            if o.positional:
                values = o.choices or (list(SUBCOMMANDS) if name == "help" else [])
                if values:
                    lines.append(f"complete -c simtool -n {when} -a "
                                 f"{_fish_quote(' '.join(values))}")
                continue
            parts = [f"complete -c simtool -n {when}"]
            for flag in o.flags:
                parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
            if o.takes_value:
                if o.choices:
                    parts.append(f"-x -a {_fish_quote(' '.join(o.choices))}")
                elif set(o.flags) & PORT_OPTIONS:
                    parts.append(f"-x -a \"{ports}\"")
                elif set(o.flags) & FILE_OPTIONS:
                    parts.append("-r -F")
                else:
                    parts.append("-x")
            parts.append(f"-d {_fish_quote(o.help.split('. ')[0][:80])}")
            lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"


# -- main ----------------------------------------------------------------------------------

def generate(out: Path) -> list[Path]:
    from simtool.i18n import set_language

    set_language("en")
    os.environ["COLUMNS"] = "80"       # usage lines wrapped the same on every build machine
    # SOURCE_DATE_EPOCH: reproducible builds get the same date in the man page.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch
            else datetime.datetime.now(datetime.UTC))
    files = {
        out / "man" / "man1" / "simtool.1": man_page(when.strftime("%Y-%m-%d")),
        out / "bash-completion" / "completions" / "simtool": bash_completion(),
        out / "zsh" / "site-functions" / "_simtool": zsh_completion(),
        out / "fish" / "vendor_completions.d" / "simtool.fish": fish_completion(),
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="folder to write into")
    args = parser.parse_args()
    for path in generate(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
