package dev.amba.challenges;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/** The project's challenge definitions and their participants (server key). */
public interface ProjectChallenges {

  /**
   * @throws dev.amba.AmbaConflictException code {@code challenge_exists} when the key is taken
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_window} when the end is not after
   *     the start
   */
  ChallengeDefinition create(NewChallenge challenge);

  /** Every definition. */
  List<ChallengeDefinition> list();

  /** The definitions whose window is in {@code phase} by the server's clock, active or not. */
  List<ChallengeDefinition> list(ChallengePhase phase);

  /** @throws dev.amba.AmbaNotFoundException when the project has no challenge with this id */
  ChallengeDefinition get(String challengeId);

  /**
   * @throws dev.amba.AmbaNotFoundException when the project has no challenge with this id
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_window} when the change leaves the
   *     end not after the start
   */
  ChallengeDefinition update(String challengeId, ChallengeUpdate update);

  /**
   * Deletes the definition and every user's entry in it.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no challenge with this id
   */
  void delete(String challengeId);

  /**
   * One page of a challenge's participants, in the order they joined.
   *
   * @param offset how many to skip
   * @param limit the page size, 1 to 100
   */
  OffsetPage<ChallengeParticipant> participants(String challengeId, int offset, int limit);

  /** Every participant, in the order they joined, fetched a page at a time as the stream is consumed. */
  Stream<ChallengeParticipant> participants(String challengeId);
}
