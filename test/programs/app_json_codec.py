# A hand-written JSON encoder and decoder with error positions, escapes and pretty printing


class DecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def encode(value, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * indent * (level + 1)
    end = "" if indent is None else "\n" + " " * indent * level
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        out = []
        for ch in value:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + encode(v, indent, level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + encode(k) + ": " + encode(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def decode(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1

    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise DecodeError("unexpected end", pos)
        ch = text[pos]
        if ch == "{":
            pos += 1
            obj = {}
            skip()
            if text[pos:pos + 1] == "}":
                pos += 1
                return obj
            while True:
                skip()
                key = value()
                if not isinstance(key, str):
                    raise DecodeError("key must be a string", pos)
                skip()
                if text[pos:pos + 1] != ":":
                    raise DecodeError("expected ':'", pos)
                pos += 1
                obj[key] = value()
                skip()
                if text[pos:pos + 1] == ",":
                    pos += 1
                elif text[pos:pos + 1] == "}":
                    pos += 1
                    return obj
                else:
                    raise DecodeError("expected ',' or '}'", pos)
        if ch == "[":
            pos += 1
            arr = []
            skip()
            if text[pos:pos + 1] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                skip()
                if text[pos:pos + 1] == ",":
                    pos += 1
                elif text[pos:pos + 1] == "]":
                    pos += 1
                    return arr
                else:
                    raise DecodeError("expected ',' or ']'", pos)
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    esc = text[pos + 1]
                    if esc == "u":
                        out.append(chr(int(text[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[esc])
                    pos += 2
                else:
                    out.append(text[pos])
                    pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise DecodeError(f"unexpected character {ch!r}", pos)
        return float(num) if any(c in num for c in ".eE") else int(num)

    result = value()
    skip()
    if pos != len(text):
        raise DecodeError("extra data", pos)
    return result


doc = {"name": "tspy", "version": [3, 14], "ratio": 0.25, "ok": True, "none": None, "text": "line\n\"q\" é",
       "nested": {"empty": [], "obj": {}, "list": [1, [2, [3]]]}}
s = encode(doc)
print(s)
print(decode(s) == doc, decode(s)["text"])
print(encode(doc["nested"], indent=2))
print(decode(' [1, -2.5e3, "a\\u0041", {"k": [true, false, null]}] '))
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "tru", '{"a": 1} x', "", '{1: 2}']:
    try:
        decode(bad)
    except DecodeError as e:
        print("DecodeError:", e, e.pos)
    except IndexError as e:
        print("IndexError:", e)
for bad in [{1: 2}, float("nan"), object()]:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
