package dev.amba.internal.users;

import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.UserEndpoints;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserUsers;
import java.util.Objects;

public final class UserProfile implements UserUsers {

  private final UserCalls calls;

  public UserProfile(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public AppUser me() {
    return calls.call(UserEndpoints.ME).data(AppUser.class);
  }

  @Override
  public AppUser update(ProfileUpdate update) {
    Objects.requireNonNull(update, "update");
    if (WireForms.of(update).isEmpty()) {
      throw new IllegalArgumentException("update: set at least one field");
    }
    return calls.call(UserEndpoints.ME_UPDATE).body(WireForms.of(update)).data(AppUser.class);
  }
}
