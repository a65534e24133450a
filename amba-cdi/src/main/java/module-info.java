/** CDI integration: an application-scoped {@code AmbaClient} built from MicroProfile Config. */
module dev.amba.cdi {
  requires transitive dev.amba.core;
  requires transitive jakarta.cdi;
  requires org.eclipse.microprofile.config;

  exports dev.amba.cdi;

  // Weld instantiates the extension and calls its methods by reflection, and instantiates the
  // synthetic beans' creator, disposer and observer classes the same way.
  opens dev.amba.cdi;
  opens dev.amba.cdi.internal;

  provides jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension with dev.amba.cdi.AmbaExtension;
}
