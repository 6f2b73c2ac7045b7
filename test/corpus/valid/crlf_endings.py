# CRLF line endings
x = 1
if x:
    y = (1,
         2)
    s = """a
b"""
    t = f"{x}\
c"

    z = x + \
        1
def f():
    return "\r\n"
u = f"""{
x
}"""
b = b"""
"""
