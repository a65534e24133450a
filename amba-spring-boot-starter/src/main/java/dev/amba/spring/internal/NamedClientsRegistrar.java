package dev.amba.spring.internal;

import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.spring.AmbaClientName;
import dev.amba.spring.AmbaClientProperties;
import dev.amba.spring.AmbaProperties;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link AmbaClient} bean per {@code amba.clients.<name>}, qualified by {@link
 * AmbaClientName} and {@link Qualifier} with the name, and never a default candidate: an
 * injection point without the name cannot receive it.
 */
public final class NamedClientsRegistrar implements ImportBeanDefinitionRegistrar {

  private final Environment environment;
  private final BeanFactory beanFactory;

  public NamedClientsRegistrar(Environment environment, BeanFactory beanFactory) {
    this.environment = environment;
    this.beanFactory = beanFactory;
  }

  /** The names under {@code amba.clients}, bound as the properties bean will bind them. */
  public static Set<String> names(Environment environment) {
    Map<String, AmbaClientProperties> clients = Binder.get(environment)
        .bind(ClientSettings.ROOT + ".clients", Bindable.mapOf(String.class, AmbaClientProperties.class))
        .orElse(Map.of());
    return new TreeSet<>(clients.keySet());
  }

  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    for (String name : names(environment)) {
      String beanName = Clients.beanName(name);
      if (registry.containsBeanDefinition(beanName)) {
        // The application registered this name itself: it wins, as the default client's back-off.
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(AmbaClient.class, () -> Clients.create(name,
          beanFactory.getBean(AmbaProperties.class), beanFactory.getBeanProvider(AmbaListener.class).orderedStream()));
      definition.addQualifier(new AutowireCandidateQualifier(AmbaClientName.class, name));
      definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
      definition.setDefaultCandidate(false);
      definition.setDestroyMethodName("close");
      registry.registerBeanDefinition(beanName, definition);
    }
  }
}
