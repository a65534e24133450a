package dev.amba.flags;

/**
 * A flag's value as a user receives it.
 *
 * @param name the flag's name
 * @param enabled whether the flag is on
 * @param variant the variant name, or null
 * @param payload any JSON as Java values ({@code Map}, {@code List}, {@code String}, {@code Long},
 *     {@code BigDecimal}, {@code Boolean}), or null
 */
public record FlagAssignment(String name, boolean enabled, String variant, Object payload) {}
