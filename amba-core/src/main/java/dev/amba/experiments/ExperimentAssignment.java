package dev.amba.experiments;

/**
 * The variant a user is in: fixed at the first assignment and kept from then on (35.4).
 *
 * @param experimentKey the experiment's key
 * @param variant the key of the user's variant
 */
public record ExperimentAssignment(String experimentKey, String variant) {}
