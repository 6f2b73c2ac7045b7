import argparse

parser = argparse.ArgumentParser(prog="tool", description="A demo tool.", epilog="Bye.")
parser.add_argument("files", nargs="+", help="input files")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("-n", "--num", type=int, default=3, choices=range(1, 10), metavar="N")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--flag", action="store_true")
parser.add_argument("--tag", action="append", dest="tags")
group = parser.add_mutually_exclusive_group()
group.add_argument("--json", action="store_true")
group.add_argument("--xml", action="store_true")
sub = parser.add_subparsers(dest="cmd")
run = sub.add_parser("run", help="run it")
run.add_argument("--fast", action="store_true")

ns = parser.parse_args(["a.txt", "b.txt", "-vv", "-n", "5", "--tag", "x", "--tag", "y", "--json"])
print(ns)
print(vars(parser.parse_args(["f", "run", "--fast"])))
print(parser.format_usage())
print(parser.format_help())
for argv in [[], ["f", "-n", "20"], ["f", "--json", "--xml"], ["f", "--mode", "medium"], ["f", "-n", "x"], ["f", "--bogus"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
ns, rest = parser.parse_known_args(["f", "--unknown", "1"])
print(ns.files, rest)
p2 = argparse.ArgumentParser(exit_on_error=False)
p2.add_argument("--x", type=int)
try:
    p2.parse_args(["--x", "q"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
