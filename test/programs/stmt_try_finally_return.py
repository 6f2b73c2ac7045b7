# try/finally interactions: return overriding, finally swallowing via return, break/continue in finally.
import sys

def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"

def f4():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2

def f6():
    log = []
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"caught {e}")
    finally:
        log.append("outer finally")
    return log

def f7():
    try:
        try:
            return "from inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except return"
    finally:
        print("f8 finally")

def f9():
    try:
        pass
    finally:
        print("f9 no exception")
    return "after"

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
print(f7())
print(f8())
print(f9())

def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    exc_in_finally()
except KeyError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)

def state_in_finally():
    try:
        raise ValueError("during")
    finally:
        print("exc in finally:", sys.exception())
try:
    state_in_finally()
except ValueError as e:
    print("propagated", e)
print("after:", sys.exception())

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_finally()
print(next(g))
g.close()
print("closed")
g = gen_finally()
for v in g:
    print("v", v)
    break
print("loop broke")
g.close()
g.close()
print(list(g))

def nested_returns(n):
    try:
        if n == 0:
            return "zero"
        try:
            if n == 1:
                return "one"
            raise RuntimeError("boom")
        except RuntimeError:
            return "caught"
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
for n in range(3):
    print(nested_returns(n))

def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print("iteration", i)
    return i
print(while_finally())

def raise_after_finally():
    try:
        return 1
    finally:
        raise RuntimeError("finally raised")
raise_after_finally()
