package dev.amba.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names an Amba call's {@code Observation} and chooses its key values; implement it to replace
 * {@link DefaultAmbaObservationConvention}, and pass it to {@link AmbaObservations#of(
 * io.micrometer.observation.ObservationRegistry, AmbaObservationConvention)}.
 */
public interface AmbaObservationConvention extends ObservationConvention<AmbaObservationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof AmbaObservationContext;
  }
}
