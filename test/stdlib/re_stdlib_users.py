# Standard-library modules built on re: textwrap, string.Template, json, fnmatch, shlex
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

# json's scanner and decoder (NUMBER_RE, STRINGCHUNK, WHITESPACE), fnmatch's translation, shlex
import json, fnmatch, shlex
print(json.loads('{"a": [1, -2.5e3, "x\\u00e9\\n\\"", null, true], "b": {"c": "d"}}'))
print(json.dumps({"a": "é\n", "b": [1, 2]}), json.dumps({"z": 1, "a": 2}, sort_keys=True, indent=2))
for bad in ('{"a": }', '[1, 2', '"abc', '{"a" 1}', '[1,]', 'nul'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
print(fnmatch.fnmatch("foo.txt", "*.t?t"), fnmatch.translate("*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "[ab]*"))
print(fnmatch.translate("[!a-c]x?*[]"), fnmatch.fnmatchcase("A.PY", "*.py"))
print(shlex.split("a 'b c' \"d e\" f\\ g # not a comment"), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(string.capwords("hello   world  foo"))
