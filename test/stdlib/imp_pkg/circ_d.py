from . import circ_c
D = "d"
try:
    print(circ_c.C)
except AttributeError as e:
    print("AttributeError:", e)
