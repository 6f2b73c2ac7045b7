# An uncaught exception with both an explicit cause and an implicit context: CPython prints
# the whole chain, oldest first, with the two different separator lines
class DecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

def decode_pairs(raw):
    out = {}
    for pos, part in enumerate(raw.split(";")):
        key, sep, value = part.partition("=")
        if not sep:
            raise DecodeError(f"missing '=' in {part!r}", pos)
        out[key.strip()] = value.strip()
    return out

def read_record(raw):
    try:
        return decode_pairs(raw)
    except DecodeError as e:
        raise ValueError("record is malformed") from e

def process(raw):
    try:
        record = read_record(raw)
    except ValueError:
        cleanup = {"state": "failed"}
        return cleanup["missing_key"]
    return record

print(process("a=1; b=2"))
print(process("a=1; broken"))
