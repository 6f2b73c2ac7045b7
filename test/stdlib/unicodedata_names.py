# \N{...} escapes and unicodedata.name/lookup share one name table: any name, in any case for table
# names; computed names (CJK, Hangul, PREFIX-XXXX) as CPython compares them.
import unicodedata as u

s = "\N{LATIN SMALL LETTER E WITH ACUTE}\N{snowman}\N{Grinning Face}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}"
s += "\N{NULL}\N{ZWJ}\N{tibetan letter -a}\N{BLACK HEART SUIT}\N{EGYPTIAN HIEROGLYPH A001}\N{CJK UNIFIED IDEOGRAPH-9FA5}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"
print(ascii(s), [u.name(c, None) for c in s])

for name in ["cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "hangul syllable GAG", "HANGUL SYLLABLE gag", "tangut ideograph-17000",
             "TANGUT IDEOGRAPH-17000", "Nushu Character-1B170", "latin capital letter a", "LATIN CAPITAL LETTER A ", "CJK UNIFIED IDEOGRAPH-0041",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "HANGUL SYLLABLE", "SPACE", "NULL", "byte order mark", "VS16", "VS256", "LATIN CAPITAL LETTER GHA", "TIBETAN MARK BKA- SHOG GI MGO RGYAN", "nushu character-1b170", "hangul syllable gag"]:
    try:
        print(repr(name), ascii(u.lookup(name)))
    except KeyError as e:
        print(repr(name), "KeyError", e)
print([u.name(chr(c), "-") for c in [0x0, 0x20, 0xAC00, 0xD7A3, 0xD7A4, 0x3400, 0x4DBF, 0x4DC0, 0x17000, 0x18AFF, 0x1B170, 0xE000, 0xF900, 0x10FFFF]])
