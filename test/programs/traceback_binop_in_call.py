# Carets under a failing binary operation nested in calls and attribute access


class Config:
    def __init__(self):
        self.scale = "3"
        self.offset = 2


def scaled(cfg, x):
    return x * 2 + cfg.offset / (cfg.offset - 2)


def apply(cfg, xs):
    return [scaled(cfg, x) for x in xs]


cfg = Config()
try:
    apply(cfg, [1, 2])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
cfg.offset = 4
print(apply(cfg, [1, 2]))
print(len(cfg.scale) + cfg.offset)
value = cfg.offset + cfg.scale
