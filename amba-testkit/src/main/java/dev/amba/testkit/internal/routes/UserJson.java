package dev.amba.testkit.internal.routes;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.store.SessionStore.Session;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.JsonObject;

/** The wire form of users and sessions, shared by the auth and user routes. */
final class UserJson {
  private UserJson() {}

  static JsonObject user(UserRow u) {
    return JsonIo.object()
        .add("id", u.id())
        .add("anonymous_id", JsonIo.string(u.anonymousId()))
        .add("email", JsonIo.string(u.email()))
        .add("display_name", JsonIo.string(u.displayName()))
        .add("avatar_url", JsonIo.string(u.avatarUrl()))
        .add("properties", u.properties())
        .add("timezone", JsonIo.string(u.timezone()))
        .add("created_at", Times.format(u.createdAt()))
        .add("updated_at", Times.format(u.updatedAt()))
        .build();
  }

  static JsonObject session(Session s, UserRow u) {
    return JsonIo.object()
        .add("session_token", s.token())
        .add("refresh_token", s.refreshToken())
        .add("user", user(u))
        .build();
  }
}
