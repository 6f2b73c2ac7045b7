# Tracebacks through code run by exec() and eval()
source = """
def divide(a, b):
    return a / b

def run():
    return divide(1, 0)
"""

ns = {}
exec(source, ns)
try:
    ns["run"]()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

try:
    eval("[1, 2, 3][10]")
except IndexError as e:
    print("IndexError:", e)

try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", repr(e))


def compile_and_run(text):
    code = compile(text, "<generated>", "exec")
    exec(code, {"__name__": "generated"})


compile_and_run("print('generated module says hi', __name__)")

try:
    compile_and_run("x = 1\ny = 2\nz = x +* y\n")
except SyntaxError as e:
    print("syntax:", e)

compile_and_run("""
def inner():
    missing_function()
inner()
""")
