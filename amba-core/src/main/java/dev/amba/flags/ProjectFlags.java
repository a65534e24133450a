package dev.amba.flags;

import java.util.List;

/** Admin: the project's flags, from {@code amba.flags()} (server key). Paths take the flag's name. */
public interface ProjectFlags {

  /**
   * Adds a flag, disabled unless {@code flag} enables it.
   *
   * @param flag the flag's name and settings
   * @return the flag as stored, with its timestamps
   * @throws NullPointerException if {@code flag} is null
   * @throws dev.amba.AmbaConflictException ({@code flag_exists}) when the name is taken
   */
  Flag create(NewFlag flag);

  /**
   * Every flag, by name.
   *
   * @return every flag of the project, enabled or not; empty when none
   */
  List<Flag> list();

  /**
   * Changes what {@code update} sets.
   *
   * @param name the flag's name: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @param update the settings to change
   * @return the flag as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException when {@code name} breaks its rule or {@code update} sets nothing,
   *     before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no flag of this name
   */
  Flag update(String name, FlagUpdate update);

  /**
   * Removes a flag; users stop receiving it.
   *
   * @param name the flag's name: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @throws IllegalArgumentException if {@code name} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no flag of this name
   */
  void delete(String name);
}
