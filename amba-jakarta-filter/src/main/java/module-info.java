/** A Jakarta Servlet filter that puts the Amba client on every request. */
module dev.amba.servlet {
  requires transitive dev.amba.core;
  requires transitive jakarta.servlet;
  // Optional at run time: the filter asks CDI for a client only when a container is there.
  requires static jakarta.cdi;

  exports dev.amba.servlet;
}
