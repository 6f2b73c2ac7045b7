from . import circ_d
C = "c"
def use():
    return circ_d.D
