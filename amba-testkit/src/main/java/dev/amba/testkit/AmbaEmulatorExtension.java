package dev.amba.testkit;

import dev.amba.AmbaClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: one emulator per test class, started before all its tests and closed after them.
 *
 * <pre>{@code
 * @ExtendWith(AmbaEmulatorExtension.class)
 * class CheckoutTest {
 *   @Test
 *   void tracksCheckout(AmbaEmulator emulator, AmbaClient amba) { ... }
 * }
 * }</pre>
 *
 * <p>Injects {@link AmbaEmulator} and {@link AmbaClient} parameters (into test methods,
 * lifecycle methods and constructors). Each {@code AmbaClient} is a fresh client for the default
 * project, closed after the method that received it (after the class, for class-level callbacks).
 * Before each test the fault switch is reset and the recorded requests are cleared, so tests of one
 * class share data but not faults. Nested classes share their outer class's emulator. Tests of
 * one class must not run concurrently with each other, since they share that switch.
 */
// JUnit is an optional (static) dependency on purpose: only test code, which has JUnit anyway, uses
// this class, so its JUnit types need not be re-exported to every user of the emulator.
@SuppressWarnings("exports")
public final class AmbaEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AmbaEmulatorExtension.class);
  private static final String EMULATOR = "emulator";

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    // A nested class finds its outer class's emulator through the store's parent lookup.
    if (store.get(EMULATOR, AmbaEmulator.class) == null) {
      store.put(EMULATOR, AmbaEmulator.builder().quiet(true).start());
      store.put(ownerKey(context), Boolean.TRUE);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    try {
      closeClients(context);
    } finally {
      if (store.remove(ownerKey(context)) != null) {
        AmbaEmulator emulator = store.remove(EMULATOR, AmbaEmulator.class);
        if (emulator != null) {
          emulator.close();
        }
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    AmbaEmulator emulator = emulator(context);
    emulator.faults().reset();
    emulator.clearRecordedRequests();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    closeClients(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == AmbaEmulator.class || type == AmbaClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    AmbaEmulator emulator = emulator(context);
    if (parameter.getParameter().getType() == AmbaEmulator.class) {
      return emulator;
    }
    AmbaClient client = AmbaClient.configure(emulator.config());
    clients(context).add(client);
    return client;
  }

  private static AmbaEmulator emulator(ExtensionContext context) {
    AmbaEmulator emulator = context.getStore(NAMESPACE).get(EMULATOR, AmbaEmulator.class);
    if (emulator == null) {
      throw new ParameterResolutionException("no emulator: register AmbaEmulatorExtension on the "
          + "test class with @ExtendWith (or as a static @RegisterExtension field)");
    }
    return emulator;
  }

  /** Clients belong to the context that resolved them, so each is closed when that one ends. */
  private static List<AmbaClient> clients(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    String key = clientsKey(context);
    ClientList list = store.get(key, ClientList.class);
    if (list == null) {
      list = new ClientList();
      store.put(key, list);
    }
    return list.clients;
  }

  private static void closeClients(ExtensionContext context) {
    ClientList list = context.getStore(NAMESPACE).remove(clientsKey(context), ClientList.class);
    if (list == null) {
      return;
    }
    RuntimeException failure = null;
    for (AmbaClient client : list.clients) {
      try {
        client.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  // Keys carry the context id: store lookups also search parent contexts, and a method must not
  // mistake its class's clients (or emulator ownership) for its own.
  private static String clientsKey(ExtensionContext context) {
    return "clients:" + context.getUniqueId();
  }

  private static String ownerKey(ExtensionContext context) {
    return "owner:" + context.getUniqueId();
  }

  private static final class ClientList {
    final List<AmbaClient> clients = new ArrayList<>();
  }
}
