package dev.amba.groups;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.TextArguments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group to create: public, for up to 100 members, without metadata unless set. Its creator (or,
 * for an admin create, the owner named there) becomes its owner in the same step. Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * Group club = amba.asUser(uid).groups().create(NewGroup.named("Chess club").maxMembers(20));
 * }</pre>
 */
public final class NewGroup extends GroupFields<NewGroup> {

  static {
    WireForms.register(NewGroup.class, NewGroup::fields);
  }

  private NewGroup(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A public group for up to 100 members, with this name.
   *
   * @param name the name shown to users, 1..128 characters, not blank
   * @return the group, ready to create
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public static NewGroup named(String name) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", TextArguments.name(name));
    return new NewGroup(f);
  }

  @Override
  NewGroup make(Map<String, Object> changed) {
    return new NewGroup(changed);
  }
}
