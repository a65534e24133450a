package dev.amba.experiments;

/** The variant a user is in: fixed at the first assignment and kept from then on (35.4). */
public record ExperimentAssignment(String experimentKey, String variant) {}
