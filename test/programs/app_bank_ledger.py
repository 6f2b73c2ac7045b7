# A small bank ledger: classes, properties, custom exceptions, formatting, sorting


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(RuntimeError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = round(value, 2)

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"invalid deposit: {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance:.2f})"

    def __lt__(self, other):
        return (self.balance, self.id) < (other.balance, other.id)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, initial=0.0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise LookupError(f"no account {e.args[0]}") from None
        self.accounts[dst].deposit(amount)

    def report(self):
        lines = [f"{self.name:=^40}"]
        for acct in sorted(self.accounts.values(), reverse=True):
            lines.append(f"{acct.id:<6}{acct.owner:<20}{acct.balance:>14,.2f}")
        total = sum(a.balance for a in self.accounts.values())
        lines.append(f"{'total':<26}{total:>14,.2f}")
        return "\n".join(lines)


bank = Bank(" Tiny Bank ")
alice = bank.open("Alice", 1500)
bob = bank.open("Bob")
carol = bank.open("Carol", 250.75)
alice.deposit(99.99).withdraw(20)
bank.transfer(alice.id, bob.id, 300)
print(bank.report())

for action in [lambda: bob.withdraw(1000), lambda: bob.deposit(-5), lambda: bank.transfer(1, bob.id, 5),
               lambda: setattr(carol, "balance", -1)]:
    try:
        action()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| short by", round(e.amount - e.account.balance, 2))
    except (ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e, "| context:", repr(e.__context__))

carol.frozen = True
try:
    carol.deposit(10)
except RuntimeError as e:
    print(type(e).__name__, e, isinstance(e, FrozenAccount))

print(alice.history, bob.history)
print(min(bank.accounts.values()), max(bank.accounts.values(), key=lambda a: len(a.owner)))
print(sorted(bank.accounts.values(), key=lambda a: a.owner.lower())[0].owner)
