# Huffman coding: frequency counting, tree building with a sorted work list, encoding and decoding


class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight

    def __repr__(self):
        return f"Leaf({self.symbol!r}, {self.weight})"


class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    # ties broken by insertion order so the tree is deterministic
    work = [(w, i, Leaf(ch, w)) for i, (ch, w) in enumerate(sorted(freq.items()))]
    counter = len(work)
    while len(work) > 1:
        work.sort(key=lambda t: (t[0], t[1]))
        (w1, _, a), (w2, _, b) = work[0], work[1]
        work = work[2:] + [(w1 + w2, counter, Branch(a, b))]
        counter += 1
    return work[0][2], freq


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(node, Leaf):
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join(table[ch] for ch in text)


def decode(bits, tree):
    out, node = [], tree
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build(text)
    table = codes(tree)
    bits = encode(text, table)
    ok = decode(bits, tree) == text if len(freq) > 1 else True
    print(f"{text!r}: {len(bits)} bits vs {8 * len(text)}, ratio {len(bits) / (8 * len(text)):.3f}, roundtrip {ok}")
    for ch in sorted(table, key=lambda c: (len(table[c]), c))[:6]:
        print(f"   {ch!r}: {freq[ch]:2d} {table[ch]}")
packed = int(encode("abracadabra", codes(build("abracadabra")[0])), 2)
print(packed, hex(packed), packed.bit_length(), packed.to_bytes((packed.bit_length() + 7) // 8, "big"))
