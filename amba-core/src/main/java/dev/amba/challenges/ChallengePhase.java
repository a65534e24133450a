package dev.amba.challenges;

/**
 * Where a challenge's window stands against the server's clock: the filter of
 * {@link ProjectChallenges#list(ChallengePhase)}. Sent, never decoded, so an enum is safe here.
 */
public enum ChallengePhase {
  /** Not started: now is before {@code start_at}. */
  UPCOMING("upcoming"),
  /** Open: {@code start_at} ≤ now ≤ {@code end_at}. */
  ACTIVE("active"),
  /** Closed: now is after {@code end_at}. */
  ENDED("ended");

  private final String wire;

  ChallengePhase(String wire) {
    this.wire = wire;
  }

  /**
   * The value of the {@code status} query parameter.
   *
   * @return {@code upcoming}, {@code active} or {@code ended}
   */
  public String wireValue() {
    return wire;
  }
}
