# exit() and quit() (installed by site in CPython) raise SystemExit

print(repr(exit), repr(quit))
print(str(exit))
print(type(exit).__name__)
for f, arg in [(exit, None), (quit, 3), (exit, "message")]:
    try:
        f() if arg is None else f(arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
print("leaving with code 4")
exit(4)
print("not reached")
