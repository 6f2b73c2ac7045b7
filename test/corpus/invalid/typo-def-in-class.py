class A:
    deff f(self):
        pass
