package dev.amba.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Just enough of the Servlet API to drive the filter without a container; the containers
 * themselves are exercised in integration-tests.
 */
final class Fakes {

  private Fakes() {}

  static final class Request {
    final Map<String, Object> attributes = new ConcurrentHashMap<>();
    final Map<String, String> headers = new HashMap<>();
    Principal principal;
    Map<String, Object> session;
    final AtomicInteger sessionsCreated = new AtomicInteger();

    HttpServletRequest proxy() {
      InvocationHandler h = (self, method, args) -> switch (method.getName()) {
        case "getAttribute" -> attributes.get((String) args[0]);
        case "setAttribute" -> {
          if (args[1] == null) {
            attributes.remove((String) args[0]);
          } else {
            attributes.put((String) args[0], args[1]);
          }
          yield null;
        }
        case "removeAttribute" -> attributes.remove((String) args[0]);
        case "getUserPrincipal" -> principal;
        case "isUserInRole" -> principal != null && "member".equals(args[0]);
        case "getHeader" -> headers.get((String) args[0]);
        case "getHeaders" -> Collections.enumeration(
            headers.containsKey((String) args[0]) ? List.of(headers.get((String) args[0])) : List.<String>of());
        case "getParameter" -> null;
        case "getSession" -> session(args == null || (Boolean) args[0]);
        case "getDispatcherType" -> DispatcherType.REQUEST;
        case "toString" -> "FakeRequest";
        case "hashCode" -> System.identityHashCode(self);
        case "equals" -> self == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      };
      return (HttpServletRequest) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
          new Class<?>[] {HttpServletRequest.class}, h);
    }

    private HttpSession session(boolean create) {
      if (session == null) {
        if (!create) {
          return null;
        }
        sessionsCreated.incrementAndGet();
        session = new HashMap<>();
      }
      Map<String, Object> s = session;
      return (HttpSession) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {HttpSession.class},
          (self, method, args) -> switch (method.getName()) {
            case "getAttribute" -> s.get((String) args[0]);
            case "setAttribute" -> s.put((String) args[0], args[1]);
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }
  }

  static final class Context {
    final Map<String, Object> attributes = new HashMap<>();
    final Map<String, Registration> filters = new LinkedHashMap<>();

    ServletContext proxy() {
      return (ServletContext) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {ServletContext.class},
          (self, method, args) -> switch (method.getName()) {
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "addFilter" -> {
              if (filters.containsKey((String) args[0])) {
                yield null;
              }
              Registration r = new Registration((Filter) args[1]);
              filters.put((String) args[0], r);
              yield r.proxy();
            }
            case "toString" -> "FakeContext";
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }
  }

  static final class Registration {
    final Filter filter;
    boolean asyncSupported;
    EnumSet<DispatcherType> dispatcherTypes;
    final List<String> urlPatterns = new ArrayList<>();

    Registration(Filter filter) {
      this.filter = filter;
    }

    @SuppressWarnings("unchecked")
    FilterRegistration.Dynamic proxy() {
      return (FilterRegistration.Dynamic) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
          new Class<?>[] {FilterRegistration.Dynamic.class}, (self, method, args) -> switch (method.getName()) {
            case "setAsyncSupported" -> {
              asyncSupported = (Boolean) args[0];
              yield null;
            }
            case "addMappingForUrlPatterns" -> {
              dispatcherTypes = (EnumSet<DispatcherType>) args[0];
              urlPatterns.addAll(List.of((String[]) args[2]));
              yield null;
            }
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }
  }

  static FilterConfig filterConfig(String name, ServletContext context, Map<String, String> initParams) {
    return new FilterConfig() {
      @Override
      public String getFilterName() {
        return name;
      }

      @Override
      public ServletContext getServletContext() {
        return context;
      }

      @Override
      public String getInitParameter(String key) {
        return initParams.get(key);
      }

      @Override
      public java.util.Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(initParams.keySet());
      }
    };
  }

  static Principal principal(String name) {
    return () -> name;
  }
}
