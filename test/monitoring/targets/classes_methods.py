class Account:
    rate = 0.5

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")
        self.balance += amount
        return self

    def interest(self):
        return self.balance * self.rate

    def __repr__(self):
        return "Account(%s, %d)" % (self.owner, self.balance)

    @staticmethod
    def zero():
        return Account("nobody")

a = Account("ann", 10)
a.deposit(5).deposit(1)
print(a, a.interest())
try:
    a.deposit(-1)
except ValueError as e:
    print(e)
print(Account.zero())
m = a.interest
print(m())
