package dev.amba.cdi;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Selects a named {@code AmbaClient}, one per tenant or project, configured under {@code
 * amba.clients.<name>.*}:
 *
 * <pre>{@code
 * @Inject @AmbaClientName("acme") AmbaClient acme;
 *
 * @Inject @Any Instance<AmbaClient> clients;
 * AmbaClient tenant = clients.select(AmbaClientName.Literal.of(tenantId)).get();
 * }</pre>
 *
 * <p>Each named client is a separate {@code @ApplicationScoped} client with its own credentials,
 * never taken from another client or from the default one; only {@code api-url} and the timeouts
 * fall back to {@code amba.api-url} and {@code amba.*-timeout}. A name is 1 to 64 letters, digits,
 * {@code -} and {@code _}. Clients exist for the names of injection points, the names listed in
 * {@code amba.clients}, and the names in {@code amba.clients.<name>.project-id}-style keys of
 * property files.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface AmbaClientName {

  /**
   * The client's name.
   *
   * @return the {@code <name>} in {@code amba.clients.<name>.project-id}
   */
  String value();

  /** The annotation as a value, for {@code Instance.select}. */
  final class Literal extends AnnotationLiteral<AmbaClientName> implements AmbaClientName {

    /** The client's name; serialized with the literal, as every annotation literal is. */
    private final String value;

    private Literal(String value) {
      this.value = value;
    }

    /**
     * The qualifier for one named client, to pick it from an {@code Instance<AmbaClient>} at run
     * time, for example by the current tenant's id.
     *
     * @param name the client's name, as in {@code amba.clients.<name>.*}; not checked here: a
     *     name no client was created for makes {@code Instance.get()} fail
     * @return the qualifier, equal to {@code @AmbaClientName(name)} on an injection point
     * @throws NullPointerException if {@code name} is null
     */
    public static Literal of(String name) {
      return new Literal(Objects.requireNonNull(name, "name"));
    }

    @Override
    public String value() {
      return value;
    }
  }
}
