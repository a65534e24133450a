package dev.amba.internal.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the project's OpenAPI 3.1 description of the endpoints the SDK speaks (docs/openapi.json)
 * from the endpoint table, leaving out the emulator's own routes. The output is deterministic, so a
 * test can compare it with the checked-in file.
 */
public final class OpenApi {

  private OpenApi() {}

  /** Writes the description to the file named by the first argument. */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), generate(Endpoints.all()));
  }

  public static String generate(List<Endpoint> endpoints) {
    Map<String, List<Endpoint>> byPath = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      if (!e.emulatorOnly()) {
        byPath.computeIfAbsent(e.template(), t -> new ArrayList<>()).add(e);
      }
    }
    StringBuilder out = new StringBuilder(32 * 1024);
    out.append("{\n");
    out.append("  \"openapi\": \"3.1.0\",\n");
    out.append("  \"info\": {\n");
    out.append("    \"title\": \"Amba API, as amba-java speaks it\",\n");
    out.append("    \"description\": \"Generated from amba-core's endpoint table (dev.amba.internal.endpoint.Endpoints);"
        + " do not edit by hand.\",\n");
    out.append("    \"version\": \"1\"\n");
    out.append("  },\n");
    out.append("  \"paths\": {");
    String sep = "\n";
    for (Map.Entry<String, List<Endpoint>> path : byPath.entrySet()) {
      out.append(sep).append("    ").append(quote(path.getKey())).append(": {");
      String opSep = "\n";
      for (Endpoint e : path.getValue()) {
        out.append(opSep);
        operation(out, e);
        opSep = ",\n";
      }
      out.append("\n    }");
      sep = ",\n";
    }
    out.append("\n  },\n");
    components(out);
    out.append("}\n");
    return out.toString();
  }

  private static void operation(StringBuilder out, Endpoint e) {
    String i = "        ";
    out.append("      ").append(quote(e.method().toLowerCase(Locale.ROOT))).append(": {\n");
    out.append(i).append("\"operationId\": ").append(quote(e.name())).append(",\n");
    out.append(i).append("\"x-amba-retry\": ").append(quote(e.retry().name().toLowerCase(Locale.ROOT))).append(",\n");
    if (!e.params().isEmpty()) {
      out.append(i).append("\"parameters\": [");
      String sep = "\n";
      for (String p : e.params()) {
        out.append(sep).append(i).append("  {\"name\": ").append(quote(p))
            .append(", \"in\": \"path\", \"required\": true, \"schema\": {\"type\": \"string\"}}");
        sep = ",\n";
      }
      out.append("\n").append(i).append("],\n");
    }
    out.append(i).append("\"security\": ").append(security(e.credential())).append(",\n");
    out.append(i).append("\"responses\": {\n");
    out.append(i).append("  ").append(success(e.shape())).append(",\n");
    out.append(i).append("  \"default\": {\"description\": \"an error\", \"content\": {\"application/json\": "
        + "{\"schema\": {\"$ref\": \"#/components/schemas/Error\"}}}}\n");
    out.append(i).append("}\n");
    out.append("      }");
  }

  private static String security(Credential credential) {
    return switch (credential) {
      case NONE -> "[]";
      case CLIENT_KEY, CLIENT_KEY_PROBE -> "[{\"clientKey\": []}]";
      case CLIENT_KEY_OPTIONAL_USER -> "[{\"clientKey\": []}, {\"clientKey\": [], \"session\": []}, "
          + "{\"clientKey\": [], \"serverKey\": [], \"onBehalfOf\": []}]";
      case ACTING_USER -> "[{\"clientKey\": [], \"session\": []}, "
          + "{\"clientKey\": [], \"serverKey\": [], \"onBehalfOf\": []}]";
      case SERVER_KEY -> "[{\"serverKey\": []}]";
      case PAT, ADMIN_PAT -> "[{\"pat\": []}]";
    };
  }

  private static String success(Shape shape) {
    return switch (shape) {
      case NONE -> "\"204\": {\"description\": \"no content\"}";
      case RAW -> "\"2XX\": {\"description\": \"the body itself, not the data envelope\", "
          + "\"content\": {\"*/*\": {\"schema\": {}}}}";
      default -> "\"2XX\": {\"description\": " + quote(shape.name().toLowerCase(Locale.ROOT).replace('_', ' '))
          + ", \"content\": {\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/"
          + schemaName(shape) + "\"}}}}";
    };
  }

  private static String schemaName(Shape shape) {
    return switch (shape) {
      case ITEM -> "Item";
      case LIST -> "List";
      case OFFSET_LIST -> "OffsetList";
      case CURSOR_LIST -> "CursorList";
      default -> throw new IllegalArgumentException(shape.name());
    };
  }

  private static void components(StringBuilder out) {
    out.append("  \"components\": {\n");
    out.append("    \"securitySchemes\": {\n");
    out.append("      \"clientKey\": {\"type\": \"apiKey\", \"in\": \"header\", \"name\": ")
        .append(quote(Headers.API_KEY)).append("},\n");
    out.append("      \"serverKey\": {\"type\": \"http\", \"scheme\": \"bearer\", "
        + "\"description\": \"the project's server key\"},\n");
    out.append("      \"session\": {\"type\": \"http\", \"scheme\": \"bearer\", "
        + "\"description\": \"a user's session token\"},\n");
    out.append("      \"onBehalfOf\": {\"type\": \"apiKey\", \"in\": \"header\", \"name\": ")
        .append(quote(Headers.ON_BEHALF_OF)).append(", \"description\": \"the acting user's id, with the server key\"},\n");
    out.append("      \"pat\": {\"type\": \"http\", \"scheme\": \"bearer\", "
        + "\"description\": \"a personal access token\"}\n");
    out.append("    },\n");
    out.append("    \"schemas\": {\n");
    out.append("      \"Item\": {\"type\": \"object\", \"required\": [\"data\"], "
        + "\"properties\": {\"data\": {\"type\": \"object\"}}},\n");
    out.append("      \"List\": {\"type\": \"object\", \"required\": [\"data\"], "
        + "\"properties\": {\"data\": {\"type\": \"array\"}}},\n");
    out.append("      \"OffsetList\": {\"type\": \"object\", \"required\": [\"data\"], "
        + "\"properties\": {\"data\": {\"type\": \"array\"}, \"total\": {\"type\": \"integer\"}, "
        + "\"offset\": {\"type\": \"integer\"}, \"limit\": {\"type\": \"integer\"}}},\n");
    out.append("      \"CursorList\": {\"type\": \"object\", \"required\": [\"data\"], "
        + "\"properties\": {\"data\": {\"type\": \"array\"}, \"next_cursor\": {\"type\": [\"string\", \"null\"]}, "
        + "\"has_more\": {\"type\": \"boolean\"}}},\n");
    out.append("      \"Error\": {\"type\": \"object\", \"required\": [\"error\"], "
        + "\"properties\": {\"error\": {\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\"}, "
        + "\"message\": {\"type\": \"string\"}}}}}\n");
    out.append("    }\n");
    out.append("  }\n");
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
