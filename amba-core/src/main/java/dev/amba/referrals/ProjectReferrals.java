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
   * @throws dev.amba.AmbaConflictException ({@code code_exists}) when another code has the text
   *     (ignoring case)
   */
  ReferralCode create(NewReferralCode code);

  /** Every code of the project, the users' own among them, newest first. */
  List<ReferralCode> list();

  /**
   * A code with all its claims.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no code with this id
   */
  ReferralStats stats(String codeId);

  /**
   * Changes the settings {@code update} sets; claims made are kept.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no code with this id
   */
  ReferralCode update(String codeId, ReferralCodeUpdate update);

  /**
   * Deletes a code: it no longer redeems, and its claims (and what they paid) are kept. A user whose
   * code is deleted gets a new one from {@link UserReferrals#getMyCode()}.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no code with this id
   */
  void delete(String codeId);
}
