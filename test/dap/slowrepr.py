class Forever:
    def __repr__(self):
        while True:
            pass


class Broken:
    def __repr__(self):
        raise ValueError("no repr for you")


def show():
    f = Forever()
    b = Broken()
    return f, b


show()
