# A tokenizer and recursive-descent parser for arithmetic with variables, functions and
# precise error reporting (positions, unknown names, division by zero), evaluated with Fractions
from fractions import Fraction
import math

class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos

TOKEN_CHARS = "+-*/^(),="

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            if text[i:j].count(".") > 1:
                raise CalcError(f"bad number {text[i:j]!r}", i)
            tokens.append(("num", Fraction(text[i:j]), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j], i))
            i = j
        elif ch in TOKEN_CHARS:
            tokens.append((ch, ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(text)))
    return tokens

FUNCS = {"abs": abs, "max": max, "min": min, "sqrt": lambda x: Fraction(math.isqrt(int(x)))}

class Parser:
    def __init__(self, text, env):
        self.tokens, self.i, self.env = tokenize(text), 0, env
    def peek(self):
        return self.tokens[self.i]
    def take(self, kind=None):
        tok = self.tokens[self.i]
        if kind and tok[0] != kind:
            raise CalcError(f"expected {kind!r}, found {tok[1] if tok[1] is not None else 'end'!r}", tok[2])
        self.i += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1][0] == "=":
            name = self.take()[1]
            self.take("=")
            value = self.expr()
            self.take("end")
            self.env[name] = value
            return value
        value = self.expr()
        self.take("end")
        return value
    def expr(self):
        value = self.term()
        while self.peek()[0] in "+-":
            op = self.take()[0]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[0] in ("*", "/"):
            op, _, pos = self.take()
            rhs = self.factor()
            if op == "/" and rhs == 0:
                raise CalcError("division by zero", pos)
            value = value * rhs if op == "*" else value / rhs
        return value
    def factor(self):
        if self.peek()[0] == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek()[0] == "^":
            _, _, pos = self.take()
            exp = self.factor()
            if exp.denominator != 1:
                raise CalcError("fractional exponent", pos)
            return base ** int(exp)
        return base
    def atom(self):
        kind, value, pos = self.take()
        if kind == "num":
            return value
        if kind == "(":
            v = self.expr()
            self.take(")")
            return v
        if kind == "name":
            if self.peek()[0] == "(":
                self.take()
                args = [self.expr()]
                while self.peek()[0] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if value not in FUNCS:
                    raise CalcError(f"unknown function {value!r}", pos)
                return FUNCS[value](*args)
            if value not in self.env:
                raise CalcError(f"undefined name {value!r}", pos)
            return self.env[value]
        raise CalcError(f"unexpected {value if value is not None else 'end'!r}", pos)

env = {}
lines = ["x = 3", "y = x * (2 + 1/2)", "y ^ 2 - 1", "-2 ^ 2", "max(x, y, 7/2) / 3", "1/3 + 1/6",
         "sqrt(50) + abs(-1.25)", "z + 1", "4 / (x - 3)", "2 * (3 + 4", "1.2.3 + 1", "5 $ 2", "foo(1)",
         "2 ^ (1/2)", "rate = 0.075", "1000 * (1 + rate) ^ 3", ""]
for line in lines:
    try:
        result = Parser(line, env).statement()
        shown = str(result) if result.denominator == 1 else f"{result} ~ {float(result):.6g}"
        print(f"{line:<24} => {shown}")
    except CalcError as e:
        print(f"{line:<24} !! {e} at column {e.pos}")
        print(" " * 28 + line)
        print(" " * (28 + e.pos) + "^")
print(sorted(env.items()))
