# Run-length and LZ77-style codecs over bytes and text, with round-trip verification,
# compression ratios, a bit-packer, and error handling for corrupt input
def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes((run, data[i]))
        i += run
    return bytes(out)

def rle_decode(blob: bytes) -> bytes:
    if len(blob) % 2:
        raise ValueError(f"truncated RLE stream ({len(blob)} bytes)")
    out = bytearray()
    for count, value in zip(blob[::2], blob[1::2]):
        if count == 0:
            raise ValueError("zero-length run")
        out += bytes([value]) * count
    return bytes(out)

def lz_encode(text: str, window=32):
    i, out = 0, []
    while i < len(text):
        best_len, best_off = 0, 0
        for off in range(1, min(i, window) + 1):
            length = 0
            while i + length < len(text) and text[i + length - off] == text[i + length] and length < 15:
                length += 1
            if length > best_len:
                best_len, best_off = length, off
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(text[i])
            i += 1
    return out

def lz_decode(tokens):
    buf = []
    for t in tokens:
        if isinstance(t, tuple):
            off, length = t
            if off > len(buf):
                raise ValueError(f"offset {off} before start of output")
            for _ in range(length):
                buf.append(buf[-off])
        else:
            buf.append(t)
    return "".join(buf)

def pack_bits(values, width):
    acc = nbits = 0
    out = bytearray()
    for v in values:
        if not 0 <= v < (1 << width):
            raise OverflowError(f"{v} does not fit in {width} bits")
        acc = (acc << width) | v
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)

def unpack_bits(blob, width, count):
    acc = int.from_bytes(blob, "big")
    total = len(blob) * 8
    return [(acc >> (total - width * (i + 1))) & ((1 << width) - 1) for i in range(count)]

samples = [b"", b"a", b"aaaaabbbcccd", b"\x00" * 300 + b"\x01", bytes(range(10)), b"abababab"]
for s in samples:
    enc = rle_encode(s)
    assert rle_decode(enc) == s
    ratio = f"{len(enc) / len(s):.2f}" if s else "n/a"
    print(f"{s[:12]!r:<20} {len(s):>4} -> {len(enc):>4} ratio {ratio} {enc[:8].hex(' ')}")
for bad in [b"\x02", b"\x00a"]:
    try:
        rle_decode(bad)
    except ValueError as e:
        print("ValueError", e)

texts = ["abracadabra abracadabra", "to be or not to be, that is the question; to be", "aaaaaaaaaaaaaaaaaaaa", "xyz"]
for t in texts:
    toks = lz_encode(t)
    back = lz_decode(toks)
    refs = sum(isinstance(x, tuple) for x in toks)
    print(f"{len(t):>3} chars -> {len(toks):>3} tokens ({refs} refs) ok={back == t} first={toks[:6]}")
try:
    lz_decode(["a", (3, 2)])
except ValueError as e:
    print("ValueError", e)

vals = [5, 0, 7, 3, 1, 6, 2, 4, 7, 7]
packed = pack_bits(vals, 3)
print(packed.hex(), len(packed), unpack_bits(packed, 3, len(vals)) == vals, unpack_bits(pack_bits([1023, 1], 10), 10, 2))
try:
    pack_bits([8], 3)
except OverflowError as e:
    print("OverflowError", e)
