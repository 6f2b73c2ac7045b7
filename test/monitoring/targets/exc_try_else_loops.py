def process(values):
    results = []
    for v in values:
        try:
            r = 100 // v
        except ZeroDivisionError:
            results.append("div0")
            continue
        except TypeError:
            results.append("type")
            break
        else:
            results.append(r)
        finally:
            results.append("|")
    return results

print(process([5, 0, 20]))
print(process([1, "x", 2]))

def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise ConnectionError("retry")
            return attempts
        except ConnectionError:
            pass

print(retry(3))
