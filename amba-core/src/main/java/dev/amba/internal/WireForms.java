package dev.amba.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reaches the wire body of the public request values (prompt definitions, profile and config
 * updates, grants, campaigns, filters) without a public {@code fields()} on them: the wire form is
 * the SDK's business, not the caller's. Each value type registers its package-private builder here
 * from its static initializer (the JDK's SharedSecrets pattern); a value that exists has had its
 * class initialized, so its form is always registered by the time it is asked for. This package
 * is not exported, so callers cannot reach it.
 */
public final class WireForms {

  private static final Map<Class<?>, Function<Object, Map<String, Object>>> FORMS = new ConcurrentHashMap<>();

  private WireForms() {}

  /** Called once, from {@code type}'s static initializer. */
  public static <T> void register(Class<T> type, Function<T, Map<String, Object>> form) {
    Objects.requireNonNull(form, "form");
    if (FORMS.putIfAbsent(type, value -> form.apply(type.cast(value))) != null) {
      throw new IllegalStateException(type.getName() + " registered its wire form twice");
    }
  }

  /**
   * The body of an update value (a PATCH); one that sets nothing is refused, since sending it could
   * only fail or change nothing.
   *
   * @throws IllegalArgumentException naming the argument {@code update} when it sets no field
   */
  public static Map<String, Object> ofUpdate(Object update) {
    Map<String, Object> body = of(Objects.requireNonNull(update, "update"));
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one field");
    }
    return body;
  }

  /** The JSON object the SDK sends for {@code value}. */
  public static Map<String, Object> of(Object value) {
    Objects.requireNonNull(value, "value");
    Function<Object, Map<String, Object>> form = FORMS.get(value.getClass());
    if (form == null) {
      throw new IllegalStateException(value.getClass().getName() + " has no wire form");
    }
    return form.apply(value);
  }
}
