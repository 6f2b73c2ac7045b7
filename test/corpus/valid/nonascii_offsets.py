# non-ASCII in strings/identifiers on the same line as later tokens: offsets count UTF-8 bytes
x = "é"; y = 1
x = "日本語"; y = [1, 2]
x = "🐍"; y = x + "🐍" + x
x = "e\u0301"; y = "é"; z = (x, y)
x = "\U0001F600" + "😀"; y = x
s = """é
日本 multi-line then tokens"""; after = 1
s = """🐍
🐍🐍"""[0]; t = 2
f"é{x}ü{y}日{x!r}🐍{y:>10}"; z = 3
f"""🐍
{x}🐍{y
}🐍"""; w = 4
f"{'🐍'}{x}"; v = 5
f"{x:🐍^10}"; u = 6
f"{x=}é{y = }"; q = 7
t"é{x}🐍{y}"; r = 8
b"\xff"; é = 1; ü = é + 1
(é, ü) = (1, 2); 日 = é
print("日本", 日, "🐍", sep="é", end="ü")
d = {"é": [1, "ü"], "🐍": {"日": f"{é}"}}
x = "ꙮ" if é else "𝔘"; y = 0
def ƒ(α, β=1, *γ, δ, **ε): return α + β
class Ŋ(ƒ): ſ = 1
lambda ü, é=1: ü + é
é: int = 1; ü: str = "ü"
é += 1; ü *= 2
assert é, "ü"
del é, ü
"é" "ü" f"{x}" "日"; end = 1
# comment with é and 🐍
x = 1  # trailing comment 日本 🐍
x = [  # 🐍
    "é",  # ü
    日,
]
match "é":
    case "ü" | "🐍": pass
    case {"日": 日本}: pass
x = '\N{EM DASH}' + "—"; y = 1
x = a.é.ü; y = b["🐍"].日
