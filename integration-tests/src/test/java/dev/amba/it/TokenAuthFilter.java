package dev.amba.it;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;

/**
 * Stands in for the application's authentication (a container realm, Jakarta Security, a JWT
 * filter): it accepts only tokens it issued itself and exposes the verified user as the request's
 * principal. AmbaFilter reads that principal, never the header.
 */
final class TokenAuthFilter implements Filter {

  private final Map<String, String> uidByToken;

  TokenAuthFilter(Map<String, String> uidByToken) {
    this.uidByToken = uidByToken;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String header = http.getHeader("Authorization");
    String uid = header != null && header.startsWith("Bearer ") ? uidByToken.get(header.substring(7)) : null;
    if (uid == null || http.getUserPrincipal() != null) {
      chain.doFilter(request, response);
      return;
    }
    Principal principal = () -> uid;
    chain.doFilter(new HttpServletRequestWrapper(http) {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public String getRemoteUser() {
        return uid;
      }
    }, response);
  }
}
