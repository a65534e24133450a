package dev.amba.testkit;

import dev.amba.AmbaClient;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 *   @Test
 *   void countsOnlyItsOwnEvents(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
 *     String uid = emulator.createUser(project);   // amba is a client of that project
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Injects {@link AmbaEmulator}, {@link AmbaClient} and {@link EmulatorProject} parameters (into
 * test methods, lifecycle methods and constructors). Each {@code AmbaClient} is a fresh client,
 * closed after the method that received it (after the class, for class-level callbacks).
 *
 * <p>An {@code EmulatorProject} is a project created for the test, with its own keys, data and
 * counts: every {@code EmulatorProject} parameter of one test (its method and its
 * {@code @BeforeEach} and {@code @AfterEach} methods) is the same project, and the next test gets
 * another. Class-level methods ({@code @BeforeAll}) get one of their own for the class. An
 * {@code AmbaClient} is for that project when the test has one (the method declaring the client
 * also takes an {@code EmulatorProject}, or a method of the same test took one before); otherwise
 * it is for the emulator's default project, as it always was.
 *
 * <p>Before each test the fault switch is reset (releasing any {@link Hold}) and the recorded
 * requests are cleared, so tests of one class share the default project's data but not faults.
 * Nested classes share their outer class's emulator. Tests of one class must not run concurrently
 * with each other, since they share that switch.
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
    return type == AmbaEmulator.class || type == AmbaClient.class || type == EmulatorProject.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    AmbaEmulator emulator = emulator(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == AmbaEmulator.class) {
      return emulator;
    }
    if (type == EmulatorProject.class) {
      return project(context, emulator);
    }
    boolean ownProject = hasProject(context)
        || Arrays.stream(parameter.getDeclaringExecutable().getParameterTypes()).anyMatch(t -> t == EmulatorProject.class);
    AmbaClient client = AmbaClient.configure(emulator.config(ownProject ? project(context, emulator) : emulator.defaultProject()));
    clients(context).add(client);
    return client;
  }

  /** The test's project, created the first time one of its methods asks. */
  private static EmulatorProject project(ExtensionContext context, AmbaEmulator emulator) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(projectKey(context), key -> emulator.createProject(),
        EmulatorProject.class);
  }

  private static boolean hasProject(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(projectKey(context), EmulatorProject.class) != null;
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

  private static String projectKey(ExtensionContext context) {
    return "project:" + context.getUniqueId();
  }

  private static String ownerKey(ExtensionContext context) {
    return "owner:" + context.getUniqueId();
  }

  private static final class ClientList {
    final List<AmbaClient> clients = new ArrayList<>();
  }
}
