package dev.amba.it;

import dev.amba.AmbaClient;
import dev.amba.servlet.AmbaFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The Jetty set-ups the filter tests share: a loopback connector, and the filter registered in code or the web.xml way. */
final class JettyFilters {

  private JettyFilters() {}

  /** A connector on 127.0.0.1 and a free port, added to {@code server}. */
  static ServerConnector loopback(Server server) {
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    return connector;
  }

  /** {@code filter}, async-supported, on every path and dispatch type. */
  static void inCode(ServletContextHandler context, Filter filter) {
    FilterHolder holder = new FilterHolder(filter);
    holder.setAsyncSupported(true);
    context.addFilter(holder, "/*", EnumSet.allOf(DispatcherType.class));
  }

  /**
   * AmbaFilter by class name with one init-param, as web.xml declares it, taking {@code client} from
   * the ServletContext attribute that a listener sets at start-up.
   */
  static void declared(ServletContextHandler context, AmbaClient client, String param, String value) {
    context.addEventListener(new ServletContextListener() {
      @Override
      public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setAttribute(AmbaFilter.CONTEXT_ATTRIBUTE, client);
      }
    });
    FilterHolder byName = new FilterHolder(AmbaFilter.class);
    byName.setInitParameter(param, value);
    byName.setAsyncSupported(true);
    context.addFilter(byName, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
  }
}
