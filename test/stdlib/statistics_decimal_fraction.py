# statistics over ints, floats, Fractions and Decimals (issue 4: decimal must be importable for statistics)
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D, localcontext

datasets = {
    'int': [2, 4, 4, 4, 5, 5, 7, 9],
    'float': [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    'fraction': [F(1, 2), F(3, 4), F(5, 4), F(7, 3), F(1, 6)],
    'decimal': [D('0.5'), D('0.75'), D('1.25'), D('2.375'), D('0.125'), D('3.5')],
}
for name, data in datasets.items():
    print(name, repr(st.mean(data)), repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)))
    print(' ', repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
    print(' ', st.fmean(data), repr(st.harmonic_mean(data)), st.geometric_mean(data))
    print(' ', st.quantiles(data), st.quantiles(data, n=10, method='inclusive'))
    print(' ', repr(st.median_grouped(data)), st.mode(data), st.multimode(data))
print(st.mode(['red', 'blue', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(repr(st.mean([D('1.1'), D('2.2'), D('3.3')])), repr(st.mean([F(1, 3), F(2, 3)])), repr(st.mean([1, 2, 3, 4])))
print(repr(st.variance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')])))
print(repr(st.stdev([D('1.5'), D('2.5'), D('2.5'), D('2.75'), D('3.25'), D('4.75')])))
print(repr(st.pvariance([F(1, 4), F(5, 4), F(1, 2)])), repr(st.variance([1, 2, 3], xbar=2)))
with localcontext(prec=10):
    print(repr(st.stdev([D(1), D(2), D(4)])), repr(st.mean([D(1), D(2), D(2)])))
print(repr(st.fmean([1.5, 2, 3.5], weights=[1, 2, 1])), st.fmean([1, 2, 3]), st.fmean([D('1.5'), 2, 3.5]))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.correlation([1, 2, 3], [3, 2, 1], method='ranked'))
print(st.covariance([1, 2, 3, 4], [2, 4, 6, 9]), st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(115), 12), round(n.inv_cdf(0.9), 9), round(n.pdf(100), 12))
print([round(q, 6) for q in n.quantiles()], round(n.overlap(st.NormalDist(110, 10)), 9), n.zscore(130))
m = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(m.mean, 9), round(m.stdev, 9), n + 5, n * 2, n - st.NormalDist(5, 20))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.stdev([D(1)])]:
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError', e)
try:
    st.mean([D(1), 1.5])  # (the message names the types in an order CPython does not fix)
except TypeError as e:
    print('TypeError')
print(repr(st.mean([D(1), 2])), repr(st.mean([F(1, 2), 1])), repr(st.mean([True, False, True])))
