package dev.amba.referrals;

import java.util.List;

/**
 * Admin: the project's referral codes, from {@code amba.referrals()} (server key): codes without an
 * owner (promo codes, and the template whose rewards users' own codes copy), every code's settings,
 * and each code's claims. Paths take a code's id.
 *
 * <pre>{@code
 * amba.referrals().create(NewReferralCode.generated()
 *     .rewardReferrer(ReferralReward.of("gems", 100)).rewardReferee(ReferralReward.of("gems", 50).withXp(20)));
 * ReferralStats stats = amba.referrals().stats(codeId);   // total claims and who claimed
 * }</pre>
 */
public interface ProjectReferrals {

  /**
   * Adds a code without an owner. The oldest active one is the template: users' codes made later
   * copy its rewards.
   *
   * @param code the code's text (or none, for text made by the service), rewards and limit
   * @return the code as stored, with its id and text
   * @throws NullPointerException if {@code code} is null
   * @throws dev.amba.AmbaConflictException ({@code code_exists}) when another code has the text
   *     (ignoring case)
   */
  ReferralCode create(NewReferralCode code);

  /**
   * Every code of the project, the users' own among them, newest first.
   *
   * @return every code, active or not; empty when none
   */
  List<ReferralCode> list();

  /**
   * A code with all its claims.
   *
   * @param codeId the code's id, as {@link ReferralCode#id()}; refused when blank or not usable as one URL path
   *     segment
   * @return the code, how many claims it took, and each claim
   * @throws IllegalArgumentException if {@code codeId} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no code with this id
   */
  ReferralStats stats(String codeId);

  /**
   * Changes the settings {@code update} sets; claims made are kept.
   *
   * @param codeId the code's id, as {@link ReferralCode#id()}; refused when blank or not usable as one URL path
   *     segment
   * @param update the settings to change
   * @return the code as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException when {@code codeId} breaks its rule or {@code update} sets
   *     nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no code with this id
   */
  ReferralCode update(String codeId, ReferralCodeUpdate update);

  /**
   * Deletes a code: it no longer redeems, and its claims (and what they paid) are kept. A user whose
   * code is deleted gets a new one from {@link UserReferrals#getMyCode()}.
   *
   * @param codeId the code's id, as {@link ReferralCode#id()}; refused when blank or not usable as one URL path
   *     segment
   * @throws IllegalArgumentException if {@code codeId} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no code with this id
   */
  void delete(String codeId);
}
