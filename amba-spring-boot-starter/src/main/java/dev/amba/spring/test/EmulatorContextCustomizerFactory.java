package dev.amba.spring.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Finds {@link AutoConfigureAmbaEmulator} on a test class (or an enclosing one) for Spring's test
 * context framework, which loads this factory from {@code META-INF/spring.factories}. It names no
 * emulator type itself, so test classes without the annotation never need amba-testkit.
 */
public final class EmulatorContextCustomizerFactory implements ContextCustomizerFactory {

  private static final String EMULATOR = "dev.amba.testkit.AmbaEmulator";

  /** Created by Spring's test context framework. */
  public EmulatorContextCustomizerFactory() {}

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureAmbaEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
        AutoConfigureAmbaEmulator.class);
    if (annotation == null) {
      return null;
    }
    if (!ClassUtils.isPresent(EMULATOR, testClass.getClassLoader())) {
      throw new IllegalStateException("@AutoConfigureAmbaEmulator on " + testClass.getName()
          + " needs the emulator: add dev.amba:amba-testkit with test scope");
    }
    Set<String> names = new TreeSet<>(List.of(annotation.clients()));
    return new EmulatorContextCustomizer(names);
  }
}
