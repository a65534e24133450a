package dev.amba.testkit.internal.routes;

import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.store.Listing;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.function.Function;

/** The offset-paged lists of amba-api.md: {@code ?limit=&offset=} in, data, total, offset and limit out. */
final class OffsetLists {
  private OffsetLists() {}

  /** The page a request asks for: 50 items unless it says otherwise, at most 1000. */
  record Window(int limit, int offset) {}

  /** Codes are the caller's: collections answer {@code invalid_argument}, the other lists their own codes. */
  static Window window(ApiRequest request, String badLimit, String badOffset) {
    return new Window(Params.intParam(request, "limit", 50, 1, 1000, badLimit),
        Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, badOffset));
  }

  static <T> ApiResponse answer(Listing<T> listing, Window window, Function<? super T, ? extends JsonValue> json) {
    JsonArrayBuilder data = JsonIo.array();
    for (T item : listing.items()) {
      data.add(json.apply(item));
    }
    return ApiResponse.json(200, JsonIo.object()
        .add("data", data)
        .add("total", listing.total())
        .add("offset", window.offset())
        .add("limit", window.limit())
        .build());
  }
}
