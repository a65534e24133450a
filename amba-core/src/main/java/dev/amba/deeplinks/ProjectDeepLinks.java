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
   * @throws IllegalArgumentException when {@code link} names no slug, before anything is sent
   * @throws dev.amba.AmbaConflictException ({@code slug_taken}) when another link has the slug
   */
  TrackedLink create(NewTrackedLink link);

  /**
   * One page of the project's links, newest first.
   *
   * @param limit 1..100
   */
  OffsetPage<TrackedLink> list(int offset, int limit);

  /** Every link of the project, newest first, fetched page by page as the stream is read. */
  Stream<TrackedLink> listAll();

  /**
   * The link's clicks, counted.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no link with this id
   */
  LinkStats stats(String linkId);

  /**
   * Deletes a link: its slug no longer resolves and is free again; its clicks are kept.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no link with this id
   */
  void delete(String linkId);

  /** The project's settings, or empty when none were ever set. */
  Optional<DeepLinkConfig> config();

  /**
   * Sets the settings {@code update} gives, making them on the first call.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   */
  DeepLinkConfig updateConfig(DeepLinkConfigUpdate update);
}
