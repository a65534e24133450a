package dev.amba.flags;

import java.util.List;
import java.util.Optional;

/** The project's flags as the acting user receives them ({@code amba.asUser(uid).flags()}). */
public interface UserFlags {

  /** Every flag of the project, disabled ones included, by name. */
  List<FlagAssignment> list();

  /**
   * One flag, empty when the project has no flag of this name or it is disabled.
   *
   * @throws IllegalArgumentException when {@code name} is not a flag name, before anything is sent
   */
  Optional<FlagAssignment> get(String name);
}
