package dev.amba.testkit.internal;

/** One area of the API (users, events, ...) adding its routes to the route table. */
public interface RouteModule {
  void register(RouteTable routes);
}
