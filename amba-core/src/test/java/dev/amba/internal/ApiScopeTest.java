package dev.amba.internal;

import dev.amba.internal.http.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.endpoint.Endpoints;
import org.junit.jupiter.api.Test;

/** The scope of a call follows from its endpoint's credential; a mismatch is an SDK bug, caught. */
class ApiScopeTest {

  @Test
  void credentialsNamingNoUser_deriveTheirScope() {
    assertThat(Api.scopeFor(Endpoints.HEALTH, null)).isEqualTo(Scope.NONE);
    assertThat(Api.scopeFor(Endpoints.AUTH_ANONYMOUS, null)).isEqualTo(Scope.CLIENT_KEY);
    assertThat(Api.scopeFor(Endpoints.ADMIN_USERS_LIST, null)).isEqualTo(Scope.ADMIN);
    assertThat(Api.scopeFor(Endpoints.CONFIG_VALUES, null)).isEqualTo(Scope.CLIENT_KEY);
  }

  @Test
  void aUserEndpoint_needsAUser() {
    Scope user = Scope.onBehalfOf("u_1");
    assertThat(Api.scopeFor(Endpoints.EVENTS_TRACK, user)).isEqualTo(user);
    assertThat(Api.scopeFor(Endpoints.CONFIG_VALUES, user)).isEqualTo(user);
    assertThatThrownBy(() -> Api.scopeFor(Endpoints.EVENTS_TRACK, null)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Api.scopeFor(Endpoints.EVENTS_TRACK, Scope.ADMIN))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Api.scopeFor(Endpoints.ADMIN_USERS_LIST, user)).isInstanceOf(IllegalStateException.class);
  }
}
