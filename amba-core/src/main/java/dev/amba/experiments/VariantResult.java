package dev.amba.experiments;

/**
 * One variant's numbers in {@link ExperimentResults} (35.4 #5 and #6). The statistics are null where
 * their denominator is zero, and always for the control.
 *
 * @param key the variant's key
 * @param exposedUsers distinct users in the variant with at least one exposure
 * @param convertedUsers those of them with a conversion event at or after their assignment
 * @param conversionRate converted over exposed, or null when none was exposed
 * @param lift the relative change of the rate against the control's
 * @param zScore the two-proportion z statistic against the control
 * @param pValue two-sided, of the two-proportion z-test against the control
 * @param significant whether {@code pValue} is below 0.05
 */
public record VariantResult(String key, long exposedUsers, long convertedUsers, Double conversionRate, Double lift,
    Double zScore, Double pValue, boolean significant) {}
