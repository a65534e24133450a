package dev.amba.internal.client;

/**
 * Hands out a namespace object as its public interface without the bytecode verifier loading that
 * interface along with the class that returns it.
 *
 * <p>For {@code ProjectUsers users() { return new AdminUsers(calls); }} the verifier must check
 * that an AdminUsers is a ProjectUsers, and loads ProjectUsers to learn it is an interface. So
 * verifying the client or a user handle loaded its 30-odd namespace interfaces from the jar, in
 * {@code configure()} and in the first {@code asUser(...)}: about a third of configure's time in a
 * fresh JVM. Through this method the value is an Object cast to the interface, and a cast is
 * resolved when it first runs, so each interface is loaded when its namespace is first used.
 */
final class Namespaces {

  private Namespaces() {}

  @SuppressWarnings("unchecked")
  static <T> T handle(Object namespace) {
    return (T) namespace;
  }
}
