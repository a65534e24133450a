package dev.amba.examples.webhook;

/**
 * A refusal of this service's own, with the status and error body the caller gets. Thrown by the
 * business logic, which knows nothing of JAX-RS; {@link ServiceErrors} turns it into the answer.
 */
public final class ServiceException extends RuntimeException {

  private final int status;
  private final String code;

  public ServiceException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public ErrorBody body() {
    return new ErrorBody(code, getMessage());
  }
}
