package dev.amba.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts an in-process Amba emulator (amba-testkit) for a {@code @SpringBootTest} and points the
 * {@code amba.*} properties at it: {@code amba.api-url}, {@code amba.project-id}, {@code
 * amba.client-key}, {@code amba.server-key} and {@code amba.pat} of its default project, and for
 * each of {@link #clients()} the same keys under {@code amba.clients.<name>.*}, each name in a
 * project of its own. The test's own properties ({@code @SpringBootTest(properties = ...)}, {@code
 * @TestPropertySource}) still win.
 *
 * <p>The emulator is the bean {@code ambaEmulator} ({@code dev.amba.testkit.AmbaEmulator}), for
 * creating users and switching faults; it lives as long as the test's application context and is
 * closed with it. Needs {@code dev.amba:amba-testkit} on the test class path.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureAmbaEmulator(clients = "acme")
 * class CheckoutTest {
 *   @Autowired AmbaClient amba;
 *   @Autowired AmbaEmulator emulator;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureAmbaEmulator {

  /**
   * Named clients to configure, each with a project of its own on the emulator.
   *
   * @return client names as in {@code amba.clients.<name>}; none by default
   */
  String[] clients() default {};
}
