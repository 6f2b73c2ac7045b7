# Text statistics: splitting, counting with dicts, sorting by several keys, string formatting

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

PUNCT = ",.;:!?\"'"


def words(text):
    for raw in text.split():
        word = raw.strip(PUNCT).lower()
        if word:
            yield word


counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct words:", len(counts), "total:", sum(counts.values()))
for word, n in ranked[:8]:
    print(f"{word:>12} {n:3d} {'#' * n}")

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))

lines = TEXT.splitlines()
print([len(line) for line in lines])
print(max(lines, key=len).split(",")[0])
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("epoch"), TEXT.rfind("epoch"))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print(top, [letters[c] for c in top])
vowels = sum(letters.get(v, 0) for v in "aeiou")
print(f"vowels {vowels} / letters {sum(letters.values())} = {vowels / sum(letters.values()):.1%}")
title = " ".join(w.capitalize() for w in lines[0].split()[:6])
print(title, title.istitle(), title.swapcase())
acronym = "".join(w[0] for w in "portable operating system interface".split()).upper()
print(acronym, acronym.center(11, "*"), acronym.ljust(7, ".") + "|", acronym.rjust(7) + "|")
print("-".join(sorted(set(words(lines[-1])))))
pairs = list(zip(lines[0].split()[:4], lines[1].split()[:4]))
print(pairs, dict(pairs))
print(TEXT.replace("it was", "'twas", 3).splitlines()[0])
print(repr(TEXT.partition(",")[0]), TEXT.rpartition(" ")[2])
