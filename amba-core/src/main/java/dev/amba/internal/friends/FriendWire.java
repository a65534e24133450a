package dev.amba.internal.friends;

import dev.amba.friends.Friendship;
import dev.amba.friends.FriendshipStatus;
import dev.amba.friends.FriendshipView;
import dev.amba.users.UserSummary;
import java.time.Instant;

/**
 * Friendship answers as they arrive (22.3). The 4.x core decodes a row as {@code {id, user_id,
 * friend_id, state, created_at}}: those names are read when the protocol's are absent, and never
 * sent. A row without the users' summaries (the 4.x form, a plain {@code Friendship} answer) reads
 * them as the bare ids.
 */
public final class FriendWire {

  private FriendWire() {}

  public record Row(
      String id,
      String requesterId,
      String addresseeId,
      String status,
      String blockedBy,
      Instant createdAt,
      Instant updatedAt,
      String userId,
      String friendId,
      String state,
      Summary requester,
      Summary addressee) {

    Friendship toFriendship() {
      String requesterOf = requesterId != null ? requesterId : userId;
      String addresseeOf = addresseeId != null ? addresseeId : friendId;
      String value = status != null ? status : state;
      // A row is pending from its creation on; an answer naming no state can only be that one.
      FriendshipStatus s = value == null || value.isBlank() ? FriendshipStatus.PENDING : new FriendshipStatus(value);
      return new Friendship(id, requesterOf, addresseeOf, s, blockedBy, createdAt, updatedAt != null ? updatedAt
          : createdAt);
    }

    FriendshipView toView() {
      Friendship f = toFriendship();
      return new FriendshipView(f, summary(requester, f.requesterId()), summary(addressee, f.addresseeId()));
    }
  }

  /** {@code {id, display_name, avatar_url}}, the part of a user another user may see. */
  public record Summary(String id, String displayName, String avatarUrl) {}

  static UserSummary summary(Summary s, String id) {
    return s == null ? new UserSummary(id, null, null) : new UserSummary(s.id() != null ? s.id() : id,
        s.displayName(), s.avatarUrl());
  }

  public record Stats(Long totalFriendships, Long pendingRequests, Long acceptedFriendships, Long blockedCount) {}
}
