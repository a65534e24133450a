package dev.amba.servlet;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.servlet.internal.BearerSessions;
import dev.amba.servlet.internal.ClientSources;
import dev.amba.servlet.internal.FilterSettings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts the Amba client on every request, as the attribute {@value #CLIENT_ATTRIBUTE} and under
 * {@code AmbaClient.class.getName()}: the servlet counterpart of Node's {@code req.amba}. Handlers
 * read it with {@link AmbaRequests#client} and act for a user with {@code asUser(uid)}.
 *
 * <h2>Registration</h2>
 *
 * <ul>
 *   <li>Programmatically: {@code new AmbaFilter(client)}, or {@link #register(ServletContext,
 *       AmbaClient)}, which also maps it to every dispatch and marks it async-supported. A client
 *       handed in is never closed by the filter.
 *   <li>In {@code web.xml}, or with {@code @WebFilter} on a subclass, through the no-arg constructor.
 *       At {@link #init} the filter then takes its client from, in order: the {@code ServletContext}
 *       attribute {@code dev.amba.AmbaClient} (or the one the init-param {@code client-attribute}
 *       names); a client built from the init-params {@code project-id}, {@code client-key}, {@code
 *       server-key}, {@code pat}, {@code api-url}, {@code connect-timeout}, {@code request-timeout} when any is
 *       given (the {@code AMBA_*} variables fill the rest); a CDI container's {@code @Default
 *       AmbaClient} (amba-cdi provides one); a client built from {@code AMBA_PROJECT_ID}, {@code
 *       AMBA_CLIENT_KEY}, {@code AMBA_SERVER_KEY}, {@code AMBA_PAT}, {@code AMBA_API_URL}. Only a client the filter
 *       built itself is closed in {@link #destroy}.
 * </ul>
 *
 * <p>This class carries no {@code @WebFilter} on purpose: being on the class path never installs
 * it. Declare it {@code <async-supported>true</async-supported>} (or {@code asyncSupported =
 * true}), or async servlets behind it cannot start.
 *
 * <h2>Behaviour</h2>
 *
 * Its work is done once per request, however often the request passes through it (FORWARD,
 * INCLUDE, ASYNC and ERROR dispatches included); everything it keeps is in request attributes,
 * nothing in a {@code ThreadLocal}, so the attributes follow an async request onto other threads.
 * With a {@link AmbaUserResolver} (in code, or the init-param {@code user-principal=true} or {@code
 * user-session-attribute=NAME}), it also attaches {@code asUser(uid)} as {@value #USER_ATTRIBUTE}
 * for a caller whose identity the container or the application verified.
 *
 * <h2>Verified Amba sessions (a BFF)</h2>
 *
 * With {@link #verifyingSessions(AmbaClient)} or the init-param {@code verify-session=true}, the
 * filter reads {@code Authorization: Bearer <Amba session token>} (the token a browser or app got
 * from Amba's client SDK), verifies it with {@code auth().verifySession} (cached per the client's
 * {@code sessionCacheTtl}, 60 seconds by default; the init-param {@code session-cache-ttl} sets it
 * for a client the filter builds), and attaches {@code asUser(uid)} as {@value #USER_ATTRIBUTE} and
 * the {@link dev.amba.auth.VerifiedSession} as {@value #SESSION_ATTRIBUTE}. A token Amba refuses
 * (unknown, expired, another project's) or a malformed {@code Bearer} header is answered 401 with a
 * {@code WWW-Authenticate: Bearer} challenge and a small JSON error body, and the rest of the chain
 * does not run; when Amba cannot be asked the answer is 503. A request without an {@code
 * Authorization} header, or with another scheme, passes on anonymous. Session verification and an
 * {@link AmbaUserResolver} are two answers to "who is calling", so a filter takes one of them:
 * {@link #init} fails when both are configured.
 *
 * <p>Misconfiguration (no client anywhere, a missing setting, an unknown init-param) fails {@link
 * #init} with a message naming what to set, so the application does not start half-configured.
 */
public class AmbaFilter implements Filter {

  /** The request attribute holding the {@link AmbaClient}. */
  public static final String CLIENT_ATTRIBUTE = "amba";

  /** The request attribute holding the caller's {@link AmbaUser}, when a resolver found one. */
  public static final String USER_ATTRIBUTE = "ambaUser";

  /**
   * The request attribute holding the caller's {@link dev.amba.auth.VerifiedSession}, when the filter
   * verifies sessions and the request's bearer token passed.
   */
  public static final String SESSION_ATTRIBUTE = "ambaSession";

  /**
   * The {@code ServletContext} attribute a no-arg filter takes its client from: {@code
   * dev.amba.AmbaClient}. The client is also put on each request under this name.
   */
  public static final String CONTEXT_ATTRIBUTE = AmbaClient.class.getName();

  private final AmbaClient givenClient;
  private final AmbaUserResolver givenResolver;
  private final boolean givenVerifySessions;
  private Supplier<Map<String, String>> environment = System::getenv;
  private volatile Active active;

  /** For {@code web.xml} and {@code @WebFilter}: the client is found at {@link #init}. */
  public AmbaFilter() {
    this(null, null, false);
  }

  private AmbaFilter(AmbaClient client, AmbaUserResolver userResolver, boolean verifySessions) {
    this.givenClient = client;
    this.givenResolver = userResolver;
    this.givenVerifySessions = verifySessions;
  }

  /**
   * A filter for the given client, which stays the caller's to close.
   *
   * @param client the client to put on every request
   * @throws NullPointerException if {@code client} is null
   */
  public AmbaFilter(AmbaClient client) {
    this(Objects.requireNonNull(client, "client"), null, false);
  }

  /**
   * A filter for the given client that also attaches the caller's {@link AmbaUser} when {@code
   * userResolver} finds a verified identity.
   *
   * @param client the client to put on every request; it stays the caller's to close
   * @param userResolver finds the caller's Amba uid from the identity the container or the
   *     application verified
   * @throws NullPointerException if an argument is null
   */
  public AmbaFilter(AmbaClient client, AmbaUserResolver userResolver) {
    this(Objects.requireNonNull(client, "client"), Objects.requireNonNull(userResolver, "userResolver"), false);
  }

  /**
   * A filter for the given client that verifies each request's {@code Authorization: Bearer <Amba
   * session token>} with {@code client.auth().verifySession} and attaches {@code asUser(uid)} as
   * {@value #USER_ATTRIBUTE}; a refused token is answered 401 and the chain does not run (see the
   * class documentation).
   *
   * @param client the client to put on every request and to verify sessions with; it needs a server
   *     key (for the user handle) and stays the caller's to close
   * @return a new filter; {@link #init} fails if it is also given {@code user-principal} or {@code
   *     user-session-attribute}
   * @throws NullPointerException if {@code client} is null
   */
  public static AmbaFilter verifyingSessions(AmbaClient client) {
    return new AmbaFilter(Objects.requireNonNull(client, "client"), null, true);
  }

  /**
   * For a {@code @WebFilter} subclass that finds its client at {@link #init} and resolves users in
   * code: {@code public MyFilter() { super(AmbaUserResolver.userPrincipal()); }}.
   *
   * @param userResolver finds the caller's Amba uid; {@link #init} then fails if the init-param
   *     {@code user-principal} or {@code user-session-attribute} is set as well
   * @throws NullPointerException if {@code userResolver} is null
   */
  protected AmbaFilter(AmbaUserResolver userResolver) {
    this(null, Objects.requireNonNull(userResolver, "userResolver"), false);
  }

  /**
   * Adds {@code new AmbaFilter(client)} to a context being initialized (from a {@code
   * ServletContainerInitializer} or {@code ServletContextListener}), mapped to {@code /*} for every
   * dispatch type and async-supported.
   *
   * @param context the context being initialized; after initialization the container refuses new
   *     filters
   * @param client the client to put on every request; it stays the caller's to close
   * @return the registration, for adding a user resolver's init-params or other mappings
   * @throws IllegalStateException if a filter named {@code amba} is already registered
   */
  public static FilterRegistration.Dynamic register(ServletContext context, AmbaClient client) {
    Objects.requireNonNull(context, "context");
    FilterRegistration.Dynamic registration = context.addFilter("amba", new AmbaFilter(client));
    if (registration == null) {
      throw new IllegalStateException("a filter named 'amba' is already registered in this context");
    }
    registration.setAsyncSupported(true);
    registration.addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
    return registration;
  }

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    Objects.requireNonNull(filterConfig, "filterConfig");
    String name = filterConfig.getFilterName();
    try {
      FilterSettings settings = FilterSettings.read(name, filterConfig::getInitParameterNames, filterConfig::getInitParameter);
      AmbaUserResolver resolver = resolver(name, settings);
      boolean verifySessions = givenVerifySessions || settings.verifySession();
      if (verifySessions && resolver != null) {
        // Two sources for one request's user would need a rule for when they disagree (a cookie
        // session for one user, a bearer token for another); refusing the pair needs none.
        throw new IllegalStateException("AmbaFilter '" + name + "' verifies Amba sessions and also has a user resolver"
            + " (user-principal, user-session-attribute or one in code); configure one of them, or use two filters on"
            + " different paths");
      }
      ClientSources.Found found;
      if (givenClient != null) {
        if (settings.hasClientSettings()) {
          throw new IllegalStateException("AmbaFilter '" + name + "' was given a client in code, so its init-params "
              + settings.clientSettingNames() + " would be ignored; remove them");
        }
        found = new ClientSources.Found(givenClient, false, "the constructor");
      } else {
        found = ClientSources.find(name, settings, filterConfig.getServletContext(), environment.get(),
            AmbaFilter.class.getClassLoader());
      }
      if ((resolver != null || verifySessions) && found.client().settings().serverKey().isEmpty()) {
        if (found.owned()) {
          found.client().close();
        }
        throw new IllegalStateException("AmbaFilter '" + name + "' " + (verifySessions ? "verifies sessions" : "resolves users")
            + ", which needs a server key for the user handle, but the client from " + found.source()
            + " has none: set AMBA_SERVER_KEY (or amba.server-key with amba-cdi)");
      }
      active = new Active(found.client(), found.owned(), resolver, verifySessions,
          AmbaFilter.class.getName() + '.' + name + ".applied");
    } catch (RuntimeException e) {
      throw new ServletException(e.getMessage(), e);
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Active current = active;
    if (current == null) {
      throw new ServletException("AmbaFilter is not initialized, or was destroyed");
    }
    // Attributes survive forwards, includes and async dispatches of the same request, so the marker
    // alone keeps the work to one pass per request, on whichever thread carries it.
    if (request.getAttribute(current.marker()) == null) {
      request.setAttribute(current.marker(), Boolean.TRUE);
      request.setAttribute(CLIENT_ATTRIBUTE, current.client());
      request.setAttribute(CONTEXT_ATTRIBUTE, current.client());
      if (current.resolver() != null && request instanceof HttpServletRequest http) {
        attachUser(current, http);
      }
      if (current.verifySessions() && request instanceof HttpServletRequest http
          && !attachSession(current, http, response)) {
        return;
      }
    }
    chain.doFilter(request, response);
  }

  @Override
  public void destroy() {
    Active current = active;
    active = null;
    if (current != null && current.owned()) {
      current.client().close();
    }
  }

  @Override
  public String toString() {
    Active current = active;
    return "AmbaFilter{" + (current == null ? "not initialized" : current.client().toString()) + '}';
  }

  /** Tests read variables from a map instead of the process environment. */
  void environment(Supplier<Map<String, String>> environment) {
    this.environment = Objects.requireNonNull(environment);
  }

  private AmbaUserResolver resolver(String name, FilterSettings settings) {
    AmbaUserResolver fromParams = null;
    if (settings.userPrincipal()) {
      fromParams = AmbaUserResolver.userPrincipal();
    }
    if (settings.userSessionAttribute() != null) {
      if (fromParams != null) {
        throw new IllegalStateException("AmbaFilter '" + name
            + "': set either user-principal or user-session-attribute, not both");
      }
      fromParams = AmbaUserResolver.sessionAttribute(settings.userSessionAttribute());
    }
    if (fromParams != null && givenResolver != null) {
      throw new IllegalStateException("AmbaFilter '" + name
          + "' was given a user resolver in code; remove the init-param user-principal or user-session-attribute");
    }
    return givenResolver != null ? givenResolver : fromParams;
  }

  private static void attachUser(Active current, HttpServletRequest request) throws ServletException {
    Optional<String> uid = current.resolver().resolve(VerifiedIdentity.of(request));
    if (uid == null || uid.isEmpty()) {
      return;
    }
    AmbaUser user;
    try {
      user = current.client().asUser(uid.get());
    } catch (IllegalArgumentException e) {
      // The value is an identity from the application (often an email), so it stays out of the message.
      throw new ServletException("the AmbaUserResolver returned a value that is not an Amba uid ("
          + e.getMessage() + "); map the verified identity to the user's Amba id in a custom resolver", e);
    }
    request.setAttribute(USER_ATTRIBUTE, user);
  }

  /** Attaches the verified caller, or answers the request; false when it was answered. */
  private static boolean attachSession(Active current, HttpServletRequest request, ServletResponse response)
      throws IOException {
    BearerSessions.Outcome outcome = BearerSessions.verify(current.client(), request);
    if (outcome instanceof BearerSessions.Verified verified) {
      request.setAttribute(SESSION_ATTRIBUTE, verified.session());
      request.setAttribute(USER_ATTRIBUTE, current.client().asUser(verified.session().userId()));
      return true;
    }
    if (outcome instanceof BearerSessions.Refused refused) {
      if (response instanceof HttpServletResponse http) {
        BearerSessions.answer(http, refused);
      }
      return false;
    }
    return true;
  }

  private record Active(AmbaClient client, boolean owned, AmbaUserResolver resolver, boolean verifySessions,
      String marker) {}
}
