# difflib as review tools use it: unified/context diffs of files, ndiff with intraline hints,
# SequenceMatcher opcodes/blocks/ratios (with junk), get_close_matches, Differ, diff_bytes, restore.
import difflib

old = """def total(items):
    result = 0
    for item in items:
        result += item.price
    return result

def describe(item):
    return f"{item.name}: {item.price}"
""".splitlines(keepends=True)
new = """def total(items, tax=0.0):
    result = 0
    for item in items:
        result += item.price * (1 + tax)
    return round(result, 2)

def describe(item):
    return f"{item.name}: {item.price:.2f}"

def cheapest(items):
    return min(items, key=lambda i: i.price)
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/shop.py", tofile="b/shop.py", fromfiledate="2024-01-01", tofiledate="2024-01-02")))
print("".join(difflib.unified_diff(old, new, n=1, lineterm="\n")))
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=2)))
print("".join(difflib.ndiff(old[:5], new[:5])))
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(["x\n"], [], "f", "g")))

delta = list(difflib.ndiff(old, new))
print(delta == list(difflib.ndiff(old, new)), "".join(difflib.restore(delta, 1)) == "".join(old), "".join(difflib.restore(delta, 2)) == "".join(new))

for a, b in [("abcd", "bcde"), ("private Thread currentThread;", "private volatile Thread currentThread;"),
             ("kitten", "sitting"), ("", "abc"), ("same", "same"), ([1, 2, 3, 4, 5], [1, 3, 4, 6])]:
    sm = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
    print("  ", sm.get_opcodes())
    print("  ", sm.get_matching_blocks(), sm.find_longest_match(0, len(a), 0, len(b)))

sm = difflib.SequenceMatcher(lambda ch: ch == " ", "a b c d e f", "a  b c x y f")
print(sm.get_opcodes(), round(sm.ratio(), 4))
print(list(sm.get_grouped_opcodes(1)))
sm.set_seqs("hello world", "hello there world")
print(sm.get_opcodes(), sm.find_longest_match())
sm2 = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 299 + "yy", autojunk=True)
print(sm2.get_matching_blocks()[:3], len(sm2.bpopular), round(sm2.ratio(), 4))
sm3 = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 299 + "yy", autojunk=False)
print(sm3.get_matching_blocks()[:3], round(sm3.ratio(), 4))

words = ["apple", "apply", "ape", "peach", "puppy", "maple", "applet", "appeal"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("pineapple", words, cutoff=0.3), difflib.get_close_matches("zzz", words))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches("x", words, **bad)
    except ValueError as e:
        print("ValueError:", e)

d = difflib.Differ()
print("".join(d.compare(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print("".join(difflib.ndiff(["\tTab line\n"], ["  Tab line!\n"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"one\n", b"two\n"], [b"one\n", b"2\n"], b"a", b"b")))
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print("TypeError:", e)
html = difflib.HtmlDiff(tabsize=4, wrapcolumn=40).make_table(old[:4], new[:4], "old", "new", context=True, numlines=1)
print(html.count("<tr>"), html.count('class="diff_chg"'), html.count('class="diff_add"'), len(html.splitlines()))
