package dev.amba.deeplinks;

import dev.amba.internal.WireForms;
import dev.amba.internal.deeplinks.DeepLinkArguments;
import dev.amba.internal.util.FieldMap;
import java.util.Map;

/**
 * A tracked link to create. A user's link may leave its slug to the service (8 characters of
 * {@code a-z0-9}); an admin's must name one. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.deepLinks().create(NewTrackedLink.to("https://shop.example.com/sale").slug("summer-sale")
 *     .metadata(Map.of("campaign", "summer")));
 * TrackedLink mine = amba.asUser(uid).deepLinks().create(NewTrackedLink.to("myapp://invite/42"));
 * }</pre>
 */
public final class NewTrackedLink {

  static {
    WireForms.register(NewTrackedLink.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewTrackedLink(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A link to {@code destinationUrl}.
   *
   * @param destinationUrl an absolute URL of any scheme ({@code https://...}, {@code myapp://...}),
   *     at most 2048 characters, without whitespace
   * @return the link to create, without a slug or metadata yet
   * @throws IllegalArgumentException if {@code destinationUrl} breaks that rule
   */
  public static NewTrackedLink to(String destinationUrl) {
    return new NewTrackedLink(FieldMap.empty().with("destination_url", DeepLinkArguments.destinationUrl(destinationUrl)));
  }

  /**
   * The slug the link resolves by: 1..64 characters of {@code a-z}, {@code 0-9}, {@code _} and
   * {@code -}, starting with a letter or digit, unique in the project.
   *
   * @param slug the slug, such as {@code summer-sale}
   * @return a copy with the slug set
   * @throws IllegalArgumentException if {@code slug} breaks that rule
   */
  public NewTrackedLink slug(String slug) {
    return new NewTrackedLink(fields.with("slug", DeepLinkArguments.slug(slug)));
  }

  /**
   * The app's own data about the link, copied now; values must have a JSON form.
   *
   * @param metadata JSON-compatible values by name
   * @return a copy with the metadata set
   * @throws NullPointerException if {@code metadata} is null
   * @throws IllegalArgumentException if a value is one JSON cannot carry, naming its path
   */
  public NewTrackedLink metadata(Map<String, ?> metadata) {
    return new NewTrackedLink(fields.with("metadata", DeepLinkArguments.metadata(metadata)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewTrackedLink other && other.fields.equals(fields);
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
