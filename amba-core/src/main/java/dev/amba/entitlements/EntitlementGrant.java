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

  /**
   * Grants {@code entitlementId}, bought through {@code store} (see {@link PurchaseStore}).
   *
   * @param entitlementId the entitlement's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param store where it was bought, such as {@link PurchaseStore#STRIPE}; refused when null or
   *     blank
   * @return a grant that makes the entitlement active, with no product and no expiry yet
   * @throws IllegalArgumentException if {@code entitlementId} or {@code store} breaks its rule
   */
  public static EntitlementGrant active(String entitlementId, String store) {
    return of(entitlementId, true, store);
  }

  /**
   * Records {@code entitlementId} as no longer active: a revocation that keeps its history.
   *
   * @param entitlementId the entitlement's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param store where it had been bought, such as {@link PurchaseStore#STRIPE}; refused when null
   *     or blank
   * @return a grant that stores the entitlement as inactive
   * @throws IllegalArgumentException if {@code entitlementId} or {@code store} breaks its rule
   */
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

  /**
   * Names the store product that grants the entitlement.
   *
   * @param productId the store's product id, such as {@code pro_monthly}; refused when null or
   *     blank
   * @return a copy of this grant with the product set
   * @throws IllegalArgumentException if {@code productId} is null or blank
   */
  public EntitlementGrant productId(String productId) {
    if (productId == null || productId.isBlank()) {
      throw new IllegalArgumentException("productId must not be blank");
    }
    return with("product_id", productId);
  }

  /**
   * When the entitlement ends; after that it lists as inactive.
   *
   * @param expirationDate the instant the entitlement stops being active
   * @return a copy of this grant with the expiry set
   * @throws NullPointerException if {@code expirationDate} is null
   */
  public EntitlementGrant expiresAt(Instant expirationDate) {
    return with("expiration_date", Objects.requireNonNull(expirationDate, "expirationDate").toString());
  }

  /**
   * The entitlement this grant is for.
   *
   * @return the id given to {@link #active} or {@link #inactive}
   */
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
