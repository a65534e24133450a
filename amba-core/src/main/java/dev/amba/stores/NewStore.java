package dev.amba.stores;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A store to create: active, seen by every user unless a segment is set, without listings until
 * {@link ProjectStores#addListing} adds them. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * Store shop = amba.stores().create(NewStore.named("Gem shop").key("gem_shop"));
 * }</pre>
 */
public final class NewStore extends StoreFields<NewStore> {

  static {
    WireForms.register(NewStore.class, NewStore::fields);
  }

  private NewStore(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An active store for every user, with this name.
   *
   * @param name the name shown to users, 1..128 characters, not blank
   * @return the store, ready for {@link ProjectStores#create}
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public static NewStore named(String name) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", TextArguments.name(name));
    return new NewStore(f);
  }

  /**
   * A key, unique in the project and never changed ({@code ^[a-z][a-z0-9_]*$}, 1..64 characters),
   * which client paths can name instead of the id. Without one the store is reached by id alone.
   *
   * @param key the store's key
   * @return a copy with the key set
   * @throws IllegalArgumentException when {@code key} breaks the key rule
   */
  public NewStore key(String key) {
    return with("key", ModuleNames.key(key, "key"));
  }

  @Override
  NewStore make(Map<String, Object> changed) {
    return new NewStore(changed);
  }
}
