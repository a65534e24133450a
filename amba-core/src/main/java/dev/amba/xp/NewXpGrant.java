package dev.amba.xp;

import dev.amba.internal.WireForms;
import dev.amba.internal.xp.XpArguments;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An XP grant to create: a key each user may claim once for {@code xpAmount}, optionally only
 * inside a window. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.xp().createGrant(NewXpGrant.of("launch_week", 500).startsAt(monday).endsAt(nextMonday));
 * }</pre>
 */
public final class NewXpGrant {

  static {
    WireForms.register(NewXpGrant.class, NewXpGrant::fields);
  }

  private final Map<String, Object> fields;
  private final Instant startsAt;
  private final Instant endsAt;

  private NewXpGrant(Map<String, Object> fields, Instant startsAt, Instant endsAt) {
    this.fields = fields;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /**
   * A grant of this key, open at once and never closing unless a window is set.
   *
   * @param key 1..64 characters of a-z, 0-9 and _, starting with a letter; unique in the project
   * @param xpAmount XP a claim credits, at least 1
   * @return the grant to create
   * @throws IllegalArgumentException if {@code key} or {@code xpAmount} breaks its rule
   */
  public static NewXpGrant of(String key, int xpAmount) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("key", XpArguments.grantKey(key, "key"));
    f.put("xp_amount", XpArguments.xpAmount(xpAmount, "xpAmount"));
    return new NewXpGrant(Collections.unmodifiableMap(f), null, null);
  }

  /**
   * Claims open at this instant; before it they are refused.
   *
   * @param startsAt when claims open; before {@link #endsAt} when that is set
   * @return a copy with the opening set
   * @throws NullPointerException if {@code startsAt} is null
   * @throws IllegalArgumentException if {@code startsAt} is not before the closing already set
   */
  public NewXpGrant startsAt(Instant startsAt) {
    Objects.requireNonNull(startsAt, "startsAt");
    if (endsAt != null && !endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("startsAt (" + startsAt + ") must be before endsAt (" + endsAt + ")");
    }
    return new NewXpGrant(with("starts_at", startsAt.toString()), startsAt, endsAt);
  }

  /**
   * Claims close at this instant, which must be after {@link #startsAt} when both are set.
   *
   * @param endsAt when claims close
   * @return a copy with the closing set
   * @throws NullPointerException if {@code endsAt} is null
   * @throws IllegalArgumentException if {@code endsAt} is not after the opening already set
   */
  public NewXpGrant endsAt(Instant endsAt) {
    Objects.requireNonNull(endsAt, "endsAt");
    if (startsAt != null && !endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("endsAt (" + endsAt + ") must be after startsAt (" + startsAt + ")");
    }
    return new NewXpGrant(with("ends_at", endsAt.toString()), startsAt, endsAt);
  }

  /**
   * The grant's key, as given to {@link #of}.
   *
   * @return the key users claim the grant by
   */
  public String key() {
    return (String) fields.get("key");
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  private Map<String, Object> with(String name, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put(name, value);
    return Collections.unmodifiableMap(f);
  }

  @Override
  public String toString() {
    return "NewXpGrant" + fields;
  }
}
