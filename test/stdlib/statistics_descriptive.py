# statistics for a report: central tendency, spread, quantiles, correlation/regression, NormalDist,
# kernel density, and the error messages on bad input (floats printed rounded, exact types shown).
import math
import statistics as st
from decimal import Decimal
from fractions import Fraction

latencies = [12.5, 15.2, 11.8, 30.1, 14.4, 13.9, 12.1, 95.0, 14.0, 13.3, 12.9, 15.8]
print(st.mean(latencies), st.fmean(latencies), st.median(latencies), st.median_low(latencies), st.median_high(latencies))
print(round(st.geometric_mean(latencies), 10), round(st.harmonic_mean(latencies), 10), st.mode([1, 2, 2, 3, 3]), st.multimode("aabbbccdd"))
print(round(st.stdev(latencies), 10), round(st.pstdev(latencies), 10), round(st.variance(latencies), 10), round(st.pvariance(latencies), 10))
print(st.quantiles(latencies), st.quantiles(latencies, n=10, method="inclusive"), st.quantiles([1, 2], n=3))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.variance([Decimal("1.5"), Decimal("2.5"), Decimal("4")]), st.mean([1, 2, 3, 4]), type(st.mean([1, 2])).__name__)
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.mean([True, False, True]), st.median([3, 1, 2]), st.pvariance([1, 1, 1]))
x = [1, 2, 3, 4, 5, 6]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
print(round(st.correlation(x, y), 12), round(st.correlation(x, [6, 5, 4, 3, 2, 1], method="ranked"), 12), round(st.covariance(x, y), 12))
lr = st.linear_regression(x, y)
print(round(lr.slope, 10), round(lr.intercept, 10), st.linear_regression(x, [2 * v for v in x], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), round(nd.inv_cdf(0.975), 10))
print([round(q, 6) for q in nd.quantiles(4)], round(nd.overlap(st.NormalDist(110, 10)), 12), round(nd.zscore(85), 12))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), st.NormalDist.from_samples([1, 2, 3, 4]), nd == st.NormalDist(100, 15))
print([round(v, 6) for v in nd.samples(3, seed=1)])
kde = st.kde([1.0, 2.0, 2.5, 6.0], h=1.0)
print([round(kde(v), 10) for v in (0, 2, 4, 6)], kde.__name__ if hasattr(kde, "__name__") else "")
kc = st.kde([1.0, 2.0, 2.5, 6.0], h=1.0, kernel="triangular", cumulative=True)
print([round(kc(v), 10) for v in (0, 2, 4, 8)])
for call in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2]),
             lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 2], [1]),
             lambda: st.correlation([1, 1], [1, 2]), lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 1).inv_cdf(1.5),
             lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.mean(["a"]), lambda: st.kde([], h=1), lambda: st.kde([1], h=1, kernel="nope")]:
    try:
        print("ok", call())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(math.isnan(st.fmean([math.nan, 1])), st.median([math.inf, 1, 2]), issubclass(st.StatisticsError, ValueError))
