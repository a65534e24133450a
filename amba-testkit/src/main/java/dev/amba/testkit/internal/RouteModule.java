package dev.amba.testkit.internal;

import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.kit.Resource;
import java.util.List;

/** One area of the API (users, events, ...) adding its routes to the route table. */
public interface RouteModule {
  void register(RouteTable routes);

  /** The kit resources the area keeps; the emulator creates or checks their tables at start. */
  default List<Resource> resources() {
    return List.of();
  }

  /** What the area does for every stored event (M4), such as qualifying streaks. */
  default List<EngagementStage> stages() {
    return List.of();
  }

  /** The content types the area owns, with what a moderation decision does to them (27.4). */
  default List<ModeratedContent> moderatedContent() {
    return List.of();
  }
}
