package dev.amba.internal;

import dev.amba.OffsetPage;
import dev.amba.RequestOptions;
import dev.amba.users.AppUser;
import dev.amba.users.UserQuery;
import dev.amba.users.Users;
import java.util.Objects;
import java.util.stream.Stream;

final class AdminUsers implements Users {

  private final ClientRuntime runtime;
  private final RequestOptions options;

  AdminUsers(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public AppUser get(String userId) {
    UserIds.check(userId, "userId");
    return runtime.api.call("GET", Routes.adminUser(runtime.config.projectId(), userId), Scope.ADMIN, options)
        .data(AppUser.class);
  }

  @Override
  public OffsetPage<AppUser> list(UserQuery query) {
    Objects.requireNonNull(query, "query");
    return runtime.api.call("GET", Routes.adminUsers(runtime.config.projectId()), Scope.ADMIN, options)
        .query("limit", query.limit())
        .query("offset", query.offset())
        .query("search", query.searchText().orElse(null))
        .query("segment_id", query.segment().orElse(null))
        .offsetPage(AppUser.class);
  }

  @Override
  public Stream<AppUser> listAll(UserQuery query) {
    Objects.requireNonNull(query, "query");
    return Paging.offsetStream(query.offset(), offset -> list(query.offset(offset)));
  }
}
