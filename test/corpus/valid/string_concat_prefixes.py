# implicit concatenation mixing f/plain/u/raw strings; every string prefix
x = 1
a = "plain" 'single' """triple""" '''triple single'''
b = u"unicode" "plain" U'UNI'
c = r"raw\n" R"RAW\t" "cooked\n"
d = f"{x}" "plain" f'{x}' u"u" r"\r" rf"{x}\d" F"{x}"
e = ("multi"
     "line"
     f"{x}"
     # comment between
     'end')
f = "a" \
    "b" \
    f"{x}"
g = "" "" ""
h = f"" "" f""
i = "é" f"{x}日本" "ü"
j = "\x00\x7f\xff\u0100\U0010ffff\N{EM DASH}\101\7\0"
k = "\a\b\f\n\r\t\v\\\'\"\
"
l = '\'' "\"" '"' "'"
m = """a
b\
c
"""
n = r'\'' r"\"" r'''\''' '''
o = "tab	inside" 'and\ttab'
p = u"" U"" r"" R"" f"" F"" rf"" fR"" Rf"" FR""
q = ("a" "b")("c") if False else None
r = "x".join(["a" "b", "c"])
s = f"{'a' 'b'}" "c"
