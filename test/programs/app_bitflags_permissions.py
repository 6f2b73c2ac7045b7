# Permission bit flags with int operations, a small Flag-like class and formatted tables


class Perm:
    NAMES = ["read", "write", "execute", "delete", "share", "admin"]

    def __init__(self, bits=0):
        if not 0 <= bits < 1 << len(self.NAMES):
            raise ValueError(f"invalid permission bits {bits:#x}")
        self.bits = bits

    @classmethod
    def of(cls, *names):
        bits = 0
        for n in names:
            try:
                bits |= 1 << cls.NAMES.index(n)
            except ValueError:
                raise KeyError(n) from None
        return cls(bits)

    def __or__(self, other):
        return Perm(self.bits | other.bits)

    def __and__(self, other):
        return Perm(self.bits & other.bits)

    def __xor__(self, other):
        return Perm(self.bits ^ other.bits)

    def __sub__(self, other):
        return Perm(self.bits & ~other.bits)

    def __invert__(self):
        return Perm(~self.bits & ((1 << len(self.NAMES)) - 1))

    def __contains__(self, other):
        return self.bits & other.bits == other.bits

    def __iter__(self):
        return (n for i, n in enumerate(self.NAMES) if self.bits >> i & 1)

    def __len__(self):
        return self.bits.bit_count()

    def __eq__(self, other):
        return isinstance(other, Perm) and self.bits == other.bits

    def __hash__(self):
        return hash(self.bits)

    def __repr__(self):
        return "Perm(" + "|".join(self) + ")" if self.bits else "Perm()"


READ, WRITE, EXEC = Perm.of("read"), Perm.of("write"), Perm.of("execute")
rw = READ | WRITE
admin = ~Perm()
print(rw, len(rw), list(rw), READ in rw, EXEC in rw, rw in admin, admin)
print(admin - WRITE, rw ^ Perm.of("write", "share"), rw & EXEC, ~rw, Perm.of() == Perm(0))
users = {"ann": Perm.of("read", "write", "admin"), "bob": READ, "cy": Perm.of("read", "execute", "share")}
print(f"{'user':<6}" + "".join(f"{n[:5]:>7}" for n in Perm.NAMES) + f"{'bits':>10}")
for user, perm in users.items():
    row = "".join(f"{'x' if n in list(perm) else '.':>7}" for n in Perm.NAMES)
    print(f"{user:<6}{row}{perm.bits:>#10b}")
common = READ
for p in users.values():
    common = common & p
print("common:", common, "any:", Perm(0).__class__.of(*{n for p in users.values() for n in p}).bits)
print(sorted(users, key=lambda u: (-len(users[u]), u)), {perm.bits for perm in users.values()} == {35, 1, 21})
for bad in [lambda: Perm(64), lambda: Perm.of("fly"), lambda: Perm(-1)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
x = 0b1011_0110
print(x, bin(x), x & 0xF, x >> 4, x << 3, x ^ 0xFF, -x & 0xFF, x.bit_length(), x.bit_count(), f"{x:08b}", f"{x:#06x}")
