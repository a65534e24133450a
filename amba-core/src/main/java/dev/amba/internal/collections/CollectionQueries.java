package dev.amba.internal.collections;

import dev.amba.collections.Filter;
import dev.amba.collections.Query;
import dev.amba.internal.Json;
import dev.amba.internal.WireForms;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code FindOptions} and count bodies of amba-api.md section 5.1, as the {@code query} parameter carries them. */
final class CollectionQueries {

  private CollectionQueries() {}

  static Map<String, Object> findOptions(Query query) {
    Map<String, Object> options = new LinkedHashMap<>();
    query.filter().ifPresent(f -> options.put("filter", WireForms.of(f)));
    if (!query.order().isEmpty()) {
      List<Object> order = new ArrayList<>(query.order().size());
      for (Query.Order o : query.order()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("column", o.column());
        entry.put("direction", o.direction().name().toLowerCase(Locale.ROOT));
        order.add(entry);
      }
      options.put("order", order);
    }
    options.put("limit", query.limit());
    query.cursor().ifPresent(c -> options.put("cursor", c));
    if (!query.selected().isEmpty()) {
      options.put("select", query.selected());
    }
    if (query.includesDeleted()) {
      options.put("include_deleted", true);
    }
    return options;
  }

  static Map<String, Object> countOptions(Filter filter, boolean includeDeleted) {
    Map<String, Object> options = new LinkedHashMap<>();
    if (filter != null) {
      options.put("filter", WireForms.of(filter));
    }
    if (includeDeleted) {
      options.put("include_deleted", true);
    }
    return options;
  }

  static String encode(Map<String, Object> options) {
    return new String(Json.encode(options), StandardCharsets.UTF_8);
  }
}
