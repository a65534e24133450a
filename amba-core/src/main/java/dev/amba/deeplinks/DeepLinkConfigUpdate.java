package dev.amba.deeplinks;

import dev.amba.internal.WireForms;
import dev.amba.internal.deeplinks.DeepLinkArguments;
import dev.amba.internal.util.FieldMap;
import java.util.function.UnaryOperator;

/**
 * The deep-link settings to set: only those given change (the settings are made on the first
 * update); {@code null} clears one. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.deepLinks().updateConfig(DeepLinkConfigUpdate.create().urlScheme("myapp")
 *     .universalLinkDomain("links.example.com").fallbackUrl("https://example.com/get-the-app"));
 * }</pre>
 */
public final class DeepLinkConfigUpdate {

  static {
    WireForms.register(DeepLinkConfigUpdate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private DeepLinkConfigUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * An update that sets nothing yet; sending it empty is refused before anything is sent.
   *
   * @return an empty update
   */
  public static DeepLinkConfigUpdate create() {
    return new DeepLinkConfigUpdate(FieldMap.empty());
  }

  /**
   * The app's URL scheme, such as {@code myapp}; null clears it.
   *
   * @param urlScheme a letter, then up to 63 letters, digits, {@code +}, {@code .} or {@code -}; null clears
   *     it
   * @return a copy with the setting set or cleared
   * @throws IllegalArgumentException if {@code urlScheme} is not null and breaks that rule
   */
  public DeepLinkConfigUpdate urlScheme(String urlScheme) {
    return with("url_scheme", urlScheme, DeepLinkArguments::urlScheme);
  }

  /**
   * The host of universal and app links, such as {@code links.example.com}; null clears it.
   *
   * @param domain a host name of dot-separated labels, at most 253 characters; null clears it
   * @return a copy with the setting set or cleared
   * @throws IllegalArgumentException if {@code domain} is not null and breaks that rule
   */
  public DeepLinkConfigUpdate universalLinkDomain(String domain) {
    return with("universal_link_domain", domain, DeepLinkArguments::domain);
  }

  /**
   * The Android application id, such as {@code com.example.app}; null clears it.
   *
   * @param name two or more dot-separated segments, each a letter then letters, digits or
   *     {@code _}, at most 255 characters; null clears it
   * @return a copy with the setting set or cleared
   * @throws IllegalArgumentException if {@code name} is not null and breaks that rule
   */
  public DeepLinkConfigUpdate androidPackageName(String name) {
    return with("android_package_name", name, DeepLinkArguments::androidPackage);
  }

  /**
   * The iOS bundle id, such as {@code com.example.app}; null clears it.
   *
   * @param bundleId two or more dot-separated segments of letters, digits and {@code -}, at most
   *     155 characters; null clears it
   * @return a copy with the setting set or cleared
   * @throws IllegalArgumentException if {@code bundleId} is not null and breaks that rule
   */
  public DeepLinkConfigUpdate iosBundleId(String bundleId) {
    return with("ios_bundle_id", bundleId, DeepLinkArguments::iosBundle);
  }

  /**
   * Where users without the app go: an absolute http or https URL; null clears it.
   *
   * @param url an absolute http or https URL of at most 2048 characters, without whitespace;
   *     null clears it
   * @return a copy with the setting set or cleared
   * @throws IllegalArgumentException if {@code url} is not null and breaks that rule
   */
  public DeepLinkConfigUpdate fallbackUrl(String url) {
    return with("fallback_url", url, DeepLinkArguments::fallbackUrl);
  }

  private DeepLinkConfigUpdate with(String name, String value, UnaryOperator<String> check) {
    return new DeepLinkConfigUpdate(fields.with(name, value == null ? null : check.apply(value)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeepLinkConfigUpdate other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
