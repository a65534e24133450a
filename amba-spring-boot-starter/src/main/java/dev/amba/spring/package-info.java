/**
 * Spring Boot auto-configuration for Amba: an {@link dev.amba.AmbaClient} bean from {@code amba.*}
 * properties (and {@code AMBA_*} variables), named clients under {@code amba.clients.<name>}
 * injected with {@link dev.amba.spring.AmbaClientName}, the servlet filter registered after Spring
 * Security's chain, and an Actuator health contributor.
 *
 * <pre>{@code
 * @RestController
 * class Checkout {
 *   private final AmbaClient amba;
 *   Checkout(AmbaClient amba) { this.amba = amba; }
 * }
 * }</pre>
 */
package dev.amba.spring;
