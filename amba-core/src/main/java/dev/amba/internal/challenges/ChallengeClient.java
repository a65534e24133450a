package dev.amba.internal.challenges;

import dev.amba.challenges.ChallengeProgress;
import dev.amba.challenges.ChallengeView;
import dev.amba.challenges.UserChallenge;
import dev.amba.challenges.UserChallengeWithDefinition;
import dev.amba.challenges.UserChallenges;
import dev.amba.internal.UserCalls;
import dev.amba.internal.Json;
import dev.amba.internal.endpoint.ChallengeEndpoints;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.util.ModuleNames;
import java.lang.reflect.Type;
import java.util.List;

/** The acting user's challenges. */
public final class ChallengeClient implements UserChallenges {

  private static final Type VIEWS = Json.parameterized(List.class, ChallengeWire.Challenge.class);
  private static final Type ENTRIES = Json.parameterized(List.class, ChallengeWire.Entry.class);
  /** {@code GET /challenges/mine} is the joined list, never the challenge keyed so (M1). */
  private static final String[] SHADOWED_BY_MINE = {"mine"};

  private final UserCalls calls;

  public ChallengeClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<ChallengeView> running() {
    List<ChallengeWire.Challenge> list = calls.call(ChallengeEndpoints.RUNNING).data(VIEWS);
    return list.stream().map(ChallengeWire.Challenge::view).toList();
  }

  @Override
  public UserChallenge join(String idOrKey) {
    return calls.call(ChallengeEndpoints.JOIN, ModuleNames.idOrKey(idOrKey, "idOrKey"))
        .<ChallengeWire.Entry>data(ChallengeWire.Entry.class).toPublic();
  }

  @Override
  public List<UserChallengeWithDefinition> mine() {
    List<ChallengeWire.Entry> list = calls.call(ChallengeEndpoints.MINE).data(ENTRIES);
    return list.stream().map(ChallengeWire.Entry::withDefinition).toList();
  }

  @Override
  public ChallengeView get(String idOrKey) {
    ModuleNames.idOrKey(idOrKey, "idOrKey", SHADOWED_BY_MINE);
    return calls.call(ChallengeEndpoints.GET, idOrKey)
        .<ChallengeWire.Challenge>data(ChallengeWire.Challenge.class).view();
  }

  @Override
  public ChallengeProgress progress(String idOrKey) {
    return progressCall(ChallengeEndpoints.PROGRESS, idOrKey);
  }

  @Override
  public ChallengeProgress claim(String idOrKey) {
    return progressCall(ChallengeEndpoints.CLAIM, idOrKey);
  }

  private ChallengeProgress progressCall(Endpoint endpoint, String idOrKey) {
    return calls.call(endpoint, ModuleNames.idOrKey(idOrKey, "idOrKey"))
        .<ChallengeWire.Progress>data(ChallengeWire.Progress.class).toPublic();
  }
}
