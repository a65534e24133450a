package dev.amba.internal.onboarding;

import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.OnboardingEndpoints;
import dev.amba.onboarding.OnboardingStatus;
import dev.amba.onboarding.UserOnboarding;
import java.util.Map;

public final class OnboardingClient implements UserOnboarding {

  private final UserCalls calls;

  public OnboardingClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public OnboardingStatus status() {
    return calls.call(OnboardingEndpoints.STATUS).<OnboardingWire.Status>data(OnboardingWire.Status.class).toPublic();
  }

  @Override
  public OnboardingStatus nextStep() {
    return post(OnboardingEndpoints.NEXT, Map.of());
  }

  @Override
  public OnboardingStatus nextStep(Map<String, ?> answers) {
    return post(OnboardingEndpoints.NEXT, Map.of("answers", OnboardingArguments.object(answers, "answers")));
  }

  @Override
  public OnboardingStatus skipStep() {
    return post(OnboardingEndpoints.SKIP, null);
  }

  @Override
  public OnboardingStatus complete() {
    return post(OnboardingEndpoints.COMPLETE, Map.of());
  }

  @Override
  public OnboardingStatus complete(Map<String, ?> finalAnswers) {
    return post(OnboardingEndpoints.COMPLETE,
        Map.of("final_answers", OnboardingArguments.object(finalAnswers, "finalAnswers")));
  }

  private OnboardingStatus post(dev.amba.internal.endpoint.Endpoint endpoint, Map<String, Object> body) {
    return calls.call(endpoint).body(body).<OnboardingWire.Status>data(OnboardingWire.Status.class).toPublic();
  }
}
