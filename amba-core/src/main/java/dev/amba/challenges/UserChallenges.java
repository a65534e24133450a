package dev.amba.challenges;

import java.util.List;

/**
 * The challenges the acting user can join, and the user's standing in those joined. Progress moves
 * on the server as the user's events arrive; completion grants the rewards at once, and
 * {@link #claim(String)} only records that the user saw it.
 *
 * <pre>{@code
 * UserChallenges challenges = amba.asUser(uid).challenges();
 * challenges.join("spring_sprint");
 * amba.asUser(uid).events().track("run.completed");
 * double done = challenges.progress("spring_sprint").progress();
 * }</pre>
 */
public interface UserChallenges {

  /**
   * The challenges open now (active, inside their window), with the user's standing in each.
   *
   * @return the running challenges, empty when none is open
   */
  List<ChallengeView> running();

  /**
   * Joins a running challenge; joining one already joined returns the same entry.
   *
   * @param idOrKey the challenge's id or key
   * @return the user's entry, new or the one that exists
   * @throws dev.amba.AmbaNotFoundException when there is no such challenge, or it is inactive or not
   *     running now
   */
  UserChallenge join(String idOrKey);

  /**
   * Every challenge the user joined (active, completed and failed), newest join first.
   *
   * @return the user's entries with their challenges' summaries, empty when none
   */
  List<UserChallengeWithDefinition> mine();

  /**
   * One challenge, by id or key, whatever its window.
   *
   * @param idOrKey the challenge's id or key
   * @return the challenge with the user's standing in it
   * @throws dev.amba.AmbaNotFoundException when there is no such challenge
   * @throws IllegalArgumentException for a blank value, or {@code "mine"}, which names the list of
   *     joined challenges on this path (pass the challenge's id instead)
   */
  ChallengeView get(String idOrKey);

  /**
   * The user's standing in a challenge they joined.
   *
   * @param idOrKey the challenge's id or key
   * @return the user's progress, completion and claim
   * @throws dev.amba.AmbaNotFoundException code {@code not_joined} when the user has not joined it
   */
  ChallengeProgress progress(String idOrKey);

  /**
   * Marks a completed challenge claimed; claiming again answers the same.
   *
   * @param idOrKey the challenge's id or key
   * @return the user's standing, claimed
   * @throws dev.amba.AmbaNotFoundException code {@code not_joined} when the user has not joined it
   * @throws dev.amba.AmbaConflictException code {@code not_completed} before completion
   */
  ChallengeProgress claim(String idOrKey);
}
