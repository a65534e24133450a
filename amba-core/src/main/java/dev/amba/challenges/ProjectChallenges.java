package dev.amba.challenges;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/** The project's challenge definitions and their participants (server key). */
public interface ProjectChallenges {

  /**
   * Defines a challenge.
   *
   * @param challenge the name, window, goal and rewards
   * @return the definition as stored, with its id, active
   * @throws dev.amba.AmbaConflictException code {@code challenge_exists} when the key is taken
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_window} when the end is not after
   *     the start
   */
  ChallengeDefinition create(NewChallenge challenge);

  /**
   * Every definition, active or not, whatever its window.
   *
   * @return the definitions, empty when there are none
   */
  List<ChallengeDefinition> list();

  /**
   * The definitions whose window is in {@code phase} by the server's clock, active or not.
   *
   * @param phase upcoming, active or ended
   * @return the definitions in that phase, empty when none
   */
  List<ChallengeDefinition> list(ChallengePhase phase);

  /**
   * One definition by id.
   *
   * @param challengeId the challenge's id
   * @return the definition, active or not
   * @throws dev.amba.AmbaNotFoundException when the project has no challenge with this id
   */
  ChallengeDefinition get(String challengeId);

  /**
   * Changes what {@code update} sets.
   *
   * @param challengeId the challenge's id
   * @param update the changes; at least one
   * @return the definition with the changes
   * @throws dev.amba.AmbaNotFoundException when the project has no challenge with this id
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_window} when the change leaves the
   *     end not after the start
   */
  ChallengeDefinition update(String challengeId, ChallengeUpdate update);

  /**
   * Deletes the definition and every user's entry in it.
   *
   * @param challengeId the challenge's id
   * @throws dev.amba.AmbaNotFoundException when the project has no challenge with this id
   */
  void delete(String challengeId);

  /**
   * One page of a challenge's participants, in the order they joined.
   *
   * @param challengeId the challenge's id
   * @param offset how many to skip, at least 0
   * @param limit the page size, 1 to 100
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<ChallengeParticipant> participants(String challengeId, int offset, int limit);

  /**
   * Every participant, in the order they joined, fetched a page at a time as the stream is consumed.
   *
   * @param challengeId the challenge's id
   * @return a lazy stream of the participants, empty before anyone joins
   */
  Stream<ChallengeParticipant> participants(String challengeId);
}
