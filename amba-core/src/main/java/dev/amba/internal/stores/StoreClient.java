package dev.amba.internal.stores;

import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.StoreEndpoints;
import dev.amba.internal.util.TextArguments;
import dev.amba.stores.Store;
import dev.amba.stores.StoreFront;
import dev.amba.stores.UserStores;
import java.util.List;

public final class StoreClient implements UserStores {

  private static final java.lang.reflect.Type STORES = Json.parameterized(List.class, Store.class);

  private final UserCalls calls;

  public StoreClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<Store> list() {
    List<Store> stores = calls.call(StoreEndpoints.LIST).data(STORES);
    return List.copyOf(stores);
  }

  @Override
  public StoreFront get(String idOrKey) {
    TextArguments.pathValue(idOrKey, "idOrKey");
    return calls.call(StoreEndpoints.GET, idOrKey).<StoreWire.Front>data(StoreWire.Front.class).toPublic();
  }
}
