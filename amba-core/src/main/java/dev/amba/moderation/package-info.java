/**
 * Moderation: users report content, a queue holds the reports and the matches of the project's
 * screening rules, and admins approve, reject or escalate each item (amba-api-modules.md 27).
 * Resolving an item acts on its content: a rejected review is unapproved, a rejected message or
 * feed item deleted, rejected media deleted.
 *
 * <p>Users report through {@link dev.amba.AmbaUser#moderation()}; admins work the queue, the rules
 * and the users' trust levels through {@link dev.amba.AmbaClient#moderation()}.
 *
 * <pre>{@code
 * amba.moderation().createRule(NewModerationRule.keywords("spam", List.of("casino")));
 * // a review saying "casino" is left unapproved, with a queue item filed by the rule
 * amba.moderation().queueAll(ModerationStatus.PENDING).forEach(item -> amba.moderation().reject(item.id()));
 * }</pre>
 */
package dev.amba.moderation;
