def validate(rows):
    bad = 0
    for r in rows:
        try:
            assert len(r) == 2, "row %r" % (r,)
            assert r[0] < r[1]
        except AssertionError as e:
            bad += 1
            print("invalid:", e)
    return bad

print(validate([(1, 2), (3,), (5, 4), (0, 9)]))
