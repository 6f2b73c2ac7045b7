def add(a, b):
    total = a + b
    return total


def main():
    xs = [1, 2, 3]
    result = 0
    for x in xs:
        result = add(result, x)
    print("result", result)
    return result

# a comment: breakpoints here move to the next line with code

main()
print("done")
