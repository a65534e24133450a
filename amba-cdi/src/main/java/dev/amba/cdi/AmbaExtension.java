package dev.amba.cdi;

import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.cdi.internal.ClientBeans;
import dev.amba.cdi.internal.ClientSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.AnnotationBuilder;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.ObserverInfo;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanBuilder;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.declarations.ParameterInfo;
import jakarta.enterprise.lang.model.types.Type;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import jakarta.inject.Qualifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CDI Lite build-compatible extension behind {@code @Inject AmbaClient}. Containers find it
 * through {@code META-INF/services}: Weld (SE, Servlet, and the Jakarta EE servers built on it,
 * discovery on or off) runs it at deployment, Quarkus's ArC at build time. An application never
 * names it; where a container is told its extensions one by one, as in Weld SE's {@code
 * addBuildCompatibleExtensions}, pass {@code AmbaExtension.class}.
 *
 * <p>It registers the {@code AmbaClient} beans: the {@code @Default} one and one per name, each
 * {@code @ApplicationScoped}, built from MicroProfile Config on first use, told of every {@link
 * dev.amba.AmbaListener} bean of the application, and closed when the container shuts down. The
 * beans are synthetic, so the application needs no {@code beans.xml}.
 *
 * <p>Names come from injection points ({@code @AmbaClientName("x")}), from the {@code amba.clients}
 * list, and from {@code amba.clients.<name>.*} keys that a config source lists, as the container
 * sees them when it runs the extension (for Quarkus: at build time). The settings of every client
 * the application injects, names or configures are checked when the container starts (an observer
 * of {@link Startup}, which Quarkus fires at run time too), so a bad one stops the application
 * instead of the first request.
 */
public final class AmbaExtension implements BuildCompatibleExtension {

  private final Set<String> injectedNames = new TreeSet<>();
  private final Set<String> applicationNames = new TreeSet<>();
  private final Set<String> invalidNames = new TreeSet<>();
  private boolean defaultInjected;
  private boolean applicationDefinesDefault;
  private boolean synthesized;

  /**
   * Called by the CDI container, which finds the extension as a service provider (the module's
   * {@code provides} clause, or {@code META-INF/services} on the class path); an application never
   * creates one.
   */
  public AmbaExtension() {}

  /**
   * Keeps the application's listener beans, which only the extension's clients look up, from being
   * removed as unused by a container that does so (Quarkus's ArC), for the container; not for
   * applications.
   *
   * @param listener a class that implements {@code AmbaListener}
   */
  @Enhancement(types = AmbaListener.class, withSubtypes = true)
  public void keepListeners(ClassConfig listener) {
    ClassInfo type = listener.info();
    // X decision: ArC removes beans that nothing injects, and no CDI Lite API says that a bean is
    // looked up dynamically; ArC keeps every bean that has a name (its @Unremovable, added here,
    // would not count: ArC reads it from the class file). So on ArC a listener without a name gets
    // its class name as one, which no other bean can have by accident. Weld removes nothing and
    // gets no name added.
    if (ClientBeans.removesUnusedBeans() && !type.isInterface() && !type.isAbstract()
        && !type.hasAnnotation(Named.class)) {
      listener.addAnnotation(AnnotationBuilder.of(Named.class).value(type.name()).build());
    }
  }

  /**
   * Notes which clients the bean injects, for the container; not for applications.
   *
   * @param bean any bean of the application
   */
  @Registration(types = Object.class)
  public void collectInjectionPoints(BeanInfo bean) {
    for (InjectionPointInfo ip : bean.injectionPoints()) {
      noteInjection(ip.type(), ip.qualifiers());
    }
  }

  /**
   * Notes which clients an observer method takes as parameters, for the container; not for
   * applications.
   *
   * @param observer any observer of the application
   */
  @Registration(types = Object.class)
  public void collectObserverParameters(ObserverInfo observer) {
    MethodInfo method = observer.isSynthetic() ? null : observer.observerMethod();
    if (method == null) {
      return;
    }
    ParameterInfo event = observer.eventParameter();
    for (ParameterInfo p : method.parameters()) {
      if (event == null || !p.name().equals(event.name())) {
        List<AnnotationInfo> qualifiers = new ArrayList<>();
        for (AnnotationInfo a : p.annotations()) {
          if (a.declaration().hasAnnotation(Qualifier.class)) {
            qualifiers.add(a);
          }
        }
        noteInjection(p.type(), qualifiers);
      }
    }
  }

  /**
   * Notes the application's own {@code AmbaClient} beans, which win over the extension's, for the
   * container; not for applications.
   *
   * @param bean a bean whose types include {@code AmbaClient}
   */
  @Registration(types = AmbaClient.class)
  public void noticeApplicationClients(BeanInfo bean) {
    // Weld also shows the extension its own synthetic beans once they exist.
    if (synthesized) {
      return;
    }
    // The application's own producer wins; registering ours too would make injection ambiguous.
    for (AnnotationInfo q : bean.qualifiers()) {
      if (isName(q)) {
        applicationNames.add(q.value().asString());
      }
    }
    if (isDefault(bean.qualifiers())) {
      applicationDefinesDefault = true;
    }
  }

  /**
   * Registers the clients and the check of their settings at startup, for the container; not for
   * applications.
   *
   * @param components where the beans and the observer are added
   */
  @Synthesis
  public void registerClients(SyntheticComponents components) {
    synthesized = true;
    if (!applicationDefinesDefault) {
      addClient(components, null);
    }
    Set<String> names = new TreeSet<>(injectedNames);
    for (String name : ClientBeans.configuredNames()) {
      names.add(name);
    }
    names.removeAll(applicationNames);
    List<String> checked = new ArrayList<>();
    for (String name : names) {
      if (ClientSettings.isValidName(name)) {
        checked.add(name);
      } else {
        invalidNames.add(name);
      }
      // A bean even for an invalid name, so the deployment fails on the name, not on an unsatisfied
      // injection point that would hide it.
      addClient(components, name);
    }
    components.addObserver(Startup.class)
        .declaringClass(ClientBeans.class)
        // Before the application's own startup observers, which may already call Amba.
        .priority(ClientBeans.CHECK_PRIORITY)
        .withParam(ClientBeans.CHECK_DEFAULT, !applicationDefinesDefault)
        .withParam(ClientBeans.DEFAULT_INJECTED, defaultInjected)
        .withParam(ClientBeans.NAMES, checked.toArray(new String[0]))
        .observeWith(ClientBeans.SettingsCheck.class);
  }

  /**
   * Reports client names that cannot be used, for the container; not for applications.
   *
   * @param messages where the problems are reported
   */
  @Validation
  public void validateNames(Messages messages) {
    for (String name : invalidNames) {
      messages.error("amba-cdi: '" + name + "' (from @AmbaClientName or amba.clients) is not a valid"
          + " client name: use 1 to 64 letters, digits, '-' and '_', starting with a letter or digit");
    }
  }

  private void noteInjection(Type type, Collection<AnnotationInfo> qualifiers) {
    if (!refersToClient(type)) {
      return;
    }
    boolean named = false;
    for (AnnotationInfo q : qualifiers) {
      if (isName(q)) {
        named = true;
        injectedNames.add(q.value().asString());
      }
    }
    if (!named && isDefault(qualifiers)) {
      defaultInjected = true;
    }
  }

  private static void addClient(SyntheticComponents components, String name) {
    SyntheticBeanBuilder<AmbaClient> bean = components.addBean(AmbaClient.class)
        .type(AmbaClient.class)
        .scope(ApplicationScoped.class)
        .qualifier(Any.Literal.INSTANCE)
        .qualifier(name == null ? Default.Literal.INSTANCE : AmbaClientName.Literal.of(name))
        .createWith(ClientBeans.Creator.class)
        .disposeWith(ClientBeans.Disposer.class);
    if (name != null) {
      bean.withParam(ClientBeans.NAME, name);
    }
  }

  private static boolean refersToClient(Type type) {
    if (type.isClass()) {
      return isClient(type);
    }
    if (type.isParameterizedType()) {
      String raw = type.asParameterizedType().genericClass().declaration().name();
      List<Type> arguments = type.asParameterizedType().typeArguments();
      return (raw.equals(Instance.class.getName()) || raw.equals(Provider.class.getName()))
          && arguments.size() == 1 && isClient(arguments.get(0));
    }
    return false;
  }

  private static boolean isClient(Type type) {
    return type.isClass() && type.asClass().declaration().name().equals(AmbaClient.class.getName());
  }

  private static boolean isName(AnnotationInfo qualifier) {
    return qualifier.name().equals(AmbaClientName.class.getName());
  }

  private static boolean isDefault(Collection<AnnotationInfo> qualifiers) {
    // An unqualified injection point or bean has @Default; a container may leave it implied.
    return qualifiers.isEmpty() || qualifiers.stream().anyMatch(q -> q.name().equals(Default.class.getName()));
  }
}
