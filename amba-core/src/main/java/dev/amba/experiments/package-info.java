/**
 * Experiments, or A/B tests (amba-api-modules.md 35): weighted variants, a deterministic and sticky
 * assignment per user, exposures, and results against a conversion event.
 *
 * <p>A user's app reads its variant and records exposures through {@link
 * dev.amba.AmbaUser#experiments()}; admins define experiments and read results through {@link
 * dev.amba.AmbaClient#experiments()}, which needs the developer PAT ({@code AmbaConfig.Builder.pat(...)}
 * or {@code AMBA_PAT}): Amba refuses the server key on those routes.
 *
 * <pre>{@code
 * amba.experiments().create(NewExperiment.of("checkout_button", "Checkout button",
 *     List.of(ExperimentVariant.of("control", 50), ExperimentVariant.of("green", 50))));
 * String variant = amba.asUser(uid).experiments().assignment("checkout_button").variant();
 * amba.asUser(uid).experiments().expose("checkout_button");
 * ExperimentResults r = amba.experiments().results("checkout_button", "checkout_completed");
 * }</pre>
 */
package dev.amba.experiments;
