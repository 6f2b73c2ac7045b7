# argparse for a git-like CLI: subcommands with their own options, parents, defaults via
# set_defaults(func=...), mutually exclusive required groups, type/choices/nargs variants,
# help/usage text at a fixed width, and errors (exit status and messages on stderr, captured).
import argparse
import contextlib
import io
import os

os.environ["COLUMNS"] = "80"


def cmd_clone(ns):
    return f"clone {ns.url} into {ns.dest or '.'} depth={ns.depth} quiet={ns.quiet}"


def cmd_log(ns):
    return f"log -n {ns.max_count} {ns.format} paths={ns.paths}"


common = argparse.ArgumentParser(add_help=False)
common.add_argument("-q", "--quiet", action="store_true", help="less output")
parser = argparse.ArgumentParser(prog="vcs", description="A tiny version-control CLI.", formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("--version", action="version", version="%(prog)s 1.0")
parser.add_argument("-C", dest="cwd", default=".", metavar="PATH", help="run as if started in PATH")
subs = parser.add_subparsers(title="commands", dest="command", required=True, metavar="COMMAND")
clone = subs.add_parser("clone", parents=[common], help="clone a repository", aliases=["cl"])
clone.add_argument("url")
clone.add_argument("dest", nargs="?")
clone.add_argument("--depth", type=int, default=None)
clone.set_defaults(func=cmd_clone)
log = subs.add_parser("log", parents=[common], help="show history")
log.add_argument("-n", "--max-count", type=int, default=10)
fmt = log.add_mutually_exclusive_group(required=True)
fmt.add_argument("--oneline", dest="format", action="store_const", const="oneline")
fmt.add_argument("--format", dest="format", choices=["short", "full"])
log.add_argument("paths", nargs="*")
log.set_defaults(func=cmd_log)
tag = subs.add_parser("tag", help="manage tags")
tag.add_argument("names", nargs="+")
tag.add_argument("--sign", "-s", action=argparse.BooleanOptionalAction, default=False)
tag.add_argument("--ratio", type=float, nargs=2, metavar=("A", "B"))
tag.add_argument("--level", type=int, choices=range(3), default=0)
tag.add_argument("-D", "--define", action="extend", nargs="+", default=[])

for argv in [["clone", "https://x/r.git"], ["cl", "-q", "u", "d", "--depth", "1"], ["-C", "/tmp", "log", "--oneline", "-n", "3", "a", "b"],
             ["log", "--format", "full"], ["tag", "v1", "v2", "--sign", "--ratio", "1", "2.5", "-D", "a", "b", "-D", "c"], ["tag", "x", "--no-sign"]]:
    ns = parser.parse_args(argv)
    print(sorted((k, v) for k, v in vars(ns).items() if k != "func"), ns.func(ns) if hasattr(ns, "func") else "")


def attempt(argv, p=parser):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            p.parse_args(argv)
            code = None
        except SystemExit as e:
            code = e.code
    print(f"argv={argv} exit={code}")
    print(out.getvalue() + err.getvalue(), end="")


for argv in [[], ["--version"], ["push"], ["log"], ["log", "--oneline", "--format", "short"], ["log", "--format", "long"],
             ["clone"], ["clone", "u", "--depth", "x"], ["tag"], ["tag", "v", "--level", "5"], ["tag", "v", "--ratio", "1"],
             ["-h"], ["log", "-h"], ["tag", "--help"]]:
    attempt(argv)
print(parser.format_usage(), clone.format_usage(), end="")
p = argparse.ArgumentParser(prog="calc", fromfile_prefix_chars="@", allow_abbrev=True, argument_default=argparse.SUPPRESS)
p.add_argument("--verbose-mode", action="count")
p.add_argument("values", nargs=argparse.REMAINDER)
print(p.parse_args(["--verb", "--verbose-mode", "1", "-x", "--y"]), p.parse_args([]))
p2 = argparse.ArgumentParser(prog="two", prefix_chars="+-")
p2.add_argument("+f", action="store_true")
p2.add_argument("-x", type=lambda s: int(s, 16))
print(p2.parse_args(["+f", "-x", "ff"]), p2.parse_intermixed_args([]) if hasattr(p2, "parse_intermixed_args") else "")
attempt(["-x", "zz"], p2)
