package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.RetryPolicy;
import dev.amba.collections.Query;
import dev.amba.events.EventListQuery;
import dev.amba.users.UserQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, finding 5: a server whose pages never end (empty pages that claim more, a cursor that
 * names itself, cursors in a cycle, offset pages that do not move) must end every lazy walk with
 * {@code unexpected_response} after a bounded number of requests, instead of looping forever.
 *
 * <p>The scripted server gives up after {@link #GIVE_UP} requests by answering a last page, so a
 * walk that does not detect the loop ends normally and the test fails instead of hanging.
 */
class EndlessPagingWireTest {

  private static final int GIVE_UP = 25;
  private static final String SERVER_KEY = "amb_dev_sk_" + "0".repeat(32);

  private static AmbaClient client(ScriptedServer server) {
    return AmbaClient.configure(AmbaConfig.builder()
        .projectId("proj_paging")
        .clientKey("amb_dev_ck_" + "0".repeat(32))
        .serverKey(SERVER_KEY)
        .apiUrl(server.apiUrl())
        .retryPolicy(RetryPolicy.none())
        .build());
  }

  /** Answers request n (from 1) with {@code page.apply(n)}, the cursor page's JSON, until {@link #GIVE_UP}. */
  private static ScriptedServer cursorServer(IntFunction<String> page) throws Exception {
    AtomicInteger n = new AtomicInteger();
    return new ScriptedServer(request -> {
      int i = n.incrementAndGet();
      String body = i > GIVE_UP ? "{\"data\":[],\"next_cursor\":null,\"has_more\":false}" : page.apply(i);
      return ScriptedServer.json("rid-" + i, body);
    });
  }

  private static String cursorPage(String rows, String nextCursor) {
    return "{\"data\":[" + rows + "],\"next_cursor\":\"" + nextCursor + "\",\"has_more\":true}";
  }

  private static final String ROW = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"title\":\"same\"}";
  private static final String EVENT = "{\"id\":\"ev_1\",\"app_user_id\":\"u_1\",\"event_name\":\"x\",\"properties\":{},"
      + "\"occurred_at\":\"2024-01-01T00:00:00Z\"}";

  private static void assertEndsAsUnexpected(ScriptedServer server, ThrowingCallable walk, int expectedRequests) {
    assertThatThrownBy(walk).isInstanceOfSatisfying(AmbaApiException.class, e -> {
      assertThat(e.code()).isEqualTo("unexpected_response");
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.serverMessage()).contains("the pages do not end");
      // The id of the answer that showed the loop, which support can look up.
      assertThat(e.requestId()).isEqualTo("rid-" + expectedRequests);
      assertThat(e.getMessage()).doesNotContain(SERVER_KEY);
    });
    assertThat(server.requests()).hasSize(expectedRequests);
  }

  private static ThrowingCallable findAll(ScriptedServer server) {
    return () -> {
      try (AmbaClient amba = client(server)) {
        amba.asUser("u_1").collection("notes").findAll(Query.all()).stream().count();
      }
    };
  }

  private static ThrowingCallable eventsListAll(ScriptedServer server) {
    return () -> {
      try (AmbaClient amba = client(server)) {
        amba.events().listAll(EventListQuery.since(Instant.parse("2024-01-01T00:00:00Z"))).count();
      }
    };
  }

  // (a) An empty page that says has_more, with a fresh cursor every time: 335 requests in 15 s before.

  @Test
  void findAll_emptyPageThatClaimsMore_endsWithUnexpectedResponse() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage("", "c" + i))) {
      assertEndsAsUnexpected(server, findAll(server), 1);
    }
  }

  @Test
  void eventsListAll_emptyPageThatClaimsMore_endsWithUnexpectedResponse() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage("", "c" + i))) {
      assertEndsAsUnexpected(server, eventsListAll(server), 1);
    }
  }

  // (b) A page whose next_cursor is the cursor it was asked with: the same row forever before.

  @Test
  void findAll_pageNamingItsOwnCursor_endsWithUnexpectedResponse() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage(ROW, "A"))) {
      assertEndsAsUnexpected(server, findAll(server), 2);
      assertThat(server.requests().get(1).query().get("query")).contains("\"cursor\":\"A\"");
    }
  }

  @Test
  void eventsListAll_pageNamingItsOwnCursor_endsWithUnexpectedResponse() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage(EVENT, "A"))) {
      assertEndsAsUnexpected(server, eventsListAll(server), 2);
      assertThat(server.requests().get(1).query()).containsEntry("cursor", "A");
    }
  }

  @Test
  void findAll_startedFromACursorThatComesBack_endsWithUnexpectedResponse() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage(ROW, "A"))) {
      assertThatThrownBy(() -> {
        try (AmbaClient amba = client(server)) {
          amba.asUser("u_1").collection("notes").findAll(Query.all().cursor("A")).stream().count();
        }
      }).isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.code()).isEqualTo("unexpected_response"));
      assertThat(server.requests()).hasSize(1);
    }
  }

  // (c) A cycle A -> B -> A.

  @Test
  void findAll_cursorCycle_endsWithUnexpectedResponse() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage(ROW, i % 2 == 1 ? "A" : "B"))) {
      assertEndsAsUnexpected(server, findAll(server), 3);
    }
  }

  @Test
  void eventsListAll_cursorCycle_endsWithUnexpectedResponse() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage(EVENT, i % 2 == 1 ? "A" : "B"))) {
      assertEndsAsUnexpected(server, eventsListAll(server), 3);
    }
  }

  @Test
  void findAll_rowsReadBeforeTheLoopShows_reachTheCaller() throws Exception {
    try (ScriptedServer server = cursorServer(i -> cursorPage(ROW, i % 2 == 1 ? "A" : "B"));
        AmbaClient amba = client(server)) {
      java.util.Iterator<Map<String, Object>> rows = amba.asUser("u_1").collection("notes").findAll(Query.all()).iterator();
      // Three genuine pages were answered; their rows are handed out before the walk fails.
      assertThat(rows.next()).containsEntry("title", "same");
      assertThat(rows.next()).containsEntry("title", "same");
      assertThat(rows.next()).containsEntry("title", "same");
      assertThatThrownBy(rows::hasNext).isInstanceOf(AmbaApiException.class);
    }
  }

  // Offset walkers: admin users.

  private static final String USER = "{\"id\":\"u_1\",\"properties\":{},\"created_at\":\"2024-01-01T00:00:00Z\"}";

  /** Answers request n with {@code page.apply(n, askedOffset)} until {@link #GIVE_UP}. */
  private static ScriptedServer offsetServer(OffsetAnswer page) throws Exception {
    AtomicInteger n = new AtomicInteger();
    return new ScriptedServer(request -> {
      int i = n.incrementAndGet();
      int asked = Integer.parseInt(request.query().getOrDefault("offset", "0"));
      String body = i > GIVE_UP ? "{\"data\":[],\"total\":0,\"offset\":" + asked + ",\"limit\":2}" : page.body(i, asked);
      return ScriptedServer.json("rid-" + i, body);
    });
  }

  interface OffsetAnswer {
    String body(int request, int askedOffset);
  }

  private static ThrowingCallable usersListAll(ScriptedServer server, List<String> seen) {
    return () -> {
      try (AmbaClient amba = client(server)) {
        amba.users().listAll(UserQuery.all().limit(2)).forEach(u -> seen.add(u.id()));
      }
    };
  }

  @Test
  void usersListAll_emptyPageThatClaimsMore_endsWithUnexpectedResponse() throws Exception {
    // Before: the walk stopped quietly, and the caller took 2 of the 10 users the server counted as all.
    try (ScriptedServer server = offsetServer((i, asked) -> i == 1
        ? "{\"data\":[" + USER + "," + USER + "],\"total\":10,\"offset\":0,\"limit\":2}"
        : "{\"data\":[],\"total\":10,\"offset\":" + asked + ",\"limit\":2}")) {
      List<String> seen = new java.util.ArrayList<>();
      assertEndsAsUnexpected(server, usersListAll(server, seen), 2);
      assertThat(seen).hasSize(2);
    }
  }

  @Test
  void usersListAll_pageThatIgnoresTheOffset_endsWithUnexpectedResponse() throws Exception {
    // The server answers offset 0 whatever is asked: the same two users forever before.
    try (ScriptedServer server = offsetServer((i, asked) ->
        "{\"data\":[" + USER + "," + USER + "],\"total\":10,\"offset\":0,\"limit\":2}")) {
      assertEndsAsUnexpected(server, usersListAll(server, new java.util.ArrayList<>()), 2);
    }
  }

  @Test
  void usersListAll_honestServer_stillWalksEveryPage() throws Throwable {
    try (ScriptedServer server = offsetServer((i, asked) -> asked >= 6
        ? "{\"data\":[" + USER + "],\"total\":7,\"offset\":" + asked + ",\"limit\":2}"
        : "{\"data\":[" + USER + "," + USER + "],\"total\":7,\"offset\":" + asked + ",\"limit\":2}")) {
      List<String> seen = new java.util.ArrayList<>();
      usersListAll(server, seen).call();
      assertThat(seen).hasSize(7);
      assertThat(server.requests()).hasSize(4);
    }
  }
}
