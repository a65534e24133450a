package dev.amba.content;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a library.
 *
 * @param id the item's id
 * @param libraryId the library it belongs to
 * @param ownerAppUserId the user who wrote it through the client routes, who alone may change it;
 *     null for an admin's item
 * @param title its title, when it has one
 * @param body its text
 * @param mediaUrl a link to its media, or null
 * @param category its category, or null
 * @param tags its tags; empty when none
 * @param metadata the app's own data about the item, as JSON values; empty when none
 * @param sortOrder its place in the library; rotations go by it
 * @param isPremium a flag the app gates on; the service serves premium items like any other
 * @param isActive whether users are served it
 * @param contentKey what versions of one piece of content share, or null
 * @param version the version among those sharing {@code contentKey}, from 1
 * @param rolloutPercent the share of users, 0 to 100, who are served this version
 * @param userState the acting user's own state of the item; empty when none, or on admin reads
 * @param createdAt when it was added
 * @param updatedAt when it was last changed
 */
public record ContentItem(
    String id,
    String libraryId,
    String ownerAppUserId,
    String title,
    String body,
    String mediaUrl,
    String category,
    List<String> tags,
    Map<String, Object> metadata,
    int sortOrder,
    boolean isPremium,
    boolean isActive,
    String contentKey,
    int version,
    int rolloutPercent,
    Map<String, Object> userState,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Copies the lists and maps, unmodifiable; a null one reads as empty.
   *
   * @param id {@link #id()}
   * @param libraryId {@link #libraryId()}
   * @param ownerAppUserId {@link #ownerAppUserId()}
   * @param title {@link #title()}
   * @param body {@link #body()}
   * @param mediaUrl {@link #mediaUrl()}
   * @param category {@link #category()}
   * @param tags {@link #tags()}
   * @param metadata {@link #metadata()}
   * @param sortOrder {@link #sortOrder()}
   * @param isPremium {@link #isPremium()}
   * @param isActive {@link #isActive()}
   * @param contentKey {@link #contentKey()}
   * @param version {@link #version()}
   * @param rolloutPercent {@link #rolloutPercent()}
   * @param userState {@link #userState()}
   * @param createdAt {@link #createdAt()}
   * @param updatedAt {@link #updatedAt()}
   */
  public ContentItem {
    tags = tags == null ? List.of() : List.copyOf(tags);
    metadata = unmodifiable(metadata);
    userState = unmodifiable(userState);
  }

  static Map<String, Object> unmodifiable(Map<String, Object> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
