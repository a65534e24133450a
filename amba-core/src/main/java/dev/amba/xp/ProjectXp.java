package dev.amba.xp;

import java.util.List;
import java.util.stream.Stream;

/**
 * Admin: the project's XP rules and grants, and every user's XP, from {@code amba.xp()} (server
 * key). Rules award XP when users' events arrive; grants are claimed by users through
 * {@link UserXp#claim}. XP is never taken back: changing or deleting a rule affects only awards
 * from then on.
 *
 * <pre>{@code
 * XpRule rule = amba.xp().createRule(NewXpRule.of("Lesson done", "lesson_completed", 20).maxPerDay(5));
 * amba.xp().balances().limit(10).forEach(b -> System.out.println(b.userId() + " " + b.totalXp()));
 * }</pre>
 */
public interface ProjectXp {

  /**
   * Adds an active rule; it awards for events stored from now on.
   *
   * @param rule the rule's name, event, amount and limits
   * @return the rule as stored, with its id
   * @throws NullPointerException if {@code rule} is null
   */
  XpRule createRule(NewXpRule rule);

  /**
   * Every rule, active or not, oldest first.
   *
   * @return the project's rules; empty when none
   */
  List<XpRule> rules();

  /**
   * Changes a rule.
   *
   * @param ruleId the rule's id, as {@link XpRule#id()}; refused when blank
   * @param update the parts to change
   * @return the rule as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException when {@code ruleId} is blank or {@code update} sets nothing,
   *     before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  XpRule updateRule(String ruleId, XpRuleUpdate update);

  /**
   * Deletes a rule. The XP it awarded stays, in totals and in the users' histories.
   *
   * @param ruleId the rule's id, as {@link XpRule#id()}; refused when blank
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  void deleteRule(String ruleId);

  /**
   * One user's XP; a user who never earned any is at 0 XP, level 1.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @return the user's total, level and progress into it
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no such user
   */
  XpBalance balance(String userId);

  /**
   * The XP of every user who has earned some, the highest total first, fetched a page at a time as
   * the stream is consumed.
   *
   * @return a lazy stream of balances, highest total first
   */
  Stream<XpBalance> balances();

  /**
   * Adds a grant users may claim once each.
   *
   * @param grant the grant's key, amount and window
   * @return the grant as stored, with its id
   * @throws NullPointerException if {@code grant} is null
   * @throws dev.amba.AmbaConflictException {@code grant_exists} when the key is taken
   */
  XpGrant createGrant(NewXpGrant grant);

  /**
   * Every grant, oldest first.
   *
   * @return the project's grants, open or not; empty when none
   */
  List<XpGrant> grants();
}
