# A tiny expression language: a tokenizer, a recursive-descent parser and a match-based evaluator


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/()^,=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("eof", None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def parse(self):
        node = self.statement()
        self.take("eof")
        return node

    def statement(self):
        if self.peek()[0] == "name" and self.pos + 1 < len(self.tokens) and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take()[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = ("bin", self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = ("bin", self.take()[1], node, self.power())
        return node

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return ("bin", "^", base, self.power())
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        match self.take():
            case ("num", value):
                return ("num", value)
            case ("name", name) if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", name, args)
            case ("name", name):
                return ("var", name)
            case ("op", "("):
                node = self.expr()
                self.take("op", ")")
                return node
            case tok:
                raise SyntaxError(f"unexpected token {tok[1]!r}")


FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}


def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            if name not in env:
                raise NameError(f"undefined variable {name!r}")
            return env[name]
        case ("neg", inner):
            return -evaluate(inner, env)
        case ("bin", "+" | "-" as op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            return x + y if op == "+" else x - y
        case ("bin", "*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("bin", "/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case ("bin", "^", a, b):
            return evaluate(a, env) ** evaluate(b, env)
        case ("call", name, [*args]) if name in FUNCS:
            return FUNCS[name](*(evaluate(a, env) for a in args))
        case ("call", name, _):
            raise NameError(f"unknown function {name}")
        case ("assign", name, value):
            env[name] = evaluate(value, env)
            return env[name]
        case _:
            raise ValueError(f"bad node {node!r}")


env = {}
for line in ["x = 2 + 3 * 4", "y = (x - 4) / 2", "-x ^ 2", "2 ^ 3 ^ 2", "max(x, y, 3) + abs(-7)",
             "sum(1, 2, 3.5)", "z + 1", "foo(1)", "3 +", "4 $ 4", "1 / 0", "y"]:
    try:
        tree = Parser(tokenize(line)).parse()
        print(f"{line:<24} => {evaluate(tree, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(Parser(tokenize("a = -(1 + b) * f(2, c)")).parse())
