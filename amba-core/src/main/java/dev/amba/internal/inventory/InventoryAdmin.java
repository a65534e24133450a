package dev.amba.internal.inventory;

import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.endpoint.InventoryEndpoints;
import dev.amba.internal.util.ModuleNames;
import dev.amba.inventory.InventoryItemView;
import dev.amba.inventory.ProjectInventory;
import dev.amba.inventory.UserInventoryItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Users' inventories and grants of items (server key). */
public final class InventoryAdmin implements ProjectInventory {

  private static final java.lang.reflect.Type ITEMS = Json.parameterized(List.class, InventoryWire.Item.class);

  private final ProjectCalls calls;

  public InventoryAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<InventoryItemView> list(String userId) {
    UserIds.check(userId, "userId");
    List<InventoryWire.Item> rows = calls.call(InventoryEndpoints.ADMIN_LIST, userId).data(ITEMS);
    return rows.stream().map(InventoryWire.Item::toView).toList();
  }

  @Override
  public UserInventoryItem grant(String userId, String catalogItemId, int quantity) {
    // The endpoint's retry rule gives the call its own Idempotency-Key, or keeps the handle's.
    return grant(calls, userId, catalogItemId, quantity);
  }

  @Override
  public UserInventoryItem grant(String userId, String catalogItemId, int quantity, String idempotencyKey) {
    ProjectCalls keyed = new ProjectCalls(calls.runtime(), calls.options().withIdempotencyKey(idempotencyKey));
    return grant(keyed, userId, catalogItemId, quantity);
  }

  private static UserInventoryItem grant(ProjectCalls through, String userId, String catalogItemId, int quantity) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("app_user_id", UserIds.check(userId, "userId"));
    body.put("catalog_item_id", ModuleNames.uuid(catalogItemId, "catalogItemId"));
    body.put("quantity", InventoryArguments.quantity(quantity, "quantity"));
    return through.call(InventoryEndpoints.ADMIN_GRANT).body(body)
        .<InventoryWire.Item>data(InventoryWire.Item.class).toItem();
  }
}
