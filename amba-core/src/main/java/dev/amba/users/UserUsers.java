package dev.amba.users;

/** The acting user's own profile ({@code /v1/client/users/me}). */
public interface UserUsers {

  AppUser me();

  /** Changes the given profile fields and returns the user as stored. */
  AppUser update(ProfileUpdate update);
}
