package dev.amba.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.feeds.FeedItem;
import dev.amba.feeds.FeedRule;
import dev.amba.internal.Json;
import dev.amba.users.UserSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feed answers decode, with the 4.x core's {@code verb} and {@code data} (24.1 Alternatives). */
class FeedWireTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00.123Z");

  private static <W> W decode(String json, Class<W> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void anItem_readsItsFieldsAndActor() {
    FeedItem i = decode("{\"id\":\"i\",\"actor_id\":\"a\",\"action\":\"unlocked_achievement\",\"target_type\":"
        + "\"achievement\",\"target_id\":\"ten\",\"metadata\":{\"key\":\"ten\"},\"created_at\":"
        + "\"2030-01-07T09:00:00.123Z\",\"actor\":{\"display_name\":\"Ada\",\"avatar_url\":null}}", FeedWire.Item.class)
        .toPublic();
    assertThat(i).isEqualTo(new FeedItem("i", "a", "unlocked_achievement", "achievement", "ten", Map.of("key", "ten"),
        T, new UserSummary("a", "Ada", null)));
  }

  @Test
  void theCoresVerbAndData_areReadWhenTheProtocolsNamesAreAbsent() {
    FeedItem i = decode("{\"id\":\"i\",\"actor_id\":\"a\",\"verb\":\"posted\",\"data\":{\"n\":1}}",
        FeedWire.Item.class).toPublic();
    assertThat(i.action()).isEqualTo("posted");
    assertThat(i.metadata()).isEqualTo(Map.of("n", 1L));
    assertThat(i.actor()).isEqualTo(new UserSummary("a", null, null));
  }

  @Test
  void aRule_isActiveUnlessItSaysOtherwise() {
    FeedRule r = decode("{\"id\":\"r\",\"source_event\":\"level_up\",\"action\":\"levelled_up\",\"target_type\":null,"
        + "\"created_at\":\"2030-01-07T09:00:00.123Z\"}", FeedWire.Rule.class).toPublic();
    assertThat(r).isEqualTo(new FeedRule("r", "level_up", "levelled_up", null, true, T, T));
    assertThat(decode("{\"is_active\":false}", FeedWire.Rule.class).toPublic().isActive()).isFalse();
  }
}
