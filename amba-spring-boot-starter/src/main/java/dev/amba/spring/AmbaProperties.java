package dev.amba.spring;

import dev.amba.servlet.AmbaFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code amba.*}: the default client's settings (inherited from {@link
 * AmbaClientProperties}), the named clients under {@code amba.clients.<name>.*}, and the servlet
 * filter under {@code amba.filter.*}. Environment variables bind through Spring Boot's relaxed
 * binding: {@code AMBA_PROJECT_ID} is {@code amba.project-id}, {@code AMBA_CLIENTS_ACME_CLIENT_KEY}
 * is {@code amba.clients.acme.client-key}.
 */
@ConfigurationProperties(prefix = "amba")
public class AmbaProperties extends AmbaClientProperties {

  /**
   * Named clients, each with its own project and keys (multi-tenant services), under
   * amba.clients.NAME.project-id, .client-key, .server-key, .pat, .api-url, .connect-timeout and
   * .request-timeout: inject one with @AmbaClientName("NAME") or @Qualifier("NAME"). Only api-url
   * and the timeouts fall back to amba.*; the credentials never do.
   */
  private Map<String, AmbaClientProperties> clients = new TreeMap<>();

  /** The servlet filter that puts the default client on every request. */
  private final Filter filter = new Filter();

  /** Settings to be bound by Spring Boot; every one is unset at first. */
  public AmbaProperties() {}

  /**
   * The named clients' settings.
   *
   * @return the settings by client name, as bound from {@code amba.clients.<name>.*}
   */
  public Map<String, AmbaClientProperties> getClients() {
    return clients;
  }

  /**
   * Sets the named clients' settings.
   *
   * @param clients the settings by client name
   */
  public void setClients(Map<String, AmbaClientProperties> clients) {
    this.clients = new TreeMap<>(clients);
  }

  /**
   * The filter's settings.
   *
   * @return the settings bound from {@code amba.filter.*}
   */
  public Filter getFilter() {
    return filter;
  }

  /** How {@link AmbaFilter} is registered: {@code amba.filter.*}. */
  public static class Filter {

    /** Whether to register AmbaFilter in a servlet web application. */
    private boolean enabled = true;

    /**
     * Which verified identity becomes the request attribute "ambaUser" (asUser(uid)): none,
     * user-principal (the logged-in principal's name, e.g. Spring Security's) or session-attribute
     * (the uid the application's login stored under amba.filter.user-session-attribute). An
     * AmbaUserResolver bean, when the application defines one, is used instead and needs none here.
     */
    private UserResolver userResolver = UserResolver.NONE;

    /**
     * Whether the filter verifies "Authorization: Bearer <Amba session token>" (a browser's or app's
     * session from Amba's client SDK) with auth().verifySession and attaches the caller as "ambaUser"
     * and the session as "ambaSession"; a refused token is answered 401 before any controller runs.
     * Needs amba.server-key; not together with a user resolver.
     */
    private boolean verifySession;

    /** The session attribute holding the caller's Amba uid, for user-resolver=session-attribute. */
    private String userSessionAttribute;

    /**
     * The filter's order; when unset, right after Spring Security's filter chain
     * (spring.security.filter.order + 1, i.e. -99 by default), so the principal is the logged-in user.
     */
    private Integer order;

    /** The URL patterns the filter is mapped to, on every dispatcher type. */
    private List<String> urlPatterns = new ArrayList<>(List.of("/*"));

    /** Settings to be bound by Spring Boot. */
    public Filter() {}

    /**
     * Whether the filter is registered.
     *
     * @return {@code amba.filter.enabled}, true by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the filter is registered.
     *
     * @param enabled false to leave the filter out
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Whether the filter verifies Amba session tokens.
     *
     * @return {@code amba.filter.verify-session}, false by default
     */
    public boolean isVerifySession() {
      return verifySession;
    }

    /**
     * Sets whether the filter verifies Amba session tokens.
     *
     * @param verifySession true to turn bearer session tokens into the caller's user handle
     */
    public void setVerifySession(boolean verifySession) {
      this.verifySession = verifySession;
    }

    /**
     * The user resolver chosen by property.
     *
     * @return {@code amba.filter.user-resolver}, {@link UserResolver#NONE} by default
     */
    public UserResolver getUserResolver() {
      return userResolver;
    }

    /**
     * Chooses the user resolver.
     *
     * @param userResolver which verified identity gives the caller's uid
     */
    public void setUserResolver(UserResolver userResolver) {
      this.userResolver = userResolver;
    }

    /**
     * The session attribute for {@link UserResolver#SESSION_ATTRIBUTE}.
     *
     * @return {@code amba.filter.user-session-attribute}, or null
     */
    public String getUserSessionAttribute() {
      return userSessionAttribute;
    }

    /**
     * Sets the session attribute for {@link UserResolver#SESSION_ATTRIBUTE}.
     *
     * @param userSessionAttribute the attribute's name
     */
    public void setUserSessionAttribute(String userSessionAttribute) {
      this.userSessionAttribute = userSessionAttribute;
    }

    /**
     * The explicit order, if set.
     *
     * @return {@code amba.filter.order}, or null for right after Spring Security's chain
     */
    public Integer getOrder() {
      return order;
    }

    /**
     * Sets the filter's order.
     *
     * @param order the order among the servlet filters
     */
    public void setOrder(Integer order) {
      this.order = order;
    }

    /**
     * The URL patterns.
     *
     * @return {@code amba.filter.url-patterns}, {@code /*} by default
     */
    public List<String> getUrlPatterns() {
      return urlPatterns;
    }

    /**
     * Sets the URL patterns.
     *
     * @param urlPatterns servlet URL patterns such as {@code /*} or {@code /api/*}
     */
    public void setUrlPatterns(List<String> urlPatterns) {
      this.urlPatterns = new ArrayList<>(urlPatterns);
    }
  }

  /** The values of {@code amba.filter.user-resolver}. */
  public enum UserResolver {
    /** No user handle is attached. */
    NONE,
    /** The name of the request's authenticated principal, e.g. the user Spring Security logged in. */
    USER_PRINCIPAL,
    /** The uid stored in the session attribute named by {@code amba.filter.user-session-attribute}. */
    SESSION_ATTRIBUTE
  }
}
