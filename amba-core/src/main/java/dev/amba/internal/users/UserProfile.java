package dev.amba.internal.users;

import dev.amba.RequestOptions;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.UserEndpoints;
import dev.amba.internal.http.Scope;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserUsers;
import java.util.Objects;

public final class UserProfile implements UserUsers {

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;

  public UserProfile(ClientRuntime runtime, Scope scope, RequestOptions options) {
    this.runtime = runtime;
    this.scope = scope;
    this.options = options;
  }

  @Override
  public AppUser me() {
    return runtime.api.call(UserEndpoints.ME, scope, options).data(AppUser.class);
  }

  @Override
  public AppUser update(ProfileUpdate update) {
    Objects.requireNonNull(update, "update");
    if (WireForms.of(update).isEmpty()) {
      throw new IllegalArgumentException("update: set at least one field");
    }
    return runtime.api.call(UserEndpoints.ME_UPDATE, scope, options).body(WireForms.of(update)).data(AppUser.class);
  }
}
