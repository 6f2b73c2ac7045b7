import getopt
import optparse

opts, args = getopt.getopt(["-a", "-b", "val", "--long=x", "rest", "more"], "ab:", ["long=", "flag"])
print(opts, args)
print(getopt.gnu_getopt(["file", "-a", "--flag", "x"], "a", ["flag"]))
try:
    getopt.getopt(["-z"], "ab")
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)
parser = optparse.OptionParser(usage="%prog [options] FILE", prog="demo")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
parser.add_option("-n", type="int", dest="count", default=1, help="how many")
parser.add_option("--name", dest="name", metavar="NAME")
options, rest = parser.parse_args(["-q", "-n", "4", "--name", "x", "f.txt"])
print(options.verbose, options.count, options.name, rest)
print(parser.format_help())
try:
    parser.parse_args(["-n", "notint"])
except SystemExit as e:
    print("exit", e.code)
