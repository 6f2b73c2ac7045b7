# unicode identifiers, including ones that NFKC-normalize; non-ASCII before later tokens
ﬁle = 1
ｆｕｌｌ = 2
ℌ = 3
ℌello = ℌ + 1
café = "é"; naïve = café + "x"
日本語 = 1; x = 日本語 + 2
π = 3.14159; τ = 2 * π
Ω = Ω if False else 0
µ = 1
ª = 2
ᵢ = 3
x = "日本語"; y = x + "é" + 'ü'; z = [x, y]
def 関数(引数, /, *, キー=None): return 引数
class Ｃｌａｓｓ: ａｔｔｒ = 1
Ｃｌａｓｓ.ａｔｔｒ
obj.ﬁeld = 1
obj.ﬁeld
print(ｆｕｌｌ, ﬁle, sep="·")
d = {"ключ": "значение", "🐍": "snake"}; e = d["ключ"]
s = "emoji 🐍🐍🐍"; t = s + "x"
f"{café} {日本語!r} {'🐍'}"; q = 1
import ℌ as ℌℌ
from ｍｏｄ import ｆｎ as ｇ
def f(ｐ=1): return ｐ
lambda ﬁ: ﬁ
a = "ĀāĂă" ; b = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" ; c = 1
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1
ｘ: ｉｎｔ = 1
match ｍａｔｃｈ:
    case Ｐｏｉｎｔ(ｘ=1): pass
global_ｖ = [ｉ for ｉ in "ü日"]
x = (  # 注释 comment with unicode
    "é" +  "ü"  )
x = f"é{日本語}é{x}é"; y = 1
x = "ü"[0]; y = 2
x = {"ü": 1}["ü"]
_ｆｏｏ = __ｂａｒ__ = 1
f(ﬁ=1); g(ℌ=ﬁ)
from .ﬁ import ℌ as ｇ2
def kw(*, ﬁ, ℌ=1): global ｇ3; return ﬁ
match ｘ:
    case C(ﬁ=ℌ) | [*ℌ] | {**ℌ} if ﬁ: pass
    case 1 as ﬁ: pass
def tp[ﬁ, *ℌ, **ｐ](): pass
type ℌ2[ﬁ] = ﬁ
f"{ﬁ=}"; t"{ﬁ=}"; t"{ℌ}"
