package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.endpoint.AuthEndpoints;
import dev.amba.internal.endpoint.ConfigEndpoints;
import dev.amba.internal.endpoint.EventEndpoints;
import dev.amba.internal.endpoint.HealthEndpoints;
import dev.amba.internal.endpoint.UserEndpoints;
import dev.amba.internal.http.Scope;
import org.junit.jupiter.api.Test;

/** The scope of a call follows from its endpoint's credential; a mismatch is an SDK bug, caught. */
class ApiScopeTest {

  @Test
  void credentialsNamingNoUser_deriveTheirScope() {
    assertThat(Api.scopeFor(HealthEndpoints.CHECK, null)).isEqualTo(Scope.NONE);
    assertThat(Api.scopeFor(AuthEndpoints.ANONYMOUS, null)).isEqualTo(Scope.CLIENT_KEY);
    assertThat(Api.scopeFor(UserEndpoints.ADMIN_LIST, null)).isEqualTo(Scope.ADMIN);
    assertThat(Api.scopeFor(ConfigEndpoints.VALUES, null)).isEqualTo(Scope.CLIENT_KEY);
  }

  @Test
  void aUserEndpoint_needsAUser() {
    Scope user = Scope.onBehalfOf("u_1");
    assertThat(Api.scopeFor(EventEndpoints.TRACK, user)).isEqualTo(user);
    assertThat(Api.scopeFor(ConfigEndpoints.VALUES, user)).isEqualTo(user);
    assertThatThrownBy(() -> Api.scopeFor(EventEndpoints.TRACK, null)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Api.scopeFor(EventEndpoints.TRACK, Scope.ADMIN))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Api.scopeFor(UserEndpoints.ADMIN_LIST, user)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSessionScope_servesUserEndpointsOnly_andHidesItsToken() {
    Scope session = Scope.session("amb_sess_secret0123456789");
    assertThat(Api.scopeFor(UserEndpoints.ME, session)).isEqualTo(session);
    assertThatThrownBy(() -> Api.scopeFor(UserEndpoints.ADMIN_LIST, session)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Api.scopeFor(AuthEndpoints.ANONYMOUS, session)).isInstanceOf(IllegalStateException.class);
    assertThat(session.toString()).doesNotContain("secret");
  }
}
