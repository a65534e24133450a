package dev.amba.spring;

import dev.amba.AmbaClient;
import dev.amba.servlet.AmbaFilter;
import dev.amba.servlet.AmbaUserResolver;
import dev.amba.spring.internal.FilterResolvers;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.ConditionalOnMissingFilterBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers {@link AmbaFilter} for the default client in a servlet web application: mapped to
 * {@code amba.filter.url-patterns} ({@code /*}) on every dispatcher type, async-supported, and
 * ordered right after Spring Security's filter chain, so a principal-based user resolver sees the
 * user Spring Security logged in. Off with {@code amba.filter.enabled=false}; steps aside when the
 * application registers an {@code AmbaFilter} itself.
 */
@AutoConfiguration(after = AmbaAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({AmbaFilter.class, FilterRegistrationBean.class})
@ConditionalOnProperty(prefix = "amba.filter", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean(AmbaClient.class)
public class AmbaFilterAutoConfiguration {

  /** The filter's name in the servlet context. */
  public static final String FILTER_NAME = "ambaFilter";

  /** Created by Spring Boot from the auto-configuration imports. */
  public AmbaFilterAutoConfiguration() {}

  /**
   * The filter's registration.
   *
   * @param client the default client, put on every request as the attribute {@code amba}
   * @param properties {@code amba.filter.*} and the client's settings
   * @param resolvers the application's own {@link AmbaUserResolver} bean, if it defines one
   * @param environment where {@code spring.security.filter.order} is read
   * @return the registration of a filter the client stays the context's to close
   * @throws IllegalStateException naming the key when the user resolver's or session
   *     verification's settings conflict, or the client lacks the server key they need
   */
  @Bean
  @ConditionalOnMissingFilterBean(AmbaFilter.class)
  public FilterRegistrationBean<AmbaFilter> ambaFilterRegistration(AmbaClient client, AmbaProperties properties,
      ObjectProvider<AmbaUserResolver> resolvers, Environment environment) {
    AmbaProperties.Filter settings = properties.getFilter();
    FilterRegistrationBean<AmbaFilter> registration = new FilterRegistrationBean<>(
        FilterResolvers.filter(settings, resolvers.getIfUnique(), client));
    registration.setName(FILTER_NAME);
    registration.setAsyncSupported(true);
    registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
    registration.setUrlPatterns(settings.getUrlPatterns());
    registration.setOrder(settings.getOrder() != null ? settings.getOrder()
        : environment.getProperty("spring.security.filter.order", Integer.class, SecurityProperties.DEFAULT_FILTER_ORDER)
            + 1);
    return registration;
  }
}
