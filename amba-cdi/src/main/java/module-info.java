/** CDI integration: an application-scoped {@code AmbaClient} built from MicroProfile Config. */
module dev.amba.cdi {
  requires transitive dev.amba.core;
  requires transitive jakarta.cdi;
  requires org.eclipse.microprofile.config;

  exports dev.amba.cdi;

  // The container calls the extension's package-private observer methods by reflection.
  opens dev.amba.cdi;

  provides jakarta.enterprise.inject.spi.Extension with dev.amba.cdi.AmbaExtension;
}
