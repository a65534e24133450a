package dev.amba.internal.deeplinks;

import dev.amba.internal.util.ModuleNames;
import dev.amba.deeplinks.NewTrackedLink;
import dev.amba.deeplinks.PublicLinkConfig;
import dev.amba.deeplinks.ResolvedLink;
import dev.amba.deeplinks.TrackedLink;
import dev.amba.deeplinks.UserDeepLinks;
import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.DeepLinkEndpoints;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public final class DeepLinkClient implements UserDeepLinks {

  private final UserCalls calls;

  public DeepLinkClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public ResolvedLink resolve(String slug) {
    DeepLinkArguments.slug(slug);
    return calls.call(DeepLinkEndpoints.RESOLVE, slug).<DeepLinkWire.Link>data(DeepLinkWire.Link.class).toResolved();
  }

  @Override
  public void click(String trackedLinkId) {
    send(trackedLinkId, null);
  }

  @Override
  public void click(String trackedLinkId, String platform) {
    send(trackedLinkId, DeepLinkArguments.platform(platform));
  }

  private void send(String trackedLinkId, String platform) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tracked_link_id", ModuleNames.uuid(trackedLinkId, "trackedLinkId"));
    if (platform != null) {
      body.put("platform", platform);
    }
    calls.call(DeepLinkEndpoints.CLICK).body(body).data(Map.class);
  }

  @Override
  public Optional<PublicLinkConfig> config() {
    DeepLinkWire.MaybeConfig answer = calls.call(DeepLinkEndpoints.CONFIG).unwrapped(DeepLinkWire.MaybeConfig.class);
    return Optional.ofNullable(answer.data()).map(DeepLinkWire.Config::toPublicPart);
  }

  @Override
  public TrackedLink create(NewTrackedLink link) {
    Objects.requireNonNull(link, "link");
    return calls.call(DeepLinkEndpoints.CREATE).body(WireForms.of(link))
        .<DeepLinkWire.Link>data(DeepLinkWire.Link.class).toPublic();
  }
}
