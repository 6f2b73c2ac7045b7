# unicodedata: every property of every third code point (digested), names both ways, errors.
import unicodedata as u
from _sha2 import sha256

cps = range(0, 0x110000, 11)
for prop in ["category", "bidirectional", "east_asian_width", "combining", "mirrored", "decomposition"]:
    f = getattr(u, prop)
    h = sha256("|".join(str(f(chr(cp))) for cp in cps).encode())
    print(prop, h.hexdigest()[:16])
for prop in ["decimal", "digit", "numeric"]:
    f = getattr(u, prop)
    vals = [(cp, f(chr(cp), None)) for cp in range(0, 0x20000, 2)]
    vals = [v for v in vals if v[1] is not None]
    print(prop, len(vals), sha256(repr(vals).encode()).hexdigest()[:16])
named = [(cp, u.name(chr(cp), None)) for cp in cps]
named = [x for x in named if x[1] is not None]
print("names", len(named), sha256("\n".join(n for _, n in named).encode()).hexdigest()[:16])
bad = [n for cp, n in named[::3] if u.lookup(n) != chr(cp)]
print("lookup round trip failures", bad)
print(u.unidata_version, u.name("a"), u.name("\u00e9"), u.name("\uac01"), u.name("\u4e00"), u.name("\U0001F600"), u.name("\u0f60"))
print(u.lookup("snowman"), u.lookup("Latin Small Letter A"), u.lookup("HANGUL SYLLABLE GAG"), u.lookup("CJK UNIFIED IDEOGRAPH-4E00"), ascii(u.lookup("TIBETAN LETTER -A")))
print(u.numeric("\u00bd"), u.numeric("\u2155"), u.decimal("\u0663"), u.digit("\u00b2"), u.numeric("\u4e07"), u.category("\U0001F600"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    print(form, ascii(u.normalize(form, "e\u0301 \u00e9 \ufb01 \u2460 \u1e9b\u0323 \uac00")), u.is_normalized(form, "\u00e9"))

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t(u.category, "ab"); t(u.category, 5); t(u.category, ""); t(u.name, "\x00"); t(u.name, "\x00", 7); t(u.lookup, "nope"); t(u.lookup, "hangul syllable gag"); t(u.lookup, "cjk unified ideograph-4e00"); t(u.lookup, "CJK UNIFIED IDEOGRAPH-4e00")
t(u.decimal, "a"); t(u.digit, "a"); t(u.numeric, "a"); t(u.decimal, "a", "d"); t(u.normalize, "NFX", "a"); t(u.normalize, "NFC", 5)
t(u.name); t(u.category, "a", "b"); t(u.mirrored, "("), t(u.combining, "\u0301"), t(u.east_asian_width, "\u3042")
print(type(u.ucd_3_2_0).__name__, u.ucd_3_2_0.unidata_version)
