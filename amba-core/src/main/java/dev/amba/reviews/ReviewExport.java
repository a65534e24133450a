package dev.amba.reviews;

import dev.amba.internal.reviews.ReviewArguments;
import java.time.Instant;
import java.util.Objects;

/**
 * Which reviews an export writes, and in which format. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * String lines = amba.reviews().export(ReviewExport.ndjson().since(weekAgo).ratingMax(2));
 * }</pre>
 */
public final class ReviewExport {

  private final String format;
  private final Instant since;
  private final Integer ratingMin;
  private final Integer ratingMax;

  private ReviewExport(String format, Instant since, Integer ratingMin, Integer ratingMax) {
    if (ratingMin != null && ratingMax != null && ratingMin > ratingMax) {
      throw new IllegalArgumentException("ratingMin " + ratingMin + " must not be above ratingMax " + ratingMax);
    }
    this.format = format;
    this.since = since;
    this.ratingMin = ratingMin;
    this.ratingMax = ratingMax;
  }

  /** A header line, then one comma-separated line per review. */
  public static ReviewExport csv() {
    return new ReviewExport("csv", null, null, null);
  }

  /** One JSON object per line per review. */
  public static ReviewExport ndjson() {
    return new ReviewExport("ndjson", null, null, null);
  }

  /** Only reviews written at or after this instant. */
  public ReviewExport since(Instant since) {
    return new ReviewExport(format, Objects.requireNonNull(since, "since"), ratingMin, ratingMax);
  }

  /** Only reviews rated at least this (1 to 5). */
  public ReviewExport ratingMin(int rating) {
    return new ReviewExport(format, since, ReviewArguments.rating(rating), ratingMax);
  }

  /** Only reviews rated at most this (1 to 5). */
  public ReviewExport ratingMax(int rating) {
    return new ReviewExport(format, since, ratingMin, ReviewArguments.rating(rating));
  }

  public String format() {
    return format;
  }

  public java.util.Optional<Instant> sinceFilter() {
    return java.util.Optional.ofNullable(since);
  }

  public java.util.OptionalInt ratingMinFilter() {
    return ratingMin == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(ratingMin);
  }

  public java.util.OptionalInt ratingMaxFilter() {
    return ratingMax == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(ratingMax);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewExport e && e.format.equals(format) && Objects.equals(e.since, since)
        && Objects.equals(e.ratingMin, ratingMin) && Objects.equals(e.ratingMax, ratingMax);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, since, ratingMin, ratingMax);
  }

  @Override
  public String toString() {
    return "ReviewExport{format=" + format + ", since=" + since + ", ratingMin=" + ratingMin + ", ratingMax="
        + ratingMax + '}';
  }
}
