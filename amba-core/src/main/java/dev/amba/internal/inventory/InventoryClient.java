package dev.amba.internal.inventory;

import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.InventoryEndpoints;
import dev.amba.internal.util.ModuleNames;
import dev.amba.inventory.InventoryItemView;
import dev.amba.inventory.PurchaseResult;
import dev.amba.inventory.UserInventory;
import dev.amba.inventory.UserInventoryItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InventoryClient implements UserInventory {

  private static final java.lang.reflect.Type ITEMS = Json.parameterized(List.class, InventoryWire.Item.class);

  private final UserCalls calls;

  public InventoryClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<InventoryItemView> list() {
    List<InventoryWire.Item> rows = calls.call(InventoryEndpoints.LIST).data(ITEMS);
    return rows.stream().map(InventoryWire.Item::toView).toList();
  }

  @Override
  public InventoryItemView get(String catalogItemIdOrKey) {
    ModuleNames.uuidOrKey(catalogItemIdOrKey, "catalogItemIdOrKey");
    return calls.call(InventoryEndpoints.GET, catalogItemIdOrKey)
        .<InventoryWire.Item>data(InventoryWire.Item.class).toView();
  }

  @Override
  public PurchaseResult purchase(String catalogItemIdOrKey, String currencyCode) {
    return purchase(calls, catalogItemIdOrKey, currencyCode, null);
  }

  @Override
  public PurchaseResult purchase(String catalogItemIdOrKey, String currencyCode, String storeIdOrKey) {
    // The endpoint's retry rule gives the call its own Idempotency-Key, or keeps the handle's.
    return purchase(calls, catalogItemIdOrKey, currencyCode, storeIdOrKey);
  }

  @Override
  public PurchaseResult purchase(String catalogItemIdOrKey, String currencyCode, String storeIdOrKey,
      String idempotencyKey) {
    return purchase(keyed(idempotencyKey), catalogItemIdOrKey, currencyCode, storeIdOrKey);
  }

  private static PurchaseResult purchase(UserCalls through, String catalogItemIdOrKey, String currencyCode,
      String storeIdOrKey) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("catalog_item_id", ModuleNames.uuidOrKey(catalogItemIdOrKey, "catalogItemIdOrKey"));
    body.put("currency_code", ModuleNames.key(currencyCode, "currencyCode"));
    if (storeIdOrKey != null) {
      body.put("store_id", ModuleNames.uuidOrKey(storeIdOrKey, "storeIdOrKey"));
    }
    return through.call(InventoryEndpoints.PURCHASE).body(body)
        .<InventoryWire.Purchase>data(InventoryWire.Purchase.class).toPublic();
  }

  @Override
  public UserInventoryItem consume(String catalogItemIdOrKey, int quantity) {
    return consume(calls, catalogItemIdOrKey, quantity);
  }

  @Override
  public UserInventoryItem consume(String catalogItemIdOrKey, int quantity, String idempotencyKey) {
    return consume(keyed(idempotencyKey), catalogItemIdOrKey, quantity);
  }

  private static UserInventoryItem consume(UserCalls through, String catalogItemIdOrKey, int quantity) {
    ModuleNames.uuidOrKey(catalogItemIdOrKey, "catalogItemIdOrKey");
    Map<String, Object> body = Map.of("quantity", InventoryArguments.quantity(quantity, "quantity"));
    return through.call(InventoryEndpoints.CONSUME, catalogItemIdOrKey).body(body)
        .<InventoryWire.Item>data(InventoryWire.Item.class).toItem();
  }

  /** This handle with the caller's key, which then goes on every attempt instead of one of the SDK's. */
  private UserCalls keyed(String idempotencyKey) {
    return new UserCalls(calls.runtime(), calls.scope(), calls.options().withIdempotencyKey(idempotencyKey));
  }
}
