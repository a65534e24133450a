package dev.amba.internal.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointsTest {

  @Test
  void path_encodesEachArgumentInTemplateOrder() {
    assertThat(CollectionEndpoints.GET.path("notes", "a b/c")).isEqualTo("/v1/client/collections/notes/a%20b%2Fc");
    assertThat(PushEndpoints.ADMIN_CAMPAIGNS_SEND.path("p_1", "c_1"))
        .isEqualTo("/v1/admin/projects/p_1/push/campaigns/c_1/send");
    assertThat(HealthEndpoints.CHECK.path()).isEqualTo("/health");
  }

  @Test
  void path_refusesDotSegmentsNamingTheTemplateParameter() {
    assertThatThrownBy(() -> ConfigEndpoints.ADMIN_GET.path("p_1", ".."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key").hasMessageContaining("'..'");
    assertThatThrownBy(() -> StorageEndpoints.MEDIA_GET.path("a\uD800"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assetId");
  }

  @Test
  void path_refusesTheWrongNumberOfArguments() {
    assertThatThrownBy(() -> CollectionEndpoints.GET.path("notes")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyEndpoint_isDeclaredOnce_andItsRetryRuleFitsItsMethod() {
    assertThat(Endpoints.all()).extracting(Endpoint::name).doesNotHaveDuplicates();
    assertThat(Endpoints.all()).extracting(e -> e.method() + " " + e.template()).doesNotHaveDuplicates();
    for (Endpoint e : Endpoints.all()) {
      assertThat(e.retry() == Retry.METHOD).as(e.name()).isEqualTo(Endpoint.idempotentMethod(e.method()));
      if (e.credential() == Credential.SERVER_KEY || e.credential() == Credential.ADMIN_PAT) {
        assertThat(e.params()).as(e.name()).startsWith("projectId");
      }
    }
  }

  @Test
  void join_keepsTheAreasOrder_andRefusesAnEndpointDeclaredTwice_inOneAreaOrAcrossTwo() {
    Declarations one = new Declarations();
    one.declare("x.get", "GET", "/v1/x", Credential.NONE, Retry.METHOD, Shape.ITEM);
    Declarations other = new Declarations();
    other.declare("y.get", "GET", "/v1/x", Credential.NONE, Retry.METHOD, Shape.ITEM);
    Declarations sameName = new Declarations();
    sameName.declare("x.get", "GET", "/v1/y", Credential.NONE, Retry.METHOD, Shape.ITEM);
    sameName.declare("x.get", "GET", "/v1/z", Credential.NONE, Retry.METHOD, Shape.ITEM);

    assertThatThrownBy(() -> Declarations.join(one, other))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("declared twice: y.get");
    assertThatThrownBy(() -> Declarations.join(sameName))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("declared twice: x.get (GET /v1/z)");
    Declarations distinct = new Declarations();
    distinct.declare("y.get", "GET", "/v1/y", Credential.NONE, Retry.METHOD, Shape.ITEM);
    assertThat(Declarations.join(distinct, one)).extracting(Endpoint::name).containsExactly("y.get", "x.get");
  }

  @Test
  void aDeclarationThatCouldActTwice_isRefused() {
    assertThatThrownBy(() -> new Endpoint("x", "POST", "/v1/x", Credential.NONE, Retry.METHOD, Shape.ITEM, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Endpoint("x", "GET", "/v1/admin/{name}", Credential.SERVER_KEY, Retry.METHOD,
        Shape.ITEM, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
