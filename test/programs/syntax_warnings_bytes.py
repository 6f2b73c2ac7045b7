x = "a\d"
y = b"\q" + b"\777"
z = """
line\w"""
print(x, y, z)
w = f"\{1}\s"
b = b"ab" + bytes([99, 255])
print(b, len(b), b[0], list(b), b == b"ab\xff", b.decode("latin-1"), b"x" < b"y")
