"""A helper module for the import programs."""
COUNT = 0
def double(x):
    return 2 * x
print("executing", __name__)
