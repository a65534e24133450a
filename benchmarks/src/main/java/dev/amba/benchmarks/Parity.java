package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import dev.amba.internal.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves the comparison is fair before it is made: the SDK and the baseline put the same request
 * on the wire (method, path, query, every header, the body), apart from the per-call ids.
 */
final class Parity {

  /** Values that are fresh on every call, so they must differ. */
  private static final Set<String> PER_CALL_HEADERS = Set.of("x-request-id");

  private static final Set<String> PER_CALL_BODY_FIELDS = Set.of("event_id");

  record Outcome(String workload, List<String> differences) {
    boolean same() {
      return differences.isEmpty();
    }
  }

  private Parity() {}

  static Outcome check(Workload workload) throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.capture(true);
      LoopbackServer.Captured sdk;
      try (AmbaClient client = Fixtures.client(server.apiUrl())) {
        workload.sdk(client, Fixtures.UID).run();
        sdk = server.lastCaptured();
      }
      server.capture(true);
      workload.baseline(new RawBaseline(server.apiUrl(), Fixtures.CLIENT_KEY, Fixtures.SERVER_KEY), Fixtures.UID).run();
      LoopbackServer.Captured base = server.lastCaptured();
      return new Outcome(workload.name(), compare(sdk, base));
    }
  }

  static List<String> compare(LoopbackServer.Captured sdk, LoopbackServer.Captured base) {
    List<String> diffs = new ArrayList<>();
    if (!sdk.method().equals(base.method())) {
      diffs.add("method: SDK " + sdk.method() + ", baseline " + base.method());
    }
    String[] a = sdk.target().split("\\?", 2);
    String[] b = base.target().split("\\?", 2);
    if (!a[0].equals(b[0])) {
      diffs.add("path: SDK " + a[0] + ", baseline " + b[0]);
    }
    Map<String, Object> qa = query(a.length > 1 ? a[1] : "");
    Map<String, Object> qb = query(b.length > 1 ? b[1] : "");
    if (!qa.equals(qb)) {
      diffs.add("query: SDK " + qa + ", baseline " + qb);
    }
    Set<String> names = new TreeSet<>(sdk.headers().keySet());
    names.addAll(base.headers().keySet());
    for (String name : names) {
      String va = sdk.headers().get(name);
      String vb = base.headers().get(name);
      if (va == null || vb == null) {
        diffs.add("header " + name + " only sent by the " + (va == null ? "baseline" : "SDK"));
      } else if (!PER_CALL_HEADERS.contains(name) && !va.equals(vb)) {
        diffs.add("header " + name + ": SDK '" + va + "', baseline '" + vb + "'");
      } else if (PER_CALL_HEADERS.contains(name) && va.equals(vb)) {
        diffs.add("header " + name + " should be fresh per call but both sent '" + va + "'");
      }
    }
    Object ba = json(sdk.body());
    Object bb = json(base.body());
    if (ba instanceof Map<?, ?> ma && bb instanceof Map<?, ?> mb) {
      for (String field : PER_CALL_BODY_FIELDS) {
        if (ma.containsKey(field) != mb.containsKey(field)) {
          diffs.add("body field " + field + " only sent by the " + (ma.containsKey(field) ? "SDK" : "baseline"));
        }
      }
      Map<?, ?> ca = new HashMap<>(ma);
      Map<?, ?> cb = new HashMap<>(mb);
      ca.keySet().removeAll(PER_CALL_BODY_FIELDS);
      cb.keySet().removeAll(PER_CALL_BODY_FIELDS);
      if (!ca.equals(cb)) {
        diffs.add("body: SDK " + ca + ", baseline " + cb);
      }
    } else if (!Objects.equals(ba, bb)) {
      diffs.add("body: SDK " + ba + ", baseline " + bb);
    }
    return diffs;
  }

  /** Query parameters, with JSON values parsed so that key order cannot matter. */
  private static Map<String, Object> query(String raw) {
    Map<String, Object> params = new HashMap<>();
    if (raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      String value = kv.length > 1 ? decode(kv[1]) : "";
      Object parsed = value;
      if (value.startsWith("{") || value.startsWith("[")) {
        parsed = json(value.getBytes(StandardCharsets.UTF_8));
      }
      params.put(decode(kv[0]), parsed);
    }
    return params;
  }

  /** RFC 3986, as the server reads a query: a '+' is a plus, so a form-encoded space shows as a difference. */
  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Object json(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      return Json.decode(bytes, Object.class);
    } catch (RuntimeException e) {
      return "<not JSON: " + new String(bytes, StandardCharsets.UTF_8) + ">";
    }
  }
}
