# nonlocal in a method binds to the enclosing function, never to the class.
def outer():
    value = 0

    class Counter:
        value = 100

        def inc(self):
            nonlocal value
            value += 1
            return value

        def read_class(self):
            return Counter.value

    return Counter


def nested_methods():
    state = []

    class A:
        class B:
            def push(self, item):
                nonlocal state
                state = state + [item]

    return A
