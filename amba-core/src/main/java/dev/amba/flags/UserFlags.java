package dev.amba.flags;

import java.util.List;
import java.util.Optional;

/** The project's flags as the acting user receives them ({@code amba.asUser(uid).flags()}). */
public interface UserFlags {

  /**
   * Every flag of the project, disabled ones included, by name.
   *
   * @return each flag's name, switch, variant and payload; empty when the project has none
   */
  List<FlagAssignment> list();

  /**
   * One flag, empty when the project has no flag of this name or it is disabled.
   *
   * @param name the flag's name: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @return the flag's assignment, or empty when there is no such flag or it is disabled
   * @throws IllegalArgumentException when {@code name} is not a flag name, before anything is sent
   */
  Optional<FlagAssignment> get(String name);
}
