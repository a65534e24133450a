package dev.amba.wire.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.segments.Condition;
import dev.amba.segments.NewSegment;
import dev.amba.segments.Segment;
import dev.amba.segments.SegmentRules;
import dev.amba.users.ProfileUpdate;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.content.ContentItem;
import dev.amba.content.ContentItemUpdate;
import dev.amba.content.ContentLibrary;
import dev.amba.content.ContentSchedule;
import dev.amba.content.ContentScheduleUpdate;
import dev.amba.content.NewContentItem;
import dev.amba.content.NewContentLibrary;
import dev.amba.content.NewContentSchedule;
import dev.amba.content.ScheduleType;
import dev.amba.content.TodayItem;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Schedules over the wire, rule by rule of 28.4: #1 channels, #2 ticks and their defaults, #3 the
 * item of a tick (rotation, random, sequential; chosen once and kept until the next tick), #4 the
 * two 404s, #5 precedence, #6 versions, #8 premium; ticks settle lazily on read, on a manual clock.
 */
class ContentScheduleWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-01-07T06:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest PROJECTS = new ProjectPerTest(CLOCK);

  private AmbaClient amba;
  private ModuleCalls raw;
  private AmbaUser ada;

  @BeforeEach
  void project() {
    amba = PROJECTS.amba();
    raw = PROJECTS.raw();
    ada = PROJECTS.newUser();
  }

  /** Moves the clock to the next UTC {@code hh:mm} strictly ahead (on {@code day} when given). */
  private static Instant advanceTo(int hour, int minute, DayOfWeek day) {
    ZonedDateTime now = CLOCK.instant().atZone(ZoneOffset.UTC);
    ZonedDateTime t = now.truncatedTo(ChronoUnit.MINUTES).withHour(hour).withMinute(minute);
    while (!t.isAfter(now) || (day != null && t.getDayOfWeek() != day)) {
      t = t.plusDays(1);
    }
    CLOCK.advance(Duration.between(now, t));
    return t.toInstant();
  }

  private static void advance(Duration d) {
    CLOCK.advance(d);
  }

  private ContentLibrary library(String name, String... bodies) {
    ContentLibrary lib = amba.content().createLibrary(NewContentLibrary.of(name));
    if (bodies.length > 0) {
      amba.content().addItems(lib.id(), Arrays.stream(bodies).map(NewContentItem::of).toList());
    }
    return lib;
  }

  private static void assertNotFound(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(AmbaNotFoundException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  private static void assertStatus(ModuleCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }

  // ---------------------------------------------------------------- #2, #3 daily rotation

  @Test
  void dailyRotation_ticksAt0900Utc_andServesItemsInTurn_kModN() {
    advanceTo(8, 0, null);
    ContentLibrary tips = library("Tips", "a", "b", "c");
    amba.content().createSchedule(NewContentSchedule.of(tips.id(), "daily", ScheduleType.DAILY_ROTATION));
    assertNotFound(() -> ada.content().getToday("tips"), "content_not_scheduled");

    Instant nine = advanceTo(9, 0, null);
    TodayItem first = ada.content().getToday("tips");
    assertThat(first.body()).isEqualTo("a");
    assertThat(first.publishedAt()).isEqualTo(nine);
    assertThat(first.channel()).isEqualTo("tips");

    advance(Duration.ofHours(23).plusMinutes(59));
    assertThat(ada.content().getToday("tips").body()).as("still the first tick's").isEqualTo("a");
    advance(Duration.ofMinutes(1));
    assertThat(ada.content().getToday("tips").body()).isEqualTo("b");
    // Two ticks pass unread: the count still runs through them.
    advance(Duration.ofDays(2));
    TodayItem fourth = ada.content().getToday("tips");
    assertThat(fourth.body()).as("k = 3, 3 mod 3").isEqualTo("a");
    assertThat(fourth.publishedAt()).isEqualTo(nine.plus(Duration.ofDays(3)));
  }

  @Test
  void schedules_sayTheirLatestAndNextTick_asOfNow() {
    Instant eight = advanceTo(8, 0, null);
    ContentLibrary tips = library("Tips", "a");
    ContentSchedule created = amba.content().createSchedule(NewContentSchedule.of(tips.id(), "daily",
        ScheduleType.DAILY_ROTATION));
    assertThat(created.lastDeliveredAt()).isNull();
    assertThat(created.nextDeliveryAt()).isEqualTo(eight.plus(Duration.ofHours(1)));
    assertThat(created.config().cron()).isNull();

    advance(Duration.ofHours(26));
    ContentSchedule listed = amba.content().listSchedules().get(0);
    assertThat(listed.libraryName()).isEqualTo("Tips");
    assertThat(listed.lastDeliveredAt()).isEqualTo(eight.plus(Duration.ofHours(25)));
    assertThat(listed.nextDeliveryAt()).isEqualTo(eight.plus(Duration.ofHours(49)));
    assertThat(listed.scheduleType()).isEqualTo(ScheduleType.DAILY_ROTATION);
    assertThat(listed.isActive()).isTrue();
  }

  @Test
  void weekly_ticksMondaysAt0900() {
    Instant mondayEight = advanceTo(8, 0, DayOfWeek.MONDAY);
    ContentLibrary lib = library("Weekly", "w1", "w2");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "week", ScheduleType.WEEKLY));
    advance(Duration.ofHours(1));
    assertThat(ada.content().getToday("weekly").body()).isEqualTo("w1");
    advance(Duration.ofDays(6));
    assertThat(ada.content().getToday("weekly").body()).as("Sunday: still Monday's").isEqualTo("w1");
    advance(Duration.ofDays(1));
    TodayItem next = ada.content().getToday("weekly");
    assertThat(next.body()).isEqualTo("w2");
    assertThat(next.publishedAt()).isEqualTo(mondayEight.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)));
  }

  @Test
  void timezone_readsTheCronInThatZone() {
    advanceTo(6, 0, null);
    ContentLibrary lib = library("Zoned", "z");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "ny", ScheduleType.DAILY_ROTATION)
        .timezone("America/New_York"));
    Instant ten = advanceTo(10, 0, null);
    assertNotFound(() -> ada.content().getToday("zoned"), "content_not_scheduled");
    ZonedDateTime nineInNewYork = ten.atZone(java.time.ZoneId.of("America/New_York")).withHour(9).withMinute(0);
    if (!nineInNewYork.toInstant().isAfter(ten)) {
      nineInNewYork = nineInNewYork.plusDays(1);
    }
    CLOCK.advance(Duration.between(ten, nineInNewYork.toInstant()));
    assertThat(ada.content().getToday("zoned").publishedAt()).isEqualTo(nineInNewYork.toInstant());
  }

  @Test
  void sequential_followsItsCron_countingEveryTickSinceCreation() {
    Instant start = advanceTo(12, 0, null);
    ContentLibrary lib = library("Seq", "s0", "s1", "s2", "s3");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "quarter", ScheduleType.SEQUENTIAL)
        .cron("*/15 * * * *"));
    // 12:00 itself is the first tick at or after the creation: k = 0.
    assertThat(ada.content().getToday("seq").body()).isEqualTo("s0");
    advance(Duration.ofMinutes(50));
    TodayItem t = ada.content().getToday("seq");
    assertThat(t.body()).as("12:45 is k = 3").isEqualTo("s3");
    assertThat(t.publishedAt()).isEqualTo(start.plus(Duration.ofMinutes(45)));
  }

  @Test
  void random_picksTheIndexFromTheHashOfTheScheduleAndTick() throws Exception {
    advanceTo(7, 30, null);
    ContentLibrary lib = library("Dice", "d0", "d1", "d2", "d3", "d4", "d5", "d6");
    ContentSchedule s = amba.content().createSchedule(NewContentSchedule.of(lib.id(), "dice", ScheduleType.RANDOM)
        .cron("0 * * * *"));
    for (int hour = 0; hour < 5; hour++) {
      advance(Duration.ofHours(1));
      TodayItem today = ada.content().getToday("dice");
      String tick = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC)
          .format(today.publishedAt());
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((s.id() + tick).getBytes(StandardCharsets.UTF_8));
      int index = new BigInteger(1, Arrays.copyOf(hash, 8)).mod(BigInteger.valueOf(7)).intValue();
      assertThat(today.body()).as(tick).isEqualTo("d" + index);
      assertThat(PROJECTS.newUser().content().getToday("dice").id()).as("the same for every reader")
          .isEqualTo(today.id());
    }
  }

  @Test
  void randomAndSequential_needACron_refusedBeforeSending_and400OnTheWire() {
    ContentLibrary lib = library("Lib", "x");
    for (ScheduleType type : List.of(ScheduleType.RANDOM, ScheduleType.SEQUENTIAL)) {
      assertThatThrownBy(() -> amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n", type)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cron");
      assertStatus(raw.admin("POST", "/content/schedules", "{\"library_id\":\"" + lib.id() + "\",\"name\":\"n\","
          + "\"schedule_type\":\"" + type + "\"}"), 400, "cron_required");
    }
    assertThat(amba.content().listSchedules()).isEmpty();
  }

  @Test
  void cron_isCheckedByTheSdk_andByTheEmulator() {
    ContentLibrary lib = library("Lib", "x");
    for (String bad : List.of("* * * *", "60 * * * *", "0 9 * * FUNDAY", "0 9 32 * *", "0 9-3 * * *")) {
      assertThatThrownBy(() -> NewContentSchedule.of(lib.id(), "n", ScheduleType.SEQUENTIAL).cron(bad))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cron");
      assertStatus(raw.admin("POST", "/content/schedules", "{\"library_id\":\"" + lib.id() + "\",\"name\":\"n\","
          + "\"schedule_type\":\"sequential\",\"config\":{\"cron\":\"" + bad + "\"}}"), 400, "invalid_cron");
    }
    assertThat(amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n", ScheduleType.SEQUENTIAL)
        .cron("30 7 * * mon-FRI")).config().cron()).isEqualTo("30 7 * * mon-FRI");
    assertThatThrownBy(() -> NewContentSchedule.of(lib.id(), "n", ScheduleType.WEEKLY).timezone("Mars/Olympus"))
        .isInstanceOf(IllegalArgumentException.class);
    assertStatus(raw.admin("POST", "/content/schedules", "{\"library_id\":\"" + lib.id() + "\",\"name\":\"n\","
        + "\"schedule_type\":\"weekly\",\"config\":{\"timezone\":\"Mars/Olympus\"}}"), 400, "invalid_timezone");
    assertStatus(raw.admin("POST", "/content/schedules", "{\"library_id\":\"" + lib.id() + "\",\"name\":\"n\","
        + "\"schedule_type\":\"hourly\"}"), 400, "invalid_input");
    assertThat(amba.content().listSchedules()).hasSize(1);
  }

  @Test
  void weekdayCron_skipsTheWeekend() {
    advanceTo(8, 0, DayOfWeek.FRIDAY);
    ContentLibrary lib = library("Work", "mon", "tue");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "workdays", ScheduleType.SEQUENTIAL)
        .cron("0 9 * * MON-FRI"));
    advance(Duration.ofHours(1));
    assertThat(ada.content().getToday("work").body()).isEqualTo("mon");
    advance(Duration.ofDays(2));
    assertThat(ada.content().getToday("work").body()).as("Sunday: no tick since Friday").isEqualTo("mon");
    advance(Duration.ofDays(1));
    assertThat(ada.content().getToday("work").body()).isEqualTo("tue");
  }

  @Test
  void updateSchedule_replacesTheKeysSent_andRestartsTheCount() {
    advanceTo(8, 0, null);
    ContentLibrary lib = library("Lib", "a", "b");
    ContentSchedule s = amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n", ScheduleType.SEQUENTIAL)
        .cron("0 9 * * *").timezone("Europe/Paris"));
    ContentSchedule changed = amba.content().updateSchedule(s.id(), ContentScheduleUpdate.create().cron("0 10 * * *")
        .name("renamed"));
    assertThat(changed.config().timezone()).as("kept").isEqualTo("Europe/Paris");
    assertThat(changed.config().cron()).isEqualTo("0 10 * * *");
    assertThat(changed.name()).isEqualTo("renamed");
    assertStatus(raw.admin("PATCH", "/content/schedules/" + s.id(), "{\"config\":{\"cron\":null}}"), 400,
        "cron_required");
    assertStatus(raw.admin("PATCH", "/content/schedules/" + s.id(), "{\"config\":{\"cron\":\"bad\"}}"), 400,
        "invalid_cron");
    assertStatus(raw.admin("PATCH", "/content/schedules/" + s.id(), "{\"schedule_type\":\"random\"}"), 400,
        "immutable_field");
    assertThat(amba.content().listSchedules().get(0).config().cron()).isEqualTo("0 10 * * *");
  }

  // ---------------------------------------------------------------- #3 the choice is kept; #4 the 404s

  @Test
  void theTicksItem_isKeptUntilTheNextTick_whateverChangesAfter() {
    advanceTo(8, 0, null);
    ContentLibrary lib = library("Lib", "a", "b", "c");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n", ScheduleType.DAILY_ROTATION));
    advanceTo(9, 0, null);
    ada.content().getToday("lib");
    advance(Duration.ofDays(1));
    assertThat(ada.content().getToday("lib").body()).isEqualTo("b");
    ContentItem a = amba.content().listItems(lib.id(), 0, 10).items().get(0);
    amba.content().updateItem(a.id(), ContentItemUpdate.create().active(false));
    assertThat(ada.content().getToday("lib").body()).as("chosen at the tick, kept").isEqualTo("b");
    advance(Duration.ofDays(1));
    assertThat(ada.content().getToday("lib").body()).as("k = 2 among [b, c]").isEqualTo("b");
  }

  @Test
  void noSchedule_inactiveSchedule_noActiveItem_areContentNotScheduled() {
    advanceTo(8, 0, null);
    ContentLibrary empty = library("Empty");
    assertNotFound(() -> ada.content().getToday("empty"), "content_not_scheduled");
    ContentSchedule s = amba.content().createSchedule(NewContentSchedule.of(empty.id(), "n",
        ScheduleType.DAILY_ROTATION));
    advanceTo(9, 0, null);
    assertNotFound(() -> ada.content().getToday("empty"), "content_not_scheduled");
    amba.content().addItems(empty.id(), List.of(NewContentItem.of("now")));
    assertThat(ada.content().getToday("empty").body()).isEqualTo("now");
    amba.content().updateSchedule(s.id(), ContentScheduleUpdate.create().active(false));
    assertNotFound(() -> ada.content().getToday("empty"), "content_not_scheduled");
    assertNotFound(() -> ada.content().getToday("nothing_here"), "content_not_scheduled");
  }

  @Test
  void theChosenItem_deactivatedOrDeleted_isContentNotAvailable_untilTheNextTick() {
    advanceTo(8, 0, null);
    ContentLibrary lib = library("Lib", "a", "b");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n", ScheduleType.DAILY_ROTATION));
    advanceTo(9, 0, null);
    TodayItem a = ada.content().getToday("lib");
    amba.content().updateItem(a.id(), ContentItemUpdate.create().active(false));
    assertNotFound(() -> ada.content().getToday("lib"), "content_not_available");
    amba.content().updateItem(a.id(), ContentItemUpdate.create().active(true));
    assertThat(ada.content().getToday("lib").id()).isEqualTo(a.id());
    amba.content().deleteItem(a.id());
    assertNotFound(() -> ada.content().getToday("lib"), "content_not_available");
    advance(Duration.ofDays(1));
    assertThat(ada.content().getToday("lib").body()).isEqualTo("b");
  }

  @Test
  void deletedSchedule_servesNothing() {
    advanceTo(8, 0, null);
    ContentLibrary lib = library("Lib", "a");
    ContentSchedule s = amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n",
        ScheduleType.DAILY_ROTATION));
    advanceTo(9, 0, null);
    ada.content().getToday("lib");
    amba.content().deleteSchedule(s.id());
    assertNotFound(() -> ada.content().getToday("lib"), "content_not_scheduled");
    assertNotFound(() -> amba.content().deleteSchedule(s.id()), "not_found");
  }

  @Test
  void readersAtOnce_afterATick_allGetTheOneItemItChose() throws Exception {
    advanceTo(8, 0, null);
    ContentLibrary lib = library("Dice", "d0", "d1", "d2", "d3", "d4", "d5");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "dice", ScheduleType.RANDOM).cron("0 9 * * *"));
    advanceTo(9, 0, null);
    List<AmbaUser> readers = java.util.stream.IntStream.range(0, 8).mapToObj(i -> PROJECTS.newUser()).toList();
    List<String> ids = dev.amba.wire.Together.run(8, i -> readers.get(i).content().getToday("dice").id());
    assertThat(ids).hasSize(8).containsOnly(ids.get(0));
    assertThat(ada.content().getToday("dice").id()).isEqualTo(ids.get(0));
  }

  // ---------------------------------------------------------------- #1 channels

  @Test
  void channel_isTheSlug_thenTheExactName_thenTheNameInAnyCase_andTodayAloneIsDefault() {
    advanceTo(8, 0, null);
    ContentLibrary named = library("Daily Tips!", "tip");
    assertThat(named.slug()).isEqualTo("daily_tips");
    ContentLibrary def = library("Default", "d");
    for (ContentLibrary l : List.of(named, def)) {
      amba.content().createSchedule(NewContentSchedule.of(l.id(), "n", ScheduleType.DAILY_ROTATION));
    }
    advanceTo(9, 0, null);
    assertThat(ada.content().getToday("daily_tips").body()).isEqualTo("tip");
    assertThat(ada.content().getToday("Daily Tips!").body()).isEqualTo("tip");
    assertThat(ada.content().getToday("DAILY TIPS!").body()).isEqualTo("tip");
    assertThat(ada.content().getToday().body()).isEqualTo("d");
    assertThat(ada.content().getToday().channel()).isEqualTo("default");
  }

  // ---------------------------------------------------------------- #5 precedence

  @Test
  void theNewestActiveSchedule_winsOnAChannel() {
    advanceTo(8, 0, null);
    ContentLibrary lib = library("Lib", "a", "b", "c");
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "old", ScheduleType.DAILY_ROTATION));
    ContentSchedule newer = amba.content().createSchedule(NewContentSchedule.of(lib.id(), "new",
        ScheduleType.SEQUENTIAL).cron("30 8 * * *"));
    advanceTo(9, 0, null);
    assertThat(ada.content().getToday("lib").publishedAt().atZone(ZoneOffset.UTC).getMinute()).isEqualTo(30);
    amba.content().updateSchedule(newer.id(), ContentScheduleUpdate.create().active(false));
    assertThat(ada.content().getToday("lib").publishedAt().atZone(ZoneOffset.UTC).getMinute()).isZero();
  }

  @Test
  void segmentScopedSchedule_ofASegmentTheProjectDoesNotHave_is404SegmentNotFound() {
    ContentLibrary lib = library("Lib", "a");
    String missing = "123e4567-e89b-12d3-a456-426614174000";
    assertNotFound(() -> amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n",
        ScheduleType.DAILY_ROTATION).segmentId(missing)), "segment_not_found");
    ContentSchedule s = amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n",
        ScheduleType.DAILY_ROTATION));
    assertNotFound(() -> amba.content().updateSchedule(s.id(), ContentScheduleUpdate.create().segmentId(missing)),
        "segment_not_found");
    assertThat(amba.content().listSchedules().get(0).segmentId()).isNull();
    assertNotFound(() -> amba.content().createSchedule(NewContentSchedule.of(missing, "n",
        ScheduleType.DAILY_ROTATION)), "library_not_found");
  }

  @Test
  void aSegmentScopedSchedule_servesItsMembers_overTheBroadcastOne_asTheyAreAtEachRead() {
    advanceTo(8, 0, null);
    ContentLibrary lib = library("Lib", "broadcast", "members");
    Segment pro = amba.segments().create(NewSegment.of("Pro", SegmentRules.all(Condition.eq("properties.plan", "pro"))));
    // The broadcast schedule ticks at 09:00; the members' one at 08:30, so the tick tells them apart.
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "everyone", ScheduleType.DAILY_ROTATION));
    ContentSchedule members = amba.content().createSchedule(NewContentSchedule.of(lib.id(), "pro",
        ScheduleType.SEQUENTIAL).cron("30 8 * * *").segmentId(pro.id()));
    assertThat(members.segmentId()).isEqualTo(pro.id());
    AmbaUser bob = PROJECTS.newUser();
    bob.users().update(ProfileUpdate.create().properties(Map.of("plan", "pro")));
    advanceTo(9, 0, null);

    assertThat(minuteOfTick(bob)).as("a member: the segment's schedule, newer and scoped").isEqualTo(30);
    assertThat(minuteOfTick(ada)).as("not a member: the broadcast schedule").isZero();

    // Membership is read at each request: ada joins, bob leaves.
    ada.users().update(ProfileUpdate.create().properties(Map.of("plan", "pro")));
    bob.users().update(ProfileUpdate.create().properties(Map.of("plan", "free")));
    assertThat(minuteOfTick(ada)).isEqualTo(30);
    assertThat(minuteOfTick(bob)).isZero();

    // A segment-scoped schedule wins over a newer broadcast one too.
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "everyone-2", ScheduleType.SEQUENTIAL)
        .cron("45 8 * * *"));
    advanceTo(9, 0, null); // the new schedule's first tick is tomorrow's 08:45
    assertThat(minuteOfTick(ada)).isEqualTo(30);
    assertThat(minuteOfTick(bob)).isEqualTo(45);
  }

  private static int minuteOfTick(AmbaUser user) {
    return user.content().getToday("lib").publishedAt().atZone(ZoneOffset.UTC).getMinute();
  }

  // ---------------------------------------------------------------- #6 versions, #8 premium, state

  @Test
  void versions_serveTheHighestWhoseRolloutTakesTheUsersBucket() throws Exception {
    advanceTo(8, 0, null);
    ContentLibrary lib = amba.content().createLibrary(NewContentLibrary.of("Greet"));
    amba.content().addItems(lib.id(), List.of(
        NewContentItem.of("hello v1").contentKey("greeting"),
        NewContentItem.of("hello v2").contentKey("greeting").version(2).rolloutPercent(50),
        NewContentItem.of("hello v3").contentKey("greeting").version(3).rolloutPercent(0)));
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n", ScheduleType.DAILY_ROTATION));
    advanceTo(9, 0, null);
    for (int i = 0; i < 8; i++) {
      AmbaUser u = PROJECTS.newUser();
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((u.uid() + ":greeting")
          .getBytes(StandardCharsets.UTF_8));
      long bucket = new BigInteger(1, Arrays.copyOf(hash, 4)).longValue() % 100;
      assertThat(u.content().getToday("greet").body()).as("bucket " + bucket)
          .isEqualTo(bucket < 50 ? "hello v2" : "hello v1");
    }
  }

  @Test
  void today_carriesPremium_data_andTheUsersOwnState() {
    advanceTo(8, 0, null);
    ContentLibrary lib = amba.content().createLibrary(NewContentLibrary.of("Lib"));
    amba.content().addItems(lib.id(), List.of(NewContentItem.of("gold").title("Gold").premium(true)
        .metadata(Map.of("color", "yellow"))));
    amba.content().createSchedule(NewContentSchedule.of(lib.id(), "n", ScheduleType.DAILY_ROTATION));
    advanceTo(9, 0, null);
    TodayItem t = ada.content().getToday("lib");
    assertThat(t.isPremium()).isTrue();
    assertThat(t.title()).isEqualTo("Gold");
    assertThat(t.data()).containsEntry("color", "yellow");
    assertThat(t.userState()).isEmpty();
    ada.content().updateState(t.id(), Map.of("seen", true));
    assertThat(ada.content().getToday("lib").userState()).containsEntry("seen", true);
    assertThat(PROJECTS.newUser().content().getToday("lib").userState()).as("another user's").isEmpty();
  }

  @Test
  void channelArguments_areRefusedBeforeSending() {
    assertThatThrownBy(() -> ada.content().getToday(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ada.content().getToday(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
