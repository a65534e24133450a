package dev.amba.micrometer;

import dev.amba.AmbaListener;
import io.micrometer.common.KeyValues;

/**
 * The default names and key values of an Amba call's {@code Observation}: named {@value #NAME},
 * with the operation (e.g. {@code admin.users.get}) as its contextual name (a span's name), and the
 * low-cardinality keys {@code operation}, {@code method}, {@code route} (the route template),
 * {@code status}, {@code outcome} and {@code exception} (the exception's simple name, or
 * {@code none}). It has no high-cardinality key: no key, user id, path, query or body is ever a value.
 */
public class DefaultAmbaObservationConvention implements AmbaObservationConvention {

  /** The observation's name, and so the timer's when a meter handler records it. */
  public static final String NAME = "amba.client.requests";

  /** One instance serves every call: the convention holds no state. */
  public static final DefaultAmbaObservationConvention INSTANCE = new DefaultAmbaObservationConvention();

  /** The default convention; subclass it to change one part. */
  public DefaultAmbaObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(AmbaObservationContext context) {
    return context.start().operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(AmbaObservationContext context) {
    AmbaListener.Start start = context.start();
    AmbaListener.Call call = context.getResponse();
    int status = call == null ? 0 : call.status();
    return KeyValues.of(
        "operation", start.operation(),
        "method", start.method(),
        "route", start.route(),
        "status", Integer.toString(status),
        "outcome", AmbaMetrics.outcome(status),
        "exception", call == null ? "none" : call.errorType().orElse("none"));
  }
}
