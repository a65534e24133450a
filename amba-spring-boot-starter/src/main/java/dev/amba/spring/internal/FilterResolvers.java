package dev.amba.spring.internal;

import dev.amba.AmbaClient;
import dev.amba.servlet.AmbaFilter;
import dev.amba.servlet.AmbaUserResolver;
import dev.amba.spring.AmbaProperties;
import java.util.Locale;

/**
 * Builds the filter from {@code amba.filter.*}: with session verification, or with the user resolver
 * the properties or the application's own bean name.
 */
public final class FilterResolvers {

  private static final String VERIFY_KEY = "amba.filter.verify-session";

  private static final String RESOLVER_KEY = "amba.filter.user-resolver";
  private static final String SESSION_KEY = "amba.filter.user-session-attribute";

  private FilterResolvers() {}

  /**
   * @param bean the application's resolver bean, or null
   * @throws ClientSettings.InvalidSettingsException naming the keys that conflict or are missing
   */
  public static AmbaFilter filter(AmbaProperties.Filter settings, AmbaUserResolver bean, AmbaClient client) {
    if (!settings.isVerifySession()) {
      AmbaUserResolver resolver = choose(settings, bean, client);
      return resolver == null ? new AmbaFilter(client) : new AmbaFilter(client, resolver);
    }
    // Two answers to "who is calling" would need a rule for when they disagree; the filter takes one.
    if (bean != null || settings.getUserResolver() != null && settings.getUserResolver() != AmbaProperties.UserResolver.NONE
        || settings.getUserSessionAttribute() != null && !settings.getUserSessionAttribute().isBlank()) {
      throw new ClientSettings.InvalidSettingsException(VERIFY_KEY + "=true and a user resolver ("
          + (bean != null ? "an AmbaUserResolver bean" : RESOLVER_KEY + " or " + SESSION_KEY)
          + ") both name the caller; keep one of them");
    }
    if (client.settings().serverKey().isEmpty()) {
      throw new ClientSettings.InvalidSettingsException(VERIFY_KEY + "=true attaches asUser(uid), which needs amba.server-key"
          + " (or AMBA_SERVER_KEY)");
    }
    return AmbaFilter.verifyingSessions(client);
  }

  /**
   * @param bean the application's resolver bean, or null
   * @return the resolver, or null for none
   * @throws ClientSettings.InvalidSettingsException naming the keys that conflict or are missing
   */
  static AmbaUserResolver choose(AmbaProperties.Filter settings, AmbaUserResolver bean, AmbaClient client) {
    AmbaProperties.UserResolver chosen = settings.getUserResolver() == null ? AmbaProperties.UserResolver.NONE
        : settings.getUserResolver();
    String session = settings.getUserSessionAttribute();
    boolean sessionSet = session != null && !session.isBlank();
    if (sessionSet && chosen != AmbaProperties.UserResolver.SESSION_ATTRIBUTE) {
      throw new ClientSettings.InvalidSettingsException(SESSION_KEY + " is set, so set " + RESOLVER_KEY
          + "=session-attribute too (it is " + wire(chosen) + ")");
    }
    if (bean != null && chosen != AmbaProperties.UserResolver.NONE) {
      throw new ClientSettings.InvalidSettingsException("the application defines an AmbaUserResolver bean and also sets "
          + RESOLVER_KEY + "=" + wire(chosen) + "; keep one of them");
    }
    AmbaUserResolver resolver = switch (chosen) {
      case NONE -> bean;
      case USER_PRINCIPAL -> AmbaUserResolver.userPrincipal();
      case SESSION_ATTRIBUTE -> {
        if (!sessionSet) {
          throw new ClientSettings.InvalidSettingsException(RESOLVER_KEY + "=session-attribute needs " + SESSION_KEY
              + ", the name of the session attribute holding the caller's Amba uid");
        }
        yield AmbaUserResolver.sessionAttribute(session.strip());
      }
    };
    if (resolver != null && client.settings().serverKey().isEmpty()) {
      throw new ClientSettings.InvalidSettingsException("the filter resolves users (" + (bean != null ? "an AmbaUserResolver bean"
          : RESOLVER_KEY + "=" + wire(chosen)) + "), which acts with asUser(uid) and needs amba.server-key (or AMBA_SERVER_KEY)");
    }
    return resolver;
  }

  private static String wire(AmbaProperties.UserResolver value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
