# An inventory system with an event bus: decorators with arguments, class decorators, callbacks


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, fn.__name__, fn))
            self.handlers[event].sort(key=lambda h: -h[0])
            return fn
        return register

    def emit(self, event, **payload):
        results = []
        for _, name, fn in self.handlers.get(event, []):
            try:
                results.append((name, fn(**payload)))
            except Exception as e:
                results.append((name, f"{type(e).__name__}: {e}"))
        return results


bus = EventBus()


def validated(**rules):
    def decorate(cls):
        original = cls.__init__

        def __init__(self, *args, **kwargs):
            original(self, *args, **kwargs)
            for attr, check in rules.items():
                if not check(getattr(self, attr)):
                    raise ValueError(f"invalid {attr}: {getattr(self, attr)!r}")

        cls.__init__ = __init__
        cls.rules = sorted(rules)
        return cls
    return decorate


@validated(sku=lambda s: s.isalnum() and s.isupper(), qty=lambda q: q >= 0)
class Item:
    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, qty, price

    def __repr__(self):
        return f"Item({self.sku}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        self.items[item.sku] = item
        return bus.emit("added", item=item)

    def take(self, sku, n):
        item = self.items[sku]
        if n > item.qty:
            bus.emit("shortage", item=item, wanted=n)
            return False
        item.qty -= n
        if item.qty == 0:
            bus.emit("sold_out", item=item)
        return True

    def value(self):
        return sum(i.qty * i.price for i in self.items.values())


log = []


@bus.on("added")
def log_added(item):
    log.append(f"added {item.sku}")
    return len(log)


@bus.on("added", priority=10)
def check_price(item):
    if item.price <= 0:
        raise ValueError("price must be positive")
    return "price ok"


@bus.on("shortage")
def report_shortage(item, wanted):
    return f"{item.sku}: wanted {wanted}, have {item.qty}"


@bus.on("sold_out")
def sold_out(item):
    log.append(f"sold out {item.sku}")


inv = Inventory()
print(inv.add(Item("A1", "bolt", 10, 0.25)))
print(inv.add(Item("B2", "nut", 5, 0.1)))
print(inv.add(Item("C3", "gear", 1, 0)))
print(inv.take("A1", 4), inv.take("B2", 9), inv.take("C3", 1), inv.take("B2", 5))
print(bus.emit("shortage", item=inv.items["A1"], wanted=100))
print(round(inv.value(), 2), inv.items, log)
print(Item.rules, Item.__init__.__name__, [h[1] for h in bus.handlers["added"]])
for args in [("a1", "bad sku", 1, 1.0), ("D4", "neg", -1, 1.0)]:
    try:
        Item(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    inv.take("ZZ", 1)
except KeyError as e:
    print("KeyError:", e)
print(bus.emit("unknown"), sorted(bus.handlers))
