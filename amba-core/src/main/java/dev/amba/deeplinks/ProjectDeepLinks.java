package dev.amba.deeplinks;

import dev.amba.OffsetPage;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Admin: the project's tracked links and link settings, from {@code amba.deepLinks()} (server key).
 *
 * <pre>{@code
 * TrackedLink link = amba.deepLinks().create(NewTrackedLink.to("https://example.com/sale").slug("sale"));
 * LinkStats stats = amba.deepLinks().stats(link.id());   // clicks, users, platforms
 * }</pre>
 */
public interface ProjectDeepLinks {

  /**
   * Adds a link with the slug {@code link} names.
   *
   * @param link the link's destination, slug and metadata
   * @return the link as stored, with its id and no clicks
   * @throws NullPointerException if {@code link} is null
   * @throws IllegalArgumentException when {@code link} names no slug, before anything is sent
   * @throws dev.amba.AmbaConflictException ({@code slug_taken}) when another link has the slug
   */
  TrackedLink create(NewTrackedLink link);

  /**
   * One page of the project's links, newest first.
   *
   * @param offset how many links to skip, 0 or more
   * @param limit 1..100
   * @return the page's links and the total; empty past the last
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range, before
   *     anything is sent
   */
  OffsetPage<TrackedLink> list(int offset, int limit);

  /**
   * Every link of the project, newest first, fetched page by page as the stream is read.
   *
   * @return a lazy stream of every link
   */
  Stream<TrackedLink> listAll();

  /**
   * The link's clicks, counted.
   *
   * @param linkId the link's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @return the link's total clicks, distinct users and clicks by platform
   * @throws IllegalArgumentException if {@code linkId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no link with this id
   */
  LinkStats stats(String linkId);

  /**
   * Deletes a link: its slug no longer resolves and is free again; its clicks are kept.
   *
   * @param linkId the link's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if {@code linkId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no link with this id
   */
  void delete(String linkId);

  /**
   * The project's settings, or empty when none were ever set.
   *
   * @return every setting, public and not, or empty before the first {@link #updateConfig}
   */
  Optional<DeepLinkConfig> config();

  /**
   * Sets the settings {@code update} gives, making them on the first call.
   *
   * @param update the settings to set or clear
   * @return the settings as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   */
  DeepLinkConfig updateConfig(DeepLinkConfigUpdate update);
}
