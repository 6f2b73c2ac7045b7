# Word counting: build a text from a seeded LCG, then count words and letters with dicts and str
# methods (split, lower, strip, join, startswith, replace, f-strings).

WORDS = ("the quick brown fox jumps over lazy dog and then runs far away from home while "
         "every other animal sleeps under tall trees near quiet rivers Python Interpreter "
         "benchmark string dictionary counting words letters lines").split()


def make_text(n_lines, seed):
    x = seed
    lines = []
    for _ in range(n_lines):
        parts = []
        for _ in range(12):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[x % len(WORDS)]
            if x & 16:
                w = w.upper()
            elif x & 32:
                w = w + ","
            parts.append(w)
        lines.append(" ".join(parts) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip(".,").lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def count_letters(text):
    counts = {}
    for ch in text:
        if ch.isalpha():
            c = ch.lower()
            if c in counts:
                counts[c] += 1
            else:
                counts[c] = 1
    return counts


def main():
    text = make_text(32000, 42)
    words = count_words(text)
    letters = count_letters(text)
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(text), len(words), sum(words.values()))
    print(", ".join(f"{w}={n}" for w, n in top))
    print("".join(sorted(letters))[:10], max(letters.values()))
    longest = max((line for line in text.split("\n") if line.startswith("THE")), key=len)
    print(len(longest), longest.replace(" ", "_")[:30])


main()
