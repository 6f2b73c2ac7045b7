def many_branches(x):
    if x == 0:
        a0 = 0; a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8; a9 = 9
        b0 = a0 + a1; b1 = a2 + a3; b2 = a4 + a5; b3 = a6 + a7; b4 = a8 + a9
        c0 = b0 * b1; c1 = b2 * b3; c2 = b4 * b0; c3 = b1 * b2; c4 = b3 * b4
        d0 = c0 - c1; d1 = c2 - c3; d2 = c4 - c0; d3 = c1 - c2; d4 = c3 - c4
        e0 = [d0, d1, d2, d3, d4, c0, c1, c2, c3, c4, b0, b1, b2, b3, b4]
        e1 = {"a": e0, "b": [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9]}
        e2 = str(e1) + str(e0) + str(d0) + str(d1) + str(d2) + str(d3) + str(d4)
        e3 = len(e2) + len(e0) + len(e1) + sum(e0) + sum(e1["b"])
        f0 = [e3 + i for i in range(3)] + [e3 - i for i in range(3)]
        return f0, e3
    elif x == 1:
        return "one"
    return "other"

print(many_branches(0))
print(many_branches(1), many_branches(2))
big = {"k%d" % i: i for i in range(300)}
print(len(big), big["k299"])
