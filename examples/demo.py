"""tspy demo: a small inventory with classes, generators, comprehensions and exceptions."""


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"


def restock(items, threshold=5):
    """Yield the items that run low, most urgent first."""
    for item in sorted(items, key=lambda i: i.qty):
        if item.qty < threshold:
            yield item


inventory = [
    Item("apple", 0.5, 12),
    Item("pear", 0.75, 3),
    Item("fig", 2.25, 1),
    Item("kiwi", 0.4, 30),
]

print("inventory:", inventory)
print("value: {:.2f}".format(sum(i.total for i in inventory)))
print("restock:", [i.name for i in restock(inventory)])
by_letter = {}
for item in inventory:
    by_letter.setdefault(item.name[0], []).append(item.name)
print("by letter:", by_letter)

try:
    cheapest = min(inventory, key=lambda i: i.price)
    print("cheapest:", cheapest.name, "per unit:", round(cheapest.price / cheapest.qty, 4))
    print("average of nothing:", sum([]) / len([]))
except ZeroDivisionError as e:
    print("error:", e)
