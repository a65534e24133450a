package dev.amba.internal.feeds;

import dev.amba.internal.util.ModuleNames;

/**
 * The feeds' argument rules (amba-api-modules.md 24.2), checked before anything is sent. A rule's
 * event name follows M1; its action and target type follow the key rule of M1 (X: the protocol
 * leaves them free, and a lower_snake word is what a feed renders by).
 */
public final class FeedArguments {

  private FeedArguments() {}

  public static String sourceEvent(String eventName) {
    return ModuleNames.eventName(eventName, "sourceEvent");
  }

  public static String action(String action) {
    return ModuleNames.key(action, "action");
  }

  public static String targetType(String targetType) {
    return ModuleNames.key(targetType, "targetType");
  }

  /** Rule, item and group ids are the service's own: UUIDs. */
  static String id(String id, String argument) {
    return ModuleNames.uuid(id, argument);
  }
}
