import math

print(math.sqrt(2), math.floor(2.5), math.ceil(-2.5), math.pi)
for bad in (-1.0,):
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("ValueError:", e)
