package dev.amba.servlet.internal;

import dev.amba.AmbaClient;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;

/**
 * Asks a CDI container for the application's {@code @Default AmbaClient}. The CDI types are touched
 * only after {@link #find} has seen that the API is loadable, so the filter runs in a servlet
 * container that has no CDI at all.
 */
final class CdiClients {

  private static final String CDI_CLASS = "jakarta.enterprise.inject.spi.CDI";

  private CdiClients() {}

  static Optional<AmbaClient> find(ClassLoader loader) {
    try {
      Class.forName(CDI_CLASS, false, loader);
    } catch (ClassNotFoundException | LinkageError noCdi) {
      return Optional.empty();
    }
    return Lookup.find();
  }

  /** Separate class, so that resolving its CDI references waits until the API is known to be there. */
  private static final class Lookup {
    static Optional<AmbaClient> find() {
      Instance<AmbaClient> candidates;
      try {
        candidates = CDI.current().select(AmbaClient.class);
      } catch (IllegalStateException | LinkageError noContainer) {
        // The API is on the class path but no container runs this application.
        return Optional.empty();
      }
      if (candidates.isUnsatisfied()) {
        return Optional.empty();
      }
      if (candidates.isAmbiguous()) {
        throw new IllegalStateException("CDI has more than one @Default AmbaClient bean; keep one, or qualify the others");
      }
      AmbaClient client = candidates.get();
      try {
        // A normal-scoped bean is created on its first call: make that happen now, so a bad setting
        // fails the filter's init rather than the first request.
        client.settings();
      } catch (RuntimeException e) {
        throw new IllegalStateException("the CDI container could not create the AmbaClient: " + e.getMessage(), e);
      }
      return Optional.of(client);
    }
  }
}
