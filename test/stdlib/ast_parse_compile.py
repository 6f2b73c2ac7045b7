import ast

tree = ast.parse("x = 1 + 2\nprint(x * 3)\n")
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True)[:200])
print(type(tree).__name__, tree.body[0].lineno, tree.body[1].value.func.id)
exec(compile(tree, "<ast>", "exec"))

expr = ast.parse("a * b + 1", mode="eval")
print(ast.dump(expr))
print(eval(compile(expr, "<ast>", "eval"), {"a": 3, "b": 4}))

# build a tree by hand, fix locations, compile and run it
call = ast.Call(func=ast.Name("print", ast.Load()), args=[ast.Constant("built by hand")], keywords=[])
mod = ast.Module(body=[ast.Expr(call)], type_ignores=[])
ast.fix_missing_locations(mod)
exec(compile(mod, "<built>", "exec"))

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

t2 = Doubler().visit(ast.parse("print(1 + 20, 'x')"))
exec(compile(t2, "<doubled>", "exec"))

names = [n.id for n in ast.walk(ast.parse("f(a, g(b), c.d)")) if isinstance(n, ast.Name)]
print(sorted(names))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': {True, False}}"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", e)
print(ast.unparse(ast.parse("def f(x, *, y=2):\n    return [i for i in x if i > y]")))
print(ast.get_docstring(ast.parse('def g():\n    """Doc here."""\n    pass').body[0]))
try:
    compile(ast.Module(body=[ast.Expr(ast.Name("x", ast.Load()))], type_ignores=[]), "<bad>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    compile(expr, "<ast>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
print(compile("1", "<s>", "eval", ast.PyCF_ONLY_AST).__class__.__name__)
