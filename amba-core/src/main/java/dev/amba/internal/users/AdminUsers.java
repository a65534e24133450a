package dev.amba.internal.users;

import dev.amba.OffsetPage;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.Paging;
import dev.amba.internal.UserIds;
import dev.amba.internal.endpoint.UserEndpoints;
import dev.amba.users.AppUser;
import dev.amba.users.ProjectUsers;
import dev.amba.users.UserQuery;
import java.util.Objects;
import java.util.stream.Stream;

public final class AdminUsers implements ProjectUsers {

  private final ProjectCalls calls;

  public AdminUsers(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public AppUser get(String userId) {
    UserIds.check(userId, "userId");
    return calls.call(UserEndpoints.ADMIN_GET, userId)
        .data(AppUser.class);
  }

  @Override
  public OffsetPage<AppUser> list(UserQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.call(UserEndpoints.ADMIN_LIST)
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
