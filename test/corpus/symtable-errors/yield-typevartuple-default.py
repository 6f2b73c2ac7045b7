class C[*Ts = (yield)]: pass
