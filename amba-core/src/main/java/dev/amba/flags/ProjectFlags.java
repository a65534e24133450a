package dev.amba.flags;

import java.util.List;

/** Admin: the project's flags, from {@code amba.flags()} (server key). Paths take the flag's name. */
public interface ProjectFlags {

  /**
   * Adds a flag, disabled unless {@code flag} enables it.
   *
   * @throws dev.amba.AmbaConflictException ({@code flag_exists}) when the name is taken
   */
  Flag create(NewFlag flag);

  /** Every flag, by name. */
  List<Flag> list();

  /**
   * Changes what {@code update} sets.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no flag of this name
   */
  Flag update(String name, FlagUpdate update);

  /** @throws dev.amba.AmbaNotFoundException when the project has no flag of this name */
  void delete(String name);
}
