package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.AuthEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.Passwords;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.store.SessionStore.Session;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Sign-up and sign-in (amba-api.md section 9): the routes that mint sessions. */
public final class AuthRoutes implements RouteModule {
  static final int MIN_PASSWORD = 8;
  // Bounded so nobody can make PBKDF2 chew on megabytes.
  public static final int MAX_PASSWORD = 1024;
  public static final int MAX_EMAIL = 320;
  // Deliberately loose: one @, something on both sides, no spaces. Real checks need a mail.
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private final Stores stores;

  public AuthRoutes(Stores stores) {
    this.stores = stores;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(AuthEndpoints.ANONYMOUS, this::anonymous);
    routes.on(AuthEndpoints.EMAIL_SIGNUP, this::signup);
    routes.on(AuthEndpoints.EMAIL_LOGIN, this::login);
  }

  private ApiResponse anonymous(ApiRequest request, Caller caller) throws SQLException {
    // The body carries nothing the emulator needs, but when present it must still be JSON.
    request.jsonObjectOrEmpty();
    UserRow user = stores.users().createAnonymous(caller.projectId());
    Session session = stores.sessions().create(caller.projectId(), user.id());
    return ApiResponse.created(UserJson.session(session, user));
  }

  private ApiResponse signup(ApiRequest request, Caller caller) throws SQLException {
    Credentials credentials = credentials(request.jsonObject());
    if (!EMAIL.matcher(credentials.email()).matches()) {
      throw FieldErrors.single("email", "is not an email address");
    }
    if (credentials.password().length() < MIN_PASSWORD) {
      throw ApiException.badRequest("weak_password",
          "the password must have at least " + MIN_PASSWORD + " characters");
    }
    Optional<UserRow> created = stores.users().createWithEmail(
        caller.projectId(), credentials.email(), Passwords.hash(credentials.password()));
    UserRow user = created.orElseThrow(() -> new ApiException(
        409, "user_exists", "a user with this email already exists"));
    Session session = stores.sessions().create(caller.projectId(), user.id());
    return ApiResponse.created(UserJson.session(session, user));
  }

  private ApiResponse login(ApiRequest request, Caller caller) throws SQLException {
    Credentials credentials = credentials(request.jsonObject());
    Optional<UserRow> user = stores.users().findByEmail(caller.projectId(), credentials.email());
    // One answer for "no such user" and "wrong password": the difference would leak who signed up.
    if (user.isEmpty() || !Passwords.matches(credentials.password(), user.get().passwordHash())) {
      throw ApiException.unauthorized("invalid_credentials", "wrong email or password");
    }
    Session session = stores.sessions().create(caller.projectId(), user.get().id());
    return ApiResponse.ok(UserJson.session(session, user.get()));
  }

  private record Credentials(String email, String password) {}

  private static Credentials credentials(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    String email = JsonFields.string(body, "email", true, errors);
    String password = JsonFields.string(body, "password", true, errors);
    if (email != null) {
      // Emails compare case-insensitively: Ann@x.io and ann@x.io are one account. Lower-casing
      // can lengthen a string, so the limit applies to the normalised form that gets stored.
      email = email.trim().toLowerCase(Locale.ROOT);
    }
    if (email != null && email.length() > MAX_EMAIL) {
      errors.add("email", "must have at most " + MAX_EMAIL + " characters");
    }
    if (password != null && password.length() > MAX_PASSWORD) {
      errors.add("password", "must have at most " + MAX_PASSWORD + " characters");
    }
    errors.throwIfAny();
    return new Credentials(email, password);
  }
}
