package dev.amba.internal.challenges;

import dev.amba.OffsetPage;
import dev.amba.challenges.ChallengeDefinition;
import dev.amba.challenges.ChallengeParticipant;
import dev.amba.challenges.ChallengePhase;
import dev.amba.challenges.ChallengeUpdate;
import dev.amba.challenges.NewChallenge;
import dev.amba.challenges.ProjectChallenges;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ChallengeEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Challenge definitions and participants (server key). */
public final class ChallengeAdmin implements ProjectChallenges {

  private static final Type LIST = Json.parameterized(List.class, ChallengeWire.Challenge.class);
  /** The protocol's cap on the participant list's {@code limit}, and the page size of the walk. */
  private static final int MAX_PAGE = 100;

  private final ProjectCalls calls;

  public ChallengeAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public ChallengeDefinition create(NewChallenge challenge) {
    Objects.requireNonNull(challenge, "challenge");
    return calls.call(ChallengeEndpoints.ADMIN_CREATE)
        .body(WireForms.of(challenge)).<ChallengeWire.Challenge>data(ChallengeWire.Challenge.class).definition();
  }

  @Override
  public List<ChallengeDefinition> list() {
    return list(null);
  }

  @Override
  public List<ChallengeDefinition> list(ChallengePhase phase) {
    List<ChallengeWire.Challenge> list = calls.call(ChallengeEndpoints.ADMIN_LIST)
        .query("status", phase == null ? null : phase.wireValue())
        .data(LIST);
    return list.stream().map(ChallengeWire.Challenge::definition).toList();
  }

  @Override
  public ChallengeDefinition get(String challengeId) {
    return calls.call(ChallengeEndpoints.ADMIN_GET, id(challengeId))
        .<ChallengeWire.Challenge>data(ChallengeWire.Challenge.class).definition();
  }

  @Override
  public ChallengeDefinition update(String challengeId, ChallengeUpdate update) {
    id(challengeId);
    return calls.call(ChallengeEndpoints.ADMIN_UPDATE, challengeId)
        .body(WireForms.ofUpdate(update)).<ChallengeWire.Challenge>data(ChallengeWire.Challenge.class).definition();
  }

  @Override
  public void delete(String challengeId) {
    calls.call(ChallengeEndpoints.ADMIN_DELETE, id(challengeId)).send();
  }

  @Override
  public OffsetPage<ChallengeParticipant> participants(String challengeId, int offset, int limit) {
    id(challengeId);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE + ", got " + limit);
    }
    OffsetPage<ChallengeWire.Entry> page = calls
        .call(ChallengeEndpoints.ADMIN_PARTICIPANTS, challengeId)
        .query("limit", limit)
        .query("offset", offset)
        .offsetPage(ChallengeWire.Entry.class);
    return new OffsetPage<>(page.items().stream().map(ChallengeWire.Entry::participant).toList(), page.total(),
        page.offset(), page.limit());
  }

  @Override
  public Stream<ChallengeParticipant> participants(String challengeId) {
    id(challengeId);
    return Paging.offsetStream(0, offset -> participants(challengeId, offset, MAX_PAGE));
  }

  /** The admin routes take the id alone (15.2 {@code {challengeId}}). */
  private static String id(String challengeId) {
    return ModuleNames.uuid(challengeId, "challengeId");
  }
}
