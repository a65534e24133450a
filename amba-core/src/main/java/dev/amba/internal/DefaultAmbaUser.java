package dev.amba.internal;

import dev.amba.AmbaUser;
import dev.amba.RequestOptions;
import dev.amba.events.UserEvents;
import dev.amba.users.CurrentUser;
import java.util.Objects;

/** The acting-user view: three references, built per request at no cost. */
final class DefaultAmbaUser implements AmbaUser {

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;

  DefaultAmbaUser(ClientRuntime runtime, String uid, RequestOptions options) {
    this.runtime = runtime;
    this.scope = Scope.onBehalfOf(uid);
    this.options = options;
  }

  @Override
  public String uid() {
    return ((Scope.OnBehalfOf) scope).uid();
  }

  @Override
  public CurrentUser users() {
    return new UserProfile(runtime, scope, options);
  }

  @Override
  public UserEvents events() {
    return new ClientEvents(runtime, scope, options);
  }

  @Override
  public AmbaUser withOptions(RequestOptions more) {
    return new DefaultAmbaUser(runtime, uid(), options.merge(Objects.requireNonNull(more, "options")));
  }

  @Override
  public String toString() {
    return "AmbaUser{uid=" + uid() + ", projectId=" + runtime.config.projectId() + '}';
  }
}
