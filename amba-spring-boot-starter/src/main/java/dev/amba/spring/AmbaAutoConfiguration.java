package dev.amba.spring;

import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.spring.internal.Clients;
import dev.amba.spring.internal.DefaultClientCondition;
import dev.amba.spring.internal.NamedClientsRegistrar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * The {@link AmbaClient} beans: the default one from {@code amba.*} and one per {@code
 * amba.clients.<name>}, each closed when the context closes, each told of every {@link
 * AmbaListener} bean. The default client steps aside when the application defines its own {@code
 * AmbaClient} bean.
 */
@AutoConfiguration
@EnableConfigurationProperties(AmbaProperties.class)
@Import(NamedClientsRegistrar.class)
public class AmbaAutoConfiguration {

  /** Created by Spring Boot from the auto-configuration imports. */
  public AmbaAutoConfiguration() {}

  /**
   * The default client, built from {@code amba.*}.
   *
   * @param properties the bound {@code amba.*} properties
   * @param listeners every {@link AmbaListener} bean, registered on the client in their order
   * @return the client, closed with the context
   * @throws IllegalStateException naming each missing or malformed {@code amba.*} key
   */
  @Bean(name = Clients.DEFAULT_BEAN, destroyMethod = "close")
  @ConditionalOnMissingBean(AmbaClient.class)
  @Conditional(DefaultClientCondition.class)
  public AmbaClient ambaClient(AmbaProperties properties, ObjectProvider<AmbaListener> listeners) {
    return Clients.create(null, properties, listeners.orderedStream());
  }
}
