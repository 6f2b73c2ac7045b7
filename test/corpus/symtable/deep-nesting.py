# Six levels of nesting, with names bound and used at various depths.
def l1(a):
    b = a

    def l2():
        c = b

        class L3:
            d = c

            def l4(self):
                e = a

                def l5():
                    f = [e for _ in range(c)]

                    def l6():
                        nonlocal e
                        e = f
                        return a, b, c, e, f, L3

                    return l6

                return l5

        return L3

    return l2
