package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.servlet.AmbaFilter;
import dev.amba.servlet.AmbaUserResolver;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import jakarta.servlet.DispatcherType;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the filter is registered and the health contributor is built, and what each refuses. */
class FilterAndHealthConfigurationTest {

  private static AmbaEmulator emulator;
  private static EmulatorProject other;

  private static final AutoConfigurations STARTER = AutoConfigurations.of(AmbaAutoConfiguration.class,
      AmbaFilterAutoConfiguration.class, AmbaHealthAutoConfiguration.class, HealthContributorAutoConfiguration.class);

  @BeforeAll
  static void startEmulator() {
    emulator = AmbaEmulator.builder().quiet(true).start();
    other = emulator.createProject();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private static String[] settings(EmulatorProject p, boolean serverKey) {
    return new String[] {"amba.api-url=" + emulator.apiUrl(), "amba.project-id=" + p.projectId(),
        "amba.client-key=" + p.clientKey(), "amba.server-key=" + (serverKey ? p.serverKey() : "")};
  }

  private WebApplicationContextRunner web() {
    return new WebApplicationContextRunner()
        .withInitializer(MachineEnvironment.ignored())
        .withConfiguration(STARTER)
        .withPropertyValues(settings(emulator.defaultProject(), true));
  }

  @SuppressWarnings("unchecked")
  private static FilterRegistrationBean<AmbaFilter> registration(org.springframework.context.ApplicationContext context) {
    return context.getBean("ambaFilterRegistration", FilterRegistrationBean.class);
  }

  @Test
  void theFilter_isAsyncSupported_onEveryDispatcherType_rightAfterSpringSecurity() {
    web().run(context -> {
      FilterRegistrationBean<AmbaFilter> registration = registration(context);
      assertThat(registration.isAsyncSupported()).isTrue();
      assertThat(registration.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.values());
      assertThat(registration.getOrder()).isEqualTo(-99);
      assertThat(registration.getUrlPatterns()).containsExactly("/*");
      assertThat(registration.getFilterName()).isEqualTo("ambaFilter");
    });
  }

  @Test
  void theFiltersOrder_followsSpringSecuritysOrder_unlessSetItself() {
    web().withPropertyValues("spring.security.filter.order=5")
        .run(context -> assertThat(registration(context).getOrder()).isEqualTo(6));
    web().withPropertyValues("spring.security.filter.order=5", "amba.filter.order=42")
        .run(context -> assertThat(registration(context).getOrder()).isEqualTo(42));
  }

  @Test
  void theFilter_isLeftOut_whenDisabled_outsideAWebApplication_orWhenTheApplicationRegistersItsOwn() {
    web().withPropertyValues("amba.filter.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("ambaFilterRegistration"));
    new ApplicationContextRunner().withConfiguration(STARTER).withPropertyValues(settings(emulator.defaultProject(), true))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("ambaFilterRegistration"));
    web().withUserConfiguration(OwnFilter.class).run(context -> {
      assertThat(context).doesNotHaveBean("ambaFilterRegistration");
      assertThat(context).hasBean("myAmbaFilter");
    });
  }

  @Test
  void onlyNamedClients_leaveTheFilterOut_forItHoldsTheDefaultClient() {
    new WebApplicationContextRunner().withConfiguration(STARTER)
        .withPropertyValues("amba.api-url=" + emulator.apiUrl(), "amba.clients.other.project-id=" + other.projectId(),
            "amba.clients.other.client-key=" + other.clientKey())
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean("ambaFilterRegistration");
          assertThat(((HealthIndicator) context.getBean("ambaHealthContributor")).health().getStatus()).isEqualTo(Status.UP);
        });
  }

  @Test
  void aResolverBean_isUsed_butNotTogetherWithTheProperty() {
    web().withUserConfiguration(OwnResolver.class).run(context -> assertThat(context).hasNotFailed()
        .hasBean("ambaFilterRegistration"));
    web().withUserConfiguration(OwnResolver.class).withPropertyValues("amba.filter.user-resolver=user-principal")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("defines an AmbaUserResolver bean and also sets amba.filter.user-resolver=user-principal"));
  }

  @Test
  void userResolverSettings_thatCannotWork_failStartup_namingTheKey() {
    web().withPropertyValues("amba.filter.user-resolver=session-attribute")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("amba.filter.user-resolver=session-attribute needs amba.filter.user-session-attribute"));
    web().withPropertyValues("amba.filter.user-session-attribute=uid")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("amba.filter.user-session-attribute is set, so set amba.filter.user-resolver=session-attribute"));
    web().withPropertyValues("amba.filter.user-resolver=user-principal").withPropertyValues(settings(emulator.defaultProject(), false))
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("needs amba.server-key (or AMBA_SERVER_KEY)"));
    web().withPropertyValues("amba.filter.user-resolver=session-attribute", "amba.filter.user-session-attribute=uid")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void sessionVerification_refusesAUserResolverBeside_andAClientWithoutServerKey() {
    web().withPropertyValues("amba.filter.verify-session=true").run(context -> assertThat(context).hasNotFailed());
    web().withPropertyValues("amba.filter.verify-session=true", "amba.filter.user-resolver=user-principal")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("amba.filter.verify-session=true and a user resolver (amba.filter.user-resolver or"));
    web().withPropertyValues("amba.filter.verify-session=true").withUserConfiguration(OwnResolver.class)
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("amba.filter.verify-session=true and a user resolver (an AmbaUserResolver bean)"));
    web().withPropertyValues("amba.filter.verify-session=true").withPropertyValues(settings(emulator.defaultProject(), false))
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("amba.filter.verify-session=true attaches asUser(uid), which needs amba.server-key"));
  }

  @Test
  void oneClient_isOneHealthIndicator_upAgainstTheEmulator() {
    web().run(context -> {
      HealthContributor contributor = context.getBean("ambaHealthContributor", HealthContributor.class);
      Health health = ((HealthIndicator) contributor).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("projectId", emulator.defaultProject().projectId())
          .containsEntry("apiUrl", emulator.apiUrl()).containsEntry("environment", "development");
    });
  }

  @Test
  void health_isDown_forARefusedKey_orAKeyOfAnotherProject() {
    web().withPropertyValues("amba.client-key=amb_dev_ck_unknown").run(context -> {
      Health health = ((HealthIndicator) context.getBean("ambaHealthContributor")).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("error", "invalid_api_key");
      assertThat(health.toString()).doesNotContain("amb_dev_ck_unknown");
    });
    web().withPropertyValues("amba.client-key=" + other.clientKey()).run(context -> {
      Health health = ((HealthIndicator) context.getBean("ambaHealthContributor")).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("error", "client_key_of_another_project");
    });
  }

  @Test
  void severalClients_areOneComponentEach_andTheIndicatorCanBeSwitchedOff() {
    web().withPropertyValues("amba.clients.other.project-id=" + other.projectId(), "amba.clients.other.client-key=" + other.clientKey())
        .run(context -> {
          CompositeHealthContributor composite = context.getBean("ambaHealthContributor", CompositeHealthContributor.class);
          assertThat(((HealthIndicator) composite.getContributor("default")).health().getStatus()).isEqualTo(Status.UP);
          Health named = ((HealthIndicator) composite.getContributor("other")).health();
          assertThat(named.getStatus()).isEqualTo(Status.UP);
          assertThat(named.getDetails()).containsEntry("projectId", other.projectId());
        });
    web().withPropertyValues("management.health.amba.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("ambaHealthContributor"));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnFilter {
    @Bean
    FilterRegistrationBean<AmbaFilter> myAmbaFilter(AmbaClient client) {
      return new FilterRegistrationBean<>(new AmbaFilter(client));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnResolver {
    @Bean
    AmbaUserResolver resolver() {
      return identity -> Optional.empty();
    }
  }
}
