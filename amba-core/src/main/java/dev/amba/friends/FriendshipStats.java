package dev.amba.friends;

/**
 * How many pairs the project has, in all and by status (22.2).
 *
 * @param totalFriendships every row, whatever its status
 * @param pendingRequests the rows of requests not yet answered
 * @param acceptedFriendships the rows of friends
 * @param blockedCount the blocked rows
 */
public record FriendshipStats(long totalFriendships, long pendingRequests, long acceptedFriendships,
    long blockedCount) {}
