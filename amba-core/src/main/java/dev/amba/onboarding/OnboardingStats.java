package dev.amba.onboarding;

/**
 * How users fared in one flow.
 *
 * @param totalStarted users with progress in the flow, whatever its state
 * @param completionRate {@code totalCompleted / totalStarted}, 0..1; 0 when no one started
 */
public record OnboardingStats(String flowId, String flowName, long totalStarted, long totalCompleted,
    long totalSkipped, double completionRate) {}
