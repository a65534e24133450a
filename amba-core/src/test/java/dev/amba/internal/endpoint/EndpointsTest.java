package dev.amba.internal.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointsTest {

  @Test
  void path_encodesEachArgumentInTemplateOrder() {
    assertThat(Endpoints.COLLECTIONS_GET.path("notes", "a b/c")).isEqualTo("/v1/client/collections/notes/a%20b%2Fc");
    assertThat(Endpoints.ADMIN_PUSH_CAMPAIGNS_SEND.path("p_1", "c_1"))
        .isEqualTo("/v1/admin/projects/p_1/push/campaigns/c_1/send");
    assertThat(Endpoints.HEALTH.path()).isEqualTo("/health");
  }

  @Test
  void path_refusesDotSegmentsNamingTheTemplateParameter() {
    assertThatThrownBy(() -> Endpoints.ADMIN_CONFIG_GET.path("p_1", ".."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key").hasMessageContaining("'..'");
    assertThatThrownBy(() -> Endpoints.MEDIA_GET.path("a\uD800"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assetId");
  }

  @Test
  void path_refusesTheWrongNumberOfArguments() {
    assertThatThrownBy(() -> Endpoints.COLLECTIONS_GET.path("notes")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyEndpoint_isDeclaredOnce_andItsRetryRuleFitsItsMethod() {
    assertThat(Endpoints.all()).extracting(Endpoint::name).doesNotHaveDuplicates();
    assertThat(Endpoints.all()).extracting(e -> e.method() + " " + e.template()).doesNotHaveDuplicates();
    for (Endpoint e : Endpoints.all()) {
      assertThat(e.retry() == Retry.METHOD).as(e.name()).isEqualTo(Endpoint.idempotentMethod(e.method()));
      if (e.credential() == Credential.SERVER_KEY) {
        assertThat(e.params()).as(e.name()).startsWith("projectId");
      }
    }
  }

  @Test
  void aDeclarationThatCouldActTwice_isRefused() {
    assertThatThrownBy(() -> new Endpoint("x", "POST", "/v1/x", Credential.NONE, Retry.METHOD, Shape.ITEM, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Endpoint("x", "GET", "/v1/admin/{name}", Credential.SERVER_KEY, Retry.METHOD,
        Shape.ITEM, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
