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

  /**
   * A header line, then one comma-separated line per review.
   *
   * @return a CSV export of every review
   */
  public static ReviewExport csv() {
    return new ReviewExport("csv", null, null, null);
  }

  /**
   * One JSON object per line per review.
   *
   * @return an NDJSON export of every review
   */
  public static ReviewExport ndjson() {
    return new ReviewExport("ndjson", null, null, null);
  }

  /**
   * Keeps only reviews written at or after an instant.
   *
   * @param since the earliest creation time to export
   * @return a copy with the filter set
   * @throws NullPointerException when {@code since} is null
   */
  public ReviewExport since(Instant since) {
    return new ReviewExport(format, Objects.requireNonNull(since, "since"), ratingMin, ratingMax);
  }

  /**
   * Keeps only reviews rated at least this.
   *
   * @param rating the lowest rating to export, 1 to 5, not above a highest rating already set
   * @return a copy with the filter set
   * @throws IllegalArgumentException when {@code rating} is outside 1 to 5 or above the highest rating
   */
  public ReviewExport ratingMin(int rating) {
    return new ReviewExport(format, since, ReviewArguments.rating(rating), ratingMax);
  }

  /**
   * Keeps only reviews rated at most this.
   *
   * @param rating the highest rating to export, 1 to 5, not below a lowest rating already set
   * @return a copy with the filter set
   * @throws IllegalArgumentException when {@code rating} is outside 1 to 5 or below the lowest rating
   */
  public ReviewExport ratingMax(int rating) {
    return new ReviewExport(format, since, ratingMin, ReviewArguments.rating(rating));
  }

  /**
   * The export's format, as the {@code format} query sends it.
   *
   * @return {@code csv} or {@code ndjson}
   */
  public String format() {
    return format;
  }

  /**
   * The earliest creation time exported.
   *
   * @return the instant set by {@link #since}, or empty for no lower bound
   */
  public java.util.Optional<Instant> sinceFilter() {
    return java.util.Optional.ofNullable(since);
  }

  /**
   * The lowest rating exported.
   *
   * @return the rating set by {@link #ratingMin}, or empty for no lower bound
   */
  public java.util.OptionalInt ratingMinFilter() {
    return ratingMin == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(ratingMin);
  }

  /**
   * The highest rating exported.
   *
   * @return the rating set by {@link #ratingMax}, or empty for no upper bound
   */
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
