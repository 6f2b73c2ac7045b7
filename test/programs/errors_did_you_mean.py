# "Did you mean" suggestions in NameError and AttributeError messages (caught and uncaught)


class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self._secret = "hidden"

    def deposit(self, amount):
        self.balance += amount
        return balence  # noqa: a typo of an attribute name used as a variable

    def peek(self):
        return self._secert


def report(fn):
    try:
        fn()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, "|", e, "|", repr(e.name))


acct = Account("ann", 10)
report(lambda: acct.balanse)
report(lambda: acct.intrest_rate)
report(lambda: acct.owner.uper())
report(lambda: acct.deposit(5))
report(lambda: acct.peek())
report(lambda: acct.secret)
report(lambda: [].apend(1))
report(lambda: {}.itmes())
report(lambda: "abc".startwith("a"))
report(lambda: (1).real.imagg)
report(lambda: Account.interest)
report(lambda: pritn("x"))
report(lambda: lenn([]))
report(lambda: acct.zzzzzzzz)


def local_scope():
    counter_value = 1
    return counter_valeu


report(local_scope)
report(lambda: math)
report(lambda: sys)

e = NameError("custom", name="x")
print(e.name, AttributeError("a", name="n", obj=5).obj)
try:
    NameError(bad=1)
except TypeError as err:
    print(err)


def outer():
    values = [1, 2, 3]
    return sum(valuse)


outer()
