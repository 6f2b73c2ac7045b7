# Linked list, stack, queue and a binary search tree with iteration protocols and dunder methods


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def go(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node[1])
                yield node[0]
                yield from walk(node[2])
        return walk(self.root)

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], list(ll), 2 in ll, sum(ll))
ll.reverse()
print(ll, ll.pop(), ll)
for bad in [lambda: ll[10], lambda: LinkedList().pop()]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    tree.insert(k)
print(list(tree), 65 in tree, 66 in tree, tree.height(), max(tree), sorted(tree, reverse=True)[:3])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), "fox" in words, words.height())
