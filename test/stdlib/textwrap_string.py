import string
import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20, placeholder="..."))
print(repr(textwrap.dedent("""\
    line one
      line two
    line three
""")))
print(textwrap.indent("a\nb\n\nc", "+ "), textwrap.indent("a\nb", "- ", lambda l: l.startswith("b")))
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits)
print(string.capwords("hello   world  again"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$ costs")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid())
f = string.Formatter()
print(f.format("{0}-{name:>5}-{1!r}", 1, "two", name="n"), list(f.parse("a{b}c{d:x}")))
print("{:,.2f} {:>8} {:^9} {:08.3f} {:#x} {:e}".format(1234567.891, "r", "mid", 3.14159, 255, 12345.678))
