package dev.amba.testkit.internal.experiments;

/**
 * 35.4 #6: a variant against the control by the pooled two-proportion z-test. Every value is null
 * where its denominator is zero (no exposed users on a side, a pooled rate of 0 or 1, a control
 * rate of 0 for the lift).
 */
record TwoProportionTest(Double lift, Double zScore, Double pValue, boolean significant) {

  static final double ALPHA = 0.05;

  static TwoProportionTest of(long c0, long n0, long c1, long n1) {
    if (n0 == 0 || n1 == 0) {
      return new TwoProportionTest(null, null, null, false);
    }
    double p0 = (double) c0 / n0;
    double p1 = (double) c1 / n1;
    Double lift = p0 == 0 ? null : (p1 - p0) / p0;
    double pooled = (double) (c0 + c1) / (n0 + n1);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n0 + 1.0 / n1));
    if (se == 0) {
      return new TwoProportionTest(lift, null, null, false);
    }
    double z = (p1 - p0) / se;
    double p = 2 * (1 - phi(Math.abs(z)));
    return new TwoProportionTest(lift, z, p, p < ALPHA);
  }

  /** The standard normal distribution function, through erfc. */
  static double phi(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  /** erfc by the Chebyshev fit of Numerical Recipes (fractional error below 1.2e-7 everywhere). */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? ans : 2 - ans;
  }
}
