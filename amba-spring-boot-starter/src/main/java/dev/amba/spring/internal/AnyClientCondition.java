package dev.amba.spring.internal;

import dev.amba.AmbaClient;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the context has any {@link AmbaClient} bean, named ones included. {@code
 * @ConditionalOnBean} counts only default candidates, which the named clients are not, so an
 * application with named clients alone would otherwise get no health contributor.
 */
public final class AnyClientCondition extends SpringBootCondition implements ConfigurationCondition {

  @Override
  public ConfigurationPhase getConfigurationPhase() {
    return ConfigurationPhase.REGISTER_BEAN;
  }

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String[] names = context.getBeanFactory() == null ? new String[0]
        : context.getBeanFactory().getBeanNamesForType(AmbaClient.class, true, false);
    return names.length > 0 ? ConditionOutcome.match("AmbaClient beans " + String.join(", ", names))
        : ConditionOutcome.noMatch("no AmbaClient bean");
  }
}
