package dev.amba.onboarding;

/**
 * How users fared in one flow.
 *
 * @param flowId the flow's id
 * @param flowName the flow's name
 * @param totalStarted users with progress in the flow, whatever its state
 * @param totalCompleted users who completed it
 * @param totalSkipped users who skipped it
 * @param completionRate {@code totalCompleted / totalStarted}, 0..1; 0 when no one started
 */
public record OnboardingStats(String flowId, String flowName, long totalStarted, long totalCompleted,
    long totalSkipped, double completionRate) {}
