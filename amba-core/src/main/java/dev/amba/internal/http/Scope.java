package dev.amba.internal.http;

/**
 * Whose authority a request carries. The on-behalf-of strategy of amba-api.md section 2.1 is
 * applied in {@link Credentials#apply} and nowhere else.
 */
public sealed interface Scope {

  /** No credentials ({@code /health}). */
  Scope NONE = new Anonymous();

  /** The client key alone: sign-ups, anonymous config. */
  Scope CLIENT_KEY = new ClientKey();

  /** The server key: the admin plane. */
  Scope ADMIN = new Admin();

  /** The developer PAT: the admin routes that refuse server keys. */
  Scope DEVELOPER = new Developer();

  static Scope onBehalfOf(String uid) {
    return new OnBehalfOf(uid);
  }

  /** An end user's own session token with the client key (amba-api.md section 2, "end-user session"). */
  static Scope session(String token) {
    return new Session(token);
  }

  record Anonymous() implements Scope {}

  record ClientKey() implements Scope {}

  record Admin() implements Scope {}

  record Developer() implements Scope {}

  record OnBehalfOf(String uid) implements Scope {}

  /** The token is a secret: {@link #toString()} never shows it. */
  record Session(String token) implements Scope {
    @Override
    public String toString() {
      return "Session[token=****]";
    }
  }
}
