# An order-processing system: products with prices in integer cents, stock reservations,
# discounts via strategy functions, custom exception hierarchy, and a formatted invoice
from dataclasses import dataclass, field

class Money(int):
    """An amount in cents that prints as dollars."""
    def __new__(cls, text_or_cents):
        if isinstance(text_or_cents, str):
            units, _, cents = text_or_cents.partition(".")
            return super().__new__(cls, int(units) * 100 + int((cents + "00")[:2]))
        return super().__new__(cls, text_or_cents)
    def __str__(self):
        sign = "-" if self < 0 else ""
        d, c = divmod(abs(int(self)), 100)
        return f"{sign}{d}.{c:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __repr__(self):
        return f"Money('{self}')"
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __sub__(self, other):
        return Money(int(self) - int(other))
    def __mul__(self, k):
        return Money(int(self) * k)

def pct_of(amount, pct):
    # round half up to whole cents
    return Money((int(amount) * pct + 50) // 100)

class OrderError(Exception):
    pass
class OutOfStock(OrderError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
class UnknownProduct(OrderError, KeyError):
    pass

@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Money

@dataclass
class Line:
    product: Product
    qty: int
    @property
    def total(self):
        return self.product.price * self.qty

@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)
    discount: object = None
    def subtotal(self):
        return sum((l.total for l in self.lines), Money(0))
    def total(self):
        sub = self.subtotal()
        off = self.discount(self) if self.discount else Money(0)
        return sub - off, off

class Warehouse:
    def __init__(self, products, stock):
        self.products = {p.sku: p for p in products}
        self.stock = dict(stock)
    def reserve(self, order, sku, qty):
        if sku not in self.products:
            raise UnknownProduct(sku)
        have = self.stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
        order.lines.append(Line(self.products[sku], qty))

def percent_off(pct):
    def apply(order):
        return pct_of(order.subtotal(), pct)
    apply.__name__ = f"{pct}% off"
    return apply
def buy_n_get_one(sku, n):
    def apply(order):
        free = Money(0)
        for l in order.lines:
            if l.product.sku == sku:
                free += l.product.price * (l.qty // (n + 1))
        return free
    apply.__name__ = f"buy {n} {sku} get 1"
    return apply

wh = Warehouse([Product("A1", "Widget", Money("2.50")), Product("B2", "Gadget", Money("19.99")),
                Product("C3", "Gizmo", Money("0.35"))], {"A1": 10, "B2": 2, "C3": 100})
orders = [
    ("ann", [("A1", 4), ("C3", 30)], percent_off(10)),
    ("bo", [("B2", 3)], None),
    ("cy", [("B2", 2), ("Z9", 1)], None),
    ("di", [("C3", 12), ("A1", 6)], buy_n_get_one("C3", 3)),
    ("ed", [("A1", 1)], None),
]
for customer, items, disc in orders:
    order = Order(customer, discount=disc)
    try:
        for sku, qty in items:
            wh.reserve(order, sku, qty)
    except OutOfStock as e:
        print(f"[{customer}] out of stock: {e} (sku {e.sku})")
        continue
    except UnknownProduct as e:
        print(f"[{customer}] unknown product {e}; caught as KeyError: {isinstance(e, KeyError)}")
        continue
    total, off = order.total()
    print(f"Invoice for {customer}")
    for l in order.lines:
        print(f"  {l.product.name:<8}{l.qty:>4} x {l.product.price:>6} = {l.total:>8}")
    if disc:
        print(f"  {disc.__name__:<24} -{off:>8}")
    print(f"  {'TOTAL':<24} {total:>9}")
print(sorted(wh.stock.items()))
print(Product("X", "x", Money("1.0")) == Product("X", "x", Money("1.00")), repr(Line(wh.products["C3"], 2)))
print(Money("12.5"), Money(-705), f"[{Money(99):>8}]", sum([Money(1), Money(2)]), pct_of(Money("0.05"), 10))
try:
    wh.products["A1"].price = Money(0)
except Exception as e:
    print(type(e).__name__, e)
