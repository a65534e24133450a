package dev.amba.testkit.internal.flags;

import dev.amba.internal.endpoint.FlagEndpoints;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Feature flags (amba-api-modules.md 34): kit CRUD by name for admins, and the global evaluation
 * users read (34.2: every user receives the same values, so a flag's assignment is its row).
 *
 * <p>X decisions: names follow M1's key rule and never change (the path names the flag);
 * {@code variant} is 1..128 characters or null; {@code payload} any JSON up to the body limit; the
 * client list holds every flag, disabled ones with {@code enabled: false}, by name; the emulator
 * caches nothing (34.2).
 */
public final class FlagRoutes implements RouteModule {

  static final Resource FLAGS = Resource.in("feature_flags", Owner.PROJECT)
      .field(
          Field.key("name").asRequired().asImmutable(),
          Field.bool("enabled").withDefault(JsonValue.FALSE),
          Field.text("variant").withLength(1, 128),
          Field.json("payload"),
          Field.text("description").withLength(0, 1024))
      .timestamps()
      .key("name")
      .orderBy("name")
      .notFound("not_found", "no flag with this name in the project")
      .conflict("flag_exists", "a flag with this name already exists in the project")
      .build();

  private final Stores stores;
  private final Crud flags;

  public FlagRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.flags = Crud.of(FLAGS, stores, clock);
  }

  @Override
  public List<Resource> resources() {
    return List.of(FLAGS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(FlagEndpoints.LIST, this::assignments);
    routes.on(FlagEndpoints.GET, this::assignment);
    routes.on(FlagEndpoints.ADMIN_CREATE, flags.create());
    routes.on(FlagEndpoints.ADMIN_LIST, flags.list());
    routes.on(FlagEndpoints.ADMIN_UPDATE, flags.update("name"));
    routes.on(FlagEndpoints.ADMIN_DELETE, flags.delete("name", DeleteAnswer.DELETED_MARKER, "name"));
  }

  private ApiResponse assignments(ApiRequest request, Caller caller) throws SQLException {
    caller.requireUser();
    List<Row> rows = stores.db().read(c -> FLAGS.list(c, Scope.project(caller.projectId())));
    JsonArrayBuilder data = JsonIo.array();
    rows.forEach(r -> data.add(assignment(r)));
    return ApiResponse.ok(data.build());
  }

  /** {@code {data: null}} for a flag that is unknown or disabled (34.1). */
  private ApiResponse assignment(ApiRequest request, Caller caller) throws SQLException {
    caller.requireUser();
    String name = request.pathParam("name");
    Optional<Row> row = stores.db().read(c -> FLAGS.find(c, Scope.project(caller.projectId()), name));
    return ApiResponse.ok(row.filter(r -> r.bool("enabled")).<JsonValue>map(FlagRoutes::assignment)
        .orElse(JsonValue.NULL));
  }

  /** FlagAssignment (34.2): the same for every user. */
  private static JsonObject assignment(Row row) {
    return JsonIo.object().add("name", row.string("name")).add("enabled", row.bool("enabled"))
        .add("variant", row.get("variant")).add("payload", row.get("payload")).build();
  }
}
