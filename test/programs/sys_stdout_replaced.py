import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


original = sys.stdout
cap = Capture()
sys.stdout = cap
print("hidden", 1, 2, sep="-")
print("also hidden")
sys.stdout = original
print("captured:", cap.parts)
print("to stderr", file=sys.stderr)
