type A[**P = (yield)] = P
