# TextIOWrapper.tell() cookies where the decoder holds state (a pending \r, a BOM), and seek() back to them
import io
for data, nl in [(b"a\xc3\xa9\r\nb\rc", None), (b"a\rb\rc", None), ("αβγ\nδ".encode(), None), (b"x\r\ny", ""), ("€€€\n€".encode("utf-16"), None)]:
    enc = "utf-16" if data.startswith(b"\xff\xfe") else "utf-8"
    t = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=nl)
    out = []
    while True:
        c = t.tell()
        ch = t.read(1)
        if not ch:
            break
        out.append((c, ch))
    print(out)
    for c, ch in out:
        t.seek(c)
        assert t.read(1) == ch, (c, ch)
    t.seek(0)
    print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell())
