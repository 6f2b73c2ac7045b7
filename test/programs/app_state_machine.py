# A vending machine as a state machine: dict dispatch tables, enum-like classes, match on events


class State:
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT_OF_ORDER = "out_of_order"


class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.balance = 0
        self.sales = []
        self.log = []

    def handle(self, event, *args):
        before = self.state
        match (self.state, event):
            case (State.OUT_OF_ORDER, "repair"):
                self.state = State.IDLE
            case (State.OUT_OF_ORDER, _):
                self.log.append(f"ignored {event}: out of order")
            case (_, "kick"):
                self.state = State.OUT_OF_ORDER
            case (State.IDLE | State.HAS_MONEY, "coin"):
                (amount,) = args
                if amount not in (5, 10, 25, 100):
                    self.log.append(f"rejected coin {amount}")
                else:
                    self.balance += amount
                    self.state = State.HAS_MONEY
            case (State.HAS_MONEY, "select"):
                self.vend(*args)
            case (State.HAS_MONEY, "refund"):
                self.log.append(f"refund {self.balance}")
                self.balance = 0
                self.state = State.IDLE
            case (state, event):
                self.log.append(f"invalid {event} in {state}")
        if before != self.state:
            self.log.append(f"{before} -> {self.state}")

    def vend(self, item):
        price = self.PRICES.get(item)
        if price is None:
            self.log.append(f"unknown item {item!r}")
        elif self.stock.get(item, 0) == 0:
            self.log.append(f"{item} sold out")
        elif self.balance < price:
            self.log.append(f"need {price - self.balance} more for {item}")
        else:
            self.state = State.VENDING
            self.stock[item] -= 1
            self.balance -= price
            self.sales.append(item)
            change, self.balance = self.balance, 0
            self.log.append(f"vend {item}, change {change}")
            self.state = State.IDLE


vm = VendingMachine({"cola": 1, "chips": 5})
script = [("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 25), ("coin", 25),
          ("select", "cola"), ("coin", 100), ("select", "cola"), ("select", "gum"), ("select", "chips"),
          ("coin", 10), ("refund",), ("kick",), ("coin", 25), ("repair",), ("coin", 100), ("coin", 100),
          ("select", "candy")]
for event, *args in script:
    vm.handle(event, *args)
print("\n".join(vm.log))
print(vm.state, vm.balance, vm.stock, vm.sales)
totals = {}
for item in vm.sales:
    totals[item] = totals.get(item, 0) + VendingMachine.PRICES[item]
print(totals, sum(totals.values()))
