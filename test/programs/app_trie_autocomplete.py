# A prefix trie with insertion counts, autocomplete ranked by frequency, deletion with node
# pruning, wildcard search, and a longest-common-prefix report
class Node:
    __slots__ = ("children", "count", "terminal")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False

class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.insert(w)
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
        if not node.terminal:
            self.size += 1
        node.terminal = True
        node.count += 1
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)
    def __len__(self):
        return self.size
    def _walk(self, node, prefix):
        if node.terminal:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)
    def __iter__(self):
        return (w for w, _ in self._walk(self.root, ""))
    def complete(self, prefix, k=3):
        node = self._find(prefix)
        if node is None:
            return []
        found = sorted(self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in found[:k]]
    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].terminal:
            raise KeyError(word)
        path[-1].terminal = False
        path[-1].count = 0
        self.size -= 1
        for i in range(len(word) - 1, -1, -1):
            child = path[i + 1]
            if child.terminal or child.children:
                break
            del path[i].children[word[i]]
    def match(self, pattern, node=None, prefix=""):
        node = node or self.root
        if not pattern:
            return [prefix] if node.terminal else []
        ch, rest = pattern[0], pattern[1:]
        keys = sorted(node.children) if ch == "?" else [ch] if ch in node.children else []
        out = []
        for k in keys:
            out += self.match(rest, node.children[k], prefix + k)
        return out
    def longest_common_prefix(self):
        node, prefix = self.root, ""
        while len(node.children) == 1 and not node.terminal:
            (ch, node), = node.children.items()
            prefix += ch
        return prefix

text = """the theory of the thermal theme then there therefore these they thesis the then
there the they tea team tear tease ten tend tender then"""
trie = Trie(text.split())
print(len(trie), "distinct words;", sum(1 for _ in trie), "iterated")
for prefix in ["th", "the", "ther", "te", "tea", "x", ""]:
    print(f"{prefix!r:8} -> {trie.complete(prefix)}")
print("thesis" in trie, "thes" in trie, "tender" in trie)
print(trie.match("t?e?"), trie.match("te??"), trie.match("?he"))
for w in ["theme", "thermal", "tender", "nope", "ten"]:
    try:
        trie.delete(w)
        print("deleted", w, len(trie))
    except KeyError as e:
        print("KeyError", e)
print(trie.complete("the", k=10), trie.complete("ten"), trie._find("tend") is None)
print(Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix(),
      repr(Trie(["a", "b"]).longest_common_prefix()), Trie(["flow", "flower"]).longest_common_prefix())
try:
    trie.root.extra = 1
except AttributeError as e:
    print("AttributeError", e)
