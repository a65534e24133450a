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

  /** An update that sets nothing yet; sending it empty is refused before anything is sent. */
  public static DeepLinkConfigUpdate create() {
    return new DeepLinkConfigUpdate(FieldMap.empty());
  }

  /** The app's URL scheme, such as {@code myapp}; null clears it. */
  public DeepLinkConfigUpdate urlScheme(String urlScheme) {
    return with("url_scheme", urlScheme, DeepLinkArguments::urlScheme);
  }

  /** The host of universal and app links, such as {@code links.example.com}; null clears it. */
  public DeepLinkConfigUpdate universalLinkDomain(String domain) {
    return with("universal_link_domain", domain, DeepLinkArguments::domain);
  }

  /** The Android application id, such as {@code com.example.app}; null clears it. */
  public DeepLinkConfigUpdate androidPackageName(String name) {
    return with("android_package_name", name, DeepLinkArguments::androidPackage);
  }

  /** The iOS bundle id, such as {@code com.example.app}; null clears it. */
  public DeepLinkConfigUpdate iosBundleId(String bundleId) {
    return with("ios_bundle_id", bundleId, DeepLinkArguments::iosBundle);
  }

  /** Where users without the app go: an absolute http or https URL; null clears it. */
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
