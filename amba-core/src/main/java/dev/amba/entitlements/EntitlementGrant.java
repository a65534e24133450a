package dev.amba.entitlements;

import dev.amba.internal.WireForms;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an admin grants (or revokes) for a user. A grant of an id the user already has replaces it
 * and keeps its purchase date. Immutable.
 *
 * <pre>{@code
 * amba.entitlements().grant(uid, EntitlementGrant.active("pro", PurchaseStore.STRIPE)
 *     .productId("pro_monthly").expiresAt(nextMonth));
 * }</pre>
 */
public final class EntitlementGrant {

  static {
    WireForms.register(EntitlementGrant.class, EntitlementGrant::fields);
  }

  private static final int MAX_ID = 128;

  private final Map<String, Object> fields;

  private EntitlementGrant(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** Grants {@code entitlementId}, bought through {@code store} (see {@link PurchaseStore}). */
  public static EntitlementGrant active(String entitlementId, String store) {
    return of(entitlementId, true, store);
  }

  /** Records {@code entitlementId} as no longer active: a revocation that keeps its history. */
  public static EntitlementGrant inactive(String entitlementId, String store) {
    return of(entitlementId, false, store);
  }

  private static EntitlementGrant of(String entitlementId, boolean active, String store) {
    if (entitlementId == null || entitlementId.isEmpty() || entitlementId.length() > MAX_ID
        || !entitlementId.chars().allMatch(EntitlementGrant::idChar)) {
      throw new IllegalArgumentException("entitlementId must be 1.." + MAX_ID + " characters of [A-Za-z0-9_.:-], got "
          + (entitlementId == null ? "null" : '"' + entitlementId + '"'));
    }
    if (store == null || store.isBlank()) {
      throw new IllegalArgumentException("store must not be blank; see PurchaseStore");
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("entitlement_id", entitlementId);
    f.put("is_active", active);
    f.put("store", store);
    return new EntitlementGrant(Collections.unmodifiableMap(f));
  }

  public EntitlementGrant productId(String productId) {
    if (productId == null || productId.isBlank()) {
      throw new IllegalArgumentException("productId must not be blank");
    }
    return with("product_id", productId);
  }

  /** When the entitlement ends; after that it lists as inactive. */
  public EntitlementGrant expiresAt(Instant expirationDate) {
    return with("expiration_date", Objects.requireNonNull(expirationDate, "expirationDate").toString());
  }

  public String entitlementId() {
    return (String) fields.get("entitlement_id");
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  private EntitlementGrant with(String name, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put(name, value);
    return new EntitlementGrant(Collections.unmodifiableMap(f));
  }

  private static boolean idChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '.' || c == ':' || c == '-';
  }

  @Override
  public String toString() {
    return "EntitlementGrant" + fields;
  }
}
