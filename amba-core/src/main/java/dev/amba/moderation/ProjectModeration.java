package dev.amba.moderation;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * Admin: the moderation queue, the screening rules and the users' trust levels, from
 * {@code amba.moderation()} (server key).
 *
 * <p>A pending item may be approved, rejected or escalated; an escalated one approved or rejected;
 * an approved or rejected one nothing more (409 {@code already_resolved}). Resolving acts on the
 * content: a rejected review is unapproved, a rejected message or feed item deleted, rejected media
 * deleted; an approved review is approved.
 *
 * <pre>{@code
 * amba.moderation().createRule(NewModerationRule.keywords("spam", List.of("casino")));
 * ModerationItem next = amba.moderation().queue(ModerationStatus.PENDING, 0, 10).items().get(0);
 * amba.moderation().reject(next.id());
 * }</pre>
 */
public interface ProjectModeration {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * One page of the queue items in {@code status}, newest first.
   *
   * @param status which items to list, such as {@link ModerationStatus#PENDING}
   * @param offset how many items to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<ModerationItem> queue(ModerationStatus status, int offset, int limit);

  /**
   * Every item in {@code status}, newest first, a page at a time as the stream is consumed.
   *
   * @param status which items to list, such as {@link ModerationStatus#ESCALATED}
   * @return a lazy stream of the items, empty when none has that status
   */
  Stream<ModerationItem> queueAll(ModerationStatus status);

  /**
   * pending or escalated → approved.
   *
   * @param itemId the queue item's id
   * @return the item, approved, with its moderator and resolution time
   * @throws dev.amba.AmbaConflictException ({@code already_resolved}) when it was approved or rejected
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  ModerationItem approve(String itemId);

  /**
   * pending or escalated → rejected; see {@link #approve(String)}.
   *
   * @param itemId the queue item's id
   * @return the item, rejected, with its moderator and resolution time
   * @throws dev.amba.AmbaConflictException ({@code already_resolved}) when it was approved or rejected
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  ModerationItem reject(String itemId);

  /**
   * pending → escalated (an escalated item stays as it is); see {@link #approve(String)}.
   *
   * @param itemId the queue item's id
   * @return the item, escalated
   * @throws dev.amba.AmbaConflictException ({@code already_resolved}) when it was approved or rejected
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  ModerationItem escalate(String itemId);

  /**
   * Adds a rule.
   *
   * @param rule the name, type and config
   * @return the rule as stored, with its id
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_rule}) when the service refuses its config
   */
  ModerationRule createRule(NewModerationRule rule);

  /**
   * Every rule, active or not, in the order they were made.
   *
   * @return the rules, empty when there are none
   */
  List<ModerationRule> rules();

  /**
   * Changes the settings {@code update} sets.
   *
   * @param ruleId the rule's id
   * @param update the settings to change; at least one
   * @return the rule with its new settings
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_rule}) when the new config does not fit the rule's type
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  ModerationRule updateRule(String ruleId, ModerationRuleUpdate update);

  /**
   * Deletes a rule; the items it filed stay.
   *
   * @param ruleId the rule's id
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  void deleteRule(String ruleId);

  /**
   * Sets a user's trust level, making the user's row or changing it.
   *
   * @param setting the user, the level and the optional auto-approve flag
   * @return the user's trust row as it is now
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   */
  UserTrustLevel setTrust(TrustSetting setting);

  /**
   * One page of the users whose trust level was set, the most recently changed first.
   *
   * @param offset how many rows to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<UserTrustLevel> trustLevels(int offset, int limit);

  /**
   * Every trust row, the most recently changed first, a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the rows, empty when no level was set
   */
  Stream<UserTrustLevel> trustLevelsAll();
}
