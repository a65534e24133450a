package dev.amba.internal.deeplinks;

import dev.amba.internal.util.ModuleNames;
import dev.amba.OffsetPage;
import dev.amba.deeplinks.DeepLinkConfig;
import dev.amba.deeplinks.DeepLinkConfigUpdate;
import dev.amba.deeplinks.LinkStats;
import dev.amba.deeplinks.NewTrackedLink;
import dev.amba.deeplinks.ProjectDeepLinks;
import dev.amba.deeplinks.TrackedLink;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.DeepLinkEndpoints;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Tracked links and the link settings (server key). */
public final class DeepLinkAdmin implements ProjectDeepLinks {

  /** M2: lists take at most 100 a page. */
  static final int MAX_PAGE = 100;

  private final ProjectCalls calls;

  public DeepLinkAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public TrackedLink create(NewTrackedLink link) {
    Objects.requireNonNull(link, "link");
    Map<String, Object> body = WireForms.of(link);
    if (!body.containsKey("slug")) {
      throw new IllegalArgumentException("link: an admin's link must name its slug (NewTrackedLink.slug)");
    }
    return calls.call(DeepLinkEndpoints.ADMIN_CREATE).body(body).<DeepLinkWire.Link>data(DeepLinkWire.Link.class)
        .toPublic();
  }

  @Override
  public OffsetPage<TrackedLink> list(int offset, int limit) {
    return Paging.page(calls.call(DeepLinkEndpoints.ADMIN_LIST), offset, limit, MAX_PAGE, DeepLinkWire.Link.class,
        DeepLinkWire.Link::toPublic);
  }

  @Override
  public Stream<TrackedLink> listAll() {
    return Paging.walk(() -> calls.call(DeepLinkEndpoints.ADMIN_LIST), 0, MAX_PAGE, DeepLinkWire.Link.class,
        DeepLinkWire.Link::toPublic);
  }

  @Override
  public LinkStats stats(String linkId) {
    ModuleNames.uuid(linkId, "linkId");
    return calls.call(DeepLinkEndpoints.ADMIN_STATS, linkId).<DeepLinkWire.Stats>data(DeepLinkWire.Stats.class)
        .toPublic();
  }

  @Override
  public void delete(String linkId) {
    ModuleNames.uuid(linkId, "linkId");
    calls.call(DeepLinkEndpoints.ADMIN_DELETE, linkId).data(Map.class);
  }

  @Override
  public Optional<DeepLinkConfig> config() {
    DeepLinkWire.MaybeConfig answer = calls.call(DeepLinkEndpoints.ADMIN_CONFIG).unwrapped(DeepLinkWire.MaybeConfig.class);
    return Optional.ofNullable(answer.data()).map(DeepLinkWire.Config::toPublic);
  }

  @Override
  public DeepLinkConfig updateConfig(DeepLinkConfigUpdate update) {
    return calls.call(DeepLinkEndpoints.ADMIN_PUT_CONFIG).body(WireForms.ofUpdate(update))
        .<DeepLinkWire.Config>data(DeepLinkWire.Config.class).toPublic();
  }
}
