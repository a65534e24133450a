package dev.amba.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Selects the named client configured under {@code amba.clients.<name>.*}: {@code
 * @AmbaClientName("acme") AmbaClient acme}. {@code @Qualifier("acme")} selects the same bean.
 *
 * <p>A named client is never injected where no name is asked for: a plain {@code AmbaClient}
 * injection point always gets the default client, so forgetting the qualifier cannot send one
 * tenant's calls with another tenant's keys.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Qualifier
public @interface AmbaClientName {

  /**
   * The client's name, as in {@code amba.clients.<name>}.
   *
   * @return the name
   */
  String value();
}
