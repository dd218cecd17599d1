"""Reference values for rapport.kpi.maths.StatisticsTest, computed with SciPy and statsmodels.

Run with Debian's packages (python3-scipy 1.10.1, python3-statsmodels 0.13.5):
    apt-get install -y python3-scipy python3-statsmodels && /usr/bin/python3 statistics_reference.py
The printed values are pasted into the test; this script documents where they come from.
"""
import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest, confint_proportions_2indep, proportion_confint
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

print("scipy", scipy.__version__, "statsmodels", statsmodels.__version__)

print("# two proportions: x1 n1 x2 n2 -> diff lower upper z p")
for x1, n1, x2, n2 in [(54, 88, 70, 95), (45, 100, 60, 100), (120, 400, 95, 380), (30, 30, 29, 31)]:
    # statsmodels orders the difference as first - second: pass (after, before) to get after - before
    z, p = proportions_ztest([x2, x1], [n2, n1], alternative="two-sided")
    low, upp = confint_proportions_2indep(x2, n2, x1, n1, method="wald", compare="diff")
    print(x1, n1, x2, n2, "%.12g %.12g %.12g %.12g %.12g" % (x2 / n2 - x1 / n1, low, upp, z, p))

print("# wilson: x n -> lower upper (percent)")
for x, n in [(81, 100), (1, 1), (0, 10), (37, 52)]:
    low, upp = proportion_confint(x, n, alpha=0.05, method="wilson")
    print(x, n, "%.12g %.12g" % (100 * low, 100 * upp))

print("# nps difference: p1 d1 n1 p2 d2 n2 -> diff lower upper z p  (spec formula, scipy normal)")
for p1, d1, n1, p2, d2, n2 in [(40, 25, 100, 55, 20, 110), (12, 10, 40, 20, 6, 45)]:
    a = np.array([100] * p1 + [-100] * d1 + [0] * (n1 - p1 - d1), dtype=float)
    b = np.array([100] * p2 + [-100] * d2 + [0] * (n2 - p2 - d2), dtype=float)
    var1, var2 = a.var(ddof=0), b.var(ddof=0)  # = 100^2 (p + d - (p - d)^2)
    se = np.sqrt(var1 / n1 + var2 / n2)
    diff = b.mean() - a.mean()
    z = diff / se
    q = stats.norm.ppf(0.975)
    print(p1, d1, n1, p2, d2, n2, "%.12g %.12g %.12g %.12g %.12g" % (diff, diff - q * se, diff + q * se, z,
                                                                     2 * stats.norm.sf(abs(z))))

print("# welch: data sets -> diff lower upper t df p")
# Welch's t-test worked example 1 of the English Wikipedia article "Welch's t-test" (A1, A2)
a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]
# handling times in minutes, before and after a change
h1 = [12, 15, 9, 22, 14, 18, 11, 16, 13, 20, 17, 10]
h2 = [9, 11, 8, 14, 10, 12, 7, 13, 9, 10]


def welch(before, after):
    res = stats.ttest_ind(after, before, equal_var=False)
    cm = CompareMeans(DescrStatsW(np.array(after, float)), DescrStatsW(np.array(before, float)))
    low, upp = cm.tconfint_diff(alpha=0.05, usevar="unequal")
    _, _, df = cm.ttest_ind(usevar="unequal")
    print("%.12g %.12g %.12g %.12g %.12g %.12g" % (np.mean(after) - np.mean(before), low, upp, res.statistic, df,
                                                   res.pvalue))


for before, after in [(a1, a2), (h1, h2)]:
    welch(before, after)

print("# welch end to end (WelchEvaluationTest): handling minutes 10 + i % 7 before, 8 + i % 5 after, i < 40")
before = [10 + (i % 7) for i in range(40)]
after = [8 + (i % 5) for i in range(40)]
welch(before, after)

print("# one window's 95 % interval for the before/after chart: values -> mean lower upper (Student t, n - 1 df)")
for values in [h1, h2, a1]:  # a share's window interval is the Wilson one above
    d = DescrStatsW(np.array(values, float))
    low, upp = d.tconfint_mean(alpha=0.05)
    print("%.12g %.12g %.12g" % (d.mean, low, upp))
