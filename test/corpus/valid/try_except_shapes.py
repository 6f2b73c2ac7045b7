# try/except/else/finally shapes, except*, PEP 758 unparenthesized except lists
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except TypeError as e:
    raise
except Exception:
    raise RuntimeError("x") from None
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except A, B:
    pass
except A, B, C:
    pass
except (A, B), :
    pass
except A.b, c.d[0], e():
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
except* A, B:
    pass
except *C:
    pass
except * D as d:
    pass
else:
    pass
finally:
    pass
try: x = 1
except: y = 2
else: z = 3
finally: w = 4
try:
    try:
        pass
    except E:
        pass
    finally:
        pass
except E:
    try:
        raise
    except* F:
        pass
def f():
    try:
        return 1
    finally:
        pass
    try:
        yield
    except GeneratorExit:
        return
for i in x:
    try:
        continue
    finally:
        break
raise
raise E
raise E()
raise E from e
raise E(1) from E(2)
try:
    pass
except (yield_):
    pass
except lambda: E:
    pass
except E if x else F:
    pass
