# _sha2: digests at every padding boundary, incremental updates, copies, and the object interface.
import _sha2

for name in ["sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(_sha2, name)
    out = []
    for n in [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 200, 1000]:
        data = bytes((i * 7 + n) % 256 for i in range(n))
        h = ctor(data)
        g = ctor()
        for i in range(0, n, 13):
            g.update(data[i:i + 13])
        assert g.digest() == h.digest()
        out.append(h.hexdigest()[:12])
    print(name, out)
    h = ctor(b"prefix")
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest() == ctor(b"prefix").hexdigest(), c.hexdigest() == ctor(b"prefixmore").hexdigest(), h.name, h.digest_size, h.block_size, type(h).__name__)
print(_sha2.sha256(b"a" * 1000000).hexdigest())
print(_sha2.sha512(memoryview(b"view")).hexdigest()[:32], _sha2.sha224(bytearray(b"ba")).hexdigest()[:32])
for bad in [lambda: _sha2.sha256("text"), lambda: _sha2.sha256(3), lambda: _sha2.sha256().update("x"), lambda: _sha2.sha256(b"a", string=b"b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
