package dev.amba.spring.internal;

import dev.amba.spring.AmbaClientProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether to build the default client: when any of its credentials is set, or when no named
 * client is configured either. An application that only configures {@code amba.clients.<name>}
 * therefore need not set {@code amba.project-id}; any other application that leaves it out fails
 * at startup with the key's name.
 */
public final class DefaultClientCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    AmbaClientProperties root = Binder.get(context.getEnvironment())
        .bind(ClientSettings.ROOT, AmbaClientProperties.class)
        .orElseGet(AmbaClientProperties::new);
    if (ClientSettings.hasCredentials(root)) {
      return ConditionOutcome.match("amba.* credentials are set");
    }
    if (!NamedClientsRegistrar.names(context.getEnvironment()).isEmpty()) {
      return ConditionOutcome.noMatch("only named clients (amba.clients.<name>) are configured");
    }
    return ConditionOutcome.match("no named client is configured, so the default client is the one expected");
  }
}
