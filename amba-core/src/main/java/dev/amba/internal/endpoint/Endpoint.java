package dev.amba.internal.endpoint;

import dev.amba.internal.util.PathSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * One endpoint, declared once: what the SDK sends, what the emulator serves, and what the
 * project's OpenAPI description says. Immutable.
 *
 * @param name the stable operation id, e.g. {@code collections.insert}
 * @param template the path from the API root; a whole segment {@code {param}} is one argument
 * @param emulatorOnly a route of the emulator (or decided by this project) that Amba does not serve
 */
public record Endpoint(String name, String method, String template, Credential credential, Retry retry,
    Shape shape, boolean emulatorOnly) {

  public Endpoint {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException(name + ": the template must start with /: " + template);
    }
    List<String> params = params(template);
    if ((credential == Credential.SERVER_KEY || credential == Credential.ADMIN_PAT) && (params.isEmpty() || !params.get(0).equals("projectId"))) {
      throw new IllegalArgumentException(name + ": an admin endpoint names its project first: " + template);
    }
    if ((retry == Retry.METHOD) != idempotentMethod(method)) {
      // A GET cannot act twice, and a POST is not made safe by calling it so.
      throw new IllegalArgumentException(name + ": retry " + retry + " does not fit " + method);
    }
  }

  /** Whether the method itself is idempotent, so any repeat is harmless. */
  public static boolean idempotentMethod(String method) {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  /** The template's parameter names, in order. */
  public List<String> params() {
    return params(template);
  }

  /**
   * The path for these arguments, in template order, each percent-encoded as one segment.
   *
   * @throws IllegalArgumentException naming the template's parameter, for a value that cannot be a
   *     segment (null, empty, {@code .}, {@code ..}, an unpaired surrogate)
   */
  public String path(String... args) {
    String[] segments = template.substring(1).split("/", -1);
    int expected = 0;
    for (String s : segments) {
      if (isParam(s)) {
        expected++;
      }
    }
    if (args.length != expected) {
      throw new IllegalStateException(name + " takes " + expected + " path arguments, got " + args.length);
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int next = 0;
    for (String s : segments) {
      sb.append('/');
      if (isParam(s)) {
        sb.append(PathSegment.encode(args[next++], s.substring(1, s.length() - 1)));
      } else {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  private static List<String> params(String template) {
    List<String> out = new ArrayList<>();
    for (String s : template.substring(1).split("/", -1)) {
      if (isParam(s)) {
        out.add(s.substring(1, s.length() - 1));
      } else if (s.indexOf('{') >= 0 || s.indexOf('}') >= 0) {
        throw new IllegalArgumentException("a parameter is a whole segment: " + template);
      }
    }
    return List.copyOf(out);
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + template + ")";
  }
}
