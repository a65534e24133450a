package dev.amba.xp;

/**
 * An active rule as a user's app sees it: what to do and how much XP it earns. The client route
 * leaves out the caps and timestamps, so this is not an {@link XpRule} with gaps.
 *
 * @param id the rule's id
 * @param name the rule's name
 * @param eventName the event that earns the XP
 * @param xpAmount XP per award
 */
public record XpRuleSummary(String id, String name, String eventName, int xpAmount) {}
