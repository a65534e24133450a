package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Puts the shop's definitions in place when the application starts, before the first request. A
 * project Amba cannot reach stops the deployment here, with the cause in the server's log, rather
 * than failing the first customer's checkout.
 */
@ApplicationScoped
public class ShopBoot {

  @Inject AmbaClient amba;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Shop.ensure(amba);
  }
}
