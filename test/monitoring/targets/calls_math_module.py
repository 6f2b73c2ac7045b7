import math

def hyp(a, b):
    return math.sqrt(a * a + b * b)

def safe_log(x):
    try:
        return math.log(x)
    except ValueError as e:
        return "log error: " + str(e)

print(hyp(3, 4))
print(round(safe_log(math.e), 6), safe_log(-1))
print(math.floor(2.7), math.ceil(2.1), math.gcd(12, 18))
try:
    math.sqrt(-1)
except ValueError as e:
    print("sqrt", e)
print(math.isfinite(0.1 + 0.2), math.factorial(5), math.hypot(3, 4))
