/**
 * Feature flags: named switches with an optional variant and JSON payload (amba-api-modules.md 34).
 * Evaluation is global: every user receives the same values. A user's app reads them through
 * {@link dev.amba.AmbaUser#flags()}; admins manage them through {@link dev.amba.AmbaClient#flags()}.
 *
 * <pre>{@code
 * amba.flags().create(NewFlag.named("new_checkout").enabled(true).variant("b"));
 * boolean on = amba.asUser(uid).flags().get("new_checkout").map(FlagAssignment::enabled).orElse(false);
 * }</pre>
 */
package dev.amba.flags;
