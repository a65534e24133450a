package dev.amba.referrals;

/**
 * The acting user's referrals, from {@code amba.asUser(uid).referrals()}: the user's own code to
 * share, and claims of the codes others shared. A claim pays its rewards to both sides after it is
 * stored (currencies cut to their caps, XP through the XP ledger), and the user's event stream
 * receives {@code referral_claimed}.
 *
 * <pre>{@code
 * String share = amba.asUser(ada).referrals().getMyCode().code();        // "K7QM2XPA", made once
 * ReferralClaim claim = amba.asUser(bob).referrals().claim(share);       // pays Ada and Bob
 * }</pre>
 */
public interface UserReferrals {

  /**
   * The user's own code, made on the first call (8 characters, rewards copied from the project's
   * template) and the same on every call after. A user has at most one code.
   *
   * @return the user's code, with its text to share and its rewards
   * @throws dev.amba.AmbaServerException ({@code retry_exhausted}) in the unlikely case the service
   *     could not find free text for a new code
   */
  ReferralCode getMyCode();

  /**
   * Claims a code for the user, matching its text ignoring case. Not retried by the SDK: a repeat of
   * a claim that was stored answers {@code already_claimed}, so a caller that lost the answer can
   * read the outcome from that error.
   *
   * @param code the text as the user typed it: not blank, at most 64 characters
   * @return the stored claim, with the code's owner as the referrer
   * @throws IllegalArgumentException if {@code code} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code invalid_code}) when no active code has this text
   * @throws dev.amba.AmbaBadRequestException {@code self_referral} for the user's own code;
   *     {@code already_claimed} when the user claimed this code before, or the code belongs to a user
   *     and the user already claimed another user's code; {@code max_uses_reached} when the code has
   *     taken all its claims. Nothing is stored or paid then
   */
  ReferralClaim claim(String code);

  /**
   * Makes the user's own code with text made by the service and no limit on claims; the same as
   * {@code create(OwnReferralCode.generated())}.
   *
   * @return the user's new code
   * @throws dev.amba.AmbaConflictException ({@code code_exists}) when the user has a code already
   */
  ReferralCode create();

  /**
   * Makes the user's own code as {@code code} says: its text and limit; its rewards are the
   * project's template's.
   *
   * @param code the code's text (or none) and limit
   * @return the user's new code
   * @throws NullPointerException if {@code code} is null
   * @throws dev.amba.AmbaConflictException ({@code code_exists}) when the user has a code already,
   *     or another code has this text (ignoring case)
   */
  ReferralCode create(OwnReferralCode code);
}
