package dev.amba.deeplinks;

import java.util.Optional;

/**
 * Deep links for the acting user, from {@code amba.asUser(uid).deepLinks()}: resolve a link's slug to
 * where it goes, count the user's click, read the project's public link settings, and make links of
 * the user's own to share.
 *
 * <pre>{@code
 * UserDeepLinks links = amba.asUser(uid).deepLinks();
 * ResolvedLink link = links.resolve("summer-sale");   // counts nothing
 * links.click(link.id(), "ios");                       // one click, by this user
 * }</pre>
 */
public interface UserDeepLinks {

  /**
   * The link with this slug. Resolving counts no click.
   *
   * @param slug 1..64 characters of {@code a-z 0-9 _ -}, starting with a letter or digit
   * @return the link's id, slug, destination and metadata
   * @throws IllegalArgumentException if {@code slug} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no link with this slug
   */
  ResolvedLink resolve(String slug);

  /**
   * Counts one click of the link by the user, naming no platform (it counts under {@code unknown}).
   * Not retried by the SDK: a repeat would count twice.
   *
   * @param trackedLinkId the link's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}, as {@link ResolvedLink#id()}
   * @throws IllegalArgumentException if {@code trackedLinkId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no link with this id
   */
  void click(String trackedLinkId);

  /**
   * Counts one click of the link by the user on {@code platform}.
   *
   * @param trackedLinkId the link's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}, as {@link ResolvedLink#id()}
   * @param platform such as {@code ios}, {@code android} or {@code web}: 1..32 characters of
   *     {@code a-z 0-9 _}, starting with a letter
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no link with this id
   */
  void click(String trackedLinkId, String platform);

  /**
   * The project's public link settings, or empty when an admin has set none.
   *
   * @return the URL scheme, link domain and fallback URL, or empty
   */
  Optional<PublicLinkConfig> config();

  /**
   * Makes a link of the user's own ({@link TrackedLink#createdBy()} is the user), with the slug
   * given or one the service makes. Not retried by the SDK.
   *
   * @param link the link's destination, and its slug and metadata if set
   * @return the link as stored, with its slug and id
   * @throws NullPointerException if {@code link} is null
   * @throws dev.amba.AmbaConflictException ({@code slug_taken}) when another link has the slug
   */
  TrackedLink create(NewTrackedLink link);
}
