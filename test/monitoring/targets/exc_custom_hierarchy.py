class Base(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

class NotFound(Base):
    pass

class Denied(Base):
    pass

def act(n):
    if n == 1:
        raise NotFound(404)
    if n == 2:
        raise Denied(403)
    return "ok"

for n in range(4):
    try:
        print(act(n))
    except NotFound as e:
        print("not found", e.code)
    except Base as e:
        print("base", e, e.code)
    finally:
        print("after", n)
