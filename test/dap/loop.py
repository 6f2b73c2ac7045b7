class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def spin():
    p = Point(1, [2, 3])
    i = 0
    print("spinning")
    while True:
        i += 1


spin()
