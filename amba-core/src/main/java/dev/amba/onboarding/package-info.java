/**
 * Onboarding: flows of steps that users go through once, answers stored per step, and the share of
 * users who complete each flow.
 *
 * <p>Admins define flows through {@link dev.amba.AmbaClient#onboarding()}; a user's app moves the user
 * through the project's primary flow (the oldest active one) through
 * {@link dev.amba.AmbaUser#onboarding()}: one step per {@code nextStep}, or {@code complete} at once,
 * or {@code skipStep} out of it.
 *
 * <pre>{@code
 * amba.onboarding().create(NewOnboardingFlow.of("First run",
 *     NewOnboardingStep.of("welcome", "Welcome", "welcome"), NewOnboardingStep.of("goals", "Goals", "question")));
 * amba.asUser(uid).onboarding().nextStep();                        // welcome done, on goals
 * amba.asUser(uid).onboarding().nextStep(Map.of("goal", "focus")); // completed
 * }</pre>
 */
package dev.amba.onboarding;
