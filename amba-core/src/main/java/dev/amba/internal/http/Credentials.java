package dev.amba.internal.http;

import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.util.Secrets;
import java.net.http.HttpRequest;

/** The configured keys, and the one place where they become headers. */
public final class Credentials {

  private final String clientKey;
  private final String serverKey;
  private final String bearerServerKey;
  private final String bearerPat;

  public Credentials(String clientKey, String serverKey, String pat) {
    this.clientKey = clientKey;
    this.serverKey = serverKey;
    this.bearerServerKey = serverKey == null ? null : "Bearer " + serverKey;
    this.bearerPat = pat == null ? null : "Bearer " + pat;
  }

  public boolean hasServerKey() {
    return serverKey != null;
  }

  public boolean hasPat() {
    return bearerPat != null;
  }

  void apply(Scope scope, HttpRequest.Builder request) {
    if (scope instanceof Scope.OnBehalfOf obo) {
      request.header(Headers.API_KEY, clientKey);
      request.header(Headers.AUTHORIZATION, bearerServerKey);
      request.header(Headers.ON_BEHALF_OF, obo.uid());
    } else if (scope instanceof Scope.Session session) {
      request.header(Headers.API_KEY, clientKey);
      request.header(Headers.AUTHORIZATION, "Bearer " + session.token());
    } else if (scope instanceof Scope.Admin) {
      request.header(Headers.AUTHORIZATION, bearerServerKey);
    } else if (scope instanceof Scope.Developer) {
      request.header(Headers.AUTHORIZATION, bearerPat);
    } else if (scope instanceof Scope.ClientKey) {
      request.header(Headers.API_KEY, clientKey);
    }
  }

  @Override
  public String toString() {
    return "Credentials{clientKey=" + Secrets.redact(clientKey) + ", serverKey="
        + (serverKey == null ? "none" : Secrets.redact(serverKey)) + ", pat="
        + (bearerPat == null ? "none" : "****") + '}';
  }
}
