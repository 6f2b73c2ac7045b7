# Word wrapping, full justification and column layout implemented with str methods

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")


def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        text = " ".join(words) if i == len(lines) - 1 else justify(words, width)
        print(f"|{text:<{width}}|")

print("--- centred ---")
for words in wrap(TEXT, 36)[:3]:
    print("[" + " ".join(words).center(36, ".") + "]")

rows = [("Item", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    cells = [str(r[0]).ljust(widths[0]), str(r[1]).rjust(widths[1]),
             (f"{r[2]:.2f}" if isinstance(r[2], float) else r[2]).rjust(max(widths[2], 5))]
    print(" | ".join(cells))
total = sum(q * p for _, q, p in rows[1:])
print(f"{'total':>{widths[0] + widths[1] + 3}} | {total:>5.2f}")
print(TEXT.title()[:40], TEXT.count("quick"), TEXT.split(". ")[1], TEXT[::-1][:12])
