package dev.amba.spring;

import dev.amba.AmbaClient;
import dev.amba.spring.internal.AnyClientCondition;
import dev.amba.spring.internal.ClientHealthIndicator;
import dev.amba.spring.internal.Clients;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The Actuator health contributor {@code amba}, present when Actuator is: for one client its
 * health, for several one component per client ({@code default}, then each name). Off with {@code
 * management.health.amba.enabled=false}.
 */
@AutoConfiguration(after = AmbaAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("amba")
@Conditional(AnyClientCondition.class)
public class AmbaHealthAutoConfiguration {

  /** Created by Spring Boot from the auto-configuration imports. */
  public AmbaHealthAutoConfiguration() {}

  /**
   * Every {@link AmbaClient} bean of the context, the named ones and the application's own
   * included.
   *
   * @param beans the context, asked for every {@code AmbaClient} bean by name
   * @return one indicator, or a composite of one per client
   */
  @Bean
  @ConditionalOnMissingBean(name = "ambaHealthContributor")
  public HealthContributor ambaHealthContributor(ListableBeanFactory beans) {
    Map<String, AmbaClient> clients = new TreeMap<>(beans.getBeansOfType(AmbaClient.class));
    if (clients.size() == 1) {
      return new ClientHealthIndicator(clients.values().iterator().next());
    }
    Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
    clients.forEach((beanName, client) -> indicators.put(Clients.displayName(beanName), new ClientHealthIndicator(client)));
    return CompositeHealthContributor.fromMap(indicators);
  }
}
