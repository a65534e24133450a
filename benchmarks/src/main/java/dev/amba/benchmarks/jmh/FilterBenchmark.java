package dev.amba.benchmarks.jmh;

import dev.amba.AmbaClient;
import dev.amba.benchmarks.Fixtures;
import dev.amba.servlet.AmbaFilter;
import dev.amba.servlet.AmbaUserResolver;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code AmbaFilter.doFilter} on a fresh request each time (its work is once per request). The
 * filter's cost is {@code filter} minus {@code withoutFilter}: both make the same request object
 * and call the same chain.
 */
@State(Scope.Benchmark)
public class FilterBenchmark {

  /** Never called: the request overrides everything the filter and the resolver use. */
  private static final HttpServletRequest UNUSED = (HttpServletRequest) Proxy.newProxyInstance(
      FilterBenchmark.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
      (proxy, method, args) -> {
        throw new UnsupportedOperationException("the benchmark request does not support " + method.getName());
      });

  private static final ServletResponse RESPONSE = (ServletResponse) Proxy.newProxyInstance(
      FilterBenchmark.class.getClassLoader(), new Class<?>[] {ServletResponse.class},
      (proxy, method, args) -> {
        throw new UnsupportedOperationException(method.getName());
      });

  private static final FilterChain CHAIN = (request, response) -> {};

  private AmbaClient client;
  private AmbaFilter filter;
  private AmbaFilter resolvingFilter;
  private Principal principal;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    client = Fixtures.client("http://127.0.0.1:9");
    filter = new AmbaFilter(client);
    filter.init(new Config("amba"));
    resolvingFilter = new AmbaFilter(client, AmbaUserResolver.userPrincipal());
    resolvingFilter.init(new Config("amba-users"));
    String uid = new String(Fixtures.UID);
    principal = () -> uid;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    filter.destroy();
    resolvingFilter.destroy();
    client.close();
  }

  @Benchmark
  public Object withoutFilter() throws Exception {
    Request request = new Request(null);
    CHAIN.doFilter(request, RESPONSE);
    return request;
  }

  @Benchmark
  public Object filter() throws Exception {
    Request request = new Request(null);
    filter.doFilter(request, RESPONSE, CHAIN);
    return request;
  }

  /** With a resolver that attaches {@code asUser(principal)} as well. */
  @Benchmark
  public Object filterResolvingUser() throws Exception {
    Request request = new Request(principal);
    resolvingFilter.doFilter(request, RESPONSE, CHAIN);
    return request;
  }

  /** A request as containers keep it: attributes in a HashMap, an optional authenticated principal. */
  static final class Request extends HttpServletRequestWrapper {
    private final Map<String, Object> attributes = new HashMap<>();
    private final Principal user;

    Request(Principal user) {
      super(UNUSED);
      this.user = user;
    }

    @Override
    public Object getAttribute(String name) {
      return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
      if (value == null) {
        attributes.remove(name);
      } else {
        attributes.put(name, value);
      }
    }

    @Override
    public void removeAttribute(String name) {
      attributes.remove(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
      return Collections.enumeration(attributes.keySet());
    }

    @Override
    public Principal getUserPrincipal() {
      return user;
    }
  }

  /** A filter declaration without init-params. */
  private record Config(String name) implements FilterConfig {
    @Override
    public String getFilterName() {
      return name;
    }

    @Override
    public ServletContext getServletContext() {
      return null;
    }

    @Override
    public String getInitParameter(String param) {
      return null;
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
      return Collections.emptyEnumeration();
    }
  }
}
