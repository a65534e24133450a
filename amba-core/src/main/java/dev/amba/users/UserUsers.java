package dev.amba.users;

/** The acting user's own profile ({@code /v1/client/users/me}). */
public interface UserUsers {

  /**
   * The acting user's profile.
   *
   * @return the user as stored, with its email and properties
   */
  AppUser me();

  /**
   * Changes the given profile fields and returns the user as stored.
   *
   * @param update the fields to change; at least one must be set
   * @return the user as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException if {@code update} sets nothing, before anything is sent
   */
  AppUser update(ProfileUpdate update);
}
