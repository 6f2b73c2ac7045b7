# Standard-library modules built on re: textwrap (its word-splitting regexes) and string.Template
import textwrap, string
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(textwrap.wrap("supercalifragilisticexpialidocious and a half-baked, well-known idea", width=12, break_long_words=True))
print(textwrap.shorten("Hello  world!  How are you today?", width=20), textwrap.indent("a\n\nb", "> "))
t = string.Template("$a $$ ${b} $c")
print(t.safe_substitute(a=1, b=2), t.get_identifiers(), t.is_valid())
try:
    string.Template("$1").substitute()
except ValueError as e:
    print("ValueError:", e)
