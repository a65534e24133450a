package dev.amba.friends;

/**
 * How many pairs the project has, in all and by status (22.2).
 *
 * @param totalFriendships every row, whatever its status
 */
public record FriendshipStats(long totalFriendships, long pendingRequests, long acceptedFriendships,
    long blockedCount) {}
