package dev.amba.spring;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.convert.DurationUnit;

/**
 * The settings of one Amba client: the default one under {@code amba.*}, a named one under {@code
 * amba.clients.<name>.*}. The keys are amba-cdi's, so one configuration serves both integrations.
 *
 * <p>{@link #toString()} shows no key, token or PAT.
 */
public class AmbaClientProperties {

  /** The Amba project id (required). Environment: AMBA_PROJECT_ID. */
  private String projectId;

  /** The project's client key, sent as X-Api-Key (required). Environment: AMBA_CLIENT_KEY. */
  private String clientKey;

  /**
   * The project's server key, needed for asUser(uid), every admin call and the filter's user
   * resolver. Environment: AMBA_SERVER_KEY.
   */
  private String serverKey;

  /**
   * The developer PAT, for the admin routes that refuse a server key (email and experiments).
   * Environment: AMBA_PAT.
   */
  private String pat;

  /**
   * The API root, without /v1; https://api.amba.dev when unset. A named client without its own
   * falls back to amba.api-url. Environment: AMBA_API_URL.
   */
  private String apiUrl;

  /**
   * How long connecting may take (10s when unset): 10s, 500ms, PT10S, or a bare number of seconds.
   * A named client without its own falls back to amba.connect-timeout.
   */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration connectTimeout;

  /**
   * How long one attempt may take (30s when unset): 30s, 500ms, PT30S, or a bare number of seconds.
   * A named client without its own falls back to amba.request-timeout.
   */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration requestTimeout;

  /**
   * How long auth().verifySession (and the filter's amba.filter.verify-session) trusts a verified
   * session token before asking Amba again (60s when unset; 0 asks every time); a token's own expiry
   * ends it sooner. A named client without its own falls back to amba.session-cache-ttl.
   */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration sessionCacheTtl;

  /** Settings to be bound by Spring Boot; every one is unset at first. */
  public AmbaClientProperties() {}

  /**
   * The project id.
   *
   * @return the value bound from {@code project-id}, or null
   */
  public String getProjectId() {
    return projectId;
  }

  /**
   * Sets the project id.
   *
   * @param projectId the Amba project id
   */
  public void setProjectId(String projectId) {
    this.projectId = projectId;
  }

  /**
   * The client key; treat it as a secret.
   *
   * @return the value bound from {@code client-key}, or null
   */
  public String getClientKey() {
    return clientKey;
  }

  /**
   * Sets the client key.
   *
   * @param clientKey the project's client key
   */
  public void setClientKey(String clientKey) {
    this.clientKey = clientKey;
  }

  /**
   * The server key; treat it as a secret.
   *
   * @return the value bound from {@code server-key}, or null
   */
  public String getServerKey() {
    return serverKey;
  }

  /**
   * Sets the server key.
   *
   * @param serverKey the project's server key
   */
  public void setServerKey(String serverKey) {
    this.serverKey = serverKey;
  }

  /**
   * The developer PAT; treat it as a secret.
   *
   * @return the value bound from {@code pat}, or null
   */
  public String getPat() {
    return pat;
  }

  /**
   * Sets the developer PAT.
   *
   * @param pat the developer PAT
   */
  public void setPat(String pat) {
    this.pat = pat;
  }

  /**
   * The API root.
   *
   * @return the value bound from {@code api-url}, or null
   */
  public String getApiUrl() {
    return apiUrl;
  }

  /**
   * Sets the API root.
   *
   * @param apiUrl an absolute http(s) URL without {@code /v1}
   */
  public void setApiUrl(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  /**
   * The connect timeout.
   *
   * @return the value bound from {@code connect-timeout}, or null
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * The per-attempt request timeout.
   *
   * @return the value bound from {@code request-timeout}, or null
   */
  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  /**
   * Sets the per-attempt request timeout.
   *
   * @param requestTimeout a positive duration
   */
  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  /**
   * The session cache bound.
   *
   * @return the value bound from {@code session-cache-ttl}, or null
   */
  public Duration getSessionCacheTtl() {
    return sessionCacheTtl;
  }

  /**
   * Sets the session cache bound.
   *
   * @param sessionCacheTtl zero or a positive duration
   */
  public void setSessionCacheTtl(Duration sessionCacheTtl) {
    this.sessionCacheTtl = sessionCacheTtl;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{projectId=" + projectId + ", apiUrl=" + apiUrl
        + ", clientKey=" + set(clientKey) + ", serverKey=" + set(serverKey) + ", pat=" + set(pat) + '}';
  }

  private static String set(String secret) {
    return secret == null || secret.isBlank() ? "none" : "set";
  }
}
