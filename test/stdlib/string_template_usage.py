# string.Template as mail-merge and config code uses it: substitute/safe_substitute, $$ escapes,
# braced names, custom delimiters/idpatterns/flags, get_identifiers, is_valid and the errors.
import re
import string
from string import Template

t = Template("Dear $name, your order #${order_id} of $$${amount} ships ${when}.")
print(t.substitute(name="Ann", order_id=42, amount="9.50", when="today"))
print(t.substitute({"name": "Bob", "order_id": 7, "amount": 3}, when="tomorrow", name="Override"))
print(t.safe_substitute(name="Cy"), t.get_identifiers(), t.is_valid(), t.template)
for kw, tmpl in [({}, "$missing"), ({}, "${unclosed"), ({"a": 1}, "cost: $ 5"), ({}, "$1abc"), ({}, "tail $")]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Template("${unclosed").safe_substitute(), Template("$ $$ $1").safe_substitute(), Template("$ok${bad").is_valid())
print(Template("$a$b${c}d $é").safe_substitute(a=1, b=2, c=3), Template("$a_b $a").substitute(a_b="x", a="y"))


class PercentTemplate(Template):
    delimiter = "%"


class UpperOnly(Template):
    idpattern = r"[A-Z][A-Z0-9_]*"
    flags = 0


class Dotted(Template):
    braceidpattern = r"[a-z]+(?:\.[a-z]+)*"


print(PercentTemplate("100%% of %user at %{host}").substitute(user="root", host="db1"))
print(UpperOnly("$HOME and $home").safe_substitute(HOME="/root", home="x"), UpperOnly("$HOME").get_identifiers())
print(Dotted("${user.name} / $user").safe_substitute({"user.name": "ann", "user": "u"}))


class Sub(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )"""


print(Sub("Hello [[who]], [[[[literal").substitute(who="world"), Sub("[[x]] [[Y").safe_substitute(x=1))
try:
    Sub("[[Bad").substitute()
except ValueError as e:
    print("ValueError:", e)

letters = [("Ann", "book", 2), ("Bob", "lamp", 1)]
body = Template("$who ordered $n × $item$plural")
for who, item, n in letters:
    print(body.substitute(who=who, item=item, n=n, plural="s" if n > 1 else ""))
mapping = {"x": 1}
print(Template("$x $y").safe_substitute(mapping, y=2), mapping, Template.delimiter, Template.idpattern, Template.flags)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"), string.ascii_letters[:5], string.punctuation, repr(string.whitespace))
print(isinstance(Template.pattern, re.Pattern), Template.pattern.pattern.count("?P<"), sorted(Template.pattern.groupindex))
