package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.endpoint.Credential;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.endpoint.Endpoints;
import dev.amba.internal.endpoint.Retry;
import dev.amba.internal.endpoint.Shape;
import dev.amba.internal.endpoint.StorageEndpoints;
import dev.amba.testkit.internal.Access;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.routes.Routes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK's endpoint table and the emulator's routes are one declaration: every endpoint is served
 * exactly once with the access rule its credential maps to, no route exists outside the table, and
 * over the wire each credential's endpoints refuse a call without it.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EndpointContractTest {

  /** The emulator's table, built without stores: registering routes touches none. */
  private static RouteTable emulatorRoutes() {
    return Routes.standard(null, new dev.amba.testkit.internal.EmulatorClock(Clock.systemUTC()), null);
  }

  /** The mismatches between a table of endpoints and a route table; empty when they agree. */
  static List<String> mismatches(List<Endpoint> endpoints, RouteTable table) {
    List<String> out = new ArrayList<>();
    for (Endpoint e : endpoints) {
      List<RouteTable.Route> served = table.routes().stream()
          .filter(r -> r.method().equals(e.method()) && r.pattern().equals(e.template())).toList();
      if (served.size() != 1) {
        out.add(e + " is served by " + served.size() + " routes");
      } else if (served.get(0).access() != Access.of(e.credential())) {
        out.add(e + " is served with " + served.get(0).access() + ", not " + Access.of(e.credential()));
      }
    }
    for (RouteTable.Route r : table.routes()) {
      boolean declared = endpoints.stream()
          .anyMatch(e -> e.method().equals(r.method()) && e.template().equals(r.pattern()));
      if (!declared) {
        out.add(r.method() + " " + r.pattern() + " is a route outside the endpoint table");
      }
    }
    return out;
  }

  @Test
  void everyEndpoint_isServedOnce_withTheAccessOfItsCredential_andNoRouteIsOutsideTheTable() {
    RouteTable table = emulatorRoutes();

    assertThat(mismatches(Endpoints.all(), table)).isEmpty();
    assertThat(table.routes()).hasSameSizeAs(Endpoints.all());
    assertThat(table.endpoints()).containsExactlyInAnyOrderElementsOf(Endpoints.all());
  }

  @Test
  void anEndpointTheEmulatorDoesNotServe_isReported() {
    // A route no module serves (streaks.list was the example until streaks were built).
    Endpoint missing = new Endpoint("probe.unserved", "GET", "/v1/client/probe-unserved", Credential.ACTING_USER,
        Retry.METHOD, Shape.LIST, false);
    List<Endpoint> withOneMore = new ArrayList<>(Endpoints.all());
    withOneMore.add(missing);

    assertThat(mismatches(withOneMore, emulatorRoutes()))
        .containsExactly(missing + " is served by 0 routes");
    // And a route left out of the table is reported the other way round.
    List<Endpoint> withOneLess = new ArrayList<>(Endpoints.all());
    withOneLess.remove(StorageEndpoints.MEDIA_GET);
    assertThat(mismatches(withOneLess, emulatorRoutes()))
        .containsExactly("GET /v1/client/media/{assetId} is a route outside the endpoint table");
  }

  @Test
  void aPersonalAccessTokenEndpoint_cannotBeServedYet() {
    Endpoint pat = new Endpoint("account.projects", "GET", "/v1/account/projects", Credential.PAT, Retry.METHOD,
        Shape.LIST, false);
    assertThatThrownBy(() -> new RouteTable().on(pat, (request, caller) -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAT");
  }

  @Test
  void overTheWire_everyEndpointRefusesACallWithoutItsCredential(AmbaEmulator emulator) {
    Api api = new Api(emulator);
    EmulatorProject project = emulator.defaultProject();
    for (Endpoint e : Endpoints.all()) {
      String[] args = e.params().stream().map(p -> p.equals("projectId") ? project.projectId() : "x")
          .toArray(String[]::new);
      String path = e.path(args);
      switch (e.credential()) {
        case SERVER_KEY, ADMIN_PAT -> assertRefused(api.call(e.method(), path).send(), e, "invalid_token");
        case CLIENT_KEY, CLIENT_KEY_OPTIONAL_USER -> assertRefused(api.call(e.method(), path).send(), e,
            "invalid_api_key");
        case ACTING_USER -> {
          assertRefused(api.call(e.method(), path).send(), e, "invalid_api_key");
          // The client key alone names no user.
          assertRefused(api.call(e.method(), path).clientKey(project.clientKey()).send(), e, "auth_required");
        }
        // The ping answers a missing key itself: 200, ok false.
        case CLIENT_KEY_PROBE -> assertThat(api.call(e.method(), path).send().status()).as(e.toString()).isEqualTo(200);
        case NONE, PAT -> assertThat(api.call(e.method(), path).send().status()).as(e.toString()).isNotEqualTo(401);
      }
    }
  }

  private static void assertRefused(Api.Response response, Endpoint e, String code) {
    assertThat(response.status()).as(e + ": " + response).isEqualTo(401);
    assertThat(response.code()).as(e + ": " + response).isEqualTo(code);
  }
}
