package dev.amba.examples.webhook;

import dev.amba.stores.StoreFront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** The shop as the signed-in caller sees it: Amba's store, its listings and their coin prices. */
@Path("shop")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShopResource {

  /** @param priceCoins what checkout charges: the shop's own price where it has one, else the catalog's */
  public record Listing(String item, String name, String type, Long priceCoins) {}

  public record Front(String name, List<Listing> listings) {}

  @GET
  public Front shop(@Context HttpServletRequest request) {
    // Stores are read as the user: a store can be limited to a segment of users.
    StoreFront front = Sessions.currentUser(request).stores().get(Shop.STORE);
    return new Front(front.store().name(), front.listings().stream()
        .filter(l -> l.item() != null)
        .map(l -> new Listing(l.item().key(), l.item().name(), l.item().itemType().value(),
            l.price(Shop.COINS).map(BigDecimal::longValueExact).orElse(null)))
        .toList());
  }
}
