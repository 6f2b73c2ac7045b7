# Module annotations (PEP 649/749): one __annotate__ block; at module level they count as
# conditional, so __conditional_annotations__ is used.
import typing

x: int
y: str = "y"
z: typing.List[int] = []
(paren): int = 1
attr_target = type("T", (), {})()
attr_target.field: int = 3
subscript_target = {}
subscript_target["k"]: str = "v"

if x:
    cond: float = 1.0
else:
    other: bytes

for i in range(2):
    loop_ann: int = i

while False:
    w: int

try:
    t: int = 0
except Exception:
    e_ann: str
finally:
    f_ann: bytes = b""

with open(__file__) as fh:
    in_with: object = fh

match x:
    case 1:
        m_ann: int = 1
    case _:
        pass

complex_ann: [a for a in range(3)] = None
lambda_ann: (lambda: x) = None
